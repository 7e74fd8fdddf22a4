/**
 * Reading an iCalendar (.ics) export — Outlook/Exchange "Save calendar", Google Calendar export — with ical.js:
 * the file's own VTIMEZONEs (Outlook's Windows names such as "W. Europe Standard Time") are registered for the
 * time it is read, recurrences are expanded by ical.js (RRULE, RDATE, EXDATE, and moved or cancelled instances
 * by RECURRENCE-ID), and every occurrence near the window becomes a calendar entry: times as instants,
 * categories, busy status. Subjects, descriptions, locations and attendees are never read.
 */
import ICAL from "ical.js";
import type { BusyStatus, CalendarEntry, EntryRef } from "../../core/calendar/types.js";
import { InputDataError, type InputIssue } from "../../core/errors.js";
import { ICS } from "./ics.messages.js";
import { instantOf, isKnownZone, localClock, NORWAY } from "./time-zone.js";

export interface CalendarRead {
  file: string;
  format: "ics" | "outlook-csv";
  /** Events (VEVENTs, or CSV rows) in the file, a recurring series counted once. */
  events: number;
  /** Occurrences near the window handed on as entries (a recurring series gives one per occurrence). */
  entries: CalendarEntry[];
  /** Events and occurrences left out before the rules, by reason. */
  skipped: { cancelled: number; seriesOutsideWindow: number; noStart: number };
  /** Time zones the file names but does not define, read as another zone (tzid → the zone used). */
  zonesAssumed: Map<string, string>;
  /** The period the export says it covers (Outlook's X-CALSTART / X-CALEND), as Norwegian dates. */
  exportRange?: { from: string; to: string };
  warnings: InputIssue[];
}

/** Common Windows time-zone names, for a file that names one without defining it in a VTIMEZONE. */
const WINDOWS_ZONES: Readonly<Record<string, string>> = {
  "W. Europe Standard Time": "Europe/Berlin",
  "Romance Standard Time": "Europe/Paris",
  "Central Europe Standard Time": "Europe/Budapest",
  "Central European Standard Time": "Europe/Warsaw",
  "GMT Standard Time": "Europe/London",
  "Greenwich Standard Time": "Atlantic/Reykjavik",
  "FLE Standard Time": "Europe/Kyiv",
  "E. Europe Standard Time": "Europe/Chisinau",
  UTC: "UTC",
};

const MAX_OCCURRENCES = 200_000;
const DAY = 86_400_000;

const BUSY: Readonly<Record<string, BusyStatus>> = {
  FREE: "free",
  TENTATIVE: "tentative",
  BUSY: "busy",
  OOF: "oof",
  WORKINGELSEWHERE: "elsewhere",
};

/**
 * Read `text` (an .ics file) into calendar entries for the instants `from` … `to` (UTC ms): occurrences that
 * end before `from` or start at `to` or later are not returned. Throws InputDataError when the file is not
 * iCalendar.
 */
export function readIcs(text: string, file: string, from: number, to: number): CalendarRead {
  let root: ICAL.Component;
  try {
    root = new ICAL.Component(ICAL.parse(text));
  } catch (e) {
    throw new InputDataError(ICS.text("notIcs", { file }), [parseProblem(e, text, file)]);
  }
  const calendars = root.name === "vcalendar" ? [root] : root.getAllSubcomponents("vcalendar");
  if (calendars.length === 0)
    throw new InputDataError(ICS.text("notIcs", { file }), [{ file, message: ICS.text("noVcalendar") }]);

  const read: CalendarRead = {
    file,
    format: "ics",
    events: 0,
    entries: [],
    skipped: { cancelled: 0, seriesOutsideWindow: 0, noStart: 0 },
    zonesAssumed: new Map(),
    warnings: [],
  };
  const lines = veventLines(text);
  let veventIndex = 0;
  for (const cal of calendars) {
    const registered: string[] = [];
    for (const vtz of cal.getAllSubcomponents("vtimezone")) {
      const tzid = vtz.getFirstPropertyValue("tzid");
      if (typeof tzid !== "string" || tzid === "UTC") continue;
      ICAL.TimezoneService.register(vtz);
      registered.push(tzid);
    }
    try {
      const range = exportRange(cal);
      if (range) read.exportRange = range;
      const vevents = cal.getAllSubcomponents("vevent").map((c) => ({ c, line: lines[veventIndex++] }));
      try {
        readEvents(vevents, read, from, to);
      } catch (e) {
        throw new InputDataError(ICS.text("eventUnreadable", { file }), [parseProblem(e, text, file)]);
      }
    } finally {
      for (const tzid of registered) ICAL.TimezoneService.remove(tzid);
    }
  }
  return read;
}

