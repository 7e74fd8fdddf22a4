/**
 * End to end: the built CLI suggests commands the way it was started. npm sets npm_command=exec for `npx` and
 * `npm exec` (how the README runs it, without a global install): then `npx fidelity …`, else `fidelity …`.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runBin } from "../helpers/run-bin.js";

const temps: string[] = [];
afterEach(() => {
  for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
});

describe("the commands the CLI suggests", () => {
  it.each([
    ["exec", "npx fidelity"],
    ["", "fidelity"],
    ["run-script", "fidelity"],
  ])("npm_command=%j: %s", (npmCommand, as) => {
    const root = mkdtempSync(join(tmpdir(), "fidelity-invocation-"));
    temps.push(root);
    const env = { npm_command: npmCommand };
    const init = runBin(["init", join(root, "team")], { env });
    expect(init.code).toBe(0);
    expect(init.stderr).toContain(`og kjør så: ${as} validate ${join(root, "team")}\n`);
    // Not a terminal and nothing rated: it says to run evaluate in a terminal.
    const evaluate = runBin(["evaluate", join(root, "team")], { env });
    expect(evaluate.code).toBe(2);
    expect(evaluate.stderr).toContain(`eller kjør '${as} evaluate' i en terminal`);
  });
});
