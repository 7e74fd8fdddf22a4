/**
 * `fidelity evaluate [team-dir]`: the visit wizard (docs/design.md §1, §5.5, §6).
 *
 * On a terminal: setup (asking only what the folder does not say) → data summary → counting rules → every
 * item in scale order → review → `<team>.evaluation.json` + PDF in `--out` (default ./reports, as `score`).
 * The session is saved after every answer (`<team-dir>/.fidelity/<team>-<date>.session.json`); Ctrl-C saves
 * and exits 130; `--resume <file>`, or starting again for the same team and date, continues it. A finished
 * evaluation of the same team and date already in `--out` is offered for reopening (or kept, renamed, when
 * the evaluator starts over); any other evaluation file in the way is renamed aside, never overwritten.
 *
 * Not on a terminal: nothing is asked. A team whose answers file rates every item is scored like `score`;
 * otherwise exit 2 with what is missing. An evaluation file already in `--out` that differs from what the
 * answers file gives is not overwritten (exit 2). It never waits for input that cannot come.
 */
import { existsSync, readFileSync, rmdirSync, statSync } from "node:fs";
import { basename, dirname, isAbsolute, relative, resolve } from "node:path";
import { EXIT, InputDataError, UsageError } from "../../core/errors.js";
import { evaluateTeam } from "../../core/evaluate-team.js";
import type { Evaluation } from "../../core/evaluation.js";
import { isBatchScoring, ratingsMap, sameInputFiles } from "../../core/evaluation.js";
import { formatDate } from "../../core/format.js";
import { both, type Text } from "../../core/i18n.js";
import type { CountingRules } from "../../core/metrics/counting-rules.js";
import type { ParticipantIds } from "../../core/participant-ids.js";
import type { Lang } from "../../core/scale.js";
import { scoreRatings } from "../../core/scoring.js";
import { cleanStaleTemps } from "../../io/atomic-write.js";
import { readEvaluationFile } from "../../io/evaluation-file.js";
import { acquireLock, type Lock } from "../../io/lock.js";
import { LOCK } from "../../io/lock.messages.js";
import { makeDirs } from "../../io/make-dirs.js";
import { SESSION_DIR } from "../../io/team-outputs.js";
import { type CliContext, command, info, print } from "../context.js";
import { localTime } from "../local-time.js";
import { setAsideEvaluation, writeTeamOutputs } from "../outputs.js";
import { PREVIOUS } from "../previous.messages.js";
import { type Prompter, PromptInterrupted, terminalPrompter } from "../prompts.js";
import { evaluateLoadedTeam, TOOL_VERSION } from "../team-evaluation.js";
import { finished, runWizard } from "../wizard/flow.js";
import { isRated } from "../wizard/ratings.js";
import type { SummaryExtras } from "../wizard/screens.js";
import {
  CURSOR,
  evaluationPath,
  findUnfinished,
  loadSession,
  readFinished,
  removeSession,
  saveSession,
  sessionPath,
  setAside,
  teamDirOfSession,
} from "../wizard/session.js";
import { type WizardDeps, WizardSession } from "../wizard/session-state.js";
import {
  chooseTeam,
  loadTeamDir,
  participantIdsOfTeam,
  resolveSetup,
  resolveTeamDir,
  type Setup,
  type SetupOptions,
  teamInput,
} from "../wizard/setup.js";
import { makeStyle } from "../wizard/style.js";
import { EVALUATE } from "./evaluate.messages.js";

export interface EvaluateOptions extends SetupOptions {
  resume?: string;
  out?: string;
  showStaffNames?: boolean;
  /** The team's previous evaluation (else the finished one of an earlier visit found in --out). */
  previous?: string;
}

export interface EvaluateDeps {
  /** Injected by tests; otherwise the terminal prompter when stdin and stderr are terminals. */
  prompter?: Prompter;
  /** Clock for timestamps (tests fix it). */
  now?: () => string;
}

