/**
 * Write a file so that a crash or kill at any moment leaves either the old file or the new one, never half of
 * one: write a temp file in the same folder, fsync it, rename it over the target, fsync the folder.
 *
 * Files that can be made again from what is already on disk (PDFs, summaries, handlingsplan.csv) are written with
 * `{ durable: false }`: still a temp file renamed over the target (no reader ever sees half a file, a killed run
 * leaves the old one), but no fsync — after a power cut such a file may be empty or old, and scoring again makes
 * it. The evaluator's work (evaluation and session files, team.json, answers) keeps both fsyncs (docs/decisions.md).
 */
import { closeSync, fsyncSync, openSync, readdirSync, renameSync, rmSync, statSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { IoError } from "../core/errors.js";
import { IO } from "./io.messages.js";
import { makeDirs } from "./make-dirs.js";
import { processRuns } from "./process-runs.js";

export interface WriteOptions {
  /** fsync the file and its folder (default). False only for outputs that can be made again. */
  durable?: boolean;
}

export function writeFileAtomic(path: string, data: string | Uint8Array, options: WriteOptions = {}): void {
  const durable = options.durable ?? true;
  const dir = dirname(path);
  const temp = join(dir, tempName(basename(path)));
  try {
    makeDirs(dir);
    const fd = openSync(temp, "w");
    try {
      const buf = typeof data === "string" ? Buffer.from(data, "utf8") : data;
      let off = 0;
      while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
      if (durable) fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
    if (durable) syncDir(dir);
  } catch (e) {
    try {
      rmSync(temp, { force: true });
    } catch {
      // The temp file was never created (e.g. the folder is not a folder).
    }
    const err = e as NodeJS.ErrnoException;
    throw new IoError(IO.text("cannotWrite", { path, code: err.code ?? err.message }), path);
  }
}

/**
 * The temp file's name: `.<start of the name>.<pid>.<counter>.fidelity-tmp`. The name is cut to 60 characters,
 * so a long team name never makes a temp name over the file-name limit; the pid says whose it is.
 */
let tempCounter = 0;
function tempName(name: string): string {
  return `.${name.slice(0, 60)}.${process.pid}.${Date.now().toString(36)}${(tempCounter++).toString(36)}${TEMP_SUFFIX}`;
}

const TEMP_SUFFIX = ".fidelity-tmp";
const TEMP_NAME = /^\..*\.(\d+)\.[0-9a-z]+\.fidelity-tmp$/;
/** The older temp names (before the suffix): `.<name>.<pid>.<ms>.tmp`. */
const OLD_TEMP_NAME = /^\..*\.(\d+)\.\d{10,}\.tmp$/;

/**
 * Remove temp files in `dir` left by a run that was killed while writing: ours by name, from a process that no
 * longer runs (or older than a day, for a pid reused since). Returns how many were removed. Never throws.
 */
export function cleanStaleTemps(dir: string, now = Date.now()): number {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const m = TEMP_NAME.exec(name) ?? OLD_TEMP_NAME.exec(name);
    if (!m) continue;
    const pid = Number(m[1]);
    const path = join(dir, name);
    try {
      const age = now - statSync(path).mtimeMs;
      if (pid === process.pid || (processRuns(pid) && age < 24 * 3600 * 1000)) continue;
      rmSync(path, { force: true });
      removed++;
    } catch {
      // gone meanwhile, or not ours to remove
    }
  }
  return removed;
}

function syncDir(dir: string): void {
  try {
    const fd = openSync(dir, "r");
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Some file systems do not allow fsync on a folder; the rename itself is still atomic.
  }
}
