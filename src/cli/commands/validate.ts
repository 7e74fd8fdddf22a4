/**
 * `fidelity validate <path…>`: check every team's CSV exports, team.json and answers file without scoring or
 * writing anything. Per file: rows read, rows inside the window, rows outside it (ignored, not errors), and
 * every problem as `file:line:column: message`. Exit 0 when all is valid, 3 otherwise.
 */
import { basename, relative, resolve } from "node:path";
import { parseAnswers } from "../../core/answers.js";
import { EXIT, formatIssue, type InputIssue, isErrorIssue, UsageError } from "../../core/errors.js";
import { formatDateRange } from "../../core/format.js";
import { countingRulesSchema } from "../../core/metrics/counting-rules.js";
import { computeTeamMetrics } from "../../core/metrics/index.js";
import { lookbackWindow } from "../../core/window.js";
import { type LoadedTeam, loadTeams } from "../../io/team-folder.js";
import { type CliContext, print, printJson } from "../context.js";
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
  const weeks = opts.lookbackWeeks === undefined ? undefined : Number(opts.lookbackWeeks);
  if (weeks !== undefined && (!Number.isInteger(weeks) || weeks < 1))
    throw new UsageError(`--lookback-weeks must be a whole number ≥ 1, got "${opts.lookbackWeeks}"`);
  if (opts.visitDate !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(opts.visitDate))
    throw new UsageError(`--visit-date must be YYYY-MM-DD, got "${opts.visitDate}"`);
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
  if (team.answers) {
    try {
      const scale = scaleFor(team, opts);
      issues.push(...parseAnswers(team.answers.json, scale, team.answers.file).issues);
    } catch (e) {
      issues.push({ file: team.answers.file, message: (e as Error).message });
    }
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
    problems: issues.map(formatIssue),
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
  if (r.problems.length) printIssues(ctx, r.problems);
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
