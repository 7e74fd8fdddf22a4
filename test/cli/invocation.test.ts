/**
 * The commands the CLI tells the user to run are written as the user started it: `npx fidelity …` when
 * started through npx / `npm exec` (the README's way, without a global install), else `fidelity …`.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { runEvaluate } from "../../src/cli/commands/evaluate.js";
import { type CliContext, invocationFor } from "../../src/cli/context.js";
import { run } from "../../src/cli/run.js";
import { captureCtx, copyExample, fixedClock } from "./wizard/helpers.js";
import { ScriptedPrompter, type Step } from "./wizard/scripted-prompter.js";

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

const SESSION = ".fidelity/ips-team-bergen-sentrum-2026-11-26.session.json";

describe("invocationFor", () => {
  it.each([
    [{ npm_command: "exec" }, "npx fidelity"],
    [{ npm_command: "run-script" }, "fidelity"],
    [{ npm_command: "" }, "fidelity"],
    [{}, "fidelity"],
  ])("%j → %s", (env, expected) => {
    expect(invocationFor(env)).toBe(expected);
  });
});

describe("the resume hint on quit and Ctrl-C", () => {
  async function wizard(steps: Step[], invocation?: string) {
    const t = copyExample("ips-team");
    cleanups.push(t.cleanup);
    const c = captureCtx(t.dir);
    if (invocation) c.ctx.invocation = invocation;
    const code = await runEvaluate(c.ctx, t.dir, {}, { prompter: new ScriptedPrompter(steps), now: fixedClock() });
    return { code, err: c.err() };
  }

  it.each([
    ["npx fidelity", "\nnpx fidelity evaluate --resume"],
    [undefined, "\nfidelity evaluate --resume"],
  ])("started as %s: quit says %j", async (invocation, hint) => {
    const r = await wizard(["enter", "q"], invocation);
    expect(r.code).toBe(0);
    expect(r.err).toContain(`Fortsett med:${hint} ${SESSION}\n`);
  });

  it.each([
    ["npx fidelity", "\nnpx fidelity evaluate --resume"],
    [undefined, "\nfidelity evaluate --resume"],
  ])("started as %s: Ctrl-C says %j", async (invocation, hint) => {
    const r = await wizard(["enter", { interrupt: true }], invocation);
    expect(r.code).toBe(130);
    expect(r.err).toContain(`Fortsett med:${hint} ${SESSION}\n`);
  });
});

describe("other commands the CLI suggests", () => {
  async function cliAs(args: string[], invocation: string | undefined, cwd = process.cwd()) {
    let stdout = "";
    let stderr = "";
    const ctx: CliContext = {
      stdout: { write: (s: string) => (stdout += s) },
      stderr: { write: (s: string) => (stderr += s) },
      stdin: new PassThrough(),
      lang: "nb",
      color: false,
      quiet: false,
      debug: false,
      cwd,
      env: {},
      today: "2026-11-26",
      ...(invocation ? { invocation } : {}),
    };
    const code = await run(args, ctx);
    return { code, stdout, stderr };
  }

  it.each([
    ["npx fidelity", "npx fidelity"],
    [undefined, "fidelity"],
  ])("started as %s: evaluate without a terminal, init, and a usage error say %s", async (invocation, as) => {
    const t = copyExample("ips-team");
    cleanups.push(t.cleanup);
    const evaluate = await cliAs(["evaluate", t.dir], invocation);
    expect(evaluate.code).toBe(2);
    expect(evaluate.stderr).toContain(`eller kjør '${as} evaluate' i en terminal`); // in bokmål by default (issue 9)

    const dir = join(mkdtempSync(join(tmpdir(), "invocation-")), "team");
    const init = await cliAs(["init", dir], invocation);
    expect(init.code).toBe(0);
    expect(init.stderr).toContain(`og kjør så: ${as} validate ${dir}\n`);

    const usage = await cliAs(["score", "--no-such-flag"], invocation);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain(`(kjør '${as} --help' for bruk)`); // in bokmål by default (issue 9)

    // 26.11.2026 is a date now (issue 9); 31.02.2026 is not.
    const badDate = await cliAs(["score", t.dir, "--visit-date", "31.02.2026"], invocation);
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toContain(`Kjør '${as} --help' for å se bruken.`);

    const scales = await cliAs(["scales"], invocation);
    expect(scales.stdout).toContain(`Vis én: ${as} scales <id>`);

    const empty = mkdtempSync(join(tmpdir(), "invocation-empty-"));
    const noTeam = await cliAs(["evaluate"], invocation, empty);
    expect(noTeam.code).toBe(2);
    expect(noTeam.stderr).toContain(`kjør '${as} evaluate <teammappe>'`); // in bokmål by default (issue 9)
  });
});
