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
import { ANSWERS } from "../../core/answers.messages.js";
import {
  EXIT,
  formatIssue,
  formatIssueIn,
  InputDataError,
  type InputIssue,
  isErrorIssue,
  UsageError,
} from "../../core/errors.js";
import type { Evaluation } from "../../core/evaluation.js";
import type { Text, TextOrString } from "../../core/i18n.js";
import { participantIdsOf } from "../../core/participant-ids.js";
import { buildReportModel, colourCount } from "../../core/report/build.js";
import type { ReportModel } from "../../core/report/model.js";
import { staffLabeller, withStaffLabels } from "../../core/report/staff.js";
import { formatJsonPath, type Lang, type Scale } from "../../core/scale.js";
import { scoreRatings } from "../../core/scoring.js";
import type { TeamMeta } from "../../core/team-meta.js";
import { cleanStaleTemps, writeFileAtomic } from "../../io/atomic-write.js";
import { evaluationFileBytes } from "../../io/evaluation-file.js";
import { acquireLock, type Lock } from "../../io/lock.js";
import { LOCK } from "../../io/lock.messages.js";
import { makeDirs } from "../../io/make-dirs.js";
import { createPdfRenderer, defaultPdfWorkers, type PdfRenderer } from "../../io/pdf/pool.js";
import { type PreviousRound, readPreviousRound } from "../../io/previous-round.js";
import { loadScale, shippedScaleIds } from "../../io/scales.js";
import { findTeamFolders, type TeamFolder } from "../../io/team-files.js";
import { HIDDEN_TEAM_NAME, type LoadedTeam, loadTeamFolder } from "../../io/team-folder.js";
import { runFiles, type TeamFiles, teamFiles } from "../../io/team-outputs.js";
import { type CliContext, command, info } from "../context.js";
import { TeamJsonEntries } from "../json-teams.js";
import { localTime } from "../local-time.js";
import { parseOptions, type RawOptions } from "../options.js";
import {
  actionPlanText,
  type Drawings,
  type EarlierFile,
  finishedFromSameData,
  type KeptEvaluation,
  type PdfOptions,
  readEarlier,
  renderersFor,
  type WrittenTeam,
  writeActionPlanCsv,
  writeRenderedFiles,
  writeTeamOutputs,
} from "../outputs.js";
import { OverviewCollector } from "../overview.js";
import { type PreviousLookup, previousLookup } from "../previous.js";
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
import { evaluateLoadedTeam, scoringWindow } from "../team-evaluation.js";
import { SCORE } from "./score.messages.js";

/** The options as given (strings from the command line); `OPTIONS.score` in ../options.ts checks them. */
export type ScoreOptions = RawOptions<"score">;

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
  const settings = scoreSettings(ctx, opts, deps);
  const folders = await findFolders(ctx, paths);
  // A scale given on the command line is checked before anything is written.
  if (opts.scale || opts.scaleFile) loadScale(opts.scale, opts.scaleFile);
  const previous = opts.previousDir ? readPreviousRound(resolve(ctx.cwd, opts.previousDir)) : undefined;
  const lock = settings.outDir ? lockOutDir(settings.outDir) : undefined;
  try {
    const run = new ScoreRun(ctx, opts, settings, folders.length);
    try {
      await run.scoreFolders(folders);
      return await finishScore(ctx, run, settings, previous);
    } finally {
      await run.close();
    }
  } finally {
    lock?.release();
  }
}

/**
 * One run per output folder: a second `score` into the same `--out` is refused before it writes anything.
 * Temp files a killed run left there are removed.
 */
function lockOutDir(outDir: string): Lock {
  makeDirs(outDir);
  cleanStaleTemps(outDir);
  return acquireLock(join(outDir, OUT_LOCK), (holder) => LOCK.text("outHeld", { path: outDir, holder }));
}

/** The lock file of a score run in its output folder. */
const OUT_LOCK = ".fidelity-score.lock";

/** The run's settings from the options, each checked before anything is read. */
interface ScoreSettings {
  now: () => string;
  failUnder?: number;
  jobs: number;
  lookbackWeeks?: number;
  visitDate?: string;
  pdf: boolean;
  /** Without --out, a scoring run that only prints (--no-pdf) writes nothing at all. */
  outDir?: string;
  /** oversikt.pdf is a PDF: not written with --no-pdf (docs/decisions.md), nor without an output folder. */
  overview: boolean;
}

