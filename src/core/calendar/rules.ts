/**
 * Utetid rows from calendar entries (issue 14): one row per specialist and day in the lookback window.
 *
 * - time out on a day = the union of that day's parts of events with an out category, so overlapping events
 *   count once and an event over midnight is split between the days (days are Norwegian local days, cut by
 *   the injected clock; a daylight-saving day has 23 or 25 hours and its events their real length);
 * - a weekday's timer_totalt = the working day, raised to the time out when that is longer; a Saturday or
 *   Sunday gets a row only with time out, and its total is then the time out;
 * - a day covered by an all-day event, or by out-of-office events (busy status OOF) for at least a working day,
 *   and with no time out, is absent: no row, so the absent-block rule sees a week of holiday;
 * - only days in the window get rows. Hours are rounded to 0,01.
 */
import { fold } from "../cells.js";
import { addDays, type IsoDate, isoWeekday, toDay } from "../dates.js";
import { inWindow, type LookbackWindow } from "../window.js";
import { type Interval, splitByDay, unionLength } from "./days.js";
import type { CalendarEntry, CalendarRules, LocalClock } from "./types.js";

export interface CalendarDayRow {
  date: IsoDate;
  hoursTotal: number;
  hoursOut: number;
}

export type AbsentReason = "allDay" | "outOfOffice";

/** Why an entry gave no time out. */
export type EntryOutcome =
  | "out"
  | "outsideWindow"
  | "noOutCategory"
  /** An all-day event has no clock times: it never counts as time out (its days are absent unless they have some). */
  | "allDayNoTimes"
  | "noLength";

export interface CalendarDays {
  /** One row per day with a row, by date. */
  rows: CalendarDayRow[];
  /** Days in the window with no row because they are absent, by date. */
  absent: { date: IsoDate; reason: AbsentReason }[];
  /** Days in the window the export does not cover (no row: the calendar says nothing about them). */
  notCovered: IsoDate[];
  /** Entries per outcome (an all-day event in the window is `allDayNoTimes`, also without an out category). */
  outcomes: Record<EntryOutcome, number>;
  /** Of the all-day entries in the window, those with an out category (still no time out: no clock times). */
  allDayWithOutCategory: number;
  /** Out categories that no entry carried (a misspelt `--ute-kategori`?), as given. */
  unusedOutCategories: string[];
  /** Categories on entries in the window that are not out categories, as first written, with counts. */
  otherCategories: { name: string; entries: number }[];
}

const MS_PER_HOUR = 3_600_000;

/** Hours rounded to two decimals (0,01 h). */
export function roundHours(ms: number): number {
  return Math.round(ms / (MS_PER_HOUR / 100)) / 100;
}

export function isOutCategory(category: string, rules: CalendarRules): boolean {
  const f = fold(category);
  return f !== "" && rules.outCategories.some((c) => fold(c) === f);
}

export function calendarDays(
  entries: readonly CalendarEntry[],
  window: LookbackWindow,
  rules: CalendarRules,
  clock: LocalClock,
  /** The dates the export covers (Outlook's X-CALSTART/X-CALEND): days outside it get no row. */
  covered?: { from: IsoDate; to: IsoDate },
): CalendarDays {
  const tally = newTally();
  const windowStart = clock.startOfDay(window.from);
  const windowEnd = clock.startOfDay(addDays(window.to, 1));
  for (const e of entries) {
    if (e.kind === "allDay") placeAllDay(e, window, rules, tally);
    else placeTimed(e, { window, start: windowStart, end: windowEnd }, rules, clock, tally);
  }
  return {
    ...dayRows(tally, window, rules, covered),
    outcomes: tally.outcomes,
    allDayWithOutCategory: tally.allDayWithOutCategory,
    unusedOutCategories: rules.outCategories.filter((c) => !tally.usedOut.has(fold(c))),
    otherCategories: [...tally.other.values()].sort((a, b) => b.entries - a.entries || a.name.localeCompare(b.name)),
  };
}

/** What the entries put on each day of the window, and what became of each entry. */
interface EntryTally {
  outcomes: Record<EntryOutcome, number>;
  /** Time out (entries with an out category), per day. */
  out: Map<IsoDate, Interval[]>;
  /** Time shown as "Out of office", per day. */
  oof: Map<IsoDate, Interval[]>;
  /** Days with an all-day entry. */
  allDay: Set<IsoDate>;
  /** Out categories used (folded). */
  usedOut: Set<string>;
  allDayWithOutCategory: number;
  other: Map<string, { name: string; entries: number }>;
}

