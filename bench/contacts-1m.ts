/**
 * Benchmark: a 1,000,000-row employer-contact CSV (synthetic, written to a temp folder), read
 *   - by csv-parse alone (stream → parse, count records): the baseline,
 *   - by scanCsv (validate: every row typed and checked, nothing kept),
 *   - by readCsv (every valid record kept, as `score` does).
 * Each run is its own child process, so its peak RSS is its own; the modes are interleaved and repeated
 * (the machine may be busy) and the fastest run of each is reported, with its peak RSS (maxRSS), and for
 * readCsv the heap still used by the kept records after a full GC. Time is also given as a ratio to
 * csv-parse alone.
 *
 *   node --import tsx bench/contacts-1m.ts [--rows 1000000] [--runs 3]
 *
 * Not part of `npm test`.
 */
import { spawnSync } from "node:child_process";
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse";
import { readCsv, scanCsv } from "../src/io/csv/index.js";

type Mode = "csv-parse" | "scan" | "read";
interface Result {
  mode: Mode;
  ms: number;
  rows: number;
  peakRssMb: number;
  sampledPeakRssMb: number;
  /** Heap in use after a full GC with the result still referenced. */
  retainedHeapMb: number;
}

const MB = 1024 * 1024;

async function writeContacts(path: string, rows: number): Promise<void> {
  const out = createWriteStream(path);
  const specialists = ["Åse Ødegård", "Øyvind Ås", "Kari Nordmann", "Ola Berg", "Per Æsøy", "Line Dahl", "Nina Li"];
  const modes = ["oppmøte", "Oppmøte", "telefon", "Teams", "e-post", "ansikt til ansikt", "sms"];
  const purposes = ["jobbutvikling", "Oppfølging", "", "kandidatpresentasjon", '"Møte; drop-in"'];
  const write = (s: string) => (out.write(s) ? Promise.resolve() : new Promise<void>((r) => out.once("drain", r)));
  await write("Jobbspesialist;Dato;Arbeidsgiver;Kontaktform;Formål;Deltaker\n");
  let buf = "";
  for (let i = 0; i < rows; i++) {
    const day = 1 + (i % 28);
    const month = 1 + ((i >> 5) % 12);
    buf +=
      `${specialists[i % specialists.length]};${String(day).padStart(2, "0")}.${String(month).padStart(2, "0")}.2026;` +
      `Bedrift ${i % 5003} AS;${modes[i % modes.length]};${purposes[i % purposes.length]};P${i % 1709}\n`;
    if (buf.length > 1 << 16) {
      await write(buf);
      buf = "";
    }
  }
  await write(buf);
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
}

async function child(mode: Mode, file: string): Promise<Result> {
  let sampled = process.memoryUsage().rss;
  const timer = setInterval(() => {
    sampled = Math.max(sampled, process.memoryUsage().rss);
  }, 20);
  const t0 = performance.now();
  let rows = 0;
  let keep: unknown;
  if (mode === "csv-parse") {
    const parser = createReadStream(file).pipe(parse({ delimiter: ";" }));
    for await (const _ of parser) rows++;
    rows--; // header
  } else if (mode === "scan") {
    const scan = await scanCsv(file, "contacts", () => rows++);
    if (scan.issueCount > 0) throw new Error(`unexpected issues: ${scan.issueCount}`);
  } else {
    const read = await readCsv(file, "contacts");
    keep = read;
    rows = read.records.length;
    if (read.issueCount > 0) throw new Error(`unexpected issues: ${read.issueCount}`);
  }
  const ms = performance.now() - t0;
  clearInterval(timer);
  sampled = Math.max(sampled, process.memoryUsage().rss);
  (globalThis as { gc?: () => void }).gc?.();
  const retainedHeapMb = process.memoryUsage().heapUsed / MB;
  if (keep === file) throw new Error("unreachable"); // keeps `keep` alive until here
  return {
    retainedHeapMb,
    mode,
    ms,
    rows,
    peakRssMb: (process.resourceUsage().maxRSS * 1024) / MB,
    sampledPeakRssMb: sampled / MB,
  };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === "--child") {
    process.stdout.write(JSON.stringify(await child(args[1] as Mode, args[2] as string)));
    return;
  }
  const option = (name: string, fallback: number) => {
    const i = args.indexOf(name);
    return i === -1 ? fallback : Number(args[i + 1]);
  };
  const rows = option("--rows", 1_000_000);
  const runs = option("--runs", 3);
  const dir = mkdtempSync(join(tmpdir(), "fidelity-bench-"));
  try {
    const path = join(dir, "arbeidsgiverkontakter.csv");
    const tg = performance.now();
    await writeContacts(path, rows);
    console.log(
      `generated ${rows.toLocaleString("en")} rows, ${(statSync(path).size / MB).toFixed(1)} MB in ${((performance.now() - tg) / 1000).toFixed(1)} s`,
    );
    const self = fileURLToPath(import.meta.url);
    const modes = ["csv-parse", "scan", "read"] as const;
    const best = new Map<Mode, Result>();
    for (let run = 1; run <= runs; run++) {
      for (const m of modes) {
        const r = spawnSync(process.execPath, ["--expose-gc", "--import", "tsx", self, "--child", m, path], {
          encoding: "utf8",
          maxBuffer: 1 << 20,
        });
        if (r.status !== 0) throw new Error(`${m} failed: ${r.stderr}`);
        const result = JSON.parse(r.stdout) as Result;
        const seen = best.get(m);
        if (!seen || result.ms < seen.ms) best.set(m, result);
        console.log(
          `  run ${run} ${m.padEnd(9)} ${(result.ms / 1000).toFixed(2)} s, maxRSS ${result.peakRssMb.toFixed(0)} MB`,
        );
      }
    }
    const base = best.get("csv-parse") as Result;
    console.log(`\nfastest of ${runs} run(s) each:`);
    console.log("mode        rows        time      peak RSS (maxRSS / sampled)   retained heap   time vs csv-parse");
    for (const m of modes) {
      const r = best.get(m) as Result;
      console.log(
        `${r.mode.padEnd(10)}  ${r.rows.toLocaleString("en").padStart(9)}  ${(r.ms / 1000).toFixed(2).padStart(6)} s  ` +
          `${r.peakRssMb.toFixed(0).padStart(6)} MB / ${r.sampledPeakRssMb.toFixed(0).padStart(4)} MB          ` +
          `${r.retainedHeapMb.toFixed(0).padStart(5)} MB        ${(r.ms / base.ms).toFixed(2)}×`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
