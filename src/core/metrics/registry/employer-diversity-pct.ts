/** Distinct employers among the jobs started in the period (IPS T9). */
import { jobShareMetric } from "./job-share.js";
import { JOB_SHARE as M } from "./job-share.messages.js";

export const employerDiversityPct = jobShareMetric("employerDiversityPct", (jobs) => jobs.employers, {
  what: M.text("distinctEmployers"),
  gapWhat: M.text("differentEmployers"),
  field: M.text("employer"),
});
