/**
 * Writing a team's results: `<team>.evaluation.json` (atomically) and the PDF rendered from it. The PDF is
 * always rendered from the evaluation as saved, so `fidelity report` on that file gives the same bytes.
 * An evaluation file in the way that holds an evaluator's work is kept, renamed, never overwritten.
 */
import { existsSync, renameSync } from "node:fs";
import { join } from "node:path";
import { type Evaluation, isBatchScoring, sameInputFiles } from "../core/evaluation.js";
import { buildReportModel } from "../core/report/build.js";
import { LANGS, type Lang } from "../core/scale.js";
import { writeFileAtomic } from "../io/atomic-write.js";
import { readEvaluationFile, teamFileStem, writeEvaluationFile } from "../io/evaluation-file.js";

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

/** `rendered`: the PDF already being drawn (score draws on worker threads), else it is drawn here. */
export async function writePdf(
  path: string,
  evaluation: Evaluation,
  options: PdfOptions,
  rendered?: Promise<Buffer>,
): Promise<void> {
  writeFileAtomic(path, await (rendered ?? renderPdf(evaluation, options)));
}

/** An evaluation file that was in the way and is kept under a new name (with its PDF). */
export interface KeptEvaluation {
  /** The new name of the evaluation file. */
  path: string;
  /** When the evaluator last saved it (ISO); absent when the file could not be read as an evaluation. */
  savedAt?: string;
}

export interface WrittenTeam {
  evaluationPath: string;
  pdfPath?: string;
  /** Set when an earlier evaluation at `evaluationPath` held work that exists nowhere else and was kept. */
  kept?: KeptEvaluation;
}

/**
 * Write `<out>/<team>.evaluation.json` and, unless `pdf` is false, `<out>/<team>.pdf`. With `keepEarlier`
 * (a timestamp for the new name), an evaluation file already there that a batch scoring could not make again
 * (see `heldWork`) is set aside first instead of overwritten.
 */
export async function writeTeamOutputs(
  outDir: string,
  evaluation: Evaluation,
  options: PdfOptions & { pdf: boolean; keepEarlier?: string; rendered?: Promise<Buffer> },
): Promise<WrittenTeam> {
  const stem = teamFileStem(evaluation.team.name);
  const evaluationPath = join(outDir, `${stem}.evaluation.json`);
  // Render first: a failure while rendering leaves no half-finished pair behind (and nothing renamed).
  const pdf = options.pdf ? await (options.rendered ?? renderPdf(evaluation, options)) : undefined;
  let kept: KeptEvaluation | undefined;
  if (options.keepEarlier !== undefined) {
    const held = heldWork(evaluationPath);
    const to = held && setAsideEvaluation(evaluationPath, options.keepEarlier);
    if (held && to) kept = { path: to, ...(held.savedAt ? { savedAt: held.savedAt } : {}) };
  }
  writeEvaluationFile(evaluationPath, evaluation);
  const written = { evaluationPath, ...(kept ? { kept } : {}) };
  if (!pdf) return written;
  const pdfPath = join(outDir, `${stem}.pdf`);
  writeFileAtomic(pdfPath, pdf);
  return { ...written, pdfPath };
}

/**
 * The evaluation an evaluator finished in the wizard at `path`, when it was made from exactly what a batch
 * scoring would use now: the same team, visit date, window and instrument, and the same input files (by
 * sha256, the answers file included). Re-scoring it would only lose the evaluator's ratings, notes and
 * overrides, so `score` uses it as it is. Anything else (unfinished, another visit, changed files, a batch
 * scoring, unreadable): undefined.
 */
export function finishedFromSameData(path: string, scoring: Evaluation): Evaluation | undefined {
  if (!existsSync(path)) return undefined;
  let e: Evaluation;
  try {
    e = readEvaluationFile(path);
  } catch {
    return undefined;
  }
  const same =
    e.status === "complete" &&
    !isBatchScoring(e) &&
    e.team.name === scoring.team.name &&
    e.visitDate === scoring.visitDate &&
    e.window.from === scoring.window.from &&
    e.window.to === scoring.window.to &&
    e.scale.id === scoring.scale.id &&
    e.scale.version === scoring.scale.version &&
    sameInputFiles(e.inputs, scoring.inputs);
  return same ? e : undefined;
}

/**
 * Does the evaluation file at `path` hold work that exists nowhere else? A batch scoring (`score`, or
 * `evaluate` without a terminal) is stamped noon UTC on its visit date and can be made again from the team
 * folder: no. One with any other `updatedAt` was saved by the wizard (an evaluator's ratings, notes, overrides):
 * yes, with when it was saved. A file that cannot be read as an evaluation (damaged, or not ours): yes, as it is
 * not ours to destroy. Nothing there: no.
 */
export function heldWork(path: string): { savedAt?: string } | undefined {
  if (!existsSync(path)) return undefined;
  let existing: Evaluation;
  try {
    existing = readEvaluationFile(path);
  } catch {
    return {};
  }
  return isBatchScoring(existing) ? undefined : { savedAt: existing.updatedAt };
}

/**
 * Keep an evaluation file (and the PDFs drawn from it: `<team>.pdf`, and `<team>.<lang>.pdf` from `report --lang`)
 * that is about to be replaced: renamed to `<team>.replaced-<stamp>.evaluation.json` / `.pdf` / `.<lang>.pdf`,
 * never deleted, never onto a file that is there. Returns the new name of the evaluation.
 */
export function setAsideEvaluation(path: string, stamp: string): string | undefined {
  if (!existsSync(path) || !path.endsWith(".evaluation.json")) return undefined;
  const stem = path.slice(0, -".evaluation.json".length);
  const moves = [".evaluation.json", ".pdf", ...LANGS.map((l) => `.${l}.pdf`)].filter((ext) =>
    existsSync(`${stem}${ext}`),
  );
  const base = `.replaced-${stamp.replace(/[^0-9]/g, "").slice(0, 14)}`;
  let tag = base;
  for (let n = 2; moves.some((ext) => existsSync(`${stem}${tag}${ext}`)); n++) tag = `${base}-${n}`;
  for (const ext of moves) renameSync(`${stem}${ext}`, `${stem}${tag}${ext}`);
  return `${stem}${tag}.evaluation.json`;
}
