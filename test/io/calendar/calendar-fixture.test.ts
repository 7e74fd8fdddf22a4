/**
 * The Outlook-style fixture (test/fixtures/calendar): a Windows TZID with its VTIMEZONE, a weekly recurrence
 * across the change to summer time (spring window) and back (autumn window) with one EXDATE and one moved
 * instance, an all-day event, an OOF day, overlapping events, events over midnight (also on the nights the
 * clocks change), an event with two categories. Expected hours per day computed by hand below. The classic
 * Outlook CSV export of the same events (English and Norwegian) gives the same rows.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { calendarDays } from "../../../src/core/calendar/rules.js";
import { DEFAULT_CALENDAR_RULES } from "../../../src/core/calendar/types.js";
import { addDays } from "../../../src/core/dates.js";
import { formatIssueIn, InputDataError } from "../../../src/core/errors.js";
import { type LookbackWindow, lookbackWindow } from "../../../src/core/window.js";
import { readIcs } from "../../../src/io/calendar/ics.js";
import { readOutlookCsv } from "../../../src/io/calendar/outlook-csv.js";
import { decodeText } from "../../../src/io/calendar/read-calendar.js";
import { localClock } from "../../../src/io/calendar/time-zone.js";
import { AUTUMN, AUTUMN_ROWS, SPRING, SPRING_ROWS } from "../../helpers/calendar-expected.js";

const DIR = join(import.meta.dirname, "../../fixtures/calendar");
const text = (name: string) => decodeText(readFileSync(join(DIR, name)));
const clock = localClock();

function icsDays(w: LookbackWindow) {
  const read = readIcs(
    text("Kari Nordmann.ics"),
    "Kari Nordmann.ics",
    clock.startOfDay(w.from),
    clock.startOfDay(addDays(w.to, 1)),
  );
  return { read, days: calendarDays(read.entries, w, DEFAULT_CALENDAR_RULES, clock, read.exportRange) };
}

describe("the .ics fixture, by hand", () => {
  it("spring: 40 rows, 53,5 h out, absent days with their reasons", () => {
    const { read, days } = icsDays(SPRING);
    expect(days.rows).toEqual(SPRING_ROWS);
    expect(days.rows).toHaveLength(40);
    expect(days.rows.reduce((a, r) => a + r.hoursOut, 0)).toBe(53.5);
    expect(days.absent).toEqual([
      { date: "2026-02-23", reason: "allDay" },
      { date: "2026-02-25", reason: "allDay" },
      { date: "2026-03-06", reason: "outOfOffice" },
    ]);
    expect(read.skipped.cancelled).toBe(1);
    expect(read.exportRange).toEqual({ from: "2026-01-01", to: "2026-12-31" });
    expect(read.zonesAssumed.size).toBe(0);
  });

  it("autumn: the EXDATE has no time out, the 25-hour night counts 5 h", () => {
    expect(icsDays(AUTUMN).days.rows).toEqual(AUTUMN_ROWS);
  });

  it("the file's VTIMEZONE is used and then forgotten: reading twice gives the same", () => {
    expect(icsDays(SPRING).days.rows).toEqual(icsDays(SPRING).days.rows);
  });

  it("a zone the file names but does not define: an IANA name is used as it is, an unknown one as Norwegian time", () => {
    const ics = (tzid: string) =>
      `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART;TZID=${tzid}:20260407T090000\r\nDTEND;TZID=${tzid}:20260407T100000\r\nCATEGORIES:Ute\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`;
    const w = SPRING;
    const one = (tzid: string) =>
      readIcs(ics(tzid), "x.ics", clock.startOfDay(w.from), clock.startOfDay(addDays(w.to, 1)));
    expect(one("Europe/London").entries[0]).toMatchObject({ start: Date.parse("2026-04-07T08:00:00Z") });
    expect(one("W. Europe Standard Time").entries[0]).toMatchObject({ start: Date.parse("2026-04-07T07:00:00Z") });
    const unknown = one("Somewhere Standard Time");
    expect(unknown.entries[0]).toMatchObject({ start: Date.parse("2026-04-07T07:00:00Z") });
    expect([...unknown.zonesAssumed.keys()]).toEqual(["Somewhere Standard Time"]);
  });

  it("a file that is not iCalendar is refused with the reason", () => {
    expect(() => readIcs("BEGIN:VCALENDAR\r\nnonsense", "x.ics", 0, 1)).toThrow(/not an iCalendar/);
  });
});

describe("Outlook's CSV export of the same events gives the same rows", () => {
  const csvDays = (name: string) =>
    calendarDays(readOutlookCsv(text(name), name).entries, SPRING, DEFAULT_CALENDAR_RULES, clock);

  it("English headers, US dates (m/d/yyyy, 9:00:00 AM), comma-separated, UTF-8", () => {
    expect(csvDays("Ola Berg.csv").rows).toEqual(SPRING_ROWS);
  });

  it("Norwegian headers, dd.mm.yyyy, semicolons, Windows-1252", () => {
    expect(csvDays("Per Hansen.csv").rows).toEqual(SPRING_ROWS);
    expect(csvDays("Per Hansen.csv").absent).toEqual(icsDays(SPRING).days.absent);
  });

  it("an unknown header lists what was found and what is expected", () => {
    let message = "";
    try {
      readOutlookCsv("Tittel,Fra,Til\r\nx,1,2\r\n", "y.csv");
    } catch (e) {
      message = (e as { issues: { message: { en: string } }[] }).issues[0]?.message.en ?? "";
    }
    expect(message).toContain('found "Tittel", "Fra", "Til"');
    expect(message).toContain(
      "expected Start Date, Start Time, End Date, End Time, All day event, Categories, Show time as (Outlook in English)",
    );
    expect(message).toContain("Startdato");
    expect(message).toContain("missing Start Date, Start Time, End Date, End Time, Categories");
  });

  it("a row with a date that is not a date is refused at its line and column", () => {
    const csv =
      '"Subject","Start Date","Start Time","End Date","End Time","Categories"\r\n"a","31.02.2026","09:00","31.02.2026","10:00","Ute"\r\n';
    expect(() => readOutlookCsv(csv, "z.csv")).toThrow(/rows that cannot be read/);
    try {
      readOutlookCsv(csv, "z.csv");
    } catch (e) {
      expect((e as { issues: unknown[] }).issues[0]).toMatchObject({ file: "z.csv", line: 2, column: 2 });
    }
  });

  it("says what cannot be read in bokmål (the default) and in English", () => {
    const csv = "Startdato;Starttid;Sluttdato;Sluttid;Kategorier\r\n01.03.2026;9 om morgenen;01.03.2026;10:00;Ute\r\n";
    let error: InputDataError | undefined;
    try {
      readOutlookCsv(csv, "n.csv");
    } catch (e) {
      if (e instanceof InputDataError) error = e;
    }
    expect(error?.in("nb")).toBe("n.csv: rader som ikke kan leses; ingenting ble skrevet");
    expect(error?.issues.map(formatIssueIn("nb"))).toEqual([
      "n.csv:2:2: Starttid: (verdien vises ikke) er ikke et klokkeslett (tt:mm)",
    ]);
    expect(error?.issues.map(formatIssueIn("en"))).toEqual([
      "n.csv:2:2: Start Time: (value not shown) is not a time (hh:mm)",
    ]);
  });
});

describe("a Google Calendar style export", () => {
  // Europe/Oslo defined in the file (as Google writes it), DURATION instead of DTEND, an RDATE, an instance
  // cancelled by RECURRENCE-ID + STATUS:CANCELLED, and an instance moved from after the window into it.
  const ics = [
    "BEGIN:VCALENDAR",
    "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
    "VERSION:2.0",
    "BEGIN:VTIMEZONE",
    "TZID:Europe/Oslo",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "TZNAME:CEST",
    "DTSTART:19700329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "TZNAME:CET",
    "DTSTART:19701025T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
    "BEGIN:VEVENT",
    "UID:g1",
    "DTSTART;TZID=Europe/Oslo:20260302T080000",
    "DURATION:PT1H30M",
    "RRULE:FREQ=WEEKLY;COUNT=8",
    "RDATE;TZID=Europe/Oslo:20260304T140000",
    "CATEGORIES:Ute",
    "SUMMARY:HEMMELIG",
    "END:VEVENT",
    "BEGIN:VEVENT",
    "UID:g1",
    "RECURRENCE-ID;TZID=Europe/Oslo:20260309T080000",
    "DTSTART;TZID=Europe/Oslo:20260309T080000",
    "DURATION:PT1H30M",
    "STATUS:CANCELLED",
    "END:VEVENT",
    "BEGIN:VEVENT",
    "UID:g1",
    "RECURRENCE-ID;TZID=Europe/Oslo:20260420T080000",
    "DTSTART;TZID=Europe/Oslo:20260403T120000",
    "DURATION:PT2H",
    "CATEGORIES:Ute",
    "END:VEVENT",
    "END:VCALENDAR",
    "",
  ].join("\r\n");
  // The instance of 20.04 is moved to 03.04: into both windows, from after them.
  it.each([
    [
      "2026-04-06",
      {
        "2026-03-02": 1.5,
        "2026-03-04": 1.5, // RDATE 14:00, the series' duration
        "2026-03-09": 0, // cancelled instance
        "2026-03-16": 1.5,
        "2026-03-23": 1.5,
        "2026-03-30": 1.5, // summer time: still 08:00–09:30 local
        "2026-04-03": 2, // the instance moved from 20.04
      },
    ],
    ["2026-04-13", { "2026-04-03": 2, "2026-04-06": 1.5, "2026-04-10": 0 }],
  ] as [string, Record<string, number>][])("visit %s", (visit, outByDate) => {
    const w = lookbackWindow(visit, 6);
    const read = readIcs(ics, "google.ics", clock.startOfDay(w.from), clock.startOfDay(addDays(w.to, 1)));
    const days = calendarDays(read.entries, w, DEFAULT_CALENDAR_RULES, clock);
    for (const [date, out] of Object.entries(outByDate))
      expect(days.rows.find((r) => r.date === date)?.hoursOut, date).toBe(out);
    expect(read.skipped.cancelled).toBe(1);
    expect(read.entries.filter((e) => e.kind === "timed" && e.start >= Date.parse("2026-04-20T00:00:00Z"))).toEqual([]);
  });
});
