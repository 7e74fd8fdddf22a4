/**
 * Benchmarks (docs/design.md §8, issue 12), not tests: `npm run bench` (builds first). Each measurement runs beside its
 * floor in the same run, interleaved and repeated (the machine may be busy), and the medians are compared:
 *
 *   1. `fidelity score` with PDFs, 1,000 generated teams        (wall time and peak RSS; goal < 30 s, < 300 MB)
 *      and the drawing of one report against its floors: the same drawing replayed without fidelity's layout work
 *      by its own drawing engine, and by bare pdfkit (bench/pdf-floor.mjs)
 *   2. `fidelity score --no-pdf`, the same teams, and `--json`  vs csv-parse alone over the same files (≤ 1.5×)
 *   3. `fidelity validate`, one team with 1,000,000 contact rows vs csv-parse alone over the same files (< 3 s)
 *   4. `fidelity --help` and `--version` (start-up, the bundle)   vs `node -e ''` (< 100 ms)
 *   5. the overview (oversikt.pdf, issue 15): `score` with PDFs, teams in counties with a previous round, with
 *      and without `--no-overview`; the difference is the overview's cost (goal: < 1 s at 100 teams)
 *
 * Every command is the built bin in a child process, as a user runs it; the floors are plain Node (bench/csv-floor.mjs).
 *
 *   npm run bench                        all of it, 3 runs each (--help: 15)
 *   npm run bench -- --teams 200         fewer teams
 *   npm run bench -- --runs 5            more repeats
 *   npm run bench -- --only help,validate  some of: pdf, data, validate, help, overview (not in the default)
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";

const ROOT = join(import.meta.dirname, "..");
const BIN = join(ROOT, "bin", "fidelity.js");
const FLOOR = join(ROOT, "bench", "csv-floor.mjs");
const STEP = join(ROOT, "bench", "overview-step.mjs");
const PDF_FLOOR = join(ROOT, "bench", "pdf-floor.mjs");
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
  /** User + system CPU seconds (GNU time): steadier than wall time on a busy machine. */
  cpu: number;
  peakMb: number;
  code: number | null;
  stdout: string;
}

