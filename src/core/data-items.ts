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
import { DATA_ITEMS } from "./data-items.messages.js";
import { formatNumber } from "./format.js";
import { both } from "./i18n.js";
import type { TeamMetrics } from "./metrics/index.js";
import { MISSING_TEXT } from "./metrics/index.js";
import type { MetricView } from "./metrics/registry/index.js";
import { METRICS } from "./metrics/registry/index.js";
import { fmt, fmtBare, isPercentUnit } from "./metrics/registry/text.js";
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
  green: DATA_ITEMS.text("green"),
  yellow: DATA_ITEMS.text("yellow"),
  red: DATA_ITEMS.text("red"),
};

// ─── Formatting ──────────────────────────────────────────────────────────────────────────────────────────

function describeBands(bands: PointBands, unit: Text, lang: Lang): string {
  const op = bands.direction === "higherIsBetter" ? "≥" : "≤";
  const parts = bands.cutoffs.map((c) => `${op} ${fmtBare(c.value, unit, lang)} → ${c.score}`);
  parts.push(DATA_ITEMS.in(lang)("otherwise", { score: bands.otherwise }));
  const tail = isPercentUnit(unit) ? "" : ` (${unit[lang]})`;
  return parts.join(", ") + tail;
}

function describeColourRule(rule: ColourRule, unit: Text, lang: Lang): string {
  const t = DATA_ITEMS.in(lang);
  if (rule.kind === "threshold") {
    const op = rule.direction === "higherIsBetter" ? "≥" : "≤";
    const green = `${COLOUR_TEXT.green[lang]} ${op} ${fmtBare(rule.green, unit, lang)}`;
    const yellow = `${COLOUR_TEXT.yellow[lang]} ${op} ${fmtBare(rule.yellow, unit, lang)}`;
    const tail = isPercentUnit(unit) ? "" : ` (${unit[lang]})`;
    return `${t("thresholdRule", { green, yellow })}${tail}`;
  }
  return t("rangeRule", { range: `${fmtBare(rule.min, unit, lang)}–${fmtBare(rule.max, unit, lang)}` });
}

/**
 * The line stating an item's rule (its bands or colour rule, in its unit): the same for every team, so made
 * once per rule of a loaded scale (scales are loaded once per run) instead of in both languages per team.
 */
const ruleLines = new WeakMap<PointsDataRule | ColourDataRule, Text>();
function ruleLine(data: PointsDataRule | ColourDataRule, make: () => Text): Text {
  let line = ruleLines.get(data);
  if (line === undefined) {
    line = make();
    ruleLines.set(data, line);
  }
  return line;
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
    missingReason: DATA_ITEMS.text("missing", { source: view.source, reason }),
  };
}

/**
 * A points item whose metric has no value: missing data for the evaluator, or — with no cases at all in data
 * that could show them — too few cases, so the minimum's score (T10: 0 jobs → 1).
 */
function pointsWithoutValue(itemId: string, data: PointsDataRule, view: MetricView): DataSuggestion {
  const min = data.minimumCases;
  if (!view.missing || !(view.noCases && min && view.cases < min.count))
    return missingSuggestion(itemId, data.metric, view, MISSING_TEXT[view.missing ?? "noneToMeasure"]);
  const casesLine = DATA_ITEMS.text("noCases", {
    count: min.count,
    noun: view.casesNoun,
    cases: view.cases,
    score: min.score,
  });
  return { itemId, metric: data.metric, computation: [...view.lines, casesLine], score: min.score };
}

/** The mean of the specialists' scores (rounded half up), with its line; undefined when no specialist has one. */
function meanOfSpecialistScores(
  bands: PointBands,
  perSpecialist: SpecialistSuggestion[],
  left: number,
  lines: Text[],
): number | undefined {
  const scores = perSpecialist.map((s) => s.score ?? bands.otherwise);
  const score = meanScoreRoundedHalfUp(scores);
  if (score === undefined) return undefined;
  const avg = scores.reduce((a, b) => a + b, 0) / scores.length;
  const mean = both((lang) => formatNumber(avg, lang, 2));
  lines.push(DATA_ITEMS.text("specialistScores", { left, list: scores.join(", "), mean, score }));
  return score;
}

