/**
 * Charts drawn as vectors (rects, lines, paths; no images): the summary's horizontal item bars, and the data
 * charts — "bars" (a bar per category, value on each bar) and "lines" (a line per series across the categories,
 * gaps where a value is null) — with a value axis, an optional dashed reference line, a legend and footnotes.
 * A data chart is measured first and always kept on one page.
 */
import { formatNumber } from "../../core/format.js";
import { chartAxis } from "../../core/report/chart-axis.js";
import type { ChartModel, ReportSummary } from "../../core/report/model.js";
import { type Doc, ensureSpace, gap, type Layout, newPage } from "./document.js";
import { fitText, line, measure, setFont, withoutId } from "./text.js";
import { INK, LINE_GAP, type Marker, SERIES, SIGNAL, SIZE } from "./theme.js";

// ---------------------------------------------------------------- summary: every item against its maximum

const SUMMARY_ROW = 10;
const SUMMARY_BAR = 6.5;

export function summaryBarsHeight(bars: ReportSummary["bars"]): number {
  return bars.length * SUMMARY_ROW + 16;
}

/** Shared geometry of the summary's bars (items and section subtotals line up). */
export interface SummaryGeometry {
  idWidth: number;
  labelWidth: number;
  x0: number;
  x1: number;
}

export function summaryGeometry(L: Layout): SummaryGeometry {
  const { doc, model } = L;
  const { bars, sections } = model.summary;
  const size = SIZE.small;
  setFont(doc, true, size);
  const idWidth = Math.max(18, ...bars.map((b) => doc.widthOfString(b.id))) + 6;
  const valueWidth =
    Math.max(
      40,
      ...bars.map((b) => doc.widthOfString(summaryValueText(L, b))),
      ...sections.map((s) => {
        setFont(doc, false, SIZE.body);
        return doc.widthOfString(s.text);
      }),
    ) + 8;
  setFont(doc, false, size);
  const labels = Math.max(0, ...bars.map((b) => doc.widthOfString(withoutId(b.id, b.label))));
  setFont(doc, true, SIZE.body);
  const sectionLabels = Math.max(0, ...sections.map((s) => doc.widthOfString(s.title)));
  const labelWidth = Math.min(
    Math.max(idWidth + labels, sectionLabels) + 10,
    L.width * 0.5,
    L.width - valueWidth - 120,
  );
  return { idWidth, labelWidth, x0: L.left + labelWidth, x1: L.right - valueWidth };
}

export function drawSummaryBars(L: Layout, bars: ReportSummary["bars"]): void {
  const { doc, model } = L;
  if (bars.length === 0) return;
  ensureSpace(L, Math.min(summaryBarsHeight(bars), L.bottom - L.top));
  const size = SIZE.small;
  const { idWidth, labelWidth, x0, x1 } = summaryGeometry(L);
  const valueTexts = bars.map((b) => summaryValueText(L, b));
  const maxAll = Math.max(...bars.map((b) => (Number.isFinite(b.max) ? b.max : 0)), 1);
  const isColour = bars.some((b) => b.colour !== undefined) || model.summary.kind === "colours";
  const top = doc.y;

  // Scale along the top for points: 0 … max with light gridlines.
  if (!isColour) {
    setFont(doc, false, SIZE.tiny, INK.muted);
    for (let t = 0; t <= maxAll; t++) {
      const x = x0 + ((x1 - x0) * t) / maxAll;
      const label = formatNumber(t, model.lang);
      line(doc, label, x - doc.widthOfString(label) / 2, top);
      doc
        .moveTo(x, top + 10)
        .lineTo(x, top + 12 + bars.length * SUMMARY_ROW)
        .lineWidth(0.4)
        .strokeColor(INK.rule)
        .stroke();
    }
  }
  let y = top + (isColour ? 2 : 12);
  bars.forEach((bar, i) => {
    // A page break inside the chart is only possible for very long scales; keep rows whole.
    if (y + SUMMARY_ROW > L.bottom) {
      newPage(L);
      y = L.top;
    }
    const mid = y + SUMMARY_ROW / 2;
    setFont(doc, true, size);
    line(doc, bar.id, L.left, mid - size * 0.6);
    setFont(doc, false, size);
    line(doc, fitText(doc, withoutId(bar.id, bar.label), labelWidth - idWidth - 6), L.left + idWidth, mid - size * 0.6);
    const trackW = ((x1 - x0) * Math.max(0, bar.max)) / maxAll;
    doc.rect(x0, mid - SUMMARY_BAR / 2, trackW, SUMMARY_BAR).fill(INK.track);
    const fill = bar.colour ? SIGNAL[bar.colour].fill : INK.accent;
    const share = bar.value !== undefined ? ratio(bar.value, bar.max) : bar.colour ? 1 : 0;
    if (share > 0) doc.rect(x0, mid - SUMMARY_BAR / 2, trackW * share, SUMMARY_BAR).fill(fill);
    const rated = bar.value !== undefined || bar.colour !== undefined;
    setFont(doc, rated, size, rated ? INK.text : INK.muted);
    line(doc, valueTexts[i] ?? "", x1 + 6, mid - size * 0.6);
    y += SUMMARY_ROW;
  });
  doc.x = L.left;
  doc.y = y + 4;
}