export async function runEvaluate(
  ctx: CliContext,
  teamDirArg: string | undefined,
  opts: EvaluateOptions,
  deps: EvaluateDeps = {},
): Promise<number> {
  const run = newRun(ctx, opts, deps);
  if (opts.resume && !run.prompter) throw new UsageError(EVALUATE.text("resumeNeedsTerminal", { file: opts.resume }));
  let started: Started | number;
  try {
    started = opts.resume ? await resumeSession(run, opts.resume, teamDirArg) : await startSession(run, teamDirArg);
  } catch (err) {
    if (!(err instanceof PromptInterrupted)) throw err;
    info(ctx, run.t("interruptedBeforeStart"));
    return EXIT.interrupted;
  }
  // A number: not a terminal, and the team was scored (or refused) without asking anything.
  if (typeof started === "number") return started;
  // One wizard per session: a second one on the same session is refused before it shows or saves anything.
  const lock = lockSession(started.session.path);
  try {
    const wizard = openWizard(run, started);
    const end = await walkItems(run, wizard, started);
    return end === "finish" ? await finishEvaluation(run, wizard, started) : end;
  } finally {
    lock.release();
  }
}

/**
 * The lock of a wizard session: `<session>.lock` beside it (stale temp files there are cleaned too). Released,
 * the session's folder goes with it when nothing else is left there (the visit was finished).
 */
function lockSession(path: string): Lock {
  const dir = dirname(path);
  makeDirs(dir);
  cleanStaleTemps(dir);
  const lock = acquireLock(`${path}.lock`, (holder) => LOCK.text("sessionHeld", { path, holder }));
  return {
    path: lock.path,
    release: () => {
      lock.release();
      if (basename(dir) === SESSION_DIR)
        try {
          rmdirSync(dir);
        } catch {
          // Sessions (or other files) are still there: it stays.
        }
    },
  };
}

/** One `evaluate` run: the context, the clock, the prompter (none without a terminal), what to say first. */
interface Run {
  ctx: CliContext;
  opts: EvaluateOptions;
  lang: Lang;
  t: ReturnType<typeof EVALUATE.in>;
  now: () => string;
  prompter?: Prompter;
  /** Where the prompts are drawn (for the screen width). */
  screenOut?: { columns?: number; rows?: number };
  /** The default output folder, as for `score`: ./reports under the current folder, never the team's data folder. */
  defaultOut: string;
  extras: SummaryExtras;
  /** Messages for the first screen (which clears the terminal). */
  notices: string[];
}

/** The session the wizard walks, and what it was started with. */
interface Started {
  session: { path: string; evaluation: Evaluation };
  /** The team's data as read now, when it is the data the session was made from (the rules can then change). */
  setup?: Setup;
  /** The team's participant ids, for the wizard to refuse free text naming one (never saved). */
  participantIds?: ParticipantIds;
  outDir: string;
}

function newRun(ctx: CliContext, opts: EvaluateOptions, deps: EvaluateDeps): Run {
  const lang = ctx.lang;
  // Prompts go to stderr (stdout keeps the paths printed at the end), or to stdout when only it is a terminal.
  const screenOut = ctx.stderr.isTTY ? ctx.stderr : ctx.stdout.isTTY ? ctx.stdout : undefined;
  const prompter =
    deps.prompter ??
    (ctx.stdin.isTTY && screenOut
      ? terminalPrompter({ input: ctx.stdin, output: screenOut, color: ctx.color, lang })
      : undefined);
  return {
    ctx,
    opts,
    lang,
    t: EVALUATE.in(lang),
    now: deps.now ?? (() => new Date().toISOString()),
    ...(prompter ? { prompter } : {}),
    ...(screenOut ? { screenOut } : {}),
    defaultOut: resolve(ctx.cwd, "reports"),
    extras: {},
    notices: [],
  };
}

/** Say it now (stderr) and on the first screen. */
function tell(run: Run, message: string): void {
  info(run.ctx, message);
  run.notices.push(message);
}

/**
 * An unfinished session of this team and date in `dir`: offered, and returned when the evaluator continues
 * it; when declined it is set aside (renamed, never deleted) and said so.
 */
