/**
 * `fidelity score <path…>`: every team folder under the paths (each team of a multi-team export) scored from
 * its data and answers file; `<team>.evaluation.json` + `<team>.pdf` per team in `--out`, plus `summary.csv`
 * and `summary.json`. One team's bad data is reported and the others still complete (exit 3 at the end).
 * An evaluation file in `--out` that holds an evaluator's work is never overwritten: a visit finished in the
 * wizard from the same files is used as it is (only its PDF is drawn again); one of other data, or a file
 * that cannot be read as an evaluation, is kept, renamed with its PDF, and said so; an earlier batch scoring
 * is derived data and is replaced.
 */
import { basename, join, resolve } from "node:path";
import { identifyingTextsIn } from "../../core/answers.js";
import { EXIT, formatIssue, formatIssueIn, InputDataError, isErrorIssue, UsageError } from "../../core/errors.js";
import type { Evaluation } from "../../core/evaluation.js";
import { participantIdsOf } from "../../core/participant-ids.js";
import { buildReportModel, colourCount } from "../../core/report/build.js";
import { staffLabeller, withStaffLabels } from "../../core/report/staff.js";
import { formatJsonPath, type Lang, type Scale } from "../../core/scale.js";
import { scoreRatings } from "../../core/scoring.js";
import { writeFileAtomic } from "../../io/atomic-write.js";
import { teamFileStem } from "../../io/evaluation-file.js";
import { createPdfRenderer, defaultPdfWorkers, type PdfRenderer } from "../../io/pdf/pool.js";
import { readPreviousRound } from "../../io/previous-round.js";
import { loadScale, shippedScaleIds } from "../../io/scales.js";
import { findTeamFolders, type TeamFolder } from "../../io/team-files.js";
import { HIDDEN_TEAM_NAME, type LoadedTeam, loadTeamFolder } from "../../io/team-folder.js";
import { type CliContext, command, info } from "../context.js";
import { TeamJsonEntries } from "../json-teams.js";
import { localTime } from "../local-time.js";
import { optionalIsoDate, parseWeeks, parseWholeNumber } from "../options.js";
import {
  finishedFromSameData,
  type KeptEvaluation,
  type PdfOptions,
  type WrittenTeam,
  writePdf,
  writeTeamOutputs,
} from "../outputs.js";
import { OverviewCollector } from "../overview.js";
import { Progress } from "../progress.js";
import { printIssues } from "../run.js";
import {
  coverageGaps,
  type FailedTeam,
  failureReason,
  firstIds,
  summarise,
  summaryCsv,
  type TeamSummary,
} from "../summary.js";
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
  /** false with --no-overview: no oversikt.pdf. */
  overview?: boolean;
  previousDir?: string;
}

export interface ScoreDeps {
  /** Clock for the name of an evaluation file kept aside (tests fix it); batch results never use it. */
  now?: () => string;
}

