/** Page 1: title, facts, the summary (headline, lines, section subtotals, item bars), strengths and priorities. */
import type { Colour } from "../../core/scale.js";
import { drawSummaryBars, ratio, summaryGeometry } from "./charts.js";
import { ensureSpace, gap, type Layout } from "./document.js";
import {
  chip,
  chipWidth,
  fitText,
  heading1,
  heading2,
  line,
  list,
  listColumns,
  paragraph,
  setFont,
  titleBlock,
  withoutId,
} from "./text.js";
import { INK, LINE_GAP, SIGNAL, SIZE } from "./theme.js";

export function drawSummary(L: Layout): void {
  const { doc, model } = L;
  const { meta, labels, summary } = model;

  titleBlock(L, meta.title, meta.facts);
  gap(L, 10);

  heading1(L, labels.summary);
  setFont(doc, true, SIZE.headline, INK.text);
  doc.text(summary.headline, L.left, doc.y, { width: L.width, lineGap: LINE_GAP });
  gap(L, 4);
  for (const l of summary.lines) paragraph(L, l, { after: 1.5, colour: INK.muted });
  for (const n of summary.dataNotices ?? []) paragraph(L, `⚠ ${n}`, { after: 1.5, colour: SIGNAL.red.fill });
  gap(L, 4);
  if (summary.bandScale) drawBandScale(L, summary.bandScale);
  if (summary.change) paragraph(L, summary.change, { bold: true, after: 2 });
  // The next review belongs on page 1 with the result (not after the priorities, which may run onto page 2).
  if (summary.nextReview) paragraph(L, summary.nextReview, { after: 4 });

  if (summary.colourCounts) drawColourCounts(L, summary.colourCounts);
  if (summary.legend) drawLegend(L, summary.legend);
  if (summary.sections.length > 0) drawSectionSubtotals(L);
  gap(L, 8);

  if (summary.bars.length > 0) {
    drawSummaryBars(L, summary.bars);
    gap(L, 8);
  }

  heading2(L, labels.strengths, 20);
  if (summary.strengths.length === 0) paragraph(L, labels.noStrengths, { colour: INK.muted });
  else
    list(
      L,
      summary.strengths.map((s) => ({ marker: "✓", text: s })),
      SIZE.body,
      listColumns(L, summary.strengths),
    );
  gap(L, 6);

  if (summary.priorities.length > 0) {
    heading2(L, labels.priorities, 30);
    list(
      L,
      summary.priorities.map((p, i) => ({
        marker: `${i + 1}.`,
        bold: `${p.id} ${withoutId(p.id, p.title).replace(/[.:]$/, "")}.`,
        text: p.text,
      })),
    );
  }
}

const BAND_FILLS = ["#e4e9ee", "#c9d7e5", "#9fbad6", "#6f97c1", "#4a78aa", "#2f5f93"];

type BandScale = NonNullable<Layout["model"]["summary"]["bandScale"]>;

/** Where the band bar sits: the top of the block, the bar's top and height, and a total's position on it. */
interface Bar {
  y0: number;
  barY: number;
  barH: number;
  xAt: (v: number) => number;
}

/** The bands side by side on the bar, each with its name above (cut to fit) and its range under it. */
function drawBands(L: Layout, scale: BandScale, bar: Bar): void {
  const { doc } = L;
  const { y0, barY, barH, xAt } = bar;
  let labelEnd = L.left;
  scale.bands.forEach((b, i) => {
    const x0 = xAt(b.min);
    const x1 = xAt(b.max + 1);
    const fill = BAND_FILLS[Math.min(i + (BAND_FILLS.length - scale.bands.length), BAND_FILLS.length - 1)] ?? INK.track;
    doc.rect(x0, barY, x1 - x0, barH).fill(fill);
    doc
      .moveTo(x1, barY - 2)
      .lineTo(x1, barY + barH + 2)
      .lineWidth(0.8)
      .strokeColor(INK.white)
      .stroke();
    setFont(doc, true, SIZE.tiny, INK.text);
    // A narrow last band (Meget god 115–125) takes its name right-aligned, leftwards over its neighbour's space
    // when that is free; anything else that does not fit is cut with an ellipsis.
    const w = doc.widthOfString(b.label);
    if (w > x1 - x0 - 2 && i === scale.bands.length - 1 && x1 - w - 1 > labelEnd + 2)
      line(doc, b.label, x1 - w - 1, y0 + 3);
    else line(doc, fitText(doc, b.label, x1 - x0 - 2), x0 + 1, y0 + 3);
    labelEnd = x0 + 1 + Math.min(w, x1 - x0 - 2);
    setFont(doc, false, SIZE.tiny, INK.muted);
    line(doc, fitText(doc, `${b.min}–${b.max}`, x1 - x0 - 2), x0 + 1, barY + barH + 3);
  });
}