async function offerUnfinished(
  run: Run,
  p: Prompter,
  dir: string,
  name: string,
  visitDate: string,
  declined = "",
): Promise<Evaluation | undefined> {
  const { t, lang, ctx } = run;
  const found = findUnfinished(dir, name, visitDate);
  if (!found) return undefined;
  const rated = found.items.filter(isRated).length;
  const resume = await p.confirm({
    message: t("unfinishedFound", {
      name,
      date: formatDate(visitDate, lang),
      rated,
      saved: localTime(found.updatedAt, lang),
      declined,
    }),
    default: true,
  });
  if (resume) return found;
  const kept = setAside(sessionPath(dir, name, visitDate), run.now());
  if (kept) tell(run, t("oldSessionSetAside", { file: shown(ctx, kept) }));
  return undefined;
}

/** `--resume <file>`: a saved session, or a finished evaluation reopened at its review. */
async function resumeSession(run: Run, file: string, teamDirArg: string | undefined): Promise<Started> {
  const { ctx, t, prompter } = run;
  const path = resolve(ctx.cwd, file);
  const evaluation = loadSession(path);
  // The team's data folder: the session's own, or for a finished evaluation the folder given with it
  // (`evaluate <team-dir> --resume <file>`), else the evaluation's folder (where older versions wrote it).
  let dataDir = teamDirOfSession(path);
  let unknownData: string | undefined;
  let session: Started["session"];
  let outDir: string;
  if (evaluation.status === "complete") {
    // Reopening a finished evaluation: a session with the team's data, opened at the review; written back
    // where it was.
    dataDir = teamDirArg ? resolve(ctx.cwd, teamDirArg) : dirname(path);
    // An unfinished session of the same visit is where the reopened one would be saved: offer it, and
    // when declined keep it aside (renamed), never overwrite it.
    const name = evaluation.team.name;
    const found = prompter
      ? await offerUnfinished(run, prompter, dataDir, name, evaluation.visitDate, t("declinedReopens"))
      : undefined;
    session = { path: sessionPath(dataDir, name, evaluation.visitDate), evaluation: found ?? reopened(evaluation) };
    outDir = run.opts.out ? resolve(ctx.cwd, run.opts.out) : dirname(path);
    if (!teamDirArg)
      unknownData = t("dataNotBeside", {
        file: shown(ctx, path),
        nbCommand: command(ctx, `evaluate <teammappe> --resume ${shown(ctx, path)}`),
        enCommand: command(ctx, `evaluate <team-folder> --resume ${shown(ctx, path)}`),
      });
  } else {
    session = { path, evaluation };
    outDir = run.opts.out ? resolve(ctx.cwd, run.opts.out) : run.defaultOut;
  }
  const reloaded = await reloadForResume(session.evaluation, dataDir, run.lang, unknownData);
  if (reloaded.notice) run.notices.push(reloaded.notice);
  return {
    session,
    outDir,
    ...(reloaded.setup ? { setup: reloaded.setup } : {}),
    ...(reloaded.participantIds ? { participantIds: reloaded.participantIds } : {}),
  };
}

/**
 * `evaluate [team-dir]`: the team folder and set-up (asking only what the folder does not say), then an
 * unfinished session or a finished evaluation of the same visit offered, else a fresh session. Without a
 * terminal the team is scored from its answers file instead (the exit code is returned).
 */
async function startSession(run: Run, teamDirArg: string | undefined): Promise<Started | number> {
  const { ctx, opts, prompter, lang } = run;
  const dir = await resolveTeamDir(teamDirArg, ctx.cwd, prompter, lang, ctx.invocation);
  const loaded = await loadTeamDir(dir, prompter && { prompter, lang, tell: (message) => tell(run, message) });
  const team = await chooseTeam(loaded, dir, prompter, lang, ctx.invocation);
  const outDir = opts.out ? resolve(ctx.cwd, opts.out) : run.defaultOut;
  let session: Started["session"] | undefined;
  const setup = await resolveSetup(team, opts, prompter, lang, ctx.today, async (name, visitDate) => {
    if (!prompter) return undefined;
    const found = await offerUnfinished(run, prompter, resolve(team.dir), name, visitDate);
    const path = sessionPath(resolve(team.dir), name, visitDate);
    if (found) {
      session = { path, evaluation: found };
      return found;
    }
    const done = await offerFinished(run, prompter, outDir, name, visitDate);
    if (done) session = { path, evaluation: reopened(done) };
    return done;
  });
  if (!prompter) return scoreWithoutTerminal(ctx, setup, outDir, opts);
  const participantIds = participantIdsOfTeam(setup.team);
  // Set in the callback above (which the compiler does not follow) when a session is continued or reopened.
  const continued = session as Started["session"] | undefined;
  if (!continued) {
    const previous = previousEvaluation(run, outDir, setup.name, setup.visitDate, setup.scale.id);
    if (previous) tell(run, run.t("previousFound", { date: formatDate(previous.visitDate, lang) }));
    const fresh = newSession(setup, lang, run.now(), run.extras, previous);
    return {
      session: { path: sessionPath(setup.dir, setup.name, setup.visitDate), evaluation: fresh },
      outDir,
      participantIds,
      setup,
    };
  }
  // As with --resume, its data is used only when the files are the ones it was made from; otherwise it keeps
  // its own data and the rules cannot change.
  if (!filesChanged(setup.team, continued.evaluation)) return { session: continued, outDir, participantIds, setup };
  run.notices.push(filesChangedNotice(lang));
  return { session: continued, outDir, participantIds };
}