function newTally(): EntryTally {
  return {
    outcomes: { out: 0, outsideWindow: 0, noOutCategory: 0, allDayNoTimes: 0, noLength: 0 },
    out: new Map(),
    oof: new Map(),
    allDay: new Set(),
    usedOut: new Set(),
    allDayWithOutCategory: 0,
    other: new Map(),
  };
}

function pushInterval(m: Map<IsoDate, Interval[]>, date: IsoDate, i: Interval): void {
  const list = m.get(date);
  if (list) list.push(i);
  else m.set(date, [i]);
}

/** An all-day entry marks its days in the window; it has no times, so it adds no time out. */
function placeAllDay(
  e: Extract<CalendarEntry, { kind: "allDay" }>,
  window: LookbackWindow,
  rules: CalendarRules,
  tally: EntryTally,
): void {
  const from = [e.from, window.from].sort()[1] as IsoDate;
  const to = [addDays(e.until, -1), window.to].sort()[0] as IsoDate;
  if (!(toDay(e.until) > toDay(e.from))) {
    tally.outcomes.noLength++;
    return;
  }
  if (from > to) {
    tally.outcomes.outsideWindow++;
    return;
  }
  for (let d = from; d <= to; d = addDays(d, 1)) tally.allDay.add(d);
  tally.outcomes.allDayNoTimes++;
  if (noteCategories(e.categories, rules, tally.usedOut, tally.other)) tally.allDayWithOutCategory++;
}

/** A timed entry, cut to the window and split by day: time out when it has an out category; "Out of office" time. */
function placeTimed(
  e: Extract<CalendarEntry, { kind: "timed" }>,
  bounds: { window: LookbackWindow; start: number; end: number },
  rules: CalendarRules,
  clock: LocalClock,
  tally: EntryTally,
): void {
  if (!(e.end > e.start)) {
    tally.outcomes.noLength++;
    return;
  }
  const start = Math.max(e.start, bounds.start);
  const end = Math.min(e.end, bounds.end);
  if (!(end > start)) {
    tally.outcomes.outsideWindow++;
    return;
  }
  const isOut = noteCategories(e.categories, rules, tally.usedOut, tally.other);
  const parts = splitByDay(start, end, clock).filter((p) => inWindow(bounds.window, p.date));
  if (isOut) {
    tally.outcomes.out++;
    for (const p of parts) pushInterval(tally.out, p.date, p);
  } else tally.outcomes.noOutCategory++;
  if (e.busy === "oof") for (const p of parts) pushInterval(tally.oof, p.date, p);
}

/** Each day of the window: a row (hours in total and out), absent (all day, out of office), or not covered. */
function dayRows(
  tally: EntryTally,
  window: LookbackWindow,
  rules: CalendarRules,
  covered: { from: IsoDate; to: IsoDate } | undefined,
): Pick<CalendarDays, "rows" | "absent" | "notCovered"> {
  const rows: CalendarDayRow[] = [];
  const absent: CalendarDays["absent"] = [];
  const notCovered: IsoDate[] = [];
  const workingDayMs = rules.workingDayHours * MS_PER_HOUR;
  for (let d = window.from; d <= window.to; d = addDays(d, 1)) {
    if (covered && (d < covered.from || d > covered.to)) {
      notCovered.push(d);
      continue;
    }
    const hoursOut = roundHours(unionLength(tally.out.get(d) ?? []));
    const weekday = isoWeekday(toDay(d)) <= 5;
    if (hoursOut > 0) {
      rows.push({ date: d, hoursTotal: weekday ? Math.max(rules.workingDayHours, hoursOut) : hoursOut, hoursOut });
      continue;
    }
    if (tally.allDay.has(d)) absent.push({ date: d, reason: "allDay" });
    else if (unionLength(tally.oof.get(d) ?? []) >= workingDayMs) absent.push({ date: d, reason: "outOfOffice" });
    else if (weekday) rows.push({ date: d, hoursTotal: rules.workingDayHours, hoursOut: 0 });
  }
  return { rows, absent, notCovered };
}

/** True when the entry has an out category; records which out categories were used and the other categories seen. */
function noteCategories(
  categories: readonly string[],
  rules: CalendarRules,
  usedOut: Set<string>,
  other: Map<string, { name: string; entries: number }>,
): boolean {
  let isOut = false;
  for (const c of categories) {
    const f = fold(c);
    if (f === "") continue;
    if (isOutCategory(c, rules)) {
      isOut = true;
      usedOut.add(f);
    } else {
      const seen = other.get(f);
      if (seen) seen.entries++;
      else other.set(f, { name: c.trim(), entries: 1 });
    }
  }
  return isOut;
}
