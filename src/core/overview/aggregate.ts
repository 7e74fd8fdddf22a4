/**
 * The overview's numbers, from the teams' overview rows: pure arithmetic, no words. Means are plain means
 * (not rounded: rounding is for display); a share is a percentage 0–100 of the teams it is counted over,
 * undefined when there are none.
 *
 * Who is counted where:
 *  - totals, band counts and their shares: teams with every item rated (a provisional team has no total);
 *  - item means and the shares ≥ 4 / 3 / < 3: every team that has that item rated, provisional ones too;
 *  - key metrics: every team the data gave the metric for.
 */
import { notAbove, reaches } from "../bands.js";
import type { Colour, LocalizedText, PointsScale } from "../scale.js";
import { KEY_METRICS, type KeyMetricId, type KeyMetrics } from "./key-metrics.js";
import type { ReviewType } from "./review-type.js";
import type { OverviewRow } from "./row.js";

export function mean(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  return values.reduce((a, b) => a + b, 0) / values.length;
}

export function percent(count: number, of: number): number | undefined {
  return of > 0 ? (count / of) * 100 : undefined;
}

// ─── items (points) ───────────────────────────────────────────────────────────────────────────────────

export interface ItemStat {
  id: string;
  /** Teams with the item rated. */
  n: number;
  mean?: number;
  /** Teams scoring 4 or 5, exactly 3, 1 or 2. */
  counts: { atLeast4: number; three: number; below3: number };
  /** The same as percentages of n. */
  pct: { atLeast4?: number; three?: number; below3?: number };
}

export function itemStat(id: string, rows: readonly OverviewRow[]): ItemStat {
  const scores = rows.map((r) => r.items[id]).filter((v): v is number => typeof v === "number");
  const counts = {
    atLeast4: scores.filter((s) => s >= 4).length,
    three: scores.filter((s) => s === 3).length,
    below3: scores.filter((s) => s < 3).length,
  };
  const n = scores.length;
  const m = mean(scores);
  return {
    id,
    n,
    ...(m !== undefined ? { mean: m } : {}),
    counts,
    pct: n
      ? { atLeast4: (counts.atLeast4 / n) * 100, three: (counts.three / n) * 100, below3: (counts.below3 / n) * 100 }
      : {},
  };
}

/**
 * Weakest first: lowest mean first; equal means, the larger share below 3 first; then scale order.
 * Items no team has rated come last, in scale order.
 */
export function weakestFirst(stats: readonly ItemStat[]): ItemStat[] {
  const order = new Map(stats.map((s, i) => [s.id, i]));
  return [...stats].sort((a, b) => {
    if (a.mean === undefined || b.mean === undefined) {
      if (a.mean !== b.mean) return a.mean === undefined ? 1 : -1;
    } else if (Math.abs(a.mean - b.mean) > 1e-9) return a.mean - b.mean;
    const below = (b.pct.below3 ?? 0) - (a.pct.below3 ?? 0);
    if (Math.abs(below) > 1e-9) return below;
    return (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0);
  });
}

// ─── totals and bands ─────────────────────────────────────────────────────────────────────────────────

export interface BandCount {
  id: string;
  label: LocalizedText;
  min: number;
  max: number;
  count: number;
  /** Share of the teams with a total. */
  pct?: number;
}

/** Teams with a total per band of the scale (lowest band first). */
export function bandCounts(scale: PointsScale, totals: readonly number[]): BandCount[] {
  const bands = [...scale.bands].sort((a, b) => a.min - b.min);
  return bands.map((b) => {
    const count = totals.filter((t) => reaches(t, b.min) && notAbove(t, b.max)).length;
    const pct = percent(count, totals.length);
    return { id: b.id, label: b.label, min: b.min, max: b.max, count, ...(pct !== undefined ? { pct } : {}) };
  });
}

export interface TotalsStat {
  /** Teams with a total. */
  n: number;
  mean?: number;
  min?: number;
  max?: number;
}

export function totalsStat(totals: readonly number[]): TotalsStat {
  if (totals.length === 0) return { n: 0 };
  return { n: totals.length, mean: mean(totals), min: Math.min(...totals), max: Math.max(...totals) };
}

