import { spawnSync } from "node:child_process";
import { join } from "node:path";

export const ROOT = join(import.meta.dirname, "..", "..");
const BIN = join(ROOT, "bin", "fidelity.js");

export interface BinResult {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Run the built CLI (`npm run build` first; `npm test` does) as a user would, with no TTY. */
export function runBin(
  args: string[],
  options: { cwd?: string; input?: string; env?: Record<string, string> } = {},
): BinResult {
  const start = performance.now();
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? "",
    encoding: "utf8",
    // The developer's own FIDELITY_LANG is not the test's: bokmål unless the test says otherwise.
    env: { ...process.env, NO_COLOR: "1", FIDELITY_LANG: "", ...options.env },
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, ms: performance.now() - start };
}
