/**
 * Writing a team's results: `<team>.evaluation.json` (atomically) and the PDF rendered from it. The PDF is
 * always rendered from the evaluation as saved, so `fidelity report` on that file gives the same bytes.
 */
import { join } from "node:path";
import type { Evaluation } from "../core/evaluation.js";
import { buildReportModel } from "../core/report/build.js";
import type { Lang } from "../core/scale.js";
import { writeFileAtomic } from "../io/atomic-write.js";
import { teamFileStem, writeEvaluationFile } from "../io/evaluation-file.js";

export interface PdfOptions {
  lang: Lang;
  showStaffNames?: boolean;
  previous?: Evaluation;
}

/** Render the report PDF for an evaluation (pdfkit is loaded only when a PDF is made). */
export async function renderPdf(evaluation: Evaluation, options: PdfOptions): Promise<Buffer> {
  const { renderReportPdf } = await import("../io/pdf/index.js");
  return renderReportPdf(buildReportModel(evaluation, options));
}

export async function writePdf(path: string, evaluation: Evaluation, options: PdfOptions): Promise<void> {
  writeFileAtomic(path, await renderPdf(evaluation, options));
}

export interface WrittenTeam {
  evaluationPath: string;
  pdfPath?: string;
}

/** Write `<out>/<team>.evaluation.json` and, unless `pdf` is false, `<out>/<team>.pdf`. */
export async function writeTeamOutputs(
  outDir: string,
  evaluation: Evaluation,
  options: PdfOptions & { pdf: boolean },
): Promise<WrittenTeam> {
  const stem = teamFileStem(evaluation.team.name);
  const evaluationPath = join(outDir, `${stem}.evaluation.json`);
  // Render first: a failure while rendering leaves no half-finished pair behind.
  const pdf = options.pdf ? await renderPdf(evaluation, options) : undefined;
  writeEvaluationFile(evaluationPath, evaluation);
  if (!pdf) return { evaluationPath };
  const pdfPath = join(outDir, `${stem}.pdf`);
  writeFileAtomic(pdfPath, pdf);
  return { evaluationPath, pdfPath };
}
