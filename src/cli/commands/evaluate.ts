/**
 * `fidelity evaluate [team-dir]`: the visit wizard (DESIGN.md §1, §5.5, §6).
 *
 * On a terminal: setup (asking only what the folder does not say) → data summary → counting rules → every
 * item in scale order → review → `<team>.evaluation.json` + PDF. The session is saved after every answer
 * (`<team-dir>/.fidelity/<team>-<date>.session.json`); Ctrl-C saves and exits 130; `--resume <file>`, or
 * starting again for the same team and date, continues it.
 *
 * Not on a terminal: nothing is asked. A team whose answers file rates every item is scored like `score`;
 * otherwise exit 2 with what is missing. It never waits for input that cannot come.
 */
import { existsSync } from "node:fs";
import { dirname, isAbsolute, relative, resolve } from "node:path";
import { EXIT, InputDataError, UsageError } from "../../core/errors.js";
import { evaluateTeam } from "../../core/evaluate-team.js";
import type { Evaluation } from "../../core/evaluation.js";
import { ratingsMap } from "../../core/evaluation.js";
import type { CountingRules } from "../../core/metrics/counting-rules.js";
import { scoreRatings } from "../../core/scoring.js";
import { type CliContext, info, print } from "../context.js";
import { writeTeamOutputs } from "../outputs.js";
import { type Prompter, PromptInterrupted, terminalPrompter } from "../prompts.js";
import { evaluateLoadedTeam, TOOL_VERSION } from "../team-evaluation.js";
import { finished, runWizard } from "../wizard/flow.js";
import { isRated } from "../wizard/ratings.js";
import type { SummaryExtras } from "../wizard/screens.js";
import {
  CURSOR,
  findUnfinished,
  loadSession,
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
  resolveSetup,
  resolveTeamDir,
  type Setup,
  type SetupOptions,
  teamInput,
} from "../wizard/setup.js";
import { makeStyle, tr } from "../wizard/style.js";

export interface EvaluateOptions extends SetupOptions {
  resume?: string;
  out?: string;
  showStaffNames?: boolean;
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
  const lang = ctx.lang;
  const t = tr(lang);
  const now = deps.now ?? (() => new Date().toISOString());
  // Prompts go to stderr (stdout keeps the paths printed at the end), or to stdout when only it is a terminal.
  const screenOut = ctx.stderr.isTTY ? ctx.stderr : ctx.stdout.isTTY ? ctx.stdout : undefined;
  const prompter =
    deps.prompter ??
    (ctx.stdin.isTTY && screenOut
      ? terminalPrompter({ input: ctx.stdin, output: screenOut, color: ctx.color, lang })
      : undefined);

  if (opts.resume && !prompter)
    throw new UsageError(
      `--resume needs a terminal to ask the remaining questions (stdin or the screen is not a terminal); the session ${opts.resume} is unchanged`,
    );

  let session: { path: string; evaluation: Evaluation } | undefined;
  let setup: Setup | undefined;
  let outDir: string | undefined = opts.out ? resolve(ctx.cwd, opts.out) : undefined;
  const extras: SummaryExtras = {};
  let resumeNotice: string | undefined;

  try {
    if (opts.resume) {
      const path = resolve(ctx.cwd, opts.resume);
      const evaluation = loadSession(path);
      if (evaluation.status === "complete") {
        // Reopening a finished evaluation: a new session next to it, opened at the review.
        const dir = dirname(path);
        session = {
          path: sessionPath(dir, evaluation.team.name, evaluation.visitDate),
          evaluation: { ...evaluation, status: "in-progress", cursor: CURSOR.review },
        };
        outDir ??= dir;
      } else {
        session = { path, evaluation };
        outDir ??= teamDirOfSession(path);
      }
      const reloaded = await reloadForResume(session.evaluation, teamDirOfSession(session.path), lang);
      setup = reloaded.setup;
      resumeNotice = reloaded.notice;
    } else {
      const dir = await resolveTeamDir(teamDirArg, ctx.cwd, prompter, lang);
      const team = await chooseTeam(await loadTeamDir(dir), dir, prompter, lang);
      outDir ??= resolve(team.dir);
      setup = await resolveSetup(team, opts, prompter, lang, ctx.today, async (name, visitDate) => {
        const found = findUnfinished(resolve(team.dir), name, visitDate);
        if (!found || !prompter) return undefined;
        const path = sessionPath(resolve(team.dir), name, visitDate);
        const rated = found.items.filter(isRated).length;
        const resume = await prompter.confirm({
          message: t(
            `Det finnes en påbegynt vurdering av ${name} for ${visitDate} (${rated} punkter vurdert, sist lagret ${localTime(found.updatedAt)}). Fortsette den?`,
            `There is an unfinished evaluation of ${name} for ${visitDate} (${rated} items rated, last saved ${localTime(found.updatedAt)}). Continue it?`,
          ),
          default: true,
        });
        if (resume) {
          session = { path, evaluation: found };
          return found;
        }
        const kept = setAside(path, now());
        if (kept)
          info(
            ctx,
            t(
              `Den gamle økten er lagt til side: ${shown(ctx, kept)}`,
              `The old session was set aside: ${shown(ctx, kept)}`,
            ),
          );
        return undefined;
      });
      if (!prompter) return scoreWithoutTerminal(ctx, setup, outDir, opts);
      if (!session)
        session = {
          path: sessionPath(setup.dir, setup.name, setup.visitDate),
          evaluation: newSession(setup, lang, now(), extras),
        };
    }
  } catch (err) {
    if (err instanceof PromptInterrupted) {
      info(
        ctx,
        t(
          "\nAvbrutt før vurderingen startet; ingenting er lagret.",
          "\nInterrupted before the evaluation started; nothing was saved.",
        ),
      );
      return EXIT.interrupted;
    }
    throw err;
  }
  if (!prompter || !session || !outDir) throw new Error("unreachable: no prompter or session");

