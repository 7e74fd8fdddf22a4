/**
 * The command line as a function: argv in, exit code out. Errors become exit codes here and only here
 * (docs/design.md §2); `main.ts` is the one place that calls `process.exit`.
 */
import { CommanderError } from "commander";
import { EXIT, FidelityError, formatIssue, InputDataError } from "../core/errors.js";
import { CLI } from "./cli.messages.js";
import { type CliContext, command } from "./context.js";
import { chooseLang } from "./lang-choice.js";
import { buildProgram } from "./program.js";

/** How many problems are printed before the list is cut short with a count. */
export const MAX_PRINTED_ISSUES = 25;

export async function run(argv: readonly string[], ctx: CliContext): Promise<number> {
  const language = chooseLang(argv, ctx.env);
  if (language.fromArgs) {
    ctx.lang = language.fromArgs;
    ctx.langGiven = true;
  } else if (language.fromEnv) ctx.lang = language.fromEnv;
  if (language.warning) ctx.stderr.write(`fidelity: ${language.warning[ctx.lang]}\n`);
  const result = { exitCode: EXIT.ok as number };
  const program = buildProgram(ctx, result);
  try {
    await program.parseAsync(argv as string[], { from: "user" });
    return result.exitCode;
  } catch (err) {
    return reportError(err, ctx);
  }
}

export function reportError(err: unknown, ctx: CliContext): number {
  const say = (line: string) => ctx.stderr.write(`${line}\n`);
  const t = CLI.in(ctx.lang);
  if (err instanceof CommanderError) {
    if (err.code === "commander.helpDisplayed" || err.code === "commander.help" || err.code === "commander.version")
      return EXIT.ok;
    // Commander has already printed its message.
    return EXIT.usage;
  }
  if (err instanceof InputDataError) {
    say(`fidelity: ${err.in(ctx.lang)}`);
    printIssues(
      ctx,
      err.issues.map((i) => formatIssue(i, ctx.lang)),
    );
    return err.exitCode;
  }
  if (err instanceof FidelityError) {
    say(`fidelity: ${err.in(ctx.lang)}`);
    if (err.exitCode === EXIT.usage) say(t("runHelp", { command: command(ctx, "--help") }));
    return err.exitCode;
  }
  const e = err instanceof Error ? err : new Error(String(err));
  say(`fidelity: ${t("internalError", { message: e.message })}`);
  if (ctx.debug && e.stack) say(e.stack);
  else say(t("internalHint"));
  return EXIT.internal;
}

/** Print problem lines, at most MAX_PRINTED_ISSUES, then a count of the rest. */
export function printIssues(ctx: CliContext, lines: readonly string[], to: "stderr" | "stdout" = "stderr"): void {
  const out = ctx[to];
  for (const line of lines.slice(0, MAX_PRINTED_ISSUES)) out.write(`  ${line}\n`);
  const rest = lines.length - MAX_PRINTED_ISSUES;
  if (rest > 0) out.write(`  ${CLI.in(ctx.lang)("moreProblems", { rest, all: lines.length })}\n`);
}