/** Complete teams' totals. */
export function totalsOf(rows: readonly OverviewRow[]): number[] {
  return rows.flatMap((r) => (r.complete && r.total !== undefined ? [r.total] : []));
}

export interface Bin {
  /** First and last total in the bin (both included). */
  from: number;
  to: number;
  count: number;
}

/**
 * Totals counted in bins of `width` starting at `lowest` (IPS-25: 25–29, 30–34, …, 120–124, 125): the last bin
 * ends at `highest`, possibly narrower.
 */
export function histogram(totals: readonly number[], lowest: number, highest: number, width: number): Bin[] {
  const bins: Bin[] = [];
  for (let from = lowest; from <= highest; from += width) {
    const to = Math.min(from + width - 1, highest);
    bins.push({ from, to, count: totals.filter((t) => t >= from && t <= to).length });
  }
  return bins;
}

// ─── colours ──────────────────────────────────────────────────────────────────────────────────────────

export interface ColourStat {
  id: string;
  green: number;
  yellow: number;
  red: number;
  /** Teams of the scale without a colour for the point. */
  unrated: number;
}

export function colourStat(id: string, rows: readonly OverviewRow[]): ColourStat {
  const c: ColourStat = { id, green: 0, yellow: 0, red: 0, unrated: 0 };
  for (const r of rows) {
    const v = r.items[id];
    if (v === "green" || v === "yellow" || v === "red") c[v]++;
    else c.unrated++;
  }
  return c;
}

export function colourTotals(rows: readonly OverviewRow[]): Record<Colour, number> {
  const c: Record<Colour, number> = { green: 0, yellow: 0, red: 0 };
  for (const r of rows) for (const v of Object.values(r.items)) if (typeof v === "string") c[v]++;
  return c;
}

// ─── key metrics ──────────────────────────────────────────────────────────────────────────────────────

/** Mean of each key metric over the teams that have it, and how many teams that is. */
export function metricMeans(rows: readonly OverviewRow[]): Partial<Record<KeyMetricId, { mean: number; n: number }>> {
  const out: Partial<Record<KeyMetricId, { mean: number; n: number }>> = {};
  for (const id of KEY_METRICS) {
    const values = rows.map((r) => r.metrics[id]).filter((v): v is number => v !== undefined);
    const m = mean(values);
    if (m !== undefined) out[id] = { mean: m, n: values.length };
  }
  return out;
}

// ─── groups ───────────────────────────────────────────────────────────────────────────────────────────

export interface GroupStat {
  /** Undefined: the teams whose team.json names no group. */
  group?: string;
  teams: number;
  complete: number;
  provisional: number;
  /** Teams that could not be scored. */
  failed: number;
  reviewTypes: Partial<Record<ReviewType, number>>;
  /** Points scale teams with a total: their mean, range and count per band id. */
  totals: TotalsStat;
  bands: Record<string, number>;
  /** Colour scale teams: colours given over all their points. */
  colours: Record<Colour, number>;
  metrics: Partial<Record<KeyMetricId, { mean: number; n: number }>>;
}

/** The group key of a row: the group name, or "" for none. */
const groupKey = (g: string | undefined) => g ?? "";

/**
 * One entry per group, in name order, teams without a group last. `pointsScale` bands the totals (the
 * totals of other points scales are counted in `totals` only when they share its id).
 */
