/**
 * Data-scored items (docs/design.md §5.5): for every item of kind "data", apply the scale file's rule to the
 * team's metrics and return a SUGGESTED score (points scale) or colour (colour scale) with its computation,
 * or — when the data cannot score it — a `missingReason`, so the item goes to the evaluator.
 *
 * Every threshold comes from the scale file (`item.data`); nothing here knows "65 %" or "20 per FTE".
 *  - points, aggregate "team": the team value is banded.
 *  - points, aggregate "meanOfSpecialistScores": each specialist with a value is banded, the scores are
 *    averaged and rounded half up (specialists without a value, e.g. absent all window, are left out).
 *  - points, `minimumCases`: fewer cases than `count` gives `score` whatever the value (T10: < 10 jobs → 1),
 *    also with no cases at all when the data covers the period and could have shown them (0 jobs in a
 *    caseload with a participant in the service during the period → 1). A caseload that does not cover the
 *    period (jobs.ts, "noCaseloadInPeriod") is missing data, not 0 jobs: the item goes to the evaluator.
 *    Cases are the units the metric rests on: jobs for the job shares, counted participants for days to
 *    first contact, participants in the denominator for follow-up, active participants for caseload,
 *    specialists with a value for utetid and contacts.
 *  - colours, "threshold": the team value against green / yellow.
 *  - colours, "rangeAllSpecialists": green when every specialist is within [min, max]; yellow when the
 *    team value is within but someone is outside; else red. Per specialist: green within, red outside.
 *
 * The team value of the per-specialist metrics (utetid, contacts) is the mean of the specialists' values;
 * of caseload, Σ active / Σ FTE. Computation lines come in nb and en and use the language's number style.
 */
import { colourByThreshold, meanScoreRoundedHalfUp, notAbove, reaches, scoreByBands, withinRange } from "./bands.js";
import { formatNumber } from "./format.js";
import type { TeamMetrics } from "./metrics/index.js";
import { MISSING_TEXT } from "./metrics/index.js";
import type { MetricView } from "./metrics/registry/index.js";
import { METRICS } from "./metrics/registry/index.js";
import { both, fmt, fmtBare, isPercentUnit } from "./metrics/registry/text.js";
import type {
  Colour,
  ColourDataRule,
  ColourRule,
  Lang,
  LocalizedText,
  MetricId,
  PointBands,
  PointsDataRule,
  Scale,
} from "./scale.js";
import { allItems } from "./scale.js";
import type { DataSuggestion, SpecialistSuggestion } from "./suggestion.js";

type Text = LocalizedText;

const COLOUR_TEXT: Record<Colour, Text> = {
  green: { nb: "grønn", en: "green" },
  yellow: { nb: "gul", en: "yellow" },
  red: { nb: "rød", en: "red" },
};

// ─── Formatting ──────────────────────────────────────────────────────────────────────────────────────────

function describeBands(bands: PointBands, unit: Text, lang: Lang): string {
  const op = bands.direction === "higherIsBetter" ? "≥" : "≤";
  const parts = bands.cutoffs.map((c) => `${op} ${fmtBare(c.value, unit, lang)} → ${c.score}`);
  parts.push(`${lang === "nb" ? "ellers" : "otherwise"} ${bands.otherwise}`);
  const tail = isPercentUnit(unit) ? "" : ` (${unit[lang]})`;
  return parts.join(", ") + tail;
}

function describeColourRule(rule: ColourRule, unit: Text, lang: Lang): string {
  if (rule.kind === "threshold") {
    const op = rule.direction === "higherIsBetter" ? "≥" : "≤";
    const g = `${COLOUR_TEXT.green[lang]} ${op} ${fmtBare(rule.green, unit, lang)}`;
    const y = `${COLOUR_TEXT.yellow[lang]} ${op} ${fmtBare(rule.yellow, unit, lang)}`;
    const tail = isPercentUnit(unit) ? "" : ` (${unit[lang]})`;
    return `${g}, ${y}, ${lang === "nb" ? "ellers rød" : "otherwise red"}${tail}`;
  }
  const range = `${fmtBare(rule.min, unit, lang)}–${fmtBare(rule.max, unit, lang)}`;
  return lang === "nb"
    ? `grønn når alle jobbspesialister er innenfor ${range}, gul når teamet er innenfor men noen er utenfor, ellers rød`
    : `green when every specialist is within ${range}, yellow when the team is within but someone is outside, otherwise red`;
}

/** What the item's metric offers (registry), with the item's unit and cut-offs. */
function metricView(m: TeamMetrics, id: MetricId, unit: Text, cutoffs: readonly number[]): MetricView {
  return METRICS[id].view(m, { unit, cutoffs });
}

// ─── Applying the scale's rule ───────────────────────────────────────────────────────────────────────────

