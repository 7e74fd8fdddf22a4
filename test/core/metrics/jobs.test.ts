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

  // An earlier job (started before V−365 = 2025-11-26) is ongoing on D only when its jobbslutt is empty or
  // after D AND the participant (their enrolment) is still active on D. A job started in the period counts
  // whatever became of the participant since. With no job, the missing code says whether the caseload
  // covers the period (coverage.ts): this lone enrolment ended before V−365, or cannot be placed in time
  // (avsluttet without sluttdato), so it does not, and 0 jobs is not a value ("noCaseloadInPeriod").
  it.each([
    // name, participant's enrolment fields, job start, is a job? (else the missing code)
    ["earlier job, participant active (no end, not discharged) → a job", {}, "2024-06-01", true],
    ["earlier job, participant sluttdato after D (on V) → a job", { endDate: V }, "2024-06-01", true],
    [
      "earlier job, participant discharged long ago (sluttdato 2024-01-01, avsluttet) → not a job",
      { startDate: "2023-01-01", endDate: "2024-01-01", discharged: true },
      "2023-06-01",
      "noCaseloadInPeriod",
    ],
    ["earlier job, participant sluttdato on D → not a job", { endDate: D }, "2024-06-01", "noJobs"],
    [
      "earlier job, status avsluttet without sluttdato → not a job",
      { discharged: true },
      "2024-06-01",
      "noCaseloadInPeriod",
    ],
    [
      "job started in the period, participant discharged since → a job",
      { endDate: "2026-06-01", discharged: true },
      "2026-01-10",
      true,
    ],
  ] as [string, Partial<CaseloadRecord>, string, true | string][])("%s", (_name, fields, jobStart, isJob) => {
    const row = participant("A", "p", "2023-01-01", {
      jobStart,
      employer: "E",
      jobType: "T",
      competitive: true,
      ...fields,
    });
    const j = metrics({ caseload: [row] }).jobs;
    expect(j.jobs).toBe(isJob === true ? 1 : 0);
    expect(j.missing).toBe(isJob === true ? undefined : isJob);
  });

  it("an earlier job is not ongoing when ANOTHER row of the same enrolment discharges the participant", () => {
    // Same participant and startdato: one enrolment. Line 2 has the old job and no end; line 3 (a later job
    // row, ended) says sluttdato 2026-06-01, avsluttet. The enrolment is discharged → the old job is not ongoing;
    // the job started 2026-02-01 is in the period → 1 job.
    const rows = [
      participant("A", "p", "2023-01-01", { jobStart: "2024-03-01", employer: "E1", jobType: "T1", competitive: true }),
      participant("A", "p", "2023-01-01", {
        jobStart: "2026-02-01",
        jobEnd: "2026-05-01",
        endDate: "2026-06-01",
        discharged: true,
        employer: "E2",
        jobType: "T2",
        competitive: true,
      }),
    ];
    const j = metrics({ caseload: rows }).jobs;
    expect(j.jobs).toBe(1);
    expect(j.lines).toEqual([3]);
    expect(j.rows.ignored.notInPeriod).toBe(1);
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

  it("a job with the field empty stays in that share's denominator, with a warning", () => {
    // Rows 2–4: p1 full; p2 no yrke; p3 no ordinaer. Every share is over all 3 jobs:
    //   job types   = {Type p1, Type p3} = 2 / 3 = 66.67 % (p2 adds no type)
    //   competitive = p1 + p2 = 2 / 3 = 66.67 % (p3 is not competitive)
    //   employers   = 3 / 3 = 100 %
    // (This test used to expect 2 / 2: the blank job left the denominator, the bug §5.3 rules out.)
    const rows = [
      job("p1", "2026-03-01"),
      job("p2", "2026-03-01", { jobType: undefined }),
      job("p3", "2026-03-01", { competitive: undefined }),
    ];
    const m = metrics({ caseload: rows });
    expect(m.jobs.jobs).toBe(3);
    expect(m.jobs.jobTypes).toMatchObject({ numerator: 2, denominator: 3, unknown: 1 });
    expect(m.jobs.jobTypes.value).toBeCloseTo((2 / 3) * 100, 10);
    expect(m.jobs.competitive).toMatchObject({ numerator: 2, denominator: 3, unknown: 1 });
    expect(m.jobs.competitive.value).toBeCloseTo((2 / 3) * 100, 10);
    expect(m.jobs.employers).toMatchObject({ numerator: 3, denominator: 3, unknown: 0, value: 100 });
    expect(m.warnings.filter((w) => w.code === "jobsMissingField").map((w) => w.line)).toEqual([3, 4]);
  });

  it.each([
    // name, jobs, how many have the field, distinct values among them, field, expected %
    // The reviewer's example: 10 jobs, 1 ordinaer = ja, 9 blank → 1 / 10 = 10 % (not 1 / 1 = 100 %).
    ["competitive: 1 ja + 9 blank = 1 / 10 = 10 %", 10, 1, 1, "competitive", 10],
    ["competitive: 8 ja + 2 blank = 8 / 10 = 80 %", 10, 8, 8, "competitive", 80],
    ["job types: 5 distinct + 5 blank = 5 / 10 = 50 %", 10, 5, 5, "jobType", 50],
    ["job types: 4 given, all the same, + 8 blank = 1 / 12 = 8.33 %", 12, 4, 1, "jobType", (1 / 12) * 100],
    ["employers: 8 distinct + 2 blank = 8 / 10 = 80 %", 10, 8, 8, "employer", 80],
  ] as [string, number, number, number, "competitive" | "jobType" | "employer", number][])(
    "blank fields count in the denominator: %s",
    (_name, n, given, distinct, field, pct) => {
      const rows = Array.from({ length: n }, (_, i) => {
        const value = field === "competitive" ? true : `V${i % distinct}`;
        return job(`p${i}`, "2026-03-01", { [field]: i < given ? value : undefined });
      });
      const m = metrics({ caseload: rows });
      const share =
        field === "competitive" ? m.jobs.competitive : field === "jobType" ? m.jobs.jobTypes : m.jobs.employers;
      expect(m.jobs.jobs).toBe(n);
      expect(share).toMatchObject({ numerator: distinct, denominator: n, unknown: n - given });
      expect(share.value).toBeCloseTo(pct, 10);
      // The warning still says how many were blank.
      const w = m.warnings.find((x) => x.code === "jobsMissingField");
      expect(w?.message.en).toContain(`${n - given} of ${n} jobs have no`);
      expect(w?.lines).toHaveLength(n - given);
    },
  );

  it("a field empty on every job makes that share missing", () => {
    const rows = [job("p1", "2026-03-01", { jobType: undefined }), job("p2", "2026-03-01", { jobType: undefined })];
    const j = metrics({ caseload: rows }).jobs;
    expect(j.jobTypes.missing).toBe("noJobTypeData");
    expect(j.jobTypes.value).toBeUndefined();
    expect(j.employers.value).toBe(100);
  });
});

