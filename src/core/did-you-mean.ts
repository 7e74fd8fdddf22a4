/**
 * "Mente du …?": the known name closest to what the user wrote (a header, a file or folder name, an item id),
 * by edit distance after folding (case, æøå, spaces, `_`, `-` and `.` do not count). Pure.
 */
import { fold } from "./cells.js";

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours cost 1. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array(rows * cols).fill(0);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++)
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(
        (d[(i - 1) * cols + j] as number) + 1,
        (d[i * cols + j - 1] as number) + 1,
        (d[(i - 1) * cols + j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, (d[(i - 2) * cols + j - 2] as number) + 1);
      d[i * cols + j] = v;
    }
  return d[rows * cols - 1] as number;
}

/**
 * The candidate closest to `typed`, when it is close enough to be a slip: at most a third of the longer
 * name's letters differ (at least 1, at most 3), and it is not the same name. Undefined when none is that
 * close, or when two are equally close (a guess between them would mislead).
 */
export function didYouMean(typed: string, candidates: Iterable<string>): string | undefined {
  const t = fold(typed);
  if (t === "") return undefined;
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  let tie = false;
  const seen = new Set<string>();
  for (const c of candidates) {
    const f = fold(c);
    if (f === t || seen.has(f)) continue;
    seen.add(f);
    const d = editDistance(t, f);
    const limit = Math.min(3, Math.max(1, Math.floor(Math.max(t.length, f.length) / 3)));
    if (d > limit) continue;
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
      tie = false;
    } else if (d === bestDistance) tie = true;
  }
  return tie ? undefined : best;
}
