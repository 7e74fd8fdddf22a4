/**
 * Setting up a visit: find the team folder and its data, and ask only what cannot be found there (scale,
 * team name, visit date, evaluators, data folder). Without a prompter (not a terminal) nothing is asked:
 * the defaults are used where there are any, and a missing data folder is a usage error.
 */

import { existsSync, statSync } from "node:fs";
import { basename, relative, resolve } from "node:path";
import { parseDate } from "../../core/cells.js";
import { formatIssue, InputDataError, type InputIssue, IoError, isErrorIssue, UsageError } from "../../core/errors.js";
import type { TeamInput } from "../../core/evaluate-team.js";
import type { Evaluation } from "../../core/evaluation.js";
import { formatDate } from "../../core/format.js";
import { inLang } from "../../core/i18n.js";
import { type ParticipantIds, participantIdsOf } from "../../core/participant-ids.js";
import { CSV_KINDS, type CsvKind } from "../../core/row-schemas.js";
import type { Lang, Scale } from "../../core/scale.js";
import { DEFAULT_LOOKBACK_WEEKS } from "../../core/window.js";
import { loadScale, shippedScaleIds } from "../../io/scales.js";
import { type LoadedTeam, loadTeams } from "../../io/team-folder.js";
import { checkIsoDate, parseWeeks } from "../options.js";
import type { Prompter } from "../prompts.js";
import { scaleFor, teamInput as sharedTeamInput } from "../team-evaluation.js";
import { refuseIdentifying } from "./items.js";
import { SETUP } from "./setup.messages.js";

export interface SetupOptions {
  scale?: string;
  scaleFile?: string;
  visitDate?: string;
  lookbackWeeks?: string | number;
}

export interface Setup {
  team: LoadedTeam;
  /** The team folder (absolute). */
  dir: string;
  name: string;
  office?: string;
  visitDate: string;
  evaluators: string[];
  lookbackWeeks: number;
  scale: Scale;
  /** Problems in the files that are only warnings, for the data summary. */
  warnings: string[];
}

/** How the wizard asks whether to go on without a CSV export that has errors. */
export interface LeaveOutChoice {
  prompter: Prompter;
  lang: Lang;
  /** Say something to the evaluator (on stderr and on the first screen). */
  tell: (message: string) => void;
}

/** How many of a file's problems are shown before asking to go on without it. */
const PROBLEMS_SHOWN = 5;

/**
 * Load the team folder; refuse invalid data (exit 3) with every problem — except that in the wizard a CSV export
 * with errors need not stop a visit, whose items are mostly rated from interviews and documents: its first
 * problems are shown and the evaluator may go on without the file. Its data is then not used (its items go to
 * the evaluator) and the evaluation and report say which file was left out and why. team.json and the answers
 * file are never left out. `leftOut`: files a resumed session went on without (same kind and sha256): left
 * out again without asking.
 */
export async function loadTeamDir(
  dir: string,
  choice?: LeaveOutChoice,
  leftOut: readonly { kind: string; sha256: string }[] = [],
): Promise<LoadedTeam[]> {
  const teams = await loadTeams([dir]);
  const bad = teams.flatMap((t) => t.issues.filter(isErrorIssue));
  if (!bad.length) return teams;
  const refuse = (): never => {
    throw new InputDataError(SETUP.text("dataProblems", { dir }), bad);
  };
  const csvFile = (file: string) =>
    teams.flatMap((t) => t.files).find((f) => f.file === file && (CSV_KINDS as readonly string[]).includes(f.kind));
  const files = [...new Set(bad.map((i) => i.file))];
  if (files.some((f) => !csvFile(f))) refuse();
  for (const file of files) {
    const entry = csvFile(file);
    if (!entry) return refuse();
    // A split export gives every team the file's problems: each once.
    const problems = [...new Map(bad.filter((i) => i.file === file).map((i) => [formatIssue(i, "en"), i])).values()];
    const known = leftOut.some((x) => x.kind === entry.kind && x.sha256 === entry.sha256);
    if (!known) {
      if (!choice) return refuse();
      await askToLeaveOut(choice, file, problems);
    } else choice?.tell(leftOutNotice(choice.lang, file, problems.length, true));
    for (const team of teams) leaveOut(team, file, problems, choice?.lang ?? "nb");
  }
  return teams;
}

