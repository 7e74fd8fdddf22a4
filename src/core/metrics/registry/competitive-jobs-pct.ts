/** Competitive (`ordinaer` = yes) jobs among the jobs started in the period (IPS T10). */
import { jobShareMetric } from "./job-share.js";

export const competitiveJobsPct = jobShareMetric("competitiveJobsPct", (jobs) => jobs.competitive, {
  what: { nb: "ordinære jobber", en: "competitive jobs" },
  gapWhat: { nb: "ordinære jobber", en: "competitive jobs" },
  field: { nb: "«ordinær»", en: "“competitive”" },
  blankCounts: { nb: "telt som ikke ordinære", en: "counted as not competitive" },
});
