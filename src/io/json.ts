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

export type { JsonPath, Position };

/**
 * How deep values may nest. The input files need three or four levels; a limit keeps a hostile or broken file
 * (50,000 nested brackets) from exhausting the stack here or in JSON.parse.
 */
export const MAX_JSON_DEPTH = 100;

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
  let buf: Buffer;
  try {
    const info = await stat(file);
    if (info.size > MAX_JSON_FILE_BYTES)
      return {
        file,
        bytes: info.size,
        sha256: "",
        issues: [
          {
            file,
            message: JSON_FILE.text("tooLarge", {
              mb: Math.round(info.size / 1e6),
              teamJson: file.endsWith("team.json"),
              maxMb: MAX_JSON_FILE_BYTES / 1e6,
            }),
          },
        ],
        locate: () => ({ line: 1, column: 1 }),
      };
    buf = await readFile(file);
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    throw new IoError(
      IO.text("cannotReadFile", { path: file, code: typeof code === "string" ? code : String(e) }),
      file,
    );
  }
  const sha256 = createHash("sha256").update(buf).digest("hex");
  const body = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? buf.subarray(3) : buf;
  // As for the CSVs: UTF-8 unless the bytes above ASCII are mostly not UTF-8; a few bad bytes in a UTF-8 file
  // are errors at their place, never a silent switch of the whole file to Windows-1252.
  const utf8 = new Utf8Tally();
  if (!isUtf8(body)) {
    utf8.add(body);
    utf8.end();
  }
  const asUtf8 = utf8.invalid === 0 || utf8.valid >= utf8.invalid;
  const text = asUtf8 ? body.toString("utf8") : latin1ToCp1252(body.toString("latin1"));
  const scanned = scanJson(text);
  const base = { file, bytes: buf.length, sha256 };
  if (asUtf8 && utf8.invalid > 0)
    return {
      ...base,
      issues: utf8.badBytes().map((b) => ({
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
      issues: [{ file, line: scanned.at.line, column: scanned.at.column, message: `invalid JSON: ${scanned.message}` }],
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

const pathKey = (path: JsonPath) => JSON.stringify(path);

function locateIn(positions: Map<string, Position>, path: JsonPath): Position {
  for (let n = path.length; n >= 0; n--) {
    const p = positions.get(pathKey(path.slice(0, n)));
    if (p) return p;
  }
  return { line: 1, column: 1 };
}

/** A key that repeats an earlier key of the same object (exactly, or after trimming and ignoring case). */
export interface DuplicateKey {
  at: Position;
  first: Position;
  exact: boolean;
}

type Scanned =
  | { ok: true; positions: Map<string, Position>; duplicates?: DuplicateKey[] }
  | { ok: false; at: Position; message: string };

class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly index: number,
  ) {
    super(message);
  }
}

/**
 * A strict JSON (RFC 8259) recogniser that records where every value starts, keyed by its path. It does
 * not build values (JSON.parse does, once this has accepted the text). Recursive, so nesting is limited to
 * MAX_JSON_DEPTH levels (a syntax error beyond that).
 */
export function scanJson(text: string): Scanned {
  const positions = new Map<string, Position>();
  let duplicates: DuplicateKey[] | undefined;
  let i = 0;
  const lineStarts = [0];
  for (let k = text.indexOf("\n"); k !== -1; k = text.indexOf("\n", k + 1)) lineStarts.push(k + 1);
  const position = (index: number): Position => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] as number) <= index) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: index - (lineStarts[lo] as number) + 1 };
  };
  const fail = (message: string, at = i): never => {
    throw new JsonSyntaxError(message, at);
  };
  const describe = () => (i >= text.length ? "end of file" : JSON.stringify(text[i]));
  const ws = () => {
    while (i < text.length) {
      const c = text[i];
      if (c === " " || c === "\t" || c === "\n" || c === "\r") i++;
      else break;
    }
  };
  const string = () => {
    const start = i;
    i++; // opening quote
    for (;;) {
      if (i >= text.length) fail('a string is never closed (missing ")', start);
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return text.slice(start, i);
      }
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail("invalid \\u escape in a string");
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else fail("invalid escape in a string (use \\\\ for a backslash)");
      } else if (c < 0x20)
        fail(c === 0x0a ? "a string is never closed before the end of the line" : "control character in a string");
      else i++;
    }
  };
  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  const value = (path: (string | number)[]) => {
    ws();
    positions.set(pathKey(path), position(i));
    const c = text[i];
    if ((c === "{" || c === "[") && path.length >= MAX_JSON_DEPTH)
      fail(`values are nested more than ${MAX_JSON_DEPTH} levels deep (this file needs only a few)`);
    if (c === "{") {
      i++;
      ws();
      if (text[i] === "}") {
        i++;
        return;
      }
      const seen = new Map<string, { raw: string; at: Position }>();
      for (;;) {
        ws();
        if (text[i] !== '"') fail(`expected a property name in double quotes, found ${describe()}`);
        const keyAt = position(i);
        const key = JSON.parse(string()) as string;
        // JSON.parse keeps the last of two equal keys silently; "B3" and "b3 " name the same item.
        if (!key.startsWith("$")) {
          const folded = key.normalize("NFKC").trim().toLowerCase();
          const first = seen.get(folded);
          if (first) {
            duplicates ??= [];
            duplicates.push({ at: keyAt, first: first.at, exact: first.raw === key });
          } else seen.set(folded, { raw: key, at: keyAt });
        }
        ws();
        if (text[i] !== ":") fail(`expected ":" after a property name, found ${describe()}`);
        i++;
        value([...path, key]);
        ws();
        if (text[i] === ",") {
          i++;
          ws();
          if (text[i] === "}") fail("trailing comma before }");
          continue;
        }
        if (text[i] === "}") {
          i++;
          return;
        }
        fail(`expected "," or "}" after a property value, found ${describe()}`);
      }
    }
    if (c === "[") {
      i++;
      ws();
      if (text[i] === "]") {
        i++;
        return;
      }
      for (let n = 0; ; n++) {
        value([...path, n]);
        ws();
        if (text[i] === ",") {
          i++;
          ws();
          if (text[i] === "]") fail("trailing comma before ]");
          continue;
        }
        if (text[i] === "]") {
          i++;
          return;
        }
        fail(`expected "," or "]" after an array element, found ${describe()}`);
      }
    }
    if (c === '"') {
      string();
      return;
    }
    for (const word of ["true", "false", "null"])
      if (text.startsWith(word, i)) {
        i += word.length;
        return;
      }
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (m) {
      i += m[0].length;
      return;
    }
    fail(i >= text.length ? "unexpected end of file (a value is missing)" : `unexpected ${describe()}`);
  };
  try {
    ws();
    if (i >= text.length) fail("file is empty");
    value([]);
    ws();
    if (i < text.length) fail(`unexpected ${describe()} after the end of the JSON value`);
    return duplicates ? { ok: true, positions, duplicates } : { ok: true, positions };
  } catch (e) {
    if (e instanceof JsonSyntaxError) return { ok: false, at: position(e.index), message: e.message };
    throw e;
  }
}
