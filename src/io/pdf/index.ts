/**
 * The PDF renderer (docs/design.md §7): a ReportModel in, PDF bytes out. The model decides what is said; this module
 * only lays it out. Same model → same bytes. Load this module lazily (`await import()`): it pulls in pdfkit.
 */
import type { ReportModel } from "../../core/report/model.js";
import { drawActionPlan } from "./action-plan.js";
import { drawConsensus } from "./consensus.js";
import { drawData } from "./data.js";
import { collect, createDocument } from "./document.js";
import { drawPageFrames } from "./frame.js";
import { drawItemTable } from "./item-table.js";
import { drawMethod, drawTrend } from "./method.js";
import { drawNotes } from "./notes.js";
import { drawSummary } from "./summary.js";

export async function renderReportPdf(model: ReportModel): Promise<Buffer> {
  const L = createDocument(model);
  const bytes = collect(L.doc);
  drawSummary(L);
  drawItemTable(L);
  // The report a team keeps: summary, every item, the change since last time, the notes, the plan, the data
  // charts; the method and the arithmetic in the appendix.
  drawTrend(L);
  drawNotes(L);
  drawActionPlan(L);
  drawData(L);
  drawMethod(L);
  drawConsensus(L);
  drawPageFrames(L);
  L.doc.end();
  return bytes;
}
