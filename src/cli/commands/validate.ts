/**
 * `fidelity validate <path…>`: check every team's CSV exports, team.json and answers file without scoring or
 * writing anything. Per file: rows read, rows inside the window, rows outside it (ignored, not errors), and
 * every problem as `file:line:column: message`. Exit 0 when all is valid, 3 otherwise.
 */
import { basename, relative, resolve } from "node:path";
import { identifyingText, parseAnswers } from "../../core/answers.js";
import { ANSWERS } from "../../core/answers.messages.js";
import { fold } from "../../core/cells.js";
import {
  EXIT,
  formatIssueIn,
  InputDataError,
  type InputIssue,
  isErrorIssue,
  locateJsonIssues,
} from "../../core/errors.js";
import { countingRulesFrom } from "../../core/evaluate-team.js";
import { formatDateRange } from "../../core/format.js";
import { windowCoverage } from "../../core/metrics/coverage.js";
import { comparableId, type ParticipantIds } from "../../core/participant-ids.js";
import type { CaseloadRecord, ContactRecord, UtetidRecord } from "../../core/records.js";
import type { CsvKind } from "../../core/row-schemas.js";
import type { Scale } from "../../core/scale.js";
import { inWindow, type LookbackWindow, lookbackWindow } from "../../core/window.js";
import { type AnyRecord, HIDDEN_TEAM_NAME, type LoadedTeam, loadTeams } from "../../io/team-folder.js";
import { type CliContext, print, printJson } from "../context.js";
import { parseOptions, type RawOptions } from "../options.js";
import { printIssues } from "../run.js";
import { defaultsUsed, otherScaleHint, scaleFor, teamInput } from "../team-evaluation.js";
import { VALIDATE } from "./validate.messages.js";

/** The options as given; `OPTIONS.validate` in ../options.ts checks them. */
export type ValidateOptions = RawOptions<"validate">;

interface FileReport {
  file: string;
  kind: string;
  rowsRead?: number;
  rowsInWindow?: number;
  rowsIgnored?: number;
  errors: number;
  warnings: number;
}

interface TeamReport {
  team: string;
  dir: string;
  window?: { from: string; to: string };
  valid: boolean;
  /** A file of the team could not be read at all (exit 4). */
  unreadable?: true;
  files: FileReport[];
  problems: string[];
}

export async function runValidate(ctx: CliContext, paths: string[], raw: ValidateOptions): Promise<number> {
  const { lookbackWeeks: weeks, ...opts } = parseOptions("validate", raw);
  // Streaming: rows are checked as they are read and only their dates are tallied, so a file of a million
  // rows is validated in the memory of a few thousand.
  const tally = new DateTally();
  const teams = await loadTeams(
    paths.map((p) => resolve(ctx.cwd, p)),
    { onRecord: (kind, record, folder) => tally.add(folder, kind, record) },
  );
  const reports = teams.map((team) => validateTeam(team, tally, { ...opts, lookbackWeeks: weeks }, ctx));
  if (opts.json) printJson(ctx, { valid: reports.every((r) => r.valid), teams: reports });
  else for (const r of reports) printReport(ctx, r);
  if (reports.every((r) => r.valid)) return EXIT.ok;
  return reports.some((r) => r.unreadable) ? EXIT.io : EXIT.invalidData;
}

/** What is tallied for one team value of one folder. */
interface TeamTally {
  /** Rows per date, per windowed file kind. */
  dates: { utetid: Map<string, number>; contacts: Map<string, number> };
  /** Participant ids (comparable form). */
  ids: Set<string>;
}

/**
 * Rows per date, per folder, team value and file kind: enough to count rows inside and outside any window. And
 * the participant ids per folder and team value (a set of short strings), so the answers' free text can be
 * checked against them as `score` does. Indexed folder → folded team value, so each row costs two map lookups
 * (none when it is of the same folder and team as the row before) and a team's counts are found directly.
 */
