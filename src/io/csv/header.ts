/**
 * The header line: which delimiter the file uses, and which column holds which field (docs/design.md §4:
 * headers in any case, with spaces/underscores/hyphens, with or without æøå, Norwegian or English).
 */
import { fold } from "../../core/cells.js";
import type { InputIssue } from "../../core/errors.js";
import { redactNationalIds } from "../../core/national-id.js";
import { COLUMNS, type CsvKind, HEADER_LOOKUP, REQUIRED_ONE_OF } from "../../core/row-schemas.js";

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

export function matchHeader(kind: CsvKind, cells: readonly string[], file: string, line: number): HeaderMatch {
  const lookup = HEADER_LOOKUP[kind];
  const columns = new Map<string, number>();
  const issues: InputIssue[] = [];
  const seen = new Map<string, number>(); // canonical name (or folded unknown header) → first index
  let width = 0;
  for (let i = 0; i < cells.length; i++) if ((cells[i] as string).trim() !== "") width = i + 1;

  for (let i = 0; i < width; i++) {
    const text = (cells[i] as string).trim();
    if (text === "") continue;
    const folded = fold(text);
    const canonical = lookup.get(folded);
    const key = canonical ?? `\u0000${folded}`;
    const first = seen.get(key);
    if (first !== undefined) {
      const firstText = JSON.stringify(redactNationalIds((cells[first] as string).trim()));
      issues.push({
        file,
        line,
        column: i + 1,
        message:
          `duplicate column ${JSON.stringify(redactNationalIds(text))}: ` +
          (canonical
            ? `column ${first + 1} (${firstText}) is also ${canonical}`
            : `same as column ${first + 1} (${firstText}) after folding`),
      });
      continue;
    }
    seen.set(key, i);
    if (canonical !== undefined) columns.set(canonical, i);
  }

  const found = cells
    .slice(0, width)
    .map((c) => c.trim())
    .filter((c) => c !== "");
  const missing: string[] = [];
  for (const spec of COLUMNS[kind])
    if (spec.required && !columns.has(spec.name)) missing.push(`"${spec.name}" (${spec.gloss})`);
  for (const group of REQUIRED_ONE_OF[kind]) {
    if (group.some((n) => columns.has(n))) continue;
    const glosses = group.map((n) => COLUMNS[kind].find((c) => c.name === n)?.gloss ?? n);
    missing.push(`${group.map((n) => `"${n}"`).join(" or ")} (${glosses.join(" or ")})`);
  }
  if (columns.size === 0) {
    const expected = COLUMNS[kind]
      .filter((c) => c.required || REQUIRED_ONE_OF[kind].some((g) => g.includes(c.name)))
      .map((c) => c.name);
    issues.push({
      file,
      line,
      message: `no known column names in the header line (is the header missing?); expected ${expected.join(", ")}`,
    });
  } else {
    for (const m of missing)
      issues.push({
        file,
        line,
        message: `missing required column ${m}; found: ${found.map((f) => redactNationalIds(f)).join(", ")}`,
      });
  }
  return { columns, width, usable: missing.length === 0, issues };
}
