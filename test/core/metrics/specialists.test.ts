import { beforeEach, describe, expect, it } from "vitest";
import { nameKey } from "../../../src/core/metrics/names.js";
import {
  activeParticipants,
  contact,
  D,
  day,
  everyBlock,
  metrics,
  participant,
  resetLines,
  vMinus,
} from "./builders.js";

beforeEach(resetLines);

describe("specialists in the window (§5)", () => {
  it("with utetid rows in the window: exactly those specialists (even with 0 hours)", () => {
    const m = metrics({
      utetid: [day("A", D, 7.5, 3), day("B", D, 0, 0), day("C", vMinus(60), 7.5, 3)],
      contacts: [contact("A", D), contact("D", D)],
      caseload: activeParticipants("A", 2),
    });
    expect(m.roster.basis).toBe("utetid");
    expect(m.roster.specialists.map((s) => [s.specialist, s.reasons])).toEqual([
      ["A", ["utetidInWindow", "contactInWindow", "activeParticipant"]],
      ["B", ["utetidInWindow"]],
    ]);
  });

  it("without utetid: a contact in the window (any mode) or an active participant on V−1", () => {
    const m = metrics({
      contacts: [contact("A", D, "X", { mode: "phone" }), contact("B", vMinus(60))],
      caseload: [
        ...activeParticipants("C", 1),
        participant("E", "p", "2024-01-01", { endDate: vMinus(10) }), // not active on D
      ],
    });
    expect(m.roster.basis).toBe("contactsOrCaseload");
    expect(m.roster.specialists.map((s) => s.specialist)).toEqual(["A", "C"]);
  });

  it("a utetid file with no rows in the window is treated like no utetid file, with a warning", () => {
    const m = metrics({ utetid: [day("A", vMinus(70), 7.5, 3)], contacts: [contact("B", D)] });
    expect(m.roster.basis).toBe("contactsOrCaseload");
    expect(m.roster.specialists.map((s) => s.specialist)).toEqual(["B"]);
    // Window 01.10.2026–25.11.2026; the only utetid row is dated V−70 = 17.09.2026.
    expect(m.warnings.find((w) => w.code === "utetidWithoutRowsInWindow")).toEqual({
      code: "utetidWithoutRowsInWindow",
      file: "utetid.csv",
      message: {
        nb: "Ingen av radene i utetid.csv ligger i datavinduet 01.10.2026–25.11.2026 (radene går fra 17.09.2026 til 17.09.2026) – stemmer besøksdatoen? Jobbspesialistene hentes derfor fra kontakter og portefølje, og alle uker regnes som til stede.",
        en: "None of the rows in utetid.csv fall in the data window 2026-10-01–2026-11-25 (the rows run from 2026-09-17 to 2026-09-17) – is the visit date right? Specialists are therefore taken from contacts and caseload, and every week counts as present.",
      },
    });
    expect(m.employerContacts.specialists[0]).toMatchObject({ presentBlocks: 8, perWeek: 1 / 8 });
  });

  it("the utetid warning says every week counts as present only when there are contacts in the window", () => {
    const m = metrics({ utetid: [day("A", vMinus(70), 7.5, 3)], contacts: [contact("B", vMinus(57))] });
    expect(m.warnings.find((w) => w.code === "utetidWithoutRowsInWindow")?.message.nb).toBe(
      "Ingen av radene i utetid.csv ligger i datavinduet 01.10.2026–25.11.2026 (radene går fra 17.09.2026 til 17.09.2026) – stemmer besøksdatoen? Jobbspesialistene hentes derfor fra kontakter og portefølje.",
    );
  });

  it("no data at all: empty roster", () => {
    const m = metrics({});
    expect(m.roster).toEqual({ basis: "none", specialists: [], caseloadOnly: [] });
  });

  it("is sorted by name key (the report's JS1…JSn order) and shows the first spelling", () => {
    const m = metrics({ utetid: [day("bjørn", D, 1, 1), day("Anne", D, 1, 1), day("BJØRN ", vMinus(2), 1, 1)] });
    expect(m.roster.specialists.map((s) => s.specialist)).toEqual(["Anne", "bjørn"]);
  });
});

