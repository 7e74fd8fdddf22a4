/**
 * Follow-up duration after job start (docs/design.md §5.3; Kvalitetsveilederen 10).
 *
 * Participants (enrolments, see participants.ts) with `sluttdato` in the `flowPeriodDays` (365) days before V
 * (V−365 … V−1) who had a job start before discharge (`jobbstart` < `sluttdato` on any of their rows).
 * Days = sluttdato − the earliest such job start. Share = those with days ≥ `followUpTargetDays` (182) / all
 * of them × 100. A participant discharged by `status` with no `sluttdato` cannot be placed in time and is
 * left out (warning given once for the file by index.ts).
 */
import { addDays, daysBetween } from "../dates.js";
import type { CaseloadRecord } from "../records.js";
import type { LookbackWindow } from "../window.js";
import { FOLLOW_UP } from "./follow-up.messages.js";
import { enrolments } from "./participants.js";
import { ignore, newRowUse, sortedLines } from "./rows.js";
import type { CountingRules, FollowUpMetric } from "./types.js";

export const FOLLOW_UP_RULE = FOLLOW_UP.text("rule");

export function computeFollowUp(
  caseload: readonly CaseloadRecord[] | undefined,
  window: LookbackWindow,
  rules: CountingRules,
): FollowUpMetric {
  const use = newRowUse(caseload);
  const period = { from: addDays(window.visitDate, -rules.flowPeriodDays), to: window.referenceDate };
  const base: FollowUpMetric = {
    rule: FOLLOW_UP_RULE,
    rows: use,
    period,
    discharged: 0,
    share: { numerator: 0, denominator: 0 },
    targetDays: rules.followUpTargetDays,
    cases: [],
    lines: [],
  };
  if (!caseload) return { ...base, missing: "noFile" };

  const lines: number[] = [];
  for (const e of enrolments(caseload)) {
    const end = e.endDate;
    if (end === undefined) {
      ignore(use, e.discharged ? "missingValue" : "notInPeriod", e.rows.length);
      continue;
    }
    if (end < period.from || end > period.to) {
      ignore(use, "notInPeriod", e.rows.length);
      continue;
    }
    base.discharged++;
    const starts = e.rows.flatMap((r: CaseloadRecord) =>
      r.jobStart !== undefined && r.jobStart < end ? [r.jobStart] : [],
    );
    const first = starts.sort()[0];
    const firstRow = e.rows[0];
    if (first === undefined || !firstRow) {
      ignore(use, "noJob", e.rows.length);
      continue;
    }
    const days = daysBetween(first, end);
    const reached = days >= rules.followUpTargetDays;
    base.cases.push({ specialist: e.specialist, days, reached, line: firstRow.source.line });
    base.share.denominator++;
    if (reached) base.share.numerator++;
    use.used += e.rows.length;
    for (const r of e.rows) lines.push(r.source.line);
  }
  const metric: FollowUpMetric = { ...base, lines: sortedLines(lines) };
  if (metric.share.denominator === 0) metric.missing = "noDischargedWithJob";
  else metric.share.value = (metric.share.numerator / metric.share.denominator) * 100;
  return metric;
}
