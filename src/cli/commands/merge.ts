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
import { formatDate } from "../../core/format.js";
import { readEvaluationWithHash } from "../../io/evaluation-file.js";
import { readJsonFile } from "../../io/json.js";
import { columns, statisticsJson, statisticsRows, totalJson, totalText } from "../agreement-text.js";
import { type CliContext, command, info, print, printJson } from "../context.js";
import { localTime } from "../local-time.js";
import { consensusPaths, mergeSessionPath, writeConsensus } from "../merge/output.js";
import { walkDisagreements } from "../merge/walk.js";
import { setAsideEvaluation } from "../outputs.js";
import { type Prompter, PromptInterrupted, terminalPrompter } from "../prompts.js";
import { finished } from "../wizard/flow.js";
import { loadSession, removeSession, saveSession, setAside } from "../wizard/session.js";
import { WizardSession } from "../wizard/session-state.js";
import { makeStyle, tr } from "../wizard/style.js";

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

export async function runMerge(
  ctx: CliContext,
  aArg: string,
  bArg: string,
  opts: MergeOptions,
  deps: MergeDeps = {},
): Promise<number> {
  const lang = ctx.lang;
  const t = tr(lang);
  const now = deps.now ?? (() => new Date().toISOString());
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
      `${t("kan ikke slå sammen", "cannot merge")} ${aArg} ${t("og", "and")} ${bArg}:\n${refusals.map((r) => `  ${r}`).join("\n")}`,
    );

  const outDir = resolve(ctx.cwd, opts.out ?? "reports");
  const team = a.evaluation.team.name;
  const visitDate = a.evaluation.visitDate;
  const sessionPath = mergeSessionPath(outDir, team, visitDate);
  const rerun = command(
    ctx,
    `merge ${quoted(aArg)} ${quoted(bArg)}${opts.out ? ` --out ${quoted(opts.out)}` : ""}${ctx.langGiven ? ` --lang ${lang}` : ""}`,
  );

  let consensus: Evaluation | undefined;
  try {
    // An unfinished merge of these same two files is offered; anything else in its place is set aside.
    const earlier = existsSync(sessionPath) ? readSession(sessionPath) : undefined;
    const sameFiles =
      earlier?.status === "in-progress" &&
      earlier.consensus !== undefined &&
      [earlier.consensus.a.sha256, earlier.consensus.b.sha256].sort().join() === [a.sha256, b.sha256].sort().join();
    if (earlier && sameFiles && prompter && !opts.answers) {
      const decided = disagreementIds(earlier).length - pendingIds(earlier).length;
      const total = disagreementIds(earlier).length;
      const resume = await prompter.confirm({
        message: t(
          `Det finnes en påbegynt konsensus for ${team} (${formatDate(visitDate, lang)}): ${decided} av ${total} uenigheter avgjort, sist lagret ${localTime(earlier.updatedAt, lang)}. Fortsette den?`,
          `There is an unfinished consensus for ${team} (${formatDate(visitDate, lang)}): ${decided} of ${total} disagreements decided, last saved ${localTime(earlier.updatedAt, lang)}. Continue it?`,
        ),
        default: true,
      });
      if (resume) consensus = earlier;
    }
  } catch (err) {
    if (err instanceof PromptInterrupted) {
      info(ctx, t("\nAvbrutt; ingenting er endret.", "\nInterrupted; nothing was changed."));
      return EXIT.interrupted;
    }
    throw err;
  }
  /** A session of another merge (or one not continued) where this one's goes: kept aside, renamed, once this one is saved. */
  let stale = !consensus && existsSync(sessionPath);
  const setAsideStale = () => {
    if (!stale) return;
    stale = false;
    const kept = setAside(sessionPath, now());
    if (kept)
      info(
        ctx,
        t(
          `En tidligere påbegynt konsensus er lagt til side: ${shown(kept)}`,
          `An earlier unfinished consensus was set aside: ${shown(kept)}`,
        ),
      );
  };
  consensus ??= startConsensus(a, b, now());

  if (opts.answers) {
    const file = await readJsonFile(resolve(ctx.cwd, opts.answers));
    if (file.issues.length) throw new InputDataError(`${opts.answers} is not valid JSON`, file.issues);
    const { decisions, issues } = parseConsensusAnswers(file.value, consensus, opts.answers);
    if (issues.length)
      throw new InputDataError(
        `${opts.answers} has problems`,
        locateJsonIssues(issues, (p) => file.locate(p)),
      );
    const at = now();
    for (const d of decisions) consensus = decide(consensus, d.itemId, d.mark, d.rationale, at);
  }

  const pending = pendingIds(consensus);
  if (pending.length && !prompter)
    throw new UsageError(
      `not a terminal, so 'merge' cannot ask: A and B differ on ${pending.length} item${pending.length === 1 ? "" : "s"} ${opts.answers ? `${opts.answers} does not decide` : "and no consensus answers file was given"}: ${pending.join(", ")}. Decide them in a consensus answers file (--answers <file>, e.g. { "${pending[0]}": { "${consensus.scale.scoring === "points" ? 'score": 3' : 'colour": "gul'}, "rationale": "…" } }), or run '${rerun}' in a terminal`,
    );

  if (pending.length && prompter) {
    const width = Math.max(60, Math.min(100, ((screenOut ?? ctx.stderr).columns ?? 80) - 1));
    const session = new WizardSession(consensus, {
      prompter,
      screen: { lang, width, style: makeStyle(ctx.color) },
      now,
      save: (e) => saveSession(sessionPath, e),
    });
    setAsideStale();
    saveSession(sessionPath, session.evaluation);
    const hint = () =>
      t(
        `Konsensusen er lagret: ${shown(sessionPath)}\nFortsett med:\n${rerun}`,
        `The consensus is saved: ${shown(sessionPath)}\nContinue with:\n${rerun}`,
      );
    let end: "finish" | "quit";
    try {
      end = await walkDisagreements(session);
    } catch (err) {
      if (err instanceof PromptInterrupted) {
        saveSession(sessionPath, session.evaluation);
        info(ctx, `\n${t("Avbrutt.", "Interrupted.")} ${hint()}`);
        return EXIT.interrupted;
      }
      throw err;
    }
    if (end === "quit") {
      info(ctx, hint());
      return EXIT.ok;
    }
    consensus = session.evaluation;
  }

  setAsideStale();
  const done = finished(consensus, now());
  const target = consensusPaths(outDir, team).evaluation;
  if (existsSync(target)) {
    const kept = setAsideEvaluation(target, now());
    if (kept)
      info(
        ctx,
        t(
          `${shown(target)} fantes fra før og er beholdt som ${shown(kept)}`,
          `${shown(target)} already existed and is kept as ${shown(kept)}`,
        ),
      );
  }
  const written = await writeConsensus(outDir, done, { lang, showStaffNames: opts.showStaffNames });
  removeSession(sessionPath);

  const comparison = compareEvaluations(a.evaluation, b.evaluation);
  if (opts.json) printJson(ctx, mergeJson(a, b, done, comparison, written));
  else {
    const aName = a.evaluation.evaluators.join(", ") || "A";
    const bName = b.evaluation.evaluators.join(", ") || "B";
    const n = comparison.statistics.n;
    info(
      ctx,
      t(
        `Konsensus for ${team}: A (${aName}) og B (${bName}) var enige om ${n - comparison.disagreements.length} av ${n} punkter vurdert av begge.`,
        `Consensus for ${team}: A (${aName}) and B (${bName}) agreed on ${n - comparison.disagreements.length} of ${n} items rated by both.`,
      ),
    );
    const rows = statisticsRows(comparison.statistics, lang);
    rows.push(
      [t("A", "A"), totalText(comparison.totals.a, lang)],
      [t("B", "B"), totalText(comparison.totals.b, lang)],
      [t("Konsensus", "Consensus"), totalText(totalOf(done), lang)],
    );
    for (const line of columns(rows)) info(ctx, line);
    print(ctx, written.evaluation);
    print(ctx, written.pdf);
  }
  return EXIT.ok;
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
