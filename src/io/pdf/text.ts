/** Text blocks: headings, paragraphs, labelled paragraphs, bullet lists, the facts block, chips. */
import type { Colour } from "../../core/scale.js";
import { type Box, type Doc, ensureSpace, gap, rule } from "./document.js";
import { FONT, INK, LINE_GAP, SIGNAL, SIZE } from "./theme.js";
import { linesOf } from "./wrap.js";

export function setFont(doc: Doc, bold: boolean, size: number, colour: string = INK.text): Doc {
  return doc
    .font(bold ? FONT.bold : FONT.regular)
    .fontSize(size)
    .fillColor(colour);
}

/**
 * Height of `text` at the given font and width (sets the font), as pdfkit's `heightOfString` gives it: the
 * paragraph's lines are worked out once per process (wrap.ts, shared with drawing it), and the height is added up
 * from their number in the same steps `heightOfString` takes from the cursor (so the same floating-point value).
 * Page breaks never enter into it: pdfkit measures with an unlimited height.
 */
export function measure(doc: Doc, text: string, width: number, bold: boolean, size: number): number {
  setFont(doc, bold, size);
  return linesHeight(doc, linesOf(doc, text, width).lines);
}

/** The height `heightOfString` gives `lines` lines: each line adds its height and gap to the cursor's y. */
function linesHeight(doc: Doc, lines: number): number {
  const start = doc.y;
  let y = start;
  for (let i = 0; i < lines; i++) y += doc.currentLineHeight(true) + LINE_GAP;
  return y - start;
}

/**
 * `text` without a leading copy of `id` ("B1 Portefølje" → "Portefølje" for id B1), so a builder that puts the id
 * into a title or label does not get it printed twice next to the id column.
 */
export function withoutId(id: string, text: string): string {
  return id !== "" && text.startsWith(`${id} `) ? text.slice(id.length + 1).trimStart() : text;
}

/** The text cut to fit `width` on one line, with an ellipsis when cut (uses the current font). */
export function fitText(doc: Doc, text: string, width: number): string {
  if (doc.widthOfString(text) <= width) return text;
  const chars = Array.from(text);
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (doc.widthOfString(`${chars.slice(0, mid).join("").trimEnd()}…`) <= width) lo = mid;
    else hi = mid - 1;
  }
  return `${chars.slice(0, lo).join("").trimEnd()}…`;
}

/** One line of text at (x, y), never wrapping and never starting a page. */
export function line(doc: Doc, text: string, x: number, y: number, options: PDFKit.Mixins.TextOptions = {}): void {
  doc.text(text, x, y, { lineBreak: false, ...options });
}

/**
 * A section heading with an accent rule and a PDF outline entry (returned, for entries under it); keeps
 * `keepWith` points of content with it.
 */
export function heading1(L: Box, text: string, keepWith = 60): PDFKit.PDFOutline {
  const { doc } = L;
  const h = measure(doc, text, L.width, true, SIZE.h1);
  ensureSpace(L, h + 10 + keepWith);
  const outline = doc.outline.addItem(text);
  setFont(doc, true, SIZE.h1, INK.accent);
  doc.text(text, L.left, doc.y, { width: L.width });
  const y = doc.y + 2;
  rule(L, y, INK.accent, 1);
  doc.y = y + 8;
  return outline;
}

export function heading2(L: Box, text: string, keepWith = 40): void {
  const { doc } = L;
  const h = measure(doc, text, L.width, true, SIZE.h2);
  ensureSpace(L, h + 4 + keepWith);
  setFont(doc, true, SIZE.h2, INK.text);
  doc.text(text, L.left, doc.y, { width: L.width, lineGap: LINE_GAP });
  gap(L, 3);
}

export interface ParagraphOptions {
  size?: number;
  bold?: boolean;
  colour?: string;
  indent?: number;
  after?: number;
}

export function paragraph(L: Box, text: string, o: ParagraphOptions = {}): void {
  const { doc } = L;
  const size = o.size ?? SIZE.body;
  const indent = o.indent ?? 0;
  setFont(doc, o.bold ?? false, size, o.colour ?? INK.text);
  // Keep at least two lines together at the bottom of a page.
  ensureSpace(L, Math.min(measure(doc, text, L.width - indent, o.bold ?? false, size), 2 * (size * 1.2 + LINE_GAP)));
  setFont(doc, o.bold ?? false, size, o.colour ?? INK.text);
  doc.text(text, L.left + indent, doc.y, { width: L.width - indent, lineGap: LINE_GAP });
  gap(L, o.after ?? 4);
}

/** "Label: text" with the label in bold, as one flowing paragraph. */
export function labelledParagraph(L: Box, label: string, text: string, o: ParagraphOptions = {}): void {
  const { doc } = L;
  const size = o.size ?? SIZE.body;
  const indent = o.indent ?? 0;
  const width = L.width - indent;
  const whole = `${label}: ${text}`;
  ensureSpace(L, Math.min(measure(doc, whole, width, false, size), 2 * (size * 1.2 + LINE_GAP)));
  setFont(doc, true, size, INK.text);
  doc.text(`${label}: `, L.left + indent, doc.y, { width, lineGap: LINE_GAP, continued: true });
  setFont(doc, false, size, INK.text);
  doc.text(text, { width, lineGap: LINE_GAP });
  gap(L, o.after ?? 4);
}

