import { beforeEach, describe, expect, it } from "vitest";
import { PLAUSIBLE_HOURS_PER_DAY, PLAUSIBLE_HOURS_PER_WEEK } from "../../../src/core/metrics/utetid.js";
import type { UtetidRecord } from "../../../src/core/records.js";
import { MAX_HOURS_PER_DAY, MAX_HOURS_PER_WEEK, parseUtetidRow } from "../../../src/core/row-schemas.js";
import { blockStart, D, day, everyBlock, metrics, resetLines, V, vMinus, week } from "./builders.js";

beforeEach(resetLines);

describe("utetid per specialist (§5.1)", () => {
  // pct_out = Σ out / Σ total × 100 over the rows in the window.
  it.each([
    // name, rows, expected pct
    ["exactly 65 %: 13 of 20 h", [day("A", D, 20, 13)], 65],
    ["64.99 %: 6499 of 10000 h", [day("A", D, 10_000, 6_499)], 64.99],
    ["two days: (3 + 4) / (7.5 + 7.5) = 46.67 %", [day("A", D, 7.5, 3), day("A", vMinus(2), 7.5, 4)], (7 / 15) * 100],
    ["all out: 100 %", [day("A", D, 8, 8)], 100],
    ["nothing out: 0 %", [day("A", D, 8, 0)], 0],
  ] as [string, UtetidRecord[], number][])("%s", (_name, rows, pct) => {
    const m = metrics({ utetid: rows });
    expect(m.utetid.specialists[0]?.pct).toBeCloseTo(pct, 10);
    expect(m.utetid.teamMeanPct).toBeCloseTo(pct, 10);
  });

  it("13/20 reaches exactly 65 (no float noise below the edge)", () => {
    const m = metrics({ utetid: [day("A", D, 20, 13)] });
    // 13/20 × 100 = 65.00000000000001 in floats or 65: either way ≥ 65 − ε.
    expect(m.utetid.specialists[0]?.pct).toBeGreaterThanOrEqual(65 - 1e-9);
  });

  it("team value is the mean of specialists' %, pooled is Σ/Σ", () => {
    // A: 6 of 10 h = 60 %; B: 12 of 30 h = 40 %. Mean (60 + 40) / 2 = 50; pooled 18 / 40 = 45 %.
    const m = metrics({ utetid: [day("A", D, 10, 6), day("B", D, 30, 12)] });
    expect(m.utetid.teamMeanPct).toBeCloseTo(50, 10);
    expect(m.utetid.pooled).toEqual({ numerator: 18, denominator: 40, value: 45 });
    expect(m.utetid.specialistsWithHours).toBe(2);
  });
});

describe("window edges (W = 8, V = 2026-11-26: window 2026-10-01 … 2026-11-25)", () => {
  it.each([
    ["V−1 (2026-11-25) is in, block 1", vMinus(1), 1],
    ["V (2026-11-26) is out", V, undefined],
    ["V−56 (2026-10-01) is in, block 8", vMinus(56), 8],
    ["V−57 (2026-09-30) is out", vMinus(57), undefined],
    ["V−7 (2026-11-19) is block 1", vMinus(7), 1],
    ["V−8 (2026-11-18) is block 2", vMinus(8), 2],
  ] as [string, string, number | undefined][])("%s", (_name, date, block) => {
    const m = metrics({ utetid: [day("A", date, 10, 5), day("A", D, 10, 5)] });
    const s = m.utetid.specialists[0];
    if (block === undefined) {
      expect(m.utetid.rows.ignored.outsideWindow).toBe(1);
      expect(m.utetid.rows.used).toBe(1);
    } else {
      expect(m.utetid.rows.used).toBe(2);
      expect(s?.blocks[block - 1]?.rows).toBe(block === 1 ? 2 : 1);
    }
  });

  it("rows outside the window are counted as ignored, not errors", () => {
    const m = metrics({ utetid: [day("A", vMinus(57), 7.5, 3), day("A", V, 7.5, 3), day("A", D, 7.5, 3)] });
    expect(m.utetid.rows).toMatchObject({ present: true, read: 3, used: 1, ignored: { outsideWindow: 2 } });
    expect(m.files.find((f) => f.kind === "utetid")).toMatchObject({ read: 3, used: 1, outsideWindow: 2 });
  });
});

