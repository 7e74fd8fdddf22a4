/**
 * The calendar → utetid rules (issue 14), table-driven with hand-computed hours. The clock is injected: here
 * plain UTC days (and a fake daylight-saving day) so the rules are tested apart from any time-zone data.
 */
import { describe, expect, it } from "vitest";
import { splitByDay, unionLength } from "../../../src/core/calendar/days.js";
import { calendarDays, isOutCategory, roundHours } from "../../../src/core/calendar/rules.js";
import {
  type CalendarEntry,
  type CalendarRules,
  DEFAULT_CALENDAR_RULES,
  type LocalClock,
} from "../../../src/core/calendar/types.js";
import { lookbackWindow } from "../../../src/core/window.js";

const H = 3_600_000;
const utc: LocalClock = {
  dayOf: (ms) => new Date(ms).toISOString().slice(0, 10),
  startOfDay: (date) => Date.parse(`${date}T00:00:00Z`),
};
const at = (date: string, time: string) => Date.parse(`${date}T${time}:00Z`);
const ref = { file: "k.ics" };
const timed = (
  date: string,
  from: string,
  to: string,
  categories: string[] = ["Ute"],
  busy?: "oof" | "busy",
  endDate = date,
): CalendarEntry => ({
  kind: "timed",
  start: at(date, from),
  end: at(endDate, to),
  categories,
  ...(busy ? { busy } : {}),
  ref,
});
const allDay = (from: string, until: string, categories: string[] = []): CalendarEntry => ({
  kind: "allDay",
  from,
  until,
  categories,
  ref,
});

// Visit Monday 2026-03-02, one week back: window Mon 2026-02-23 … Sun 2026-03-01.
const W = lookbackWindow("2026-03-02", 1);
const rules: CalendarRules = DEFAULT_CALENDAR_RULES;
const row = (days: ReturnType<typeof calendarDays>, date: string) => days.rows.find((r) => r.date === date);

describe("time out on a day: union of out-category events, clipped to the day", () => {
  it.each([
    ["one event 09:00–12:00 → 3 h", [timed("2026-02-24", "09:00", "12:00")], 3],
    [
      "overlap 09–11 and 10–12 counted once → 3 h",
      [timed("2026-02-24", "09:00", "11:00"), timed("2026-02-24", "10:00", "12:00", ["Gul kategori"])],
      3,
    ],
    [
      "one inside another (09–15 ⊃ 10–11) → 6 h",
      [timed("2026-02-24", "09:00", "15:00"), timed("2026-02-24", "10:00", "11:00")],
      6,
    ],
    ["touching 09–10, 10–11 → 2 h", [timed("2026-02-24", "09:00", "10:00"), timed("2026-02-24", "10:00", "11:00")], 2],
    ["gap 09–10, 11–12 → 2 h", [timed("2026-02-24", "09:00", "10:00"), timed("2026-02-24", "11:00", "12:00")], 2],
    ["an event without an out category is not time out → 0 h", [timed("2026-02-24", "09:00", "12:00", ["Viktig"])], 0],
    [
      "two categories, one of them out → 3,5 h",
      [timed("2026-02-24", "10:00", "13:30", ["Viktig", "Gul kategori"])],
      3.5,
    ],
    [
      "category matched after folding (case, spaces) → 1 h",
      [timed("2026-02-24", "09:00", "10:00", ["YELLOW  Category"])],
      1,
    ],
    ["20 minutes → 0,33 h (rounded to 0,01)", [timed("2026-02-24", "09:00", "09:20")], 0.33],
    ["end before start: no time → 0 h", [timed("2026-02-24", "12:00", "09:00")], 0],
  ] as [string, CalendarEntry[], number][])("%s", (_name, entries, out) => {
    const days = calendarDays(entries, W, rules, utc);
    expect(row(days, "2026-02-24")?.hoursOut).toBe(out);
    expect(row(days, "2026-02-24")?.hoursTotal).toBe(Math.max(7.5, out));
  });

  it("an event over midnight is split between the days: Tue 21:00 – Wed 01:30 → 3 h + 1,5 h", () => {
    const days = calendarDays([timed("2026-02-24", "21:00", "01:30", ["Ute"], undefined, "2026-02-25")], W, rules, utc);
    expect(row(days, "2026-02-24")).toEqual({ date: "2026-02-24", hoursTotal: 7.5, hoursOut: 3 });
    expect(row(days, "2026-02-25")).toEqual({ date: "2026-02-25", hoursTotal: 7.5, hoursOut: 1.5 });
  });

  it("days are cut by the injected clock: a 23-hour day holds 23 hours at most", () => {
    // A fake clock whose 2026-02-24 starts an hour late (as the night summer time starts).
    const dst: LocalClock = {
      dayOf: (ms) =>
        ms >= at("2026-02-24", "01:00") && ms < at("2026-02-25", "00:00")
          ? "2026-02-24"
          : utc.dayOf(ms < at("2026-02-24", "01:00") && ms >= at("2026-02-24", "00:00") ? ms - H : ms),
      startOfDay: (date) => (date === "2026-02-24" ? at(date, "01:00") : utc.startOfDay(date)),
    };
    const days = calendarDays([timed("2026-02-23", "22:00", "04:00", ["Ute"], undefined, "2026-02-24")], W, rules, dst);
    expect(row(days, "2026-02-23")?.hoursOut).toBe(3); // 22:00–01:00 (the day runs to 01:00)
    expect(row(days, "2026-02-24")?.hoursOut).toBe(3); // 01:00–04:00
  });
});

