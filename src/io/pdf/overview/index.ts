/**
 * oversikt.pdf, the batch overview: an OverviewModel in, PDF bytes out (same model → same bytes). Load lazily
 * (`await import()`): it pulls in pdfkit.
 *
 * Page order: the facts; per points instrument the distribution of totals and the bands, the heat map, the items
 * across the teams; the colour matrix; the key metrics; the groups; the change since the previous round.
 */
import type { OverviewModel } from "../../../core/overview/model.js";
import { collect, freshPage, gap } from "../document.js";
import { drawFrames } from "../frame.js";
import { heading1, heading2, paragraph, titleBlock } from "../text.js";
import { INK, SIZE } from "../theme.js";
import { drawDistribution } from "./distribution.js";
import { createOverviewDocument, type OverviewLayout } from "./document.js";
import { drawColourMatrix, drawHeatmap } from "./grid.js";
import { drawItemStats } from "./items.js";
import { drawOverviewTable } from "./tables.js";

export async function renderOverviewPdf(model: OverviewModel): Promise<Buffer> {
  const L = createOverviewDocument(model);
  const bytes = collect(L.doc);
  drawTitle(L);
  for (const p of model.points) {
    heading1(L, p.heading, 200);
    heading2(L, p.distribution.heading, 180);
    drawDistribution(L, p.distribution);
    drawOverviewTable(L, p.bandTable);
    gap(L, 10);
    freshPage(L);
    heading1(L, `${p.heatmap.heading}: ${p.name}`, 80);
    drawHeatmap(L, p.heatmap);
    gap(L, 6);
    heading1(L, `${p.items.heading}: ${p.name}`, 80);
    drawItemStats(L, p.items);
  }
  for (const c of model.colours) {
    freshPage(L);
    heading1(L, c.heading, 80);
    drawColourMatrix(L, c);
  }
  for (const m of model.metrics) {
    gap(L, 10);
    heading1(L, m.heading, 80);
    paragraph(L, m.note, { size: SIZE.small, colour: INK.muted });
    drawOverviewTable(L, m.table, SIZE.tiny + 0.5);
  }
  if (model.groups) {
    gap(L, 10);
    heading1(L, model.groups.heading, 80);
    drawOverviewTable(L, model.groups.table, SIZE.tiny + 0.5);
    gap(L, 8);
    heading2(L, model.groups.metricsHeading, 60);
    drawOverviewTable(L, model.groups.metricsTable, SIZE.tiny + 0.5);
  }
  if (model.rounds) {
    const r = model.rounds;
    freshPage(L);
    heading1(L, r.heading, 80);
    paragraph(L, r.note, { size: SIZE.small, colour: INK.muted });
    if (r.distribution.length) {
      heading2(L, r.distributionHeading, 60);
      for (const t of r.distribution) {
        drawOverviewTable(L, t, SIZE.tiny + 0.5);
        gap(L, 6);
      }
    }
    drawOverviewTable(L, r.table, SIZE.tiny + 0.5);
    gap(L, 6);
    for (const l of r.lines) paragraph(L, l, { size: SIZE.small });
  }
  drawFrames(L, { header: model.pageHeader, footer: "oversikt.pdf", page: model.page, of: model.of });
  L.doc.end();
  return bytes;
}

function drawTitle(L: OverviewLayout): void {
  const { model } = L;
  titleBlock(L, model.title, model.facts);
  gap(L, 6);
  for (const n of model.notes) paragraph(L, n, { size: SIZE.small, colour: INK.muted, after: 2 });
  gap(L, 10);
}
