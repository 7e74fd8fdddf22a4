/**
 * Jobs: diversity of job types, diversity of employers, competitive jobs
 * (DESIGN.md §5.3; IPS T8, T9, T10).
 *
 * A JOB is a caseload row with `jobbstart` in the `flowPeriodDays` (365) days before V (V−365 … V−1), or
 * an earlier `jobbstart` with the job still ongoing on D = V−1 (`jobbslutt` empty or after D). Every job row
 * is a job (a participant with two jobs has two); an exact repeat of a job (same participant, job start,
 * employer and job type) is counted once, with a warning.
 *
 *   job types   = distinct `yrke` / jobs with a `yrke` × 100
 *   employers   = distinct `arbeidsgiver` / jobs with an `arbeidsgiver` × 100
 *   competitive = jobs with `ordinaer` = yes / jobs with `ordinaer` given × 100
 *
 * Decision: a job with the field empty leaves THAT share's denominator (with a warning), rather than
 * counting as "not diverse" or "not competitive"; a field empty on every job makes that share missing.
 * The number of jobs (for the scale's `minimumCases`, T10: fewer than 10 jobs → 1) is all jobs.
 * Job types and employers are compared after trimming, case-folding and collapsing spaces.
 */
import { addDays } from "../dates.js";
import type { CaseloadRecord } from "../records.js";
import type { LookbackWindow } from "../window.js";
import { employerKey, nameKey } from "./names.js";
import { ignore, newRowUse, rowsWarning, sortedLines } from "./rows.js";
import type { CountingRules, JobShare, JobsMetric, MetricWarning, MissingCode } from "./types.js";

export const JOBS_RULE = {
  nb: "Jobber = rader med jobbstart i perioden, eller tidligere jobbstart og jobben pågår fortsatt dagen før besøket. Andel ulike yrker = ulike yrker / jobber; andel ulike arbeidsgivere = ulike arbeidsgivere / jobber; andel ordinære jobber = ordinære / jobber.",
  en: "Jobs = rows with a job start in the period, or an earlier job start with the job still ongoing the day before the visit. Job-type diversity = distinct job types / jobs; employer diversity = distinct employers / jobs; competitive share = competitive jobs / jobs.",
};

export function isJob(r: CaseloadRecord, from: string, d: string): boolean {
  if (r.jobStart === undefined || r.jobStart > d) return false;
  if (r.jobStart >= from) return true;
  return r.jobEnd === undefined || r.jobEnd > d;
}

function share(numerator: number, denominator: number, unknown: number, ifNone: MissingCode): JobShare {
  const s: JobShare = { numerator, denominator, unknown };
  if (denominator > 0) s.value = (numerator / denominator) * 100;
  else s.missing = ifNone;
  return s;
}

export function computeJobs(
  caseload: readonly CaseloadRecord[] | undefined,
  window: LookbackWindow,
  rules: CountingRules,
  warnings: MetricWarning[],
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

  const seen = new Set<string>();
  const jobs: CaseloadRecord[] = [];
  const duplicates: CaseloadRecord[] = [];
  for (const r of caseload) {
    if (!isJob(r, period.from, d)) {
      ignore(use, "notInPeriod");
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
          message: {
            nb: "Samme jobb (deltaker, jobbstart, arbeidsgiver, yrke) står flere ganger; telles én gang.",
            en: "The same job (participant, job start, employer, job type) appears more than once; counted once.",
          },
        },
        duplicates.map((r) => r.source),
      ),
    );
  if (jobs.length === 0) return { ...base, missing: "noJobs" };

  const withType = jobs.filter((j) => j.jobType !== undefined && j.jobType.trim() !== "");
  const withEmployer = jobs.filter((j) => j.employer !== undefined && j.employer.trim() !== "");
  const withCompetitive = jobs.filter((j) => j.competitive !== undefined);
  const missingField = (rows: CaseloadRecord[], field: { nb: string; en: string }) => {
    const have = new Set(rows);
    const lacking = jobs.filter((j) => !have.has(j));
    if (lacking.length === 0 || lacking.length === jobs.length) return;
    warnings.push(
      rowsWarning(
        {
          code: "jobsMissingField",
          message: {
            nb: `${lacking.length} av ${jobs.length} jobber mangler ${field.nb}; de holdes utenfor den andelen.`,
            en: `${lacking.length} of ${jobs.length} jobs have no ${field.en}; they are left out of that share.`,
          },
        },
        lacking.map((r) => r.source),
      ),
    );
  };
  missingField(withType, { nb: "yrke", en: "job type" });
  missingField(withEmployer, { nb: "arbeidsgiver", en: "employer" });
  missingField(withCompetitive, { nb: "«ordinær»", en: "“competitive”" });

  return {
    ...base,
    jobs: jobs.length,
    jobTypes: share(
      new Set(withType.map((j) => nameKey(j.jobType ?? ""))).size,
      withType.length,
      jobs.length - withType.length,
      "noJobTypeData",
    ),
    employers: share(
      new Set(withEmployer.map((j) => employerKey(j.employer ?? ""))).size,
      withEmployer.length,
      jobs.length - withEmployer.length,
      "noEmployerData",
    ),
    competitive: share(
      withCompetitive.filter((j) => j.competitive === true).length,
      withCompetitive.length,
      jobs.length - withCompetitive.length,
      "noCompetitiveData",
    ),
    lines: sortedLines(jobs.map((j) => j.source.line)),
  };
}
