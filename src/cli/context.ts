/**
 * What every command gets: where to write, the language, whether colour and prompts are possible.
 * Commands never touch `process` directly, so tests run them in-process with captured streams.
 */
import type { Lang } from "../core/scale.js";

export interface Stream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
  rows?: number;
}

export interface CliContext {
  stdout: Stream;
  stderr: Stream;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  lang: Lang;
  /** True when --lang was given (otherwise a saved evaluation's own language is used). */
  langGiven?: boolean;
  /** Colour on stderr/stdout: only on a TTY, never with --no-color or NO_COLOR. */
  color: boolean;
  quiet: boolean;
  debug: boolean;
  cwd: string;
  env: Record<string, string | undefined>;
  /** Today's date (YYYY-MM-DD), the default visit date. Injected so tests are stable. */
  today: string;
  /**
   * How the user started the tool, for the commands the CLI tells them to run: `npx fidelity` when it was
   * started through npx / `npm exec` (not installed globally, as the README runs it), else `fidelity`.
   * Set once by main.ts from the environment (`invocationFor`); absent means `fidelity`.
   */
  invocation?: string;
}

/** `npx fidelity` when npm started this process for `npx` / `npm exec` (npm sets npm_command=exec), else `fidelity`. */
export function invocationFor(env: Record<string, string | undefined>): string {
  return env.npm_command === "exec" ? "npx fidelity" : "fidelity";
}

/** A command for the user to run, as they started the tool: `command(ctx, "evaluate --resume f")`. */
export function command(ctx: Pick<CliContext, "invocation">, rest: string): string {
  return `${ctx.invocation ?? "fidelity"} ${rest}`;
}

export function print(ctx: CliContext, line = ""): void {
  ctx.stdout.write(`${line}\n`);
}

export function info(ctx: CliContext, line = ""): void {
  if (!ctx.quiet) ctx.stderr.write(`${line}\n`);
}

export function printJson(ctx: CliContext, value: unknown): void {
  ctx.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** Today's local date as YYYY-MM-DD (the evaluator's calendar day, not UTC). */
export function todayIso(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
