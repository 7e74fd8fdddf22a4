/**
 * The value axis of a data chart: where it ends and where its ticks go. Part of the report model, so every
 * renderer draws the same scale (the PDF now).
 */
import type { ChartModel } from "./model.js";

/** Round tick steps: 1, 2, 2.5, 5 × 10^k, about five ticks. */
export function niceTicks(maxValue: number, target = 5): { max: number; ticks: number[] } {
  const max = maxValue > 0 && Number.isFinite(maxValue) ? maxValue : 1;
  const rough = max / target;
  const mag = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * mag >= rough) ?? 10) * mag;
  const top = Math.ceil(max / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let t = 0; t <= top + step / 1000; t += step) ticks.push(Math.round(t * 1e6) / 1e6);
  return { max: top, ticks };
}

/** The highest value drawn (series and reference line), with a little headroom. */
function dataMax(chart: ChartModel): number {
  let m = 0;
  for (const s of chart.series) for (const v of s.values) if (v !== null && Number.isFinite(v)) m = Math.max(m, v);
  if (chart.reference) m = Math.max(m, chart.reference.value);
  return m * 1.08;
}

/** The chart's value axis: `yMax` when the chart fixes it (percentages end at 100), else from the data. */
export function chartAxis(chart: ChartModel): { yMax: number; ticks: number[] } {
  const fixed = chart.yMax !== undefined && chart.yMax > 0 && Number.isFinite(chart.yMax) ? chart.yMax : undefined;
  const { max, ticks } = niceTicks(fixed ?? dataMax(chart));
  const yMax = fixed ?? max;
  return { yMax, ticks: ticks.filter((t) => t <= yMax + 1e-9) };
}
