/** Running `evaluate` in-process with captured output, a fixed clock and a scripted prompter. */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { type EvaluateOptions, runEvaluate } from "../../../src/cli/commands/evaluate.js";
import type { CliContext } from "../../../src/cli/context.js";
import { reportError } from "../../../src/cli/run.js";
import type { Lang } from "../../../src/core/scale.js";
import { ScriptedPrompter, type Step } from "./scripted-prompter.js";

export const ROOT = join(import.meta.dirname, "..", "..", "..");
export const EXAMPLES = join(ROOT, "examples");

export function captureCtx(cwd: string, lang: Lang = "nb", isTTY = false) {
  let out = "";
  let err = "";
  const stdin = Readable.from([]) as unknown as CliContext["stdin"];
  stdin.isTTY = isTTY;
  const ctx: CliContext = {
    stdout: {
      write: (s: string) => {
        out += s;
        return true;
      },
    },
    stderr: {
      write: (s: string) => {
        err += s;
        return true;
      },
      isTTY,
    },
    stdin,
    lang,
    color: false,
    quiet: false,
    debug: true,
    cwd,
    env: {},
    today: "2026-11-26",
  };
  return { ctx, out: () => out, err: () => err };
}

/** A copy of an example team folder in a temp dir (without its answers file unless asked). */
export function copyExample(name: string, keepAnswers = false): { dir: string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), "fidelity-wizard-"));
  const dir = join(root, name);
  cpSync(join(EXAMPLES, name), dir, {
    recursive: true,
    filter: (src) => keepAnswers || !/vurderinger[^/]*\.json$|answers\.json$/.test(src),
  });
  return { dir, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

export function fixedClock(start = Date.parse("2026-11-26T09:00:00.000Z")): () => string {
  let n = 0;
  return () => new Date(start + 1000 * n++).toISOString();
}

export interface WizardRun {
  code: number;
  prompter: ScriptedPrompter;
  out: string;
  err: string;
}

/** Run `evaluate` with a script; errors become exit codes as in the real CLI. */
export async function runScripted(
  cwd: string,
  teamDir: string | undefined,
  steps: Step[],
  opts: EvaluateOptions = {},
  lang: Lang = "nb",
  now = fixedClock(),
): Promise<WizardRun> {
  const prompter = new ScriptedPrompter(steps);
  const c = captureCtx(cwd, lang);
  let code: number;
  try {
    code = await runEvaluate(c.ctx, teamDir, opts, { prompter, now });
  } catch (e) {
    if (
      e instanceof Error &&
      /script|Enter does nothing|no key|no element|no choice|expected a question/.test(e.message)
    )
      throw e;
    code = reportError(e, c.ctx);
  }
  return { code, prompter, out: c.out(), err: c.err() };
}
