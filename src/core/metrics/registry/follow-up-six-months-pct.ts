/**
 * Follow-up after job start (docs/design.md §5.3, Kvalitetsveilederen point 10): the share of participants
 * discharged in the period after a job start who were followed up at least `followUpTargetDays`.
 * Computed by metrics/follow-up.ts.
 */
import { formatPercent as pct } from "../../format.js";
import type { MetricDefinition } from "./definition.js";
import { both, fmt, periodLine, rowsLine, SOURCE } from "./text.js";

export const followUpSixMonthsPct: MetricDefinition<"followUpSixMonthsPct"> = {
  id: "followUpSixMonthsPct",
  source: "followUp",
  countingRules: ["flowPeriodDays", "followUpTargetDays"],

  view(m, { unit, cutoffs }) {
    const f = m.followUp;
    return {
      ...(f.missing ? { missing: f.missing } : {}),
      ...(f.share.value !== undefined ? { team: f.share.value } : {}),
      cases: f.share.denominator,
      casesNoun: { nb: "deltakere", en: "participants" },
      source: SOURCE.caseload(f.rows.file),
      lines: [
        periodLine(f.period.from, f.period.to, m),
        f.rule,
        both((lang) => {
          const v = f.share.value === undefined ? "–" : fmt(f.share.value, unit, lang, cutoffs);
          return lang === "nb"
            ? `Skrevet ut i perioden: ${f.discharged}; av dem etter en jobbstart: ${f.share.denominator}; med minst ${f.targetDays} dager fra første jobbstart til sluttdato: ${f.share.numerator} = ${v}.`
            : `Discharged in the period: ${f.discharged}; of them after a job start: ${f.share.denominator}; with at least ${f.targetDays} days from first job start to end date: ${f.share.numerator} = ${v}.`;
        }),
        rowsLine(f.rows, "portefolje.csv"),
      ],
    };
  },

  gap({ nb, lang, value, t, meets, metrics }) {
    if (meets) return undefined;
    const f = metrics.followUp;
    return nb
      ? `${pct(value, lang)} (${f.share.numerator} av ${f.share.denominator}) ble fulgt opp minst ${f.targetDays} dager etter jobbstart; ${pct(t, lang, 0)} gir grønt.`
      : `${pct(value, lang)} (${f.share.numerator} of ${f.share.denominator}) had follow-up for at least ${f.targetDays} days after job start; ${pct(t, lang, 0)} gives green.`;
  },

  chart: null,
};