export async function runScore(
  ctx: CliContext,
  paths: string[],
  opts: ScoreOptions,
  deps: ScoreDeps = {},
): Promise<number> {
  const now = deps.now ?? (() => new Date().toISOString());
  const failUnder = parseWholeNumber(opts.failUnder, "--fail-under", 0);
  if (failUnder !== undefined) checkFailUnder(failUnder, opts);
  const jobs = parseWholeNumber(opts.jobs, "--jobs") ?? defaultPdfWorkers();
  const lookbackWeeks = parseWeeks(opts.lookbackWeeks);
  const visitDate = optionalIsoDate(opts.visitDate, "--visit-date");
  const pdf = opts.pdf !== false;
  // Without --out, a scoring run that only prints (--no-pdf) writes nothing at all.
  const outDir = opts.out ? resolve(ctx.cwd, opts.out) : pdf ? resolve(ctx.cwd, "reports") : undefined;

  const folders = new Map<string, TeamFolder>();
  for (const p of paths) for (const f of await findTeamFolders(resolve(ctx.cwd, p))) folders.set(resolve(f.dir), f);

  // A scale given on the command line is checked before anything is written.
  if (opts.scale || opts.scaleFile) loadScale(opts.scale, opts.scaleFile);
  // oversikt.pdf is a PDF: not written with --no-pdf (docs/decisions.md), nor without an output folder.
  // The rows are collected in any case: summary.json's groups come from them too.
  const overview = new OverviewCollector();
  const writeOverview = outDir !== undefined && pdf && opts.overview !== false;
  const previous = opts.previousDir ? readPreviousRound(resolve(ctx.cwd, opts.previousDir)) : undefined;

  // Per team, only its summary line is kept to the end; a --json entry is serialized as soon as it is written.
  const results: { summary: TeamSummary; scale: Scale }[] = [];
  const json = opts.json ? new TeamJsonEntries() : undefined;
  const failed: FailedTeam[] = [];
  const written = new Map<string, string>(); // output file stem → team folder that took it
  const progress = new Progress(ctx, folders.size);
  const pdfOptions = { lang: ctx.lang, showStaffNames: opts.showStaffNames };
  // PDFs are drawn on worker threads (one per --jobs) while the next teams are read and scored; each team's
  // files are still written, and its lines said, one team after the other in folder order.
  const renderer = outDir && pdf ? createPdfRenderer(jobs, folders.size) : undefined;
  const draw = (evaluation: Evaluation, options: PdfOptions): Promise<Buffer> => {
    const drawing = (renderer as PdfRenderer).render(buildReportModel(evaluation, options));
    drawing.catch(() => {}); // awaited when the team is written; a failure is reported there
    return drawing;
  };

  /** Reads and scores one team, starts its PDF, and returns the step that writes it. */
  const scoreTeam = (team: LoadedTeam): (() => Promise<void>) => {
    const { evaluation: scoring, warnings } = evaluateLoadedTeam(team, {
      scale: opts.scale,
      scaleFile: opts.scaleFile,
      visitDate,
      lookbackWeeks,
      lang: ctx.lang,
      today: ctx.today,
    });
    // A visit finished in the wizard from these very files is the evaluator's word: used, not scored again.
    const target = outDir && join(outDir, `${teamFileStem(team.name)}.evaluation.json`);
    const finished = target ? finishedFromSameData(target, scoring) : undefined;
    if (finished && target) checkFinishedText(finished, target, team, ctx);
    const evaluation = finished ?? scoring;
    if (opts.requireComplete) {
      const unrated = summarise(evaluation, {}).unrated;
      if (unrated.length) throw new NotRatedError(team, unrated);
      const gaps = coverageGaps(evaluation);
      if (gaps.length) throw new CoverageGapError(team, gaps);
    }
    const stem = teamFileStem(team.name);
    const taken = written.get(stem);
    if (outDir && taken !== undefined)
      throw new InputDataError(`${team.name}: another team in this run writes the same files`, [
        {
          file: team.teamFile ?? team.dir,
          message: `the team name "${team.name}" gives the same file names (${stem}.pdf) as a team in ${taken}: give the teams different names in team.json`,
        },
      ]);
    written.set(stem, team.dir);
    // `<team>.pdf` of a visit finished in the wizard is in the evaluation's language, as `report` writes it.
    const drawing =
      renderer && (finished ? draw(finished, { ...pdfOptions, lang: finished.lang }) : draw(evaluation, pdfOptions));
    return async () => {
      try {
        await writeTeam();
      } catch (err) {
        if (!(err instanceof InputDataError)) throw err;
        failTeam(team, err)();
      }
    };
    async function writeTeam() {
      const files =
        outDir && finished && target
          ? await keepFinished(outDir, target, finished, pdf, pdfOptions, drawing)
          : outDir
            ? await writeTeamOutputs(outDir, evaluation, { pdf, ...pdfOptions, keepEarlier: now(), rendered: drawing })
            : undefined;
      if (finished) {
        progress.clear();
        info(ctx, finishedNotice(target ?? "", finished, ctx.lang));
      }
      if (files?.kept) {
        progress.clear();
        info(ctx, keptNotice(files.kept, ctx.lang));
      }
      for (const w of warnings.filter((x) => !isErrorIssue(x))) info(ctx, formatIssue(w, ctx.lang));
      for (const gap of coverageGaps(evaluation))
        info(ctx, formatIssue({ file: fileOf(team, gap.file), message: gap.message, severity: "warning" }, ctx.lang));
      const grouping = { group: team.meta?.group, reviewType: team.meta?.reviewType };
      overview.add(evaluation, grouping);
      // File names relative to the output folder, so the summary is the same wherever it is written.
      const summary = summarise(
        evaluation,
        {
          evaluationFile: files && basename(files.evaluationPath),
          pdfFile: files?.pdfPath && basename(files.pdfPath),
        },
        grouping,
      );
      results.push({ summary, scale: evaluation.scale });
      json?.add(summary.team, { ...summary, ...jsonData(evaluation, opts.showStaffNames ?? false) });
    }
  };

  /** A team nothing is written for: said, and listed as failed, in its turn. */
  const failTeam = (team: LoadedTeam, err: InputDataError) => () => {
    const problems = err.issues.filter(isErrorIssue).map(formatIssueIn(ctx.lang));
    const failure =
      err instanceof NotRatedError ? "unrated" : err instanceof CoverageGapError ? "coverage-gap" : "invalid-data";
    const unrated = err instanceof NotRatedError ? err.unrated : undefined;
    overview.fail(team.name, team.meta?.group, failure);
    failed.push({
      team: team.name,
      ...(team.meta?.group ? { group: team.meta.group } : {}),
      ...(team.meta?.reviewType ? { reviewType: team.meta.reviewType } : {}),
      dir: team.nameHidden ? HIDDEN_TEAM_NAME : team.dir,
      failure,
      reason: failureReason(failure, { unrated, problems: problems.length }, ctx.lang),
      ...(unrated ? { unrated } : {}),
      problems,
    });
    progress.clear();
    ctx.stderr.write(`fidelity: ${err.message}; nothing written for this team\n`);
    printIssues(ctx, problems.length ? problems : [err.message]);
  };

  // Folders are read up to --jobs at a time, and PDFs drawn up to --jobs at a time, but teams are written (and
  // their lines said) one by one in folder order, so the output is the same whatever --jobs is.
  const list = [...folders.values()];
  const loading = new Map<number, Promise<LoadedTeam[]>>();
  const prefetch = (i: number) => {
    const folder = list[i];
    if (folder && !loading.has(i)) loading.set(i, loadTeamFolder(folder));
  };
  const steps = new OrderedSteps(Math.max(2, 2 * (renderer?.workers ?? 0)));
  try {
    for (let i = 0; i < list.length; i++) {
      for (let k = i; k < i + jobs; k++) prefetch(k);
      const teams = (await loading.get(i)) ?? [];
      loading.delete(i);
      for (const team of teams) {
        let step: () => Promise<void> | void;
        try {
          step = scoreTeam(team);
        } catch (err) {
          if (!(err instanceof InputDataError)) throw err;
          step = failTeam(team, err);
        }
        await steps.add(step);
      }
      const label = list[i]?.dir ?? "";
      await steps.add(() => progress.tick(label));
    }
    await steps.drain();
  } catch (e) {
    json?.close();
    throw e;
  } finally {
    await renderer?.close();
  }
  progress.done();

  results.sort((a, b) => a.summary.team.localeCompare(b.summary.team, "nb"));
  failed.sort((a, b) => a.team.localeCompare(b.team, "nb"));
  const sorted = results.map((r) => r.summary);
  const summary = { teams: sorted, failed, groups: overview.groups() };

  if (outDir) {
    writeFileAtomic(
      join(outDir, "summary.csv"),
      summaryCsv(
        sorted,
        results.map((r) => r.scale),
        failed,
      ),
    );
    writeFileAtomic(join(outDir, "summary.json"), `${JSON.stringify(summary, null, 2)}\n`);
  }

  const overviewPath = outDir && writeOverview ? await overview.write(outDir, ctx.lang, previous) : undefined;

  const below = failUnder === undefined ? [] : sorted.filter((s) => isBelow(s, failUnder));
  if (json)
    await json.print(ctx.stdout, {
      failed,
      ...(failUnder !== undefined ? { failUnder, below: below.map((s) => s.team) } : {}),
    });
  else report(ctx, sorted, failed, outDir, overviewPath);

  if (failed.length) return EXIT.invalidData;
  if (below.length) {
    ctx.stderr.write(
      `fidelity: ${below.length} team${below.length === 1 ? "" : "s"} scored below ${failUnder}: ${below.map((s) => `${s.team} (${s.total ?? `${s.totalMin}–${s.totalMax}`})`).join(", ")}\n`,
    );
    return EXIT.belowThreshold;
  }
  return EXIT.ok;
}

