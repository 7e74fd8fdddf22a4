import { describe, expect, it } from "vitest";
import {
  bandCounts,
  colourStat,
  groupStats,
  histogram,
  itemStat,
  teamChanges,
  totalsStat,
  weakestFirst,
} from "../../../src/core/overview/aggregate.js";
import type { OverviewRow } from "../../../src/core/overview/row.js";
import { ips25 } from "../../helpers/scales.js";
import { FAILED, PREVIOUS, ROWS } from "./fixtures.js";

const ipsRows = ROWS.filter((r) => r.scaleId === "ips-25");

describe("item mean and shares ≥ 4 / 3 / < 3 (every team with the item rated, provisional ones too)", () => {
  it.each([
    // B1: 5, 4, 3, 2, 5 → mean 19/5 = 3.8; ≥4: A, B, G = 3 of 5 = 60 %; 3: C = 20 %; <3: D = 20 %.
    ["B1", 5, 3.8, { atLeast4: 3, three: 1, below3: 1 }, { atLeast4: 60, three: 20, below3: 20 }],
    // T6: 2, 1, 2, 4, 3 → mean 12/5 = 2.4; ≥4: D = 20 %; 3: G = 20 %; <3: A, B, C = 60 %.
    ["T6", 5, 2.4, { atLeast4: 1, three: 1, below3: 3 }, { atLeast4: 20, three: 20, below3: 60 }],
    // T13: 3, 3, 5, 4 (D unrated) → mean 15/4 = 3.75; ≥4: C, G = 50 %; 3: A, B = 50 %; <3: 0 %.
    ["T13", 4, 3.75, { atLeast4: 2, three: 2, below3: 0 }, { atLeast4: 50, three: 50, below3: 0 }],
  ])("%s: n %i, mean %d", (id, n, mean, counts, pct) => {
    const s = itemStat(id, ipsRows);
    expect(s.n).toBe(n);
    expect(s.mean).toBeCloseTo(mean, 10);
    expect(s.counts).toEqual(counts);
    expect(s.pct.atLeast4).toBeCloseTo(pct.atLeast4, 10);
    expect(s.pct.three).toBeCloseTo(pct.three, 10);
    expect(s.pct.below3).toBeCloseTo(pct.below3, 10);
  });

  it("an item no team rated has n 0, no mean, no shares", () => {
    expect(itemStat("O1", ipsRows)).toEqual({
      id: "O1",
      n: 0,
      counts: { atLeast4: 0, three: 0, below3: 0 },
      pct: {},
    });
  });
});

describe("weakest items first", () => {
  it("lowest mean first, unrated items last in scale order", () => {
    const order = weakestFirst(["O1", "B1", "T6", "T13", "O2"].map((id) => itemStat(id, ipsRows))).map((s) => s.id);
    expect(order).toEqual(["T6", "T13", "B1", "O1", "O2"]);
  });

  it("equal means: the larger share below 3 first; equal again: scale order", () => {
    const row = (items: Record<string, number>): OverviewRow => ({
      team: "x",
      scaleId: "ips-25",
      scaleVersion: "1",
      scoring: "points",
      visitDate: "2026-11-26",
      complete: false,
      items,
      metrics: {},
    });
    // X: 1 and 5 → mean 3, 50 % below 3.  Y: 3 and 3 → mean 3, 0 % below 3.  Z: 3 and 3 → same as Y.
    const rows = [row({ Y: 3, X: 1, Z: 3 }), row({ Y: 3, X: 5, Z: 3 })];
    expect(weakestFirst(["Y", "Z", "X"].map((id) => itemStat(id, rows))).map((s) => s.id)).toEqual(["X", "Y", "Z"]);
  });
});

describe("totals and bands (teams with every item rated)", () => {
  const totals = [110, 80, 73, 100];

  it("band counts at the band edges: 73 ikke IPS, 74–99 godkjent, 100 god", () => {
    const bands = bandCounts(ips25(), totals);
    expect(bands.map((b) => [b.id, b.count])).toEqual([
      ["ikke-ips", 1],
      ["godkjent", 1],
      ["god", 2],
      ["meget-god", 0],
    ]);
    expect(bands.map((b) => b.pct)).toEqual([25, 25, 50, 0]);
  });

  it.each([
    [74, "godkjent"],
    [99, "godkjent"],
    [114, "god"],
    [115, "meget-god"],
    [125, "meget-god"],
    [25, "ikke-ips"],
  ])("total %i falls in %s", (total, id) => {
    expect(bandCounts(ips25(), [total]).find((b) => b.count === 1)?.id).toBe(id);
  });

  it("no totals: counts 0, no shares", () => {
    expect(bandCounts(ips25(), []).map((b) => [b.count, b.pct])).toEqual([
      [0, undefined],
      [0, undefined],
      [0, undefined],
      [0, undefined],
    ]);
  });

  it("mean, lowest and highest total", () => {
    // (110 + 80 + 73 + 100) / 4 = 363 / 4 = 90.75
    expect(totalsStat(totals)).toEqual({ n: 4, mean: 90.75, min: 73, max: 110 });
    expect(totalsStat([])).toEqual({ n: 0 });
  });

  it("histogram in bins of 5 from 25; the last bin is 125 alone", () => {
    const bins = histogram([25, 29, 30, 73, 74, 124, 125], 25, 125, 5);
    expect(bins).toHaveLength(21);
    expect(bins[0]).toEqual({ from: 25, to: 29, count: 2 });
    expect(bins[1]).toEqual({ from: 30, to: 34, count: 1 });
    expect(bins.find((b) => b.from === 70)).toEqual({ from: 70, to: 74, count: 2 });
    expect(bins[19]).toEqual({ from: 120, to: 124, count: 1 });
    expect(bins[20]).toEqual({ from: 125, to: 125, count: 1 });
    expect(bins.reduce((s, b) => s + b.count, 0)).toBe(7);
  });
});

