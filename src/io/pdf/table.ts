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

/** A table's columns laid out across the box: where each starts, how wide it is, and the header row's height. */
interface Layout {
  columns: TableColumn[];
  size: number;
  xs: number[];
  widths: number[];
  showHeader: boolean;
  headerHeight: number;
}

function layOut(L: Box, columns: TableColumn[], o: TableOptions): Layout {
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
  return { columns, size, xs, widths, showHeader, headerHeight };
}

/** The width of column `i`'s text: the column less its padding and indent. */
function inner(t: Layout, i: number): number {
  return (t.widths[i] ?? 0) - 2 * PAD_X - (t.columns[i]?.indent ?? 0);
}

/** The header row on a tinted band (or only a rule when the table has no header), leaving `doc.y` under it. */
function drawHeader(L: Box, t: Layout): void {
  const { doc } = L;
  if (!t.showHeader) {
    rule(L, doc.y, INK.rule, 0.5);
    return;
  }
  const y = doc.y;
  doc.rect(L.left, y, L.width, t.headerHeight).fill(INK.headerFill);
  t.columns.forEach((c, i) => {
    setFont(doc, true, t.size, INK.muted);
    doc.text(c.header, (t.xs[i] ?? 0) + PAD_X + (c.indent ?? 0), y + PAD_Y, {
      width: (t.widths[i] ?? 0) - 2 * PAD_X - (c.indent ?? 0),
      align: c.align ?? "left",
      lineGap: LINE_GAP,
    });
  });
  rule(L, y + t.headerHeight, INK.muted, 0.6);
  doc.y = y + t.headerHeight;
}

function cellHeight(L: Box, t: Layout, cell: TableCell, i: number): number {
  const { doc } = L;
  const w = inner(t, i);
  if (cell.colour) return CHIP_HEIGHT;
  if (cell.oneLine) return measure(doc, "Ag", w, cell.bold ?? false, t.size);
  return measure(doc, cell.text, w, cell.bold ?? false, t.size);
}

function rowHeight(L: Box, t: Layout, row: TableRow): number {
  if ("section" in row) return measure(L.doc, row.section, L.width - 2 * PAD_X, true, t.size) + 2 * PAD_Y + 2;
  return Math.max(...row.cells.map((cell, i) => cellHeight(L, t, cell, i))) + 2 * PAD_Y;
}

/** A section heading row `h` high: its name in the accent colour on a light accent band. */
function drawSection(L: Box, t: Layout, section: string, h: number): void {
  const { doc } = L;
  const y = doc.y;
  doc.rect(L.left, y + 2, L.width, h - 2).fill(INK.accentLight);
  setFont(doc, true, t.size, INK.accent);
  doc.text(section, L.left + PAD_X, y + 2 + PAD_Y, { width: L.width - 2 * PAD_X, lineGap: LINE_GAP });
  doc.y = y + h;
}

/** A row of cells `h` high, each wrapped text or a chip, ruled under. */
function drawCells(L: Box, t: Layout, cells: TableCell[], h: number): void {
  const { doc } = L;
  const y = doc.y;
  cells.forEach((cell, i) => {
    const x = (t.xs[i] ?? 0) + PAD_X + (t.columns[i]?.indent ?? 0);
    const w = inner(t, i);
    const align = t.columns[i]?.align ?? "left";
    if (cell.colour) {
      setFont(doc, true, SIZE.small);
      const cw = Math.min(w, doc.widthOfString(cell.text) + 12);
      const cx = align === "center" ? x + (w - cw) / 2 : align === "right" ? x + w - cw : x;
      chip(doc, cx, y + PAD_Y - 0.5, cell.colour, cell.text, cw);
      return;
    }
    setFont(doc, cell.bold ?? false, t.size, cell.ink ?? (cell.muted ? INK.muted : INK.text));
    const text = cell.oneLine ? fitText(doc, cell.text, w) : cell.text;
    doc.text(text, x, y + PAD_Y, { width: w, align, lineGap: LINE_GAP, lineBreak: !cell.oneLine });
  });
  rule(L, y + h, INK.rule, 0.5);
  doc.y = y + h;
}

export function drawTable(L: Box, columns: TableColumn[], rows: TableRow[], o: TableOptions = {}): void {
  const { doc } = L;
  const t = layOut(L, columns, o);
  const heightOf = (row: TableRow) => rowHeight(L, t, row);

  const breakIfNeeded = (height: number) => {
    if (doc.y + height > L.bottom) {
      newPage(L);
      drawHeader(L, t);
    }
  };

  ensureSpace(L, t.headerHeight + (rows[0] ? heightOf(rows[0]) : 0) + (rows[1] ? heightOf(rows[1]) : 0));
  drawHeader(L, t);

  rows.forEach((row, r) => {
    const h = heightOf(row);
    if ("section" in row) {
      const next = rows[r + 1];
      breakIfNeeded(h + (next && !("section" in next) ? heightOf(next) : 0));
      drawSection(L, t, row.section, h);
      return;
    }
    // Never leave the last row alone under a repeated header: when the last two rows do not both fit, the
    // second-to-last goes over with it.
    const last = rows[r + 1];
    breakIfNeeded(r === rows.length - 2 && last && !("section" in last) ? h + heightOf(last) : h);
    drawCells(L, t, row.cells, h);
  });
  doc.x = L.left;
}
