/**
 * Reading a small JSON input file (team.json, the answers file) so that every problem can be reported as
 * `file:line:column`: syntax errors at the offending character, and schema problems at the value their JSON
 * path names (or the nearest enclosing value that exists).
 */
import { isUtf8 } from "node:buffer";
import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { type InputIssue, IoError, type JsonPath, type Position } from "../core/errors.js";
import { latin1ToCp1252, Utf8Tally } from "./csv/encoding.js";
import { IO } from "./io.messages.js";
import { JSON_FILE } from "./json.messages.js";
import { pathKey, scanJson } from "./json-scan.js";
import { JSON_SYNTAX } from "./json-scan.messages.js";

export { type DuplicateKey, MAX_JSON_DEPTH, scanJson } from "./json-scan.js";
export type { JsonPath, Position };

export interface JsonFile {
  file: string;
  bytes: number;
  sha256: string;
  /** The parsed value; undefined when the file is not valid JSON (see issues). */
  value?: unknown;
  /** Syntax problems (at most one: parsing stops at the first). */
  issues: InputIssue[];
  /** Where the value at `path` starts, or the nearest enclosing value that exists. */
  locate(path: JsonPath): Position;
}

/** The largest team.json or answers file read: they are a few kilobytes; more is not one of them. */
export const MAX_JSON_FILE_BYTES = 10_000_000;

export async function readJsonFile(file: string): Promise<JsonFile> {
  const buf = await readSmallFile(file);
  if (typeof buf === "number") return tooLarge(file, buf);
  const sha256 = createHash("sha256").update(buf).digest("hex");
  const { text, badBytes } = decodeJsonText(buf);
  const scanned = scanJson(text);
  const base = { file, bytes: buf.length, sha256 };
  if (badBytes)
    return {
      ...base,
      issues: badBytes.map((b) => ({
        file,
        line: b.line,
        column: b.column,
        message: JSON_FILE.text("badByte", { hex: b.byte.toString(16).toUpperCase().padStart(2, "0") }),
      })),
      locate: () => ({ line: 1, column: 1 }),
    };
  if (!scanned.ok) {
    return {
      ...base,
      issues: [
        {
          file,
          line: scanned.at.line,
          column: scanned.at.column,
          message: JSON_SYNTAX.text("invalid", { reason: scanned.message }),
        },
      ],
      locate: () => scanned.at,
    };
  }
  // The key is not quoted: it could be an identity number or a participant id.
  const duplicateIssues: InputIssue[] = (scanned.duplicates ?? []).map((d) => ({
    file,
    line: d.at.line,
    column: d.at.column,
    message: JSON_FILE.text("duplicateKey", { line: d.first.line, exact: d.exact }),
  }));
  return {
    ...base,
    value: JSON.parse(text) as unknown,
    issues: duplicateIssues,
    locate: (path) => locateIn(scanned.positions, path),
  };
}

/** The file's bytes, or its size when it is over MAX_JSON_FILE_BYTES. Throws IoError when it cannot be read. */
async function readSmallFile(file: string): Promise<Buffer | number> {
  try {
    const info = await stat(file);
    if (info.size > MAX_JSON_FILE_BYTES) return info.size;
    return await readFile(file);
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    throw new IoError(
      IO.text("cannotReadFile", { path: file, code: typeof code === "string" ? code : String(e) }),
      file,
    );
  }
}

function tooLarge(file: string, size: number): JsonFile {
  return {
    file,
    bytes: size,
    sha256: "",
    issues: [
      {
        file,
        message: JSON_FILE.text("tooLarge", {
          mb: Math.round(size / 1e6),
          teamJson: file.endsWith("team.json"),
          maxMb: MAX_JSON_FILE_BYTES / 1e6,
        }),
      },
    ],
    locate: () => ({ line: 1, column: 1 }),
  };
}

/**
 * The text without a BOM. As for the CSVs: UTF-8 unless the bytes above ASCII are mostly not UTF-8; a few bad
 * bytes in a UTF-8 file are errors at their place (`badBytes`), never a silent switch of the whole file to
 * Windows-1252.
 */
function decodeJsonText(buf: Buffer) {
  const body = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? buf.subarray(3) : buf;
  const utf8 = new Utf8Tally();
  if (!isUtf8(body)) {
    utf8.add(body);
    utf8.end();
  }
  const asUtf8 = utf8.invalid === 0 || utf8.valid >= utf8.invalid;
  const text = asUtf8 ? body.toString("utf8") : latin1ToCp1252(body.toString("latin1"));
  return { text, badBytes: asUtf8 && utf8.invalid > 0 ? utf8.badBytes() : undefined };
}

function locateIn(positions: Map<string, Position>, path: JsonPath): Position {
  for (let n = path.length; n >= 0; n--) {
    const p = positions.get(pathKey(path.slice(0, n)));
    if (p) return p;
  }
  return { line: 1, column: 1 };
}