/**
 * A finished evaluation of this team and date where this one would be written: offered for reopening (and
 * returned), or, when the evaluator starts over, kept under another name. Any other file there is said to
 * be kept aside when this evaluation is written.
 */
async function offerFinished(
  run: Run,
  prompter: Prompter,
  outDir: string,
  name: string,
  visitDate: string,
): Promise<Evaluation | undefined> {
  const { ctx, t, lang } = run;
  const target = evaluationPath(outDir, name);
  const done = readFinished(target);
  if (done && done.team.name === name && done.visitDate === visitDate) {
    const again = await prompter.confirm({
      message: t("finishedFound", {
        name,
        date: formatDate(visitDate, lang),
        file: shown(ctx, target),
        saved: localTime(savedAt(target, done), lang),
      }),
      default: true,
    });
    if (again) return done;
    const kept = setAsideEvaluation(target, run.now());
    if (kept) tell(run, t("finishedKeptAs", { file: shown(ctx, kept) }));
  } else if (existsSync(target)) {
    const other = describeFile(target)[lang];
    tell(run, t("fileInTheWay", { file: shown(ctx, target), other }));
  }
  return undefined;
}

/** The wizard over the started session, saved once before the first question. */
function openWizard(run: Run, started: Started): WizardSession {
  const { ctx, lang, now, prompter } = run;
  if (!prompter) throw new Error("unreachable: the wizard needs a prompter");
  const { session, setup, participantIds } = started;
  if (setup?.warnings.length) run.extras.fileWarnings = setup.warnings;
  const path = session.path;
  const wizardDeps: WizardDeps = {
    prompter,
    screen: {
      lang,
      width: screenWidth(run.screenOut ?? ctx.stderr),
      ...(run.screenOut?.rows ? { height: run.screenOut.rows } : {}),
      style: makeStyle(ctx.color),
    },
    now,
    save: (e) => saveSession(path, e),
    summary: run.extras,
    ...(participantIds ? { participantIds } : {}),
    ...(setup ? { recompute: (rules: CountingRules) => recompute(setup, session.evaluation, rules, lang, now()) } : {}),
  };
  const wizard = new WizardSession(session.evaluation, wizardDeps);
  wizard.notice = run.notices.length ? run.notices.join("\n") : undefined;
  saveSession(path, wizard.evaluation);
  return wizard;
}

/** Summary, rules, items and review. "finish", or the exit code after Ctrl-C or "save and quit". */
async function walkItems(run: Run, wizard: WizardSession, started: Started): Promise<"finish" | number> {
  const { ctx, t } = run;
  const path = started.session.path;
  // The command on a line of its own, nothing before it, so it copies whole however the terminal wraps it.
  const outFlag = run.opts.out ? ` --out ${quoted(shown(ctx, started.outDir))}` : "";
  const resumeCommand = command(ctx, `evaluate --resume ${quoted(shown(ctx, path))}${outFlag}`);
  const resumeHint = () => t("sessionSaved", { file: shown(ctx, path), command: resumeCommand });
  let end: "finish" | "quit";
  try {
    end = await runWizard(wizard);
  } catch (err) {
    if (err instanceof PromptInterrupted) {
      saveSession(path, wizard.evaluation);
      info(ctx, `\n${t("interrupted")} ${resumeHint()}`);
      return EXIT.interrupted;
    }
    throw err;
  }
  if (end === "finish") return end;
  info(ctx, resumeHint());
  return EXIT.ok;
}

