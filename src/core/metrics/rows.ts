/** Small helpers every metric uses to keep its trail of rows (see RowUse in types.ts). */
import type { SourceRef } from "../records.js";
import type { IgnoredReason, MetricWarning, RowUse } from "./types.js";

export function newRowUse(rows: readonly { source: SourceRef }[] | undefined): RowUse {
  return { file: rows?.[0]?.source.file, present: rows !== undefined, read: rows?.length ?? 0, used: 0, ignored: {} };
}

export function ignore(use: RowUse, reason: IgnoredReason, n = 1): void {
  if (n > 0) use.ignored[reason] = (use.ignored[reason] ?? 0) + n;
}

export function ignoredTotal(use: RowUse): number {
  return Object.values(use.ignored).reduce((a, b) => a + (b ?? 0), 0);
}

export function sortedLines(lines: Iterable<number>): number[] {
  return [...new Set(lines)].sort((a, b) => a - b);
}

/** A warning about some rows of one file: `line` is the first, `lines` all of them (when more than one). */
export function rowsWarning(
  base: Omit<MetricWarning, "file" | "line" | "lines">,
  sources: readonly SourceRef[],
): MetricWarning {
  const lines = sortedLines(sources.map((s) => s.line));
  const w: MetricWarning = { ...base };
  if (sources[0]) w.file = sources[0].file;
  if (lines[0] !== undefined) w.line = lines[0];
  if (lines.length > 1) w.lines = lines;
  return w;
}

export function mean(values: readonly number[]): number | undefined {
  return values.length === 0 ? undefined : values.reduce((a, b) => a + b, 0) / values.length;
}

/** Append `value` to the list under `key`. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
