/**
 * The hand-computed utetid rows of the calendar fixtures (test/fixtures/calendar): `Kari Nordmann.ics`, and
 * the same events exported by Outlook as CSV (`Ola Berg.csv` in English, `Per Hansen.csv` in Norwegian).
 */
import type { CalendarDayRow } from "../../src/core/calendar/rules.js";
import { addDays, isoWeekday, toDay } from "../../src/core/dates.js";
import { type LookbackWindow, lookbackWindow } from "../../src/core/window.js";

/** Every weekday 7,5 / 0 unless listed; `null` = absent (no row); weekend days only when listed. */
export function expected(w: LookbackWindow, special: Record<string, [number, number] | null>): CalendarDayRow[] {
  const rows: CalendarDayRow[] = [];
  for (let d = w.from; d <= w.to; d = addDays(d, 1)) {
    const s = special[d];
    if (s === null) continue;
    if (s) rows.push({ date: d, hoursTotal: s[0], hoursOut: s[1] });
    else if (isoWeekday(toDay(d)) <= 5) rows.push({ date: d, hoursTotal: 7.5, hoursOut: 0 });
  }
  return rows;
}

// Visit Monday 13 April 2026: window 16.02–12.04, summer time starts Sunday 29 March (02:00 → 03:00).
export const SPRING = lookbackWindow("2026-04-13", 8);
export const SPRING_ROWS = expected(SPRING, {
  "2026-02-17": [7.5, 3], // weekly 09:00–12:00 W. Europe time (08:00–11:00 UTC in winter)
  "2026-02-19": [7.5, 3], // 09–11 Ute ∪ 10–12 Gul kategori = 09–12; the 10:30–11:30 meeting has no category
  "2026-02-20": [7.5, 3.5], // 10:00–13:30 "Viktig, Gul kategori"; 14–15 "Grønn kategori" is not out
  "2026-02-23": null, // all-day 23.–25.02 (winter holiday), no time out: absent
  "2026-02-24": [7.5, 3], // all-day, but the weekly event gives 3 h out: a row
  "2026-02-25": null,
  "2026-03-03": [7.5, 3],
  "2026-03-06": null, // OOF 08:00–16:00 (8 h ≥ 7,5 h): absent
  "2026-03-09": [7.5, 0], // OOF 08:00–10:00 only: a working day
  "2026-03-10": [7.5, 3],
  "2026-03-16": [10, 10], // 07:00–17:00 out: total raised to 10
  "2026-03-17": [7.5, 3],
  "2026-03-21": [3, 3], // Saturday 10–13 out
  "2026-03-22": undefined as never, // Sunday 10–13 without a category: no row (weekend default)
  "2026-03-24": [7.5, 3],
  "2026-03-27": [7.5, 3], // Friday 21:00 → Saturday 01:30: 3 h on Friday …
  "2026-03-28": [3.5, 3.5], // … 1,5 h on Saturday, plus 22:00–24:00 of the next night event
  "2026-03-29": [3, 3], // 00:00–04:00 on the night summer time starts: 3 real hours
  "2026-03-31": [7.5, 0], // the weekly instance was moved …
  "2026-04-01": [7.5, 2], // … to Wednesday 13:00–15:00 (RECURRENCE-ID)
  "2026-04-02": [7.5, 1], // "Yellow Category" 13–14
  "2026-04-07": [7.5, 3.5], // 09–12 summer time (07–10 UTC) ∪ 09:00–10:30 UTC (11:00–12:30 local) = 09:00–12:30
  "2026-04-08": [7.5, 0], // a cancelled event
});

// Visit Monday 9 November 2026: window 14.09–08.11, summer time ends Sunday 25 October (03:00 → 02:00).
export const AUTUMN = lookbackWindow("2026-11-09", 8);
export const AUTUMN_ROWS = expected(AUTUMN, {
  "2026-09-15": [7.5, 3],
  "2026-09-22": [7.5, 3],
  "2026-09-29": [7.5, 3],
  "2026-10-06": [7.5, 3],
  "2026-10-13": [7.5, 3],
  "2026-10-20": [7.5, 0], // EXDATE
  "2026-10-24": [2, 2], // Saturday 22:00 → Sunday 04:00: 2 h on Saturday …
  "2026-10-25": [5, 5], // … and 00:00–04:00 on the 25-hour day: 5 real hours
  "2026-10-27": [7.5, 4], // 09–12 winter time ∪ 10:30–12:00 UTC (11:30–13:00 local) = 09:00–13:00
  "2026-11-03": [7.5, 3],
});
