/**
 * Coverage of the window week by week (coverage.ts): a block of the window in which nobody has a row of a
 * file is that file's coverage gap. Visit V = 2026-11-26, window 2026-10-01 … 2026-11-25 (builders.ts):
 * block 1 = 11-19 … 11-25, block 2 = 11-12 … 11-18, …, block 8 = 10-01 … 10-07.
 */
import { describe, expect, it } from "vitest";
import { fileCoverage, gapPeriods } from "../../../src/core/metrics/coverage.js";
import { blockStart, contact, contacts, day, everyBlock, metrics, V, vMinus, WIN, week } from "./builders.js";

describe("fileCoverage: first and last date with rows, and the blocks nobody has a row in", () => {
  it.each([
    // dates, expected first, last, rows in window, gaps
    ["every block", [1, 2, 3, 4, 5, 6, 7, 8].map(blockStart), "2026-10-01", "2026-11-19", 8, []],
    ["last day of the window only", ["2026-11-25"], "2026-11-25", "2026-11-25", 1, [2, 3, 4, 5, 6, 7, 8]],
    ["first day of the window only", ["2026-10-01"], "2026-10-01", "2026-10-01", 1, [1, 2, 3, 4, 5, 6, 7]],
    // The export ends 2 weeks before the visit (its last day 11-11): blocks 1 and 2 are gaps.
    [
      "export ends 11-11",
      ["2026-09-20", "2026-10-01", "2026-10-20", "2026-11-11"],
      "2026-09-20",
      "2026-11-11",
      3, // 10-01 is block 8, 10-20 block 6, 11-11 block 3 (11-25 − 11-11 = 14 days)
      [1, 2, 4, 5, 7],
    ],
    ["the visit date itself is outside", [V], V, V, 0, [1, 2, 3, 4, 5, 6, 7, 8]],
    ["no rows", [], undefined, undefined, 0, [1, 2, 3, 4, 5, 6, 7, 8]],
  ] as const)("%s", (_name, dates, first, last, rowsInWindow, gaps) => {
    const c = fileCoverage("utetid", "utetid.csv", dates, WIN);
    expect(c.first).toBe(first);
    expect(c.last).toBe(last);
    expect(c.rowsInWindow).toBe(rowsInWindow);
    expect(c.gaps).toEqual(gaps);
  });
});

describe("gapPeriods: consecutive gap blocks as one date range, earliest first", () => {
  it.each([
    [[], []],
    [[1], [["2026-11-19", "2026-11-25"]]],
    [[1, 2], [["2026-11-12", "2026-11-25"]]],
    [
      [8, 7, 2],
      [
        ["2026-10-01", "2026-10-14"],
        ["2026-11-12", "2026-11-18"],
      ],
    ],
    [
      [1, 3],
      [
        ["2026-11-05", "2026-11-11"],
        ["2026-11-19", "2026-11-25"],
      ],
    ],
  ])("blocks %j → %j", (gaps, ranges) => {
    expect(gapPeriods(gaps, WIN).map((p) => [p.from, p.to])).toEqual(ranges);
  });
});

describe("the team's coverage and its warnings", () => {
  it("a visit date two weeks after the exports' last day: one warning per file, first in the list, in both languages", () => {
    // Utetid and contacts for A and B in blocks 3–8 only.
    const blocks = [3, 4, 5, 6, 7, 8];
    const m = metrics({
      utetid: [...everyBlock("A", 3, 7.5), ...everyBlock("B", 3, 7.5)].filter((r) =>
        blocks.some((b) => r.date >= blockStart(b) && r.date <= vMinus(7 * b - 6)),
      ),
      contacts: [...contacts("A", 6, blocks), ...contacts("B", 12, blocks)],
    });
    expect(m.coverage.map((c) => [c.kind, c.first, c.last, c.gaps])).toEqual([
      ["utetid", blockStart(8), blockStart(3), [1, 2]],
      ["contacts", blockStart(8), blockStart(3), [1, 2]],
    ]);
    expect(m.warnings.slice(0, 2).map((w) => w.message.nb)).toEqual([
      "Utetid dekker 01.10.2026–05.11.2026; 2 av 8 uker mangler for hele teamet (12.11.2026–25.11.2026) – stemmer besøksdatoen? Ukene regnes ikke som fravær for noen; de holdes utenfor utetiden og kontaktraten.",
      "Arbeidsgiverkontaktene dekker 01.10.2026–05.11.2026; 2 av 8 uker mangler for hele teamet (12.11.2026–25.11.2026) – stemmer besøksdatoen? Ukene mangler også i utetiden og holdes utenfor kontaktraten.",
    ]);
    expect(m.warnings[0]?.message.en).toBe(
      "Utetid covers 2026-10-01–2026-11-05; 2 of 8 weeks are missing for the whole team (2026-11-12–2026-11-25) – is the visit date right? These weeks count as nobody's absence; they are left out of utetid and of the contact rate.",
    );
    // Nobody is "away" in blocks 1–2, and the rates are over the 6 covered weeks: A 6/6 = 1, B 12/6 = 2.
    expect(m.utetid.specialists.map((s) => s.absentBlocks)).toEqual([[], []]);
    expect(m.employerContacts.specialists.map((s) => [s.presentBlocks, s.perWeek])).toEqual([
      [6, 1],
      [6, 2],
    ]);
  });

  it("a contacts gap in weeks utetid covers still counts as weeks without contacts, and says so", () => {
    const m = metrics({ utetid: everyBlock("A", 3, 7.5), contacts: contacts("A", 6, [2, 3, 4, 5, 6, 7]) });
    const w = m.warnings.find((x) => x.code === "coverageGap");
    expect(w?.file).toBe("arbeidsgiverkontakter.csv");
    expect(w?.message.nb).toContain(
      "2 av 8 uker mangler for hele teamet (01.10.2026–07.10.2026, 19.11.2026–25.11.2026)",
    );
    expect(w?.message.nb).toContain(
      "Ukene telles likevel med i kontaktraten, som uker uten kontakter, så raten kan bli for lav.",
    );
    expect(m.employerContacts.specialists[0]?.perWeek).toBe(6 / 8);
  });

  it("no warning when every week has rows, nor when no row is in the window (another warning speaks)", () => {
    expect(metrics({ utetid: everyBlock("A") }).warnings.filter((w) => w.code === "coverageGap")).toEqual([]);
    const outside = metrics({ utetid: [day("A", vMinus(80), 7.5, 3)], contacts: [contact("A", V)] });
    expect(outside.warnings.filter((w) => w.code === "coverageGap")).toEqual([]);
    expect(outside.coverage.map((c) => c.rowsInWindow)).toEqual([0, 0]);
  });

  it("a weekly utetid row covers the block holding its week's Monday", () => {
    // 2026-W47 has Monday 2026-11-16 (block 2); nothing else.
    const m = metrics({ utetid: [week("A", "2026-W47", 37.5, 15)] });
    expect(m.coverage[0]?.gaps).toEqual([1, 3, 4, 5, 6, 7, 8]);
  });
});
