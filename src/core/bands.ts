/**
 * Turning a measured value into a score or a colour by the cut-offs in the scale file (docs/design.md §5).
 * Band edges compare the exact value: a lower bound must be reached (64.99 % → 4 when 65 % gives 5),
 * an upper bound must not be passed (20.3 per FTE → 4 when ≤ 20 gives 5).
 */
import type { ColourRule, PointBands } from "./scale.js";

/** Tolerance for floating-point noise only (13/20 × 100 must still reach 65); far below any real difference. */
const EPS = 1e-9;

export function reaches(value: number, lowerBound: number): boolean {
  return value >= lowerBound - EPS * Math.max(1, Math.abs(lowerBound));
}

export function notAbove(value: number, upperBound: number): boolean {
  return value <= upperBound + EPS * Math.max(1, Math.abs(upperBound));
}

/** Score a value by the bands: the first cut-off (best score first) the value meets, else `otherwise`. */
export function scoreByBands(bands: PointBands, value: number): number {
  for (const c of bands.cutoffs) {
    const meets = bands.direction === "higherIsBetter" ? reaches(value, c.value) : notAbove(value, c.value);
    if (meets) return c.score;
  }
  return bands.otherwise;
}

/** Mean of scores rounded half up (the only place rounding applies: averaging scores). */
export function meanScoreRoundedHalfUp(scores: readonly number[]): number | undefined {
  if (scores.length === 0) return undefined;
  const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
  return Math.floor(mean + 0.5 + EPS);
}

/** Colour for a threshold rule: green when the value meets `green`, yellow when it meets `yellow`, else red. */
export function colourByThreshold(rule: Extract<ColourRule, { kind: "threshold" }>, value: number) {
  const meets = (bound: number) =>
    rule.direction === "higherIsBetter" ? reaches(value, bound) : notAbove(value, bound);
  if (meets(rule.green)) return "green" as const;
  if (meets(rule.yellow)) return "yellow" as const;
  return "red" as const;
}

export function withinRange(value: number, min: number, max: number): boolean {
  return reaches(value, min) && notAbove(value, max);
}
