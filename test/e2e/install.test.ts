/**
 * End to end: the README's set-up (`npm install -g .` from the clone) into a temporary prefix, then the
 * installed `fidelity` run by name from its PATH in folders outside the repository: the first steps of a new
 * user, and every example the help prints, run as printed (in bokmål and in English).
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../helpers/run-bin.js";

const temps: string[] = [];
const temp = (name: string) => {
  const dir = mkdtempSync(join(tmpdir(), `fidelity-${name}-`));
  temps.push(dir);
  return dir;
};
afterAll(() => {
  for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
});

/** The environment without what `npm test` itself set (npm_config_*, npm_command …), and no FIDELITY_LANG. */
function cleanEnv(path: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env))
    if (v !== undefined && !/^npm_/i.test(k) && k !== "FIDELITY_LANG" && k !== "PATH") env[k] = v;
  env.PATH = path;
  env.NO_COLOR = "1";
  return env;
}

let prefix: string;
let env: Record<string, string>;

function fidelity(args: string[], cwd: string) {
  const r = spawnSync("fidelity", args, { cwd, env, encoding: "utf8", input: "", timeout: 240_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, error: r.error };
}

beforeAll(() => {
  prefix = temp("prefix");
  const npmEnv = cleanEnv(`${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ""}`);
  // As the README says, from the clone; offline (the dependencies are in the clone) and without the build
  // script (`npm test` has built dist/ already).
  const npm = spawnSync(
    "npm",
    ["install", "--global", ".", "--prefix", prefix, "--offline", "--ignore-scripts", "--no-audit", "--no-fund"],
    { cwd: ROOT, env: npmEnv, encoding: "utf8", timeout: 300_000 },
  );
  expect(npm.status, npm.stderr).toBe(0);
  env = cleanEnv(
    [join(prefix, "bin"), dirname(process.execPath), ...(process.env.PATH ?? "").split(delimiter)].join(delimiter),
  );
}, 320_000);

describe("installed with the README's set-up, run from a folder outside the clone", () => {
  it("fidelity --help, init, validate and score a new team folder", () => {
    expect(existsSync(join(prefix, "bin", "fidelity"))).toBe(true);
    const work = temp("user");
    expect(work.startsWith(ROOT)).toBe(false);

    const help = fidelity(["--help"], work);
    expect(help.code, help.stderr).toBe(0);
    expect(help.stdout).toContain("Bruk: fidelity [valg] [kommando]");

    const init = fidelity(["init", "lag"], work);
    expect(init.code, init.stderr).toBe(0);
    expect(init.stderr).toContain("kjør så: fidelity validate lag");

    const validate = fidelity(["validate", "lag"], work);
    expect(validate.code, validate.stderr).toBe(0);

    const score = fidelity(["score", "lag", "--out", "r"], work);
    expect(score.code, score.stderr).toBe(0);
    expect(readFileSync(join(work, "r", "summary.csv"), "utf8")).toContain("lag");
    expect(existsSync(join(work, "r", "lag.pdf"))).toBe(true);
  }, 300_000);

  /** The agreement example compares two evaluators' folders, kari/ and ola/: evaluations of the examples. */
  function evaluatorFolders(work: string): void {
    // The calendar exports the import examples read (the test fixture, as two specialists' files).
    for (const who of ["Kari Nordmann", "Per Hansen"])
      cpSync(join(ROOT, "test", "fixtures", "calendar", "Kari Nordmann.ics"), join(work, `${who}.ics`));
    for (const who of ["kari", "ola"]) {
      const r = fidelity(["score", "examples", "--out", who, "--no-pdf"], work);
      expect(r.code, r.stderr).toBe(0);
    }
  }

  /** `fidelity …` lines of a help text: the command up to two spaces (where the explanation starts). */
  function examples(help: string): string[][] {
    return [...help.matchAll(/^ {2}fidelity ((?:\S| (?! ))+)/gm)].map((m) =>
      [...(m[1] as string).matchAll(/'([^']*)'|(\S+)/g)].map((w) => (w[1] ?? w[2]) as string),
    );
  }

  it.each([
    ["fidelity --help", ["--help"]],
    ["fidelity --help --lang en", ["--help", "--lang", "en"]],
  ])(
    "every example in %s runs as printed, in order, from a folder with the examples",
    (_, args) => {
      const work = temp("examples");
      cpSync(join(ROOT, "examples"), join(work, "examples"), { recursive: true });
      const help = fidelity(args, work);
      expect(help.code).toBe(0);
      const lines = examples(help.stdout);
      expect(lines.map((l) => l[0])).toEqual([
        "evaluate",
        "score",
        "validate",
        "report",
        "scales",
        "init",
        "agreement",
        "import",
      ]);
      evaluatorFolders(work);
      for (const line of lines) {
        const r = fidelity(line, work);
        expect(r.code, `fidelity ${line.join(" ")}\n${r.stderr}`).toBe(0);
      }
    },
    600_000,
  );

  it("the example in every command's help runs as printed", () => {
    const work = temp("command-examples");
    cpSync(join(ROOT, "examples"), join(work, "examples"), { recursive: true });
    evaluatorFolders(work);
    const commands = ["evaluate", "scales", "score", "validate", "report", "init", "agreement", "import kalender"];
    for (const command of commands) {
      const help = fidelity([...command.split(" "), "--help"], work);
      expect(help.code).toBe(0);
      const lines = examples(help.stdout);
      expect(lines.length, `${command} --help has an example`).toBeGreaterThan(0);
      for (const line of lines) {
        expect(line.slice(0, command.split(" ").length).join(" ")).toBe(command);
        const r = fidelity(line, work);
        expect(r.code, `fidelity ${line.join(" ")}\n${r.stderr}`).toBe(0);
      }
    }
  }, 600_000);
});
