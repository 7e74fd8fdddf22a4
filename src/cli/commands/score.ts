/**
 * `fidelity score <path…>`: every team folder under the paths (each team of a multi-team export) scored from
 * its data and answers file; `<team>.evaluation.json` + `<team>.pdf` per team in `--out`, plus `summary.csv`
 * and `summary.json`. One team's bad data is reported and the others still complete (exit 3 at the end).
 */
import { basename, join, resolve } from "node:path";
import { EXIT, formatIssue, InputDataError, isErrorIssue, UsageError } from "../../core/errors.js";
import type { Evaluation } from "../../core/evaluation.js";
import { writeFileAtomic } from "../../io/atomic-write.js";
import { findTeamFolders, type TeamFolder } from "../../io/team-files.js";
import { loadTeamFolder } from "../../io/team-folder.js";
import { type CliContext, info, printJson } from "../context.js";
import { writeTeamOutputs } from "../outputs.js";
import { Progress } from "../progress.js";
import { printIssues } from "../run.js";
import { type FailedTeam, summarise, summaryCsv, type TeamSummary } from "../summary.js";
import { evaluateLoadedTeam } from "../team-evaluation.js";

export interface ScoreOptions {
  out?: string;
  json?: boolean;
  pdf?: boolean;
  failUnder?: string;
  requireComplete?: boolean;
  jobs?: string;
  scale?: string;
  scaleFile?: string;
  visitDate?: string;
  lookbackWeeks?: string;
  showStaffNames?: boolean;
}

function positiveInt(value: string | undefined, flag: string, min = 1): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`${flag} must be a whole number ≥ ${min}, got "${value}"`);
  return n;
}

export async function runScore(ctx: CliContext, paths: string[], opts: ScoreOptions): Promise<number> {
  const failUnder = positiveInt(opts.failUnder, "--fail-under", 0);
  const jobs = positiveInt(opts.jobs, "--jobs") ?? 2;
  const lookbackWeeks = positiveInt(opts.lookbackWeeks, "--lookback-weeks");
  if (opts.visitDate !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(opts.visitDate))
    throw new UsageError(`--visit-date must be YYYY-MM-DD, got "${opts.visitDate}"`);
  const pdf = opts.pdf !== false;
  // Without --out, a scoring run that only prints (--no-pdf) writes nothing at all.
  const outDir = opts.out ? resolve(ctx.cwd, opts.out) : pdf ? resolve(ctx.cwd, "reports") : undefined;

  const folders = new Map<string, TeamFolder>();
  for (const p of paths) for (const f of await findTeamFolders(resolve(ctx.cwd, p))) folders.set(resolve(f.dir), f);

  const summaries: TeamSummary[] = [];
  const evaluations: Evaluation[] = [];
  const metricsByTeam: unknown[] = [];
  const failed: FailedTeam[] = [];
  const progress = new Progress(ctx, folders.size);

  const list = [...folders.values()];
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < list.length; i = next++) {
      const folder = list[i] as TeamFolder;
      const teams = await loadTeamFolder(folder);
      for (const team of teams) {
        try {
          const { evaluation, warnings } = evaluateLoadedTeam(team, {
            scale: opts.scale,
            scaleFile: opts.scaleFile,
            visitDate: opts.visitDate,
            lookbackWeeks,
            lang: ctx.lang,
            today: ctx.today,
          });
          if (opts.requireComplete) {
            const unrated = summarise(evaluation, {}).unrated;
            if (unrated.length)
              throw new InputDataError(`${team.name}: ${unrated.length} items are not rated (--require-complete)`, [
                { file: team.answers?.file ?? team.dir, message: `not rated: ${unrated.join(", ")}` },
              ]);
          }
          const written = outDir
            ? await writeTeamOutputs(outDir, evaluation, { pdf, lang: ctx.lang, showStaffNames: opts.showStaffNames })
            : undefined;
          for (const w of warnings.filter((x) => !isErrorIssue(x))) info(ctx, formatIssue(w));
          // File names relative to the output folder, so the summary is the same wherever it is written.
          summaries.push(
            summarise(evaluation, {
              evaluationFile: written && basename(written.evaluationPath),
              pdfFile: written?.pdfPath && basename(written.pdfPath),
            }),
          );
          evaluations.push(evaluation);
          metricsByTeam.push({ metrics: evaluation.metrics, dataItems: evaluation.suggestions });
        } catch (err) {
          if (!(err instanceof InputDataError)) throw err;
          const problems = err.issues.filter(isErrorIssue).map(formatIssue);
          failed.push({ team: team.name, dir: team.dir, problems });
          progress.clear();
          ctx.stderr.write(`fidelity: ${err.message}; nothing written for this team\n`);
          printIssues(ctx, problems.length ? problems : [err.message]);
        }
      }
      progress.tick(folder.dir);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, list.length)) }, worker));
  progress.done();

  // Same order whatever the concurrency: by team name.
  const order = summaries.map((s, i) => ({ s, e: evaluations[i] as Evaluation, m: metricsByTeam[i] }));
  order.sort((a, b) => a.s.team.localeCompare(b.s.team, "nb"));
  const sorted = order.map((o) => o.s);
  const summary = { teams: sorted, failed };

  if (outDir) {
    writeFileAtomic(
      join(outDir, "summary.csv"),
      summaryCsv(
        sorted,
        order.map((o) => o.e),
      ),
    );
    writeFileAtomic(join(outDir, "summary.json"), `${JSON.stringify(summary, null, 2)}\n`);
  }

  const below = failUnder === undefined ? [] : sorted.filter((s) => isBelow(s, failUnder));
  if (opts.json)
    printJson(ctx, {
      teams: order.map((o) => ({ ...o.s, ...(o.m as object) })),
      failed,
      ...(failUnder !== undefined ? { failUnder, below: below.map((s) => s.team) } : {}),
    });
  else report(ctx, sorted, failed, outDir);

  if (failed.length) return EXIT.invalidData;
  if (below.length) {
    ctx.stderr.write(
      `fidelity: ${below.length} team${below.length === 1 ? "" : "s"} scored below ${failUnder}: ${below.map((s) => `${s.team} (${s.total ?? `${s.totalMin}–${s.totalMax}`})`).join(", ")}\n`,
    );
    return EXIT.belowThreshold;
  }
  return EXIT.ok;
}

