/** Improvement notes: a heading per item ("T6 Title — 3 av 5"), labelled paragraphs, then the context. */
import type { ImprovementNote } from "../../core/report/model.js";
import { ensureSpace, gap, type Layout, rule } from "./document.js";
import {
  CHIP_HEIGHT,
  chip,
  chipWidth,
  heading1,
  heading2,
  labelledParagraph,
  measure,
  paragraph,
  setFont,
  withoutId,
} from "./text.js";
import { INK, LINE_GAP, SIZE } from "./theme.js";

export function drawNotes(L: Layout): void {
  const { model } = L;
  if (model.notes.length === 0 && model.otherNotes.length === 0 && !model.context) return;
  gap(L, 16);
  const outline = heading1(L, model.labels.notes, 90);
  model.notes.forEach((note, i) => {
    drawNote(L, note, outline);
    if (i < model.notes.length - 1) separator(L);
  });
  if (model.otherNotes.length) {
    gap(L, 10);
    heading2(L, model.labels.otherNotes, 30);
    for (const n of model.otherNotes) labelledParagraph(L, `${n.id} ${withoutId(n.id, n.title)}`, n.note);
  }
  if (model.context) {
    gap(L, 10);
    heading2(L, model.labels.context, 30);
    paragraph(L, model.context);
  }
}

function drawNote(L: Layout, note: ImprovementNote, outline: PDFKit.PDFOutline): void {
  const { doc, model } = L;
  const parts = model.labels.noteParts;
  const chipText = note.colour ? model.labels.colourNames[note.colour] : "";
  const chipW = note.colour ? chipWidth(doc, chipText) + 8 : 0;
  // A colour is shown by its chip (which names it); a score is written after the title.
  const title = `${note.id} ${withoutId(note.id, note.title)}`;
  const heading = note.colour ? title : `${title} — ${note.scoreText}`;
  const width = L.width - chipW;
  const h = measure(doc, heading, width, true, SIZE.h2);
  const firstPart = measure(doc, `${parts.fullImplementation}: ${note.fullImplementation}`, L.width, false, SIZE.body);
  // Keep the heading with (up to four lines of) its first paragraph.
  ensureSpace(L, h + 6 + Math.min(firstPart, 4 * (SIZE.body * 1.2 + LINE_GAP)));
  const y = doc.y;
  outline.addItem(title);
  setFont(doc, true, SIZE.h2, INK.accent);
  doc.text(heading, L.left, y, { width, lineGap: LINE_GAP });
  if (note.colour) chip(doc, L.right - chipW + 8, y + (SIZE.h2 * 1.17 - CHIP_HEIGHT) / 2, note.colour, chipText);
  doc.y = Math.max(doc.y, y + CHIP_HEIGHT) + 4;
  // A note with a recommendation is the report's item layout: what full implementation looks like, the evidence
  // in the team's own numbers, the evaluator's rating and note, the recommendation; the full computation is in the
  // appendix. A note without one (a model from before) keeps the older layout.
  const paragraphs: [string, string | undefined][] =
    note.recommendation !== undefined
      ? [
          [parts.fullImplementation, note.fullImplementation],
          [parts.evidence ?? parts.gap, note.evidence],
          [parts.override, note.override],
          [parts.evaluatorNote, note.evaluatorNote],
          [parts.recommendation ?? parts.advice, note.recommendation],
        ]
      : [
          [parts.fullImplementation, note.fullImplementation],
          [parts.dataShows, note.dataShows],
          [parts.gap, note.gap],
          [parts.override, note.override],
          [parts.advice, note.advice],
          [parts.evaluatorNote, note.evaluatorNote],
        ];
  for (const [label, text] of paragraphs) {
    if (text !== undefined && text.trim() !== "") labelledParagraph(L, label, text);
  }
}

function separator(L: Layout): void {
  const { doc } = L;
  gap(L, 4);
  if (doc.y + 30 < L.bottom) {
    rule(L, doc.y, INK.rule, 0.5);
  }
  gap(L, 10);
}
