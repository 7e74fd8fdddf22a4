/**
 * Issue 10's holes, each through the command line: duplicate keys, a non-regular file in place of an input,
 * inputs that would never end (/dev/zero, /proc), option ranges, long team names, and two runs on the same
 * files (score into one --out, two wizards on one session).
 */
import { execFileSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "../helpers/cli.js";
import { copyExample, EXAMPLES, runScripted } from "./wizard/helpers.js";

function ipsCopy(): string {
  const dir = join(mkdtempSync(join(tmpdir(), "hard-")), "ips-team");
  cpSync(join(EXAMPLES, "ips-team"), dir, { recursive: true });
  return dir;
}

describe("duplicate keys in the JSON inputs", () => {
  it("an answers key given twice, or twice up to case and spaces, is an error at the second (not quoted)", async () => {
    const dir = ipsCopy();
    const answers = join(dir, "vurderinger.json");
    const text = readFileSync(answers, "utf8").replace('  "B3": 4,', '  "B3": 4,\n  "b3 ": 1,\n  "O1": 2,');
    writeFileSync(answers, text);
    const lines = text.split("\n");
    const at = (needle: string) => lines.findIndex((l) => l.startsWith(needle)) + 1;
    const r = await cli(["validate", dir, "--lang", "en"]);
    expect(r.code).toBe(3);
    expect(r.stdout).toContain(
      `${answers}:${at('  "b3 "')}:3: this key repeats the key on line ${at('  "B3"')} (the same when spaces and upper/lower case are ignored): only one value would count; keep one of them`,
    );
    expect(r.stdout).toContain(
      `${answers}:${at('  "O1": 4')}:3: this key repeats the key on line ${at('  "O1": 2')}: only one value would count`,
    );
  });

  it("a team.json field given twice is an error", async () => {
    const dir = ipsCopy();
    const file = join(dir, "team.json");
    writeFileSync(file, readFileSync(file, "utf8").replace('  "name"', '  "office": "X",\n  "name"'));
    const r = await cli(["validate", dir, "--lang", "en"]);
    expect(r.code).toBe(3);
    expect(r.stdout).toMatch(/team\.json:\d+:3: this key repeats the key on line 2: only one value would count/);
  });
});

describe("something other than a file in place of an input", () => {
  const cases: [string, (path: string, dir: string) => void, string][] = [
    ["a folder", (p) => mkdirSync(p), "this is a folder, not a file"],
    ["a named pipe", (p) => execFileSync("mkfifo", [p]), "this is a named pipe (FIFO), not a file"],
    [
      "a link to nothing",
      (p, d) => symlinkSync(join(d, "gone.csv"), p),
      "this is a link to a file that does not exist, not a file",
    ],
    ["a device", (p) => symlinkSync("/dev/zero", p), "this is a device, not a file"],
  ];
  it.each(cases)("%s is an error naming it (exit 3), never left out, never read", async (_what, make, message) => {
    const dir = ipsCopy();
    const file = join(dir, "utetid.csv");
    execFileSync("rm", [file]);
    make(file, dir);
    const r = await cli(["validate", dir, "--lang", "en"]);
    expect(r.code).toBe(3);
    expect(r.stdout).toContain(`${file}: ${message}`);
  });

  // /proc/self/mem is a regular file whose every read fails (EIO): an input that cannot be read at all.
  it.runIf(existsSync("/proc/self/mem"))(
    "a file that cannot be read is exit 4 (validate; score scores the other teams and then exits 4)",
    async () => {
      const dir = ipsCopy();
      const file = join(dir, "utetid.csv");
      execFileSync("rm", [file]);
      symlinkSync("/proc/self/mem", file);
      const v = await cli(["validate", dir, "--lang", "en"]);
      expect(v.code).toBe(4);
      expect(v.stdout).toContain(`${file}: cannot read the file (EIO)`);
      const out = mkdtempSync(join(tmpdir(), "hard-out-"));
      const s = await cli(["score", dir, join(EXAMPLES, "uo-team"), "--out", out, "--lang", "en"]);
      expect(s.code).toBe(4);
      expect(readdirSync(out).filter((n) => n.endsWith(".evaluation.json"))).toHaveLength(1);
    },
  );

  it("--scale-file /dev/zero is refused at once (exit 4)", async () => {
    const r = await cli(["validate", join(EXAMPLES, "ips-team"), "--scale-file", "/dev/zero", "--lang", "en"]);
    expect(r.code).toBe(4);
    expect(r.stderr).toContain("cannot read scale file /dev/zero: it is not a regular file");
  });

  it("init under /proc fails at once (exit 4) instead of hanging", async () => {
    const r = await cli(["init", "/proc/fidelity-test/lag", "--lang", "en"]);
    expect(r.code).toBe(4);
    expect(r.stderr).toContain("cannot create /proc/fidelity-test/lag");
    const nb = await cli(["init", "/proc/fidelity-test/lag"]);
    expect(nb.code).toBe(4);
    expect(nb.stderr).toContain("kan ikke opprette /proc/fidelity-test/lag");
  });
});

describe("options and names that would blow up", () => {
  it.each(["1e20", "65", "0"])("--jobs %s is a usage error (1 to 64)", async (jobs) => {
    const r = await cli(["score", join(EXAMPLES, "ips-team"), "--no-pdf", "--jobs", jobs, "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`--jobs must be a whole number from 1 to 64, got "${jobs}"`);
  });

  it("a 300-character team name still gets its files (a short name with a hash), and the batch goes on", async () => {
    const dir = ipsCopy();
    const file = join(dir, "team.json");
    const long = `IPS-team ${"Bergen sentrum ".repeat(20)}`.trim();
    writeFileSync(file, readFileSync(file, "utf8").replace('"IPS-team Bergen sentrum"', JSON.stringify(long)));
    const out = mkdtempSync(join(tmpdir(), "hard-out-"));
    const r = await cli(["score", dir, join(EXAMPLES, "uo-team"), "--out", out, "--lang", "en"]);
    expect(r.code).toBe(0);
    const names = readdirSync(out).filter((n) => n.endsWith(".evaluation.json"));
    const longOne = names.find((n) => n.startsWith("ips-team-bergen"));
    expect(longOne).toMatch(/^ips-team-bergen-sentrum-[a-z0-9-]+-[0-9a-f]{8}\.evaluation\.json$/);
    expect((longOne ?? "").length).toBeLessThanOrEqual(80 + ".evaluation.json".length);
    expect(names).toHaveLength(2);
    expect(existsSync(join(out, "summary.csv"))).toBe(true);
  });
});

describe("a file with a problem on every row", () => {
  it("lists the first 1,000 problems and says how many more there are", async () => {
    const dir = ipsCopy();
    const rows = Array.from({ length: 1500 }, (_, i) => `Kari;02.11.2026;Bedrift ${i} AS;brevdue`);
    writeFileSync(
      join(dir, "arbeidsgiverkontakter.csv"),
      `jobbspesialist;dato;arbeidsgiver;kontaktform\n${rows.join("\n")}\n`,
    );
    const r = await cli(["validate", dir, "--json", "--lang", "en"]);
    expect(r.code).toBe(3);
    const problems: string[] = JSON.parse(r.stdout).teams[0].problems;
    expect(problems.filter((p) => p.includes("unknown contact mode"))).toHaveLength(1000);
    expect(problems).toContain(
      `${join(dir, "arbeidsgiverkontakter.csv")}: … and 500 more problems in this file (1500 in all; only the first 1000 are listed): is it the right file and the right export?`,
    );
  });
});

describe("two runs on the same files", () => {
  const lockOf = (pid: number) => `${JSON.stringify({ pid, host: hostname(), since: "2026-12-03T08:00:00.000Z" })}\n`;

  it("score into an --out another live run holds is refused before anything is written (exit 4)", async () => {
    const out = mkdtempSync(join(tmpdir(), "hard-lock-"));
    writeFileSync(join(out, ".fidelity-score.lock"), lockOf(process.ppid));
    const r = await cli(["score", join(EXAMPLES, "ips-team"), "--out", out, "--lang", "en"]);
    expect(r.code).toBe(4);
    expect(r.stderr).toContain(
      `The output folder ${out} is in use by another run of fidelity score (process ${process.ppid}`,
    );
    expect(readdirSync(out)).toEqual([".fidelity-score.lock"]);
  });

  it("a lock left by a run that no longer exists is taken over, and removed at the end", async () => {
    const out = mkdtempSync(join(tmpdir(), "hard-lock-"));
    writeFileSync(join(out, ".fidelity-score.lock"), lockOf(2 ** 22 + 12345)); // above Linux's pid_max
    writeFileSync(join(out, ".summary.csv.4194999.1700000000000.tmp"), "half a file"); // a killed run's temp file
    const r = await cli(["score", join(EXAMPLES, "ips-team"), "--out", out, "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(readdirSync(out).filter((n) => n.startsWith("."))).toEqual([]);
  });

  it("a second wizard on a session another wizard has open is refused, the session untouched (exit 4)", async () => {
    const t = copyExample("ips-team");
    const session = join(t.dir, ".fidelity", "ips-team-bergen-sentrum-2026-11-26.session.json");
    mkdirSync(join(t.dir, ".fidelity"));
    writeFileSync(`${session}.lock`, lockOf(process.ppid));
    const r = await runScripted(t.dir, t.dir, [], {}, "en");
    expect(r.code).toBe(4);
    expect(r.err).toContain(`The session ${session} is open in another wizard (process ${process.ppid}`);
    expect(existsSync(session)).toBe(false);
    t.cleanup();
  });
});
