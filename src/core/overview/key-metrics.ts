/**
 * The key metrics the overview puts side by side for every team (team values only, never a specialist's),
 * and each one's target as the team's own scale file sets it. Both come from the metric registry: the value is
 * the metric's team value (`METRICS[id].team`, the view's `team`, what the data items band), the target is `targetOf` the
 * scale's item for the metric (`itemFor`): the best band's cut-off for a points scale (IPS-25: ≤ 20 per FTE,
 * ≥ 65 %, ≥ 6 a week, ≤ 30 days, ≥ 95 %), the green threshold or range for a colour scale
 * (Kvalitetsveilederen: 12–20 per FTE, ≥ 40 %, ≥ 5 a week, ≤ 30 days). A metric no item of the scale uses has
 * no target for that scale. This file only chooses which of the registry's metrics are key, and in which order.
 */
import { notAbove, reaches } from "../bands.js";
import { METRICS } from "../metrics/registry/index.js";
import { itemFor, type Target, targetOf } from "../metrics/registry/target.js";
import type { TeamMetrics } from "../metrics/types.js";
import type { MetricId, Scale } from "../scale.js";

/** The overview's columns, in the order the issue names them (the registry's order is the team report's charts). */
export const KEY_METRICS = [
  "caseloadPerFte",
  "utetidPct",
  "employerContactsPerWeek",
  "daysToFirstEmployerContact",
  "competitiveJobsPct",
] as const satisfies readonly MetricId[];
export type KeyMetricId = (typeof KEY_METRICS)[number];

/** A team's key metrics; a metric the data could not compute is absent. */
export type KeyMetrics = Partial<Record<KeyMetricId, number>>;

export type MetricTarget =
  | { kind: "atLeast"; value: number }
  | { kind: "atMost"; value: number }
  | { kind: "range"; min: number; max: number };

/**
 * The team value of a metric, as the data items band it: the registry's view's team value (metrics/registry),
 * read without making the view's lines.
 */
export function teamValue(m: TeamMetrics, id: MetricId): number | undefined {
  return METRICS[id].team(m);
}

/** The key metrics of one team (none when the evaluation has no metrics). */
export function keyMetricsOf(m: TeamMetrics | undefined): KeyMetrics {
  const out: KeyMetrics = {};
  if (!m) return out;
  for (const id of KEY_METRICS) {
    const v = teamValue(m, id);
    if (v !== undefined && Number.isFinite(v)) out[id] = v;
  }
  return out;
}

/** A registry target (`targetOf`) as a key metric's target: a range, or a bound in the item's direction. */
export function metricTarget(t: Target): MetricTarget {
  if (t.range) return { kind: "range", min: t.range.min, max: t.range.max };
  return t.direction === "higherIsBetter" ? { kind: "atLeast", value: t.value } : { kind: "atMost", value: t.value };
}

/** Each key metric's target in this scale: `targetOf` the first item scored by the metric (`itemFor`). */
export function metricTargets(scale: Scale): Partial<Record<KeyMetricId, MetricTarget>> {
  const out: Partial<Record<KeyMetricId, MetricTarget>> = {};
  for (const id of KEY_METRICS) {
    const item = itemFor(scale, id);
    const target = item && targetOf(item);
    if (target) out[id] = metricTarget(target);
  }
  return out;
}

/** Whether a value meets its target (band edges as everywhere: the bound itself meets it). */
export function meetsTarget(value: number, target: MetricTarget): boolean {
  switch (target.kind) {
    case "atLeast":
      return reaches(value, target.value);
    case "atMost":
      return notAbove(value, target.value);
    case "range":
      return reaches(value, target.min) && notAbove(value, target.max);
  }
}
