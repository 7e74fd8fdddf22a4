/**
 * Rendering report PDFs on worker threads, one per core: `score` builds each team's report model in the main
 * thread and hands it here; the PDFs come back as each worker finishes, and the caller writes them in its own
 * order. At the end of a batch the overview (oversikt.pdf) is drawn by one of the same workers, already warm
 * (pdfkit loaded, fonts parsed and shaping in use), rather than loading pdfkit in the main thread for one PDF. A PDF does not depend on which worker drew it or what that worker drew before (fonts.ts keeps every
 * document's bytes its own), so the output is the same for any number of workers. With one worker or fewer, or
 * for a handful of reports, the PDFs are drawn in the main thread (starting a worker costs more than it saves).
 *
 * The worker entry is `render-worker.js` next to this file in dist; run from the TypeScript sources (vitest, tsx),
 * the worker registers tsx first and loads `render-worker.ts`.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { OverviewModel } from "../../core/overview/model.js";
import type { ReportModel } from "../../core/report/model.js";
import type { RenderJob, RenderReply, RenderTask } from "./render-worker.js";

export interface PdfRenderer {
  /** Worker threads used (0: the PDFs are drawn in the calling thread). */
  readonly workers: number;
  render(model: ReportModel): Promise<Buffer>;
  /** oversikt.pdf, the batch overview. */
  renderOverview(model: OverviewModel): Promise<Buffer>;
  /** Stops the workers; PDFs not yet delivered are rejected. */
  close(): Promise<void>;
}

/** Per worker: a report needs far less; the limit stops a runaway worker long before the machine suffers. */
export const WORKER_LIMITS = { maxOldGenerationSizeMb: 160, maxYoungGenerationSizeMb: 16 } as const;

/** Fewer reports than this are drawn in the calling thread. */
export const MIN_REPORTS_FOR_WORKERS = 4;

/** The default number of PDF workers: one per core. */
export function defaultPdfWorkers(): number {
  return availableParallelism();
}

/**
 * A renderer for about `reports` PDFs with at most `workers` worker threads (fewer when there are fewer reports;
 * none for `workers` ≤ 1 or fewer than MIN_REPORTS_FOR_WORKERS reports).
 */
export function createPdfRenderer(workers: number, reports = Number.POSITIVE_INFINITY): PdfRenderer {
  const n = Math.min(workers, reports);
  return workers <= 1 || reports < MIN_REPORTS_FOR_WORKERS ? new InProcessRenderer() : new WorkerPool(n);
}

class InProcessRenderer implements PdfRenderer {
  readonly workers = 0;
  async render(model: ReportModel): Promise<Buffer> {
    const { renderReportPdf } = await import("./index.js");
    return renderReportPdf(model);
  }
  async renderOverview(model: OverviewModel): Promise<Buffer> {
    const { renderOverviewPdf } = await import("./overview/index.js");
    return renderOverviewPdf(model);
  }
  async close(): Promise<void> {}
}

interface Job {
  id: number;
  task: RenderTask;
  resolve: (pdf: Buffer) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  job?: Job;
}

class WorkerPool implements PdfRenderer {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private failure: Error | undefined;
  private closed = false;

  constructor(readonly workers: number) {}

  render(model: ReportModel): Promise<Buffer> {
    return this.submit({ kind: "report", model });
  }

  renderOverview(model: OverviewModel): Promise<Buffer> {
    return this.submit({ kind: "overview", model });
  }

  private submit(task: RenderTask): Promise<Buffer> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.closed) return Promise.reject(new Error("the PDF workers are closed"));
    return new Promise<Buffer>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, task, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    this.fail(new Error("the PDF workers were closed before the report was drawn"));
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    this.slots.length = 0;
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      let slot = this.slots.find((s) => !s.job);
      if (!slot && this.slots.length < this.workers) slot = this.start();
      if (!slot) return;
      const job = this.queue.shift() as Job;
      slot.job = job;
      slot.worker.ref();
      slot.worker.postMessage({ id: job.id, ...job.task } satisfies RenderJob);
    }
  }

  private start(): Slot {
    const worker = startWorker();
    const slot: Slot = { worker };
    worker.on("message", (reply: RenderReply) => {
      const job = slot.job;
      if (!job || job.id !== reply.id) return;
      slot.job = undefined;
      worker.unref();
      if ("error" in reply) job.reject(new Error(`drawing a PDF failed in a worker: ${reply.error}`));
      else job.resolve(Buffer.from(reply.pdf.buffer, reply.pdf.byteOffset, reply.pdf.byteLength));
      this.dispatch();
    });
    worker.on("error", (e) => this.fail(e));
    worker.on("exit", (code) => {
      if (!this.closed) this.fail(new Error(`a PDF worker stopped (exit code ${code})`));
    });
    this.slots.push(slot);
    return slot;
  }

  /** Every report not yet drawn fails with `e` (a worker died, or the pool was closed). */
  private fail(e: Error): void {
    if (!this.closed) this.failure ??= e;
    for (const s of this.slots) {
      s.job?.reject(e);
      s.job = undefined;
    }
    for (const job of this.queue.splice(0)) job.reject(e);
  }
}

function startWorker(): Worker {
  const options = { resourceLimits: WORKER_LIMITS };
  const here = import.meta.url;
  if (!here.endsWith(".ts")) return new Worker(new URL("./render-worker.js", here), options);
  // Running from the TypeScript sources (tests): the worker registers tsx, then loads the entry.
  const tsx = pathToFileURL(tsxEsmApi(here)).href;
  const entry = new URL("./render-worker.ts", here).href;
  const code = `import(${JSON.stringify(tsx)}).then((t) => { t.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(code, { ...options, eval: true });
}

/** The file of tsx's ESM `register` API (`tsx/esm/api`, import condition), found from tsx's package.json. */
function tsxEsmApi(from: string): string {
  const manifest = createRequire(from).resolve("tsx/package.json");
  const pkg = JSON.parse(readFileSync(manifest, "utf8")) as {
    exports: Record<string, { import?: { default?: string } }>;
  };
  const file = pkg.exports["./esm/api"]?.import?.default;
  if (!file) throw new Error("tsx/esm/api not found: run from dist (npm run build) or install tsx");
  return join(dirname(manifest), file);
}