/** `--require-complete` and a team with unrated items: nothing is written for it (exit 3, as invalid data). */
class NotRatedError extends InputDataError {
  constructor(
    team: LoadedTeam,
    readonly unrated: string[],
  ) {
    const n = unrated.length;
    super(`${team.name}: ${n} ${n === 1 ? "item is" : "items are"} not rated (--require-complete)`, [
      { file: team.answers?.file ?? team.dir, message: `not rated: ${unrated.join(", ")}` },
    ]);
  }
}

/**
 * `--require-complete` and a team whose data leaves whole weeks of the window uncovered: a report on part of the
 * window is not a complete one. Nothing is written for it (exit 3).
 */
class CoverageGapError extends InputDataError {
  constructor(team: LoadedTeam, gaps: { file?: string; message: string }[]) {
    super(
      `${team.name}: the data does not cover the whole window (--require-complete)`,
      gaps.map((g) => ({ file: fileOf(team, g.file), message: g.message })),
    );
  }
}

/** The path of the team's input file with this name (as the user gave it), else the team folder. */
function fileOf(team: LoadedTeam, name: string | undefined): string {
  return team.files.find((f) => basename(f.file) === name)?.file ?? team.dir;
}

/**
 * `--fail-under` is compared with IPS totals only: above the highest total a points scale can give (125 for
 * IPS-25; the --scale-file's own when one is given) every IPS team would fail, so it is a usage error.
 * A colour scale (Kvalitetsveilederen) has no total: its teams are never below.
 */
