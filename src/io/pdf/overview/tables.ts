/** The overview's plain tables (band counts, key metrics, groups, rounds) through the report's table helper. */
import type { OverviewTable } from "../../../core/overview/model.js";
import type { Box } from "../document.js";
import { drawTable, type TableCell, type TableRow } from "../table.js";
import { SIZE } from "../theme.js";
import { TONE_INK } from "./palette.js";

export function drawOverviewTable(L: Box, table: OverviewTable, size: number = SIZE.small): void {
  const rows: TableRow[] = table.rows.map((r) =>
    "section" in r
      ? { section: r.section }
      : {
          cells: r.cells.map(
            (c): TableCell => ({
              text: c.text,
              ...(c.bold ? { bold: true } : {}),
              ...(c.muted ? { muted: true } : {}),
              ...(c.tone ? { ink: TONE_INK[c.tone] } : {}),
            }),
          ),
        },
  );
  drawTable(
    L,
    table.columns.map((c) => ({ header: c.header, share: c.share, ...(c.align ? { align: c.align } : {}) })),
    rows,
    { size },
  );
}
