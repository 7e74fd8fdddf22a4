/** Day numbers: the digit-by-digit reading and the arithmetic give what Date gives, for every day and non-day. */
import { describe, expect, it } from "vitest";
import { dayFromParts, dayNumber, fromDay, toDay } from "../../src/core/dates.js";

/** What Date.UTC makes of the parts (years 0–99 are read as 1900–1999 there, so never a match). */
function byDate(year: number, month: number, day: number): number | undefined {
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return undefined;
  return Math.round(ms / 86_400_000);
}

describe("dayFromParts / dayNumber", () => {
  it("agree with Date for every month and day (0–32) of years around the four-digit range and leap rules", () => {
    for (const year of [
      -400, -1, 0, 50, 99, 100, 999, 1000, 1600, 1700, 1900, 1969, 1970, 2000, 2024, 2026, 2100, 9999, 10000,
    ])
      for (let month = 0; month <= 13; month++)
        for (let day = 0; day <= 32; day++)
          expect(dayFromParts(year, month, day), `${year}-${month}-${day}`).toBe(byDate(year, month, day));
  });

  it("every day of 1999–2031 round-trips through its ISO text", () => {
    for (let d = toDay("1999-01-01"); d <= toDay("2031-12-31"); d++) expect(dayNumber(fromDay(d))).toBe(d);
  });

  it.each([
    "2026-02-29",
    "2024-02-30",
    "2026-13-01",
    "2026-00-10",
    "2026-04-31",
    "0099-01-01",
    "2026-1-01",
    " 2026-01-01",
    "2026-01-01 ",
    "2026-01-01\n",
    "2026/01/01",
    "２026-01-01",
    "+026-01-01",
    "2026--1-01",
    "2026-01-0a",
    "",
  ])("%j is not a date", (text) => {
    expect(dayNumber(text)).toBeUndefined();
  });

  it("1970-01-01 is day 0; 2024-02-29 is a day", () => {
    expect(dayNumber("1970-01-01")).toBe(0);
    expect(dayNumber("2024-02-29")).toBe(byDate(2024, 2, 29));
    expect(dayNumber("1969-12-31")).toBe(-1);
  });
});
