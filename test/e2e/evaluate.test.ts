/**
 * End to end: the built `bin/fidelity.js evaluate`.
 *  - Not a terminal (stdin a pipe): exits 2 at once with what is missing, or scores a team whose answers
 *    file rates every item into ./reports — it never waits for input, and never replaces an evaluation file
 *    that says something else.
 *  - In a real terminal (a pseudo-terminal from util-linux `script`): keys typed, the process killed with
 *    SIGKILL between answers, the session still has every answer given, and `--resume` continues it.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { stripVTControlCharacters } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { processRuns } from "../../src/io/process-runs.js";
import { ROOT, runBin } from "../helpers/run-bin.js";

const temps: string[] = [];
afterEach(() => {
  for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
});

function exampleCopy(name: string, keepAnswers: boolean): string {
  const root = mkdtempSync(join(tmpdir(), "fidelity-evaluate-"));
  temps.push(root);
  const dir = join(root, name);
  cpSync(join(ROOT, "examples", name), dir, {
    recursive: true,
    filter: (src) => keepAnswers || !/vurderinger[^/]*\.json$/.test(src),
  });
  return dir;
}

describe("evaluate without a terminal", () => {
  it("exits 2 quickly, saying which items need an evaluator, and writes nothing", () => {
    const dir = exampleCopy("ips-team", false);
    const r = runBin(["evaluate", dir], { cwd: dirname(dir) });
    expect(r.code).toBe(2);
    expect(r.ms).toBeLessThan(60_000); // a hang would run into run-bin's 120 s kill; 10 s flaked under load
    expect(r.stderr).toMatch(/ikke en terminal/);
    expect(r.stderr).toMatch(/ingen svarfil/);
    expect(r.stderr).toMatch(/B2, B3, O1/);
    const en = runBin(["evaluate", dir, "--lang", "en"], { cwd: dirname(dir) });
    expect(en.code).toBe(2);
    expect(en.stderr).toMatch(/not a terminal/);
    expect(en.stderr).toMatch(/no answers file/);
    expect(en.stderr).toMatch(/B2, B3, O1/);
    expect(r.stdout).toBe("");
    expect(readdirSync(dir).filter((f) => f.endsWith(".pdf") || f.startsWith("."))).toEqual([]);
    expect(existsSync(join(dirname(dir), "reports"))).toBe(false);
  });

  it("with an answers file that leaves an item out: exit 2 naming it", () => {
    const dir = exampleCopy("uo-team", true);
    const answers = JSON.parse(readFileSync(join(dir, "vurderinger.json"), "utf8"));
    delete answers.KV9;
    writeFileSync(join(dir, "vurderinger.json"), JSON.stringify(answers));
    const r = runBin(["evaluate", dir], { cwd: dirname(dir) });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/vurderinger\.json vurderer ikke 1 punkt: KV9/);
    const en = runBin(["evaluate", dir, "--lang", "en"], { cwd: dirname(dir) });
    expect(en.stderr).toMatch(/vurderinger\.json does not rate 1 item: KV9/);
  });

  it("with a complete answers file: scores like `score` into ./reports and prints both paths", () => {
    const dir = exampleCopy("ips-team", true);
    const cwd = dirname(dir);
    const r = runBin(["evaluate", dir, "--lang", "en"], { cwd });
    expect(r.stderr).not.toMatch(/internal error/);
    expect(r.code).toBe(0);
    const [evaluation, pdf] = r.stdout.trim().split("\n");
    expect(evaluation).toBe(join(cwd, "reports", "ips-team-bergen-sentrum.evaluation.json"));
    expect(pdf).toBe(join(cwd, "reports", "ips-team-bergen-sentrum.pdf"));
    expect(readdirSync(dir).filter((f) => f.endsWith(".pdf") || f.endsWith(".evaluation.json"))).toEqual([]);
    expect(
      readFileSync(pdf as string)
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
  });

  it("gives the same evaluation file as `score` for the same team", () => {
    const dir = exampleCopy("ips-team", true);
    const viaScore = mkdtempSync(join(tmpdir(), "fidelity-score-"));
    temps.push(viaScore);
    expect(runBin(["score", dir, "--out", viaScore]).code).toBe(0);
    const r = runBin(["evaluate", dir, "--out", join(dir, "out")]);
    expect(r.code).toBe(0);
    const a = readFileSync(join(viaScore, "ips-team-bergen-sentrum.evaluation.json"), "utf8");
    const b = readFileSync(join(dir, "out", "ips-team-bergen-sentrum.evaluation.json"), "utf8");
    expect(b).toBe(a);
  });

  it("never replaces an evaluation file that says something else (a visit finished in the wizard): exit 2", () => {
    const dir = exampleCopy("uo-team", true);
    const cwd = dirname(dir);
    expect(runBin(["evaluate", dir], { cwd }).code).toBe(0);
    // The same again writes the same file.
    expect(runBin(["evaluate", dir], { cwd }).code).toBe(0);
    // As the wizard would leave it: KV2 overridden with a reason.
    const file = join(cwd, "reports", "utvidet-oppfolging-nav-tromso.evaluation.json");
    const e = JSON.parse(readFileSync(file, "utf8"));
    const kv2 = e.items.find((x: { itemId: string }) => x.itemId === "KV2");
    Object.assign(kv2, { colour: "green", source: "override", reason: "Tallene er fra før to nye stillinger" });
    writeFileSync(file, `${JSON.stringify(e, null, 2)}\n`);
    const before = readFileSync(file, "utf8");
    const r = runBin(["evaluate", dir], { cwd });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("reports/utvidet-oppfolging-nav-tromso.evaluation.json har allerede en evaluering");
    expect(r.stderr).toContain("den ble ikke overskrevet");
    expect(r.stderr).toContain(
      "fidelity evaluate uo-team --resume reports/utvidet-oppfolging-nav-tromso.evaluation.json",
    );
    expect(r.stderr).toContain("--out <dir>");
    const en = runBin(["evaluate", dir, "--lang", "en"], { cwd });
    expect(en.code).toBe(2);
    expect(en.stderr).toContain("reports/utvidet-oppfolging-nav-tromso.evaluation.json already holds an evaluation");
    expect(en.stderr).toContain("it was not overwritten");
    expect(readFileSync(file, "utf8")).toBe(before);
  });

  it("--resume without a terminal is a usage error", () => {
    const r = runBin(["evaluate", "--resume", "nowhere.session.json"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/trenger en terminal/);
    const en = runBin(["evaluate", "--resume", "nowhere.session.json", "--lang", "en"]);
    expect(en.code).toBe(2);
    expect(en.stderr).toMatch(/needs a terminal/);
  });
});

const hasScript = spawnSync("script", ["--version"], { encoding: "utf8" }).status === 0;

/** The built CLI in a pseudo-terminal (util-linux `script`), keys written to it, its screen read back. */
class Terminal {
  private readonly child: ChildProcess;
  private text = "";
  readonly exited: Promise<number | null>;

