/**
 * End to end: the built `bin/fidelity.js import kalender` gives the same utetid.csv whatever the machine's time
 * zone (TZ unset, UTC, America/New_York): days are Norwegian days, computed from Europe/Oslo's rules.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SPRING_ROWS } from "../helpers/calendar-expected.js";
import { ROOT, runBin } from "../helpers/run-bin.js";

const FIXTURES = join(ROOT, "test/fixtures/calendar");

function importWith(tz: string | undefined): { code: number | null; stderr: string; csv: string } {
  const dir = join(mkdtempSync(join(tmpdir(), "kalender-e2e-")), "team");
  mkdirSync(dir);
  writeFileSync(join(dir, "team.json"), JSON.stringify({ name: "Team Nord", visitDate: "2026-04-13" }));
  // runBin passes the test's own environment on; the test runs with no TZ (npm test, CI), so `undefined` is unset.
  const r = runBin(
    ["import", "kalender", join(FIXTURES, "Kari Nordmann.ics"), join(FIXTURES, "Per Hansen.csv"), "--team", dir],
    {
      env: tz === undefined ? {} : { TZ: tz },
    },
  );
  return { code: r.code, stderr: r.stderr, csv: readFileSync(join(dir, "utetid.csv"), "utf8") };
}

describe("import kalender (built bin) does not depend on the machine's time zone", () => {
  it("TZ unset, UTC and America/New_York give the same rows, the hand-computed ones", () => {
    const runs = [undefined, "UTC", "America/New_York"].map(importWith);
    for (const r of runs) expect(r.code).toBe(0);
    expect(runs[1]?.csv).toBe(runs[0]?.csv);
    expect(runs[2]?.csv).toBe(runs[0]?.csv);
    const lines = (runs[0]?.csv ?? "")
      .replace(/^\ufeff/, "")
      .trim()
      .split("\r\n");
    const hours = (n: number) => String(n).replace(".", ",");
    const expected = ["Kari Nordmann", "Per Hansen"].flatMap((s) =>
      SPRING_ROWS.map((r) => `${s};${r.date};${hours(r.hoursTotal)};${hours(r.hoursOut)}`),
    );
    expect(lines.slice(1)).toEqual(expected);
  });
});