async function askToLeaveOut(choice: LeaveOutChoice, file: string, problems: InputIssue[]): Promise<void> {
  const say = SETUP.in(choice.lang);
  const n = problems.length;
  const more = n - PROBLEMS_SHOWN;
  choice.tell(
    [
      say("fileProblems", { file, n }),
      ...problems.slice(0, PROBLEMS_SHOWN).map((p) => `  ${formatIssue(p, choice.lang)}`),
      ...(more > 0 ? [say("moreProblems", { n: more })] : []),
    ].join("\n"),
  );
  const go = await choice.prompter.confirm({
    message: say("goOnWithout", { file: basename(file) }),
    default: true,
  });
  if (!go) throw new InputDataError(SETUP.text("fileProblemsStop", { file }), problems);
  choice.tell(leftOutNotice(choice.lang, file, n, false));
}

function leftOutNotice(lang: Lang, file: string, problems: number, again: boolean): string {
  const say = SETUP.in(lang);
  return again ? say("stillLeftOut", { file: basename(file), problems }) : say("leftOut", { file: basename(file) });
}

/** Go on without one of the team's CSV files: its records are set aside, its problems recorded on the file. */
function leaveOut(team: LoadedTeam, file: string, problems: InputIssue[], lang: Lang): void {
  const entry = team.files.find((f) => f.file === file);
  if (!entry) return;
  const kind = entry.kind as CsvKind;
  const records = team.records[kind];
  if (records) {
    team.leftOutRecords = { ...team.leftOutRecords, [kind]: records };
    delete team.records[kind];
  }
  team.issues = team.issues.filter((i) => i.file !== file);
  entry.leftOut = {
    problems: problems.length,
    examples: problems.slice(0, 3).map((p) =>
      formatIssue({ ...p, file: "" }, lang)
        .replace(/^:/, "")
        .trim(),
    ),
  };
}

/** The team's participant ids, also from files left out: free text is checked against every id the folder has. */
export function participantIdsOfTeam(team: LoadedTeam): ParticipantIds {
  return participantIdsOf({
    caseload: team.records.caseload ?? team.leftOutRecords?.caseload,
    contacts: team.records.contacts ?? team.leftOutRecords?.contacts,
  });
}

/** Does the folder hold any team file (so `fidelity evaluate` in a team folder needs no argument)? */
async function looksLikeTeam(dir: string): Promise<boolean> {
  try {
    const teams = await loadTeams([dir]);
    return teams.length > 0;
  } catch (e) {
    if (e instanceof IoError) return false;
    throw e;
  }
}

export async function resolveTeamDir(
  arg: string | undefined,
  cwd: string,
  prompter: Prompter | undefined,
  lang: Lang,
  invocation = "fidelity",
): Promise<string> {
  const say = SETUP.in(lang);
  if (arg) return resolve(cwd, arg);
  if (await looksLikeTeam(cwd)) return cwd;
  if (!prompter) throw new UsageError(SETUP.text("noTeamFolder", { invocation }));
  const answer = await prompter.text({
    message: say("dataFolder"),
    required: true,
    validate: (v) => {
      const p = resolve(cwd, v.trim());
      return existsSync(p) && statSync(p).isDirectory() ? undefined : say("noFolder", { path: p });
    },
  });
  return resolve(cwd, answer);
}

/**
 * What tells a team apart in the picker: its own folder (relative to the folder given) when it has one, and
 * for a team split out of a multi-team export its rows in each file (its name alone is all the export says).
 */
export function teamChoiceLabel(team: LoadedTeam, dir: string, lang: Lang): string {
  const say = SETUP.in(lang);
  const parts: string[] = [];
  const folder = relative(dir, team.dir);
  if (folder) parts.push(folder);
  if (team.split) {
    const r = team.records;
    const counts = [
      [say("rowsTime"), r.utetid?.length],
      [say("rowsContacts"), r.contacts?.length],
      [say("rowsCaseload"), r.caseload?.length],
    ].filter((c): c is [string, number] => c[1] !== undefined);
    if (counts.length) parts.push(say("rows", { counts: counts.map(([k, n]) => `${k} ${n}`).join(", ") }));
  }
  return parts.length ? `${team.name}  (${parts.join("; ")})` : team.name;
}

/** Pick one team when the folder holds several (subfolders or a multi-team export). */
export async function chooseTeam(
  teams: LoadedTeam[],
  dir: string,
  prompter: Prompter | undefined,
  lang: Lang,
  /** How the user runs the tool (`npx fidelity` or `fidelity`), for the command suggested. */
  invocation = "fidelity",
): Promise<LoadedTeam> {
  const [first] = teams;
  if (!first) throw new UsageError(SETUP.text("noTeam", { dir }));
  if (teams.length === 1) return first;
  if (!prompter)
    throw new UsageError(
      SETUP.text("severalTeams", { dir, n: teams.length, names: teams.map((t) => t.name).join(", "), invocation }),
    );
  const index = await prompter.pick({
    message: SETUP.in(lang)("whichTeam"),
    choices: teams.map((t, i) => ({ label: teamChoiceLabel(t, dir, lang), value: i })),
  });
  return teams[index] ?? first;
}