  constructor(args: string[], cwd: string) {
    const command = ["node", join(ROOT, "bin", "fidelity.js"), ...args].map((a) => `'${a}'`).join(" ");
    this.child = spawn("script", ["-qfec", command, "/dev/null"], {
      cwd,
      env: { ...process.env, NO_COLOR: "1", COLUMNS: "100", LINES: "40", TERM: "xterm" },
      stdio: ["pipe", "pipe", "pipe"],
    });
    this.child.stdout?.on("data", (d) => {
      this.text += stripVTControlCharacters(String(d));
    });
    this.exited = new Promise((resolve) => this.child.on("exit", (code) => resolve(code)));
  }

  get screen(): string {
    return this.text;
  }

  async waitFor(needle: string, timeout = 90_000): Promise<void> {
    const start = Date.now();
    const from = this.marker;
    while (!this.text.slice(from).includes(needle)) {
      if (Date.now() - start > timeout)
        throw new Error(`timed out waiting for "${needle}"; screen:\n${this.text.slice(-2000)}`);
      await new Promise((r) => setTimeout(r, 25));
    }
    this.marker = this.text.indexOf(needle, from) + needle.length;
  }

  private marker = 0;

  async press(key: string, then?: string): Promise<void> {
    this.child.stdin?.write(key);
    if (then) await this.waitFor(then);
  }