describe("timer_totalt, weekends and absent days", () => {
  it.each([
    // name, entries, date, expected row (undefined: no row)
    ["weekday without events: the working day, 0 out", [], "2026-02-26", { hoursTotal: 7.5, hoursOut: 0 }],
    [
      "weekday with 10 h out: total raised to 10",
      [timed("2026-02-26", "07:00", "17:00")],
      "2026-02-26",
      { hoursTotal: 10, hoursOut: 10 },
    ],
    [
      "weekday with exactly 7,5 h out: 7,5 / 7,5",
      [timed("2026-02-26", "08:00", "15:30")],
      "2026-02-26",
      { hoursTotal: 7.5, hoursOut: 7.5 },
    ],
    ["Saturday without time out: no row", [timed("2026-02-28", "10:00", "13:00", [])], "2026-02-28", undefined],
    [
      "Saturday with 3 h out: 3 / 3",
      [timed("2026-02-28", "10:00", "13:00")],
      "2026-02-28",
      { hoursTotal: 3, hoursOut: 3 },
    ],
    [
      "Sunday with 1 h out: 1 / 1",
      [timed("2026-03-01", "10:00", "11:00")],
      "2026-03-01",
      { hoursTotal: 1, hoursOut: 1 },
    ],
    ["all-day event, no time out: absent", [allDay("2026-02-26", "2026-02-27")], "2026-02-26", undefined],
    [
      "all-day event with an out category is still no time out: absent",
      [allDay("2026-02-26", "2026-02-27", ["Ute"])],
      "2026-02-26",
      undefined,
    ],
    [
      "all-day event and 3 h out: a row",
      [allDay("2026-02-26", "2026-02-27"), timed("2026-02-26", "09:00", "12:00")],
      "2026-02-26",
      { hoursTotal: 7.5, hoursOut: 3 },
    ],
    [
      "OOF 08:00–16:00 (8 h ≥ 7,5): absent",
      [timed("2026-02-26", "08:00", "16:00", [], "oof")],
      "2026-02-26",
      undefined,
    ],
    [
      "OOF 08:00–15:30 (exactly 7,5 h): absent",
      [timed("2026-02-26", "08:00", "15:30", [], "oof")],
      "2026-02-26",
      undefined,
    ],
    [
      "OOF 08:00–15:29 (under 7,5 h): a working day",
      [timed("2026-02-26", "08:00", "15:29", [], "oof")],
      "2026-02-26",
      { hoursTotal: 7.5, hoursOut: 0 },
    ],
    [
      "OOF all day but 2 h out: a row",
      [timed("2026-02-26", "00:00", "23:59", [], "oof"), timed("2026-02-26", "09:00", "11:00")],
      "2026-02-26",
      { hoursTotal: 7.5, hoursOut: 2 },
    ],
    [
      "busy (not OOF) all day: a working day",
      [timed("2026-02-26", "08:00", "16:00", [], "busy")],
      "2026-02-26",
      { hoursTotal: 7.5, hoursOut: 0 },
    ],
  ] as [string, CalendarEntry[], string, { hoursTotal: number; hoursOut: number } | undefined][])(
    "%s",
    (_name, entries, date, expected) => {
      const days = calendarDays(entries, W, rules, utc);
      expect(row(days, date)).toEqual(expected && { date, ...expected });
    },
  );

  it("a multi-day all-day event makes each day without time out absent, and says why", () => {
    const days = calendarDays(
      [allDay("2026-02-23", "2026-02-26"), timed("2026-02-24", "09:00", "10:00")],
      W,
      rules,
      utc,
    );
    expect(days.absent).toEqual([
      { date: "2026-02-23", reason: "allDay" },
      { date: "2026-02-25", reason: "allDay" },
    ]);
    expect(days.rows.map((r) => r.date)).toEqual(["2026-02-24", "2026-02-26", "2026-02-27"]);
  });

  it("another working day (--arbeidsdag 8) is every weekday's total", () => {
    const days = calendarDays([], W, { ...rules, workingDayHours: 8 }, utc);
    expect(days.rows).toHaveLength(5);
    expect(days.rows.every((r) => r.hoursTotal === 8 && r.hoursOut === 0)).toBe(true);
  });
});