/** The team's total on the bar: a stroke through it, a triangle under it and the number below, kept on the page. */
function markTotal(L: Layout, value: number, bar: Bar): void {
  const { doc } = L;
  const { barY, barH, xAt } = bar;
  const x = xAt(value + 0.5);
  doc
    .moveTo(x, barY - 3)
    .lineTo(x, barY + barH + 3)
    .lineWidth(2)
    .strokeColor(INK.accent)
    .stroke();
  doc
    .moveTo(x, barY + barH + 1)
    .lineTo(x - 4, barY + barH + 8)
    .lineTo(x + 4, barY + barH + 8)
    .closePath()
    .fill(INK.accent);
  setFont(doc, true, SIZE.small, INK.accent);
  const t = String(value);
  line(
    doc,
    t,
    Math.min(L.right - doc.widthOfString(t), Math.max(L.left, x - doc.widthOfString(t) / 2)),
    barY + barH + 10,
  );
}

/** A provisional total's range: a bracket over it on the bar and "min–max" below. */
function markRange(L: Layout, range: { min: number; max: number }, bar: Bar): void {
  const { doc } = L;
  const { barY, barH, xAt } = bar;
  const a = xAt(range.min);
  const b = xAt(range.max + 1);
  doc
    .rect(a, barY - 3, b - a, barH + 6)
    .lineWidth(1.2)
    .strokeColor(INK.accent)
    .stroke();
  setFont(doc, true, SIZE.small, INK.accent);
  const t = `${range.min}–${range.max}`;
  line(
    doc,
    t,
    Math.min(L.right - doc.widthOfString(t), Math.max(L.left, (a + b) / 2 - doc.widthOfString(t) / 2)),
    barY + barH + 10,
  );
}

/**
 * The points scale's bands as one bar from the lowest to the highest total, each band with its range under it
 * and its name above, and the team's total marked on it (a bracket over the range while provisional).
 */
function drawBandScale(L: Layout, scale: BandScale): void {
  const { doc } = L;
  const height = 58;
  ensureSpace(L, height);
  const y0 = doc.y;
  const span = Math.max(1, scale.max - scale.min + 1);
  // Totals are whole numbers: a band 74–99 covers 74 up to (not including) 100 on the bar.
  const xAt = (v: number) => L.left + ((v - scale.min) / span) * L.width;
  const bar: Bar = { y0, barY: y0 + 14, barH: 9, xAt };
  drawBands(L, scale, bar);
  if (scale.value !== undefined) markTotal(L, scale.value, bar);
  else if (scale.range) markRange(L, scale.range, bar);
  doc.x = L.left;
  doc.y = y0 + height - 12;
  // The thresholds in words as well (for a screen reader and for text search).
  paragraph(L, scale.caption, { size: SIZE.tiny, colour: INK.muted, after: 4 });
}

/** A colour scale's legend: each colour's chip and what it means on the guide. */
function drawLegend(L: Layout, legend: NonNullable<Layout["model"]["summary"]["legend"]>): void {
  const { doc } = L;
  ensureSpace(L, legend.length * 14 + 4);
  const chipW = Math.max(...legend.map((l) => chipWidth(doc, l.name)));
  for (const l of legend) {
    const y = doc.y;
    chip(doc, L.left, y, l.colour, l.name, chipW);
    setFont(doc, false, SIZE.small, INK.text);
    line(doc, fitText(doc, l.text, L.width - chipW - 8), L.left + chipW + 6, y + 2);
    doc.x = L.left;
    doc.y = y + 14;
  }
  gap(L, 4);
}

function drawColourCounts(L: Layout, counts: NonNullable<Layout["model"]["summary"]["colourCounts"]>): void {
  const { doc, model } = L;
  ensureSpace(L, 20);
  const y = doc.y;
  let x = L.left;
  const entries: [Colour, number][] = [
    ["green", counts.green],
    ["yellow", counts.yellow],
    ["red", counts.red],
  ];
  for (const [colour, n] of entries) {
    const name = model.labels.colourNames[colour];
    x += chip(doc, x, y, colour, name, chipWidth(doc, name)) + 4;
    setFont(doc, true, SIZE.body + 1, INK.text);
    const t = String(n);
    line(doc, t, x, y);
    x += doc.widthOfString(t) + 16;
  }
  if (counts.unrated > 0) {
    setFont(doc, false, SIZE.body, INK.muted);
    line(doc, `${model.labels.unrated}: ${counts.unrated}`, x, y + 1);
  }
  doc.x = L.left;
  doc.y = y + 20;
}

function drawSectionSubtotals(L: Layout): void {
  const { doc, model } = L;
  const sections = model.summary.sections;
  const size = SIZE.body;
  const { labelWidth, x0, x1 } = summaryGeometry(L);
  const rowH = 13.5;
  // A subtotal bar means something for points; for colours the section's text (e.g. counts) says it all.
  const bars = model.summary.kind === "points";
  ensureSpace(L, sections.length * rowH + 4);
  for (const s of sections) {
    const y = doc.y;
    setFont(doc, true, size);
    line(doc, fitText(doc, s.title, labelWidth - 8), L.left, y + 1);
    setFont(doc, false, size);
    if (bars) {
      const share = ratio(s.value, s.max);
      doc.rect(x0, y + 3, x1 - x0, 7).fill(INK.track);
      if (share > 0) doc.rect(x0, y + 3, (x1 - x0) * share, 7).fill(INK.accent);
      setFont(doc, false, size);
      line(doc, fitText(doc, s.text, L.right - x1 - 6), x1 + 6, y + 1);
    } else {
      line(doc, fitText(doc, s.text, L.right - x0), x0, y + 1);
    }
    doc.x = L.left;
    doc.y = y + rowH;
  }
}