/** The team value banded, with its line, and how many specialists fall short of the top band. */
function teamScore(data: PointsDataRule, team: number, perSpecialist: SpecialistSuggestion[], lines: Text[]): number {
  const { bands, unit } = data;
  const cutoffs = bands.cutoffs.map((c) => c.value);
  const score = scoreByBands(bands, team);
  if (data.aggregate === "meanOfSpecialistScores") lines.push(DATA_ITEMS.text("teamOnly"));
  lines.push(DATA_ITEMS.text("teamScores", { value: both((lang) => fmt(team, unit, lang, cutoffs)), score }));
  const top = bands.cutoffs[0];
  if (top && perSpecialist.length > 0) {
    const higher = bands.direction === "higherIsBetter";
    const outside = perSpecialist.filter((p) =>
      higher ? !reaches(p.value, top.value) : !notAbove(p.value, top.value),
    ).length;
    if (outside > 0)
      lines.push(
        DATA_ITEMS.text(higher ? "specialistsBelow" : "specialistsAbove", {
          edge: both((lang) => fmt(top.value, unit, lang)),
          outside,
          of: perSpecialist.length,
        }),
      );
  }
  return score;
}

function suggestPoints(itemId: string, data: PointsDataRule, view: MetricView): DataSuggestion {
  const { bands, unit } = data;
  const min = data.minimumCases;
  if (view.missing) return pointsWithoutValue(itemId, data, view);

  const perSpecialist: SpecialistSuggestion[] = (view.specialists ?? []).flatMap((s) =>
    s.value === undefined ? [] : [{ specialist: s.specialist, value: s.value, score: scoreByBands(bands, s.value) }],
  );
  const left = (view.specialists ?? []).length - perSpecialist.length;
  const bandsLine = ruleLine(data, () =>
    DATA_ITEMS.text("scoreBands", { bands: both((lang) => describeBands(bands, unit, lang)) }),
  );
  const lines: Text[] = [...view.lines, bandsLine];
  const base: DataSuggestion = { itemId, metric: data.metric, computation: lines };
  if (view.team !== undefined) base.value = view.team;
  if (perSpecialist.length > 0) base.perSpecialist = perSpecialist;

  let score: number | undefined;
  if (data.aggregate === "meanOfSpecialistScores" && view.specialists !== undefined) {
    score = meanOfSpecialistScores(bands, perSpecialist, left, lines);
    if (score === undefined) return missingSuggestion(itemId, data.metric, view, MISSING_TEXT.noSpecialists);
  } else {
    if (view.team === undefined) return missingSuggestion(itemId, data.metric, view, MISSING_TEXT.noneToMeasure);
    score = teamScore(data, view.team, perSpecialist, lines);
  }

  if (min && view.cases < min.count) {
    score = min.score;
    lines.push(
      DATA_ITEMS.text("tooFewCases", { count: min.count, noun: view.casesNoun, cases: view.cases, score: min.score }),
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
  const colourRuleLine = ruleLine(data, () =>
    DATA_ITEMS.text("colourRule", { rule: both((lang) => describeColourRule(rule, unit, lang)) }),
  );
  const lines: Text[] = [...view.lines, colourRuleLine];
  const base: DataSuggestion = { itemId, metric: data.metric, value: team, computation: lines };
  const value = both((lang) => fmt(team, unit, lang, cutoffs));

  const values = (view.specialists ?? []).flatMap((s) =>
    s.value === undefined ? [] : [{ specialist: s.specialist, value: s.value }],
  );
  let colour: Colour;
  if (rule.kind === "threshold") {
    colour = colourByThreshold(rule, team);
    if (values.length > 0) base.perSpecialist = values.map((v) => ({ ...v, colour: colourByThreshold(rule, v.value) }));
    lines.push(DATA_ITEMS.text("teamColour", { value, colour: COLOUR_TEXT[colour] }));
  } else {
    const within = withinRange(team, rule.min, rule.max);
    const per = values.map((v) => ({
      ...v,
      colour: (withinRange(v.value, rule.min, rule.max) ? "green" : "red") as Colour,
    }));
    const outside = per.filter((p) => p.colour === "red").length;
    if (per.length > 0) base.perSpecialist = per;
    // A team-only metric has no specialists to check: then the team value alone decides green or red.
    colour = within ? (outside === 0 ? "green" : "yellow") : "red";
    const range = both((lang) => `${fmtBare(rule.min, unit, lang)}–${fmtBare(rule.max, unit, lang)}`);
    lines.push(
      per.length === 0
        ? DATA_ITEMS.text("teamInRange", { value, within, range, colour: COLOUR_TEXT[colour] })
        : DATA_ITEMS.text("teamAndSpecialistsInRange", {
            value,
            within,
            range,
            outside,
            of: per.length,
            colour: COLOUR_TEXT[colour],
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
