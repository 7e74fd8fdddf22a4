/**
 * From a loaded team folder to its evaluation: which scale, which visit date, which window — settled in one
 * place for `score` and `evaluate`. Precedence: command-line option, then team.json, then the default.
 */
import { basename } from "node:path";
import { InputDataError, type InputIssue, isErrorIssue } from "../core/errors.js";
import { evaluateTeam, type TeamInput } from "../core/evaluate-team.js";
import { batchTimestamp, type Evaluation, type InputFileRef } from "../core/evaluation.js";
import type { Lang, Scale } from "../core/scale.js";
import { loadScale, UnknownScaleError } from "../io/scales.js";
import type { LoadedTeam } from "../io/team-folder.js";
import { TOOL_VERSION } from "./version.js";

export { TOOL_VERSION } from "./version.js";

export interface TeamOptions {
  scale?: string;
  scaleFile?: string;
  visitDate?: string;
  lookbackWeeks?: number;
  lang: Lang;
  /** Today (YYYY-MM-DD), the visit date when neither the option nor team.json gives one. */
  today: string;
  /** Timestamp to record; default: noon UTC on the visit date, so batch results are reproducible. */
  timestamp?: string;
}

const scaleCache = new Map<string, Scale>();

export function scaleFor(team: LoadedTeam, options: Pick<TeamOptions, "scale" | "scaleFile">): Scale {
  const key = options.scaleFile ? `file:${options.scaleFile}` : (options.scale ?? team.meta?.scale ?? "ips-25");
  let scale = scaleCache.get(key);
  if (!scale) {
    try {
      scale = loadScale(options.scaleFile ? undefined : (options.scale ?? team.meta?.scale), options.scaleFile);
    } catch (e) {
      // A scale named in one team's team.json is that team's data problem, not the whole run's.
      if (e instanceof UnknownScaleError && !options.scale && !options.scaleFile)
        throw new InputDataError(`${team.name}: team.json names an unknown scale`, [
          { file: team.teamFile ?? "team.json", message: `scale: ${e.message}` },
        ]);
      throw e;
    }
    scaleCache.set(key, scale);
  }
  return scale;
}

export function teamInput(team: LoadedTeam, options: TeamOptions): TeamInput {
  const visitDate = options.visitDate ?? team.meta?.visitDate ?? options.today;
  const inputs: InputFileRef[] = team.files.map((f) => ({
    kind: f.kind,
    file: basename(f.file),
    sha256: f.sha256,
    ...(f.rows !== undefined ? { rows: f.rows } : {}),
  }));
  return {
    name: team.name,
    office: team.meta?.office || undefined,
    visitDate,
    evaluators: team.meta?.evaluators ?? [],
    lookbackWeeks: options.lookbackWeeks ?? team.meta?.lookbackWeeks ?? 8,
    records: team.records,
    fte: team.meta?.fte,
    countingRules: team.meta?.countingRules,
    answers: team.answers,
    context: team.meta?.context,
    inputs,
    teamFile: team.teamFile,
  };
}

export interface TeamEvaluation {
  evaluation: Evaluation;
  /** Warnings from reading the files (errors have already stopped the team). */
  warnings: InputIssue[];
}

/**
 * Evaluate one loaded team. Throws InputDataError (with every issue) when its files or answers are invalid:
 * nothing is written for such a team.
 */
export function evaluateLoadedTeam(team: LoadedTeam, options: TeamOptions): TeamEvaluation {
  const errors = team.issues.filter(isErrorIssue);
  if (errors.length)
    throw new InputDataError(
      `${team.name}: the team's data has ${errors.length} problem${errors.length === 1 ? "" : "s"}`,
      team.issues,
    );
  const scale = scaleFor(team, options);
  const input = teamInput(team, options);
  const { evaluation, issues } = evaluateTeam(scale, input, {
    lang: options.lang,
    toolVersion: TOOL_VERSION,
    timestamp: options.timestamp ?? batchTimestamp(input.visitDate),
  });
  if (issues.length)
    throw new InputDataError(
      `${team.name}: the answers have ${issues.length} problem${issues.length === 1 ? "" : "s"}`,
      issues,
    );
  return { evaluation, warnings: team.issues };
}
