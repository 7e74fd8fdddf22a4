/**
 * The whole overview as numbers: per instrument the distribution of totals, the items weakest first, the colour
 * matrix, the key metrics against their targets; per group; and, with a previous round, each team's change and
 * the distribution then and now. Pure: the rows in, the overview out; the same rows in any order give the same
 * overview.
 */
import { allItems, type ColourScale, type PointsScale, type Scale } from "../scale.js";
import {
  type BandCount,
  type Bin,
  bandCounts,
  type ColourStat,
  colourStat,
  type GroupStat,
  groupStats,
  histogram,
  type ItemStat,
  itemStat,
  matchKey,
  metricMeans,
  onlyPrevious,
  type TeamChange,
  type TotalsStat,
  teamChanges,
  totalsOf,
  totalsStat,
  weakestFirst,
} from "./aggregate.js";
import { type KeyMetricId, type MetricTarget, metricTargets } from "./key-metrics.js";
import type { FailedOverviewRow, OverviewRow } from "./row.js";

export interface OverviewInput {
  rows: readonly OverviewRow[];
  failed?: readonly FailedOverviewRow[];
  /** The instruments the rows were scored with (the first of each id is used). */
  scales: readonly Scale[];
  /** The previous round's rows (from an earlier output folder). */
  previous?: readonly OverviewRow[];
}

export interface RoundStats {
  teams: number;
  totals: TotalsStat;
  bands: BandCount[];
  histogram: Bin[];
}

export interface PointsOverview {
  scale: PointsScale;
  /** Heat map order: by group (none last), complete teams by total (highest first), then provisional ones. */
  rows: OverviewRow[];
  provisional: number;
  totals: TotalsStat;
  bands: BandCount[];
  histogram: Bin[];
  /** Every item, weakest first. */
  items: ItemStat[];
  /** The same instrument in the previous round (all its teams, not only those scored again). */
  previous?: RoundStats & { items: Map<string, ItemStat> };
}

export interface ColourOverview {
  scale: ColourScale;
  /** By group, then most green, fewest red, name. */
  rows: OverviewRow[];
  /** Every point in scale order. */
  points: ColourStat[];
  previous?: { teams: number; points: ColourStat[] };
}

export interface MetricsOverview {
  scale: Scale;
  targets: Partial<Record<KeyMetricId, MetricTarget>>;
  /** In the order of the instrument's heat map or matrix. */
  rows: OverviewRow[];
  means: Partial<Record<KeyMetricId, { mean: number; n: number }>>;
}

export interface RoundsOverview {
  /** Teams in the previous round. */
  previousTeams: number;
  changes: TeamChange[];
  /** Scored now, not in the previous round. */
  newTeams: OverviewRow[];
  /** In the previous round, not scored now. */
  gone: OverviewRow[];
}

export interface Overview {
  teams: number;
  complete: number;
  provisional: number;
  failed: FailedOverviewRow[];
  /** True when any team names a group. */
  grouped: boolean;
  groups: GroupStat[];
  points: PointsOverview[];
  colours: ColourOverview[];
  metrics: MetricsOverview[];
  rounds?: RoundsOverview;
  /** Earliest and latest visit date (undefined with no teams). */
  visitDates?: { from: string; to: string };
}

const byName = (a: { team: string }, b: { team: string }) => a.team.localeCompare(b.team, "nb");
const byGroup = (a: { group?: string }, b: { group?: string }) =>
  a.group === b.group
    ? 0
    : a.group === undefined
      ? 1
      : b.group === undefined
        ? -1
        : a.group.localeCompare(b.group, "nb");

/** Highest total first; provisional teams after, by their highest possible total. */
function byTotal(a: OverviewRow, b: OverviewRow): number {
  if (a.complete !== b.complete) return a.complete ? -1 : 1;
  const av = a.complete ? a.total : a.totalMax;
  const bv = b.complete ? b.total : b.totalMax;
  return (bv ?? 0) - (av ?? 0);
}

function colourCount(r: OverviewRow, c: string): number {
  return Object.values(r.items).filter((v) => v === c).length;
}

function byColours(a: OverviewRow, b: OverviewRow): number {
  return colourCount(b, "green") - colourCount(a, "green") || colourCount(a, "red") - colourCount(b, "red");
}

function roundStats(scale: PointsScale, rows: readonly OverviewRow[]): RoundStats {
  const totals = totalsOf(rows);
  const n = allItems(scale).length;
  return {
    teams: rows.length,
    totals: totalsStat(totals),
    bands: bandCounts(scale, totals),
    histogram: histogram(totals, n, 5 * n, 5),
  };
}