function missingSuggestion(
  itemId: string,
  metric: MetricId,
  view: MetricView,
  reason: Text,
  extra: Text[] = [],
): DataSuggestion {
  return {
    itemId,
    metric,
    computation: [...view.lines, ...extra],
    missingReason: both((lang) => `${view.source[lang]}: ${reason[lang]}`),
  };
}

function suggestPoints(itemId: string, data: PointsDataRule, view: MetricView): DataSuggestion {
  const { bands, unit } = data;
  const cutoffs = bands.cutoffs.map((c) => c.value);
  const min = data.minimumCases;
  if (view.missing) {
    if (!(view.noCases && min && view.cases < min.count))
      return missingSuggestion(itemId, data.metric, view, MISSING_TEXT[view.missing]);
    // No cases at all, in data that could show them: too few cases, so the minimum's score (T10: 0 jobs → 1).
    const casesLine = both((lang) =>
      lang === "nb"
        ? `Færre enn ${min.count} ${view.casesNoun.nb} (${view.cases}): ${min.score} poeng.`
        : `Fewer than ${min.count} ${view.casesNoun.en} (${view.cases}): scores ${min.score}.`,
    );
    return { itemId, metric: data.metric, computation: [...view.lines, casesLine], score: min.score };
  }

  const perSpecialist: SpecialistSuggestion[] = (view.specialists ?? []).flatMap((s) =>
    s.value === undefined ? [] : [{ specialist: s.specialist, value: s.value, score: scoreByBands(bands, s.value) }],
  );
  const left = (view.specialists ?? []).length - perSpecialist.length;
  const bandsLine = both((lang) =>
    lang === "nb"
      ? `Poenggrenser: ${describeBands(bands, unit, lang)}.`
      : `Score bands: ${describeBands(bands, unit, lang)}.`,
  );
  const lines: Text[] = [...view.lines, bandsLine];
  const base: DataSuggestion = { itemId, metric: data.metric, computation: lines };
  if (view.team !== undefined) base.value = view.team;
  if (perSpecialist.length > 0) base.perSpecialist = perSpecialist;

  let score: number | undefined;
  if (data.aggregate === "meanOfSpecialistScores" && view.specialists !== undefined) {
    const scores = perSpecialist.map((s) => s.score ?? bands.otherwise);
    score = meanScoreRoundedHalfUp(scores);
    if (score === undefined) return missingSuggestion(itemId, data.metric, view, MISSING_TEXT.noSpecialists);
    const avg = scores.reduce((a, b) => a + b, 0) / scores.length;
    lines.push(
      both((lang) => {
        const list = scores.join(", ");
        const leftOut =
          left === 0
            ? ""
            : lang === "nb"
              ? ` (${left} uten verdi holdt utenfor)`
              : ` (${left} without a value left out)`;
        return lang === "nb"
          ? `Poeng per jobbspesialist${leftOut}: ${list}; snitt ${formatNumber(avg, lang, 2)} → ${score} (avrundet halvt opp).`
          : `Score per specialist${leftOut}: ${list}; mean ${formatNumber(avg, lang, 2)} → ${score} (rounded half up).`;
      }),
    );
  } else {
    if (view.team === undefined) return missingSuggestion(itemId, data.metric, view, MISSING_TEXT.noneToMeasure);
    const team = view.team;
    score = scoreByBands(bands, team);
    const s = score;
    if (data.aggregate === "meanOfSpecialistScores")
      lines.push({
        nb: "Tallet finnes bare for teamet; teamverdien gis poeng.",
        en: "The figure exists for the team only; the team value is scored.",
      });
    lines.push(
      both((lang) =>
        lang === "nb"
          ? `Teamverdi ${fmt(team, unit, lang, cutoffs)} gir ${s} poeng.`
          : `Team value ${fmt(team, unit, lang, cutoffs)} scores ${s}.`,
      ),
    );
    const top = bands.cutoffs[0];
    if (top && perSpecialist.length > 0) {
      const outside = perSpecialist.filter((p) =>
        bands.direction === "higherIsBetter" ? !reaches(p.value, top.value) : !notAbove(p.value, top.value),
      ).length;
      if (outside > 0)
        lines.push(
          both((lang) => {
            const edge = fmt(top.value, unit, lang);
            const side =
              bands.direction === "higherIsBetter"
                ? lang === "nb"
                  ? `under ${edge}`
                  : `below ${edge}`
                : lang === "nb"
                  ? `over ${edge}`
                  : `above ${edge}`;
            return lang === "nb"
              ? `Jobbspesialister ${side}: ${outside} av ${perSpecialist.length}.`
              : `Specialists ${side}: ${outside} of ${perSpecialist.length}.`;
          }),
        );
    }
  }

  if (min && view.cases < min.count) {
    score = min.score;
    lines.push(
      both((lang) =>
        lang === "nb"
          ? `Færre enn ${min.count} ${view.casesNoun.nb} (${view.cases}): ${min.score} poeng uansett verdi.`
          : `Fewer than ${min.count} ${view.casesNoun.en} (${view.cases}): scores ${min.score} whatever the value.`,
      ),
    );
  }
  base.score = score;
  return base;
}

