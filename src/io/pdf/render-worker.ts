/**
 * A PDF worker thread (see pool.ts): report models in, PDF bytes out, one at a time. Fonts are parsed once per
 * worker and shaped words shared across its documents (fonts.ts); each PDF is the same bytes as in the main thread.
 */
import { parentPort } from "node:worker_threads";
import type { ReportModel } from "../../core/report/model.js";
import { renderReportPdf } from "./index.js";

export interface RenderJob {
  id: number;
  model: ReportModel;
}

export type RenderReply = { id: number; pdf: Uint8Array } | { id: number; error: string };

const port = parentPort;
if (!port) throw new Error("render-worker.ts runs as a worker thread (see pool.ts)");

port.on("message", (job: RenderJob) => {
  renderReportPdf(job.model).then(
    (pdf) => port.postMessage({ id: job.id, pdf } satisfies RenderReply),
    (e: unknown) => port.postMessage({ id: job.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) }),
  );
});
