/**
 * Finding evaluation files (`*.evaluation.json`) under the paths a user gives (`fidelity agreement`), and
 * reading each one without one bad file stopping the rest.
 */
import type { Dirent } from "node:fs";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { FidelityError, IoError } from "../core/errors.js";
import type { Evaluation } from "../core/evaluation.js";
import { readEvaluationFile } from "./evaluation-file.js";
import { IO } from "./io.messages.js";

export const EVALUATION_SUFFIX = ".evaluation.json";

/** A file `score`/`evaluate` set aside when it was replaced (`<team>.replaced-<time>.evaluation.json`). */
export function isSetAside(path: string): boolean {
  return /\.replaced-\d+(-\d+)?\.evaluation\.json$/.test(path);
}

export interface FoundEvaluations {
  /** In path order; a file given by name is always included. */
  files: string[];
  /** Set-aside copies found in folders and left out. */
  setAside: string[];
}

/**
 * Every `*.evaluation.json` at or under the paths (folders searched recursively, skipping hidden folders such
 * as `.fidelity` and node_modules). Files set aside as replaced are left out unless named. A path that does
 * not exist is an IoError.
 */
export function findEvaluationFiles(paths: readonly string[]): FoundEvaluations {
  const files: string[] = [];
  const setAside: string[] = [];
  const walk = (dir: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      throw new IoError(
        IO.text("cannotReadFolder", { path: dir, code: String((e as NodeJS.ErrnoException).code) }),
        dir,
      );
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith(".") || e.name === "node_modules") continue;
      const full = join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.isFile() && e.name.endsWith(EVALUATION_SUFFIX)) (isSetAside(full) ? setAside : files).push(full);
    }
  };
  for (const path of paths) {
    let isDir: boolean;
    try {
      isDir = statSync(path).isDirectory();
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new IoError(code === "ENOENT" ? `${path} does not exist` : `cannot read ${path}: ${code}`, path);
    }
    if (isDir) walk(path);
    else files.push(path);
  }
  return { files: [...new Set(files)], setAside };
}

export type ReadEvaluation = { path: string; evaluation: Evaluation } | { path: string; problem: FidelityError };

/** Read each file; a file that is not a valid evaluation is returned with its problem instead. */
export function readEvaluations(paths: readonly string[]): ReadEvaluation[] {
  return paths.map((path) => {
    try {
      return { path, evaluation: readEvaluationFile(path) };
    } catch (e) {
      if (e instanceof FidelityError) return { path, problem: e };
      throw e;
    }
  });
}
