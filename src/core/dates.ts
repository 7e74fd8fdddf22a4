/**
 * Calendar dates as plain ISO strings (`2026-11-26`) and whole day numbers (days since 1970-01-01, UTC),
 * so date arithmetic never meets time zones or clock time.
 */

export type IsoDate = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Day number of a valid ISO date, or undefined if it is not a real calendar date. */
export function dayNumber(iso: IsoDate): number | undefined {
  const m = ISO.exec(iso);
  if (!m) return undefined;
  return dayFromParts(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Day number of an ISO date already known to be valid (throws otherwise: a programming error). */
export function toDay(iso: IsoDate): number {
  const d = dayNumber(iso);
  if (d === undefined) throw new Error(`not a valid ISO date: ${iso}`);
  return d;
}

export function dayFromParts(year: number, month: number, day: number): number | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return undefined;
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return undefined;
  return Math.round(ms / MS_PER_DAY);
}

export function fromDay(day: number): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(iso: IsoDate, n: number): IsoDate {
  return fromDay(toDay(iso) + n);
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDay(to) - toDay(from);
}

/** ISO weekday, Monday = 1 … Sunday = 7. */
export function isoWeekday(day: number): number {
  // 1970-01-01 was a Thursday (4).
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** Monday of ISO week `week` of ISO year `year`, or undefined if that week does not exist. */
export function isoWeekMonday(year: number, week: number): IsoDate | undefined {
  if (!Number.isInteger(week) || week < 1 || week > 53) return undefined;
  const jan4 = dayFromParts(year, 1, 4);
  if (jan4 === undefined) return undefined;
  const week1Monday = jan4 - (isoWeekday(jan4) - 1);
  const monday = week1Monday + (week - 1) * 7;
  if (week === 53 && isoWeekOf(monday).year !== year) return undefined;
  return fromDay(monday);
}

export function isoWeekOf(day: number): { year: number; week: number } {
  const thursday = day - isoWeekday(day) + 4;
  const year = new Date(thursday * MS_PER_DAY).getUTCFullYear();
  const jan1 = dayFromParts(year, 1, 1) as number;
  return { year, week: Math.floor((thursday - jan1) / 7) + 1 };
}
