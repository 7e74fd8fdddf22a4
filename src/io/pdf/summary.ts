/** Page 1: title, facts, the summary (headline, lines, section subtotals, item bars), strengths and priorities. */
import type { Colour } from "../../core/scale.js";
import { drawSummaryBars, ratio, summaryGeometry } from "./charts.js";
import { ensureSpace, gap, type Layout } from "./document.js";
import {
  chip,
  chipWidth,
  factsBlock,
  fitText,
  heading1,
  heading2,
  line,
  list,
  listColumns,
  paragraph,
  setFont,
  withoutId,
} from "./text.js";
import { INK, LINE_GAP, SIGNAL, SIZE } from "./theme.js";

export function drawSummary(L: Layout): void {
  const { doc, model } = L;
  const { meta, labels, summary } = model;

  doc.outline.addItem(meta.title);
  setFont(doc, true, SIZE.title, INK.accent);
  doc.text(meta.title, L.left, doc.y, { width: L.width, lineGap: LINE_GAP });
  gap(L, 8);
  factsBlock(L, meta.facts);
  gap(L, 10);

  heading1(L, labels.summary);
  setFont(doc, true, SIZE.headline, INK.text);
  doc.text(summary.headline, L.left, doc.y, { width: L.width, lineGap: LINE_GAP });
  gap(L, 4);
  for (const l of summary.lines) paragraph(L, l, { after: 1.5, colour: INK.muted });
  for (const n of summary.dataNotices ?? []) paragraph(L, `⚠ ${n}`, { after: 1.5, colour: SIGNAL.red.fill });
  gap(L, 4);

  if (summary.colourCounts) drawColourCounts(L, summary.colourCounts);
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
