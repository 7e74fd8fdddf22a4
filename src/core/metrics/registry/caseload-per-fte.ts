/**
 * Caseload per FTE (docs/design.md §5.3; IPS B1, Kvalitetsveilederen point 2): participants active the day before
 * the visit, over the specialists' FTE. Computed by metrics/caseload.ts.
 */
import { formatDate, formatNumber as n } from "../../format.js";
import type { ChartModel } from "../../report/model.js";
import type { Lang, Scale } from "../../scale.js";
import { CASELOAD_PER_FTE as M } from "./caseload-per-fte.messages.js";
import type { MetricDefinition } from "./definition.js";
import { itemFor, reference, targetOf } from "./target.js";
import { both, fmt, num, rowsLine, SOURCE } from "./text.js";
import { METRIC_TEXT } from "./text.messages.js";

export const caseloadPerFte: MetricDefinition<"caseloadPerFte"> = {
  id: "caseloadPerFte",
  source: "caseload",
  countingRules: ["fteProration"],
  team: (m) => m.caseload.teamPerFte,

  view(m, { unit, cutoffs }) {
    const c = m.caseload;
    return {
      ...(c.missing ? { missing: c.missing } : {}),
      ...(c.teamPerFte !== undefined ? { team: c.teamPerFte } : {}),
      specialists: c.specialists.map((s) => ({ specialist: s.specialist, value: s.perFte })),
      cases: c.totalActive,
      casesNoun: M.text("activeParticipants"),
      source: SOURCE.caseload(c.rows.file),
      lines: [
        both((lang) => M.in(lang)("referenceDate", { date: formatDate(c.referenceDate, lang) })),
        c.rule,
        both((lang) => {
          const ratio = c.teamPerFte === undefined ? "–" : fmt(c.teamPerFte, unit, lang, cutoffs);
          return M.in(lang)("ratio", {
            active: c.totalActive,
            fte: num(c.totalFte, lang, 2),
            specialists: c.specialists.length,
            ratio,
          });
        }),
        rowsLine(c.rows, "portefolje.csv"),
      ],
    };
  },

  gap({ lang, value, t, target, meets, below, who, whoWithValues, metrics }) {
    const c = metrics.caseload;
    const say = M.in(lang);
    if (target.range) {
      if (!below.length) return undefined;
      const outside = whoWithValues("");
      return say("outsideRange", { min: n(target.range.min, lang), max: n(target.range.max, lang), who: outside });
    }
    const lines: string[] = [];
    if (!meets) {
      const tooMany = c.totalActive - t * c.totalFte;
      lines.push(
        say("tooMany", {
          value: n(value, lang),
          limit: n(t, lang),
          fewer: n(value - t, lang),
          participants: n(Math.ceil(tooMany), lang),
          fte: n(tooMany / t, lang),
        }),
      );
    }
    if (below.length) lines.push(say("above", { limit: n(t, lang), who }));
    return lines.join(" ") || undefined;
  },

  chart({ scale, metrics: m, lang, label }) {
    const k = m.caseload;
    const say = M.in(lang);
    if (k.missing || !k.specialists.length) return undefined;
    return {
      id: "caseload",
      title: say("chartTitle"),
      kind: "bars",
      unit: say("chartUnit"),
      categories: k.specialists.map((s) => label(s.specialist)),
      series: [{ label: say("chartSeries"), values: k.specialists.map((s) => s.perFte) }],
      ...caseloadReference(scale, lang),
      footnotes: [
        say("perSpecialist", {
          date: formatDate(k.referenceDate, lang),
          list: k.specialists.map((s) => `${label(s.specialist)} ${s.active}/${n(s.fte, lang, 2)}`).join(", "),
        }),
        k.teamPerFte === undefined
          ? ""
          : say("team", { active: k.totalActive, fte: n(k.totalFte, lang, 2), ratio: n(k.teamPerFte, lang) }),
      ].filter(Boolean),
    };
  },
};

/** The caseload limit (IPS B1: at most 20), or the range Kvalitetsveilederen point 2 asks for (12–20). */
function caseloadReference(scale: Scale, lang: Lang): Pick<ChartModel, "reference" | "lowerReference"> {
  const item = itemFor(scale, "caseloadPerFte");
  const range = item ? targetOf(item)?.range : undefined;
  if (!item || !range) return { reference: reference(scale, "caseloadPerFte", lang, "limit") };
  return {
    reference: {
      value: range.max,
      kind: "limit",
      label: METRIC_TEXT.in(lang)("range", { min: n(range.min, lang), max: n(range.max, lang), item: item.id }),
    },
    lowerReference: { value: range.min },
  };
}