/** value / max clamped to 0…1; 0 for a zero or non-finite maximum. */
export function ratio(value: number, max: number): number {
  const r = value / max;
  return max > 0 && Number.isFinite(r) ? Math.max(0, Math.min(1, r)) : 0;
}

function summaryValueText(L: Layout, bar: ReportSummary["bars"][number]): string {
  const { model } = L;
  if (bar.colour) return model.labels.colourNames[bar.colour];
  if (bar.value === undefined) return model.labels.unrated;
  return `${formatNumber(bar.value, model.lang)} ${model.labels.of} ${formatNumber(bar.max, model.lang)}`;
}

// ---------------------------------------------------------------- data charts

const PLOT_HEIGHT = 150;
const ROTATED_LABEL_MAX = 90;
const AXIS_SIZE = SIZE.tiny;

interface Frame {
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  yMax: number;
  ticks: number[];
  /** Category label font size and block height. */
  catSize: number;
  catHeight: number;
  /** Category labels too long for their band are drawn at 45°. */
  catRotated: boolean;
  legendRows: LegendEntry[][];
  footHeight: number;
}

interface LegendEntry {
  label: string;
  width: number;
  draw: (x: number, y: number) => void;
}

function legendFor(L: Layout, chart: ChartModel): LegendEntry[] {
  const { doc } = L;
  setFont(doc, false, SIZE.small);
  const entries: LegendEntry[] = [];
  const showSeries = chart.kind === "lines" || chart.series.length > 1;
  if (showSeries) {
    chart.series.forEach((s, i) => {
      const style = seriesStyle(i);
      entries.push({
        label: s.label,
        width: 22 + doc.widthOfString(s.label) + 12,
        draw: (x, y) => {
          if (chart.kind === "lines") {
            strokeLine(
              doc,
              [
                [x, y],
                [x + 18, y],
              ],
              style.colour,
              1.4,
              style.dash,
            );
            marker(doc, x + 9, y, style.marker, style.colour, 2.6, style.hollow);
          } else {
            doc.rect(x + 3, y - 4, 12, 8).fill(style.colour);
          }
        },
      });
    });
  }
  const ref = chart.reference;
  if (ref) {
    entries.push({
      label: ref.label,
      width: 22 + doc.widthOfString(ref.label) + 12,
      draw: (x, y) =>
        strokeLine(
          doc,
          [
            [x, y],
            [x + 18, y],
          ],
          INK.text,
          1.1,
          referenceDash(ref.kind),
        ),
    });
  }
  return entries;
}

function layoutLegend(entries: LegendEntry[], width: number): LegendEntry[][] {
  const rows: LegendEntry[][] = [];
  let current: LegendEntry[] = [];
  let used = 0;
  for (const e of entries) {
    if (current.length > 0 && used + e.width > width) {
      rows.push(current);
      current = [];
      used = 0;
    }
    current.push(e);
    used += e.width;
  }
  if (current.length > 0) rows.push(current);
  return rows;
}

