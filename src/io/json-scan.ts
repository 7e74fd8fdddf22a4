/**
 * A strict JSON (RFC 8259) recogniser that records where every value starts, keyed by its path, so problems in
 * team.json and the answers file are reported at `line:column`. It does not build values (JSON.parse does,
 * once this has accepted the text).
 */
import type { JsonPath, Position } from "../core/errors.js";
import type { Text } from "../core/i18n.js";
import { JSON_SYNTAX } from "./json-scan.messages.js";

/**
 * How deep values may nest. The input files need three or four levels; a limit keeps a hostile or broken file
 * (50,000 nested brackets) from exhausting the stack here or in JSON.parse.
 */
export const MAX_JSON_DEPTH = 100;

/** A key that repeats an earlier key of the same object (exactly, or after trimming and ignoring case). */
export interface DuplicateKey {
  at: Position;
  first: Position;
  exact: boolean;
}

export type Scanned =
  | { ok: true; positions: Map<string, Position>; duplicates?: DuplicateKey[] }
  | { ok: false; at: Position; message: Text };

/** The key of a JSON path in `positions`. */
export const pathKey = (path: JsonPath) => JSON.stringify(path);

/**
 * Scan `text`: where every value starts, or the first syntax error. Recursive, so nesting is limited to
 * MAX_JSON_DEPTH levels (a syntax error beyond that).
 */
export function scanJson(text: string): Scanned {
  const scanner = new JsonScanner(text);
  try {
    return scanner.document();
  } catch (e) {
    if (e instanceof JsonSyntaxError) return { ok: false, at: scanner.position(e.index), message: e.text };
    throw e;
  }
}

