/** The method section (window, counting rules, files, warnings, overrides) and the trend table. */

import type { AppendixSection, TrendSection } from "../../core/report/model.js";
import type { Colour } from "../../core/scale.js";
import { ensureSpace, freshPage, gap, type Layout } from "./document.js";
import { drawTable, type TableCell } from "./table.js";
import { heading1, heading2, list, measure, paragraph, setFont, withoutId } from "./text.js";
import { INK, LINE_GAP, SIGNAL, SIZE } from "./theme.js";

/** A small bold heading kept with the first lines after it. */
function heading3(L: Layout, text: string): void {
  const { doc } = L;
  const h = measure(doc, text, L.width, true, SIZE.body);
  ensureSpace(L, h + 30);
  setFont(doc, true, SIZE.body, INK.accent);
  doc.text(text, L.left, doc.y, { width: L.width, lineGap: LINE_GAP });
  gap(L, 2);
}

/** The counting rules as a headerless two-column table, the label column as wide as the longest label needs. */
function drawCountingRules(L: Layout): void {
  const m = L.model.method;
  gap(L, 6);
  heading2(L, L.model.labels.methodParts.rules, 70);
  // The label column is as wide as the longest label needs (rules may be just numbered: "1.", "2.").
  setFont(L.doc, true, SIZE.small + 0.5);
  const longest = Math.max(...m.rules.map((r) => L.doc.widthOfString(r.label)));
  const labelShare = Math.min(0.35, Math.max(0.06, (longest + 14) / L.width));
  drawTable(
    L,
    [
      { header: "", share: labelShare },
      { header: "", share: 1 - labelShare },
    ],
    m.rules.map((r) => ({ cells: [{ text: r.label, bold: true }, { text: r.value }] })),
    { header: false },
  );
}

/** The files read: rows read, in the window, ignored and used, and the start of each file's SHA-256. */
function drawFiles(L: Layout): void {
  const words = L.model.labels.methodParts;
  gap(L, 10);
  heading2(L, words.files, 70);
  const c = words.fileColumns;
  drawTable(
    L,
    [
      { header: c.file, share: 0.3 },
      { header: c.rowsRead, share: 0.12, align: "right" },
      { header: c.inWindow, share: 0.12, align: "right" },
      { header: c.ignored, share: 0.12, align: "right" },
      { header: c.used, share: 0.12, align: "right" },
      { header: c.sha256, share: 0.22, indent: 10 },
    ],
    L.model.method.files.map((f) => ({
      cells: [
        { text: f.file },
        { text: f.rowsRead },
        { text: f.inWindow },
        { text: f.ignored },
        { text: f.used },
        { text: f.sha256.slice(0, 12), muted: true },
      ],
    })),
  );
}

/** The appendix's computations: each data item's heading with its score, then its lines as bullets. */
function drawComputations(L: Layout, appendix: AppendixSection, outline: PDFKit.PDFOutline): void {
  gap(L, 10);
  outline.addItem(appendix.computationsTitle);
  heading2(L, appendix.computationsTitle, 70);
  for (const c of appendix.computations) {
    const title = `${c.id} ${withoutId(c.id, c.title)}${c.scoreText ? ` — ${c.scoreText}` : ""}`;
    heading3(L, title);
    list(
      L,
      c.lines.map((text) => ({ marker: "•", text })),
      SIZE.small + 0.5,
    );
    gap(L, 4);
  }
}

/** The warnings, then the overrides (each with its item id in bold), as bullet lists under their headings. */
function drawWarningsAndOverrides(L: Layout): void {
  const m = L.model.method;
  const words = L.model.labels.methodParts;
  if (m.warnings.length > 0) {
    gap(L, 10);
    heading2(L, words.warnings, 50);
    list(
      L,
      m.warnings.map((w) => ({ marker: "•", text: w })),
      SIZE.small + 0.5,
    );
  }

  if (m.overrides.length > 0) {
    gap(L, 10);
    heading2(L, words.overrides, 50);
    list(
      L,
      m.overrides.map((o) => ({ marker: "•", bold: o.id, text: o.text })),
      SIZE.small + 0.5,
    );
  }
}

export function drawMethod(L: Layout): void {
  const { model } = L;
  const m = model.method;
  gap(L, 16);
  const appendix = model.appendix;
  // The appendix starts on a page of its own: it is the reference part of the report.
  if (appendix) freshPage(L);
  const outline = heading1(L, appendix?.title ?? model.labels.method);
  if (appendix) outline.addItem(model.labels.method);
  for (const l of m.lines) paragraph(L, l, { after: 3 });

  if (m.rules.length > 0) drawCountingRules(L);
  if (m.files.length > 0) drawFiles(L);
  if (appendix && appendix.computations.length > 0) drawComputations(L, appendix, outline);
  drawWarningsAndOverrides(L);
}

const ARROW: Record<TrendSection["rows"][number]["direction"], string> = { up: "↑", down: "↓", same: "→", new: "•" };

export function drawTrend(L: Layout): void {
  const { model } = L;
  const trend = model.trend;
  if (!trend) return;
  const c = model.labels.trendColumns;
  gap(L, 16);
  heading1(L, model.labels.trend, 80);
  paragraph(L, trend.headline, { bold: true, after: 6 });
  const colourOf = (text: string): Colour | undefined =>
    (Object.keys(model.labels.colourNames) as Colour[]).find((k) => model.labels.colourNames[k] === text);
  const scoreCell = (text: string): TableCell => {
    const colour = colourOf(text);
    return colour ? { text, colour } : { text };
  };
  drawTable(
    L,
    [
      { header: c.id, share: 0.08 },
      { header: c.item, share: 0.44 },
      { header: c.previous, share: 0.15, align: "center" },
      { header: c.current, share: 0.15, align: "center" },
      { header: c.change, share: 0.18 },
    ],
    trend.rows.map((r) => ({
      cells: [
        { text: r.id, bold: true },
        { text: withoutId(r.id, r.title) },
        scoreCell(r.previous),
        scoreCell(r.current),
        {
          text: `${ARROW[r.direction]} ${r.change}`,
          bold: r.direction === "up" || r.direction === "down",
          ink: r.direction === "up" ? SIGNAL.green.fill : r.direction === "down" ? SIGNAL.red.fill : INK.muted,
        },
      ],
    })),
  );
}