function frameFor(L: Layout, chart: ChartModel, top: number): Frame {
  const { doc, model } = L;
  const { yMax, ticks: shownTicks } = chartAxis(chart);
  setFont(doc, false, AXIS_SIZE);
  const tickWidth = Math.max(...shownTicks.map((t) => doc.widthOfString(formatNumber(t, model.lang)))) + 6;
  const refWidth = chart.reference ? doc.widthOfString(formatNumber(chart.reference.value, model.lang)) + 6 : 0;
  const x0 = L.left + tickWidth;
  const x1 = L.right - Math.max(refWidth, 4);
  const band = (x1 - x0) / Math.max(1, chart.categories.length);
  let catSize: number = AXIS_SIZE + 0.5;
  const widest = () => Math.max(0, ...chart.categories.map((c) => longestWord(doc, c)));
  setFont(doc, false, catSize);
  while (catSize > 6 && widest() > band - 3) {
    catSize -= 0.5;
    doc.fontSize(catSize);
  }
  const catRotated = widest() > band - 3;
  let catHeight: number;
  if (catRotated) {
    setFont(doc, false, catSize);
    const longest = Math.min(ROTATED_LABEL_MAX, Math.max(0, ...chart.categories.map((c) => doc.widthOfString(c))));
    catHeight = (longest + catSize * 1.2) * Math.SQRT1_2 + 8;
  } else {
    catHeight = Math.max(0, ...chart.categories.map((c) => measure(doc, c, band - 2, false, catSize))) + 4;
  }
  const legendRows = layoutLegend(legendFor(L, chart), L.width);
  setFont(doc, false, SIZE.tiny + 0.5);
  const footHeight = chart.footnotes.reduce(
    (h, f) => h + measure(doc, f, L.width, false, SIZE.tiny + 0.5) + 1,
    chart.footnotes.length > 0 ? 4 : 0,
  );
  return {
    x0,
    x1,
    top,
    bottom: top + PLOT_HEIGHT,
    yMax,
    ticks: shownTicks,
    catSize,
    catHeight,
    catRotated,
    legendRows,
    footHeight,
  };
}

function longestWord(doc: Doc, text: string): number {
  return Math.max(0, ...text.split(/\s+/).map((w) => doc.widthOfString(w)));
}

/** The height a data chart takes, title to footnotes (it is always kept on one page). */
export function dataChartHeight(L: Layout, chart: ChartModel): number {
  const titleHeight = measure(L.doc, chart.title, L.width, true, SIZE.h2) + 4;
  const probe = frameFor(L, chart, 0);
  return (
    titleHeight +
    unitHeight(chart) +
    PLOT_HEIGHT +
    probe.catHeight +
    probe.legendRows.length * 13 +
    probe.footHeight +
    14
  );
}

function unitHeight(chart: ChartModel): number {
  return chart.unit ? SIZE.tiny * 1.2 + 6 : 4;
}

export function drawDataChart(L: Layout, chart: ChartModel): void {
  const { doc } = L;
  ensureSpace(L, dataChartHeight(L, chart));

  setFont(doc, true, SIZE.h2);
  doc.text(chart.title, L.left, doc.y, { width: L.width, lineGap: LINE_GAP });
  gap(L, 4);
  if (chart.unit) {
    setFont(doc, false, SIZE.tiny, INK.muted);
    line(doc, chart.unit, L.left, doc.y);
  }
  const f = frameFor(L, chart, doc.y + unitHeight(chart));
  drawAxes(L, chart, f);
  if (chart.kind === "lines") drawLines(L, chart, f);
  else drawBars(L, chart, f);
  drawReference(L, chart, f);
  drawCategories(L, chart, f);

  let y = f.bottom + f.catHeight + 3;
  for (const row of f.legendRows) {
    let x = L.left;
    for (const e of row) {
      e.draw(x, y + 5);
      setFont(doc, false, SIZE.small, INK.text);
      line(doc, e.label, x + 22, y + 5 - SIZE.small * 0.6);
      x += e.width;
    }
    y += 13;
  }
  doc.y = y + 2;
  if (chart.footnotes.length > 0) {
    for (const note of chart.footnotes) {
      setFont(doc, false, SIZE.tiny + 0.5, INK.muted);
      doc.text(note, L.left, doc.y, { width: L.width, lineGap: LINE_GAP });
      doc.y += 1;
    }
  }
  doc.x = L.left;
  gap(L, 12);
}