/**
 * Below the threshold: a complete total under N; a provisional total whose highest possible value is under N
 * (it cannot reach N whatever the unrated items get). Colour scales have no total and never fail.
 */
export function isBelow(s: TeamSummary, n: number): boolean {
  if (s.total !== undefined) return s.total < n;
  return s.totalMax !== undefined && s.totalMax < n;
}

function report(ctx: CliContext, teams: TeamSummary[], failed: FailedTeam[], outDir: string | undefined): void {
  const nb = ctx.lang === "nb";
  for (const t of teams) {
    const score = t.colours
      ? `${t.colours.green} ${nb ? "grønn" : "green"} · ${t.colours.yellow} ${nb ? "gul" : "yellow"} · ${t.colours.red} ${nb ? "rød" : "red"}`
      : t.total !== undefined
        ? `${t.total}/${t.maxPossible} ${t.band ?? ""}`
        : `${nb ? "foreløpig" : "provisional"} ${t.totalMin}–${t.totalMax}/${t.maxPossible}`;
    const open = t.unrated.length ? ` (${t.unrated.length} ${nb ? "ikke vurdert" : "unrated"})` : "";
    ctx.stdout.write(`${t.team.padEnd(32)} ${t.scale.padEnd(18)} ${score}${open}\n`);
    if (t.pdfFile && outDir) info(ctx, `  ${join(outDir, t.pdfFile)}`);
  }
  if (outDir)
    info(ctx, `${nb ? "Sammendrag" : "Summary"}: ${join(outDir, "summary.csv")}, ${join(outDir, "summary.json")}`);
  if (failed.length)
    info(
      ctx,
      `${failed.length} ${nb ? "team med feil i data (ikke skåret)" : "teams with invalid data (not scored)"}: ${failed.map((f) => f.team).join(", ")}`,
    );
}
