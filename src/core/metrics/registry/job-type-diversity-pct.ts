/** Distinct job types (`yrke`) among the jobs started in the period (IPS T8). */
import { jobShareMetric } from "./job-share.js";

export const jobTypeDiversityPct = jobShareMetric("jobTypeDiversityPct", (jobs) => jobs.jobTypes, {
  what: { nb: "ulike yrker", en: "distinct job types" },
  gapWhat: { nb: "ulike yrker", en: "different job types" },
  field: { nb: "yrke", en: "job type" },
});