function yOf(f: Frame, v: number): number {
  return f.bottom - ratio(v, f.yMax) * (f.bottom - f.top);
}

function xOf(f: Frame, chart: ChartModel, i: number): number {
  const band = (f.x1 - f.x0) / Math.max(1, chart.categories.length);
  return f.x0 + band * (i + 0.5);
}

function drawAxes(L: Layout, _chart: ChartModel, f: Frame): void {
  const { doc, model } = L;
  for (const t of f.ticks) {
    const y = yOf(f, t);
    doc
      .moveTo(f.x0, y)
      .lineTo(f.x1, y)
      .lineWidth(t === 0 ? 0.8 : 0.4)
      .strokeColor(t === 0 ? INK.muted : INK.rule)
      .stroke();
    setFont(doc, false, AXIS_SIZE, INK.muted);
    const label = formatNumber(t, model.lang);
    line(doc, label, f.x0 - 4 - doc.widthOfString(label), y - AXIS_SIZE * 0.6);
  }
  doc.moveTo(f.x0, f.top).lineTo(f.x0, f.bottom).lineWidth(0.6).strokeColor(INK.muted).stroke();
}

function drawCategories(L: Layout, chart: ChartModel, f: Frame): void {
  const { doc } = L;
  const band = (f.x1 - f.x0) / Math.max(1, chart.categories.length);
  chart.categories.forEach((c, i) => {
    setFont(doc, false, f.catSize, INK.text);
    if (!f.catRotated) {
      doc.text(c, f.x0 + band * i + 1, f.bottom + 3, { width: band - 2, align: "center", lineGap: LINE_GAP });
      return;
    }
    // Rotated 45° counter-clockwise, ending just below the category's tick.
    const label = fitText(doc, c, ROTATED_LABEL_MAX);
    const w = doc.widthOfString(label);
    const ax = xOf(f, chart, i) + f.catSize * 0.35;
    const ay = f.bottom + 4;
    doc.save();
    doc.rotate(-45, { origin: [ax, ay] });
    line(doc, label, ax - w, ay - f.catSize * 0.6);
    doc.restore();
  });
}

function drawBars(L: Layout, chart: ChartModel, f: Frame): void {
  const { doc, model } = L;
  const refY = chart.reference ? yOf(f, chart.reference.value) : undefined;
  const n = Math.max(1, chart.series.length);
  const band = (f.x1 - f.x0) / Math.max(1, chart.categories.length);
  const group = Math.min(band * 0.7, n * 34);
  const barW = group / n;
  // Counts print as whole numbers; as soon as one value has decimals, every label gets one (47,0 beside 68,8).
  const fractional = chart.series.some((s) => s.values.some((v) => typeof v === "number" && !Number.isInteger(v)));
  chart.categories.forEach((_c, i) => {
    const cx = xOf(f, chart, i);
    chart.series.forEach((s, k) => {
      const x = cx - group / 2 + k * barW;
      const raw = s.values[i];
      const v = raw === undefined || raw === null || !Number.isFinite(raw) ? null : raw;
      const colour = n > 1 ? seriesStyle(k).colour : INK.accent;
      let size: number = SIZE.tiny;
      const label = v === null ? "–" : formatNumber(v, model.lang, 1, fractional);
      setFont(doc, v !== null, size, v === null ? INK.muted : INK.text);
      while (size > 4.5 && doc.widthOfString(label) > barW + (n > 1 ? 0 : band - group) - 2) {
        size -= 0.5;
        doc.fontSize(size);
      }
      if (v === null) {
        line(doc, label, x + (barW - doc.widthOfString(label)) / 2, f.bottom - size * 1.3);
        return;
      }
      const y = yOf(f, v);
      if (f.bottom - y > 0.2) doc.rect(x + 0.5, y, barW - 1, f.bottom - y).fill(colour);
      setFont(doc, true, size, INK.text);
      const lw = doc.widthOfString(label);
      const lh = size * 1.2;
      // Above the bar, unless that would sit on the reference line: then inside the bar's top (white on the bar),
      // or, for a bar too short for that, above the line.
      let ly = y - lh - 1;
      let ink: string = INK.text;
      if (refY !== undefined && ly - 1.5 < refY && ly + lh + 1.5 > refY) {
        if (f.bottom - y > lh + 4) {
          ly = y + 2;
          ink = INK.white;
        } else ly = refY - lh - 2;
      }
      setFont(doc, true, size, ink);
      line(doc, label, x + (barW - lw) / 2, ly);
    });
  });
}

