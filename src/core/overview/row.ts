/**
 * One team's line in the batch overview: the little the overview needs (total, item scores or colours, key
 * metrics, group, review type), taken as each team finishes so a county- or nation-wide run never holds every
 * team's full metrics. Team-level numbers only: no specialist, no participant.
 */
import { type Evaluation, ratingsMap } from "../evaluation.js";
import type { Colour } from "../scale.js";
import { scoreRatings } from "../scoring.js";
import { type KeyMetrics, keyMetricsOf } from "./key-metrics.js";
import type { ReviewType } from "./review-type.js";

export interface OverviewRow {
  team: string;
  group?: string;
  reviewType?: ReviewType;
  scaleId: string;
  scaleVersion: string;
  scoring: "points" | "colours";
  visitDate: string;
  /** Every item rated (a team with unrated items is provisional). */
  complete: boolean;
  /** Points scale: the total once complete; the possible range while provisional. */
  total?: number;
  totalMin?: number;
  totalMax?: number;
  /** Item id → score (points) or colour (colours); unrated items are absent. */
  items: Record<string, number | Colour>;
  metrics: KeyMetrics;
}

/** A team the batch could not score: in the overview by name (and group) only. */
export interface FailedOverviewRow {
  team: string;
  group?: string;
  failure: "unrated" | "coverage-gap" | "invalid-data";
}

export interface TeamGrouping {
  group?: string;
  reviewType?: ReviewType;
}

export function overviewRow(evaluation: Evaluation, grouping: TeamGrouping = {}): OverviewRow {
  const result = scoreRatings(evaluation.scale, ratingsMap(evaluation));
  const items: Record<string, number | Colour> = {};
  for (const s of result.items) {
    const v = s.score ?? s.colour;
    if (v !== undefined) items[s.item.id] = v;
  }
  return {
    team: evaluation.team.name,
    ...(grouping.group ? { group: grouping.group } : {}),
    ...(grouping.reviewType ? { reviewType: grouping.reviewType } : {}),
    scaleId: evaluation.scale.id,
    scaleVersion: evaluation.scale.version,
    scoring: result.scoring,
    visitDate: evaluation.visitDate,
    complete: result.complete,
    ...(result.scoring === "points"
      ? {
          ...(result.total.value !== undefined ? { total: result.total.value } : {}),
          totalMin: result.total.min,
          totalMax: result.total.max,
        }
      : {}),
    items,
    metrics: keyMetricsOf(evaluation.metrics),
  };
}
