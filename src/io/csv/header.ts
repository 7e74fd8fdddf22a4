/**
 * The header line: which delimiter the file uses, and which column holds which field (docs/design.md §4:
 * headers in any case, with spaces/underscores/hyphens, with or without æøå, Norwegian or English).
 */
import { fold } from "../../core/cells.js";
import { didYouMean } from "../../core/did-you-mean.js";
import type { InputIssue } from "../../core/errors.js";
import { both, joinTexts, type Text } from "../../core/i18n.js";
import { redactNationalIds } from "../../core/national-id.js";
import { COLUMNS, type CsvKind, HEADER_LOOKUP, REQUIRED_ONE_OF } from "../../core/row-schemas.js";
import { HEADER } from "./header.messages.js";

export type Delimiter = ";" | "," | "\t";
const DELIMITERS: readonly Delimiter[] = [";", "\t", ","];

/**
 * The delimiter of a header line: whichever of `;`, tab and `,` occurs most often outside double quotes
 * (ties in that order; a line with none of them is read as one column, with `,`).
 */
export function detectDelimiter(headerLine: string): Delimiter {
  const count = { ";": 0, "\t": 0, ",": 0 };
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === ";" || ch === "\t" || ch === ",")) count[ch]++;
  }
  let best: Delimiter = ",";
  let most = 0;
  for (const d of DELIMITERS) {
    if (count[d] > most) {
      best = d;
      most = count[d];
    }
  }
  return best;
}

/** The first line of `text` that is not blank (without its line ending), or undefined if there is none yet. */
export function firstNonBlankLine(text: string, complete: boolean): string | undefined {
  let at = 0;
  for (;;) {
    const nl = text.indexOf("\n", at);
    if (nl === -1) {
      const rest = text.slice(at);
      return complete && rest.trim() !== "" ? rest : undefined;
    }
    const line = text.slice(at, nl);
    if (line.trim() !== "") return line;
    at = nl + 1;
  }
}

export interface HeaderMatch {
  /** Canonical column name → 0-based field index. */
  columns: Map<string, number>;
  /** Header cells up to the last non-empty one; cells further right are ignored when empty. */
  width: number;
  /** False when a required column is missing: rows are then not typed (but still checked for id numbers). */
  usable: boolean;
  issues: InputIssue[];
}

/** Where the header is, for its issues. */
interface At {
  file: string;
  line: number;
}

/** The header's width: cells up to the last non-empty one. */
function headerWidth(cells: readonly string[]): number {
  let width = 0;
  for (let i = 0; i < cells.length; i++) if ((cells[i] as string).trim() !== "") width = i + 1;
  return width;
}

/**
 * Which column holds which field, the first of two headers naming one field winning (the second is an issue).
 * `seen` maps each canonical name, or folded unknown header behind a NUL, to its first index.
 */
function assignColumns(
  kind: CsvKind,
  cells: readonly string[],
  width: number,
  at: At,
): { columns: Map<string, number>; seen: Map<string, number>; issues: InputIssue[] } {
  const lookup = HEADER_LOOKUP[kind];
  const columns = new Map<string, number>();
  const issues: InputIssue[] = [];
  const seen = new Map<string, number>(); // canonical name (or folded unknown header) → first index
  for (let i = 0; i < width; i++) {
    const text = (cells[i] as string).trim();
    if (text === "") continue;
    const folded = fold(text);
    const canonical = lookup.get(folded);
    const key = canonical ?? `\u0000${folded}`;
    const first = seen.get(key);
    if (first !== undefined) {
      const firstText = JSON.stringify(redactNationalIds((cells[first] as string).trim()));
      const quoted = JSON.stringify(redactNationalIds(text));
      issues.push({
        file: at.file,
        line: at.line,
        column: i + 1,
        message: canonical
          ? HEADER.text("duplicateCanonical", { text: quoted, first: first + 1, firstText, canonical })
          : HEADER.text("duplicateFolded", { text: quoted, first: first + 1, firstText }),
      });
      continue;
    }
    seen.set(key, i);
    if (canonical !== undefined) columns.set(canonical, i);
  }
  return { columns, seen, issues };
}

/**
 * The required columns (and one-of groups) not found, each described with its aliases and gloss; a slip of the
 * pen among the `unknown` headers is named with the column it was meant to be.
 */
