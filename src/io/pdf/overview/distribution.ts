/**
 * The distribution of totals: a bar per bin of five totals over the instrument's whole range, the fidelity
 * bands drawn behind as shaded spans with their names, the previous round (when given) as a grey bar beside
 * each bin's bar. Vectors only, kept on one page.
 */
import type { PointsSection } from "../../../core/overview/model.js";
import { type Box, ensureSpace, gap } from "../document.js";
import { fitText, line, paragraph, setFont } from "../text.js";
import { INK, SIZE } from "../theme.js";
import { PREVIOUS_FILL } from "./palette.js";

const PLOT = 140;
const BAND_TINTS = ["#f6f8fa", "#eaeef2"];

/**
 * Whole-number ticks from 0: about five, at least 1 apart, the top one above the highest bar (so the count printed
 * over that bar stays inside the plot, clear of the band totals above it).
 */
function countTicks(max: number): number[] {
  const step = Math.max(1, Math.ceil(max / 5));
  const top = Math.max(step, (Math.floor(max / step) + 1) * step);
  const ticks: number[] = [];
  for (let t = 0; t <= top; t += step) ticks.push(t);
  return ticks;
}

/** Line height of the band names above the plot. */
const BAND_LINE = 9;

/** `text` in lines of at most `width` (the current font), broken between words; undefined when a word is wider. */
function wrapWords(doc: Box["doc"], text: string, width: number): string[] | undefined {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (doc.widthOfString(word) > width) return undefined;
    const last = lines[lines.length - 1];
    if (last !== undefined && doc.widthOfString(`${last} ${word}`) <= width)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

interface BandHead {
  x0: number;
  x1: number;
  /** The name over as many lines as it needs, or the band's number when a word of it is wider than the band. */
  lines: string[];
  /** Set when the name and totals are given under the chart instead: "5 Fremragende kvalitet (124–125)". */
  key?: string;
}

/** Each band's name, wrapped to its span; a band too narrow for a word of its name gets a number and a key. */
function bandHeads(L: Box, d: PointsSection["distribution"], xOf: (t: number) => number): BandHead[] {
  const { doc } = L;
  setFont(doc, true, SIZE.tiny, INK.muted);
  return d.bands.map((b, i) => {
    const x0 = xOf(Math.max(b.min, d.lowest));
    const x1 = xOf(Math.min(b.max, d.highest) + 1);
    const lines = wrapWords(doc, b.label, x1 - x0 - 4);
    if (lines) return { x0, x1, lines };
    const n = String(i + 1);
    return { x0, x1, lines: [n], key: `${n} ${b.label} (${b.min}–${b.max})` };
  });
}

/** Where the chart sits on the page: the plot's edges and the scales from a total and a count to a position. */
interface Plot {
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  /** The top of the band names' first line. */
  namesTop: number;
  xOf: (t: number) => number;
  yOf: (v: number) => number;
}

/** Bands behind everything, alternately tinted, named above the plot with their totals. */
function drawBands(L: Box, d: PointsSection["distribution"], heads: BandHead[], p: Plot): void {
  const { doc } = L;
  d.bands.forEach((b, i) => {
    const h = heads[i] as BandHead;
    doc.rect(h.x0, p.top, h.x1 - h.x0, PLOT).fill(BAND_TINTS[i % 2] ?? INK.track);
    if (i > 0)
      doc
        .moveTo(h.x0, p.namesTop - 1)
        .lineTo(h.x0, p.bottom)
        .dash(2, { space: 2 })
        .lineWidth(0.6)
        .strokeColor(INK.muted)
        .stroke()
        .undash();
    // The band's name on its lines, just above its totals.
    setFont(doc, true, SIZE.tiny, INK.muted);
    h.lines.forEach((text, k) => {
      line(doc, text, h.x0 + 2, p.top - 10 - BAND_LINE * (h.lines.length - k));
    });
    // The totals, unless they do not fit (then they are in the key).
    setFont(doc, false, SIZE.tiny, INK.muted);
    const range = `${b.min}–${b.max}`;
    if (!h.key || doc.widthOfString(range) <= h.x1 - h.x0 - 4)
      line(doc, fitText(doc, range, h.x1 - h.x0 - 4), h.x0 + 2, p.top - 10);
  });
}

/** Count axis with gridlines. */
function drawCountAxis(L: Box, ticks: number[], p: Plot): void {
  const { doc } = L;
  setFont(doc, false, SIZE.tiny, INK.muted);
  for (const t of ticks) {
    const y = p.yOf(t);
    doc.moveTo(p.x0, y).lineTo(p.x1, y).lineWidth(0.3).strokeColor(INK.rule).stroke();
    const s = String(t);
    line(doc, s, p.x0 - 4 - doc.widthOfString(s), y - 3.5);
  }
}

/** Bars: this round filled, its count above; the previous round grey, to the left of it. Then the baseline. */
function drawBars(L: Box, d: PointsSection["distribution"], p: Plot): void {
  const { doc } = L;
  const { xOf, yOf, bottom } = p;
  for (const b of d.bins) {
    const bx0 = xOf(b.from);
    const bx1 = xOf(b.to + 1);
    const w = bx1 - bx0;
    const pad = Math.min(2, w * 0.12);
    if (b.previous !== undefined) {
      const half = (w - 2 * pad) / 2;
      if (b.previous > 0) doc.rect(bx0 + pad, yOf(b.previous), half, bottom - yOf(b.previous)).fill(PREVIOUS_FILL);
      if (b.count > 0) doc.rect(bx0 + pad + half, yOf(b.count), half, bottom - yOf(b.count)).fill(INK.accent);
    } else if (b.count > 0) doc.rect(bx0 + pad, yOf(b.count), w - 2 * pad, bottom - yOf(b.count)).fill(INK.accent);
    if (b.count > 0) {
      setFont(doc, true, SIZE.tiny, INK.text);
      const s = String(b.count);
      const cx = b.previous !== undefined ? bx0 + pad + (3 * (w - 2 * pad)) / 4 : bx0 + w / 2;
      line(doc, s, cx - doc.widthOfString(s) / 2, yOf(b.count) - 8);
    }
  }
  doc.moveTo(p.x0, bottom).lineTo(p.x1, bottom).lineWidth(0.8).strokeColor(INK.muted).stroke();
}

/** Total axis (every other bin's first total), then both axis titles. */
function drawTotalAxis(L: Box, d: PointsSection["distribution"], p: Plot): void {
  const { doc } = L;
  const { xOf, bottom } = p;
  setFont(doc, false, SIZE.tiny, INK.muted);
  d.bins.forEach((b, i) => {
    if (i % 2 !== 0 && b.from !== d.highest) return;
    const s = String(b.from);
    line(doc, s, xOf(b.from) - doc.widthOfString(s) / 2 + (xOf(b.to + 1) - xOf(b.from)) / 2, bottom + 3);
  });
  setFont(doc, false, SIZE.tiny, INK.muted);
  line(doc, d.xLabel, p.x1 - doc.widthOfString(d.xLabel), bottom + 12);
  line(doc, d.yLabel, L.left, p.namesTop - 12);
}

/** The legend (previous round, this round) in a row from `x` at `y`. */
function drawLegend(
  L: Box,
  legend: NonNullable<PointsSection["distribution"]["legend"]>,
  from: number,
  y: number,
): void {
  const { doc } = L;
  let x = from;
  for (const [label, fill] of [
    [legend.previous, PREVIOUS_FILL],
    [legend.now, INK.accent],
  ] as const) {
    doc.rect(x, y + 1, 10, 7).fill(fill);
    setFont(doc, false, SIZE.small, INK.text);
    line(doc, label, x + 14, y);
    x += 14 + doc.widthOfString(label) + 16;
  }
}

export function drawDistribution(L: Box, d: PointsSection["distribution"]): void {
  const { doc } = L;
  const legendH = d.legend ? 14 : 0;
  const axisW = 24;
  const x0 = L.left + axisW;
  const x1 = L.right;
  const span = d.highest + 1 - d.lowest;
  const xOf = (t: number) => x0 + ((t - d.lowest) / span) * (x1 - x0);
  const heads = bandHeads(L, d, xOf);
  const nameLines = Math.max(1, ...heads.map((h) => h.lines.length));
  const keys = heads.flatMap((h) => (h.key ? [h.key] : []));
  const keyH = keys.length ? 12 : 0;
  // Room above the plot for the axis title, the band names (as many lines as the longest) and their totals.
  const headH = 23 + BAND_LINE * nameLines;
  ensureSpace(L, PLOT + 70 + BAND_LINE * (nameLines - 1) + legendH + keyH);
  const top = doc.y + headH;
  const bottom = top + PLOT;
  const max = Math.max(1, ...d.bins.map((b) => Math.max(b.count, b.previous ?? 0)));
  const ticks = countTicks(max);
  const yMax = ticks[ticks.length - 1] ?? 1;
  const yOf = (v: number) => bottom - (v / yMax) * PLOT;
  const plot: Plot = { x0, x1, top, bottom, namesTop: top - 10 - BAND_LINE * nameLines, xOf, yOf };

  drawBands(L, d, heads, plot);
  drawCountAxis(L, ticks, plot);
  drawBars(L, d, plot);
  drawTotalAxis(L, d, plot);

  let y = bottom + 24;
  if (d.legend) {
    drawLegend(L, d.legend, x0, y);
    y += legendH;
  }
  if (keys.length) {
    setFont(doc, false, SIZE.tiny, INK.muted);
    line(doc, keys.join("   "), x0, y);
    y += keyH;
  }
  doc.x = L.left;
  doc.y = y;
  paragraph(L, d.caption, { size: SIZE.body, colour: INK.text });
  gap(L, 4);
}
