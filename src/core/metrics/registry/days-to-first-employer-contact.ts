/**
 * Days to first employer contact (docs/design.md §5.3; IPS T4, Kvalitetsveilederen point 6): the mean wait from
 * start to the first employer contact, counting those still waiting past the limit. Computed by
 * metrics/first-contact.ts.
 */
import { formatDate, formatNumber as n } from "../../format.js";
import type { MetricDefinition } from "./definition.js";
import { bucketEdges, itemFor } from "./target.js";
import { both, fmt, periodLine, rowsLine, SOURCE } from "./text.js";

export const daysToFirstEmployerContact: MetricDefinition<"daysToFirstEmployerContact"> = {
  id: "daysToFirstEmployerContact",
  source: "firstContact",
  countingRules: ["rapidJobSearchClock", "stillWaitingAfterDays", "flowPeriodDays"],

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
      casesNoun: { nb: "deltakere", en: "participants" },
      source: SOURCE.caseload(f.rows.file),
      lines: [
        periodLine(f.period.from, f.period.to, m),
        f.rule,
        both((lang) =>
          lang === "nb"
            ? `Deltakere som startet i perioden: ${f.participants}. Med første arbeidsgiverkontakt: ${f.withContact}; venter fortsatt, over ${limit} dager: ${f.stillWaiting}; sluttet uten kontakt etter over ${limit} dager: ${f.leftWithoutOne}; ventet ${limit} dager eller kortere (telles ikke): ${f.waitingWithinLimit}${f.unmeasurable > 0 ? `; avsluttet uten sluttdato (holdes utenfor): ${f.unmeasurable}` : ""}.`
            : `Participants who started in the period: ${f.participants}. With a first employer contact: ${f.withContact}; still waiting, over ${limit} days: ${f.stillWaiting}; left without one after over ${limit} days: ${f.leftWithoutOne}; waited ${limit} days or less (not counted): ${f.waitingWithinLimit}${f.unmeasurable > 0 ? `; discharged without an end date (left out): ${f.unmeasurable}` : ""}.`,
        ),
        both((lang) =>
          f.days.value === undefined
            ? lang === "nb"
              ? "Ingen å regne snitt av."
              : "Nobody to average."
            : `${lang === "nb" ? "Snitt" : "Mean"}: ${f.days.numerator} ${lang === "nb" ? "dager" : "days"} / ${f.days.denominator} = ${fmt(f.days.value, unit, lang, cutoffs)}.`,
        ),
        rowsLine(f.rows, "portefolje.csv"),
      ],
    };
  },

  gap({ nb, lang, value, t, meets, below, whoWithValues }) {
    const lines: string[] = [];
    if (!meets)
      lines.push(
        nb
          ? `${n(value, lang)} dager i snitt til første arbeidsgiverkontakt; målet er høyst ${n(t, lang)}: omtrent ${n(value - t, lang)} dager raskere.`
          : `${n(value, lang)} days on average to the first employer contact; the target is at most ${n(t, lang)}: about ${n(value - t, lang)} days sooner.`,
      );
    if (below.length)
      lines.push(
        nb
          ? `Snitt over ${n(t, lang)} dager: ${whoWithValues(" d")}.`
          : `Mean above ${n(t, lang)} days: ${whoWithValues(" d")}.`,
      );
    return lines.join(" ") || undefined;
  },

  /** A histogram of the counted waits, bucketed at the item's own cut-offs. */
  chart({ scale, metrics: m, lang, nb }) {
    const f = m.firstContact;
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
      title: nb ? "Dager til første arbeidsgiverkontakt" : "Days to first employer contact",
      kind: "bars",
      unit: nb ? "deltakere" : "participants",
      categories: cats.map((x) => `${x} ${nb ? "d" : "d"}`),
      series: [{ label: nb ? "Deltakere" : "Participants", values: counts }],
      footnotes: [
        nb
          ? `${f.participants} deltakere startet ${formatDate(f.period.from, lang)}–${formatDate(f.period.to, lang)}: ${f.withContact} med kontakt, ${f.stillWaiting} venter fortsatt, ${f.leftWithoutOne} sluttet uten kontakt; ${f.waitingWithinLimit} har ventet for kort tid til å telle.`
          : `${f.participants} participants started ${formatDate(f.period.from, lang)}–${formatDate(f.period.to, lang)}: ${f.withContact} with a contact, ${f.stillWaiting} still waiting, ${f.leftWithoutOne} left without one; ${f.waitingWithinLimit} have not waited long enough to count.`,
        f.meanDays === undefined
          ? ""
          : nb
            ? `Snitt ${n(f.meanDays, lang)} dager (${f.days.numerator} dager / ${f.days.denominator} deltakere).`
            : `Mean ${n(f.meanDays, lang)} days (${f.days.numerator} days / ${f.days.denominator} participants).`,
      ].filter(Boolean),
    };
  },
};
