/**
 * The wizard's session: the evaluation file itself with `status: "in-progress"` and a `cursor`, kept at
 * `<team-dir>/.fidelity/<team>-<visit-date>.session.json` and rewritten atomically after every answer
 * (src/io/evaluation-file.ts), so killing the process loses at most the answer being typed. The session stays
 * with the team's data (where `evaluate <team-dir>` finds it again, and `.fidelity/` is gitignored); the
 * finished evaluation and PDF go to `--out` (default ./reports, as for `score`).
 */
import { existsSync, readdirSync, renameSync, rmdirSync, unlinkSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type { Evaluation } from "../../core/evaluation.js";
import { readEvaluationFile, writeEvaluationFile } from "../../io/evaluation-file.js";
import { SESSION_DIR, SESSION_SUFFIX, sessionFile, teamFiles } from "../../io/team-outputs.js";

export { SESSION_DIR };

const SUFFIX = SESSION_SUFFIX;

/** Where the cursor can be besides an item id. */
export const CURSOR = { summary: "@summary", rules: "@rules", review: "@review" } as const;

/**
 * Which items a walk goes through: every item in scale order ("all"), the items still unrated ("missing",
 * the review's "rate the missing"), or one item reopened from the review ("one"). Saved with the cursor
 * ("T7", "T7@missing", "T7@one"), so a resumed session walks on the same way from the same item.
 */
export type Pass = "all" | "missing" | "one";

export function itemCursor(id: string, pass: Pass): string {
  return pass === "all" ? id : `${id}@${pass}`;
}

/** The item and the walk of an item cursor (a plain id is the full walk); undefined for "@review" and the like. */
export function parseItemCursor(cursor: string): { id: string; pass: Pass } | undefined {
  if (cursor.startsWith("@")) return undefined;
  const at = cursor.indexOf("@");
  if (at < 0) return { id: cursor, pass: "all" };
  const pass = cursor.slice(at + 1);
  return { id: cursor.slice(0, at), pass: pass === "missing" || pass === "one" ? pass : "all" };
}

export function sessionPath(teamDir: string, teamName: string, visitDate: string): string {
  return sessionFile(teamDir, teamName, visitDate);
}

/** The team folder a session belongs to: the parent of its `.fidelity` folder (else the session's own folder). */
export function teamDirOfSession(path: string): string {
  const dir = dirname(path);
  return basename(dir) === SESSION_DIR ? dirname(dir) : dir;
}

export function saveSession(path: string, evaluation: Evaluation): void {
  writeEvaluationFile(path, evaluation);
}

export function loadSession(path: string): Evaluation {
  return readEvaluationFile(path);
}

/** An unfinished session for this team and date, if there is one. */
export function findUnfinished(teamDir: string, teamName: string, visitDate: string): Evaluation | undefined {
  const path = sessionPath(teamDir, teamName, visitDate);
  if (!existsSync(path)) return undefined;
  try {
    const e = readEvaluationFile(path);
    return e.status === "in-progress" ? e : undefined;
  } catch {
    return undefined;
  }
}

/** Unfinished sessions in a team folder (any team name or date), newest first. */
export function listUnfinished(teamDir: string): { path: string; evaluation: Evaluation }[] {
  const dir = join(teamDir, SESSION_DIR);
  if (!existsSync(dir)) return [];
  const found: { path: string; evaluation: Evaluation }[] = [];
  for (const f of readdirSync(dir)) {
    if (!f.endsWith(SUFFIX)) continue;
    try {
      const evaluation = readEvaluationFile(join(dir, f));
      if (evaluation.status === "in-progress") found.push({ path: join(dir, f), evaluation });
    } catch {
      // A broken file is not a session we can offer; it stays on disk untouched.
    }
  }
  return found.sort((a, b) => b.evaluation.updatedAt.localeCompare(a.evaluation.updatedAt));
}

/** Keep an old session that is being replaced by a fresh start: renamed, never deleted. */
export function setAside(path: string, stamp: string): string | undefined {
  if (!existsSync(path)) return undefined;
  const to = path.replace(/\.session\.json$/, `.replaced-${stamp.replace(/[^0-9]/g, "").slice(0, 14)}.json`);
  renameSync(path, to);
  return to;
}

/** Where `evaluate` writes a team's evaluation file in `outDir` (as writeTeamOutputs names it). */
export function evaluationPath(outDir: string, teamName: string): string {
  return teamFiles(outDir, teamName).evaluation;
}

/** A finished evaluation file, if `path` holds one that can be read. */
export function readFinished(path: string): Evaluation | undefined {
  if (!existsSync(path)) return undefined;
  try {
    const e = readEvaluationFile(path);
    return e.status === "complete" ? e : undefined;
  } catch {
    return undefined;
  }
}

/** Remove a finished session (its answers are in the evaluation file by then), and `.fidelity/` when empty. */
export function removeSession(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already gone: nothing to do.
  }
  if (basename(dirname(path)) === SESSION_DIR)
    try {
      rmdirSync(dirname(path));
    } catch {
      // Other sessions (or files) are still there: it stays.
    }
}
