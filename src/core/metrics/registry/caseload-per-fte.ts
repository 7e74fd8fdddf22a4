/**
 * Caseload per FTE (docs/design.md §5.3; IPS B1, Kvalitetsveilederen point 2): participants active the day before
 * the visit, over the specialists' FTE. Computed by metrics/caseload.ts.
 */
import { formatDate, formatNumber as n } from "../../format.js";
import type { ChartModel } from "../../report/model.js";
import type { Lang, Scale } from "../../scale.js";
import type { MetricDefinition } from "./definition.js";
import { itemFor, reference, targetOf } from "./target.js";
import { both, fmt, num, rowsLine, SOURCE } from "./text.js";

export const caseloadPerFte: MetricDefinition<"caseloadPerFte"> = {
  id: "caseloadPerFte",
  source: "caseload",
  countingRules: ["fteProration"],

  view(m, { unit, cutoffs }) {
    const c = m.caseload;
    return {
      ...(c.missing ? { missing: c.missing } : {}),
      ...(c.teamPerFte !== undefined ? { team: c.teamPerFte } : {}),
      specialists: c.specialists.map((s) => ({ specialist: s.specialist, value: s.perFte })),
      cases: c.totalActive,
      casesNoun: { nb: "aktive deltakere", en: "active participants" },
      source: SOURCE.caseload(c.rows.file),
      lines: [
        both((lang) =>
          lang === "nb"
            ? `Referansedato: ${formatDate(c.referenceDate, lang)} (dagen før besøket).`
            : `Reference date: ${formatDate(c.referenceDate, lang)} (the day before the visit).`,
        ),
        c.rule,
        both((lang) => {
          const ratio = c.teamPerFte === undefined ? "–" : fmt(c.teamPerFte, unit, lang, cutoffs);
          return lang === "nb"
            ? `Aktive deltakere ${c.totalActive} / årsverk ${num(c.totalFte, lang, 2)} (jobbspesialister: ${c.specialists.length}) = ${ratio}.`
            : `Active participants ${c.totalActive} / FTE ${num(c.totalFte, lang, 2)} (specialists: ${c.specialists.length}) = ${ratio}.`;
        }),
        rowsLine(c.rows, "portefolje.csv"),
      ],
    };
  },

  gap({ nb, lang, value, t, target, meets, below, who, whoWithValues, metrics }) {
    const c = metrics.caseload;
    if (target.range) {
      if (!below.length) return undefined;
      const outside = whoWithValues("");
      return nb
        ? `Porteføljen per årsverk er utenfor ${n(target.range.min, lang)}–${n(target.range.max, lang)} for ${outside}.`
        : `Caseload per FTE is outside ${n(target.range.min, lang)}–${n(target.range.max, lang)} for ${outside}.`;
    }
    const lines: string[] = [];
    if (!meets) {
      const tooMany = c.totalActive - t * c.totalFte;
      lines.push(
        nb
          ? `${n(value, lang)} deltakere per årsverk; høyst ${n(t, lang)}: omtrent ${n(value - t, lang)} færre per årsverk, det vil si ${n(Math.ceil(tooMany), lang)} færre deltakere eller ${n(tooMany / t, lang)} flere årsverk for teamet.`
          : `${n(value, lang)} participants per FTE; at most ${n(t, lang)}: about ${n(value - t, lang)} fewer per FTE, that is ${n(Math.ceil(tooMany), lang)} fewer participants or ${n(tooMany / t, lang)} more FTE for the team.`,
      );
    }
    if (below.length)
      lines.push(nb ? `Over ${n(t, lang)} per årsverk: ${who}.` : `Above ${n(t, lang)} per FTE: ${who}.`);
    return lines.join(" ") || undefined;
  },

  chart({ scale, metrics: m, lang, nb, label }) {
    const k = m.caseload;
    if (k.missing || !k.specialists.length) return undefined;
    return {
      id: "caseload",
      title: nb ? "Deltakere per årsverk per jobbspesialist" : "Caseload per FTE per specialist",
      kind: "bars",
      unit: nb ? "per årsverk" : "per FTE",
      categories: k.specialists.map((s) => label(s.specialist)),
      series: [{ label: nb ? "Portefølje" : "Caseload", values: k.specialists.map((s) => s.perFte) }],
      ...caseloadReference(scale, lang),
      footnotes: [
        nb
          ? `Aktive deltakere ${formatDate(k.referenceDate, lang)} / årsverk: ${k.specialists.map((s) => `${label(s.specialist)} ${s.active}/${n(s.fte, lang, 2)}`).join(", ")}.`
          : `Active participants on ${formatDate(k.referenceDate, lang)} / FTE: ${k.specialists.map((s) => `${label(s.specialist)} ${s.active}/${n(s.fte, lang, 2)}`).join(", ")}.`,
        k.teamPerFte === undefined
          ? ""
          : nb
            ? `Teamet: ${k.totalActive} deltakere / ${n(k.totalFte, lang, 2)} årsverk = ${n(k.teamPerFte, lang)} per årsverk.`
            : `Team: ${k.totalActive} participants / ${n(k.totalFte, lang, 2)} FTE = ${n(k.teamPerFte, lang)} per FTE.`,
      ].filter(Boolean),
    };
  },
};

/** The caseload limit (IPS B1: at most 20), or the range Kvalitetsveilederen point 2 asks for (12–20). */
function caseloadReference(scale: Scale, lang: Lang): Pick<ChartModel, "reference" | "lowerReference"> {
  const item = itemFor(scale, "caseloadPerFte");
  const range = item ? targetOf(item)?.range : undefined;
  if (!item || !range) return { reference: reference(scale, "caseloadPerFte", lang, "limit") };
  const word = lang === "nb" ? "Område" : "Range";
  return {
    reference: {
      value: range.max,
      kind: "limit",
      label: `${word} ${n(range.min, lang)}–${n(range.max, lang)} (${item.id})`,
    },
    lowerReference: { value: range.min },
  };
}