describe("weekly rows (uke = that ISO week's Monday) count in the block containing their Monday", () => {
  it.each([
    ["2026-W48 → Monday 2026-11-23, block 1", "2026-W48", 1],
    ["2026-W47 → Monday 2026-11-16, block 2", "2026-W47", 2],
    ["2026-W41 → Monday 2026-10-05, block 8", "2026-W41", 8],
    ["2026-W40 → Monday 2026-09-28, before the window", "2026-W40", undefined],
    ["2026-W49 → Monday 2026-11-30, after the visit", "2026-W49", undefined],
  ] as [string, string, number | undefined][])("%s", (_name, isoWeek, block) => {
    const m = metrics({ utetid: [week("A", isoWeek, 37.5, 20), day("A", D, 7.5, 0)] });
    const s = m.utetid.specialists[0];
    if (block === undefined) {
      expect(m.utetid.rows.ignored.outsideWindow).toBe(1);
      expect(s?.hoursTotal).toBe(7.5);
    } else {
      expect(s?.blocks[block - 1]).toMatchObject({ hoursTotal: block === 1 ? 45 : 37.5 });
      // (20 + 0) / (37.5 + 7.5) = 44.44 %
      expect(s?.pct).toBeCloseTo((20 / 45) * 100, 10);
    }
  });

  it("warns when a specialist has both daily and weekly rows in the window", () => {
    const m = metrics({ utetid: [week("A", "2026-W47", 37.5, 20), day("A", D, 7.5, 0)] });
    expect(m.warnings.map((w) => w.code)).toContain("dailyAndWeeklyRows");
  });
});

