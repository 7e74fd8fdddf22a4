/**
 * Jobs: diversity of job types, diversity of employers, competitive jobs
 * (docs/design.md §5.3; IPS T8, T9, T10).
 *
 * A JOB is a caseload row with `jobbstart` in the `flowPeriodDays` (365) days before V (V−365 … V−1), or
 * an earlier `jobbstart` with the job still ongoing on D = V−1: `jobbslutt` empty or after D AND the
 * participant still active on D (the active-on-D rule of participants.ts, per enrolment). A job started long
 * ago by a participant discharged since is not "ongoing" for the service, whatever its `jobbslutt` says.
 * Every job row is a job (a participant with two jobs has two); an exact repeat of a job (same participant,
 * job start, employer and job type) is counted once, with a warning.
 *
 *   job types   = distinct `yrke` / jobs × 100
 *   employers   = distinct `arbeidsgiver` / jobs × 100
 *   competitive = jobs with `ordinaer` = yes / jobs × 100
 *
 * The denominator is every job, as §5.3 says. A job with the field empty stays in it: it adds no distinct
 * job type or employer, and it is not competitive (a warning says how many were blank, and the share's
 * `unknown` keeps the count for the trail). Decision: a field empty on EVERY job makes that share missing
 * (the export says nothing about it, so the evaluator decides), rather than 0 %.
 * The number of jobs (for the scale's `minimumCases`, T10: fewer than 10 jobs → 1) is all jobs.
 * Job types and employers are compared after trimming, case-folding and collapsing spaces.
 *
 * When the reader says which columns the caseload header has (`columns`) and `jobbstart` is not among them,
 * the file cannot show jobs at all: the metric is missing ("noJobColumn"), not "0 jobs".
 *
 * Decision (coverage, coverage.ts): 0 jobs is a value (T10: fewer than 10 jobs → 1) only when the caseload
 * COVERS THE PERIOD: at least one enrolment was in the service during it — started in V−365 … V−1, or
 * started earlier and not ended by V−365 (`sluttdato` after it, or none and not discharged). Otherwise (a
 * wrong visit date, an export from another period, only enrolments that ended long before) 0 jobs cannot be
 * told from no data: the metric is missing ("noCaseloadInPeriod") and T8–T10 go to the evaluator. A caseload
 * with rows and no enrolment in the period also gets a team-level warning
 * ("caseloadWithoutParticipantsInPeriod"). With at least one job the question does not arise.
 */
import { addDays } from "../dates.js";
import type { Text } from "../i18n.js";
import type { CaseloadRecord } from "../records.js";
import type { LookbackWindow } from "../window.js";
import { caseloadCoversPeriod, caseloadOutsidePeriodWarning } from "./coverage.js";
import { JOBS } from "./jobs.messages.js";
import { employerKey, nameKey } from "./names.js";
import { activeRowsOn } from "./participants.js";
import { ignore, newRowUse, rowsWarning, sortedLines } from "./rows.js";
import type { CountingRules, JobShare, JobsMetric, MetricWarning, MissingCode } from "./types.js";

export const JOBS_RULE = JOBS.text("rule");

/** `active`: the caseload rows whose enrolment is active on D (`activeRowsOn`). */
export function isJob(r: CaseloadRecord, from: string, d: string, active: ReadonlySet<CaseloadRecord>): boolean {
  if (r.jobStart === undefined || r.jobStart > d) return false;
  if (r.jobStart >= from) return true;
  return (r.jobEnd === undefined || r.jobEnd > d) && active.has(r);
}

/** A share over all `jobs`; missing when there are none, or when the field is empty on every one. */
function share(numerator: number, jobs: number, unknown: number, ifNone: MissingCode): JobShare {
  const s: JobShare = { numerator, denominator: jobs, unknown };
  if (jobs > 0 && unknown < jobs) s.value = (numerator / jobs) * 100;
  else s.missing = ifNone;
  return s;
}

const blank = (v: string | undefined) => v === undefined || v.trim() === "";