/** Write the finished evaluation and its PDF (anything else in the way kept, renamed) and remove the session. */
async function finishEvaluation(run: Run, wizard: WizardSession, started: Started): Promise<number> {
  const { ctx, t, now, lang } = run;
  const outDir = started.outDir;
  const done = finished(wizard.evaluation, now());
  info(ctx, t("writing"));
  // Found before the file in the way is set aside: the trend compares with it.
  const previous = previousEvaluation(run, outDir, done.team.name, done.visitDate, done.scale.id);
  // Whatever is at the output path and is not an earlier save of this same evaluation is kept, renamed.
  const target = evaluationPath(outDir, done.team.name);
  if (existsSync(target) && !sameEvaluation(target, done)) {
    const kept = setAsideEvaluation(target, now());
    if (kept) info(ctx, t("keptAs", { file: shown(ctx, target), kept: shown(ctx, kept) }));
  }
  const written = await writeTeamOutputs(outDir, done, {
    lang,
    showStaffNames: run.opts.showStaffNames,
    pdf: true,
    ...(previous ? { previous } : {}),
  });
  removeSession(started.session.path);
  info(ctx, t("done"));
  print(ctx, written.evaluationPath);
  if (written.pdfPath) print(ctx, written.pdfPath);
  return EXIT.ok;
}

/**
 * The team's previous evaluation: `--previous`, or else a finished evaluation of an earlier visit of the same
 * team with the same instrument where this one will be written (`<out>/<team>.evaluation.json`, the last
 * visit's result when the same folder is used year after year).
 */
function previousEvaluation(
  run: Run,
  outDir: string,
  name: string,
  visitDate: string,
  scaleId: string,
): Evaluation | undefined {
  const given = run.opts.previous;
  if (given) {
    const e = readEvaluationFile(resolve(run.ctx.cwd, given));
    if (e.team.name !== name || e.scale.id !== scaleId || e.visitDate >= visitDate)
      throw new UsageError(
        PREVIOUS.text("notEarlier", {
          option: given,
          team: name,
          scale: scaleId,
          wasTeam: e.team.name,
          wasScale: e.scale.id,
          wasDate: e.visitDate,
        }),
      );
    return e;
  }
  const found = readFinished(evaluationPath(outDir, name));
  return found && found.team.name === name && found.scale.id === scaleId && found.visitDate < visitDate
    ? found
    : undefined;
}

/** A finished evaluation opened again in the wizard: in progress, at the review. */
function reopened(evaluation: Evaluation): Evaluation {
  return { ...evaluation, status: "in-progress", cursor: CURSOR.review };
}

/** Is the file at `path` an earlier save of this evaluation (same team, visit and start), which it may replace? */
function sameEvaluation(path: string, evaluation: Evaluation): boolean {
  try {
    const e = loadSession(path);
    return (
      e.team.name === evaluation.team.name &&
      e.visitDate === evaluation.visitDate &&
      e.createdAt === evaluation.createdAt
    );
  } catch {
    return false;
  }
}

/** What an evaluation file in the way holds, in a few words (dates and times in each language's form). */
function describeFile(path: string): Text {
  try {
    const e = loadSession(path);
    return both((lang) =>
      EVALUATE.in(lang)("fileHolds", {
        team: e.team.name,
        date: formatDate(e.visitDate, lang),
        complete: e.status === "complete",
        saved: localTime(savedAt(path, e), lang),
      }),
    );
  } catch {
    return EVALUATE.text("notAnEvaluation");
  }
}

/** Does the evaluation file at `path` say exactly what `evaluation` says (so writing it again changes nothing)? */
function sameContent(path: string, evaluation: Evaluation): boolean {
  try {
    return JSON.stringify(JSON.parse(readFileSync(path, "utf8"))) === JSON.stringify(evaluation);
  } catch {
    return false;
  }
}

