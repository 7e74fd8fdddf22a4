import { readFileSync } from "node:fs";

/**
 * Whether a process with this pid runs on this machine (a signal-0 probe: nothing is sent). A process that has
 * ended but not yet been reaped by its parent (a zombie, on Linux) answers the probe, yet it runs no more and
 * holds nothing: it counts as ended.
 */
export function processRuns(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
  return !isZombie(pid);
}

function isZombie(pid: number): boolean {
  if (process.platform !== "linux") return false;
  try {
    // "<pid> (<comm>) <state> …": the command name may hold spaces and parentheses, the state follows the last ")".
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const state = stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3);
    return state === "Z" || state === "X";
  } catch {
    return false;
  }
}