function missingColumns(kind: CsvKind, columns: ReadonlyMap<string, number>, unknown: readonly string[]): Text[] {
  const meant = (names: readonly string[]): { typed: string; known: string } | undefined => {
    for (const typed of unknown) {
      const known = didYouMean(typed.trim(), names);
      if (known !== undefined) return { typed: redactNationalIds(typed.trim()), known };
    }
    return undefined;
  };
  const missing: Text[] = [];
  const spec = (name: string) => COLUMNS[kind].find((c) => c.name === name);
  const columnText = (name: string) =>
    HEADER.text("column", { name, alias: spec(name)?.aliases[0] ?? name, gloss: spec(name)?.gloss ?? name });
  const withGuess = (text: Text, names: readonly string[]): Text => {
    const guess = meant(names);
    return guess ? joinTexts([text, HEADER.text("didYouMean", guess)], "") : text;
  };
  for (const c of COLUMNS[kind])
    if (c.required && !columns.has(c.name)) missing.push(withGuess(columnText(c.name), [c.name, ...c.aliases]));
  for (const group of REQUIRED_ONE_OF[kind]) {
    if (group.some((n) => columns.has(n))) continue;
    const text = HEADER.text("oneOf", {
      names: [...group],
      aliases: group.map((n) => spec(n)?.aliases[0] ?? n),
      glosses: group.map((n) => spec(n)?.gloss ?? n),
    });
    missing.push(
      withGuess(
        text,
        group.flatMap((n) => [n, ...(spec(n)?.aliases ?? [])]),
      ),
    );
  }
  return missing;
}

/** One issue per missing column with the headers found, or one "no known columns" naming those expected. */
function missingIssues(
  kind: CsvKind,
  columns: ReadonlyMap<string, number>,
  missing: readonly Text[],
  found: readonly string[],
  at: At,
): InputIssue[] {
  const { file, line } = at;
  if (columns.size === 0) {
    const expected = COLUMNS[kind]
      .filter((c) => c.required || REQUIRED_ONE_OF[kind].some((g) => g.includes(c.name)))
      .map((c) => c.name);
    return [{ file, line, message: HEADER.text("noKnownColumns", { expected: expected.join(", ") }) }];
  }
  const foundText = found.map((f) => redactNationalIds(f)).join(", ");
  return missing.map((m) => ({
    file,
    line,
    message: both((l) => HEADER.in(l)("missingColumn", { column: m[l], found: foundText })),
  }));
}

/** A warning for each unknown header close to an optional column not found: it would be left out without a word. */
function nearOptionalColumns(
  kind: CsvKind,
  cells: readonly string[],
  columns: ReadonlyMap<string, number>,
  unknown: readonly string[],
  at: At,
): InputIssue[] {
  const issues: InputIssue[] = [];
  for (const typed of unknown) {
    const known = didYouMean(
      typed.trim(),
      COLUMNS[kind].filter((c) => !columns.has(c.name)).flatMap((c) => [c.name, ...c.aliases]),
    );
    if (known === undefined) continue;
    const canonical = HEADER_LOOKUP[kind].get(fold(known)) ?? known;
    issues.push({
      file: at.file,
      line: at.line,
      column: cells.indexOf(typed) + 1,
      message: HEADER.text("unknownColumn", { typed: redactNationalIds(typed.trim()), known: canonical }),
      severity: "warning",
    });
  }
  return issues;
}

export function matchHeader(kind: CsvKind, cells: readonly string[], file: string, line: number): HeaderMatch {
  const at: At = { file, line };
  const width = headerWidth(cells);
  const { columns, seen, issues } = assignColumns(kind, cells, width, at);

  const found = cells
    .slice(0, width)
    .map((c) => c.trim())
    .filter((c) => c !== "");
  // Headers that are no known column: a slip of the pen is named with the column it was meant to be.
  const unknown = [...seen.keys()]
    .filter((k) => k.startsWith("\u0000"))
    .map((k) => cells[seen.get(k) as number] as string);
  const missing = missingColumns(kind, columns, unknown);
  issues.push(...missingIssues(kind, columns, missing, found, at));
  if (missing.length === 0) issues.push(...nearOptionalColumns(kind, cells, columns, unknown, at));
  return { columns, width, usable: missing.length === 0, issues };
}
