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

/** Whole-number ticks from 0: about five, at least 1 apart. */
function countTicks(max: number): number[] {
  const step = Math.max(1, Math.ceil(max / 5));
  const top = Math.max(step, Math.ceil(max / step) * step);
  const ticks: number[] = [];
  for (let t = 0; t <= top; t += step) ticks.push(t);
  return ticks;
}

export function drawDistribution(L: Box, d: PointsSection["distribution"]): void {
  const { doc } = L;
  const legendH = d.legend ? 14 : 0;
  ensureSpace(L, PLOT + 70 + legendH);
  const top = doc.y + 32; // room for the axis title and the band names
  const axisW = 24;
  const x0 = L.left + axisW;
  const x1 = L.right;
  const span = d.highest + 1 - d.lowest;
  const xOf = (t: number) => x0 + ((t - d.lowest) / span) * (x1 - x0);
  const bottom = top + PLOT;
  const max = Math.max(1, ...d.bins.map((b) => Math.max(b.count, b.previous ?? 0)));
  const ticks = countTicks(max);
  const yMax = ticks[ticks.length - 1] ?? 1;
  const yOf = (v: number) => bottom - (v / yMax) * PLOT;

  // Bands behind everything, alternately tinted, named above the plot.
  d.bands.forEach((b, i) => {
    const bx0 = xOf(Math.max(b.min, d.lowest));
    const bx1 = xOf(Math.min(b.max, d.highest) + 1);
    doc.rect(bx0, top, bx1 - bx0, PLOT).fill(BAND_TINTS[i % 2] ?? INK.track);
    if (i > 0)
      doc
        .moveTo(bx0, top - 20)
        .lineTo(bx0, bottom)
        .dash(2, { space: 2 })
        .lineWidth(0.6)
        .strokeColor(INK.muted)
        .stroke()
        .undash();
    // The band's name, and its totals on a second line.
    setFont(doc, true, SIZE.tiny, INK.muted);
    line(doc, fitText(doc, b.label, bx1 - bx0 - 4), bx0 + 2, top - 19);
    setFont(doc, false, SIZE.tiny, INK.muted);
    line(doc, fitText(doc, `${b.min}–${b.max}`, bx1 - bx0 - 4), bx0 + 2, top - 10);
  });

  // Count axis with gridlines.
  setFont(doc, false, SIZE.tiny, INK.muted);
  for (const t of ticks) {
    const y = yOf(t);
    doc.moveTo(x0, y).lineTo(x1, y).lineWidth(0.3).strokeColor(INK.rule).stroke();
    const s = String(t);
    line(doc, s, x0 - 4 - doc.widthOfString(s), y - 3.5);
  }

  // Bars: this round filled; the previous round grey, to the left of it.
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
  doc.moveTo(x0, bottom).lineTo(x1, bottom).lineWidth(0.8).strokeColor(INK.muted).stroke();

  // Total axis: every other bin's first total.
  setFont(doc, false, SIZE.tiny, INK.muted);
  d.bins.forEach((b, i) => {
    if (i % 2 !== 0 && b.from !== d.highest) return;
    const s = String(b.from);
    line(doc, s, xOf(b.from) - doc.widthOfString(s) / 2 + (xOf(b.to + 1) - xOf(b.from)) / 2, bottom + 3);
  });
  setFont(doc, false, SIZE.tiny, INK.muted);
  line(doc, d.xLabel, x1 - doc.widthOfString(d.xLabel), bottom + 12);
  line(doc, d.yLabel, L.left, top - 31);

  let y = bottom + 24;
  if (d.legend) {
    let x = x0;
    for (const [label, fill] of [
      [d.legend.previous, PREVIOUS_FILL],
      [d.legend.now, INK.accent],
    ] as const) {
      doc.rect(x, y + 1, 10, 7).fill(fill);
      setFont(doc, false, SIZE.small, INK.text);
      line(doc, label, x + 14, y);
      x += 14 + doc.widthOfString(label) + 16;
    }
    y += legendH;
  }
  doc.x = L.left;
  doc.y = y;
  paragraph(L, d.caption, { size: SIZE.body, colour: INK.text });
  gap(L, 4);
}