export function buildOverview(input: OverviewInput): Overview {
  const rows = [...input.rows].sort(byName);
  const failed = [...(input.failed ?? [])].sort(byName);
  const scales = new Map<string, Scale>();
  for (const s of input.scales) if (!scales.has(s.id)) scales.set(s.id, s);
  const used = scalesUsed(rows, scales);
  const previous = input.previous ? [...input.previous].sort(byName) : undefined;
  const points: PointsOverview[] = [];
  const colours: ColourOverview[] = [];
  const metrics: MetricsOverview[] = [];
  for (const scale of used) {
    const mine = ofScale(rows, scale.id);
    const before = previous && ofScale(previous, scale.id);
    const section =
      scale.scoring === "points" ? pointsOverview(scale, mine, before) : colourOverview(scale, mine, before);
    if (scale.scoring === "points") points.push(section as PointsOverview);
    else colours.push(section as ColourOverview);
    metrics.push({ scale, targets: metricTargets(scale), rows: section.rows, means: metricMeans(mine) });
  }
  const firstPoints = used.find((s): s is PointsScale => s.scoring === "points");
  const dates = rows.map((r) => r.visitDate).sort();
  const from = dates[0];
  const to = dates[dates.length - 1];
  const overview: Overview = {
    teams: rows.length,
    complete: rows.filter((r) => r.complete).length,
    provisional: rows.filter((r) => !r.complete).length,
    failed,
    grouped: rows.some((r) => r.group !== undefined) || failed.some((f) => f.group !== undefined),
    groups: groupStats(rows, firstPoints, failed),
    points,
    colours,
    metrics,
    ...(from && to ? { visitDates: { from, to } } : {}),
  };
  if (previous) overview.rounds = roundsOverview(rows, previous, [...points, ...colours], scales);
  return overview;
}

const ofScale = (list: readonly OverviewRow[], id: string) => list.filter((r) => r.scaleId === id);

/** The instruments the rows use, in a fixed order: points scales first, then by id. */
function scalesUsed(rows: readonly OverviewRow[], scales: ReadonlyMap<string, Scale>): Scale[] {
  return [...new Set(rows.map((r) => r.scaleId))]
    .flatMap((id) => {
      const s = scales.get(id);
      return s ? [s] : [];
    })
    .sort((a, b) => (a.scoring === b.scoring ? a.id.localeCompare(b.id) : a.scoring === "points" ? -1 : 1));
}

/** A points scale's teams (by group, then total), their totals, bands, histogram and items, and the round before. */
function pointsOverview(
  scale: PointsScale,
  mine: readonly OverviewRow[],
  before: readonly OverviewRow[] | undefined,
): PointsOverview {
  const ids = allItems(scale).map((i) => i.id);
  const now = roundStats(scale, mine);
  return {
    scale,
    rows: [...mine].sort((a, b) => byGroup(a, b) || byTotal(a, b) || byName(a, b)),
    provisional: mine.filter((r) => !r.complete).length,
    totals: now.totals,
    bands: now.bands,
    histogram: now.histogram,
    items: weakestFirst(ids.map((id) => itemStat(id, mine))),
    ...(before
      ? { previous: { ...roundStats(scale, before), items: new Map(ids.map((id) => [id, itemStat(id, before)])) } }
      : {}),
  };
}

/** A colour scale's teams (by group, then colours) and each point's colours, and the round before. */
function colourOverview(
  scale: ColourScale,
  mine: readonly OverviewRow[],
  before: readonly OverviewRow[] | undefined,
): ColourOverview {
  const ids = allItems(scale).map((i) => i.id);
  return {
    scale,
    rows: [...mine].sort((a, b) => byGroup(a, b) || byColours(a, b) || byName(a, b)),
    points: ids.map((id) => colourStat(id, mine)),
    ...(before ? { previous: { teams: before.length, points: ids.map((id) => colourStat(id, before)) } } : {}),
  };
}

/** Against the previous round: each team's changes, the teams that are new and those that are gone. */
function roundsOverview(
  rows: readonly OverviewRow[],
  previous: readonly OverviewRow[],
  sections: readonly { rows: readonly OverviewRow[] }[],
  scales: ReadonlyMap<string, Scale>,
): NonNullable<Overview["rounds"]> {
  const itemIds = (id: string) => {
    const s = scales.get(id);
    return s ? allItems(s).map((i) => i.id) : [];
  };
  const before = new Set(previous.map(matchKey));
  return {
    previousTeams: previous.length,
    changes: teamChanges(
      sections.flatMap((s) => s.rows),
      previous,
      itemIds,
    ),
    newTeams: rows.filter((r) => !before.has(matchKey(r))),
    gone: onlyPrevious(rows, previous),
  };
}