describe("absent blocks (0 total hours, or no rows at all, in a block)", () => {
  it("a block with a 0-hour row is absent; hours elsewhere still give the %", () => {
    // Blocks 1–8 at 7.5 h / 3 h out, except block 3 logged as 0 h (holiday).
    const rows = everyBlock("A").map((r, i) => (i === 2 ? { ...r, hoursTotal: 0, hoursOut: 0 } : r));
    const s = metrics({ utetid: rows }).utetid.specialists[0];
    expect(s?.absentBlocks).toEqual([3]);
    expect(s?.blocks[2]).toMatchObject({ absent: true, rows: 1, hoursTotal: 0 });
    expect(s?.blocks[2]?.pct).toBeUndefined();
    // 7 × 3 / (7 × 7.5) = 40 %
    expect(s?.pct).toBeCloseTo(40, 10);
  });

  it("a block with no rows at all is absent too (a week not logged), when someone on the team has rows in it", () => {
    const rows = [...everyBlock("A", 3, 7.5, 7), ...everyBlock("B", 3, 7.5)]; // A: blocks 1–7 only; B: all 8
    const m = metrics({ utetid: rows });
    expect(m.utetid.specialists[0]?.absentBlocks).toEqual([8]);
    expect(m.utetid.uncoveredBlocks).toEqual([]);
  });

  it("a block in which nobody has a row is a coverage gap: nobody's absence, uncovered, warned about", () => {
    // Only A, blocks 1–7 (the export stops a week before the visit): block 8 is a gap, not A's absence.
    // Utetid is unchanged: 3 / 7.5 = 40 % over the 7 weeks with rows.
    const m = metrics({ utetid: everyBlock("A", 3, 7.5, 7) });
    const s = m.utetid.specialists[0];
    expect(s?.absentBlocks).toEqual([]);
    expect(s?.blocks[7]).toMatchObject({ index: 8, absent: false, uncovered: true });
    expect(s?.pct).toBeCloseTo(40, 10);
    expect(m.utetid.uncoveredBlocks).toEqual([8]);
    expect(m.coverage[0]).toMatchObject({ kind: "utetid", rowsInWindow: 7, gaps: [8] });
    expect(m.warnings[0]).toMatchObject({ code: "coverageGap", file: "utetid.csv" });
    expect(m.warnings[0]?.message.nb).toContain("1 av 8 uker mangler for hele teamet");
  });

  it("a specialist with rows but 0 hours in every block has no % and is left out of the mean, with a warning", () => {
    // A: 0 h everywhere (on leave); B: 50 %. Team mean = 50 (over B only).
    const m = metrics({ utetid: [day("A", D, 0, 0), day("B", D, 10, 5)] });
    expect(m.roster.specialists.map((s) => s.specialist)).toEqual(["A", "B"]);
    expect(m.utetid.specialists[0]?.pct).toBeUndefined();
    // Block 1: A logged 0 hours while B logged some: absent. Blocks 2–8: nobody has a row, a coverage gap.
    expect(m.utetid.specialists[0]?.absentBlocks).toEqual([1]);
    expect(m.utetid.uncoveredBlocks).toEqual([2, 3, 4, 5, 6, 7, 8]);
    expect(m.utetid.teamMeanPct).toBe(50);
    expect(m.utetid.specialistsWithHours).toBe(1);
    expect(m.warnings.find((w) => w.code === "noHoursInWindow")).toMatchObject({ specialist: "A", line: 2 });
  });

  it("block percentages for the team are pooled per block", () => {
    // Block 1: A 10/5, B 10/3 → 8 / 20 = 40 %. Block 2: A only 10/10 → 100 %. Others: no hours.
    const m = metrics({ utetid: [day("A", D, 10, 5), day("B", D, 10, 3), day("A", blockStart(2), 10, 10)] });
    expect(m.utetid.blocks[0]).toEqual({ index: 1, hoursOut: 8, hoursTotal: 20, pct: 40 });
    expect(m.utetid.blocks[1]).toEqual({ index: 2, hoursOut: 10, hoursTotal: 10, pct: 100 });
    expect(m.utetid.blocks[2]).toEqual({ index: 3, hoursOut: 0, hoursTotal: 0 });
  });
});

