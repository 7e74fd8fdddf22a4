/**
 * The PDF renderer (DESIGN.md §7): a ReportModel in, PDF bytes out. The model decides what is said; this module
 * only lays it out. Same model → same bytes. Load this module lazily (`await import()`): it pulls in pdfkit.
 */
import { randomBytes } from "node:crypto";
import { open, rename, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { IoError } from "../../core/errors.js";
import type { ReportModel } from "../../core/report/model.js";
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
  drawData(L);
  drawNotes(L);
  drawMethod(L);
  drawTrend(L);
  drawPageFrames(L);
  L.doc.end();
  return bytes;
}

/** Renders and writes atomically: a temp file in the same folder, flushed to disk, then renamed over `path`. */
export async function writeReportPdf(model: ReportModel, path: string): Promise<void> {
  const pdf = await renderReportPdf(model);
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    const fh = await open(tmp, "w");
    try {
      await fh.writeFile(pdf);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await rename(tmp, path);
  } catch (err) {
    await unlink(tmp).catch(() => {});
    const reason = err instanceof Error ? err.message : String(err);
    throw new IoError(`could not write ${path}: ${reason}`, path);
  }
}
