/**
 * The scale's target for a data item (its top cut-off, green threshold or range) and the chart reference
 * lines drawn from it. Targets are read from the scale file's data rule, never hard-coded.
 */
import { formatDate, formatNumber as n } from "../../format.js";
import type { ChartModel } from "../../report/model.js";
import {
  allItems,
  type ColourItem,
  type Lang,
  type MetricId,
  type PointsItem,
  type Scale,
  type ScaleItem,
} from "../../scale.js";
import { METRIC_TEXT } from "./text.messages.js";

export interface Target {
  value: number;
  direction: "higherIsBetter" | "lowerIsBetter";
  /** For a range rule (Kvalitetsveilederen point 2). */
  range?: { min: number; max: number };
  minimumCases?: number;
}

export function targetOf(item: ScaleItem): Target | undefined {
  if (!item.data) return undefined;
  if ("bands" in item.data) {
    const rule = (item as PointsItem).data;
    const top = rule?.bands.cutoffs[0];
    if (!rule || !top) return undefined;
    return { value: top.value, direction: rule.bands.direction, minimumCases: rule.minimumCases?.count };
  }
  const rule = (item as ColourItem).data?.rule;
  if (!rule) return undefined;
  if (rule.kind === "threshold") return { value: rule.green, direction: rule.direction };
  return { value: rule.max, direction: "lowerIsBetter", range: { min: rule.min, max: rule.max } };
}

/** The scale's item scored by `metric` (the first, when several). */
export function itemFor(scale: Scale, metric: MetricId): ScaleItem | undefined {
  return allItems(scale).find((i) => i.data?.metric === metric);
}

/** A chart's target or limit line from the scale's item for `metric`: "Mål 65 % (B3)". */
export function reference(
  scale: Scale,
  metric: MetricId,
  lang: Lang,
  kind: "target" | "limit",
  unit = "",
): ChartModel["reference"] {
  const item = itemFor(scale, metric);
  const target = item && targetOf(item);
  if (!item || !target) return undefined;
  const label = METRIC_TEXT.in(lang)(kind, { value: `${n(target.value, lang)}${unit}`, item: item.id });
  return { value: target.value, kind, label };
}

/** "01.10" (nb) / "10-01" (en): the first day of a 7-day block. */
export function shortDate(iso: string, lang: Lang): string {
  const f = formatDate(iso, lang);
  return lang === "nb" ? f.slice(0, 5) : f.slice(5);
}

/** Bucket edges for a histogram: the item's own cut-offs (IPS T4: 30, 60, 150, 270; KV6: 30, 60). */
export function bucketEdges(item: ScaleItem): number[] | undefined {
  if (item.data && "bands" in item.data) return (item as PointsItem).data?.bands.cutoffs.map((c) => c.value);
  const rule = (item as ColourItem).data?.rule;
  if (rule?.kind === "threshold") return [rule.green, rule.yellow].sort((a, b) => a - b);
  return undefined;
}