/**
 * A problem ical.js found, without the text of the line: its messages quote the line, which may be a subject,
 * a description or an attendee. The quoted line is looked up to give its line number instead.
 */
function parseProblem(e: unknown, text: string, file: string): InputIssue {
  const message = e instanceof Error ? (e.message.split("\n")[0] ?? "") : String(e);
  // The line quoted in the message: the first line of the file whose text the message holds.
  const physical = text.split(/\r?\n/);
  let line: number | undefined;
  let cut = -1;
  for (const [i, raw] of physical.entries()) {
    const l = raw.trim();
    const at = l.length >= 3 ? message.indexOf(l) : -1;
    if (at > 0) {
      line = i + 1;
      cut = at - 1; // the quote before it
      break;
    }
  }
  // Not found: keep only what comes before the first quote (ical.js quotes the line at the end).
  if (cut === -1 && /["']/.test(message)) cut = (/\s["']/.exec(message)?.index ?? message.search(/["']/)) + 1;
  const bare = (cut >= 0 ? message.slice(0, cut) : message).trim();
  return {
    file,
    ...(line !== undefined ? { line } : {}),
    message: ICS.text("unreadable", { problem: bare, lineHidden: cut >= 0 }),
  };
}

/** Lines (1-based) on which each VEVENT begins, in file order (ical.js keeps components in file order). */
function veventLines(text: string): number[] {
  const out: number[] = [];
  let line = 1;
  let at = 0;
  for (;;) {
    const nl = text.indexOf("\n", at);
    const l = text.slice(at, nl === -1 ? undefined : nl).trim();
    if (/^BEGIN:VEVENT$/i.test(l)) out.push(line);
    if (nl === -1) return out;
    at = nl + 1;
    line++;
  }
}

function exportRange(cal: ICAL.Component): { from: string; to: string } | undefined {
  const s = cal.getFirstPropertyValue("x-calstart");
  const e = cal.getFirstPropertyValue("x-calend");
  const toMs = (v: unknown): number | undefined => {
    const m = typeof v === "string" ? /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(Z?)$/.exec(v.trim()) : null;
    if (!m) return undefined;
    const [y, mo, d, h, mi, se] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
    const w = { year: y, month: mo, day: d, hour: h, minute: mi, second: se };
    return m[7] === "Z" ? Date.UTC(y, mo - 1, d, h, mi, se) : instantOf(NORWAY, w);
  };
  const a = toMs(s);
  const b = toMs(e);
  if (a === undefined || b === undefined || !(b > a)) return undefined;
  const clock = localClock();
  return { from: clock.dayOf(a), to: clock.dayOf(b - 1) };
}

function readEvents(
  vevents: { c: ICAL.Component; line: number | undefined }[],
  read: CalendarRead,
  from: number,
  to: number,
) {
  const masters = new Map<string, { c: ICAL.Component; line: number | undefined }>();
  const exceptions: { c: ICAL.Component; line: number | undefined; uid: string }[] = [];
  for (const v of vevents) {
    const uid = String(v.c.getFirstPropertyValue("uid") ?? "");
    if (v.c.hasProperty("recurrence-id")) exceptions.push({ ...v, uid });
    else masters.set(uid || `\u0000${masters.size}`, v);
  }
  const orphans: typeof exceptions = [];
  const related = new Map<string, ICAL.Event>();
  for (const [uid, m] of masters) related.set(uid, new ICAL.Event(m.c));
  for (const x of exceptions) {
    const master = related.get(x.uid);
    if (master) master.relateException(x.c);
    else orphans.push(x);
  }

  for (const [uid, m] of masters) {
    const ev = related.get(uid) as ICAL.Event;
    read.events++;
    if (!m.c.hasProperty("dtstart")) {
      read.skipped.noStart++;
      continue;
    }
    const ref: EntryRef = { file: read.file, ...(m.line ? { line: m.line } : {}) };
    if (!ev.isRecurring()) {
      occurrence(m.c, ev.startDate, ev.endDate, ref, read);
      continue;
    }
    let found = 0;
    const it = ev.iterator();
    let n = 0;
    for (let next = it.next(); next; next = it.next()) {
      if (++n > MAX_OCCURRENCES) break;
      // Occurrences come in order of their original start: a moved instance is reached at its original time.
      if (instant(next, read.zonesAssumed) >= to + DAY) break;
      const d = ev.getOccurrenceDetails(next);
      const end = instant(d.endDate, read.zonesAssumed);
      if (end < from - DAY && instant(d.startDate, read.zonesAssumed) < from - DAY) continue;
      if (occurrence(d.item.component, d.startDate, d.endDate, ref, read, from, to)) found++;
    }
    // An instance moved from after the window into it is not reached above.
    for (const x of exceptions) {
      if (x.uid !== uid) continue;
      const rid = x.c.getFirstPropertyValue("recurrence-id");
      if (!(rid instanceof ICAL.Time) || instant(rid, read.zonesAssumed) < to + DAY) continue;
      const xe = new ICAL.Event(x.c);
      if (occurrence(x.c, xe.startDate, xe.endDate, ref, read, from, to)) found++;
    }
    if (found === 0) read.skipped.seriesOutsideWindow++;
  }
  // An exception whose series is not in the file (an export of a date range can cut it off) is an event of its own.
  for (const x of orphans) {
    read.events++;
    const xe = new ICAL.Event(x.c);
    occurrence(x.c, xe.startDate, xe.endDate, { file: read.file, ...(x.line ? { line: x.line } : {}) }, read);
  }
}

