/**
 * `fidelity merge <a.evaluation.json> <b.evaluation.json>`: two evaluators' evaluations of one visit → one
 * consensus evaluation and its PDF (with an appendix: A, B and consensus per item, the rationale).
 *
 * Refused (exit 2, every reason named): different teams, visit dates, scales, input data (sha256), data
 * windows or counting rules; an unfinished evaluation; the same file twice; a consensus given as A or B.
 * Items A and B agree on are taken as they are, with both notes. The others are walked on a terminal (A and B
 * side by side, the data's suggestion, then the consensus and a required rationale), saved after every answer
 * like `evaluate`: Ctrl-C exits 130, and the same command again offers to continue. Without a terminal the
 * decisions come from `--answers <file>`; a disagreement it does not cover is exit 2, named.
 * Both originals stay unchanged; the consensus records both evaluators and both files' sha256.
 */

import { existsSync } from "node:fs";
import { basename, isAbsolute, relative, resolve } from "node:path";
import { compareEvaluations, totalOf } from "../../core/agreement/compare.js";
import {
  decide,
  disagreementIds,
  mergeRefusals,
  pendingIds,
  type SourceFile,
  startConsensus,
} from "../../core/agreement/consensus.js";
import { parseConsensusAnswers } from "../../core/agreement/consensus-answers.js";
import { EXIT, InputDataError, locateJsonIssues, UsageError } from "../../core/errors.js";
import type { Evaluation } from "../../core/evaluation.js";
import { readEvaluationWithHash } from "../../io/evaluation-file.js";
import { readJsonFile } from "../../io/json.js";
import { columns, statisticsJson, statisticsRows, totalJson, totalText } from "../agreement-text.js";
import { type CliContext, command, info, print, printJson } from "../context.js";
import { localTime } from "../local-time.js";
import { MERGE } from "../merge/merge.messages.js";
import { consensusPaths, mergeSessionPath, writeConsensus } from "../merge/output.js";
import { walkDisagreements } from "../merge/walk.js";
import { setAsideEvaluation } from "../outputs.js";
import { type Prompter, PromptInterrupted, terminalPrompter } from "../prompts.js";
import { finished } from "../wizard/flow.js";
import { loadSession, removeSession, saveSession, setAside } from "../wizard/session.js";
import { WizardSession } from "../wizard/session-state.js";
import { makeStyle } from "../wizard/style.js";

export interface MergeOptions {
  out?: string;
  answers?: string;
  json?: boolean;
  showStaffNames?: boolean;
}

export interface MergeDeps {
  /** Injected by tests; otherwise the terminal prompter when stdin and the screen are terminals. */
  prompter?: Prompter;
  now?: () => string;
}

/** What the steps of one merge share. */
interface MergeRun {
  ctx: CliContext;
  opts: MergeOptions;
  t: ReturnType<typeof MERGE.in>;
  now: () => string;
  prompter: Prompter | undefined;
  /** Where the walk is shown (stderr, or stdout when only it is a terminal). */
  screenOut: CliContext["stderr"] | undefined;
  a: SourceFile;
  b: SourceFile;
  outDir: string;
  sessionPath: string;
  /** The command that continues this merge. */
  rerun: string;
  /** A path as the user gave it: relative to the working folder when inside it. */
  shown: (path: string) => string;
}

export async function runMerge(
  ctx: CliContext,
  aArg: string,
  bArg: string,
  opts: MergeOptions,
  deps: MergeDeps = {},
): Promise<number> {
  const run = startMerge(ctx, aArg, bArg, opts, deps);
  const { t } = run;
  let consensus: Evaluation | undefined;
  try {
    consensus = await offerToContinue(run);
  } catch (err) {
    if (err instanceof PromptInterrupted) {
      info(ctx, t("interruptedNothingChanged"));
      return EXIT.interrupted;
    }
    throw err;
  }
  /** A session of another merge (or one not continued) where this one's goes: kept aside, renamed, once this one is saved. */
  let stale = !consensus && existsSync(run.sessionPath);
  const setAsideStale = () => {
    if (!stale) return;
    stale = false;
    const kept = setAside(run.sessionPath, run.now());
    if (kept) info(ctx, t("setAside", { file: run.shown(kept) }));
  };
  consensus ??= startConsensus(run.a, run.b, run.now());
  if (opts.answers) consensus = await applyAnswersFile(run, opts.answers, consensus);

  const pending = pendingIds(consensus);
  if (pending.length && !run.prompter) throw notTerminal(run, pending, consensus);
  if (pending.length && run.prompter) {
    const walked = await walk(run, run.prompter, consensus, setAsideStale);
    if (walked === "interrupted") return EXIT.interrupted;
    if (walked === "quit") return EXIT.ok;
    consensus = walked;
  }
  setAsideStale();
  await finish(run, consensus);
  return EXIT.ok;
}