function scoreSettings(ctx: CliContext, raw: ScoreOptions, deps: ScoreDeps): ScoreSettings {
  const { failUnder, lookbackWeeks, visitDate, ...opts } = parseOptions("score", raw);
  if (failUnder !== undefined) checkFailUnder(failUnder, opts);
  const jobs = opts.jobs ?? defaultPdfWorkers();
  const pdf = opts.pdf !== false;
  const outDir = opts.out ? resolve(ctx.cwd, opts.out) : pdf ? resolve(ctx.cwd, "reports") : undefined;
  return {
    now: deps.now ?? (() => new Date().toISOString()),
    ...(failUnder !== undefined ? { failUnder } : {}),
    jobs,
    ...(lookbackWeeks !== undefined ? { lookbackWeeks } : {}),
    ...(visitDate !== undefined ? { visitDate } : {}),
    pdf,
    ...(outDir !== undefined ? { outDir } : {}),
    overview: outDir !== undefined && pdf && opts.overview !== false,
  };
}

/** Every team folder under the paths, once each (a folder named twice, or inside another path, is one). */
async function findFolders(ctx: CliContext, paths: string[]): Promise<TeamFolder[]> {
  const folders = new Map<string, TeamFolder>();
  for (const p of paths) for (const f of await findTeamFolders(resolve(ctx.cwd, p))) folders.set(resolve(f.dir), f);
  return [...folders.values()];
}

/**
 * One scoring run over the team folders. Per team, only its summary line (and its overview row) is kept to the
 * end; a --json entry is serialized as soon as the team is written. PDFs are drawn on worker threads (one per
 * --jobs) while the next teams are read and scored; each team's files are still written, and its lines said,
 * one team after the other in folder order, so the output is the same whatever --jobs is.
 */
class ScoreRun {
  readonly results: { summary: TeamSummary; scale: Scale }[] = [];
  readonly failed: FailedTeam[] = [];
  readonly overview = new OverviewCollector();
  readonly json: TeamJsonEntries | undefined;
  /** A team failed because one of its files could not be read at all (exit 4 at the end). */
  unreadable = false;
  /** Output file stem → the team folder that took it. */
  private readonly claimed = new Map<string, string>();
  private readonly progress: Progress;
  private readonly pdfOptions: PdfOptions;
  private readonly renderer: PdfRenderer | undefined;
  /** `--previous`: each team's previous evaluation (trend and follow-up of its action plan). */
  private readonly previousOf: PreviousLookup | undefined;

  constructor(
    private readonly ctx: CliContext,
    private readonly opts: ScoreOptions,
    private readonly settings: ScoreSettings,
    folderCount: number,
  ) {
    this.json = opts.json ? new TeamJsonEntries() : undefined;
    this.progress = new Progress(ctx, folderCount);
    this.pdfOptions = { lang: ctx.lang, showStaffNames: opts.showStaffNames };
    this.previousOf = previousLookup(ctx.cwd, opts.previous);
    this.renderer = settings.outDir && settings.pdf ? createPdfRenderer(settings.jobs, folderCount) : undefined;
  }

  /** Folders are read up to --jobs at a time ahead of the team being written. */
  async scoreFolders(list: TeamFolder[]): Promise<void> {
    const loading = new Map<number, Promise<LoadedTeam[]>>();
    const { visitDate, lookbackWeeks } = this.settings;
    const contactsWindow = (meta: TeamMeta | undefined) =>
      scoringWindow(meta, { visitDate, lookbackWeeks, today: this.ctx.today });
    const prefetch = (i: number) => {
      const folder = list[i];
      // The contacts file is streamed into a tally for the team's window, never kept (flat memory, issue 10).
      if (folder && !loading.has(i)) loading.set(i, loadTeamFolder(folder, { contactsWindow }));
    };
    const steps = new OrderedSteps(Math.max(2, 2 * (this.renderer?.workers ?? 0)));
    try {
      for (let i = 0; i < list.length; i++) {
        for (let k = i; k < i + this.settings.jobs; k++) prefetch(k);
        const teams = (await loading.get(i)) ?? [];
        loading.delete(i);
        for (const team of teams) await steps.add(this.stepFor(team));
        const label = list[i]?.dir ?? "";
        await steps.add(() => this.progress.tick(label));
      }
      await steps.drain();
    } catch (e) {
      this.json?.close();
      throw e;
    }
    this.progress.done();
  }