describe("FTE per specialist", () => {
  it.each([
    // name, caseload fte values on A's rows, team.json, expected fte, source, warning codes
    ["default 1.0", [undefined, undefined], undefined, 1, "default", []],
    ["caseload 50 (percent)", [50, 50], undefined, 0.5, "caseload", []],
    ["caseload 0,8 (fraction)", [0.8, undefined], undefined, 0.8, "caseload", []],
    ["caseload 80 and 0.8 agree", [80, 0.8], undefined, 0.8, "caseload", []],
    // The reader refuses rows that disagree (FteAgreement), so there is no majority vote any more: should two
    // values still arrive (a file whose team cell is blank on some rows), the first in the file is used. (These
    // cases used to expect the value on most rows, 0.5 ×2 over 1.0 ×1.)
    [
      "caseload disagrees: the first in the file wins, not the most rows",
      [1, 0.5, 0.5],
      undefined,
      1,
      "caseload",
      ["fteDisagrees"],
    ],
    ["caseload disagrees, two values: first in file wins", [0.6, 0.8], undefined, 0.6, "caseload", ["fteDisagrees"]],
    [
      "team.json wins over caseload, with a warning",
      [0.5, 0.5],
      0.8,
      0.8,
      "team.json",
      ["fteTeamJsonDiffersFromCaseload"],
    ],
    ["team.json equal to caseload: no warning", [0.5], 50, 0.5, "team.json", []],
    ["team.json 0 is ignored (warning), caseload used", [0.5], 0, 0.5, "caseload", ["fteInvalid"]],
  ] as [string, (number | undefined)[], number | undefined, number, string, string[]][])(
    "%s",
    (_name, values, teamJson, fte, source, codes) => {
      const caseload = values.map((v, i) => participant("A", `p${i}`, "2025-01-01", v === undefined ? {} : { fte: v }));
      const m = metrics({ caseload }, teamJson === undefined ? {} : { fte: { A: teamJson } });
      expect(m.roster.specialists[0]).toMatchObject({ fte, fteSource: source });
      expect(m.warnings.map((w) => w.code)).toEqual(codes);
    },
  );

  it("the disagreement warning lists every value and line, without naming the specialist", () => {
    // What can still reach the metrics: line 4 has no team value, lines 7 and 9 say "Nord" (the reader compares
    // within a team value only). The first in the file, 100 %, is used (it used to be 50 %, on most rows).
    const caseload = [
      participant("Kari", "p1", "2025-01-01", { fte: 100, line: 4 }),
      participant("Kari", "p2", "2025-01-01", { fte: 50, line: 7, team: "Nord" }),
      participant("Kari", "p3", "2025-01-01", { fte: 50, line: 9, team: "Nord" }),
    ];
    const w = metrics({ caseload }).warnings[0];
    expect(w).toMatchObject({
      code: "fteDisagrees",
      specialist: "Kari",
      file: "portefolje.csv",
      line: 4,
      lines: [4, 7, 9],
    });
    expect(w?.message.nb).toContain("100 % (linje 4); 50 % (linje 7, 9)");
    expect(w?.message.en).toContain("Used: 100 %, the first in the file.");
    expect(metrics({ caseload }).roster.specialists[0]).toMatchObject({ fte: 1, fteSource: "caseload" });
    expect(w?.message.nb).not.toContain("Kari");
  });

  it("team.json FTE for a name not in the data is warned about", () => {
    const m = metrics({ utetid: everyBlock("A") }, { fte: { Nobody: 0.5 } });
    expect(m.warnings.map((w) => w.code)).toEqual(["fteUnknownSpecialist"]);
  });
});

describe("nameKey: plain ASCII names take the short way to the same key", () => {
  /** The rule as written in names.ts: NFC, trimmed, runs of whitespace as one space, lower case. */
  const rule = (n: string) => n.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();
  it.each([
    "Nora Strand",
    "D-6194",
    "",
    " Kari  Nordmann ",
    "Kari\tNordmann",
    "KARI NORDMANN\n",
    "Åse Ødegård",
    "Ase\u00a0Odegard",
    "e\u0301vje",
    "a\u2003b",
    "\ufeffnavn",
  ])("%j", (name) => {
    expect(nameKey(name)).toBe(rule(name));
  });
});
