/** The job shares' lines and gap (job-share.ts) and what each share counts (its own file). */
import { defineMessages, type Text } from "../../i18n.js";

export const JOB_SHARE = defineMessages("jobShare", {
  jobs: { nb: "jobber", en: "jobs" },
  inDenominator: { nb: "i nevneren, uten å telle i telleren", en: "in the denominator, adding nothing to the count" },
  share: (p: { jobs: number; what: Text; numerator: number; denominator: number; share: string }) => ({
    nb: `Jobber: ${p.jobs}; ${p.what.nb} ${p.numerator} / jobber ${p.denominator} = ${p.share}.`,
    en: `Jobs: ${p.jobs}; ${p.what.en} ${p.numerator} / jobs ${p.denominator} = ${p.share}.`,
  }),
  unknown: (p: { field: Text; counts: Text; n: number }) => ({
    nb: ` Jobber uten ${p.field.nb} (${p.counts.nb}): ${p.n}.`,
    en: ` Jobs without ${p.field.en} (${p.counts.en}): ${p.n}.`,
  }),
  tooFewJobs: (p: { jobs: number; minimum: number }) => ({
    nb: `${p.jobs} jobber i perioden; skalaen krever minst ${p.minimum} jobber for mer enn laveste skår.`,
    en: `${p.jobs} jobs in the period; the scale needs at least ${p.minimum} jobs for more than the lowest score.`,
  }),
  gap: (p: { value: string; what: Text; numerator: number; denominator: number; target: string }) => ({
    nb: `${p.value} ${p.what.nb} (${p.numerator} av ${p.denominator} jobber); ${p.target} trengs.`,
    en: `${p.value} ${p.what.en} (${p.numerator} of ${p.denominator} jobs); ${p.target} needed.`,
  }),

  // What each share counts (competitive-jobs-pct.ts, job-type-diversity-pct.ts, employer-diversity-pct.ts).
  competitiveJobs: { nb: "ordinære jobber", en: "competitive jobs" },
  competitiveField: { nb: "«ordinær»", en: "“competitive”" },
  countedAsNotCompetitive: { nb: "telt som ikke ordinære", en: "counted as not competitive" },
  distinctJobTypes: { nb: "ulike yrker", en: "distinct job types" },
  differentJobTypes: { nb: "ulike yrker", en: "different job types" },
  jobType: { nb: "yrke", en: "job type" },
  distinctEmployers: { nb: "ulike arbeidsgivere", en: "distinct employers" },
  differentEmployers: { nb: "ulike arbeidsgivere", en: "different employers" },
  employer: { nb: "arbeidsgiver", en: "employer" },
});
