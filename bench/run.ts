/**
 * Benchmarks (docs/design.md §8, issue 12), not tests: `npm run bench` (builds first). Each measurement runs beside its
 * floor in the same run, interleaved and repeated (the machine may be busy), and the medians are compared:
 *
 *   1. `fidelity score` with PDFs, 1,000 generated teams        (wall time and peak RSS; goal < 30 s, < 300 MB)
 *   2. `fidelity score --no-pdf`, the same teams, and `--json`  vs csv-parse alone over the same files (≤ 1.5×)
 *   3. `fidelity validate`, one team with 1,000,000 contact rows vs csv-parse alone over the same files (< 3 s)
 *   4. `fidelity --help`                                          vs `node -e ''` (< 100 ms)
 *
 * Every command is the built bin in a child process, as a user runs it; the floors are plain Node (bench/csv-floor.mjs).
 *
 *   npm run bench                        all of it, 3 runs each (--help: 15)
 *   npm run bench -- --teams 200         fewer teams
 *   npm run bench -- --runs 5            more repeats
 *   npm run bench -- --only help,validate  some of: pdf, data, validate, help
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";

const ROOT = join(import.meta.dirname, "..");
const BIN = join(ROOT, "bin", "fidelity.js");
const FLOOR = join(ROOT, "bench", "csv-floor.mjs");
const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
};
const teams = Number(option("--teams") ?? 1000);
const runs = Number(option("--runs") ?? 3);
const only = new Set((option("--only") ?? "pdf,data,validate,help").split(","));

if (!existsSync(join(ROOT, "dist", "cli", "main.js"))) {
  console.error("Build first: npm run build");
  process.exit(2);
}

interface Run {
  seconds: number;
  peakMb: number;
  code: number | null;
  stdout: string;
}

/** One child process: wall time (from here), peak RSS (GNU time), exit code. */
function once(cmd: string, cmdArgs: string[]): Run {
  const start = performance.now();
  const r = spawnSync("/usr/bin/time", ["-f", "%M", cmd, ...cmdArgs], { encoding: "utf8", maxBuffer: 1 << 30 });
  const seconds = (performance.now() - start) / 1000;
  const kb = Number((r.stderr.trim().split("\n").pop() ?? "").trim());
  return { seconds, peakMb: kb / 1024, code: r.status, stdout: r.stdout };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

interface Measured {
  label: string;
  seconds: number;
  peakMb: number;
  all: number[];
}

/** Runs each command `n` times, interleaved (a, b, c, a, b, c, …), and gives the medians. */
function interleaved(n: number, commands: { label: string; cmd: string; args: string[]; check?: (r: Run) => void }[]) {
  const results = commands.map(() => [] as Run[]);
  for (let i = 0; i < n; i++)
    commands.forEach((c, k) => {
      const r = once(c.cmd, c.args);
      if (r.code !== 0 && r.code !== 3) throw new Error(`${c.label}: exit ${r.code}`);
      c.check?.(r);
      results[k]?.push(r);
      process.stderr.write(`  ${c.label}: ${r.seconds.toFixed(2)} s, ${r.peakMb.toFixed(0)} MB\n`);
    });
  return commands.map(
    (c, k): Measured => ({
      label: c.label,
      seconds: median((results[k] ?? []).map((r) => r.seconds)),
      peakMb: median((results[k] ?? []).map((r) => r.peakMb)),
      all: (results[k] ?? []).map((r) => r.seconds),
    }),
  );
}

function generate(dir: string, extra: string[]): void {
  const r = spawnSync(
    process.execPath,
    ["--import", "tsx", join(ROOT, "scripts", "generate-teams.ts"), dir, ...extra],
    {
      encoding: "utf8",
    },
  );
  if (r.status !== 0) throw new Error(`generator failed: ${r.stderr}`);
  process.stderr.write(`  ${r.stdout.trim()}\n`);
}

const table: string[] = [];
const row = (run: string, m: Measured, floor: Measured | undefined, goal: string) => {
  const ratio = floor ? `${(m.seconds / floor.seconds).toFixed(2)}×` : "";
  const fmt = (x: Measured) => (x.seconds < 1 ? `${(x.seconds * 1000).toFixed(0)} ms` : `${x.seconds.toFixed(2)} s`);
  table.push(
    `| ${run} | ${fmt(m)}, ${m.peakMb.toFixed(0)} MB | ${floor ? `${floor.label}: ${fmt(floor)}, ${floor.peakMb.toFixed(0)} MB` : "–"} | ${ratio} | ${goal} |`,
  );
};

const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(" ");
const machine = `${cpus()[0]?.model ?? "?"}, ${availableParallelism()} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}`;
console.log(`# fidelity benchmarks — ${new Date().toISOString()}`);
console.log(`machine: ${machine}; load average at start: ${load()}; medians of ${runs} runs\n`);

const work = mkdtempSync(join(tmpdir(), "fidelity-bench-"));
try {
  if (only.has("pdf") || only.has("data")) {
    const dir = join(work, "teams");
    process.stderr.write(`generating ${teams} teams…\n`);
    generate(dir, [String(teams), "--format", "mixed", "--scale", "mixed"]);
    const out = join(work, "out");
    if (only.has("pdf")) {
      process.stderr.write("score with PDFs vs csv-parse alone\n");
      const [pdf, floor] = interleaved(runs, [
        {
          label: "score (PDFs)",
          cmd: process.execPath,
          args: [BIN, "score", dir, "--out", out, "-q"],
          check: () => {
            const n = readFileSync(join(out, "summary.csv"), "utf8").split("\r\n").length - 2;
            if (n !== teams) throw new Error(`summary.csv has ${n} teams, expected ${teams}`);
          },
        },
        { label: "csv-parse alone", cmd: process.execPath, args: [FLOOR, dir] },
      ]) as [Measured, Measured];
      row(
        `${teams} teams with PDFs`,
        pdf,
        floor,
        `< 30 s, < 300 MB on 2 cores (${((pdf.seconds / teams) * 1000).toFixed(0)} ms/team)`,
      );
      rmSync(out, { recursive: true, force: true });
    }
    if (only.has("data")) {
      process.stderr.write("score --no-pdf (and --json) vs csv-parse alone\n");
      const [data, json, floor] = interleaved(runs, [
        { label: "score --no-pdf", cmd: process.execPath, args: [BIN, "score", dir, "--no-pdf", "-q"] },
        { label: "score --no-pdf --json", cmd: process.execPath, args: [BIN, "score", dir, "--no-pdf", "--json"] },
        { label: "csv-parse alone", cmd: process.execPath, args: [FLOOR, dir] },
      ]) as [Measured, Measured, Measured];
      row(`${teams} teams data-only (--no-pdf)`, data, floor, "≤ 1.5× csv-parse, flat memory");
      row(`${teams} teams data-only, --json`, json, floor, "≤ 1.5× csv-parse, flat memory");
    }
    rmSync(dir, { recursive: true, force: true });
  }

  if (only.has("validate")) {
    const big = join(work, "big");
    process.stderr.write("validate 1,000,000 contact rows vs csv-parse alone\n");
    generate(big, ["1", "--contact-rows", "1000000"]);
    const [v, floor] = interleaved(runs, [
      { label: "validate", cmd: process.execPath, args: [BIN, "validate", big] },
      { label: "csv-parse alone", cmd: process.execPath, args: [FLOOR, big] },
    ]) as [Measured, Measured];
    row("`validate` 1,000,000 contact rows", v, floor, "< 3 s, flat memory");
    rmSync(big, { recursive: true, force: true });
  }

  if (only.has("help")) {
    process.stderr.write("fidelity --help vs node -e ''\n");
    const [help, floor] = interleaved(Math.max(runs, 15), [
      { label: "fidelity --help", cmd: process.execPath, args: [BIN, "--help"] },
      { label: "node -e ''", cmd: process.execPath, args: ["-e", ""] },
    ]) as [Measured, Measured];
    row("`fidelity --help`", help, floor, "< 100 ms");
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

console.log("| run | fidelity (median) | floor (median, same run) | ratio | goal |");
console.log("|---|---|---|---|---|");
for (const line of table) console.log(line);
console.log(`\nload average at the end: ${load()}`);