/** Read both files, refuse what cannot be merged, and set up the run. */
function startMerge(ctx: CliContext, aArg: string, bArg: string, opts: MergeOptions, deps: MergeDeps): MergeRun {
  const lang = ctx.lang;
  const t = MERGE.in(lang);
  const screenOut = ctx.stderr.isTTY ? ctx.stderr : ctx.stdout.isTTY && !opts.json ? ctx.stdout : undefined;
  const prompter =
    deps.prompter ??
    (ctx.stdin.isTTY && screenOut
      ? terminalPrompter({ input: ctx.stdin, output: screenOut, color: ctx.color, lang })
      : undefined);
  const shown = (p: string) => {
    const rel = relative(ctx.cwd, p);
    return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : p;
  };
  const source = (arg: string): SourceFile => {
    const path = resolve(ctx.cwd, arg);
    const { evaluation, sha256 } = readEvaluationWithHash(path);
    return { file: basename(path), sha256, evaluation };
  };
  const a = source(aArg);
  const b = source(bArg);
  const refusals = mergeRefusals(a, b, lang);
  if (refusals.length)
    throw new UsageError(
      MERGE.text("cannotMerge", { a: aArg, b: bArg, reasons: refusals.map((r) => `  ${r}`).join("\n") }),
    );
  const outDir = resolve(ctx.cwd, opts.out ?? "reports");
  const sessionPath = mergeSessionPath(outDir, a.evaluation.team.name, a.evaluation.visitDate);
  const rerun = command(
    ctx,
    `merge ${quoted(aArg)} ${quoted(bArg)}${opts.out ? ` --out ${quoted(opts.out)}` : ""}${ctx.langGiven ? ` --lang ${lang}` : ""}`,
  );
  const now = deps.now ?? (() => new Date().toISOString());
  return { ctx, opts, t, now, prompter, screenOut, a, b, outDir, sessionPath, rerun, shown };
}

/** An unfinished merge of these same two files is offered; anything else in its place is set aside later. */
async function offerToContinue(run: MergeRun): Promise<Evaluation | undefined> {
  const { a, b, prompter, t } = run;
  const earlier = existsSync(run.sessionPath) ? readSession(run.sessionPath) : undefined;
  const sameFiles =
    earlier?.status === "in-progress" &&
    earlier.consensus !== undefined &&
    [earlier.consensus.a.sha256, earlier.consensus.b.sha256].sort().join() === [a.sha256, b.sha256].sort().join();
  if (!earlier || !sameFiles || !prompter || run.opts.answers) return undefined;
  const total = disagreementIds(earlier).length;
  const resume = await prompter.confirm({
    message: t("resume", {
      team: a.evaluation.team.name,
      visitDate: a.evaluation.visitDate,
      decided: total - pendingIds(earlier).length,
      total,
      saved: localTime(earlier.updatedAt, run.ctx.lang),
    }),
    default: true,
  });
  return resume ? earlier : undefined;
}

/** The decisions of a consensus answers file (--answers), applied. */
async function applyAnswersFile(run: MergeRun, answers: string, consensus: Evaluation): Promise<Evaluation> {
  const file = await readJsonFile(resolve(run.ctx.cwd, answers));
  if (file.issues.length) throw new InputDataError(MERGE.text("answersNotJson", { file: answers }), file.issues);
  const { decisions, issues } = parseConsensusAnswers(file.value, consensus, answers);
  if (issues.length)
    throw new InputDataError(
      MERGE.text("answersProblems", { file: answers }),
      locateJsonIssues(issues, (p) => file.locate(p)),
    );
  const at = run.now();
  let decided = consensus;
  for (const d of decisions) decided = decide(decided, d.itemId, d.mark, d.rationale, at);
  return decided;
}

/** Disagreements left and no terminal to ask on: name them, and how to decide them. */
function notTerminal(run: MergeRun, pending: string[], consensus: Evaluation): UsageError {
  const mark = consensus.scale.scoring === "points" ? 'score": 3' : 'colour": "gul';
  const example = `{ "${pending[0]}": { "${mark}, "rationale": "…" } }`;
  return new UsageError(MERGE.text("notTerminal", { pending, answers: run.opts.answers, example, rerun: run.rerun }));
}

