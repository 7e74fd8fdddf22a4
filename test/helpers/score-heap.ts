/**
 * Child process for the flat-memory test: `node --expose-gc --import tsx test/helpers/score-heap.ts <args…>`
 * runs `fidelity <args…>` in-process and prints, as JSON, the most heap in use after a full GC, sampled after
 * each team folder (at its progress tick, which this context asks for by saying stderr is a terminal) and while
 * the output is printed. Live data only (after GC), so the number does not depend on when V8 collects.
 */
import { PassThrough } from "node:stream";
import type { CliContext } from "../../src/cli/context.js";
import { run } from "../../src/cli/run.js";

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("run with --expose-gc");
let peak = 0;
let samples = 0;
const sample = () => {
  gc();
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  samples++;
};
let outputWrites = 0;
const ctx: CliContext = {
  stdout: {
    write: () => {
      if (outputWrites++ % 16 === 0) sample();
      return true;
    },
  },
  stderr: {
    isTTY: true,
    write: (s: string) => {
      if (s.startsWith("\r") && s.length > 8) sample();
      return true;
    },
  },
  stdin: new PassThrough(),
  lang: "nb",
  color: false,
  quiet: false,
  debug: false,
  cwd: process.cwd(),
  env: {},
  today: "2026-11-26",
};
const code = await run(process.argv.slice(2), ctx);
sample();
process.stdout.write(JSON.stringify({ code, peakHeapMb: peak / 2 ** 20, samples }));
