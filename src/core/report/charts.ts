/**
 * The data charts of the report (docs/design.md §7.3) as plain series, with their counts and denominators: one
 * per metric that has one (its definition in metrics/registry draws it), in the registry's order. Targets
 * and limits come from the scale's data rules. A metric the data cannot compute gets no chart.
 */
import { formatDate } from "../format.js";
import { METRIC_LIST } from "../metrics/registry/index.js";
import type { TeamMetrics } from "../metrics/types.js";
import type { Lang, Scale } from "../scale.js";
import type { ChartModel } from "./model.js";
import type { StaffLabel } from "./staff.js";

export function dataCharts(scale: Scale, m: TeamMetrics, lang: Lang, label: StaffLabel): ChartModel[] {
  const windowText = `${formatDate(m.window.from, lang)}–${formatDate(m.window.to, lang)}`;
  const context = { scale, metrics: m, lang, label, windowText };
  return METRIC_LIST.flatMap((metric) => metric.chart?.(context) ?? []);
}
