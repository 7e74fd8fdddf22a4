/** The trail every metric keeps (types.ts): rows add up, lines point at real rows, no names in messages. */
import { beforeEach, describe, expect, it } from "vitest";
import { ignoredTotal } from "../../../src/core/metrics/rows.js";
import {
  activeParticipants,
  contact,
  contacts,
  D,
  day,
  everyBlock,
  metrics,
  participant,
  resetLines,
  V,
  vMinus,
} from "./builders.js";

beforeEach(resetLines);

function mixedTeam() {
  return {
    utetid: [...everyBlock("Kari Nordmann", 4, 7.5, 6), day("Ola", D, 0, 0), day("Kari Nordmann", vMinus(80), 7, 7)],
    contacts: [
      ...contacts("Kari Nordmann", 12, [1, 2, 3, 4, 5, 6]),
      contact("Kari Nordmann", vMinus(50)), // block 8: no utetid row by anyone (a coverage gap), not counted
      contact("Kari Nordmann", V), // outside
      contact("Kari Nordmann", D, "X", { mode: "phone" }),
      contact("Kari Nordmann", D, "X", { followUp: true }),
      contact("Per", D), // not on the roster
    ],
    caseload: [
      ...activeParticipants("Kari Nordmann", 3, { fte: 0.8 }),
      participant("Kari Nordmann", "secret-id-1", "2026-06-01", {
        firstEmployerContact: "2026-06-20",
        jobStart: "2026-08-01",
      }),
      participant("Kari Nordmann", "secret-id-1", "2026-06-01", { jobStart: "2026-09-01", fte: 1 }),
      participant("Ola", "secret-id-2", vMinus(100), { discharged: true }),
      participant("Ola", "secret-id-3", "2025-01-01", {
        endDate: "2026-07-01",
        discharged: true,
        jobStart: "2025-05-01",
      }),
      participant("Zed", "secret-id-4", "2025-01-01"),
    ],
  };
}

describe("trail", () => {
  const m = () => metrics(mixedTeam());

  it("every metric's rows add up: used + Σ ignored = read", () => {
    const t = m();
    for (const [name, use] of Object.entries({
      utetid: t.utetid.rows,
      contacts: t.employerContacts.rows,
      caseload: t.caseload.rows,
      firstContact: t.firstContact.rows,
      jobs: t.jobs.rows,
      followUp: t.followUp.rows,
    })) {
      expect(use.used + ignoredTotal(use), name).toBe(use.read);
      expect(use.present, name).toBe(true);
    }
  });

  it("files summarise rows read, used and outside the window", () => {
    expect(m().files).toEqual([
      { kind: "utetid", file: "utetid.csv", present: true, read: 8, used: 7, outsideWindow: 1 },
      { kind: "contacts", file: "arbeidsgiverkontakter.csv", present: true, read: 17, used: 12, outsideWindow: 1 },
      { kind: "caseload", file: "portefolje.csv", present: true, read: 8, used: 7, outsideWindow: 0 },
    ]);
  });

  it("lines point at rows of the right file", () => {
    const t = m();
    resetLines();
    const caseloadLines = new Set(mixedTeam().caseload.map((r) => r.source.line));
    for (const s of t.caseload.specialists) for (const l of s.lines) expect(caseloadLines.has(l)).toBe(true);
    expect(t.utetid.specialists[0]?.lines).toHaveLength(6);
    expect(t.employerContacts.specialists[0]?.lines).toHaveLength(12);
  });

  it("warnings carry file and line, and their messages name neither specialists nor participants", () => {
    const t = m();
    expect(t.warnings.map((w) => w.code).sort()).toEqual(
      [
        "caseloadWithoutUtetid",
        "contactsInUncoveredBlocks",
        "contactsWithoutUtetid",
        "coverageGap", // utetid: blocks 7–8
        "coverageGap", // contacts: block 7
        "dischargedWithoutEndDate",
        "fteDisagrees",
        "noHoursInWindow",
      ].sort(),
    );
    for (const w of t.warnings) {
      expect(w.file, w.code).toBeTruthy();
      // A coverage gap is about weeks with no row at all: it names the file, and there is no line to name.
      if (w.code !== "coverageGap") expect(w.line, w.code).toBeGreaterThan(0);
      const text = `${w.message.nb} ${w.message.en}`;
      for (const name of ["Kari", "Ola", "Per", "Zed", "secret-id"]) expect(text, w.code).not.toContain(name);
    }
  });

  it("the counting rules and the window travel with the metrics", () => {
    const t = m();
    expect(t.window).toMatchObject({ visitDate: V, from: "2026-10-01", to: "2026-11-25", weeks: 8 });
    expect(t.rules.countModes).toEqual(["in-person"]);
    expect(t.rulesText).toHaveLength(7);
  });

  it("is plain data (survives JSON round trip)", () => {
    const t = m();
    expect(JSON.parse(JSON.stringify(t))).toEqual(t);
  });
});