  if (setup?.warnings.length) extras.fileWarnings = setup.warnings;
  const path = session.path;
  const lockedSetup = setup;
  const wizardDeps: WizardDeps = {
    prompter,
    screen: { lang, width: screenWidth(screenOut ?? ctx.stderr), style: makeStyle(ctx.color) },
    now,
    save: (e) => saveSession(path, e),
    summary: extras,
    ...(lockedSetup
      ? { recompute: (rules: CountingRules) => recompute(lockedSetup, session?.evaluation, rules, lang, now()) }
      : {}),
  };
  const wizard = new WizardSession(session.evaluation, wizardDeps);
  wizard.notice = resumeNotice;
  saveSession(path, wizard.evaluation);

  const resumeHint = () =>
    t(
      `Økten er lagret: ${shown(ctx, path)}\nFortsett med:   fidelity evaluate --resume ${shown(ctx, path)}`,
      `The session is saved: ${shown(ctx, path)}\nContinue with:        fidelity evaluate --resume ${shown(ctx, path)}`,
    );
  let end: "finish" | "quit";
  try {
    end = await runWizard(wizard);
  } catch (err) {
    if (err instanceof PromptInterrupted) {
      saveSession(path, wizard.evaluation);
      info(ctx, `\n${t("Avbrutt.", "Interrupted.")} ${resumeHint()}`);
      return EXIT.interrupted;
    }
    throw err;
  }
  if (end === "quit") {
    info(ctx, resumeHint());
    return EXIT.ok;
  }

  const done = finished(wizard.evaluation, now());
  info(ctx, t("Skriver evaluering og rapport …", "Writing the evaluation and the report …"));
  const written = await writeTeamOutputs(outDir, done, { lang, showStaffNames: opts.showStaffNames, pdf: true });
  removeSession(path);
  info(ctx, t("Ferdig.", "Done."));
  print(ctx, written.evaluationPath);
  if (written.pdfPath) print(ctx, written.pdfPath);
  return EXIT.ok;
}

/** A path as the user would type it from where they are (relative when inside the current folder). */
function shown(ctx: CliContext, path: string): string {
  const rel = relative(ctx.cwd, path);
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : path;
}

/** An ISO timestamp as local "YYYY-MM-DD HH:MM". */
function localTime(iso: string): string {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

function screenWidth(out: { columns?: number }): number {
  const cols = out.columns ?? 80;
  return Math.max(60, Math.min(100, cols - 1));
}

/** A fresh session: the data's metrics and suggestions, and only the answers the answers file gives. */
function newSession(setup: Setup, lang: "nb" | "en", timestamp: string, extras: SummaryExtras): Evaluation {
  const { evaluation, issues, answers } = evaluateTeam(setup.scale, teamInput(setup), {
    lang,
    toolVersion: TOOL_VERSION,
    timestamp,
  });
  if (issues.length) throw new InputDataError(`${setup.dir}: the answers or team.json have problems`, issues);
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
            note: tr(lang)(
              `${extras.prefilled} svar, fylt inn på forhånd`,
              `${extras.prefilled} answers, filled in beforehand`,
            ),
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

/**
 * For a resumed session: read the team folder again so the counting rules can still be changed — but only
 * when the files are the ones the session was started with. Otherwise the session keeps its own data.
 */
async function reloadForResume(
  evaluation: Evaluation,
  dir: string,
  lang: "nb" | "en",
): Promise<{ setup?: Setup; notice?: string }> {
  const t = tr(lang);
  const away = t(
    `Teammappen ${dir} finnes ikke lenger; økten bruker dataene den startet med, og tellereglene kan ikke endres.`,
    `The team folder ${dir} is gone; the session uses the data it started with, and the counting rules cannot be changed.`,
  );
  if (!existsSync(dir)) return { notice: away };
  try {
    const teams = await loadTeamDir(dir);
    const team = teams.find((x) => x.name === evaluation.team.name) ?? (teams.length === 1 ? teams[0] : undefined);
    if (!team) return { notice: away };
    const same =
      team.files.length === evaluation.inputs.length &&
      evaluation.inputs.every((i) => team.files.some((f) => f.sha256 === i.sha256));
    if (!same)
      return {
        notice: t(
          "Filene i teammappen er endret siden økten startet. Økten beholder dataene den startet med; start en ny vurdering for å bruke de nye.",
          "The files in the team folder changed since the session started. The session keeps the data it started with; start a new evaluation to use the new files.",
        ),
      };
    return {
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
  } catch {
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
    const n = result.unrated.length;
    const what = setup.team.answers
      ? `${setup.team.answers.file} does not rate ${n} item${n === 1 ? "" : "s"}: ${result.unrated.join(", ")}`
      : `the team folder has no answers file (vurderinger.json), and ${n} items need an evaluator: ${result.unrated.join(", ")}`;
    throw new UsageError(
      `not a terminal, so 'evaluate' cannot ask: ${what}. Rate them in the answers file, or run 'fidelity evaluate' in a terminal`,
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