function checkFailUnder(n: number, opts: ScoreOptions): void {
  const candidates = opts.scaleFile
    ? [loadScale(undefined, opts.scaleFile)]
    : shippedScaleIds().map((id) => loadScale(id));
  const totals = candidates.flatMap((scale) => {
    const result = scoreRatings(scale, new Map());
    return result.scoring === "points" ? [{ scale, max: result.total.maxPossible }] : [];
  });
  const colourOnly = "Kvalitetsveilederen teams have colours, no total, and never count as below it";
  const highest = totals.sort((a, b) => b.max - a.max)[0];
  if (!highest)
    throw new UsageError(
      `--fail-under compares IPS totals, and ${opts.scaleFile} has none (it uses colours): ${colourOnly}; leave --fail-under out`,
    );
  if (n > highest.max)
    throw new UsageError(
      `--fail-under must be at most ${highest.max}, the highest ${highest.scale.id} total, got ${n} (it applies to IPS totals only; ${colourOnly})`,
    );
}

/**
 * A finished wizard evaluation goes into a report beside the team's data: its free text must not name one of
 * the team's participants (typed before the wizard checked it, or edited by hand). The team fails instead.
 */
function checkFinishedText(finished: Evaluation, path: string, team: LoadedTeam, ctx: CliContext): void {
  const found = identifyingTextsIn(finished, participantIdsOf(team.records));
  if (found.length === 0) return;
  throw new InputDataError(
    `${team.name}: the evaluation finished in the wizard cannot go into a report: remove what identifies a participant (${command(ctx, `evaluate --resume ${path}`)})`,
    found.map((f) => ({
      file: path,
      message: `${formatJsonPath(f.path)}${f.itemId ? ` (${f.itemId})` : ""}: ${f.message}`,
    })),
  );
}

/** A finished wizard evaluation stays as it is; only its PDF is drawn again, in the evaluation's own language. */
async function keepFinished(
  outDir: string,
  path: string,
  evaluation: Evaluation,
  pdf: boolean,
  options: PdfOptions,
  rendered?: Promise<Buffer>,
): Promise<WrittenTeam> {
  if (!pdf) return { evaluationPath: path };
  const pdfPath = join(outDir, `${teamFileStem(evaluation.team.name)}.pdf`);
  // `<team>.pdf` is in the evaluation's language, as `report` writes it (another language is `report --lang`).
  await writePdf(pdfPath, evaluation, { ...options, lang: evaluation.lang }, rendered);
  return { evaluationPath: path, pdfPath };
}

/**
 * Steps run one after the other in the order they were added, each after the one before has finished; `add`
 * waits while more than `ahead` steps are waiting, so the teams in flight (and their PDFs) stay few.
 */
class OrderedSteps {
  private tail: Promise<void> = Promise.resolve();
  private readonly waiting: Promise<void>[] = [];

  constructor(private readonly ahead: number) {}

  async add(step: () => Promise<void> | void): Promise<void> {
    const done = this.tail.then(step);
    done.catch(() => {}); // the error is thrown where the step is awaited (here or in drain)
    this.tail = done;
    this.waiting.push(done);
    while (this.waiting.length > this.ahead) await this.waiting.shift();
  }