/** Add one occurrence as an entry; false when it is cancelled or (with a range) lies outside the range. */
function occurrence(
  c: ICAL.Component,
  start: ICAL.Time,
  endTime: ICAL.Time | undefined,
  ref: EntryRef,
  read: CalendarRead,
  from = Number.NEGATIVE_INFINITY,
  to = Number.POSITIVE_INFINITY,
): boolean {
  const status = c.getFirstPropertyValue("status");
  const categories = c
    .getAllProperties("categories")
    .flatMap((p) => p.getValues())
    .map((v) => String(v).trim())
    .filter((v) => v !== "");
  const busy = busyStatus(c);
  if (start.isDate) {
    const fromDate = dateOf(start);
    let until = endTime?.isDate ? dateOf(endTime) : fromDate;
    if (until <= fromDate) until = dateOf(start.clone(), 1);
    const s = Date.parse(`${fromDate}T00:00:00Z`);
    const e = Date.parse(`${until}T00:00:00Z`);
    if (e < from - DAY || s >= to + DAY) return false;
    if (typeof status === "string" && status.toUpperCase() === "CANCELLED") {
      read.skipped.cancelled++;
      return false;
    }
    read.entries.push({ kind: "allDay", from: fromDate, until, categories, ...(busy ? { busy } : {}), ref });
    return true;
  }
  const s = instant(start, read.zonesAssumed);
  const e = endTime ? instant(endTime, read.zonesAssumed) : s;
  if (e < from - DAY || s >= to + DAY) return false;
  if (typeof status === "string" && status.toUpperCase() === "CANCELLED") {
    read.skipped.cancelled++;
    return false;
  }
  read.entries.push({ kind: "timed", start: s, end: e, categories, ...(busy ? { busy } : {}), ref });
  return true;
}

function busyStatus(c: ICAL.Component): BusyStatus | undefined {
  for (const name of ["x-microsoft-cdo-busystatus", "x-microsoft-cdo-intendedstatus"]) {
    const v = c.getFirstPropertyValue(name);
    if (typeof v === "string" && BUSY[v.trim().toUpperCase()]) return BUSY[v.trim().toUpperCase()];
  }
  const transp = c.getFirstPropertyValue("transp");
  if (typeof transp === "string" && transp.toUpperCase() === "TRANSPARENT") return "free";
  return undefined;
}

function dateOf(t: ICAL.Time, addDays = 0): string {
  const d = new Date(Date.UTC(t.year, t.month - 1, t.day + addDays));
  return d.toISOString().slice(0, 10);
}

/**
 * The instant a time stands for: UTC and times in a VTIMEZONE of the file by ical.js; a time in a zone the
 * file does not define by the Intl zone of that name (an IANA name, or a common Windows name); a floating time
 * (no zone) as Norwegian local time.
 */
function instant(t: ICAL.Time, assumed: Map<string, string>): number {
  const zone = t.zone;
  if (zone && zone.tzid !== "floating") return t.toUnixTime() * 1000;
  // ical.js keeps the TZID of a zone it does not know (not in its typings).
  const tzid = (t as unknown as { timezone?: string }).timezone;
  let use = NORWAY;
  if (tzid) {
    const known = isKnownZone(tzid) ? tzid : WINDOWS_ZONES[tzid];
    if (known) use = known;
    else assumed.set(tzid, NORWAY);
  }
  return instantOf(use, { year: t.year, month: t.month, day: t.day, hour: t.hour, minute: t.minute, second: t.second });
}