/** A list with a hanging marker ("•", "✓", "1."); `columns` > 1 lays short items out in a row-major grid. */
export function list(
  L: Box,
  items: { marker: string; text: string; bold?: string }[],
  size: number = SIZE.body,
  columns = 1,
): void {
  const { doc } = L;
  setFont(doc, true, size);
  const markerWidth = Math.max(10, ...items.map((i) => doc.widthOfString(i.marker))) + 5;
  const colGap = 12;
  const colWidth = (L.width - (columns - 1) * colGap) / columns;
  const width = colWidth - markerWidth;
  const whole = (item: { text: string; bold?: string }) => (item.bold ? `${item.bold} ${item.text}` : item.text);
  for (let start = 0; start < items.length; start += columns) {
    const row = items.slice(start, start + columns);
    // Measured in bold when the item starts in bold: a little high rather than too low, which would let the
    // last line fall onto the next page.
    const h = Math.max(...row.map((item) => measure(doc, whole(item), width, Boolean(item.bold), size)));
    // Keep an item whole (a lone last word on the next page reads as an empty page); only an item taller
    // than a third of a page may break.
    ensureSpace(L, Math.min(h, (L.bottom - L.top) / 3));
    const y = doc.y;
    let bottom = y;
    row.forEach((item, c) => {
      const x = L.left + c * (colWidth + colGap);
      setFont(doc, true, size, INK.accent);
      line(doc, item.marker, x, y);
      if (item.bold) {
        setFont(doc, true, size);
        doc.text(`${item.bold} `, x + markerWidth, y, { width, lineGap: LINE_GAP, continued: item.text !== "" });
        if (item.text !== "") {
          setFont(doc, false, size);
          doc.text(item.text, { width, lineGap: LINE_GAP });
        }
      } else {
        setFont(doc, false, size);
        doc.text(item.text, x + markerWidth, y, { width, lineGap: LINE_GAP });
      }
      bottom = Math.max(bottom, doc.y);
    });
    doc.x = L.left;
    doc.y = bottom;
    gap(L, 2.5);
  }
}

/** How many columns (1–3) a list of short items fits into without wrapping. */
export function listColumns(L: Box, texts: string[], size: number = SIZE.body): number {
  const { doc } = L;
  setFont(doc, false, size);
  const widest = Math.max(0, ...texts.map((t) => doc.widthOfString(t))) + 20;
  for (const n of [3, 2]) if (widest <= (L.width - (n - 1) * 12) / n) return n;
  return 1;
}

/** A document's first lines: its title (in the outline too) and the facts under it. */
export function titleBlock(L: Box, title: string, facts: { label: string; value: string }[]): void {
  const { doc } = L;
  doc.outline.addItem(title);
  setFont(doc, true, SIZE.title, INK.accent);
  doc.text(title, L.left, doc.y, { width: L.width, lineGap: LINE_GAP });
  gap(L, 8);
  factsBlock(L, facts);
}

/** Label/value pairs in two columns; labels muted, values in text colour. */
export function factsBlock(L: Box, facts: { label: string; value: string }[], size: number = SIZE.body + 0.5): void {
  const { doc } = L;
  setFont(doc, true, size);
  const labelWidth = Math.min(150, Math.max(60, ...facts.map((f) => doc.widthOfString(f.label))) + 12);
  const valueWidth = L.width - labelWidth;
  for (const f of facts) {
    const h = Math.max(
      measure(doc, f.value, valueWidth, false, size),
      measure(doc, f.label, labelWidth - 8, true, size),
    );
    ensureSpace(L, h);
    const y = doc.y;
    setFont(doc, true, size, INK.muted);
    doc.text(f.label, L.left, y, { width: labelWidth - 8, lineGap: LINE_GAP });
    setFont(doc, false, size, INK.text);
    doc.text(f.value, L.left + labelWidth, y, { width: valueWidth, lineGap: LINE_GAP });
    doc.y = y + h + 1.5;
  }
}

export const CHIP_HEIGHT = 12.5;

export function chipWidth(doc: Doc, text: string, size: number = SIZE.small): number {
  setFont(doc, true, size);
  return doc.widthOfString(text) + 12;
}

/**
 * A rounded colour chip with its text (the colour's name or a score). `width` defaults to the text's width;
 * the text shrinks to fit a narrower chip.
 */
export function chip(doc: Doc, x: number, y: number, colour: Colour, text: string, width?: number): number {
  let size: number = SIZE.small;
  const w = width ?? chipWidth(doc, text, size);
  setFont(doc, true, size);
  while (size > 5.5 && doc.widthOfString(text) > w - 6) {
    size -= 0.5;
    doc.fontSize(size);
  }
  const signal = SIGNAL[colour];
  doc.roundedRect(x, y, w, CHIP_HEIGHT, 3).fill(signal.fill);
  setFont(doc, true, size, signal.text);
  const label = fitText(doc, text, w - 4);
  const tw = doc.widthOfString(label);
  line(doc, label, x + (w - tw) / 2, y + (CHIP_HEIGHT - size * 1.17) / 2 + 0.3);
  return w;
}
