/**
 * Tables: a header row repeated after every page break, section heading rows kept with the row after them,
 * the last row never alone under a repeated header, and rows that never split across pages. Cells wrap; a cell with a colour is drawn as a chip.
 */
import type { Colour } from "../../core/scale.js";
import { type Box, ensureSpace, newPage, rule } from "./document.js";
import { CHIP_HEIGHT, chip, fitText, measure, setFont } from "./text.js";
import { INK, LINE_GAP, SIZE } from "./theme.js";

export interface TableColumn {
  header: string;
  /** Share of the table width (shares are normalized). */
  share: number;
  align?: "left" | "right" | "center";
  /** Extra space on the left of the cell text (e.g. after a right-aligned number column). */
  indent?: number;
}

export interface TableCell {
  text: string;
  bold?: boolean;
  muted?: boolean;
  /** Draw as a chip in this colour (the text should be the colour's name). */
  colour?: Colour;
  /** Text colour override (e.g. for trend arrows). */
  ink?: string;
  /** Never wrap: cut to one line with an ellipsis. */
  oneLine?: boolean;
}

export type TableRow = { section: string } | { cells: TableCell[] };

export interface TableOptions {
  size?: number;
  /** Draw the header row (default true). */
  header?: boolean;
}

const PAD_X = 4;
const PAD_Y = 3.5;

export function drawTable(L: Box, columns: TableColumn[], rows: TableRow[], o: TableOptions = {}): void {
  const { doc } = L;
  const size = o.size ?? SIZE.small + 0.5;
  const total = columns.reduce((s, c) => s + c.share, 0);
  const widths = columns.map((c) => (c.share / total) * L.width);
  const xs: number[] = [];
  widths.reduce((x, w) => {
    xs.push(x);
    return x + w;
  }, L.left);
  const showHeader = o.header ?? true;

  const headerHeight = showHeader
    ? Math.max(...columns.map((c, i) => measure(doc, c.header, (widths[i] ?? 0) - 2 * PAD_X, true, size))) + 2 * PAD_Y
    : 0;

  const drawHeader = () => {
    if (!showHeader) {
      rule(L, doc.y, INK.rule, 0.5);
      return;
    }
    const y = doc.y;
    doc.rect(L.left, y, L.width, headerHeight).fill(INK.headerFill);
    columns.forEach((c, i) => {
      setFont(doc, true, size, INK.muted);
      doc.text(c.header, (xs[i] ?? 0) + PAD_X + (c.indent ?? 0), y + PAD_Y, {
        width: (widths[i] ?? 0) - 2 * PAD_X - (c.indent ?? 0),
        align: c.align ?? "left",
        lineGap: LINE_GAP,
      });
    });
    rule(L, y + headerHeight, INK.muted, 0.6);
    doc.y = y + headerHeight;
  };

  const inner = (i: number) => (widths[i] ?? 0) - 2 * PAD_X - (columns[i]?.indent ?? 0);
  const cellHeight = (cell: TableCell, i: number): number => {
    const w = inner(i);
    if (cell.colour) return CHIP_HEIGHT;
    if (cell.oneLine) return measure(doc, "Ag", w, cell.bold ?? false, size);
    return measure(doc, cell.text, w, cell.bold ?? false, size);
  };
  const rowHeight = (row: TableRow): number => {
    if ("section" in row) return measure(doc, row.section, L.width - 2 * PAD_X, true, size) + 2 * PAD_Y + 2;
    return Math.max(...row.cells.map(cellHeight)) + 2 * PAD_Y;
  };

  const breakIfNeeded = (height: number) => {
    if (doc.y + height > L.bottom) {
      newPage(L);
      drawHeader();
    }
  };

  ensureSpace(L, headerHeight + (rows[0] ? rowHeight(rows[0]) : 0) + (rows[1] ? rowHeight(rows[1]) : 0));
  drawHeader();

  rows.forEach((row, r) => {
    const h = rowHeight(row);
    if ("section" in row) {
      const next = rows[r + 1];
      breakIfNeeded(h + (next && !("section" in next) ? rowHeight(next) : 0));
      const y = doc.y;
      doc.rect(L.left, y + 2, L.width, h - 2).fill(INK.accentLight);
      setFont(doc, true, size, INK.accent);
      doc.text(row.section, L.left + PAD_X, y + 2 + PAD_Y, { width: L.width - 2 * PAD_X, lineGap: LINE_GAP });
      doc.y = y + h;
      return;
    }
    // Never leave the last row alone under a repeated header: when the last two rows do not both fit, the
    // second-to-last goes over with it.
    const last = rows[r + 1];
    breakIfNeeded(r === rows.length - 2 && last && !("section" in last) ? h + rowHeight(last) : h);
    const y = doc.y;
    row.cells.forEach((cell, i) => {
      const x = (xs[i] ?? 0) + PAD_X + (columns[i]?.indent ?? 0);
      const w = inner(i);
      const align = columns[i]?.align ?? "left";
      if (cell.colour) {
        setFont(doc, true, SIZE.small);
        const cw = Math.min(w, doc.widthOfString(cell.text) + 12);
        const cx = align === "center" ? x + (w - cw) / 2 : align === "right" ? x + w - cw : x;
        chip(doc, cx, y + PAD_Y - 0.5, cell.colour, cell.text, cw);
        return;
      }
      setFont(doc, cell.bold ?? false, size, cell.ink ?? (cell.muted ? INK.muted : INK.text));
      const text = cell.oneLine ? fitText(doc, cell.text, w) : cell.text;
      doc.text(text, x, y + PAD_Y, { width: w, align, lineGap: LINE_GAP, lineBreak: !cell.oneLine });
    });
    rule(L, y + h, INK.rule, 0.5);
    doc.y = y + h;
  });
  doc.x = L.left;
}
