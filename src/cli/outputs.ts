/**
 * Writing a team's results: `<team>.evaluation.json` (atomically), the files rendered from it (the PDF) and the
 * action plan (`<team>.handlingsplan.csv`), named by io/team-outputs.ts. Rendered files are always drawn from the evaluation as saved, so
 * `fidelity report` on that file gives the same bytes. An evaluation file in the way that holds an
 * evaluator's work is kept, renamed with everything drawn from it, never overwritten.
 */
import { existsSync, readFileSync, renameSync } from "node:fs";
import { type Evaluation, isBatchScoring, sameInputFiles } from "../core/evaluation.js";
import { reportActionPlan } from "../core/report/build.js";
import type { ReportModel } from "../core/report/model.js";
import { writeFileAtomic } from "../io/atomic-write.js";
import { evaluationFromBytes, writeEvaluationFile } from "../io/evaluation-file.js";
import {
  filesBeside,
  RENDERER_IDS,
  RENDERERS,
  type RendererId,
  type RenderOptions,
  type TeamFiles,
  teamFiles,
} from "../io/team-outputs.js";
import { actionPlanCsv } from "./action-plan-csv.js";

export type PdfOptions = RenderOptions;

/** Rendered files and the action plan are drawn from the evaluation file: renamed into place, not fsynced. */
const REMADE = { durable: false } as const;

/** Drawings already under way, by renderer (score draws its PDFs on worker threads). */
export type Drawings = Partial<Record<RendererId, Promise<Buffer>>>;

/** Render one output of an evaluation (or take the drawing under way) and write it atomically to `path`. */
export async function writeRendered(
  renderer: RendererId,
  path: string,
  evaluation: Evaluation,
  options: RenderOptions,
  drawing?: Promise<Buffer>,
): Promise<void> {
  writeFileAtomic(path, await (drawing ?? RENDERERS[renderer].render(evaluation, options)), REMADE);
}

/**
 * Render the outputs of an evaluation into the team's files (each in the evaluation's own language, as
 * `report` names them). Returns the written paths by renderer.
 */
export async function writeRenderedFiles(
  files: TeamFiles,
  evaluation: Evaluation,
  renderers: readonly RendererId[],
  options: RenderOptions,
  drawings: Drawings = {},
): Promise<Partial<Record<RendererId, string>>> {
  const written: Partial<Record<RendererId, string>> = {};
  for (const r of renderers) {
    const path = files.rendered(r);
    await writeRendered(r, path, evaluation, options, drawings[r]);
    written[r] = path;
  }
  return written;
}

/** The renderers a command writes: every one, or none with `--no-pdf` (the PDF is the only one today). */
export function renderersFor(pdf: boolean): RendererId[] {
  return pdf ? RENDERER_IDS : [];
}

/**
 * The action plan of an evaluation as `<team>.handlingsplan.csv` holds it (in the report's language), or
 * undefined when the report has no plan section. `model`: the report already built with these options (for the
 * PDF), whose plan section is taken instead of resolving the plan again.
 */
export function actionPlanText(
  evaluation: Evaluation,
  options: RenderOptions,
  model?: ReportModel,
): string | undefined {
  const plan = model ? model.actionPlan : reportActionPlan(evaluation, options);
  return plan ? actionPlanCsv(plan, options.lang) : undefined;
}

/** Write `<team>.handlingsplan.csv` (files.actionPlan): the action plan for follow-up. Returns its path. */
export function writeActionPlanCsv(
  files: TeamFiles,
  evaluation: Evaluation,
  options: RenderOptions,
  text = actionPlanText(evaluation, options),
): string | undefined {
  if (text === undefined) return undefined;
  writeFileAtomic(files.actionPlan, text, REMADE);
  return files.actionPlan;
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
  /** `<team>.handlingsplan.csv`. */
  actionPlanPath?: string;
  pdfPath?: string;
  /** Set when an earlier evaluation at `evaluationPath` held work that exists nowhere else and was kept. */
  kept?: KeptEvaluation;
}

/** What `writeTeamOutputs` may be given already made (score makes them while the team waits for its turn). */
export interface Prepared {
  drawings?: Drawings;
  /** The action plan's text (`actionPlanText`). */
  plan?: string | undefined;
  /** The evaluation file's bytes (`evaluationFileBytes`). */
  bytes?: Buffer;
  /** What is at the evaluation path (`readEarlier`; null: nothing), when it was read already. */
  earlier?: EarlierFile | null;
}

/**
 * Write `<out>/<team>.evaluation.json` and, unless `pdf` is false, `<out>/<team>.pdf`. With `keepEarlier`
 * (a timestamp for the new name), an evaluation file already there that a batch scoring could not make again
 * (see `heldWork`) is set aside first instead of overwritten.
 */