class JsonSyntaxError extends Error {
  constructor(
    readonly text: Text,
    readonly index: number,
  ) {
    super(text.en);
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

class JsonScanner {
  private i = 0;
  private readonly positions = new Map<string, Position>();
  private duplicates: DuplicateKey[] | undefined;
  private readonly lineStarts = [0];

  constructor(private readonly text: string) {
    for (let k = text.indexOf("\n"); k !== -1; k = text.indexOf("\n", k + 1)) this.lineStarts.push(k + 1);
  }

  /** The whole text: one value, with nothing but white space around it. */
  document(): Scanned {
    this.ws();
    if (this.i >= this.text.length) this.fail(JSON_SYNTAX.text("empty"));
    this.value([]);
    this.ws();
    if (this.i < this.text.length) this.fail(JSON_SYNTAX.text("afterEnd", { found: this.found() }));
    const { positions, duplicates } = this;
    return duplicates ? { ok: true, positions, duplicates } : { ok: true, positions };
  }

  /** Line and column (1-based) of a character index. */
  position(index: number): Position {
    const { lineStarts } = this;
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] as number) <= index) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: index - (lineStarts[lo] as number) + 1 };
  }

  private fail(message: Text, at = this.i): never {
    throw new JsonSyntaxError(message, at);
  }

  /** What is at the current character, for "found …". */
  private found(): Text {
    if (this.i >= this.text.length) return JSON_SYNTAX.text("endOfFile");
    const c = JSON.stringify(this.text[this.i]);
    return { nb: c, en: c };
  }

  private ws(): void {
    const { text } = this;
    while (this.i < text.length) {
      const c = text[this.i];
      if (c === " " || c === "\t" || c === "\n" || c === "\r") this.i++;
      else break;
    }
  }

  /** A string, opening quote at the current character: its text as written, quotes included. */
  private string(): string {
    const { text } = this;
    const start = this.i;
    this.i++; // opening quote
    for (;;) {
      if (this.i >= text.length) this.fail(JSON_SYNTAX.text("unclosedString"), start);
      const c = text.charCodeAt(this.i);
      if (c === 0x22) {
        this.i++;
        return text.slice(start, this.i);
      }
      if (c === 0x5c) this.escape();
      else if (c < 0x20) this.fail(JSON_SYNTAX.text(c === 0x0a ? "unclosedOnLine" : "controlCharacter"));
      else this.i++;
    }
  }

  /** A backslash escape in a string. */
  private escape(): void {
    const { text } = this;
    const e = text[this.i + 1];
    if (e === "u") {
      if (!/^[0-9a-fA-F]{4}$/.test(text.slice(this.i + 2, this.i + 6))) this.fail(JSON_SYNTAX.text("badUnicodeEscape"));
      this.i += 6;
    } else if (e !== undefined && '"\\/bfnrt'.includes(e)) this.i += 2;
    else this.fail(JSON_SYNTAX.text("badEscape"));
  }

  /** Any value at `path`, its start recorded. */
  private value(path: JsonPath): void {
    this.ws();
    this.positions.set(pathKey(path), this.position(this.i));
    const c = this.text[this.i];
    if ((c === "{" || c === "[") && path.length >= MAX_JSON_DEPTH)
      this.fail(JSON_SYNTAX.text("tooDeep", { max: MAX_JSON_DEPTH }));
    if (c === "{") this.object(path);
    else if (c === "[") this.array(path);
    else if (c === '"') this.string();
    else this.literal();
  }

  /** `{ … }`: each property's value at its key; a repeated key is noted. */
  private object(path: JsonPath): void {
    const { text } = this;
    this.i++;
    this.ws();
    if (text[this.i] === "}") {
      this.i++;
      return;
    }
    const seen = new Map<string, { raw: string; at: Position }>();
    for (;;) {
      this.ws();
      if (text[this.i] !== '"') this.fail(JSON_SYNTAX.text("expectedName", { found: this.found() }));
      const keyAt = this.position(this.i);
      const key = JSON.parse(this.string()) as string;
      this.noteDuplicate(seen, key, keyAt);
      this.ws();
      if (text[this.i] !== ":") this.fail(JSON_SYNTAX.text("expectedColon", { found: this.found() }));
      this.i++;
      this.value([...path, key]);
      if (!this.more("}", "afterProperty")) return;
    }
  }

  /**
   * JSON.parse keeps the last of two equal keys silently; "B3" and "b3 " name the same item. Keys starting
   * with `$` ($schema) are not compared.
   */
  private noteDuplicate(seen: Map<string, { raw: string; at: Position }>, key: string, keyAt: Position): void {
    if (key.startsWith("$")) return;
    const folded = key.normalize("NFKC").trim().toLowerCase();
    const first = seen.get(folded);
    if (first) {
      this.duplicates ??= [];
      this.duplicates.push({ at: keyAt, first: first.at, exact: first.raw === key });
    } else seen.set(folded, { raw: key, at: keyAt });
  }

  /** `[ … ]`: each element at its index. */
  private array(path: JsonPath): void {
    this.i++;
    this.ws();
    if (this.text[this.i] === "]") {
      this.i++;
      return;
    }
    for (let n = 0; ; n++) {
      this.value([...path, n]);
      if (!this.more("]", "afterElement")) return;
    }
  }

  /**
   * After a property or element: true when a comma says another follows, false at the closing bracket (either
   * passed); anything else is an error.
   */
  private more(close: "}" | "]", otherwise: "afterProperty" | "afterElement"): boolean {
    const { text } = this;
    this.ws();
    if (text[this.i] === ",") {
      this.i++;
      this.ws();
      if (text[this.i] === close) this.fail(JSON_SYNTAX.text("trailingComma", { close }));
      return true;
    }
    if (text[this.i] === close) {
      this.i++;
      return false;
    }
    return this.fail(JSON_SYNTAX.text(otherwise, { found: this.found() }));
  }

  /** `true`, `false`, `null` or a number. */
  private literal(): void {
    const { text } = this;
    for (const word of ["true", "false", "null"])
      if (text.startsWith(word, this.i)) {
        this.i += word.length;
        return;
      }
    NUMBER.lastIndex = this.i;
    const m = NUMBER.exec(text);
    if (m) {
      this.i += m[0].length;
      return;
    }
    this.fail(
      this.i >= text.length
        ? JSON_SYNTAX.text("missingValue")
        : JSON_SYNTAX.text("unexpected", { found: this.found() }),
    );
  }
}