  /**
   * oversikt.pdf in the output folder, drawn by one of the run's PDF workers (already warm) when it has any;
   * its path, or undefined when no team was scored.
   */
  writeOverview(outDir: string, previous: PreviousRound | undefined): Promise<string | undefined> {
    return this.overview.write(outDir, this.ctx.lang, previous, this.renderer);
  }

  /** Stops the PDF workers (after the overview, which they draw too). */
  async close(): Promise<void> {
    await this.renderer?.close();
  }

  /** Score the team now (its PDF starts drawing), and return the step that writes it in its turn. */
  private stepFor(team: LoadedTeam): () => Promise<void> | void {
    try {
      const scored = this.scoreTeam(team);
      return async () => {
        try {
          await this.writeTeam(team, scored);
        } catch (err) {
          if (!(err instanceof InputDataError)) throw err;
          this.failTeam(team, err);
        }
      };
    } catch (err) {
      if (!(err instanceof InputDataError)) throw err;
      return () => this.failTeam(team, err);
    }
  }

  private scoreTeam(team: LoadedTeam): ScoredTeam {
    const { outDir } = this.settings;
    const { previousOf } = this;
    let previous: Evaluation | undefined;
    const { evaluation: scoring, warnings } = evaluateLoadedTeam(team, {
      previous: previousOf
        ? (query) => {
            previous = previousOf(query);
            return previous;
          }
        : undefined,
      scale: this.opts.scale,
      scaleFile: this.opts.scaleFile,
      visitDate: this.settings.visitDate,
      lookbackWeeks: this.settings.lookbackWeeks,
      lang: this.ctx.lang,
      today: this.ctx.today,
    });
    const files = outDir ? teamFiles(outDir, team.name) : undefined;
    // What is in the way is read once, here: a re-run over unchanged data finds its own bytes there.
    const bytes = files && evaluationFileBytes(scoring);
    const earlier = files && bytes ? (readEarlier(files.evaluation, { scoring, bytes }) ?? null) : undefined;
    // A visit finished in the wizard from these very files is the evaluator's word: used, not scored again.
    const finished = files && earlier ? finishedFromSameData(files.evaluation, scoring, earlier) : undefined;
    if (finished && files) checkFinishedText(finished, files.evaluation, team, this.ctx);
    const evaluation = finished ?? scoring;
    if (this.opts.requireComplete) checkComplete(team, evaluation);
    if (files) this.claimFileNames(team, files);
    const options: PdfOptions = { ...this.pdfOptions, ...(previous ? { previous } : {}) };
    // `<team>.pdf` of a visit finished in the wizard is in the evaluation's language, as `report` writes it;
    // so is its action plan. One report model serves both.
    const own = finished ? { ...options, lang: evaluation.lang } : options;
    const model = this.renderer && buildReportModel(evaluation, own);
    const drawing = model && this.draw(model);
    return {
      evaluation,
      warnings,
      options,
      ...(finished ? { finished: true } : {}),
      ...(files ? { files, plan: actionPlanText(evaluation, own, model) } : {}),
      ...(files && !finished ? { bytes, earlier } : {}),
      ...(drawing ? { drawing } : {}),
    };
  }

  private draw(model: ReportModel): Promise<Buffer> {
    const drawing = (this.renderer as PdfRenderer).render(model);
    drawing.catch(() => {}); // awaited when the team is written; a failure is reported there
    return drawing;
  }

  /** Two teams of one run whose names give the same file names: the second fails rather than overwrite. */
  private claimFileNames(team: LoadedTeam, files: TeamFiles): void {
    const stem = basename(files.base);
    const taken = this.claimed.get(stem);
    if (taken !== undefined)
      throw new InputDataError(SCORE.text("sameFiles", { team: team.name }), [
        {
          file: team.teamFile ?? team.dir,
          message: SCORE.text("sameFilesDetail", { team: team.name, file: basename(files.rendered("pdf")), taken }),
        },
      ]);
    this.claimed.set(stem, team.dir);
  }

