/**
 * Create a folder and its missing parents, one level at a time. `mkdirSync(path, { recursive: true })` never
 * returns for some paths it cannot create (under /proc on Linux it retries forever); a plain mkdir per level
 * fails at once with the reason.
 */
import { existsSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";

export function makeDirs(path: string): void {
  const missing: string[] = [];
  for (let p = path; !existsSync(p); p = dirname(p)) {
    missing.push(p);
    if (dirname(p) === p) break;
  }
  for (const dir of missing.reverse()) mkdirSync(dir);
}
