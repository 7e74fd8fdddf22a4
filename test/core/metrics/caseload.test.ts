import { beforeEach, describe, expect, it } from "vitest";
import type { CaseloadRecord } from "../../../src/core/records.js";
import { activeParticipants, D, everyBlock, metrics, participant, resetLines, V, vMinus } from "./builders.js";

beforeEach(resetLines);

describe("active on D = V−1 = 2026-11-25 (§5.3)", () => {
  it.each([
    // name, row fields, active?
    ["started long ago, no end", { startDate: "2025-01-10" }, true],
    ["starts on D", { startDate: D }, true],
    ["starts on V (after D)", { startDate: V }, false],
    ["ends after D (on V)", { startDate: "2025-01-10", endDate: V }, true],
    ["ends on D", { startDate: "2025-01-10", endDate: D }, false],
    ["ended before D", { startDate: "2025-01-10", endDate: vMinus(30) }, false],
    ["status avsluttet, no end date", { startDate: "2025-01-10", discharged: true }, false],
    ["status avsluttet, end date after D", { startDate: "2025-01-10", endDate: V, discharged: true }, false],
  ] as [string, Partial<CaseloadRecord> & { startDate: string }, boolean][])("%s → %s", (_name, fields, active) => {
    const { startDate, ...rest } = fields;
    const m = metrics({ caseload: [participant("A", "p1", startDate, rest)] });
    if (active) {
      expect(m.caseload.totalActive).toBe(1);
      expect(m.caseload.rows.used).toBe(1);
    } else {
      expect(m.caseload.totalActive).toBe(0);
      expect(m.caseload.rows.ignored.notActive).toBe(1);
      expect(m.caseload.missing).toBe("noActiveParticipants");
    }
  });

  it("a participant with several job rows is counted once per specialist", () => {
    const rows = [
      participant("A", "p1", "2025-03-01", { jobStart: "2025-05-01", jobEnd: "2025-08-01" }),
      participant("A", "p1", "2025-03-01", { jobStart: "2025-09-01" }),
      participant("A", "p1", "2025-03-01", { jobStart: "2026-02-01" }),
      participant("A", "p2", "2025-03-01"),
    ];
    const m = metrics({ caseload: rows });
    expect(m.caseload.specialists[0]).toMatchObject({ active: 2, lines: [2, 5] });
    expect(m.caseload.rows).toMatchObject({ read: 4, used: 2, ignored: { sameParticipant: 2 } });
  });

  // "Active" is decided per enrolment (participant + startdato): latest sluttdato of its rows, discharged if
  // any row says so — the same merged enrolment KV10 (follow-up) and T4 use, so B1/KV2 and KV10 cannot
  // disagree about one participant.
  it.each([
    // name, rows of participant p1 (startdato 2025-03-01 unless given), active on D = 2026-11-25?
    [
      "two job rows, only the second has sluttdato 2026-06-01 + avsluttet → discharged",
      [{}, { endDate: "2026-06-01", discharged: true }],
      0,
    ],
    ["two job rows, only the first says avsluttet (no sluttdato) → discharged", [{ discharged: true }, {}], 0],
    ["two job rows, only the second has a sluttdato before D → ended", [{}, { endDate: "2026-06-01" }], 0],
    ["two job rows, one has a sluttdato after D (V) → active", [{}, { endDate: V }], 1],
    [
      "two enrolments (different startdato): the old one discharged, the new one open → active",
      [{ startDate: "2024-01-01", endDate: "2024-09-01", discharged: true }, { startDate: "2026-02-01" }],
      1,
    ],
  ] as [string, Partial<CaseloadRecord>[], number][])("%s", (_name, rows, active) => {
    const caseload = rows.map((f, i) =>
      participant("A", "p1", f.startDate ?? "2025-03-01", { jobStart: `2025-0${i + 4}-01`, ...f }),
    );
    const m = metrics({ caseload });
    expect(m.caseload.totalActive).toBe(active);
    expect(m.caseload.rows.used).toBe(active);
    // The roster (no utetid: specialists with an active participant) follows the same rule.
    expect(m.roster.specialists.map((s) => s.specialist)).toEqual(active ? ["A"] : []);
  });

  it("B1 and KV10 agree: the participant KV10 counts as discharged is not active in B1", () => {
    // P1: one enrolment, two job rows; the second says sluttdato 2026-06-01, avsluttet.
    // KV10: discharged 2026-06-01 (in the period), first job start 2025-04-01 → 426 days ≥ 182 → 1 of 1.
    // B1: the same enrolment is discharged → 0 active (it was 1 when row 2 alone decided).
    const caseload = [
      participant("A", "P1", "2025-03-01", { jobStart: "2025-04-01" }),
      participant("A", "P1", "2025-03-01", { jobStart: "2025-10-01", endDate: "2026-06-01", discharged: true }),
    ];
    const m = metrics({ caseload });
    expect(m.followUp.share).toMatchObject({ numerator: 1, denominator: 1 });
    expect(m.caseload.totalActive).toBe(0);
    expect(m.caseload.rows.ignored.notActive).toBe(2);
  });

  it("the same participant under two specialists counts for each, with a warning", () => {
    const m = metrics({ caseload: [participant("A", "p1", "2025-03-01"), participant("B", "p1", "2025-03-01")] });
    expect(m.caseload.totalActive).toBe(2);
    const w = m.warnings.find((x) => x.code === "participantUnderSeveralSpecialists");
    expect(w).toMatchObject({ line: 2, lines: [2, 3] });
    // Participant ids never appear in messages.
    expect(JSON.stringify(w)).not.toContain("p1");
  });
});