export function groupStats(
  rows: readonly OverviewRow[],
  pointsScale: PointsScale | undefined,
  failed: readonly { group?: string }[] = [],
): GroupStat[] {
  const keys = [...new Set([...rows.map((r) => groupKey(r.group)), ...failed.map((f) => groupKey(f.group))])];
  keys.sort((a, b) => (a === "" ? 1 : b === "" ? -1 : a.localeCompare(b, "nb")));
  return keys.map((key) => {
    const mine = rows.filter((r) => groupKey(r.group) === key);
    const points = mine.filter((r) => r.scoring === "points" && (!pointsScale || r.scaleId === pointsScale.id));
    const totals = totalsOf(points);
    const reviewTypes: Partial<Record<ReviewType, number>> = {};
    for (const r of mine) if (r.reviewType) reviewTypes[r.reviewType] = (reviewTypes[r.reviewType] ?? 0) + 1;
    const bands: Record<string, number> = {};
    if (pointsScale) for (const b of bandCounts(pointsScale, totals)) bands[b.id] = b.count;
    return {
      ...(key !== "" ? { group: key } : {}),
      teams: mine.length,
      complete: mine.filter((r) => r.complete).length,
      provisional: mine.filter((r) => !r.complete).length,
      failed: failed.filter((f) => groupKey(f.group) === key).length,
      reviewTypes,
      totals: totalsStat(totals),
      bands,
      colours: colourTotals(mine.filter((r) => r.scoring === "colours")),
      metrics: metricMeans(mine),
    };
  });
}

// ─── rounds ───────────────────────────────────────────────────────────────────────────────────────────

export interface ItemChange {
  id: string;
  previous?: number | Colour;
  current?: number | Colour;
  /** Points: current − previous, when both are rated. */
  change?: number;
  /** Both rated: better, worse or the same (colours: green > yellow > red). */
  direction?: "up" | "down" | "same";
}

export interface TeamChange {
  team: string;
  scaleId: string;
  group?: string;
  previousTotal?: number;
  total?: number;
  /** Both rounds complete: total now − total then. */
  totalChange?: number;
  /** Every item rated in either round, in the order of `itemIds`. */
  items: ItemChange[];
  improved: number;
  worsened: number;
}

const COLOUR_RANK: Record<Colour, number> = { green: 3, yellow: 2, red: 1 };

function rank(v: number | Colour): number {
  return typeof v === "number" ? v : COLOUR_RANK[v];
}

/** Rows of the same team in both rounds: same team name and same instrument (scale id). */
export function matchKey(r: Pick<OverviewRow, "team" | "scaleId">): string {
  return `${r.scaleId}\u0000${r.team}`;
}

/** The change since the previous round of every team scored in both (in the order of `current`). */
export function teamChanges(
  current: readonly OverviewRow[],
  previous: readonly OverviewRow[],
  itemIds: (scaleId: string) => readonly string[],
): TeamChange[] {
  const before = new Map(previous.map((p) => [matchKey(p), p]));
  const out: TeamChange[] = [];
  for (const now of current) {
    const then = before.get(matchKey(now));
    if (!then) continue;
    const items: ItemChange[] = [];
    for (const id of itemIds(now.scaleId)) {
      const p = then.items[id];
      const c = now.items[id];
      if (p === undefined && c === undefined) continue;
      const both = p !== undefined && c !== undefined;
      const d = both ? rank(c) - rank(p) : undefined;
      items.push({
        id,
        ...(p !== undefined ? { previous: p } : {}),
        ...(c !== undefined ? { current: c } : {}),
        ...(both && typeof p === "number" && typeof c === "number" ? { change: c - p } : {}),
        ...(d !== undefined ? { direction: d > 0 ? "up" : d < 0 ? "down" : "same" } : {}),
      });
    }
    const prevTotal = then.complete ? then.total : undefined;
    const total = now.complete ? now.total : undefined;
    out.push({
      team: now.team,
      scaleId: now.scaleId,
      ...(now.group ? { group: now.group } : {}),
      ...(prevTotal !== undefined ? { previousTotal: prevTotal } : {}),
      ...(total !== undefined ? { total } : {}),
      ...(prevTotal !== undefined && total !== undefined ? { totalChange: total - prevTotal } : {}),
      items,
      improved: items.filter((i) => i.direction === "up").length,
      worsened: items.filter((i) => i.direction === "down").length,
    });
  }
  return out;
}

/** Teams of the previous round not in this one (by name and instrument), in name order. */
export function onlyPrevious(current: readonly OverviewRow[], previous: readonly OverviewRow[]): OverviewRow[] {
  const now = new Set(current.map(matchKey));
  return previous.filter((p) => !now.has(matchKey(p))).sort((a, b) => a.team.localeCompare(b.team, "nb"));
}

export type { KeyMetrics };
