import { beforeEach, describe, expect, it } from "vitest";
import type { CaseloadRecord } from "../../../src/core/records.js";
import { D, metrics, participant, resetLines, V, vMinus } from "./builders.js";

beforeEach(resetLines);

const job = (id: string, jobStart: string, fields: Partial<CaseloadRecord> = {}) =>
  participant("A", id, "2024-01-01", {
    jobStart,
    employer: `Employer ${id}`,
    jobType: `Type ${id}`,
    competitive: true,
    ...fields,
  });

describe("what is a job (§5.3; period 2025-11-26 … 2026-11-25, D = 2026-11-25)", () => {
  it.each([
    ["job start on D", job("p", D), true],
    ["job start on V (after D)", job("p", V), false],
    ["job start on V−365, since ended", job("p", vMinus(365), { jobEnd: "2026-01-01" }), true],
    ["job start on V−366, since ended", job("p", vMinus(366), { jobEnd: "2026-01-01" }), false],
    ["job start on V−366, still ongoing (no end)", job("p", vMinus(366)), true],
    ["job start long ago, ends after D", job("p", "2023-05-01", { jobEnd: V }), true],
    ["job start long ago, ends on D", job("p", "2023-05-01", { jobEnd: D }), false],
    ["no job start", participant("A", "p", "2026-01-01"), false],
  ] as [string, CaseloadRecord, boolean][])("%s → %s", (_name, row, isJob) => {
    const j = metrics({ caseload: [row] }).jobs;
    expect(j.jobs).toBe(isJob ? 1 : 0);
    expect(j.missing).toBe(isJob ? undefined : "noJobs");
  });

  it("each job row of a participant is a job; an exact repeat is counted once, with a warning", () => {
    const rows = [
      job("p1", "2026-01-01", { employer: "Rema" }),
      job("p1", "2026-05-01", { employer: "Kiwi" }),
      job("p1", "2026-05-01", { employer: "kiwi " }), // the same job again
    ];
    const m = metrics({ caseload: rows });
    expect(m.jobs.jobs).toBe(2);
    expect(m.jobs.rows.ignored.duplicate).toBe(1);
    expect(m.warnings.find((w) => w.code === "duplicateJobRow")).toMatchObject({ line: 4 });
  });
});

describe("job shares", () => {
  it.each([
    // name, n jobs, distinct types, expected %
    ["9 types over 10 jobs = 90 %", 10, 9, 90],
    ["7 types over 12 jobs = 58.33 %", 12, 7, (7 / 12) * 100],
    ["1 type over 1 job = 100 %", 1, 1, 100],
  ])("%s", (_name, n, types, pct) => {
    const rows = Array.from({ length: n }, (_, i) => job(`p${i}`, "2026-03-01", { jobType: `Type ${i % types}` }));
    const j = metrics({ caseload: rows }).jobs;
    expect(j.jobTypes).toMatchObject({ numerator: types, denominator: n, unknown: 0 });
    expect(j.jobTypes.value).toBeCloseTo(pct, 10);
  });

  it("types and employers are compared after trimming, case-folding and collapsing spaces", () => {
    const rows = [
      job("p1", "2026-03-01", { jobType: "Butikkmedarbeider", employer: "Rema 1000" }),
      job("p2", "2026-03-01", { jobType: " butikkmedarbeider", employer: "REMA  1000" }),
      job("p3", "2026-03-01", { jobType: "Lagerarbeider", employer: "Coop" }),
      job("p4", "2026-03-01", { jobType: "Kokk", employer: "Coop" }),
    ];
    const j = metrics({ caseload: rows }).jobs;
    expect(j.jobTypes).toMatchObject({ numerator: 3, denominator: 4, value: 75 });
    expect(j.employers).toMatchObject({ numerator: 2, denominator: 4, value: 50 });
  });

  it.each([
    // competitive jobs of n → %
    [19, 20, 95],
    [18, 20, 90],
    [9, 9, 100],
    [10, 10, 100],
  ])("%i competitive of %i jobs = %f %", (yes, n, pct) => {
    const rows = Array.from({ length: n }, (_, i) => job(`p${i}`, "2026-03-01", { competitive: i < yes }));
    const j = metrics({ caseload: rows }).jobs;
    expect(j.jobs).toBe(n);
    expect(j.competitive).toMatchObject({ numerator: yes, denominator: n, value: pct });
  });

  it("a job with the field empty leaves that share's denominator, with a warning", () => {
    const rows = [
      job("p1", "2026-03-01"),
      job("p2", "2026-03-01", { jobType: undefined }),
      job("p3", "2026-03-01", { competitive: undefined }),
    ];
    const m = metrics({ caseload: rows });
    expect(m.jobs.jobs).toBe(3);
    expect(m.jobs.jobTypes).toMatchObject({ numerator: 2, denominator: 2, unknown: 1 });
    expect(m.jobs.competitive).toMatchObject({ numerator: 2, denominator: 2, unknown: 1 });
    expect(m.jobs.employers).toMatchObject({ denominator: 3, unknown: 0 });
    expect(m.warnings.filter((w) => w.code === "jobsMissingField").map((w) => w.line)).toEqual([3, 4]);
  });

  it("a field empty on every job makes that share missing", () => {
    const rows = [job("p1", "2026-03-01", { jobType: undefined }), job("p2", "2026-03-01", { jobType: undefined })];
    const j = metrics({ caseload: rows }).jobs;
    expect(j.jobTypes.missing).toBe("noJobTypeData");
    expect(j.jobTypes.value).toBeUndefined();
    expect(j.employers.value).toBe(100);
  });
});
