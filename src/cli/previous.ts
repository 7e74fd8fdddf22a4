/**
 * `--previous` for `score`: the team's previous evaluation, whose action plan is followed up and whose scores
 * give the trend. A file is one team's earlier evaluation; a folder (an earlier run's `--out`) holds
 * `<team>.evaluation.json` per team. An evaluation of another team in the file is not used; one of the same team
 * with another instrument or from this visit date or later is an error for that team (a trend must compare like
 * with like).
 */
import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { InputDataError, UsageError } from "../core/errors.js";
import type { Evaluation } from "../core/evaluation.js";
import { readEvaluationFile } from "../io/evaluation-file.js";
import { teamFiles } from "../io/team-outputs.js";
import { PREVIOUS } from "./previous.messages.js";

export interface PreviousQuery {
  name: string;
  visitDate: string;
  scaleId: string;
}

export type PreviousLookup = (team: PreviousQuery) => Evaluation | undefined;

export function previousLookup(cwd: string, option: string | undefined): PreviousLookup | undefined {
  if (!option) return undefined;
  const path = resolve(cwd, option);
  if (!existsSync(path)) throw new UsageError(PREVIOUS.text("missing", { option }));
  const check = (e: Evaluation, file: string, team: PreviousQuery): Evaluation => {
    const problem =
      e.scale.id !== team.scaleId
        ? PREVIOUS.text("otherScale", { was: e.scale.id, now: team.scaleId })
        : e.visitDate >= team.visitDate
          ? PREVIOUS.text("notBefore", { was: e.visitDate, now: team.visitDate })
          : undefined;
    if (problem)
      throw new InputDataError(PREVIOUS.text("doesNotFit", { team: team.name }), [{ file, message: problem }]);
    return e;
  };
  if (statSync(path).isDirectory()) {
    return (team) => {
      const file = teamFiles(path, team.name).evaluation;
      if (!existsSync(file)) return undefined;
      const e = readEvaluationFile(file);
      return e.team.name === team.name ? check(e, file, team) : undefined;
    };
  }
  const e = readEvaluationFile(path);
  return (team) => (e.team.name === team.name ? check(e, path, team) : undefined);
}
