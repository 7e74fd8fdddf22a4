/**
 * The key metrics the overview puts side by side for every team (team values only, never a specialist's),
 * and each one's target as the team's own scale file sets it: the best band's cut-off for a points scale
 * (IPS-25: ≤ 20 per FTE, ≥ 65 %, ≥ 6 a week, ≤ 30 days, ≥ 95 %), the green threshold or range for a colour
 * scale (Kvalitetsveilederen: 12–20 per FTE, ≥ 40 %, ≥ 5 a week, ≤ 30 days). A metric no item of the scale
 * uses has no target for that scale.
 */
import { notAbove, reaches } from "../bands.js";
import type { TeamMetrics } from "../metrics/types.js";
import { allItems, type MetricId, type Scale } from "../scale.js";

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

/** The team value of a metric, as the data items band it (docs/design.md §5). */
export function teamValue(m: TeamMetrics, id: MetricId): number | undefined {
  switch (id) {
    case "caseloadPerFte":
      return m.caseload.teamPerFte;
    case "utetidPct":
      return m.utetid.teamMeanPct;
    case "employerContactsPerWeek":
      return m.employerContacts.teamMeanPerWeek;
    case "daysToFirstEmployerContact":
      return m.firstContact.meanDays;
    case "jobTypeDiversityPct":
      return m.jobs.jobTypes.value;
    case "employerDiversityPct":
      return m.jobs.employers.value;
    case "competitiveJobsPct":
      return m.jobs.competitive.value;
    case "followUpSixMonthsPct":
      return m.followUp.share.value;
  }
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

/** Each key metric's target in this scale (from the first item that uses the metric). */
export function metricTargets(scale: Scale): Partial<Record<KeyMetricId, MetricTarget>> {
  const out: Partial<Record<KeyMetricId, MetricTarget>> = {};
  for (const item of allItems(scale)) {
    const data = item.data;
    if (!data || !(KEY_METRICS as readonly string[]).includes(data.metric)) continue;
    const id = data.metric as KeyMetricId;
    if (out[id]) continue;
    if ("bands" in data) {
      const best = data.bands.cutoffs[0];
      if (best)
        out[id] =
          data.bands.direction === "higherIsBetter"
            ? { kind: "atLeast", value: best.value }
            : { kind: "atMost", value: best.value };
    } else if (data.rule.kind === "threshold") {
      out[id] =
        data.rule.direction === "higherIsBetter"
          ? { kind: "atLeast", value: data.rule.green }
          : { kind: "atMost", value: data.rule.green };
    } else out[id] = { kind: "range", min: data.rule.min, max: data.rule.max };
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
