/**
 * Calendar dates as plain ISO strings (`2026-11-26`) and whole day numbers (days since 1970-01-01, UTC),
 * so date arithmetic never meets time zones or clock time.
 */

export type IsoDate = string;

const MS_PER_DAY = 86_400_000;

/** Day number of a valid ISO date, or undefined if it is not a real calendar date. */
export function dayNumber(iso: IsoDate): number | undefined {
  // `YYYY-MM-DD` read digit by digit (no regex, no Date): the metrics ask this for every dated row.
  if (iso.length !== 10 || iso.charCodeAt(4) !== DASH || iso.charCodeAt(7) !== DASH) return undefined;
  const year = digitsAt(iso, 0, 4);
  const month = digitsAt(iso, 5, 7);
  const day = digitsAt(iso, 8, 10);
  if (year < 0 || month < 0 || day < 0) return undefined;
  return dayFromParts(year, month, day);
}

const DASH = 45;

/** The number written with the ASCII digits from `from` to `to`, or −1 when any is not one. */
function digitsAt(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
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
  // Four-digit years by arithmetic; others through Date as before (Date.UTC reads years 0–99 as 1900–1999, so
  // those are not real dates here).
  if (year >= 1000 && year <= 9999) return day <= daysInMonth(year, month) ? civilDay(year, month, day) : undefined;
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return undefined;
  return Math.round(ms / MS_PER_DAY);
}

function daysInMonth(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}

/** Days since 1970-01-01 of a valid date with a year ≥ 0 (the proleptic Gregorian calendar, as Date uses). */
function civilDay(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
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