/** The walk on the terminal, saved after every answer: the consensus, or how it ended early. */
async function walk(
  run: MergeRun,
  prompter: Prompter,
  consensus: Evaluation,
  setAsideStale: () => void,
): Promise<Evaluation | "interrupted" | "quit"> {
  const { ctx, t, sessionPath } = run;
  const width = Math.max(60, Math.min(100, ((run.screenOut ?? ctx.stderr).columns ?? 80) - 1));
  const session = new WizardSession(consensus, {
    prompter,
    screen: { lang: ctx.lang, width, style: makeStyle(ctx.color) },
    now: run.now,
    save: (e) => saveSession(sessionPath, e),
  });
  setAsideStale();
  saveSession(sessionPath, session.evaluation);
  const hint = () => t("saved", { file: run.shown(sessionPath), rerun: run.rerun });
  let end: "finish" | "quit";
  try {
    end = await walkDisagreements(session);
  } catch (err) {
    if (err instanceof PromptInterrupted) {
      saveSession(sessionPath, session.evaluation);
      info(ctx, t("interrupted", { hint: hint() }));
      return "interrupted";
    }
    throw err;
  }
  if (end === "quit") {
    info(ctx, hint());
    return "quit";
  }
  return session.evaluation;
}

/** Write the consensus evaluation and its PDF, then say how A and B agreed (or print it all as JSON). */
async function finish(run: MergeRun, consensus: Evaluation): Promise<void> {
  const { ctx, t, a, b, now } = run;
  const lang = ctx.lang;
  const team = a.evaluation.team.name;
  const done = finished(consensus, now());
  const target = consensusPaths(run.outDir, team).evaluation;
  if (existsSync(target)) {
    const kept = setAsideEvaluation(target, now());
    if (kept) info(ctx, t("keptAs", { file: run.shown(target), kept: run.shown(kept) }));
  }
  const written = await writeConsensus(run.outDir, done, { lang, showStaffNames: run.opts.showStaffNames });
  removeSession(run.sessionPath);

  const comparison = compareEvaluations(a.evaluation, b.evaluation);
  if (run.opts.json) {
    printJson(ctx, mergeJson(a, b, done, comparison, written));
    return;
  }
  const n = comparison.statistics.n;
  info(
    ctx,
    t("agreedOn", {
      team,
      a: a.evaluation.evaluators.join(", ") || "A",
      b: b.evaluation.evaluators.join(", ") || "B",
      agreed: n - comparison.disagreements.length,
      n,
    }),
  );
  const rows = statisticsRows(comparison.statistics, lang);
  rows.push(
    [t("a"), totalText(comparison.totals.a, lang)],
    [t("b"), totalText(comparison.totals.b, lang)],
    [t("consensus"), totalText(totalOf(done), lang)],
  );
  for (const line of columns(rows)) info(ctx, line);
  print(ctx, written.evaluation);
  print(ctx, written.pdf);
}

function readSession(path: string): Evaluation | undefined {
  try {
    return loadSession(path);
  } catch {
    return undefined;
  }
}

function quoted(path: string): string {
  return /^[\w@%+=:,./\-æøåÆØÅ]+$/.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`;
}

function mergeJson(
  a: SourceFile,
  b: SourceFile,
  done: Evaluation,
  comparison: ReturnType<typeof compareEvaluations>,
  written: { evaluation: string; pdf: string },
) {
  const value = (r: { score?: number; colour?: string } | undefined) => r?.score ?? r?.colour ?? null;
  return {
    team: done.team.name,
    visitDate: done.visitDate,
    scale: { id: done.scale.id, version: done.scale.version },
    a: { file: a.file, sha256: a.sha256, evaluators: a.evaluation.evaluators, total: totalJson(comparison.totals.a) },
    b: { file: b.file, sha256: b.sha256, evaluators: b.evaluation.evaluators, total: totalJson(comparison.totals.b) },
    consensus: { file: written.evaluation, pdf: written.pdf, total: totalJson(totalOf(done)) },
    disagreements: comparison.disagreements,
    notRatedByBoth: comparison.notRatedByBoth,
    statistics: statisticsJson(comparison.statistics),
    items: (done.consensus?.items ?? []).map((c) => ({
      itemId: c.itemId,
      a: value(c.a),
      b: value(c.b),
      consensus: value(done.items.find((r) => r.itemId === c.itemId)),
      agreed: c.agreed,
      ...(c.rationale !== undefined ? { rationale: c.rationale } : {}),
    })),
  };
}
