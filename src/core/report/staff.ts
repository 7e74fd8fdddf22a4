/**
 * How specialists are named in a report: JS1…JSn in roster order (DESIGN.md §4, privacy), or their own names
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
