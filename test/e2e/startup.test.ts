/**
 * End to end: how the built CLI starts (issue 12, `fidelity --help` near bare Node). `npm run build` bundles the
 * CLI (scripts/bundle-cli.ts); `bin/fidelity.js` runs the bundle unless tsc's dist/ is newer. Checked by what a
 * process loaded (Node's own list of its internal modules) and by its output, never by timing.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT } from "../helpers/run-bin.js";

const temp = mkdtempSync(join(tmpdir(), "fidelity-startup-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** A preload that writes the internal modules the process loaded to stderr as it exits. */
const LOADED = join(temp, "loaded.cjs");
writeFileSync(
  LOADED,
  'process.on("exit", () => require("node:fs").writeSync(2, "\\nLOADED " + JSON.stringify(process.moduleLoadList) + "\\n"));',
);

function start(entry: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ["--require", LOADED, entry, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    // stdin from /dev/null: were a stdin stream made at start-up, it would be an fs stream (internal/fs/streams).
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, NO_COLOR: "1", FIDELITY_LANG: "", ...env },
  });
  const at = r.stderr.lastIndexOf("\nLOADED ");
  expect(at, r.stderr).toBeGreaterThanOrEqual(0);
  const loaded = JSON.parse(r.stderr.slice(at + "\nLOADED ".length)) as string[];
  return { code: r.status, stdout: r.stdout, stderr: r.stderr.slice(0, at), loaded };
}

/** Loaded only on the way tsc's files start: commander imported as CommonJS from an ES module, and its child_process. */
const UNBUNDLED = ["NativeModule internal/deps/cjs-module-lexer/lexer", "NativeModule child_process"];

describe("fidelity --help starts from the bundle", () => {
  it("loads neither commander's CommonJS nor child_process, nor a stdin stream or fs's streams", () => {
    const r = start(join(ROOT, "bin", "fidelity.js"), ["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Bruk: fidelity [valg] [kommando]");
    for (const m of [...UNBUNDLED, "NativeModule internal/fs/streams"]) expect(r.loaded).not.toContain(m);
  });

  it.each([
    [[]],
    [["evaluate"]],
    [["scales"]],
    [["score"]],
    [["validate"]],
    [["report"]],
    [["merge"]],
    [["agreement"]],
    [["init"]],
    [["import"]],
    [["import", "kalender"]],
  ])("fidelity %j --help: the same text as tsc's dist/cli/main.js, in both languages", (command) => {
    for (const lang of ["nb", "en"]) {
      const args = [...command, "--help", "--lang", lang];
      const bundled = start(join(ROOT, "bin", "fidelity.js"), args);
      const unbundled = start(join(ROOT, "dist", "cli", "main.js"), args);
      expect(unbundled.loaded).toEqual(expect.arrayContaining(UNBUNDLED));
      expect(bundled.code).toBe(0);
      expect(bundled.stdout).toBe(unbundled.stdout);
      expect(bundled.stderr).toBe(unbundled.stderr);
    }
  });

  it("runs tsc's files when dist/ is newer than the bundle (a build with tsc alone)", () => {
    const copy = join(temp, "copy");
    for (const part of ["bin", "dist", "templates", "package.json"])
      cpSync(join(ROOT, part), join(copy, part), { recursive: true });
    symlinkSync(join(ROOT, "node_modules"), join(copy, "node_modules"));
    const bundle = join(copy, "dist", "cli-bundle", "main.js");
    const tscMain = join(copy, "dist", "cli", "main.js");
    const help = (older: string, newer: string) => {
      utimesSync(older, new Date(2026, 0, 1), new Date(2026, 0, 1));
      utimesSync(newer, new Date(2026, 0, 2), new Date(2026, 0, 2));
      return start(join(copy, "bin", "fidelity.js"), ["--help"]);
    };
    const stale = help(bundle, tscMain);
    expect(stale.code).toBe(0);
    expect(stale.loaded).toEqual(expect.arrayContaining(UNBUNDLED));
    const fresh = help(tscMain, bundle);
    for (const m of UNBUNDLED) expect(fresh.loaded).not.toContain(m);
    expect(fresh.stdout).toBe(stale.stdout);
  });
});
