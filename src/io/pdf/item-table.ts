/** The item table: section heading rows, number, item, score (chip for colours), source, one-line evidence. */
import { freshPage, gap, type Layout } from "./document.js";
import { drawTable, type TableRow } from "./table.js";
import { heading1, withoutId } from "./text.js";

export function drawItemTable(L: Layout): void {
  const { model } = L;
  const c = model.labels.columns;
  // A new page unless at least half of this one is free (page 1 normally ends with the priorities).
  if (L.doc.y > L.top + (L.bottom - L.top) / 2) freshPage(L);
  else gap(L, 16);
  heading1(L, model.labels.itemTable, 120);
  const rows: TableRow[] = model.itemTable.map((r) => {
    if (r.section !== undefined && r.id === undefined) return { section: r.section };
    const score = r.score ?? model.labels.unrated;
    return {
      cells: [
        { text: r.id ?? "", bold: true },
        { text: withoutId(r.id ?? "", r.title ?? "") },
        r.colour ? { text: score, colour: r.colour } : { text: score, bold: r.score !== undefined && r.score !== "–" },
        { text: r.source ?? "", muted: true },
        { text: r.evidence ?? "" },
      ],
    };
  });
  drawTable(
    L,
    [
      { header: c.id, share: 0.07 },
      { header: c.item, share: 0.29 },
      { header: c.score, share: 0.13 },
      { header: c.source, share: 0.12 },
      { header: c.evidence, share: 0.39 },
    ],
    rows,
  );
}