function drawLines(L: Layout, chart: ChartModel, f: Frame): void {
  const { doc } = L;
  chart.series.forEach((s, k) => {
    const style = seriesStyle(k);
    const points = s.values.map((v, i) =>
      v === null || !Number.isFinite(v) ? null : ([xOf(f, chart, i), yOf(f, v)] as const),
    );
    // Runs of consecutive values; a null breaks the line.
    let run: (readonly [number, number])[] = [];
    const flush = () => {
      if (run.length > 1) strokeLine(doc, run, style.colour, 1.4, style.dash);
      run = [];
    };
    for (const p of points) {
      if (p === null) flush();
      else run.push(p);
    }
    flush();
    for (const p of points) if (p) marker(doc, p[0], p[1], style.marker, style.colour, 2.4, style.hollow);
  });
}

function drawReference(L: Layout, chart: ChartModel, f: Frame): void {
  const ref = chart.reference;
  if (!ref) return;
  const { doc, model } = L;
  for (const value of [ref.value, ...(chart.lowerReference ? [chart.lowerReference.value] : [])]) {
    const y = yOf(f, value);
    strokeLine(
      doc,
      [
        [f.x0, y],
        [f.x1, y],
      ],
      INK.text,
      1.1,
      referenceDash(ref.kind),
    );
    setFont(doc, true, AXIS_SIZE, INK.text);
    line(doc, formatNumber(value, model.lang), f.x1 + 3, y - AXIS_SIZE * 0.6);
  }
}

function referenceDash(kind: "target" | "limit"): readonly number[] {
  return kind === "target" ? [5, 3] : [2, 2];
}

/** Style of series i; past the palette's length the markers are drawn hollow so every series stays distinct. */
export function seriesStyle(i: number): (typeof SERIES)[number] & { hollow: boolean } {
  return { ...(SERIES[i % SERIES.length] ?? SERIES[0]), hollow: i >= SERIES.length };
}

function strokeLine(
  doc: Doc,
  points: readonly (readonly [number, number])[],
  colour: string,
  width: number,
  dash: readonly number[] | null,
): void {
  const [first, ...rest] = points;
  if (!first) return;
  doc.save();
  doc.moveTo(first[0], first[1]);
  for (const p of rest) doc.lineTo(p[0], p[1]);
  const [on, off] = dash ?? [];
  if (on !== undefined) doc.dash(on, { space: off ?? on });
  doc.lineWidth(width).lineJoin("round").strokeColor(colour).stroke();
  doc.restore();
}

function marker(doc: Doc, x: number, y: number, shape: Marker, colour: string, r: number, hollow = false): void {
  switch (shape) {
    case "circle":
      doc.circle(x, y, r);
      break;
    case "square":
      doc.rect(x - r * 0.9, y - r * 0.9, r * 1.8, r * 1.8);
      break;
    case "triangle":
      doc.polygon([x, y - r * 1.2], [x + r * 1.15, y + r * 0.85], [x - r * 1.15, y + r * 0.85]);
      break;
    case "diamond":
      doc.polygon([x, y - r * 1.3], [x + r * 1.1, y], [x, y + r * 1.3], [x - r * 1.1, y]);
      break;
  }
  if (hollow) doc.lineWidth(1).fillAndStroke(INK.white, colour);
  else doc.fill(colour);
}
