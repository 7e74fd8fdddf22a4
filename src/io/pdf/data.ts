/** The data section: every chart of the model except the summary's own. */
import { dataChartHeight, drawDataChart } from "./charts.js";
import { gap, type Layout } from "./document.js";
import { heading1 } from "./text.js";

export function drawData(L: Layout): void {
  const { model } = L;
  const charts = model.charts.filter((c) => c.id !== "summary" || model.summary.bars.length === 0);
  if (charts.length === 0) return;
  gap(L, 16);
  const [first] = charts;
  heading1(L, model.labels.data, first ? dataChartHeight(L, first) : 0);
  for (const chart of charts) drawDataChart(L, chart);
}