describe("implausible hours: a warning over 16 h a day or 80 h a week; the reader refuses over 24 / 168", () => {
  // A row as the reader types it (row-schemas), then the metric: an error stops at the row, a warning reaches
  // the report's method section (and the wizard's data summary) with the file and line.
  it.each([
    // name, dato or uke, timer_totalt, expected
    ["day 16 h: fine", "2026-11-25", "16", "ok"],
    ["day 16,25 h: warning", "2026-11-25", "16,25", "16,25 timer registrert på én dag (25.11.2026) – sjekk raden"],
    ["day 17,5 h: warning", "2026-11-25", "17,5", "17,5 timer registrert på én dag (25.11.2026) – sjekk raden"],
    ["day 24 h: warning, not an error", "2026-11-25", "24", "24 timer registrert på én dag (25.11.2026) – sjekk raden"],
    ["day 24,5 h: error", "2026-11-25", "24,5", "error: timer_totalt (24,5) is more than 24 hours in one day"],
    ["week 80 h: fine", "2026-W48", "80", "ok"],
    ["week 80,5 h: warning", "2026-W48", "80,5", "80,5 timer registrert på én uke (uke 48, 2026) – sjekk raden"],
    ["week 168 h: warning", "2026-W48", "168", "168 timer registrert på én uke (uke 48, 2026) – sjekk raden"],
    ["week 168,5 h: error", "2026-W48", "168,5", "error: timer_totalt (168,5) is more than 168 hours in one week"],
  ])("%s", (_name, when, total, expected) => {
    const cells = { jobbspesialist: "A", ...(when.includes("W") ? { uke: when } : { dato: when }) };
    const r = parseUtetidRow({ ...cells, timer_totalt: total, timer_ute: "2" });
    if (expected.startsWith("error: ")) {
      expect(r.ok ? [] : r.problems.map((p) => p.message.en)).toEqual([expected.slice("error: ".length)]);
      return;
    }
    if (!r.ok) throw new Error(`unexpected problems: ${JSON.stringify(r.problems)}`);
    const m = metrics({ utetid: [{ ...r.value, source: { file: "utetid.csv", line: 7 } }] });
    const warnings = m.warnings.filter((w) => w.code === "implausibleHours");
    if (expected === "ok") expect(warnings).toEqual([]);
    else
      expect(warnings).toEqual([
        {
          code: "implausibleHours",
          specialist: "A",
          file: "utetid.csv",
          line: 7,
          message: { nb: expected, en: expect.any(String) },
        },
      ]);
  });

  it("the limits", () => {
    expect([PLAUSIBLE_HOURS_PER_DAY, PLAUSIBLE_HOURS_PER_WEEK, MAX_HOURS_PER_DAY, MAX_HOURS_PER_WEEK]).toEqual([
      16, 80, 24, 168,
    ]);
  });

  it("sums the rows of one day (or one week) and names every row; English too", () => {
    const m = metrics({
      utetid: [
        day("A", D, 9, 3, 4),
        day("A", D, 8, 3, 9),
        day("A", vMinus(2), 16, 3, 5),
        week("B", "2026-W47", 45, 20, 6),
        week("B", "2026-W47", 40, 20, 8),
      ],
    });
    expect(m.warnings.filter((w) => w.code === "implausibleHours")).toEqual([
      {
        code: "implausibleHours",
        specialist: "A",
        file: "utetid.csv",
        line: 4,
        lines: [4, 9],
        message: {
          nb: "17 timer registrert på én dag (25.11.2026) – sjekk radene",
          en: "17 hours logged in one day (2026-11-25) – check the rows",
        },
      },
      {
        code: "implausibleHours",
        specialist: "B",
        file: "utetid.csv",
        line: 6,
        lines: [6, 8],
        message: {
          nb: "85 timer registrert på én uke (uke 47, 2026) – sjekk radene",
          en: "85 hours logged in one week (2026-W47) – check the rows",
        },
      },
    ]);
    // The hours still count: a long day is possible.
    expect(m.utetid.specialists[0]?.hoursTotal).toBe(33);
  });

  it("a row outside the window gives no warning (it is not in the report's numbers)", () => {
    const m = metrics({ utetid: [day("A", vMinus(60), 20, 3), day("A", D, 7.5, 3)] });
    expect(m.warnings.filter((w) => w.code === "implausibleHours")).toEqual([]);
  });
});

describe("missing utetid data", () => {
  it.each([
    ["no file", undefined, "noFile"],
    ["empty file", [], "noRowsInWindow"],
    ["rows only outside the window", [day("A", vMinus(60), 7.5, 3)], "noRowsInWindow"],
    ["rows in the window, all 0 hours", [day("A", D, 0, 0)], "noHoursLogged"],
  ] as [string, UtetidRecord[] | undefined, string][])("%s → %s", (_name, rows, code) => {
    const m = metrics(rows === undefined ? {} : { utetid: rows });
    expect(m.utetid.missing).toBe(code);
    expect(m.utetid.teamMeanPct).toBeUndefined();
  });

  it("keeps the source lines per specialist", () => {
    const m = metrics({ utetid: [day("A", D, 7.5, 3, 10), day("B", D, 7.5, 3, 11), day("A", vMinus(2), 7.5, 3, 12)] });
    expect(m.utetid.specialists.map((s) => [s.specialist, s.lines])).toEqual([
      ["A", [10, 12]],
      ["B", [11]],
    ]);
  });
});
