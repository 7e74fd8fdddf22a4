/**
 * Loading instruments: the shipped scale files under `templates/scales/` and a user's own `--scale-file`,
 * both validated by the same schema (src/core/scale.ts).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { InputDataError, IoError, UsageError } from "../core/errors.js";
import { joinTexts } from "../core/i18n.js";
import { parseScale, type Scale } from "../core/scale.js";
import { IO } from "./io.messages.js";
import { SCALES } from "./scales.messages.js";

/** The package's `templates/` folder (same depth from `src/io` and `dist/io`). */
export const TEMPLATES_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "templates");
const SCALES_DIR = join(TEMPLATES_DIR, "scales");

export function shippedScaleIds(): string[] {
  return readdirSync(SCALES_DIR)
    .filter((f) => f.endsWith(".json"))
    .map((f) => basename(f, ".json"))
    .sort();
}

/** The largest scale file read (the shipped ones are under 100 kB). */
export const MAX_SCALE_FILE_BYTES = 5_000_000;

/** Parse and validate a scale file; a broken file is refused with every problem and its JSON path. */
export function loadScaleFile(path: string): Scale {
  let text: string;
  try {
    // A pipe or a device would be read forever; a scale file is a few tens of kilobytes.
    const info = statSync(path);
    if (!info.isFile()) throw new IoError(IO.text("scaleNotRegular", { path }), path);
    if (info.size > MAX_SCALE_FILE_BYTES)
      throw new IoError(IO.text("scaleTooLarge", { path, mb: Math.round(info.size / 1e6) }), path);
    text = readFileSync(path, "utf8");
  } catch (e) {
    if (e instanceof IoError) throw e;
    throw new IoError(IO.text("cannotReadScale", { path, code: (e as NodeJS.ErrnoException).code ?? String(e) }), path);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    throw new InputDataError(IO.text("notJson", { path }), [{ file: path, message: (e as Error).message }]);
  }
  const result = parseScale(json);
  if (!result.ok)
    throw new InputDataError(
      IO.text("notScaleFile", { path }),
      result.problems.map((p) => ({ file: path, message: joinTexts([p.path, p.message], ": ") })),
    );
  return result.scale;
}

/** A shipped scale by id (`ips-25`, `kvalitetsveileder`), or the user's file when given. */
export function loadScale(id: string | undefined, scaleFile?: string): Scale {
  if (scaleFile) {
    const scale = loadScaleFile(scaleFile);
    return scale;
  }
  const wanted = id ?? "ips-25";
  const ids = shippedScaleIds();
  if (!ids.includes(wanted)) throw new UnknownScaleError(wanted, ids);
  return loadScaleFile(join(SCALES_DIR, `${wanted}.json`));
}

export class UnknownScaleError extends UsageError {
  constructor(
    readonly id: string,
    readonly known: string[],
  ) {
    super(SCALES.text("unknown", { id, known: known.join(", ") }));
  }
}
