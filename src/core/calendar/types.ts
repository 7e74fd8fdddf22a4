/**
 * Calendar entries as the readers (src/io/calendar) hand them to the utetid rules: recurrences already
 * expanded, times already instants (UTC milliseconds). Only what the rules use is kept — categories, times and
 * busy status; never a subject, description, location or attendee (issue 14, privacy).
 */
import type { IsoDate } from "../dates.js";

/** Where an entry came from: the file and the line its event (or CSV row) starts on. */
export interface EntryRef {
  file: string;
  line?: number;
}

/** Outlook's "Show time as" (X-MICROSOFT-CDO-BUSYSTATUS): `oof` is "Out of office" (Fraværende). */
export type BusyStatus = "free" | "tentative" | "busy" | "oof" | "elsewhere";

/** An event with clock times: from `start` to `end` (UTC milliseconds, end exclusive). */
export interface TimedEntry {
  kind: "timed";
  start: number;
  end: number;
  categories: readonly string[];
  busy?: BusyStatus;
  ref: EntryRef;
}

/** An all-day event: the dates `from` … `until` − 1 (a date range, in no time zone). */
export interface AllDayEntry {
  kind: "allDay";
  from: IsoDate;
  /** The first date after the event (exclusive), as iCalendar's DTEND of a date. */
  until: IsoDate;
  categories: readonly string[];
  busy?: BusyStatus;
  ref: EntryRef;
}

export type CalendarEntry = TimedEntry | AllDayEntry;

/**
 * Norwegian local time, injected (src/io/calendar/time-zone.ts computes it from Europe/Oslo's rules, whatever
 * the machine's time zone): the local date of an instant, and the instant a local date begins.
 */
export interface LocalClock {
  dayOf(ms: number): IsoDate;
  startOfDay(date: IsoDate): number;
}

/** The rules the evaluator can change (`--ute-kategori`, `--arbeidsdag`), saved in team.json. */
export interface CalendarRules {
  /** Categories that mark time out of the office, compared folded (case, spaces and æøå do not matter). */
  outCategories: readonly string[];
  /** Hours of a working day: a weekday's timer_totalt unless the time out is longer. */
  workingDayHours: number;
}

/** Outlook's yellow category by its Norwegian and English default names, and the plain word. */
export const DEFAULT_OUT_CATEGORIES: readonly string[] = ["Ute", "Gul kategori", "Yellow category"];
export const DEFAULT_WORKING_DAY_HOURS = 7.5;

export const DEFAULT_CALENDAR_RULES: CalendarRules = {
  outCategories: DEFAULT_OUT_CATEGORIES,
  workingDayHours: DEFAULT_WORKING_DAY_HOURS,
};