  private async writeTeam(team: LoadedTeam, scored: ScoredTeam): Promise<void> {
    const { ctx } = this;
    const { evaluation, files, options } = scored;
    const drawings: Drawings = scored.drawing ? { pdf: scored.drawing } : {};
    const written =
      files && scored.finished
        ? await keepFinished(files, evaluation, this.settings.pdf, options, drawings, scored.plan)
        : this.settings.outDir
          ? await writeTeamOutputs(this.settings.outDir, evaluation, {
              pdf: this.settings.pdf,
              ...options,
              keepEarlier: this.settings.now(),
              drawings,
              ...(files ? { plan: scored.plan } : {}),
              ...(scored.bytes ? { bytes: scored.bytes } : {}),
              ...(scored.earlier !== undefined ? { earlier: scored.earlier } : {}),
            })
          : undefined;
    if (scored.finished) {
      this.progress.clear();
      info(ctx, finishedNotice(files?.evaluation ?? "", evaluation, ctx.lang));
    }
    if (written?.kept) {
      this.progress.clear();
      info(ctx, keptNotice(written.kept, ctx.lang));
    }
    for (const w of scored.warnings.filter((x) => !isErrorIssue(x))) info(ctx, formatIssue(w, ctx.lang));
    for (const gap of coverageGaps(evaluation))
      info(ctx, formatIssue({ file: fileOf(team, gap.file), message: gap.message, severity: "warning" }, ctx.lang));
    const grouping = { group: team.meta?.group, reviewType: team.meta?.reviewType };
    this.overview.add(evaluation, grouping);
    // File names relative to the output folder, so the summary is the same wherever it is written.
    const summary = summarise(
      evaluation,
      {
        evaluationFile: written && basename(written.evaluationPath),
        pdfFile: written?.pdfPath && basename(written.pdfPath),
      },
      grouping,
    );
    this.results.push({ summary, scale: evaluation.scale });
    this.json?.add(summary.team, { ...summary, ...jsonData(evaluation, this.opts.showStaffNames ?? false) });
  }

  /** A team nothing is written for: said, and listed as failed, in its turn. */
  private failTeam(team: LoadedTeam, err: InputDataError): void {
    const { ctx } = this;
    const problems = err.issues.filter(isErrorIssue).map(formatIssueIn(ctx.lang));
    if (err.issues.some((i) => i.unreadable)) this.unreadable = true;
    const failure =
      err instanceof NotRatedError ? "unrated" : err instanceof CoverageGapError ? "coverage-gap" : "invalid-data";
    const unrated = err instanceof NotRatedError ? err.unrated : undefined;
    this.overview.fail(team.name, team.meta?.group, failure);
    this.failed.push({
      team: team.name,
      ...(team.meta?.group ? { group: team.meta.group } : {}),
      ...(team.meta?.reviewType ? { reviewType: team.meta.reviewType } : {}),
      dir: team.nameHidden ? HIDDEN_TEAM_NAME : team.dir,
      failure,
      reason: failureReason(failure, { unrated, problems: problems.length }, ctx.lang),
      ...(unrated ? { unrated } : {}),
      problems,
    });
    this.progress.clear();
    ctx.stderr.write(`fidelity: ${SCORE.in(ctx.lang)("nothingWritten", { problem: asText(err.text) })}\n`);
    printIssues(ctx, problems.length ? problems : [err.in(ctx.lang)]);
  }
}

/** A team scored and waiting for its turn to be written. */
interface ScoredTeam {
  evaluation: Evaluation;
  warnings: InputIssue[];
  /** How its files are drawn (with the team's previous evaluation under --previous). */
  options: PdfOptions;
  /** The evaluation is a visit finished in the wizard from the same files, used as it is. */
  finished?: true;
  /** Its files in the output folder (none without one). */
  files?: TeamFiles;
  /** Its PDF, being drawn on a worker thread. */
  drawing?: Promise<Buffer>;
  /** Its action plan's text, made with its report (with an output folder). */
  plan?: string | undefined;
  /** Its evaluation file's bytes, and what was at its path when it was scored (not for a finished visit). */
  bytes?: Buffer | undefined;
  earlier?: EarlierFile | null | undefined;
}

