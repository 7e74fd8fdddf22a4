/**
 * When the team is evaluated next, and the deadline the action plan works towards (docs/decisions.md, "Action
 * plan"). Fidelity reviews repeat yearly, and twice a year until fidelity is good:
 *  - points scale: good = the total lies in one of the scale's two highest bands (IPS-25: God or Meget god
 *    kvalitet, 100 or more);
 *  - colour scale: good = no point is red and more points are green than yellow.
 * A provisional evaluation is not yet known to be good: the next review is in six months.
 * The plan's deadline is halfway to the next review, so progress can be checked before it.
 */
import { dayFromParts, fromDay, type IsoDate } from "../dates.js";
import type { Scale } from "../scale.js";
import type { ScoreResult } from "../scoring.js";

export interface ReviewCycle {
  /** Months to the next review: 6 (until fidelity is good) or 12. */
  months: 6 | 12;
  nextReview: IsoDate;
  /** Proposed deadline for the plan's actions: halfway to the next review. */
  actionDeadline: IsoDate;
  good: boolean;
}

/** The same day `months` later; the month's last day when it is shorter (31 August + 6 months → 28/29 February). */
export function addMonths(iso: IsoDate, months: number): IsoDate {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  for (let day = d; day >= 28; day--) {
    const n = dayFromParts(year, month, day);
    if (n !== undefined) return fromDay(n);
  }
  const n = dayFromParts(year, month, Math.min(d, 28));
  if (n === undefined) throw new Error(`addMonths: ${iso} + ${months}`);
  return fromDay(n);
}

/** Is the team's fidelity good (see above)? Undefined while the evaluation is provisional. */
export function fidelityIsGood(scale: Scale, result: ScoreResult): boolean | undefined {
  if (!result.complete) return undefined;
  if (result.scoring === "points") {
    const from = goodFrom(scale);
    const total = result.total.value;
    return total !== undefined && from !== undefined && total >= from;
  }
  const c = result.colours;
  return c.red === 0 && c.green > c.yellow;
}

export function reviewCycle(scale: Scale, result: ScoreResult, visitDate: IsoDate): ReviewCycle {
  const good = fidelityIsGood(scale, result) === true;
  const months = good ? 12 : 6;
  return {
    months,
    nextReview: addMonths(visitDate, months),
    actionDeadline: addMonths(visitDate, months / 2),
    good,
  };
}

/** The lowest total counted as good on a points scale (IPS-25: 100), for the report's wording. */
export function goodFrom(scale: Scale): number | undefined {
  if (scale.scoring !== "points") return undefined;
  const bands = [...scale.bands].sort((a, b) => b.min - a.min);
  return (bands[Math.min(1, bands.length - 1)] ?? bands[0])?.min;
}
