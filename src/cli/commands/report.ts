/**
 * `fidelity report <evaluation.json>`: (re)render the PDF from a saved evaluation, optionally with the trend
 * since a previous evaluation of the same team.
 */
import { resolve } from "node:path";
import { InputDataError, UsageError } from "../../core/errors.js";
import { readEvaluationFile } from "../../io/evaluation-file.js";
import { filesBeside } from "../../io/team-outputs.js";
import { type CliContext, info } from "../context.js";
import { writeRendered } from "../outputs.js";
import { REPORT } from "./report.messages.js";

export interface ReportOptions {
  out?: string;
  previous?: string;
  showStaffNames?: boolean;
}

export async function runReport(ctx: CliContext, file: string, opts: ReportOptions): Promise<number> {
  const path = resolve(ctx.cwd, file);
  const evaluation = readEvaluationFile(path);
  const previous = opts.previous ? readEvaluationFile(resolve(ctx.cwd, opts.previous)) : undefined;
  if (previous && previous.scale.id !== evaluation.scale.id)
    throw new UsageError(REPORT.text("previousOtherScale", { was: previous.scale.id, file, now: evaluation.scale.id }));
  if (previous && previous.team.name !== evaluation.team.name)
    throw new UsageError(
      REPORT.text("previousOtherTeam", { was: previous.team.name, file, now: evaluation.team.name }),
    );
  if (previous && previous.visitDate >= evaluation.visitDate)
    throw new UsageError(REPORT.text("previousNotBefore", { was: previous.visitDate, now: evaluation.visitDate }));
  const lang = ctx.langGiven ? ctx.lang : evaluation.lang;
  // The PDF next to the evaluation file: `<team>.pdf` in the evaluation's own language (the one `score` and
  // `evaluate` wrote), `<team>.<lang>.pdf` in another, so an English copy never replaces the Norwegian report.
  const out = opts.out
    ? resolve(ctx.cwd, opts.out)
    : filesBeside(path).rendered("pdf", lang === evaluation.lang ? undefined : lang);
  try {
    await writeRendered("pdf", out, evaluation, { lang, showStaffNames: opts.showStaffNames, previous });
  } catch (e) {
    if (!(e instanceof TypeError)) throw e;
    // The file passed its schema check, but its metrics snapshot does not have the shape this version expects.
    throw new InputDataError(REPORT.text("cannotRender", { file }), [
      { file, message: ctx.debug ? String(e.stack) : e.message },
    ]);
  }
  info(ctx, REPORT.in(ctx.lang)("written", { file: out }));
  return 0;
}