describe("caseload per FTE: Σ active / Σ FTE", () => {
  it.each([
    // name, active per specialist, fte per specialist (team.json), team ratio
    ["20 active, FTE 1 → 20", [20], [1], 20],
    ["21 active, FTE 1 → 21", [21], [1], 21],
    ["10 active, FTE 0.5 → 20", [10], [0.5], 20],
    ["11 active, FTE 0.5 → 22", [11], [0.5], 22],
    ["9 × 20 + 23 over 10 FTE → 203 / 10 = 20.3", [20, 20, 20, 20, 20, 20, 20, 20, 20, 23], Array(10).fill(1), 20.3],
    ["12 + 8 over 1 + 0.6 → 20 / 1.6 = 12.5", [12, 8], [1, 0.6], 12.5],
  ] as [string, number[], number[], number][])("%s", (_name, active, fte, ratio) => {
    const names = active.map((_, i) => `S${i}`);
    const caseload = names.flatMap((n, i) => activeParticipants(n, active[i] ?? 0));
    const m = metrics({ caseload }, { fte: Object.fromEntries(names.map((n, i) => [n, fte[i] ?? 1])) });
    expect(m.caseload.teamPerFte).toBeCloseTo(ratio, 12);
    expect(m.caseload.totalActive).toBe(active.reduce((a, b) => a + b, 0));
  });

  it("per specialist: active / FTE, FTE default 1.0", () => {
    const m = metrics(
      { caseload: [...activeParticipants("A", 10), ...activeParticipants("B", 10)] },
      { fte: { B: 0.5 } },
    );
    expect(m.caseload.specialists.map((s) => [s.specialist, s.perFte, s.fteSource])).toEqual([
      ["A", 10, "default"],
      ["B", 20, "team.json"],
    ]);
    expect(m.caseload.teamPerFte).toBeCloseTo(20 / 1.5, 12);
  });

  it("FTE proration off: everyone counts as 1.0", () => {
    const m = metrics({ caseload: activeParticipants("A", 10) }, { fte: { A: 0.5 }, rules: { fteProration: false } });
    expect(m.caseload.teamPerFte).toBe(10);
    expect(m.caseload.totalFte).toBe(1);
  });

  it("a roster specialist with no active participants adds their FTE and 0 participants", () => {
    const m = metrics({ utetid: [...everyBlock("A"), ...everyBlock("B")], caseload: activeParticipants("A", 20) });
    expect(m.caseload.specialists.map((s) => [s.specialist, s.active])).toEqual([
      ["A", 20],
      ["B", 0],
    ]);
    expect(m.caseload.teamPerFte).toBe(10);
  });

  it("a specialist with active participants but no utetid rows still counts, flagged and warned", () => {
    const m = metrics({
      utetid: everyBlock("A"),
      caseload: [...activeParticipants("A", 20), ...activeParticipants("Z", 22)],
    });
    expect(m.roster.specialists.map((s) => s.specialist)).toEqual(["A"]);
    expect(m.roster.caseloadOnly.map((s) => s.specialist)).toEqual(["Z"]);
    expect(m.caseload.specialists.map((s) => [s.specialist, s.active, s.onRoster])).toEqual([
      ["A", 20, true],
      ["Z", 22, false],
    ]);
    expect(m.caseload.teamPerFte).toBe(21);
    expect(m.warnings.find((w) => w.code === "caseloadWithoutUtetid")).toMatchObject({ specialist: "Z" });
  });

  it("missing: no file, or nobody active", () => {
    expect(metrics({}).caseload.missing).toBe("noFile");
    expect(metrics({ caseload: [] }).caseload.missing).toBe("noActiveParticipants");
    expect(
      metrics({ caseload: [participant("A", "p", "2024-01-01", { endDate: "2025-01-01" })] }).caseload.missing,
    ).toBe("noActiveParticipants");
  });
});

describe("the rule in words", () => {
  it("says what the code does: an end date ON the day before the visit is not active (sluttdato after it is)", () => {
    const m = metrics({ caseload: activeParticipants("A", 1) });
    expect(m.caseload.rule.nb).toBe(
      "Aktive deltakere dagen før besøket (startdato den dagen eller tidligere, ingen sluttdato eller sluttdato etter den dagen, status ikke avsluttet), hver deltaker én gang per jobbspesialist. Teamverdien er Σ aktive / Σ årsverk.",
    );
    // …and the rule holds at its edges: sluttdato on D → not active, on V → active.
    const onD = metrics({ caseload: [participant("A", "p", "2025-01-10", { endDate: D })] });
    const onV = metrics({ caseload: [participant("A", "p", "2025-01-10", { endDate: V })] });
    expect([onD.caseload.totalActive, onV.caseload.totalActive]).toEqual([0, 1]);
  });
});