describe("no jobs vs no job data", () => {
  it.each([
    // name, header columns the reader saw (undefined: not known), missing code
    ["columns not known (records built by hand): 0 jobs → noJobs", undefined, "noJobs"],
    [
      "header has jobbstart: 0 jobs → noJobs",
      ["jobbspesialist", "deltaker", "startdato", "jobbstart", "ordinaer"],
      "noJobs",
    ],
    [
      "header has no jobbstart: the file cannot show jobs → noJobColumn",
      ["jobbspesialist", "deltaker", "startdato"],
      "noJobColumn",
    ],
  ] as [string, string[] | undefined, string][])("%s", (_name, columns, code) => {
    const caseload = [participant("A", "p1", "2026-01-01"), participant("A", "p2", "2026-02-01")];
    const j = metrics({ caseload, ...(columns ? { columns: { caseload: columns } } : {}) }).jobs;
    expect(j.jobs).toBe(0);
    expect(j.missing).toBe(code);
    expect(j.competitive.missing).toBe(code);
    // Every row is accounted for in the trail.
    expect(j.rows.read).toBe(2);
    expect(j.rows.ignored).toEqual(code === "noJobs" ? { noJob: 2 } : { missingValue: 2 });
  });
});

describe("does the caseload cover the period? 0 jobs is a value only then (period 2025-11-26 … 2026-11-25)", () => {
  // One enrolment, no job rows. Covered = the enrolment was in the service on some day of the period:
  // started in it, or started earlier and not ended by its first day 2025-11-26 (coverage.ts).
  it.each([
    [
      "started on the period's first day 2025-11-26, discharged 2025-12-01",
      "2025-11-26",
      { endDate: "2025-12-01", discharged: true },
      "noJobs",
    ],
    ["started on D, 2026-11-25", D, {}, "noJobs"],
    ["starts on V, 2026-11-26 (after the period)", V, {}, "noCaseloadInPeriod"],
    [
      "started 2024-01-01, sluttdato 2025-11-27 (in the service on 2025-11-26)",
      "2024-01-01",
      { endDate: "2025-11-27", discharged: true },
      "noJobs",
    ],
    [
      "started 2024-01-01, sluttdato 2025-11-26 (not active on its end day)",
      "2024-01-01",
      { endDate: "2025-11-26", discharged: true },
      "noCaseloadInPeriod",
    ],
    ["started 2024-01-01, no sluttdato, not discharged (still active)", "2024-01-01", {}, "noJobs"],
    [
      "started 2024-01-01, avsluttet without sluttdato (cannot be placed)",
      "2024-01-01",
      { discharged: true },
      "noCaseloadInPeriod",
    ],
  ] as [string, string, Partial<CaseloadRecord>, string][])("%s → %s", (_name, start, fields, code) => {
    const j = metrics({ caseload: [participant("A", "p", start, fields)] }).jobs;
    expect(j.jobs).toBe(0);
    expect(j.missing).toBe(code);
    for (const share of [j.jobTypes, j.employers, j.competitive]) expect(share.missing).toBe(code);
  });

  it("one enrolment in the period is enough, whatever the others", () => {
    const j = metrics({
      caseload: [
        participant("A", "old", "2020-01-01", { endDate: "2021-01-01", discharged: true }),
        participant("B", "new", "2026-11-25"),
      ],
    }).jobs;
    expect(j.missing).toBe("noJobs");
  });

  it("a header-only caseload covers nothing", () => {
    expect(metrics({ caseload: [] }).jobs.missing).toBe("noCaseloadInPeriod");
  });

  it("a caseload with rows and no enrolment in the period gets a team-level warning", () => {
    // Start dates 2023-01-01 and 2023-03-01, both ended (last sluttdato 2024-06-01), before 2025-11-26.
    const m = metrics({
      caseload: [
        participant("A", "p1", "2023-03-01", { endDate: "2024-06-01", discharged: true }),
        participant("B", "p2", "2023-01-01", { endDate: "2023-05-01", discharged: true, jobStart: "2023-02-01" }),
      ],
    });
    expect(m.warnings.filter((w) => w.code === "caseloadWithoutParticipantsInPeriod")).toEqual([
      {
        code: "caseloadWithoutParticipantsInPeriod",
        file: "portefolje.csv",
        message: {
          nb: "Ingen av deltakerne i portefolje.csv er i tjenesten i perioden 26.11.2025–25.11.2026 (startdatoene går fra 01.01.2023 til 01.03.2023, siste sluttdato 01.06.2024) – stemmer besøksdatoen?",
          en: "None of the participants in portefolje.csv is in the service during the period 2025-11-26–2026-11-25 (the start dates run from 2023-01-01 to 2023-03-01, last end date 2024-06-01) – is the visit date right?",
        },
      },
    ]);
    expect(m.jobs.missing).toBe("noCaseloadInPeriod");
  });

  it("the warning leaves out the last end date while someone has none, and is not given when covered", () => {
    const late = metrics({ caseload: [participant("A", "p1", "2027-01-04")] });
    expect(late.warnings.find((w) => w.code === "caseloadWithoutParticipantsInPeriod")?.message.en).toBe(
      "None of the participants in portefolje.csv is in the service during the period 2025-11-26–2026-11-25 (the start dates run from 2027-01-04 to 2027-01-04) – is the visit date right?",
    );
    const covered = metrics({ caseload: [participant("A", "p1", "2024-01-01")] });
    expect(covered.warnings.map((w) => w.code)).not.toContain("caseloadWithoutParticipantsInPeriod");
  });
});
