/**
 * Cutting instants into Norwegian local days, and the union of intervals (overlaps counted once). Pure: the
 * local clock is injected.
 */
import { addDays, type IsoDate } from "../dates.js";
import type { LocalClock } from "./types.js";

export interface Interval {
  start: number;
  end: number;
}

/** The parts of [start, end) on each local date it touches, clipped to that date (an event over midnight is split). */
export function splitByDay(
  start: number,
  end: number,
  clock: LocalClock,
): { date: IsoDate; start: number; end: number }[] {
  const parts: { date: IsoDate; start: number; end: number }[] = [];
  if (!(end > start)) return parts;
  let date = clock.dayOf(start);
  for (;;) {
    const dayStart = clock.startOfDay(date);
    const next = addDays(date, 1);
    const dayEnd = clock.startOfDay(next);
    const s = Math.max(start, dayStart);
    const e = Math.min(end, dayEnd);
    if (e > s) parts.push({ date, start: s, end: e });
    if (dayEnd >= end) return parts;
    date = next;
  }
}

/** Total length of the union of the intervals: time covered by two events at once is counted once. */
export function unionLength(intervals: readonly Interval[]): number {
  const sorted = intervals.filter((i) => i.end > i.start).sort((a, b) => a.start - b.start || a.end - b.end);
  let total = 0;
  let curStart = Number.NaN;
  let curEnd = Number.NaN;
  for (const i of sorted) {
    if (Number.isNaN(curEnd) || i.start > curEnd) {
      if (!Number.isNaN(curEnd)) total += curEnd - curStart;
      curStart = i.start;
      curEnd = i.end;
    } else if (i.end > curEnd) curEnd = i.end;
  }
  if (!Number.isNaN(curEnd)) total += curEnd - curStart;
  return total;
}
