/**
 * Wall-clock times in a named time zone ↔ instants, from the Intl time-zone data Node ships (full ICU), so the
 * result never depends on the machine's own time zone (TZ). Norwegian local time is `Europe/Oslo`.
 */

import type { LocalClock } from "../../core/calendar/types.js";
import { addDays, type IsoDate } from "../../core/dates.js";

export const NORWAY = "Europe/Oslo";

const formats = new Map<string, Intl.DateTimeFormat>();

function format(zone: string): Intl.DateTimeFormat {
  let f = formats.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formats.set(zone, f);
  }
  return f;
}

/** True when Intl knows the zone (an IANA name such as `Europe/Oslo`). */
export function isKnownZone(zone: string): boolean {
  try {
    format(zone);
    return true;
  } catch {
    return false;
  }
}

export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The wall-clock time in `zone` at instant `ms`. */
export function wallTimeAt(zone: string, ms: number): WallTime {
  const w: WallTime = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const p of format(zone).formatToParts(new Date(ms))) {
    if (p.type in w) w[p.type as keyof WallTime] = Number(p.value);
  }
  return w;
}

/** Offset of `zone` from UTC at instant `ms`, in milliseconds (Oslo in summer: +2 h). */
export function offsetAt(zone: string, ms: number): number {
  const w = wallTimeAt(zone, Math.floor(ms / 1000) * 1000);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - Math.floor(ms / 1000) * 1000;
}

/**
 * The instant a wall-clock time in `zone` stands for. A time the clocks skip (02:30 on the night summer time
 * starts) is read with the offset before the change (so it lands an hour later, 03:30); a time that occurs
 * twice (02:30 the night it ends) is the first of the two.
 */
export function instantOf(zone: string, w: WallTime): number {
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  const before = offsetAt(zone, asUtc - 86_400_000);
  const after = offsetAt(zone, asUtc + 86_400_000);
  // Try the earlier offset first: it gives the first of two equal wall times.
  const candidates = before >= after ? [before, after] : [after, before];
  for (const off of candidates) {
    const t = asUtc - off;
    if (offsetAt(zone, t) === off) return t;
  }
  return asUtc - before;
}

function dateOf(w: WallTime): IsoDate {
  const p = (n: number, l = 2) => String(n).padStart(l, "0");
  return `${p(w.year, 4)}-${p(w.month)}-${p(w.day)}`;
}

/** Local days in `zone` (default Norwegian time), for the calendar rules. */
export function localClock(zone = NORWAY): LocalClock {
  const starts = new Map<IsoDate, number>();
  return {
    dayOf: (ms) => dateOf(wallTimeAt(zone, ms)),
    startOfDay: (date) => {
      let s = starts.get(date);
      if (s === undefined) {
        const [y, m, d] = date.split("-").map(Number) as [number, number, number];
        s = instantOf(zone, { year: y, month: m, day: d, hour: 0, minute: 0, second: 0 });
        starts.set(date, s);
      }
      return s;
    },
  };
}

/** The day after `date` starts when `date` ends: its length in hours (23 or 25 on daylight-saving days). */
export function dayHours(clock: LocalClock, date: IsoDate): number {
  return (clock.startOfDay(addDays(date, 1)) - clock.startOfDay(date)) / 3_600_000;
}
