/** Distinct employers among the jobs started in the period (IPS T9). */
import { jobShareMetric } from "./job-share.js";

export const employerDiversityPct = jobShareMetric("employerDiversityPct", (jobs) => jobs.employers, {
  what: { nb: "ulike arbeidsgivere", en: "distinct employers" },
  gapWhat: { nb: "ulike arbeidsgivere", en: "different employers" },
  field: { nb: "arbeidsgiver", en: "employer" },
});