/** ` --out <dir>` when the user gave one (so a suggested command writes to the same place). */
function outOption(ctx: CliContext, opts: EvaluateOptions): string {
  return opts.out ? ` --out ${quoted(shown(ctx, resolve(ctx.cwd, opts.out)))}` : "";
}

/** A path as the user would type it from where they are (relative when inside the current folder). */
function shown(ctx: CliContext, path: string): string {
  const rel = relative(ctx.cwd, path);
  if (rel === "") return ".";
  return !rel.startsWith("..") && !isAbsolute(rel) ? rel : path;
}

/** A path quoted for the shell when it needs it (spaces, quotes, æøå are fine unquoted in most shells). */
function quoted(path: string): string {
  return /^[\w@%+=:,./\-æøåÆØÅ]+$/.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`;
}

/**
 * When an evaluation file was saved. A batch scoring carries the visit date at noon (for identical bytes on
 * every run), not the time it was written, so its file's modification time is the honest answer.
 */
function savedAt(path: string, e: Evaluation): string {
  if (!isBatchScoring(e)) return e.updatedAt;
  try {
    return statSync(path).mtime.toISOString();
  } catch {
    return e.updatedAt;
  }
}

function screenWidth(out: { columns?: number }): number {
  const cols = out.columns ?? 80;
  return Math.max(60, Math.min(100, cols - 1));
}

/** A fresh session: the data's metrics and suggestions, and only the answers the answers file gives. */
function newSession(
  setup: Setup,
  lang: "nb" | "en",
  timestamp: string,
  extras: SummaryExtras,
  previous?: Evaluation,
): Evaluation {
  const { evaluation, issues, answers } = evaluateTeam(
    setup.scale,
    { ...teamInput(setup), previous },
    {
      lang,
      toolVersion: TOOL_VERSION,
      timestamp,
    },
  );
  if (issues.length) throw new InputDataError(EVALUATE.text("setupProblems", { dir: setup.dir }), issues);
  const given = [...answers.items.keys()];
  const items = evaluation.items.filter((r) => given.includes(r.itemId));
  extras.prefilled = items.filter(isRated).length;
  const team = setup.team;
  extras.otherFiles = [
    { file: "team.json", found: team.meta !== undefined },
    {
      file: team.answers
        ? (team.files
            .find((f) => f.kind === "answers")
            ?.file.split(/[\\/]/)
            .pop() ?? "vurderinger.json")
        : "vurderinger.json",
      found: team.answers !== undefined,
      ...(team.answers
        ? {
            note: EVALUATE.in(lang)("prefilled", { n: extras.prefilled }),
          }
        : {}),
    },
  ];
  return { ...evaluation, status: "in-progress", items, cursor: CURSOR.summary };
}

/** Metrics and suggestions for other counting rules (the session keeps its own team name, date, evaluators). */
function recompute(
  setup: Setup,
  current: Evaluation | undefined,
  rules: CountingRules,
  lang: "nb" | "en",
  timestamp: string,
): Pick<Evaluation, "metrics" | "suggestions" | "countingRules"> {
  const base = current
    ? {
        ...setup,
        name: current.team.name,
        visitDate: current.visitDate,
        evaluators: current.evaluators,
        lookbackWeeks: current.window.weeks,
      }
    : setup;
  const { answers: _answers, ...input } = teamInput(base, rules);
  const { evaluation } = evaluateTeam(setup.scale, input, { lang, toolVersion: TOOL_VERSION, timestamp });
  return { metrics: evaluation.metrics, suggestions: evaluation.suggestions, countingRules: evaluation.countingRules };
}

/** Are the team's files not the ones the evaluation was made from (by sha256)? */
function filesChanged(team: Setup["team"], evaluation: Evaluation): boolean {
  return !sameInputFiles(team.files, evaluation.inputs);
}

function filesChangedNotice(lang: "nb" | "en"): string {
  return EVALUATE.in(lang)("filesChanged");
}

/**
 * For a resumed session: read the team folder again so the counting rules can still be changed — but only
 * when the files are the ones the session was started with. Otherwise the session keeps its own data.
 */
async function reloadForResume(
  evaluation: Evaluation,
  dir: string,
  lang: "nb" | "en",
  /** What to say when `dir` does not hold the team (instead of "the team folder is gone"). */
  unknown?: string,
): Promise<{ setup?: Setup; notice?: string; participantIds?: ParticipantIds }> {
  const t = EVALUATE.in(lang);
  const away = unknown ?? t("folderGone", { dir });
  if (!existsSync(dir)) return { notice: away };
  try {
    const teams = await loadTeamDir(
      dir,
      undefined,
      evaluation.inputs.filter((f) => f.leftOut),
    );
    const team = teams.find((x) => x.name === evaluation.team.name) ?? (teams.length === 1 ? teams[0] : undefined);
    if (!team) return { notice: away };
    // The ids of the data as it is now are compared also when the session keeps the data it started with.
    const participantIds = participantIdsOfTeam(team);
    if (filesChanged(team, evaluation)) return { notice: filesChangedNotice(lang), participantIds };
    return {
      participantIds,
      setup: {
        team,
        dir: resolve(team.dir),
        name: evaluation.team.name,
        ...(evaluation.team.office ? { office: evaluation.team.office } : {}),
        visitDate: evaluation.visitDate,
        evaluators: evaluation.evaluators,
        lookbackWeeks: evaluation.window.weeks,
        scale: evaluation.scale,
        warnings: [],
      },
    };
  } catch (e) {
    if (e instanceof InputDataError)
      return {
        notice: t("filesHaveProblems"),
      };
    return { notice: away };
  }
}

/** Not a terminal: score like `score` when the answers file rates every item, else say what is missing. */
async function scoreWithoutTerminal(
  ctx: CliContext,
  setup: Setup,
  outDir: string,
  opts: EvaluateOptions,
): Promise<number> {
  const { evaluation } = evaluateLoadedTeam(setup.team, {
    ...(opts.scale ? { scale: opts.scale } : {}),
    ...(opts.scaleFile ? { scaleFile: opts.scaleFile } : {}),
    visitDate: setup.visitDate,
    lookbackWeeks: setup.lookbackWeeks,
    lang: ctx.lang,
    today: ctx.today,
  });
  const result = scoreRatings(evaluation.scale, ratingsMap(evaluation));
  if (!result.complete) {
    const ids = result.unrated;
    const what = setup.team.answers
      ? EVALUATE.text("answersMissItems", { file: setup.team.answers.file, ids })
      : EVALUATE.text("noAnswersFile", { ids });
    const target = evaluationPath(outDir, evaluation.team.name);
    const done = readFinished(target);
    const reopen =
      done && done.team.name === evaluation.team.name && done.visitDate === evaluation.visitDate
        ? EVALUATE.text("reopenFinished", {
            file: shown(ctx, target),
            command: command(ctx, `evaluate ${quoted(shown(ctx, setup.dir))}${outOption(ctx, opts)}`),
          })
        : undefined;
    throw new UsageError(EVALUATE.text("notTerminal", { what, command: command(ctx, "evaluate"), reopen }));
  }
  // Never replace an evaluation file silently: one that differs from this scoring (a visit finished in the
  // wizard, with its overrides and reasons, or an older scoring) stays as it is.
  const target = evaluationPath(outDir, evaluation.team.name);
  if (existsSync(target) && !sameContent(target, evaluation)) {
    const team = quoted(shown(ctx, setup.dir));
    throw new UsageError(
      EVALUATE.text("differsNotOverwritten", {
        file: shown(ctx, target),
        there: describeFile(target),
        from: setup.team.answers ? shown(ctx, resolve(setup.dir, setup.team.answers.file)) : undefined,
        reopen: command(ctx, `evaluate ${team}${outOption(ctx, opts)}`),
        resume: command(ctx, `evaluate ${team} --resume ${quoted(shown(ctx, target))}`),
        evaluateElsewhere: command(ctx, `evaluate ${team} --out <dir>`),
        scoreElsewhere: command(ctx, `score ${team} --out <dir>`),
      }),
    );
  }
  const written = await writeTeamOutputs(outDir, evaluation, {
    lang: ctx.lang,
    showStaffNames: opts.showStaffNames,
    pdf: true,
  });
  print(ctx, written.evaluationPath);
  if (written.pdfPath) print(ctx, written.pdfPath);
  return EXIT.ok;
}