/** One child process: wall time (from here), CPU time and peak RSS (GNU time), exit code. */
function once(cmd: string, cmdArgs: string[]): Run {
  const start = performance.now();
  const r = spawnSync("/usr/bin/time", ["-f", "%M %U %S", cmd, ...cmdArgs], {
    encoding: "utf8",
    maxBuffer: 1 << 30,
  });
  const seconds = (performance.now() - start) / 1000;
  const [kb, user, sys] = (r.stderr.trim().split("\n").pop() ?? "").trim().split(" ").map(Number);
  return { seconds, cpu: (user ?? 0) + (sys ?? 0), peakMb: (kb ?? 0) / 1024, code: r.status, stdout: r.stdout };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

interface Measured {
  label: string;
  seconds: number;
  cpu: number;
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
      process.stderr.write(
        `  ${c.label}: ${r.seconds.toFixed(2)} s (${r.cpu.toFixed(2)} s CPU), ${r.peakMb.toFixed(0)} MB\n`,
      );
    });
  return commands.map(
    (c, k): Measured => ({
      label: c.label,
      seconds: median((results[k] ?? []).map((r) => r.seconds)),
      cpu: median((results[k] ?? []).map((r) => r.cpu)),
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

/**
 * The reports' drawing against its floors (bench/pdf-floor.mjs, one thread, CPU time per report): fidelity drawing a
 * report, its own drawing engine replaying the same text pieces and operators without the layout work, and bare
 * pdfkit replaying them (one parsed font object for every document).
 */
function drawingFloor(out: string): void {
  process.stderr.write("PDF drawing vs its floors (bench/pdf-floor.mjs)\n");
  const r = spawnSync(process.execPath, [PDF_FLOOR, out, "200"], { encoding: "utf8", maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`pdf-floor failed: ${r.stderr}`);
  const f = JSON.parse(r.stdout) as { reports: number; fidelityMs: number; engineMs: number; pdfkitMs: number };
  table.push(
    `| drawing one report (${f.reports} reports, one thread, CPU) | ${f.fidelityMs} ms | the same drawing replayed by fidelity's engine: ${f.engineMs} ms (bare pdfkit, one parsed font: ${f.pdfkitMs} ms) | ${(f.fidelityMs / f.engineMs).toFixed(2)}× | – |`,
  );
}
const row = (run: string, m: Measured, floor: Measured | undefined, goal: string) => {
  const ratio = floor ? `${(m.seconds / floor.seconds).toFixed(2)}×` : "";
  const fmt = (x: Measured) =>
    x.seconds < 1 ? `${(x.seconds * 1000).toFixed(0)} ms` : `${x.seconds.toFixed(2)} s (${x.cpu.toFixed(1)} s CPU)`;
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
      drawingFloor(out);
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

  if (only.has("overview")) {
    const dir = join(work, "counties");
    const prevDir = join(work, "counties-prev");
    process.stderr.write(`generating ${teams} teams in 3 counties, and a previous round…\n`);
    const common = [String(teams), "--format", "mixed", "--scale", "mixed", "--groups", "3", "--provisional", "9"];
    generate(dir, common);
    generate(prevDir, [...common, "--visit-date", "2025-11-20", "--seed", "prev"]);
    const prevOut = join(work, "counties-prev-out");
    const p = spawnSync(process.execPath, [BIN, "score", prevDir, "--out", prevOut, "--no-pdf", "-q"]);
    if (p.status !== 0 && p.status !== 3) throw new Error(`previous round: exit ${p.status}`);
    const out = join(work, "overview-out");
    const base = [BIN, "score", dir, "--out", out, "--previous-dir", prevOut, "-q"];
    process.stderr.write("score with the overview vs --no-overview\n");
    const [withOverview, without] = interleaved(runs, [
      {
        label: "score (PDFs + oversikt.pdf)",
        cmd: process.execPath,
        args: base,
        check: () => {
          if (!existsSync(join(out, "oversikt.pdf"))) throw new Error("no oversikt.pdf");
        },
      },
      { label: "score --no-overview", cmd: process.execPath, args: [...base, "--no-overview"] },
    ]) as [Measured, Measured];
    const cost = withOverview.seconds - without.seconds;
    const ms = (s: number) => (Math.abs(s) < 1 ? `${(s * 1000).toFixed(0)} ms` : `${s.toFixed(2)} s`);
    row(
      `${teams} teams with PDFs and the overview`,
      withOverview,
      without,
      `overview adds < 1 s (difference: ${ms(cost)})`,
    );
    // The difference of two whole runs is noisy on a shared machine; the overview's own step, timed inside a
    // fresh process from the same output folder (bench/overview-step.mjs), is what it adds to score: drawn by a
    // warm PDF worker as score does, and cold in the main thread as with --jobs 1 (and before the workers drew it).
    for (const [how, flag] of [
      ["on a warm PDF worker", ["--warm"]],
      ["cold, in the main thread", []],
    ] as const) {
      const steps: { rowsMs: number; renderMs: number; bytes: number }[] = [];
      for (let i = 0; i < Math.max(runs, 5); i++) {
        const r = spawnSync(process.execPath, [STEP, out, prevOut, ...flag], { encoding: "utf8" });
        if (r.status !== 0) throw new Error(`overview step: ${r.stderr}`);
        const step = JSON.parse(r.stdout);
        steps.push(step);
        process.stderr.write(
          `  overview step ${how}: rows ${step.rowsMs.toFixed(0)} ms, drawn and written ${step.renderMs.toFixed(0)} ms\n`,
        );
      }
      const step = median(steps.map((x) => x.rowsMs + x.renderMs)) / 1000;
      const kb = ((steps[0]?.bytes ?? 0) / 1024).toFixed(0);
      table.push(
        `| the overview step ${how}, ${teams} teams (rows + oversikt.pdf, ${kb} KB) | ${ms(step)} | – | | < 1 s |`,
      );
    }
    rmSync(out, { recursive: true, force: true });
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
    process.stderr.write("fidelity --help and --version vs node -e ''\n");
    const [help, version, floor] = interleaved(Math.max(runs, 15), [
      { label: "fidelity --help", cmd: process.execPath, args: [BIN, "--help"] },
      { label: "fidelity --version", cmd: process.execPath, args: [BIN, "--version"] },
      { label: "node -e ''", cmd: process.execPath, args: ["-e", ""] },
    ]) as [Measured, Measured, Measured];
    row("`fidelity --help`", help, floor, "< 100 ms");
    row("`fidelity --version`", version, floor, "< 100 ms");
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

console.log("| run | fidelity (median) | floor (median, same run) | ratio | goal |");
console.log("|---|---|---|---|---|");
for (const line of table) console.log(line);
console.log(`\nload average at the end: ${load()}`);
