/**
 * What one metric is, in one place: which computation it reads, the counting rules it depends on, how the
 * wizard and the report explain it (its view), the gap text of an improvement note, and its chart.
 *
 * The table in `index.ts` holds one {@link MetricDefinition} per {@link MetricId}, so adding an id to
 * `METRIC_IDS` (core/scale.ts) fails the compile until the metric's file supplies every part below. Parts a
 * metric does not have are written as `null`, so leaving one out is a decision, not an oversight.
 */

import type { ChartModel } from "../../report/model.js";
import type { StaffLabel } from "../../report/staff.js";
import type { Lang, LocalizedText, MetricId, Scale, ScaleItem } from "../../scale.js";
import type { DataSuggestion, SpecialistSuggestion } from "../../suggestion.js";
import type { CountingRules } from "../counting-rules.js";
import type { MissingCode, TeamMetrics } from "../types.js";
import type { Target } from "./target.js";

/**
 * The metric computations of {@link TeamMetrics} (metrics/index.ts runs them); a metric reads one of them. Every
 * field of TeamMetrics that is not shared context is a computation, so a new one is a source at once.
 */
export type MetricSource = Exclude<
  keyof TeamMetrics,
  "window" | "rules" | "rulesText" | "roster" | "files" | "warnings"
>;

/** What one metric offers to an item: the team value, per-specialist values, cases, and its explanation. */
export interface MetricView {
  missing?: MissingCode;
  team?: number;
  /**
   * True when `missing` only means there are no cases, in data that could have held some (a caseload with
   * a job column and a participant in the service during the period, but 0 jobs): a scale's `minimumCases`
   * then still scores the item (T10: 0 → 1).
   */
  noCases?: boolean;
  /** Per-specialist values; `undefined` for team-only metrics. */
  specialists?: { specialist: string; value?: number }[];
  cases: number;
  /** Singular/plural noun for the cases (for the minimumCases line). */
  casesNoun: LocalizedText;
  /** Which data the metric comes from (for the missing reason): "Utetid (utetid.csv)". */
  source: LocalizedText;
  /** Window or period line, rule line, numbers lines, rows line. */
  lines: LocalizedText[];
}

/** How the item's unit and cut-offs are shown in a view (cut-offs keep a value from printing as one it is not). */
export interface ViewFormat {
  unit: LocalizedText;
  cutoffs: readonly number[];
}

/** Everything an improvement note's gap text is written from (notes/gap.ts fills it in). */
export interface GapContext {
  item: ScaleItem;
  suggestion: DataSuggestion;
  metrics: TeamMetrics;
  lang: Lang;
  /** The scale's target for the item (top cut-off, green threshold or range). */
  target: Target;
  /** The team value. */
  value: number;
  /** `target.value`. */
  t: number;
  /** Whether the team value meets the target. */
  meets: boolean;
  /** Specialists who do not meet the target (or are outside the range). */
  below: SpecialistSuggestion[];
  /** `below` as a list of labels: "JS1, JS2 og JS3". */
  who: string;
  /** `below` with their values: "JS1 (3,4 d) og JS2 (5,0 d)". */
  whoWithValues: (unit: string) => string;
}

/** Everything a data chart is drawn from (report/charts.ts fills it in). */
export interface ChartContext {
  scale: Scale;
  metrics: TeamMetrics;
  lang: Lang;
  label: StaffLabel;
  /** The window as "dd.mm.yyyy–dd.mm.yyyy". */
  windowText: string;
}

export interface MetricDefinition<Id extends MetricId = MetricId> {
  id: Id;
  /** The computation in {@link TeamMetrics} this metric is read from. */
  source: MetricSource;
  /**
   * The counting rules (docs/design.md §5.4) that bear on this metric: the report's method section and the wizard's
   * rules step show only the rules bearing on the instrument's metrics.
   */
  countingRules: readonly (keyof CountingRules)[];
  /** The metric as a data item sees it: team value, per-specialist values, cases, explanation lines. */
  view(metrics: TeamMetrics, format: ViewFormat): MetricView;
  /** The view's team value alone (`view(…).team`), without its lines: what the overview and summary list. */
  team(metrics: TeamMetrics): number | undefined;
  /** The gap between the team's numbers and the target, in words; `null` when the note needs none. */
  gap: ((g: GapContext) => string | undefined) | null;
  /** The report's chart for this metric; `null` when the metric has none. */
  chart: ((c: ChartContext) => ChartModel | undefined) | null;
}