/** With `--require-complete`: unrated items or uncovered weeks fail the team. */
function checkComplete(team: LoadedTeam, evaluation: Evaluation): void {
  const unrated = summarise(evaluation, {}).unrated;
  if (unrated.length) throw new NotRatedError(team, unrated);
  const gaps = coverageGaps(evaluation);
  if (gaps.length) throw new CoverageGapError(team, gaps);
}

/** The summaries, the overview, what is said at the end and the exit code. */
async function finishScore(
  ctx: CliContext,
  run: ScoreRun,
  settings: ScoreSettings,
  previous: PreviousRound | undefined,
): Promise<number> {
  const { failed, json } = run;
  const { outDir, failUnder } = settings;
  run.results.sort((a, b) => a.summary.team.localeCompare(b.summary.team, "nb"));
  failed.sort((a, b) => a.team.localeCompare(b.team, "nb"));
  const sorted = run.results.map((r) => r.summary);
  if (outDir) writeSummaries(outDir, run, sorted, ctx.lang);
  const overviewPath = outDir && settings.overview ? await run.writeOverview(outDir, previous) : undefined;

  const below = failUnder === undefined ? [] : sorted.filter((s) => isBelow(s, failUnder));
  if (json)
    await json.print(ctx.stdout, {
      failed,
      // As in summary.json: per group (county, region) the teams, totals, bands, colours and key metrics.
      groups: run.overview.groups(),
      ...(failUnder !== undefined ? { failUnder, below: below.map((s) => s.team) } : {}),
    });
  else report(ctx, sorted, failed, outDir, overviewPath);

  if (failed.length) return run.unreadable ? EXIT.io : EXIT.invalidData;
  if (below.length) {
    ctx.stderr.write(
      `fidelity: ${SCORE.in(ctx.lang)("below", {
        n: below.length,
        failUnder: failUnder ?? 0,
        list: below.map((s) => `${s.team} (${s.total ?? `${s.totalMin}–${s.totalMax}`})`).join(", "),
      })}\n`,
    );
    return EXIT.belowThreshold;
  }
  return EXIT.ok;
}

/** summary.csv and summary.json in the output folder. */
function writeSummaries(outDir: string, run: ScoreRun, sorted: TeamSummary[], lang: Lang): void {
  const files = runFiles(outDir);
  writeFileAtomic(
    files.summaryCsv,
    summaryCsv(
      sorted,
      run.results.map((r) => r.scale),
      run.failed,
      lang,
    ),
    { durable: false },
  );
  const summary = { teams: sorted, failed: run.failed, groups: run.overview.groups() };
  // Made again by the next score run: renamed into place, not fsynced (atomic-write.ts).
  writeFileAtomic(files.summaryJson, `${JSON.stringify(summary, null, 2)}\n`, { durable: false });
}

const asText = (t: TextOrString): Text => (typeof t === "string" ? { nb: t, en: t } : t);

