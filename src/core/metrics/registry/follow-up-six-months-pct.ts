/**
 * Follow-up after job start (docs/design.md §5.3, Kvalitetsveilederen point 10): the share of participants
 * discharged in the period after a job start who were followed up at least `followUpTargetDays`.
 * Computed by metrics/follow-up.ts.
 */
import { formatPercent as pct } from "../../format.js";
import type { MetricDefinition } from "./definition.js";
import { FOLLOW_UP_SIX_MONTHS_PCT as M } from "./follow-up-six-months-pct.messages.js";
import { both, fmt, periodLine, rowsLine, SOURCE } from "./text.js";
import { METRIC_TEXT } from "./text.messages.js";

export const followUpSixMonthsPct: MetricDefinition<"followUpSixMonthsPct"> = {
  id: "followUpSixMonthsPct",
  source: "followUp",
  countingRules: ["flowPeriodDays", "followUpTargetDays"],

  team: (m) => m.followUp.share.value,

  view(m, { unit, cutoffs }) {
    const f = m.followUp;
    return {
      ...(f.missing ? { missing: f.missing } : {}),
      ...(f.share.value !== undefined ? { team: f.share.value } : {}),
      cases: f.share.denominator,
      casesNoun: METRIC_TEXT.text("participants"),
      source: SOURCE.caseload(f.rows.file),
      lines: [
        periodLine(f.period.from, f.period.to, m),
        f.rule,
        both((lang) => {
          const v = f.share.value === undefined ? "–" : fmt(f.share.value, unit, lang, cutoffs);
          return M.in(lang)("discharged", {
            discharged: f.discharged,
            afterJob: f.share.denominator,
            days: f.targetDays,
            followed: f.share.numerator,
            share: v,
          });
        }),
        rowsLine(f.rows, "portefolje.csv"),
      ],
    };
  },

  gap({ lang, value, t, meets, metrics }) {
    if (meets) return undefined;
    const f = metrics.followUp;
    return M.in(lang)("gap", {
      value: pct(value, lang),
      followed: f.share.numerator,
      of: f.share.denominator,
      days: f.targetDays,
      target: pct(t, lang, 0),
    });
  },

  chart: null,
};
