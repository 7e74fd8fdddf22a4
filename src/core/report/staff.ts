/**
 * How specialists are named in a report: JS1…JSn in roster order (docs/design.md §4, privacy), or their own names
 * when `--show-staff-names` is given.
 */
import { specialistKey } from "../metrics/names.js";
import type { TeamMetrics } from "../metrics/types.js";

export type StaffLabel = (specialist: string) => string;

export function staffLabeller(metrics: TeamMetrics | undefined, showNames: boolean): StaffLabel {
  const order = new Map<string, number>();
  const roster = metrics ? [...metrics.roster.specialists, ...metrics.roster.caseloadOnly] : [];
  for (const entry of roster) if (!order.has(entry.key)) order.set(entry.key, order.size + 1);
  return (specialist) => {
    if (showNames) return specialist;
    const key = specialistKey(specialist);
    let n = order.get(key);
    if (n === undefined) {
      n = order.size + 1;
      order.set(key, n);
    }
    return `JS${n}`;
  };
}

/**
 * A copy of `value` (metrics, data suggestions) with every specialist's name replaced by its label: fields named
 * `specialist`, and the matching `key` of roster entries. For output that leaves the evaluator's machine-readable
 * files (`score --json`), so names appear only when asked for.
 */
export function withStaffLabels<T>(value: T, label: StaffLabel): T {
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (v === null || typeof v !== "object") return v;
    const out: Record<string, unknown> = {};
    const named = typeof (v as { specialist?: unknown }).specialist === "string";
    for (const [k, x] of Object.entries(v)) {
      if (k === "specialist" && typeof x === "string") out[k] = label(x);
      else if (k === "key" && named) out[k] = label((v as { specialist: string }).specialist);
      else out[k] = walk(x);
    }
    return out;
  };
  return walk(value) as T;
}