export async function askScale(prompter: Prompter, lang: Lang): Promise<Scale> {
  const ids = shippedScaleIds();
  const scales = ids.map((id) => loadScale(id));
  const choice = await prompter.choose<string>({
    message: SETUP.in(lang)("whichScale"),
    choices: scales.map((s, i) => ({ key: String(i + 1), label: `${s.name[lang]} (${s.id})`, value: s.id })),
    default: "ips-25",
  });
  const picked = scales.find((s) => s.id === choice);
  if (!picked) throw new Error(`no scale ${choice}`);
  return picked;
}

/** Everything the visit needs, asked only when it cannot be found. */
export async function resolveSetup(
  team: LoadedTeam,
  opts: SetupOptions,
  prompter: Prompter | undefined,
  lang: Lang,
  today: string,
  /** Called once the team and date are known; a session returned is resumed (nothing more is asked). */
  onTeamAndDate?: (name: string, visitDate: string) => Promise<Evaluation | undefined>,
): Promise<Setup> {
  const meta = team.meta;
  const dir = resolve(team.dir);
  const name = await teamName(team, prompter, lang);
  const visitDate =
    (opts.visitDate ? checkIsoDate(opts.visitDate, "--visit-date") : meta?.visitDate) ||
    (await askVisitDate(prompter, lang, today));
  const warnings = team.issues
    .filter((i) => !isErrorIssue(i))
    .map((i) => `${i.file}${i.line ? `:${i.line}` : ""}: ${inLang(i.message, lang)}`);

  const resumed = await onTeamAndDate?.(name, visitDate);
  if (resumed) return resumedSetup(team, dir, resumed, warnings);

  const scale =
    opts.scale || opts.scaleFile || meta?.scale || !prompter ? scaleFor(team, opts) : await askScale(prompter, lang);
  const evaluators = meta?.evaluators?.length ? meta.evaluators : await askEvaluators(prompter, lang);
  return {
    team,
    dir,
    name,
    ...(meta?.office ? { office: meta.office } : {}),
    visitDate,
    evaluators,
    lookbackWeeks: parseWeeks(opts.lookbackWeeks) ?? meta?.lookbackWeeks ?? DEFAULT_LOOKBACK_WEEKS,
    scale,
    warnings,
  };
}

/** The team's name: from team.json (or the export, for a split team), else asked (it is on every page). */
async function teamName(team: LoadedTeam, prompter: Prompter | undefined, lang: Lang): Promise<string> {
  const name = team.split ? team.name : (team.meta?.name ?? team.name);
  if (team.meta?.name || team.split || !prompter) return name;
  return prompter.text({
    message: SETUP.in(lang)("teamName"),
    default: team.name,
    required: true,
    // The name is printed on every page of the report.
    validate: refuseIdentifying(lang, participantIdsOf(team.records)),
  });
}

/** The visit date, asked in any of the CSVs' date forms (today without a terminal). */
async function askVisitDate(prompter: Prompter | undefined, lang: Lang, today: string): Promise<string> {
  if (!prompter) return today;
  const say = SETUP.in(lang);
  const typed = await prompter.text({
    message: say("visitDate"),
    default: formatDate(today, lang),
    required: true,
    validate: (v) => (parseDate(v) !== undefined ? undefined : say("writeDate")),
  });
  return parseDate(typed) ?? today;
}

/** The evaluators, asked when team.json names none (none without a terminal). */
async function askEvaluators(prompter: Prompter | undefined, lang: Lang): Promise<string[]> {
  if (!prompter) return [];
  const answer = await prompter.text({ message: SETUP.in(lang)("evaluators"), required: true });
  return answer
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The setup of a resumed session: as the session has it. */
function resumedSetup(team: LoadedTeam, dir: string, resumed: Evaluation, warnings: string[]): Setup {
  return {
    team,
    dir,
    name: resumed.team.name,
    ...(resumed.team.office ? { office: resumed.team.office } : {}),
    visitDate: resumed.visitDate,
    evaluators: resumed.evaluators,
    lookbackWeeks: resumed.window.weeks,
    scale: resumed.scale,
    warnings,
  };
}

/** The loaded team and the setup answers as the core's TeamInput (the same conversion `score` uses). */
export function teamInput(setup: Setup, countingRules?: unknown): TeamInput {
  const base = sharedTeamInput(setup.team, {
    lang: "nb",
    today: setup.visitDate,
    visitDate: setup.visitDate,
    lookbackWeeks: setup.lookbackWeeks,
  });
  return {
    ...base,
    name: setup.name,
    office: setup.office ?? base.office,
    evaluators: setup.evaluators,
    ...(countingRules !== undefined ? { countingRules } : {}),
  };
}