class DateTally {
  private readonly folders = new Map<string, Map<string, TeamTally>>();
  // A million rows hold a few teams and a few hundred participants: each is folded or normalised once.
  private readonly foldedTeams = new Map<string, string>();
  private readonly comparableIds = new Map<string, string | undefined>();
  /** The tally of the row before, by its folder and raw team value. */
  private last: { folder: string; team: string | undefined; tally: TeamTally } | undefined;

  add(folder: string, kind: CsvKind, record: AnyRecord): void {
    const tally = this.tallyOf(folder, record.team);
    if (kind !== "utetid") {
      const id = (record as CaseloadRecord | ContactRecord).participant;
      if (id !== undefined) {
        let comparable = this.comparableIds.get(id);
        if (comparable === undefined && !this.comparableIds.has(id)) {
          comparable = comparableId(id);
          this.comparableIds.set(id, comparable);
        }
        if (comparable !== undefined) tally.ids.add(comparable);
      }
    }
    if (kind === "caseload") return;
    const dates = tally.dates[kind];
    const date = (record as UtetidRecord | ContactRecord).date;
    dates.set(date, (dates.get(date) ?? 0) + 1);
  }

  private tallyOf(folder: string, rawTeam: string | undefined): TeamTally {
    const last = this.last;
    if (last && last.folder === folder && last.team === rawTeam) return last.tally;
    let teams = this.folders.get(folder);
    if (!teams) {
      teams = new Map();
      this.folders.set(folder, teams);
    }
    const raw = rawTeam ?? "";
    let team = this.foldedTeams.get(raw);
    if (team === undefined) {
      team = fold(raw);
      this.foldedTeams.set(raw, team);
    }
    let tally = teams.get(team);
    if (!tally) {
      tally = { dates: { utetid: new Map(), contacts: new Map() }, ids: new Set() };
      teams.set(team, tally);
    }
    this.last = { folder, team: rawTeam, tally };
    return tally;
  }

  /** The tallies of `folder`: of one team of a split export, or all. */
  private tallies(folder: string, team: string | undefined): TeamTally[] {
    const teams = this.folders.get(folder);
    if (!teams) return [];
    if (team === undefined) return [...teams.values()];
    const one = teams.get(fold(team));
    return one ? [one] : [];
  }

  /** The participant ids in `folder` (of one team of a split export, or all). */
  participantIds(folder: string, team: string | undefined): ParticipantIds {
    const all = new Set<string>();
    for (const t of this.tallies(folder, team)) for (const id of t.ids) all.add(id);
    return all;
  }

  /** The distinct dates of `kind` rows in `folder` (of one team of a split export, or all). */
  dates(folder: string, kind: "utetid" | "contacts", team: string | undefined): Set<string> {
    const all = new Set<string>();
    for (const t of this.tallies(folder, team)) for (const date of t.dates[kind].keys()) all.add(date);
    return all;
  }

  /** Rows of `kind` in `folder` (of one team of a split export, or all) inside and outside the window. */
  count(folder: string, kind: "utetid" | "contacts", team: string | undefined, window: LookbackWindow) {
    let inside = 0;
    let outside = 0;
    for (const t of this.tallies(folder, team))
      for (const [date, n] of t.dates[kind]) {
        if (inWindow(window, date)) inside += n;
        else outside += n;
      }
    return { inside, outside };
  }
}

