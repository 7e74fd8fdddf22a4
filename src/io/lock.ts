/**
 * A lock file beside what it protects (a wizard session, a score output folder), so that two runs never write
 * the same files at once. The lock holds the holder's pid, host and start time. It is created atomically
 * (`wx`); one left by a process that no longer runs on this machine, or older than {@link STALE_AFTER_MS}
 * (a crashed run on another machine sharing the folder), is stale and taken over. Released when the run ends,
 * also on Ctrl-C or an error (process exit).
 */
import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import { EXIT, FidelityError } from "../core/errors.js";
import type { Text } from "../core/i18n.js";
import { joinTexts } from "../core/i18n.js";
import { LOCK } from "./lock.messages.js";
import { processRuns } from "./process-runs.js";

/** A lock older than this is stale whoever holds it (no visit's wizard stays open for two days). */
export const STALE_AFTER_MS = 48 * 3600 * 1000;

export interface LockHolder {
  pid: number;
  host: string;
  since: string;
}

/** The files are in use by another run: nothing was changed (exit 4, as a file that cannot be written). */
export class InUseError extends FidelityError {
  constructor(
    message: Text,
    readonly holder: LockHolder | undefined,
  ) {
    super(message, EXIT.io);
  }
}

export interface Lock {
  path: string;
  release(): void;
}

/**
 * Take the lock at `lockPath`, or throw InUseError with `held(holder)` as its message when a live run holds it.
 * `now` is for tests.
 */
export function acquireLock(lockPath: string, held: (holder: Text) => Text, now: () => number = Date.now): Lock {
  for (let attempt = 0; attempt < 2; attempt++) {
    const me: LockHolder = { pid: process.pid, host: hostname(), since: new Date(now()).toISOString() };
    let fd: number;
    try {
      fd = openSync(lockPath, "wx");
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      const holder = readHolder(lockPath);
      if (isStale(lockPath, holder, now())) {
        rmSync(lockPath, { force: true });
        continue;
      }
      const who = holder
        ? LOCK.text("holder", { pid: holder.pid, host: holder.host, since: holder.since })
        : LOCK.text("unknownHolder");
      throw new InUseError(joinTexts([held(who), LOCK.text("staleHint", { lock: lockPath })]), holder);
    }
    try {
      writeSync(fd, `${JSON.stringify(me)}\n`);
    } finally {
      closeSync(fd);
    }
    return ownLock(lockPath, me);
  }
  throw new InUseError(held(LOCK.text("unknownHolder")), undefined);
}

function ownLock(path: string, me: LockHolder): Lock {
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.removeListener("exit", release);
    // Only our own lock is removed (a stale-lock takeover by another run replaces the file).
    const holder = readHolder(path);
    if (holder && holder.pid === me.pid && holder.host === me.host && holder.since === me.since)
      rmSync(path, { force: true });
  };
  process.on("exit", release);
  return { path, release };
}

function readHolder(path: string): LockHolder | undefined {
  try {
    const json = JSON.parse(readFileSync(path, "utf8")) as Partial<LockHolder>;
    if (typeof json.pid === "number" && typeof json.host === "string" && typeof json.since === "string")
      return { pid: json.pid, host: json.host, since: json.since };
  } catch {
    // being written, or damaged
  }
  return undefined;
}

function isStale(path: string, holder: LockHolder | undefined, now: number): boolean {
  let age: number;
  try {
    age = now - statSync(path).mtimeMs;
  } catch {
    return true; // gone meanwhile
  }
  if (age > STALE_AFTER_MS) return true;
  // A lock that cannot be read is being written by its holder, or was left half-written by a crash.
  if (!holder) return age > 60_000;
  if (holder.host !== hostname()) return false;
  return !processRuns(holder.pid);
}