export function computeJobs(
  caseload: readonly CaseloadRecord[] | undefined,
  window: LookbackWindow,
  rules: CountingRules,
  warnings: MetricWarning[],
  columns?: readonly string[],
): JobsMetric {
  const use = newRowUse(caseload);
  const d = window.referenceDate;
  const period = { from: addDays(window.visitDate, -rules.flowPeriodDays), to: d };
  const none = (code: MissingCode) => share(0, 0, 0, code);
  const base: JobsMetric = {
    rule: JOBS_RULE,
    rows: use,
    period,
    referenceDate: d,
    jobs: 0,
    jobTypes: none("noJobs"),
    employers: none("noJobs"),
    competitive: none("noJobs"),
    lines: [],
  };
  if (!caseload)
    return {
      ...base,
      missing: "noFile",
      jobTypes: none("noFile"),
      employers: none("noFile"),
      competitive: none("noFile"),
    };
  const outside = caseloadOutsidePeriodWarning(caseload, period);
  if (outside) warnings.push(outside);
  if (columns !== undefined && !columns.includes("jobbstart")) {
    ignore(use, "missingValue", caseload.length);
    return {
      ...base,
      missing: "noJobColumn",
      jobTypes: none("noJobColumn"),
      employers: none("noJobColumn"),
      competitive: none("noJobColumn"),
    };
  }

  const jobs = jobsInPeriod(caseload, period, d, use, warnings);
  if (jobs.length === 0) {
    const code: MissingCode = caseloadCoversPeriod(caseload, period) ? "noJobs" : "noCaseloadInPeriod";
    return { ...base, missing: code, jobTypes: none(code), employers: none(code), competitive: none(code) };
  }

  const withType = jobs.filter((j) => !blank(j.jobType));
  const withEmployer = jobs.filter((j) => !blank(j.employer));
  const withCompetitive = jobs.filter((j) => j.competitive !== undefined);
  warnings.push(...missingFieldWarnings(jobs, withType, withEmployer, withCompetitive));

  return {
    ...base,
    jobs: jobs.length,
    jobTypes: share(
      new Set(withType.map((j) => nameKey(j.jobType ?? ""))).size,
      jobs.length,
      jobs.length - withType.length,
      "noJobTypeData",
    ),
    employers: share(
      new Set(withEmployer.map((j) => employerKey(j.employer ?? ""))).size,
      jobs.length,
      jobs.length - withEmployer.length,
      "noEmployerData",
    ),
    competitive: share(
      withCompetitive.filter((j) => j.competitive === true).length,
      jobs.length,
      jobs.length - withCompetitive.length,
      "noCompetitiveData",
    ),
    lines: sortedLines(jobs.map((j) => j.source.line)),
  };
}

/**
 * The jobs of the period: caseload rows with a job start in the period (or a job held on the reference date),
 * each job once (participant, job start, employer and job type); a job listed twice is an ignored row, with a
 * warning.
 */
function jobsInPeriod(
  caseload: readonly CaseloadRecord[],
  period: { from: string; to: string },
  d: string,
  use: JobsMetric["rows"],
  warnings: MetricWarning[],
): CaseloadRecord[] {
  const seen = new Set<string>();
  const jobs: CaseloadRecord[] = [];
  const duplicates: CaseloadRecord[] = [];
  const active = activeRowsOn(caseload, d);
  for (const r of caseload) {
    if (!isJob(r, period.from, d, active)) {
      ignore(use, r.jobStart === undefined ? "noJob" : "notInPeriod");
      continue;
    }
    const key = [nameKey(r.participant), r.jobStart, employerKey(r.employer ?? ""), nameKey(r.jobType ?? "")].join(
      "\u0000",
    );
    if (seen.has(key)) {
      ignore(use, "duplicate");
      duplicates.push(r);
      continue;
    }
    seen.add(key);
    jobs.push(r);
    use.used++;
  }
  if (duplicates.length > 0)
    warnings.push(
      rowsWarning(
        {
          code: "duplicateJobRow",
          message: JOBS.text("duplicate"),
        },
        duplicates.map((r) => r.source),
      ),
    );
  return jobs;
}

/** Jobs without a job type, an employer or the "competitive" mark stay in the shares' denominators: said once each. */
function missingFieldWarnings(
  jobs: readonly CaseloadRecord[],
  withType: readonly CaseloadRecord[],
  withEmployer: readonly CaseloadRecord[],
  withCompetitive: readonly CaseloadRecord[],
): MetricWarning[] {
  const warnings: MetricWarning[] = [];
  const missingField = (rows: readonly CaseloadRecord[], field: Text, counts: Text) => {
    const have = new Set(rows);
    const lacking = jobs.filter((j) => !have.has(j));
    // Empty on every job: the share is missing, and its reason says so.
    if (lacking.length === 0 || lacking.length === jobs.length) return;
    warnings.push(
      rowsWarning(
        {
          code: "jobsMissingField",
          message: JOBS.text("missingField", { lacking: lacking.length, jobs: jobs.length, field, counts }),
        },
        lacking.map((r) => r.source),
      ),
    );
  };
  missingField(withType, JOBS.text("jobType"), JOBS.text("addingNoJobType"));
  missingField(withEmployer, JOBS.text("employer"), JOBS.text("addingNoEmployer"));
  missingField(withCompetitive, JOBS.text("competitive"), JOBS.text("asNotCompetitive"));
  return warnings;
}