/** `--require-complete` and a team with unrated items: nothing is written for it (exit 3, as invalid data). */
class NotRatedError extends InputDataError {
  constructor(
    team: LoadedTeam,
    readonly unrated: string[],
  ) {
    const n = unrated.length;
    super(SCORE.text("notRated", { team: team.name, n }), [
      { file: team.answers?.file ?? team.dir, message: SCORE.text("notRatedIds", { ids: unrated.join(", ") }) },
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
      SCORE.text("notCovered", { team: team.name }),
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
function checkFailUnder(n: number, opts: { scaleFile?: string | undefined }): void {
  const candidates = opts.scaleFile
    ? [loadScale(undefined, opts.scaleFile)]
    : shippedScaleIds().map((id) => loadScale(id));
  const totals = candidates.flatMap((scale) => {
    const result = scoreRatings(scale, new Map());
    return result.scoring === "points" ? [{ scale, max: result.total.maxPossible }] : [];
  });
  const highest = totals.sort((a, b) => b.max - a.max)[0];
  if (!highest) throw new UsageError(SCORE.text("failUnderNoTotal", { file: String(opts.scaleFile) }));
  if (n > highest.max)
    throw new UsageError(SCORE.text("failUnderTooHigh", { max: highest.max, scale: highest.scale.id, n }));
}

/**
 * A finished wizard evaluation goes into a report beside the team's data: its free text must not name one of
 * the team's participants (typed before the wizard checked it, or edited by hand). The team fails instead.
 */
function checkFinishedText(finished: Evaluation, path: string, team: LoadedTeam, ctx: CliContext): void {
  const found = identifyingTextsIn(finished, participantIdsOf(team.records));
  if (found.length === 0) return;
  throw new InputDataError(
    SCORE.text("finishedIdentifies", { team: team.name, command: command(ctx, `evaluate --resume ${path}`) }),
    found.map((f) => ({
      file: path,
      message: ANSWERS.text("at", {
        path: `${formatJsonPath(f.path)}${f.itemId ? ` (${f.itemId})` : ""}`,
        problem: f.message,
      }),
    })),
  );
}

/**
 * A finished wizard evaluation stays as it is; only its PDF and its action plan are drawn again, in the
 * evaluation's own language (a finished evaluation from before the plan gets one too).
 */
async function keepFinished(
  files: TeamFiles,
  evaluation: Evaluation,
  pdf: boolean,
  options: PdfOptions,
  drawings: Drawings,
  planText?: string,
): Promise<WrittenTeam> {
  // `<team>.pdf` is in the evaluation's language, as `report` writes it (another language is `report --lang`).
  const own = { ...options, lang: evaluation.lang };
  const actionPlanPath = writeActionPlanCsv(files, evaluation, own, planText ?? actionPlanText(evaluation, own));
  const plan = actionPlanPath ? { actionPlanPath } : {};
  if (!pdf) return { evaluationPath: files.evaluation, ...plan };
  const { pdf: pdfPath } = await writeRenderedFiles(files, evaluation, renderersFor(pdf), own, drawings);
  return { evaluationPath: files.evaluation, ...plan, ...(pdfPath ? { pdfPath } : {}) };
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
  return SCORE.in(lang)("finishedUsed", { team: e.team.name, path, saved: localTime(e.updatedAt, lang) });
}

/** The line said when an evaluation file in the way was kept under a new name rather than overwritten. */
export function keptNotice(kept: KeptEvaluation, lang: Lang): string {
  const t = SCORE.in(lang);
  if (kept.savedAt === undefined) return t("keptUnreadable", { path: kept.path });
  return t("keptEarlier", { path: kept.path, saved: localTime(kept.savedAt, lang) });
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
  const say = SCORE.in(ctx.lang);
  for (const t of teams) {
    const score = t.colours
      ? (["green", "yellow", "red"] as const).map((c) => colourCount(t.colours?.[c] ?? 0, c, ctx.lang)).join(" · ")
      : t.total !== undefined
        ? `${`${t.total}/${t.maxPossible}`.padStart(7)} ${t.band ?? ""}`
        : `${say("provisional")} ${t.totalMin}–${t.totalMax}/${t.maxPossible}`;
    const open = t.unrated.length ? ` (${t.unrated.length} ${say("unrated")}: ${firstIds(t.unrated)})` : "";
    ctx.stdout.write(`${t.team.padEnd(32)} ${t.scale.padEnd(18)} ${score}${open}\n`);
    if (t.pdfFile && outDir) info(ctx, `  ${join(outDir, t.pdfFile)}`);
  }
  if (outDir) info(ctx, `${say("summary")}: ${runFiles(outDir).summaryCsv}, ${runFiles(outDir).summaryJson}`);
  if (overviewPath) info(ctx, `${say("overview")}: ${overviewPath}`);
  const notRated = failed.filter((f) => f.failure === "unrated");
  const invalid = failed.filter((f) => f.failure === "invalid-data");
  if (notRated.length)
    info(
      ctx,
      say("notFullyRated", { n: notRated.length, list: notRated.map((f) => `${f.team} (${f.reason})`).join(", ") }),
    );
  if (invalid.length) info(ctx, say("invalidData", { n: invalid.length, list: invalid.map((f) => f.team).join(", ") }));
}