describe("only the window's days; what each entry came to", () => {
  it("events outside the window give no rows and are counted", () => {
    const days = calendarDays(
      [
        timed("2026-02-22", "09:00", "12:00"),
        timed("2026-03-02", "09:00", "12:00"),
        allDay("2026-03-02", "2026-03-03"),
      ],
      W,
      rules,
      utc,
    );
    expect(days.rows.map((r) => r.date)).toEqual([
      "2026-02-23",
      "2026-02-24",
      "2026-02-25",
      "2026-02-26",
      "2026-02-27",
    ]);
    expect(days.outcomes.outsideWindow).toBe(3);
  });

  it("an event from before the window into it counts only its part in the window", () => {
    const days = calendarDays([timed("2026-02-22", "22:00", "02:00", ["Ute"], undefined, "2026-02-23")], W, rules, utc);
    expect(row(days, "2026-02-23")?.hoursOut).toBe(2);
  });

  it("days outside the export's range get no row", () => {
    const days = calendarDays([], W, rules, utc, { from: "2026-02-25", to: "2026-03-10" });
    expect(days.rows.map((r) => r.date)).toEqual(["2026-02-25", "2026-02-26", "2026-02-27"]);
    expect(days.notCovered).toEqual(["2026-02-23", "2026-02-24"]);
  });

  it("counts outcomes and names the other categories and unused out categories", () => {
    const days = calendarDays(
      [
        timed("2026-02-24", "09:00", "10:00", ["Viktig"]),
        timed("2026-02-24", "11:00", "12:00", ["viktig", "Ute"]),
        allDay("2026-02-25", "2026-02-26"),
      ],
      W,
      rules,
      utc,
    );
    expect(days.outcomes).toEqual({ out: 1, outsideWindow: 0, noOutCategory: 1, allDayNoTimes: 1, noLength: 0 });
    expect(days.otherCategories).toEqual([{ name: "Viktig", entries: 2 }]);
    expect(days.unusedOutCategories).toEqual(["Gul kategori", "Yellow category"]);
  });
});

describe("helpers", () => {
  it("unionLength counts overlaps once", () => {
    expect(
      unionLength([
        { start: 0, end: 10 },
        { start: 5, end: 15 },
        { start: 20, end: 25 },
        { start: 21, end: 22 },
      ]),
    ).toBe(20);
    expect(unionLength([])).toBe(0);
  });
  it("splitByDay cuts at each midnight", () => {
    expect(
      splitByDay(at("2026-02-23", "20:00"), at("2026-02-25", "02:00"), utc).map((p) => [p.date, (p.end - p.start) / H]),
    ).toEqual([
      ["2026-02-23", 4],
      ["2026-02-24", 24],
      ["2026-02-25", 2],
    ]);
  });
  it("roundHours rounds to 0,01 h; isOutCategory ignores an empty category", () => {
    expect(roundHours(H / 3)).toBe(0.33);
    expect(roundHours((2 * H) / 3)).toBe(0.67);
    expect(isOutCategory("  ", rules)).toBe(false);
    expect(isOutCategory("gul KATEGORI", rules)).toBe(true);
  });
});
