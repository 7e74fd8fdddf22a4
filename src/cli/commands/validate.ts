/**
 * `fidelity validate <path…>`: check every team's CSV exports, team.json and answers file without scoring or
 * writing anything. Per file: rows read, rows inside the window, rows outside it (ignored, not errors), and
 * every problem as `file:line:column: message`. Exit 0 when all is valid, 3 otherwise.
 */
import { basename, relative, resolve } from "node:path";
import { parseAnswers } from "../../core/answers.js";
import {
  EXIT,
  formatIssue,
  InputDataError,
  type InputIssue,
  isErrorIssue,
  locateJsonIssues,
} from "../../core/errors.js";
import { formatDateRange } from "../../core/format.js";
import { countingRulesSchema } from "../../core/metrics/counting-rules.js";
import { computeTeamMetrics } from "../../core/metrics/index.js";
import type { Scale } from "../../core/scale.js";
import { lookbackWindow } from "../../core/window.js";
import { type LoadedTeam, loadTeams } from "../../io/team-folder.js";
import { type CliContext, print, printJson } from "../context.js";
import { optionalIsoDate, parseWeeks } from "../options.js";
import { printIssues } from "../run.js";
import { scaleFor, teamInput } from "../team-evaluation.js";

export interface ValidateOptions {
  json?: boolean;
  scale?: string;
  scaleFile?: string;
  visitDate?: string;
  lookbackWeeks?: string;
}

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
  files: FileReport[];
  problems: string[];
}

export async function runValidate(ctx: CliContext, paths: string[], opts: ValidateOptions): Promise<number> {
  const weeks = parseWeeks(opts.lookbackWeeks);
  optionalIsoDate(opts.visitDate, "--visit-date");
  const teams = await loadTeams(paths.map((p) => resolve(ctx.cwd, p)));
  const reports = teams.map((team) => validateTeam(team, { ...opts, lookbackWeeks: weeks }, ctx));
  if (opts.json) printJson(ctx, { valid: reports.every((r) => r.valid), teams: reports });
  else for (const r of reports) printReport(ctx, r);
  return reports.every((r) => r.valid) ? EXIT.ok : EXIT.invalidData;
}

function validateTeam(
  team: LoadedTeam,
  opts: Omit<ValidateOptions, "lookbackWeeks"> & { lookbackWeeks?: number },
  ctx: CliContext,
): TeamReport {
  const issues: InputIssue[] = [...team.issues];
  const input = teamInput(team, { ...opts, lang: ctx.lang, today: ctx.today });
  const window = lookbackWindow(input.visitDate, input.lookbackWeeks);
  const rules = countingRulesSchema.safeParse(input.countingRules ?? {});
  if (!rules.success)
    for (const i of rules.error.issues)
      issues.push({ file: team.teamFile ?? "team.json", message: `countingRules.${i.path.join(".")}: ${i.message}` });
  let use = new Map<string, { read: number; outsideWindow: number }>();
  if (!issues.some(isErrorIssue)) {
    const metrics = computeTeamMetrics(team.records, window, {
      rules: rules.success ? rules.data : countingRulesSchema.parse({}),
      fte: input.fte,
    });
    use = new Map(metrics.files.map((f) => [f.kind, f]));
  }
  // The scale team.json names is checked even without an answers file; the answers are checked against it.
  let scale: Scale | undefined;
  try {
    scale = scaleFor(team, opts);
  } catch (e) {
    if (!(e instanceof InputDataError)) throw e;
    issues.push(...e.issues);
  }
  if (team.answers && scale) {
    const parsed = parseAnswers(team.answers.json, scale, team.answers.file);
    issues.push(...locateJsonIssues(parsed.issues, team.answers.locate));
  }
  const files: FileReport[] = team.files.map((f) => {
    const mine = issues.filter((i) => i.file === f.file);
    const u = use.get(f.kind);
    const windowed = f.kind === "utetid" || f.kind === "contacts";
    return {
      file: f.file,
      kind: f.kind,
      ...(f.rows !== undefined ? { rowsRead: f.rows } : {}),
      ...(u && windowed ? { rowsInWindow: u.read - u.outsideWindow, rowsIgnored: u.outsideWindow } : {}),
      errors: mine.filter(isErrorIssue).length,
      warnings: mine.filter((i) => !isErrorIssue(i)).length,
    };
  });
  return {
    team: team.name,
    dir: team.dir,
    window: { from: window.from, to: window.to },
    valid: !issues.some(isErrorIssue),
    files,
    problems: [...issues].sort(byPlace).map(formatIssue),
  };
}

function printReport(ctx: CliContext, r: TeamReport): void {
  const nb = ctx.lang === "nb";
  const windowText = r.window ? formatDateRange(r.window.from, r.window.to, ctx.lang) : "";
  print(ctx, `${r.team} (${relative(ctx.cwd, r.dir) || "."})  ${nb ? "vindu" : "window"} ${windowText}`);
  for (const f of r.files) {
    const parts: string[] = [];
    if (f.rowsRead !== undefined) parts.push(`${f.rowsRead} ${nb ? "rader lest" : "rows read"}`);
    if (f.rowsInWindow !== undefined) parts.push(`${f.rowsInWindow} ${nb ? "i vinduet" : "in the window"}`);
    if (f.rowsIgnored !== undefined) parts.push(`${f.rowsIgnored} ${nb ? "utenfor (ignorert)" : "outside (ignored)"}`);
    const problems = f.errors
      ? `${f.errors} ${nb ? (f.errors === 1 ? "feil" : "feil") : f.errors === 1 ? "problem" : "problems"}`
      : "ok";
    const warn = f.warnings
      ? `, ${f.warnings} ${nb ? "advarsel" : "warning"}${f.warnings === 1 ? "" : nb ? "er" : "s"}`
      : "";
    print(ctx, `  ${basename(f.file).padEnd(28)} ${parts.join(" · ")}${parts.length ? " · " : ""}${problems}${warn}`);
  }
  // The problems are what validate reports: they go to stdout with the rest of its report.
  if (r.problems.length) printIssues(ctx, r.problems, "stdout");
  print(
    ctx,
    r.valid
      ? nb
        ? "  Gyldig."
        : "  Valid."
      : nb
        ? "  Ugyldig: rett feilene over."
        : "  Invalid: fix the problems above.",
  );
}

/** File order, then line, then column; whole-file problems first. */
function byPlace(a: InputIssue, b: InputIssue): number {
  return a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}
