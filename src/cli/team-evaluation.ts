/**
 * From a loaded team folder to its evaluation: which scale, which visit date, which window — settled in one
 * place for `score` and `evaluate`. Precedence: command-line option, then team.json, then the default.
 */
import { basename } from "node:path";
import { InputDataError, type InputIssue, isErrorIssue } from "../core/errors.js";
import { evaluateTeam, type TeamInput } from "../core/evaluate-team.js";
import { batchTimestamp, type Evaluation, type InputFileRef } from "../core/evaluation.js";
import { formatDate } from "../core/format.js";
import type { Text } from "../core/i18n.js";
import { allItems, type Lang, type Scale } from "../core/scale.js";
import type { TeamMeta } from "../core/team-meta.js";
import { DEFAULT_LOOKBACK_WEEKS, type LookbackWindow, lookbackWindow } from "../core/window.js";
import { loadScale, shippedScaleIds, UnknownScaleError } from "../io/scales.js";
import type { LoadedTeam } from "../io/team-folder.js";
import { TEAM_EVAL } from "./team-evaluation.messages.js";
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
  /** The team's previous evaluation (`--previous`), whose action plan is followed up. */
  previous?: (team: { name: string; visitDate: string; scaleId: string }) => Evaluation | undefined;
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
        throw new InputDataError(TEAM_EVAL.text("unknownScale", { team: team.name }), [
          {
            file: team.teamFile ?? "team.json",
            message: TEAM_EVAL.text("scaleProblem", { problem: { nb: e.in("nb"), en: e.in("en") } }),
          },
        ]);
      throw e;
    }
    scaleCache.set(key, scale);
  }
  return scale;
}

/** The visit date and lookback a team is scored with: the option, then team.json, then today and 8 weeks. */
export function visitOf(
  meta: TeamMeta | undefined,
  options: Pick<TeamOptions, "visitDate" | "lookbackWeeks" | "today">,
): { visitDate: string; lookbackWeeks: number } {
  return {
    visitDate: options.visitDate ?? meta?.visitDate ?? options.today,
    lookbackWeeks: options.lookbackWeeks ?? meta?.lookbackWeeks ?? DEFAULT_LOOKBACK_WEEKS,
  };
}

/**
 * The window a team of this team.json is scored in, for streaming its contacts file (`score`): undefined when
 * it cannot be settled (an impossible visit date or lookback), and the rows are then kept and the error
 * reported where it always was.
 */
export function scoringWindow(
  meta: TeamMeta | undefined,
  options: Pick<TeamOptions, "visitDate" | "lookbackWeeks" | "today">,
): LookbackWindow | undefined {
  const { visitDate, lookbackWeeks } = visitOf(meta, options);
  try {
    return lookbackWindow(visitDate, lookbackWeeks);
  } catch {
    return undefined;
  }
}

export function teamInput(team: LoadedTeam, options: TeamOptions): TeamInput {
  const { visitDate, lookbackWeeks } = visitOf(team.meta, options);
  const inputs: InputFileRef[] = team.files.map((f) => ({
    kind: f.kind,
    file: basename(f.file),
    sha256: f.sha256,
    ...(f.rows !== undefined ? { rows: f.rows } : {}),
    ...(f.leftOut ? { leftOut: f.leftOut } : {}),
  }));
  return {
    name: team.name,
    office: team.meta?.office || undefined,
    visitDate,
    evaluators: team.meta?.evaluators ?? [],
    lookbackWeeks,
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
    throw new InputDataError(TEAM_EVAL.text("dataProblems", { team: team.name, n: errors.length }), team.issues);
  const scale = scaleFor(team, options);
  const input = teamInput(team, options);
  input.previous = options.previous?.({ name: input.name, visitDate: input.visitDate, scaleId: scale.id });
  const { evaluation, issues } = evaluateTeam(scale, input, {
    lang: options.lang,
    toolVersion: TOOL_VERSION,
    timestamp: options.timestamp ?? batchTimestamp(input.visitDate),
  });
  if (issues.length) {
    const hint = otherScaleHint(team, scale, options);
    throw new InputDataError(
      TEAM_EVAL.text("answersProblems", { team: team.name, n: issues.length }),
      hint ? [hint, ...issues] : issues,
    );
  }
  return { evaluation, warnings: [...defaultsUsed(team, options), ...team.issues] };
}

/**
 * What a team is scored with that neither the command line nor team.json gave: the folder's name as the team
 * name, the IPS-25 scale, today as the visit date. Each is a warning, so a team folder without team.json (or
 * a team.json without a visit date) is never scored silently with guesses.
 */
export function defaultsUsed(team: LoadedTeam, options: TeamOptions): InputIssue[] {
  const used: Text[] = [];
  const flags: string[] = [];
  const meta = team.meta;
  if (!team.teamFile && !team.split) used.push(TEAM_EVAL.text("teamName", { name: team.name }));
  if (!options.scale && !options.scaleFile && !meta?.scale) {
    used.push(TEAM_EVAL.text("defaultScale"));
    flags.push("--scale");
  }
  if (!options.visitDate && !meta?.visitDate) {
    used.push(TEAM_EVAL.text("today", { nb: formatDate(options.today, "nb"), en: formatDate(options.today, "en") }));
    flags.push("--visit-date");
  }
  if (used.length === 0) return [];
  const message = TEAM_EVAL.text(team.teamFile ? "teamJsonLeavesOut" : "noTeamJson", { used, flags });
  return [{ file: team.teamFile ?? team.dir, message, severity: "warning" }];
}

/**
 * When the answers file is written for another shipped scale than the one the team is scored with — every
 * item id in it belongs to that other scale and none to this one — a line saying so and how to choose it.
 * Only when the scale was not chosen explicitly (a default, not the user's word).
 */
export function otherScaleHint(
  team: LoadedTeam,
  scale: Scale,
  options: Pick<TeamOptions, "scale" | "scaleFile" | "lang">,
): InputIssue | undefined {
  const json = team.answers?.json;
  if (options.scale || options.scaleFile || team.meta?.scale || !team.answers) return undefined;
  if (typeof json !== "object" || json === null || Array.isArray(json)) return undefined;
  const ids = Object.keys(json)
    .filter((k) => !k.startsWith("$") && k !== "context")
    .map((k) => k.trim().toUpperCase());
  const idsOf = (s: Scale) => new Set(allItems(s).map((i) => i.id));
  const own = idsOf(scale);
  if (ids.length === 0 || ids.some((id) => own.has(id))) return undefined;
  for (const other of shippedScaleIds()) {
    if (other === scale.id) continue;
    const theirs = idsOf(loadScale(other));
    if (!ids.every((id) => theirs.has(id))) continue;
    return { file: team.answers.file, message: TEAM_EVAL.text("otherScale", { other, scale: scale.id }) };
  }
  return undefined;
}