function suggestColour(itemId: string, data: ColourDataRule, view: MetricView): DataSuggestion {
  const { rule, unit } = data;
  if (view.missing) return missingSuggestion(itemId, data.metric, view, MISSING_TEXT[view.missing]);
  if (view.team === undefined) return missingSuggestion(itemId, data.metric, view, MISSING_TEXT.noneToMeasure);
  const team = view.team;
  const cutoffs = rule.kind === "threshold" ? [rule.green, rule.yellow] : [rule.min, rule.max];
  const ruleLine = both((lang) =>
    lang === "nb"
      ? `Fargeregel: ${describeColourRule(rule, unit, lang)}.`
      : `Colour rule: ${describeColourRule(rule, unit, lang)}.`,
  );
  const lines: Text[] = [...view.lines, ruleLine];
  const base: DataSuggestion = { itemId, metric: data.metric, value: team, computation: lines };

  const values = (view.specialists ?? []).flatMap((s) =>
    s.value === undefined ? [] : [{ specialist: s.specialist, value: s.value }],
  );
  let colour: Colour;
  if (rule.kind === "threshold") {
    colour = colourByThreshold(rule, team);
    if (values.length > 0) base.perSpecialist = values.map((v) => ({ ...v, colour: colourByThreshold(rule, v.value) }));
    const c = colour;
    lines.push(
      both((lang) =>
        lang === "nb"
          ? `Teamverdi ${fmt(team, unit, lang, cutoffs)} gir ${COLOUR_TEXT[c].nb}.`
          : `Team value ${fmt(team, unit, lang, cutoffs)} gives ${COLOUR_TEXT[c].en}.`,
      ),
    );
  } else {
    const teamWithin = withinRange(team, rule.min, rule.max);
    const per = values.map((v) => ({
      ...v,
      colour: (withinRange(v.value, rule.min, rule.max) ? "green" : "red") as Colour,
    }));
    const outside = per.filter((p) => p.colour === "red").length;
    if (per.length > 0) base.perSpecialist = per;
    // A team-only metric has no specialists to check: then the team value alone decides green or red.
    colour = teamWithin ? (outside === 0 ? "green" : "yellow") : "red";
    const c = colour;
    const range = (lang: Lang) => `${fmtBare(rule.min, unit, lang)}–${fmtBare(rule.max, unit, lang)}`;
    lines.push(
      both((lang) => {
        const t = fmt(team, unit, lang, cutoffs);
        if (lang === "nb")
          return per.length === 0
            ? `Teamverdi ${t} ${teamWithin ? "innenfor" : "utenfor"} ${range(lang)}: ${COLOUR_TEXT[c].nb}.`
            : `Teamverdi ${t} ${teamWithin ? "innenfor" : "utenfor"} ${range(lang)}; ${outside} av ${per.length} jobbspesialister utenfor: ${COLOUR_TEXT[c].nb}.`;
        return per.length === 0
          ? `Team value ${t} ${teamWithin ? "within" : "outside"} ${range(lang)}: ${COLOUR_TEXT[c].en}.`
          : `Team value ${t} ${teamWithin ? "within" : "outside"} ${range(lang)}; ${outside} of ${per.length} specialists outside: ${COLOUR_TEXT[c].en}.`;
      }),
    );
  }
  base.colour = colour;
  return base;
}

/**
 * A suggestion for every data item of the scale, in scale order. Language-independent: every text is
 * given in nb and en.
 */
export function suggestFromData(scale: Scale, metrics: TeamMetrics): DataSuggestion[] {
  const out: DataSuggestion[] = [];
  if (scale.scoring === "points") {
    for (const section of scale.sections)
      for (const item of section.items) {
        if (item.kind !== "data" || !item.data) continue;
        const cutoffs = item.data.bands.cutoffs.map((c) => c.value);
        out.push(suggestPoints(item.id, item.data, metricView(metrics, item.data.metric, item.data.unit, cutoffs)));
      }
  } else {
    for (const section of scale.sections)
      for (const item of section.items) {
        if (item.kind !== "data" || !item.data) continue;
        const r = item.data.rule;
        const cutoffs = r.kind === "threshold" ? [r.green, r.yellow] : [r.min, r.max];
        out.push(suggestColour(item.id, item.data, metricView(metrics, item.data.metric, item.data.unit, cutoffs)));
      }
  }
  return out;
}

/** The data items of a scale (for callers that want to know which items the data may score). */
export function dataItemIds(scale: Scale): string[] {
  return allItems(scale).flatMap((i) => (i.kind === "data" ? [i.id] : []));
}
