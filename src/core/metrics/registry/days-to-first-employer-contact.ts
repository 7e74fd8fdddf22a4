/**
 * Days to first employer contact (docs/design.md §5.3; IPS T4, Kvalitetsveilederen point 6): the mean wait from
 * start to the first employer contact, counting those still waiting past the limit. Computed by
 * metrics/first-contact.ts.
 */
import { formatDate, formatNumber as n } from "../../format.js";
import { DAYS_TO_FIRST_CONTACT as M } from "./days-to-first-employer-contact.messages.js";
import type { MetricDefinition } from "./definition.js";
import { bucketEdges, itemFor } from "./target.js";
import { both, fmt, periodLine, rowsLine, SOURCE } from "./text.js";
import { METRIC_TEXT } from "./text.messages.js";

export const daysToFirstEmployerContact: MetricDefinition<"daysToFirstEmployerContact"> = {
  id: "daysToFirstEmployerContact",
  source: "firstContact",
  countingRules: ["rapidJobSearchClock", "stillWaitingAfterDays", "flowPeriodDays"],

  team: (m) => m.firstContact.meanDays,

  view(m, { unit, cutoffs }) {
    const f = m.firstContact;
    const limit = m.rules.stillWaitingAfterDays;
    return {
      ...(f.missing ? { missing: f.missing } : {}),
      ...(f.meanDays !== undefined ? { team: f.meanDays } : {}),
      specialists: f.perSpecialist.map((s) => ({
        specialist: s.specialist,
        ...(s.meanDays !== undefined ? { value: s.meanDays } : {}),
      })),
      cases: f.days.denominator,
      casesNoun: METRIC_TEXT.text("participants"),
      source: SOURCE.caseload(f.rows.file),
      lines: [
        periodLine(f.period.from, f.period.to, m),
        f.rule,
        M.text("cases", {
          participants: f.participants,
          withContact: f.withContact,
          limit,
          stillWaiting: f.stillWaiting,
          leftWithoutOne: f.leftWithoutOne,
          waitingWithinLimit: f.waitingWithinLimit,
          unmeasurable: f.unmeasurable,
        }),
        both((lang) => {
          const mean = f.days.value;
          return mean === undefined
            ? M.in(lang)("nobodyToAverage")
            : M.in(lang)("mean", {
                days: f.days.numerator,
                participants: f.days.denominator,
                mean: fmt(mean, unit, lang, cutoffs),
              });
        }),
        rowsLine(f.rows, "portefolje.csv"),
      ],
    };
  },

  gap({ lang, value, t, meets, below, whoWithValues }) {
    const say = M.in(lang);
    const lines: string[] = [];
    if (!meets) lines.push(say("gap", { value: n(value, lang), target: n(t, lang), sooner: n(value - t, lang) }));
    if (below.length) lines.push(say("above", { target: n(t, lang), who: whoWithValues(" d") }));
    return lines.join(" ") || undefined;
  },

  /** A histogram of the counted waits, bucketed at the item's own cut-offs. */
  chart({ scale, metrics: m, lang }) {
    const f = m.firstContact;
    const say = M.in(lang);
    const item = itemFor(scale, "daysToFirstEmployerContact");
    const edges = item ? bucketEdges(item) : undefined;
    if (f.missing || !f.cases.some((x) => x.counted) || !edges) return undefined;
    const cats: string[] = [];
    const counts: number[] = [];
    let lo = 0;
    for (const hi of edges) {
      cats.push(`${lo}–${hi}`);
      counts.push(f.cases.filter((x) => x.counted && x.days >= lo && x.days <= hi).length);
      lo = hi + 1;
    }
    cats.push(`≥${lo}`);
    counts.push(f.cases.filter((x) => x.counted && x.days >= lo).length);
    return {
      id: "firstContact",
      title: say("chartTitle"),
      kind: "bars",
      unit: say("chartUnit"),
      categories: cats.map((x) => `${x} d`),
      series: [{ label: say("chartSeries"), values: counts }],
      footnotes: [
        say("started", {
          participants: f.participants,
          period: `${formatDate(f.period.from, lang)}–${formatDate(f.period.to, lang)}`,
          withContact: f.withContact,
          stillWaiting: f.stillWaiting,
          leftWithoutOne: f.leftWithoutOne,
          waitingWithinLimit: f.waitingWithinLimit,
        }),
        f.meanDays === undefined
          ? ""
          : say("meanDays", {
              mean: n(f.meanDays, lang),
              days: f.days.numerator,
              participants: f.days.denominator,
            }),
      ].filter(Boolean),
    };
  },
};