  async drain(): Promise<void> {
    while (this.waiting.length > 0) await this.waiting.shift();
  }
}

/** The line said when a visit finished in the wizard is used instead of a fresh batch scoring. */
export function finishedNotice(path: string, e: Evaluation, lang: Lang): string {
  const saved = localTime(e.updatedAt, lang);
  return lang === "nb"
    ? `${e.team.name}: bruker vurderingen som ble fullført i veiviseren (${path}, lagret ${saved}); dataene er de samme, så den er ikke skåret på nytt.`
    : `${e.team.name}: using the evaluation finished in the wizard (${path}, saved ${saved}); the data is the same, so it was not scored again.`;
}

/** The line said when an evaluation file in the way was kept under a new name rather than overwritten. */
export function keptNotice(kept: KeptEvaluation, lang: Lang): string {
  const nb = lang === "nb";
  if (kept.savedAt === undefined)
    return nb
      ? `Beholdt filen som lå der fra før (den kan ikke leses som en evaluering) som ${kept.path}.`
      : `Kept the file that was there before (it cannot be read as an evaluation) as ${kept.path}.`;
  const saved = localTime(kept.savedAt, lang);
  return nb
    ? `Beholdt den tidligere vurderingen fra veiviseren som ${kept.path} (den var lagret ${saved}).`
    : `Kept the earlier evaluation from the wizard as ${kept.path} (saved ${saved}).`;
}

/** Metrics and data items for `--json`, specialists as JS1…JSn unless names were asked for. */
function jsonData(evaluation: Evaluation, showNames: boolean) {
  const label = staffLabeller(evaluation.metrics, showNames);
  return withStaffLabels({ metrics: evaluation.metrics, dataItems: evaluation.suggestions }, label);
}

/**
 * Below the threshold: a complete total under N; a provisional total whose highest possible value is under N
 * (it cannot reach N whatever the unrated items get). Colour scales have no total and never fail.
 */
export function isBelow(s: TeamSummary, n: number): boolean {
  if (s.total !== undefined) return s.total < n;
  return s.totalMax !== undefined && s.totalMax < n;
}

function report(
  ctx: CliContext,
  teams: TeamSummary[],
  failed: FailedTeam[],
  outDir: string | undefined,
  overviewPath: string | undefined,
): void {
  const nb = ctx.lang === "nb";
  for (const t of teams) {
    const score = t.colours
      ? (["green", "yellow", "red"] as const).map((c) => colourCount(t.colours?.[c] ?? 0, c, ctx.lang)).join(" · ")
      : t.total !== undefined
        ? `${`${t.total}/${t.maxPossible}`.padStart(7)} ${t.band ?? ""}`
        : `${nb ? "foreløpig" : "provisional"} ${t.totalMin}–${t.totalMax}/${t.maxPossible}`;
    const open = t.unrated.length
      ? ` (${t.unrated.length} ${nb ? "ikke vurdert" : "unrated"}: ${firstIds(t.unrated)})`
      : "";
    ctx.stdout.write(`${t.team.padEnd(32)} ${t.scale.padEnd(18)} ${score}${open}\n`);
    if (t.pdfFile && outDir) info(ctx, `  ${join(outDir, t.pdfFile)}`);
  }
  if (outDir)
    info(ctx, `${nb ? "Sammendrag" : "Summary"}: ${join(outDir, "summary.csv")}, ${join(outDir, "summary.json")}`);
  if (overviewPath) info(ctx, `${nb ? "Oversikt over alle team" : "Overview of all teams"}: ${overviewPath}`);
  const notRated = failed.filter((f) => f.failure === "unrated");
  const invalid = failed.filter((f) => f.failure === "invalid-data");
  const teamCount = (n: number) => (nb ? `${n} team` : `${n} team${n === 1 ? "" : "s"}`);
  if (notRated.length) {
    const n = notRated.length;
    const list = notRated.map((f) => `${f.team} (${f.reason})`).join(", ");
    info(
      ctx,
      nb
        ? `${teamCount(n)} ble ikke ferdig vurdert: ${list}`
        : `${teamCount(n)} ${n === 1 ? "was" : "were"} not fully rated: ${list}`,
    );
  }
  if (invalid.length)
    info(
      ctx,
      `${teamCount(invalid.length)} ${nb ? "med feil i dataene" : "with invalid data"}: ${invalid.map((f) => f.team).join(", ")}`,
    );
}