function validateTeam(
  team: LoadedTeam,
  tally: DateTally,
  opts: Omit<ValidateOptions, "lookbackWeeks"> & { lookbackWeeks?: number },
  ctx: CliContext,
): TeamReport {
  const issues: InputIssue[] = [...team.issues];
  const teamOptions = { ...opts, lang: ctx.lang, today: ctx.today };
  const input = teamInput(team, teamOptions);
  issues.push(...defaultsUsed(team, teamOptions));
  const window = lookbackWindow(input.visitDate, input.lookbackWeeks);
  issues.push(...countingRulesFrom(input).issues);
  // The scale team.json names is checked even without an answers file; the answers are checked against it.
  let scale: Scale | undefined;
  try {
    scale = scaleFor(team, opts);
  } catch (e) {
    if (!(e instanceof InputDataError)) throw e;
    issues.push(...e.issues);
  }
  // Free text that goes into the report is checked against the team's own participant ids, as `score` does.
  const participantIds = tally.participantIds(team.dir, team.split ? (team.teamValue ?? team.name) : undefined);
  const contextRefused = input.context ? identifyingText(input.context, participantIds) : undefined;
  if (contextRefused)
    issues.push({
      file: team.teamFile ?? "team.json",
      message: ANSWERS.text("at", { path: "context", problem: contextRefused }),
    });
  if (team.answers && scale) {
    const parsed = parseAnswers(team.answers.json, scale, team.answers.file, participantIds);
    const hint = parsed.issues.length ? otherScaleHint(team, scale, teamOptions) : undefined;
    if (hint) issues.push(hint);
    issues.push(...locateJsonIssues(parsed.issues, team.answers.locate));
  }
  // Whole weeks of the window a file does not reach: a warning (the data is valid; the visit date may not be).
  const dated = (kind: "utetid" | "contacts") => {
    const f = team.files.find((x) => x.kind === kind);
    const dates = f && tally.dates(team.dir, kind, team.split ? team.name : undefined);
    return f && dates?.size ? { file: f.file, dates } : undefined;
  };
  const utetidFile = dated("utetid");
  const contactsFile = dated("contacts");
  const coverage = windowCoverage(
    { ...(utetidFile && { utetid: utetidFile }), ...(contactsFile && { contacts: contactsFile }) },
    window,
  );
  for (const w of coverage.warnings)
    issues.push({ file: w.file ?? team.dir, message: w.message[ctx.lang], severity: "warning" });
  const files: FileReport[] = team.files.map((f) => {
    const mine = issues.filter((i) => i.file === f.file);
    const rows =
      f.kind === "utetid" || f.kind === "contacts"
        ? tally.count(team.dir, f.kind, team.split ? (team.teamValue ?? team.name) : undefined, window)
        : undefined;
    return {
      file: f.file,
      kind: f.kind,
      ...(f.rows !== undefined ? { rowsRead: f.rows } : {}),
      ...(rows ? { rowsInWindow: rows.inside, rowsIgnored: rows.outside } : {}),
      errors: mine.filter(isErrorIssue).length,
      warnings: mine.filter((i) => !isErrorIssue(i)).length,
    };
  });
  return {
    team: team.name,
    dir: team.nameHidden ? HIDDEN_TEAM_NAME : team.dir,
    window: { from: window.from, to: window.to },
    valid: !issues.some(isErrorIssue),
    ...(issues.some((i) => i.unreadable) ? { unreadable: true as const } : {}),
    files,
    problems: [...issues].sort(byPlace).map(formatIssueIn(ctx.lang)),
  };
}

function printReport(ctx: CliContext, r: TeamReport): void {
  const t = VALIDATE.in(ctx.lang);
  const windowText = r.window ? formatDateRange(r.window.from, r.window.to, ctx.lang) : "";
  print(
    ctx,
    `${r.team} (${r.dir === HIDDEN_TEAM_NAME ? r.dir : relative(ctx.cwd, r.dir) || "."})  ${t("window")} ${windowText}`,
  );
  for (const f of r.files) {
    const parts: string[] = [];
    if (f.rowsRead !== undefined) parts.push(t("rowsRead", { n: f.rowsRead }));
    if (f.rowsInWindow !== undefined) parts.push(t("inWindow", { n: f.rowsInWindow }));
    if (f.rowsIgnored !== undefined) parts.push(t("outside", { n: f.rowsIgnored }));
    const problems = f.errors ? t("errors", { n: f.errors }) : "ok";
    const warn = f.warnings ? t("warnings", { n: f.warnings }) : "";
    print(ctx, `  ${basename(f.file).padEnd(28)} ${parts.join(" · ")}${parts.length ? " · " : ""}${problems}${warn}`);
  }
  // The problems are what validate reports: they go to stdout with the rest of its report.
  if (r.problems.length) printIssues(ctx, r.problems, "stdout");
  print(ctx, r.valid ? t("valid") : t("invalid"));
}

/** File order, then line, then column; whole-file problems first. */
function byPlace(a: InputIssue, b: InputIssue): number {
  return a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}
