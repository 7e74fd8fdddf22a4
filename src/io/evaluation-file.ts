/**
 * Reading and writing `<team>.evaluation.json` (docs/design.md §6): validated on read, written atomically.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { InputDataError, IoError } from "../core/errors.js";
import { type Evaluation, parseEvaluation } from "../core/evaluation.js";
import { type WriteOptions, writeFileAtomic } from "./atomic-write.js";
import { IO } from "./io.messages.js";
import { missingPath } from "./team-files.js";

export function readEvaluationFile(path: string): Evaluation {
  return readEvaluationWithHash(path).evaluation;
}

/** An evaluation file and the sha256 of its bytes (what a consensus records of the files it was made from). */
export function readEvaluationWithHash(path: string): { evaluation: Evaluation; sha256: string } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new IoError(
      code === "ENOENT" ? missingPath(path) : IO.text("cannotRead", { path, code: String(code) }),
      path,
    );
  }
  return { evaluation: evaluationFromBytes(path, bytes), sha256: createHash("sha256").update(bytes).digest("hex") };
}

/** The evaluation in a file's bytes (read from `path`, which problems name): JSON, migrated, checked. */
export function evaluationFromBytes(path: string, bytes: Buffer): Evaluation {
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString("utf8"));
  } catch (e) {
    throw new InputDataError(IO.text("notJson", { path }), [{ file: path, message: (e as Error).message }]);
  }
  const result = parseEvaluation(json);
  if (!result.ok)
    throw new InputDataError(
      `${path} is not a valid evaluation file`,
      result.problems.map((message) => ({ file: path, message })),
    );
  return result.evaluation;
}

/** The bytes of `<team>.evaluation.json` for an evaluation: what `writeEvaluationFile` writes. */
export function evaluationFileBytes(evaluation: Evaluation): Buffer {
  return Buffer.from(`${JSON.stringify(evaluation, null, 2)}\n`, "utf8");
}

/**
 * Write an evaluation file (`bytes`: its bytes when already made by `evaluationFileBytes`). Durable (fsynced) by
 * default: an evaluator's work. `write` false for a batch scoring, which scoring the team folder again makes.
 */
export function writeEvaluationFile(path: string, evaluation: Evaluation, bytes?: Buffer, write?: WriteOptions): void {
  writeFileAtomic(path, bytes ?? evaluationFileBytes(evaluation), write);
}

/** The longest stem: with every ending (`.consensus.evaluation.json`, `.replaced-<stamp>-<n>`) well under 255 bytes. */
export const MAX_STEM_LENGTH = 80;

/**
 * A file-system-safe name for a team ("Team Øst/Vest" → "team-ost-vest"). A name longer than
 * {@link MAX_STEM_LENGTH} is shortened and ends with 8 hex digits of its sha256, so no team name can make a file
 * name over the limit, and two long names that start alike still get different files.
 */
export function teamFileStem(name: string): string {
  const stem = foldedStem(name);
  if (stem.length <= MAX_STEM_LENGTH) return stem;
  const hash = createHash("sha256").update(name, "utf8").digest("hex").slice(0, 8);
  return `${stem.slice(0, MAX_STEM_LENGTH - 9).replace(/-+$/, "")}-${hash}`;
}

function foldedStem(name: string): string {
  const folded = name
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "o")
    .replace(/å/g, "a")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return folded || "team";
}
