/**
 * The lookback window and its 7-day blocks (docs/design.md §5).
 * V = visit date, W = lookback weeks. Window = V−7W … V−1, both ends included.
 * Block 1 = V−7 … V−1, block 2 = V−14 … V−8, and so on back to block W.
 */
import { fromDay, type IsoDate, toDay } from "./dates.js";

export interface Block {
  /** 1 = the week just before the visit. */
  index: number;
  from: IsoDate;
  to: IsoDate;
}

export interface LookbackWindow {
  visitDate: IsoDate;
  weeks: number;
  from: IsoDate;
  to: IsoDate;
  /** Reference date for caseload questions: the day before the visit. */
  referenceDate: IsoDate;
  /** Block 1 first (nearest the visit). */
  blocks: Block[];
}

/** The fidelity lookback (DESIGN.md: the 8 weeks before the visit), unless team.json or --lookback-weeks says otherwise. */
export const DEFAULT_LOOKBACK_WEEKS = 8;

export function lookbackWindow(visitDate: IsoDate, weeks = DEFAULT_LOOKBACK_WEEKS): LookbackWindow {
  if (!Number.isInteger(weeks) || weeks < 1)
    throw new RangeError(`lookback weeks must be a whole number ≥ 1, got ${weeks}`);
  const v = toDay(visitDate);
  const blocks: Block[] = [];
  for (let i = 1; i <= weeks; i++) blocks.push({ index: i, from: fromDay(v - 7 * i), to: fromDay(v - 7 * i + 6) });
  return { visitDate, weeks, from: fromDay(v - 7 * weeks), to: fromDay(v - 1), referenceDate: fromDay(v - 1), blocks };
}

export function inWindow(w: LookbackWindow, date: IsoDate): boolean {
  return date >= w.from && date <= w.to;
}

/** The block index (1…W) a date falls in, or undefined outside the window. */
export function blockOf(w: LookbackWindow, date: IsoDate): number | undefined {
  if (!inWindow(w, date)) return undefined;
  return Math.floor((visitDay(w) - 1 - toDay(date)) / 7) + 1;
}

/** The visit's day number per window: the metrics ask blockOf for every dated row, so it is read once. */
const visitDays = new WeakMap<LookbackWindow, { visitDate: IsoDate; day: number }>();
function visitDay(w: LookbackWindow): number {
  const known = visitDays.get(w);
  if (known?.visitDate === w.visitDate) return known.day;
  const day = toDay(w.visitDate);
  visitDays.set(w, { visitDate: w.visitDate, day });
  return day;
}
