/** Run the CLI in-process with captured output, as the commands see it (no TTY unless asked). */
import { PassThrough } from "node:stream";
import type { CliContext } from "../../src/cli/context.js";
import { run } from "../../src/cli/run.js";

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cli(args: string[], options: { cwd?: string; today?: string } = {}): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const ctx: CliContext = {
    stdout: { write: (s: string) => (stdout += s), columns: 80 },
    stderr: { write: (s: string) => (stderr += s) },
    stdin: new PassThrough(),
    lang: "nb",
    color: false,
    quiet: false,
    debug: args.includes("--debug"),
    cwd: options.cwd ?? process.cwd(),
    env: {},
    today: options.today ?? "2026-11-26",
  };
  const code = await run(args, ctx);
  return { code, stdout, stderr };
}
