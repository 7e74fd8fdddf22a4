/**
 * A PDF worker thread (see pool.ts): report models (and at the end of a batch the overview's) in, PDF bytes out,
 * one at a time. Fonts are parsed once per worker and shaped words shared across its documents (fonts.ts); each
 * PDF is the same bytes as in the main thread.
 */
import { parentPort } from "node:worker_threads";
import type { OverviewModel } from "../../core/overview/model.js";
import type { ReportModel } from "../../core/report/model.js";
import { renderReportPdf } from "./index.js";
import { renderOverviewPdf } from "./overview/index.js";

/** A team report, or oversikt.pdf (drawn by a worker that is already warm: pdfkit loaded, fonts parsed). */
export type RenderTask = { kind: "report"; model: ReportModel } | { kind: "overview"; model: OverviewModel };

export type RenderJob = { id: number } & RenderTask;

export type RenderReply = { id: number; pdf: Uint8Array } | { id: number; error: string };

const port = parentPort;
if (!port) throw new Error("render-worker.ts runs as a worker thread (see pool.ts)");

/** The PDF of one task. */
function renderTask(task: RenderTask): Promise<Buffer> {
  return task.kind === "overview" ? renderOverviewPdf(task.model) : renderReportPdf(task.model);
}

port.on("message", (job: RenderJob) => {
  renderTask(job).then(
    (pdf) => port.postMessage({ id: job.id, pdf } satisfies RenderReply),
    (e: unknown) => port.postMessage({ id: job.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) }),
  );
});
