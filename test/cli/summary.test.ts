import { describe, expect, it } from "vitest";
import { isBelow } from "../../src/cli/commands/score.js";
import { csvNumber, type FailedTeam, neutraliseCell, summaryCsv, type TeamSummary } from "../../src/cli/summary.js";

describe("summary.csv cells a spreadsheet would run as formulas", () => {
  it.each([
    ['=HYPERLINK("x")', '\'=HYPERLINK("x")'],
    ["+47 22 00 00 00", "'+47 22 00 00 00"],
    ["-1", "'-1"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tTab", "'\tTab"],
    ["Team Øst", "Team Øst"],
    ["94", "94"],
  ])("%j → %j", (cell, expected) => {
    expect(neutraliseCell(cell)).toBe(expected);
  });
});

describe("summary.csv rows of failed teams", () => {
  it("status failed, the reason in problem, every other cell empty, cells neutralised; in name order", () => {
    const ok = {
      team: "Team B",
      scale: "kvalitetsveileder",
      scaleVersion: "1",
      visitDate: "2026-11-26",
      window: { from: "2026-10-01", to: "2026-11-25" },
      complete: true,
      unrated: [],
      colours: { green: 10, yellow: 0, red: 0, unrated: 0 },
      items: [],
    } as TeamSummary;
    const failed: FailedTeam[] = [
      { team: "Team C", dir: "/x", failure: "unrated", reason: "1 punkt uten vurdering: KV9", problems: [] },
      { team: "@Team A", dir: "/y", failure: "invalid-data", reason: "-2 problems; see", problems: ["p"] },
    ];
    const lines = summaryCsv([ok], [], failed, "en")
      .replace(/^\uFEFF/, "")
      .split("\r\n");
    expect(lines[0]).toBe(
      "team;office;scale;scale_version;visit_date;status;problem;total;total_min;total_max;band;green;yellow;red;unrated;group;review_type;participants_per_fte;utetid_pct;employer_contacts_per_week;days_to_first_employer_contact;competitive_jobs_pct",
    );
    expect(lines.slice(1)).toEqual([
      "'@Team A;;;;;failed;\"'-2 problems; see → summary.json\";;;;;;;;;;;;;;;",
      "Team B;;kvalitetsveileder;1;2026-11-26;complete;;;;;;10;0;0;0;;;;;;;",
      "Team C;;;;;failed;1 punkt uten vurdering: KV9;;;;;;;;;;;;;;;",
      "",
    ]);
  });
});

describe("summary.csv follows the run's language", () => {
  const ok = {
    team: "Team B",
    scale: "kvalitetsveileder",
    scaleVersion: "1",
    visitDate: "2026-11-26",
    window: { from: "2026-10-01", to: "2026-11-25" },
    complete: false,
    unrated: ["KV9"],
    colours: { green: 9, yellow: 0, red: 0, unrated: 1 },
    items: [{ id: "KV1", colour: "green" }],
  } as TeamSummary;
  const failed: FailedTeam[] = [
    { team: "Team C", dir: "/x", failure: "unrated", reason: "r", problems: [] },
    { team: "Team D", dir: "/y", failure: "invalid-data", reason: "r", problems: [] },
  ];
  it.each([
    [
      "nb",
      "team;kontor;skala;skalaversjon;besøksdato;status;problem;sum;sum_min;sum_maks;nivå;grønn;gul;rød;ikke_vurdert;gruppe;vurderingstype;deltakere_per_årsverk;utetid_prosent;arbeidsgiverkontakter_per_uke;dager_til_første_arbeidsgiverkontakt;ordinært_arbeid_prosent",
      ["foreløpig", "feilet", "feilet"],
    ],
    [
      "en",
      "team;office;scale;scale_version;visit_date;status;problem;total;total_min;total_max;band;green;yellow;red;unrated;group;review_type;participants_per_fte;utetid_pct;employer_contacts_per_week;days_to_first_employer_contact;competitive_jobs_pct",
      ["provisional", "failed", "failed"],
    ],
  ] as const)("%s: headers and status words", (lang, header, statuses) => {
    const lines = summaryCsv([ok], [], failed, lang)
      .replace(/^\uFEFF/, "")
      .split("\r\n");
    expect(lines[0]).toBe(header);
    expect(lines.slice(1, 4).map((l) => l.split(";")[5])).toEqual(statuses);
  });
});

describe("summary.csv: group, review type and key metrics", () => {
  it("numbers with a decimal comma (at most two decimals), empty where the data gives none; a failed team's group", () => {
    const t = {
      team: "Team A",
      group: "Agder",
      reviewType: "guided-self-assessment",
      scale: "ips-25",
      scaleVersion: "1",
      visitDate: "2026-11-26",
      window: { from: "2026-10-01", to: "2026-11-25" },
      complete: true,
      unrated: [],
      total: 100,
      items: [],
      metrics: { caseloadPerFte: 21.5, utetidPct: 58.33333333, employerContactsPerWeek: 6, competitiveJobsPct: 0 },
    } as TeamSummary;
    const failed: FailedTeam[] = [
      { team: "Team B", group: "Viken", dir: "/x", failure: "invalid-data", reason: "feil i dataene", problems: [] },
    ];
    const [header, a, b] = summaryCsv([t], [], failed, "en")
      .replace(/^\uFEFF/, "")
      .split("\r\n")
      .map((l) => l.split(";"));
    const cell = (row: string[] | undefined, name: string) => row?.[header?.indexOf(name) ?? -1];
    expect(cell(a, "group")).toBe("Agder");
    expect(cell(a, "review_type")).toBe("guided-self-assessment");
    expect(cell(a, "participants_per_fte")).toBe("21,5");
    expect(cell(a, "utetid_pct")).toBe("58,33");
    expect(cell(a, "employer_contacts_per_week")).toBe("6");
    expect(cell(a, "days_to_first_employer_contact")).toBe("");
    expect(cell(a, "competitive_jobs_pct")).toBe("0");
    expect(cell(b, "group")).toBe("Viken");
    expect(cell(b, "status")).toBe("failed");
  });

  it.each([
    [21.5, "21,5"],
    [58.335, "58,34"],
    [0.004, "0"],
    [-0.004, "0"],
    [1234.5, "1234,5"],
    [undefined, undefined],
  ])("csvNumber(%s) → %s", (n, text) => {
    expect(csvNumber(n)).toBe(text);
  });
});

describe("--fail-under", () => {
  const team = (t: Partial<TeamSummary>): TeamSummary =>
    ({ team: "T", scale: "ips-25", items: [], unrated: [], complete: true, ...t }) as TeamSummary;
  it.each([
    [{ total: 73 }, 74, true],
    [{ total: 74 }, 74, false],
    // Provisional: fails only when even the highest possible total is below the threshold.
    [{ complete: false, totalMin: 60, totalMax: 73 }, 74, true],
    [{ complete: false, totalMin: 60, totalMax: 74 }, 74, false],
    // Colour scales have no total.
    [{ scale: "kvalitetsveileder", colours: { green: 1, yellow: 0, red: 9, unrated: 0 } }, 74, false],
  ])("%j with --fail-under %i → below: %s", (t, n, below) => {
    expect(isBelow(team(t), n)).toBe(below);
  });
});

describe("version", () => {
  it("--version and the evaluation files say the package's version", async () => {
    const { readFileSync } = await import("node:fs");
    const { join } = await import("node:path");
    const { TOOL_VERSION } = await import("../../src/cli/version.js");
    const pkg = JSON.parse(readFileSync(join(import.meta.dirname, "../../package.json"), "utf8"));
    expect(TOOL_VERSION).toBe(pkg.version);
  });
});
