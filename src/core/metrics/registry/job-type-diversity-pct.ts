/** Distinct job types (`yrke`) among the jobs started in the period (IPS T8). */
import { jobShareMetric } from "./job-share.js";
import { JOB_SHARE as M } from "./job-share.messages.js";

export const jobTypeDiversityPct = jobShareMetric("jobTypeDiversityPct", (jobs) => jobs.jobTypes, {
  what: M.text("distinctJobTypes"),
  gapWhat: M.text("differentJobTypes"),
  field: M.text("jobType"),
});