export async function writeTeamOutputs(
  outDir: string,
  evaluation: Evaluation,
  options: PdfOptions & Prepared & { pdf: boolean; keepEarlier?: string },
): Promise<WrittenTeam> {
  const files = teamFiles(outDir, evaluation.team.name);
  const evaluationPath = files.evaluation;
  // Render first: a failure while rendering leaves no half-finished pair behind (and nothing renamed).
  const rendered: [string, Buffer][] = [];
  for (const r of renderersFor(options.pdf))
    rendered.push([files.rendered(r), await (options.drawings?.[r] ?? RENDERERS[r].render(evaluation, options))]);
  // The plan is written with the evaluation (also with --no-pdf): the team follows it up in a spreadsheet.
  const plan = "plan" in options ? options.plan : actionPlanText(evaluation, options);
  let kept: KeptEvaluation | undefined;
  if (options.keepEarlier !== undefined) {
    const held = heldWork(evaluationPath, options.earlier);
    const to = held && setAsideEvaluation(evaluationPath, options.keepEarlier);
    if (held && to) kept = { path: to, ...(held.savedAt ? { savedAt: held.savedAt } : {}) };
  }
  // A batch scoring is made again by scoring the team folder again: no fsync (docs/decisions.md). An evaluation
  // saved by the wizard is the evaluator's work: fsynced.
  writeEvaluationFile(evaluationPath, evaluation, options.bytes, isBatchScoring(evaluation) ? REMADE : undefined);
  const actionPlanPath = writeActionPlanCsv(files, evaluation, options, plan);
  for (const [path, bytes] of rendered) writeFileAtomic(path, bytes, REMADE);
  const pdfPath = rendered.length > 0 ? files.rendered("pdf") : undefined;
  return {
    evaluationPath,
    ...(actionPlanPath ? { actionPlanPath } : {}),
    ...(kept ? { kept } : {}),
    ...(pdfPath ? { pdfPath } : {}),
  };
}

/**
 * What is at a team's evaluation path before a batch scoring is written there (undefined: nothing):
 * - `batch`: an earlier batch scoring, derived data that is made again (replaced);
 * - `saved`: an evaluation saved by the wizard (an evaluator's work: kept, or used when finished from the same data);
 * - `unreadable`: a file that cannot be read as an evaluation (damaged, or not ours to destroy: kept).
 */
export type EarlierFile = { kind: "batch" } | { kind: "unreadable" } | { kind: "saved"; evaluation: Evaluation };

/**
 * Read what is at `path` once (see `EarlierFile`). `fresh`: the batch scoring about to be written there and its
 * file bytes; a file with exactly those bytes is that batch scoring, known without checking it again (a re-run
 * over unchanged data). Anything else is read and checked in full.
 */
export function readEarlier(path: string, fresh?: { scoring: Evaluation; bytes: Buffer }): EarlierFile | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return existsSync(path) ? { kind: "unreadable" } : undefined;
  }
  if (fresh && isBatchScoring(fresh.scoring) && bytes.equals(fresh.bytes)) return { kind: "batch" };
  let evaluation: Evaluation;
  try {
    evaluation = evaluationFromBytes(path, bytes);
  } catch {
    return { kind: "unreadable" };
  }
  return isBatchScoring(evaluation) ? { kind: "batch" } : { kind: "saved", evaluation };
}

/**
 * The evaluation an evaluator finished in the wizard at `path`, when it was made from exactly what a batch
 * scoring would use now: the same team, visit date, window and instrument, and the same input files (by
 * sha256, the answers file included). Re-scoring it would only lose the evaluator's ratings, notes and
 * overrides, so `score` uses it as it is. Anything else (unfinished, another visit, changed files, a batch
 * scoring, unreadable): undefined. `earlier`: what `readEarlier` found there, when it was read already.
 */
export function finishedFromSameData(
  path: string,
  scoring: Evaluation,
  earlier: EarlierFile | undefined = readEarlier(path),
): Evaluation | undefined {
  if (earlier?.kind !== "saved") return undefined;
  const e = earlier.evaluation;
  const same =
    e.status === "complete" &&
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
 * not ours to destroy. Nothing there: no. `earlier`: what `readEarlier` found there, when it was read already
 * (null: nothing).
 */
export function heldWork(
  path: string,
  earlier: EarlierFile | null | undefined = readEarlier(path),
): { savedAt?: string } | undefined {
  if (!earlier || earlier.kind === "batch") return undefined;
  return earlier.kind === "unreadable" ? {} : { savedAt: earlier.evaluation.updatedAt };
}

/**
 * Keep an evaluation file (and every file drawn from it: `<team>.pdf`, and `<team>.<lang>.pdf` from `report --lang`,
 * for each renderer, and `<team>.handlingsplan.csv`) that is about to be replaced: renamed to
 * `<team>.replaced-<stamp>.evaluation.json` / `.pdf` / `.<lang>.pdf` / `.handlingsplan.csv`, never deleted, never onto a file that is there. Returns the new name of the evaluation.
 */
export function setAsideEvaluation(path: string, stamp: string): string | undefined {
  if (!existsSync(path) || !path.endsWith(".evaluation.json")) return undefined;
  const { base: stem, endings } = filesBeside(path);
  const moves = endings.filter((ext) => existsSync(`${stem}${ext}`));
  const base = `.replaced-${stamp.replace(/[^0-9]/g, "").slice(0, 14)}`;
  let tag = base;
  for (let n = 2; moves.some((ext) => existsSync(`${stem}${tag}${ext}`)); n++) tag = `${base}-${n}`;
  for (const ext of moves) renameSync(`${stem}${ext}`, `${stem}${tag}${ext}`);
  return `${stem}${tag}.evaluation.json`;
}