describe("colour points", () => {
  it("green / yellow / red / unrated per point over the teams of the scale", () => {
    const kv = [
      ...ROWS.filter((r) => r.scaleId === "kvalitetsveileder"),
      { ...PREVIOUS[3], team: "Team K" } as OverviewRow,
    ];
    // KV1: green (E), yellow (K); KV2: red, red; KV3: green, unrated.
    expect(colourStat("KV1", kv)).toEqual({ id: "KV1", green: 1, yellow: 1, red: 0, unrated: 0 });
    expect(colourStat("KV2", kv)).toEqual({ id: "KV2", green: 0, yellow: 0, red: 2, unrated: 0 });
    expect(colourStat("KV3", kv)).toEqual({ id: "KV3", green: 1, yellow: 0, red: 0, unrated: 1 });
  });
});

describe("groups", () => {
  const groups = groupStats(ROWS, ips25(), FAILED);

  it("one entry per group in name order, teams without a group last", () => {
    expect(groups.map((g) => g.group)).toEqual(["Agder", "Viken", undefined]);
  });

  it("Agder: A 110 and B 80 → mean 95; failed F counted; caseload (18 + 25) / 2 = 21.5", () => {
    const g = groups[0];
    expect(g?.teams).toBe(2);
    expect(g?.complete).toBe(2);
    expect(g?.provisional).toBe(0);
    expect(g?.failed).toBe(1);
    expect(g?.totals).toEqual({ n: 2, mean: 95, min: 80, max: 110 });
    expect(g?.bands).toEqual({ "ikke-ips": 0, godkjent: 1, god: 1, "meget-god": 0 });
    expect(g?.reviewTypes).toEqual({ "independent-review": 1, "self-assessment": 1 });
    expect(g?.metrics).toEqual({ caseloadPerFte: { mean: 21.5, n: 2 }, utetidPct: { mean: 70, n: 1 } });
  });

  it("Viken: C 73 complete, D provisional (no total), E colours 2 green 1 red", () => {
    const g = groups[1];
    expect(g?.teams).toBe(3);
    expect(g?.complete).toBe(2);
    expect(g?.provisional).toBe(1);
    expect(g?.failed).toBe(0);
    expect(g?.totals).toEqual({ n: 1, mean: 73, min: 73, max: 73 });
    expect(g?.bands).toEqual({ "ikke-ips": 1, godkjent: 0, god: 0, "meget-god": 0 });
    expect(g?.colours).toEqual({ green: 2, yellow: 0, red: 1 });
    expect(g?.metrics).toEqual({ caseloadPerFte: { mean: 15, n: 1 } });
  });
});

describe("change since the previous round (same team name and instrument)", () => {
  const ids = (scaleId: string) => (scaleId === "ips-25" ? ["B1", "T6", "T13"] : ["KV1", "KV2", "KV3"]);
  const changes = teamChanges(ROWS, PREVIOUS, ids);

  it("only teams in both rounds", () => {
    expect(changes.map((c) => c.team)).toEqual(["Team A", "Team B", "Team E"]);
  });

  it("Team A: 100 → 110 (+10); B1 4→5 up, T6 2→2 same, T13 2→3 up", () => {
    const a = changes[0];
    expect(a).toMatchObject({ previousTotal: 100, total: 110, totalChange: 10, improved: 2, worsened: 0 });
    expect(a?.items).toEqual([
      { id: "B1", previous: 4, current: 5, change: 1, direction: "up" },
      { id: "T6", previous: 2, current: 2, change: 0, direction: "same" },
      { id: "T13", previous: 2, current: 3, change: 1, direction: "up" },
    ]);
  });

  it("Team B: provisional before → no total change; B1 5→4 down; items rated only now have no change", () => {
    const b = changes[1];
    expect(b?.previousTotal).toBeUndefined();
    expect(b?.totalChange).toBeUndefined();
    expect(b?.total).toBe(80);
    expect(b?.items[0]).toEqual({ id: "B1", previous: 5, current: 4, change: -1, direction: "down" });
    expect(b?.items[1]).toEqual({ id: "T6", current: 1 });
    expect(b?.worsened).toBe(1);
  });

  it("Team E (colours): yellow → green is up, red → red the same, no numeric change", () => {
    const e = changes[2];
    expect(e?.items).toEqual([
      { id: "KV1", previous: "yellow", current: "green", direction: "up" },
      { id: "KV2", previous: "red", current: "red", direction: "same" },
      { id: "KV3", current: "green" },
    ]);
    expect(e?.totalChange).toBeUndefined();
  });
});