  /**
   * SIGKILL every process under `script` (the node process, and the shell before it where `sh -c` does not
   * exec), as a crash or a closed laptop would; resolves when none of them runs any more.
   */
  async killNode(): Promise<void> {
    const pid = this.child.pid;
    if (!pid) throw new Error("no pid");
    const under = descendants(pid);
    for (const p of under) process.kill(p, "SIGKILL");
    const start = Date.now();
    while (under.some((p) => processRuns(p))) {
      if (Date.now() - start > 30_000) throw new Error(`still running after SIGKILL: ${under.join(", ")}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }
}

function descendants(pid: number): number[] {
  let children: number[] = [];
  try {
    for (const task of readdirSync(`/proc/${pid}/task`))
      children = children.concat(
        readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number),
      );
  } catch {
    return [];
  }
  return children.flatMap((c) => [c, ...descendants(c)]);
}

describe.skipIf(!hasScript || process.platform !== "linux")("evaluate in a terminal", () => {
  it("killed with SIGKILL between answers: the session keeps every answer; --resume continues; Ctrl-C exits 130", async () => {
    const dir = exampleCopy("ips-team", false);
    const session = join(dir, ".fidelity", "ips-team-bergen-sentrum-2026-11-26.session.json");
    const t = new Terminal(["evaluate", dir], dir);
    await t.waitFor("Dataoversikt");
    expect(t.screen).toContain("Punkter dataene foreslår skår for");
    await t.press("\r", "Telleregler");
    await t.press("\r", "B1 skår");
    await t.press("\r", "B2 skår"); // accept the suggestion
    await t.press("3", "B3 skår");
    await t.press("5", "O1 skår");
    // A note half typed at O1 is the answer being typed: all that may be lost. (The note prompt is
    // opened first; typed at the score prompt, the letters would be keys — "s" skips the item.)
    await t.press("n", "Notat til O1");
    await t.press("Halvveis skrev", "Halvveis skrev");
    await t.killNode();
    await t.exited;

    const saved = JSON.parse(readFileSync(session, "utf8"));
    expect(saved.status).toBe("in-progress");
    expect(saved.cursor).toBe("O1");
    expect(saved.items.map((r: { itemId: string; score: number }) => [r.itemId, r.score])).toEqual([
      ["B1", 4],
      ["B2", 3],
      ["B3", 5],
    ]);
    // The killed wizard's lock stays behind; its process is gone, so the next wizard takes it over.
    expect(readdirSync(join(dir, ".fidelity")).sort()).toEqual([
      "ips-team-bergen-sentrum-2026-11-26.session.json",
      "ips-team-bergen-sentrum-2026-11-26.session.json.lock",
    ]);

    const again = new Terminal(["evaluate", "--resume", session], dir);
    await again.waitFor("O1 skår");
    await again.press("4", "O2:");
    await again.press("\x03");
    expect(await again.exited).toBe(130);
    expect(again.screen).toContain("Avbrutt.");
    const after = JSON.parse(readFileSync(session, "utf8"));
    expect(after.items.map((r: { itemId: string }) => r.itemId)).toEqual(["B1", "B2", "B3", "O1"]);
    expect(after.cursor).toBe("O2");
    expect(existsSync(join(dir, "ips-team-bergen-sentrum.pdf"))).toBe(false);
    expect(existsSync(join(dir, "reports"))).toBe(false);
  }, 180_000);

  it("ticks survive a note: 1 2 3, n, a note, Enter gives 3 of 5 with the note", async () => {
    const dir = exampleCopy("ips-team", false);
    const session = join(dir, ".fidelity", "ips-team-bergen-sentrum-2026-11-26.session.json");
    const t = new Terminal(["evaluate", dir], dirname(dir));
    await t.waitFor("Dataoversikt");
    await t.press("\r", "Telleregler");
    await t.press("\r", "B1 skår");
    await t.press("\r", "B2 skår");
    await t.press("3", "B3 skår");
    await t.press("5", "O1 skår");
    await t.press("4", "O2:");
    await t.press("1", "1 av 5");
    await t.press("2", "2 av 5");
    await t.press("3", "3 av 5 → skår 3");
    await t.press("n", "Notat til O2");
    await t.press("Teammøtet er flyttet\r", "3 av 5 → skår 3");
    await t.press("\r", "O3 skår");
    await t.press("\x03");
    expect(await t.exited).toBe(130);
    const o2 = JSON.parse(readFileSync(session, "utf8")).items.find((r: { itemId: string }) => r.itemId === "O2");
    expect(o2).toMatchObject({ score: 3, note: "Teammøtet er flyttet" });
    expect(o2.elements).toHaveLength(3);
  }, 180_000);

  it("a finished visit is offered again (reopened at the review) instead of being started over", async () => {
    const dir = exampleCopy("uo-team", true);
    const cwd = dirname(dir);
    const file = join(cwd, "reports", "utvidet-oppfolging-nav-tromso.evaluation.json");
    const t = new Terminal(["evaluate", dir], cwd);
    await t.waitFor("Dataoversikt");
    await t.press("\r", "Telleregler");
    await t.press("\r", "KV1 farge");
    await t.press("2", "KV2 farge"); // KV1 changed
    await t.press("1", "Begrunnelse"); // KV2 overridden …
    await t.press("Tallene er fra før to nye stillinger\r", "KV3 farge"); // … with a reason
    for (const next of ["KV4", "KV5", "KV6", "KV7", "KV8", "KV9", "KV10"]) await t.press("\r", `${next} farge`);
    await t.press("\r", "Gjennomgang");
    await t.press("\r");
    expect(await t.exited).toBe(0);
    const finished = readFileSync(file, "utf8");
    expect(JSON.parse(finished).items.find((r: { itemId: string }) => r.itemId === "KV2")).toMatchObject({
      source: "override",
      reason: "Tallene er fra før to nye stillinger",
    });

    const again = new Terminal(["evaluate", dir], cwd);
    await again.waitFor("ferdig vurdering");
    expect(again.screen).toContain("for 26.11.2026");
    await again.press("\r", "Gjennomgang");
    await again.press("\r");
    expect(await again.exited).toBe(0);
    const e = JSON.parse(readFileSync(file, "utf8"));
    expect(e.items.find((r: { itemId: string }) => r.itemId === "KV2")).toMatchObject({
      source: "override",
      reason: "Tallene er fra før to nye stillinger",
    });
    expect(e.items.find((r: { itemId: string }) => r.itemId === "KV1")).toMatchObject({ colour: "yellow" });
  }, 180_000);
});
