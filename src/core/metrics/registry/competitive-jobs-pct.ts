/** Competitive (`ordinaer` = yes) jobs among the jobs started in the period (IPS T10). */
import { jobShareMetric } from "./job-share.js";
import { JOB_SHARE as M } from "./job-share.messages.js";

export const competitiveJobsPct = jobShareMetric("competitiveJobsPct", (jobs) => jobs.competitive, {
  what: M.text("competitiveJobs"),
  gapWhat: M.text("competitiveJobs"),
  field: M.text("competitiveField"),
  blankCounts: M.text("countedAsNotCompetitive"),
});
