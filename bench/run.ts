/**
 * Benchmarks (DESIGN.md §8), not tests: `npm run bench` (after `npm run build`).
 *
 *   1. The 1,000,000-row employer-contact file: csv-parse alone vs the reader (bench/contacts-1m.ts).
 *   2. `fidelity score` with PDFs on the examples, on 100 generated teams and on 1,000 generated teams
 *      (national scale), each as a user runs it: the built bin in a child process, wall time and peak RSS.
 *
 *   npm run bench                 all of it
 *   npm run bench -- --teams 100  only the 100-team run (and the examples)
 *   npm run bench -- --no-1m      skip the 1M-row file
 */
import { spawnSync } from "node:child_process";
import { createReadStream, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = join(import.meta.dirname, "..");
const BIN = join(ROOT, "bin", "fidelity.js");
const args = process.argv.slice(2);
const teamCounts = args.includes("--teams") ? [Number(args[args.indexOf("--teams") + 1])] : [100, 1000];
const skip1m = args.includes("--no-1m");

if (!existsSync(join(ROOT, "dist", "cli", "main.js"))) {
  console.error("Build first: npm run build");
  process.exit(2);
}

interface Timed {
  seconds: number;
  peakRssMb: number;
  code: number | null;
}

/** Run a command under GNU time for its wall time and peak resident memory. */
function timed(cmd: string, cmdArgs: string[]): Timed {
  const r = spawnSync("/usr/bin/time", ["-f", "%e %M", cmd, ...cmdArgs], { encoding: "utf8", maxBuffer: 1 << 28 });
  const last = r.stderr.trim().split("\n").pop() ?? "";
  const [s, kb] = last.split(" ").map(Number);
  return { seconds: s ?? Number.NaN, peakRssMb: (kb ?? Number.NaN) / 1024, code: r.status };
}

function line(label: string, t: Timed, extra = ""): void {
  console.log(
    `${label.padEnd(44)} ${t.seconds.toFixed(2).padStart(8)} s ${t.peakRssMb.toFixed(0).padStart(6)} MB peak${extra}`,
  );
}

/** csv-parse alone over every CSV under `dir` (any of ; , tab): the baseline the tool is compared with. */
async function csvParseAlone(dir: string): Promise<{ seconds: number; rows: number }> {
  const { parse } = await import("csv-parse");
  const files: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d)) {
      const p = join(d, e);
      if (statSync(p).isDirectory()) walk(p);
      else if (e.toLowerCase().endsWith(".csv")) files.push(p);
    }
  };
  walk(dir);
  const start = performance.now();
  let rows = 0;
  for (const f of files) {
    // The delimiter from the header line, as the tool decides it, so csv-parse is not slowed by guessing.
    const head = readFileSync(f, { encoding: "latin1" }).slice(0, 4096).split("\n")[0] ?? "";
    const delimiter = [";", "\t", ","].reduce((a, b) => (head.split(b).length > head.split(a).length ? b : a));
    const parser = createReadStream(f).pipe(
      parse({ delimiter, relax_column_count: true, bom: true, skip_empty_lines: true }),
    );
    for await (const _ of parser) rows++;
  }
  return { seconds: (performance.now() - start) / 1000, rows };
}

const work = mkdtempSync(join(tmpdir(), "fidelity-bench-"));
try {
  if (!skip1m) {
    console.log("# 1,000,000 employer-contact rows");
    spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "bench", "contacts-1m.ts")], { stdio: "inherit" });
    const big = join(work, "big");
    spawnSync(process.execPath, [
      "--import",
      "tsx",
      join(ROOT, "scripts", "generate-teams.ts"),
      big,
      "1",
      "--contact-rows",
      "1000000",
    ]);
    const v = timed(process.execPath, [BIN, "validate", big]);
    const base = await csvParseAlone(big);
    line(
      "fidelity validate, a team with 1M contacts",
      v,
      `  (${(v.seconds / base.seconds).toFixed(2)}× csv-parse alone: ${base.seconds.toFixed(2)} s)`,
    );
    rmSync(big, { recursive: true, force: true });
    console.log();
  }

  console.log("# fidelity score with PDFs (built bin, child process)");
  const examples = timed(process.execPath, [BIN, "score", join(ROOT, "examples"), "--out", join(work, "ex"), "-q"]);
  line("examples (5 teams)", examples);
  for (const n of teamCounts) {
    const dir = join(work, `teams-${n}`);
    const gen = spawnSync(
      process.execPath,
      [
        "--import",
        "tsx",
        join(ROOT, "scripts", "generate-teams.ts"),
        dir,
        String(n),
        "--format",
        "mixed",
        "--scale",
        "mixed",
      ],
      {
        encoding: "utf8",
      },
    );
    if (gen.status !== 0) throw new Error(`generator failed: ${gen.stderr}`);
    const t = timed(process.execPath, [BIN, "score", dir, "--out", join(work, `out-${n}`), "-q"]);
    const base = await csvParseAlone(dir);
    line(
      `${n} generated teams`,
      t,
      `  (${((t.seconds / n) * 1000).toFixed(0)} ms per team, exit ${t.code}; csv-parse alone ${base.seconds.toFixed(2)} s for ${base.rows} rows: ${(t.seconds / base.seconds).toFixed(1)}×)`,
    );
    const noPdf = timed(process.execPath, [BIN, "score", dir, "--no-pdf", "--json"]);
    line(`${n} generated teams, --no-pdf --json`, noPdf);
    rmSync(dir, { recursive: true, force: true });
    rmSync(join(work, `out-${n}`), { recursive: true, force: true });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
