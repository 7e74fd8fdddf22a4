import { describe, expect, it } from "vitest";
import { buildOverview } from "../../../src/core/overview/overview.js";
import { ips25, kvalitetsveileder } from "../../helpers/scales.js";
import { FAILED, PREVIOUS, ROWS } from "./fixtures.js";

const scales = [ips25(), kvalitetsveileder()];

describe("the overview of a batch", () => {
  const o = buildOverview({ rows: ROWS, failed: FAILED, scales, previous: PREVIOUS });

  it("counts teams, complete, provisional and failed; the visit dates' range", () => {
    expect([o.teams, o.complete, o.provisional, o.failed.length]).toEqual([6, 5, 1, 1]);
    expect(o.grouped).toBe(true);
    expect(o.visitDates).toEqual({ from: "2026-11-20", to: "2026-11-26" });
  });

  it("IPS-25: totals of the complete teams (110, 80, 73, 100), bands, provisional count", () => {
    const p = o.points[0];
    expect(p?.scale.id).toBe("ips-25");
    expect(p?.provisional).toBe(1);
    expect(p?.totals).toEqual({ n: 4, mean: 90.75, min: 73, max: 110 });
    expect(p?.bands.map((b) => b.count)).toEqual([1, 1, 2, 0]);
    expect(p?.histogram.reduce((s, b) => s + b.count, 0)).toBe(4);
  });

  it("heat map rows: by group (none last), complete by total (highest first), provisional after", () => {
    expect(o.points[0]?.rows.map((r) => r.team)).toEqual(["Team A", "Team B", "Team C", "Team D", "Team G"]);
  });

  it("items weakest first: T6 2.4, T13 3.75, B1 3.8, then the 22 unrated in scale order", () => {
    const items = o.points[0]?.items ?? [];
    expect(items).toHaveLength(25);
    expect(items.slice(0, 4).map((i) => i.id)).toEqual(["T6", "T13", "B1", "B2"]);
    expect(items[items.length - 1]?.id).toBe("T14");
  });

  it("the previous round's distribution: Team A 100 and Team Z 60 (Team B was provisional)", () => {
    const prev = o.points[0]?.previous;
    expect(prev?.teams).toBe(3);
    expect(prev?.totals).toEqual({ n: 2, mean: 80, min: 60, max: 100 });
    expect(prev?.bands.map((b) => b.count)).toEqual([1, 0, 1, 0]);
    expect(prev?.items.get("B1")?.mean).toBeCloseTo((4 + 5 + 1) / 3, 10);
  });

  it("Kvalitetsveilederen: a colour matrix of its team, every point counted", () => {
    const c = o.colours[0];
    expect(c?.rows.map((r) => r.team)).toEqual(["Team E"]);
    expect(c?.points).toHaveLength(10);
    expect(c?.points[1]).toEqual({ id: "KV2", green: 0, yellow: 0, red: 1, unrated: 0 });
    expect(c?.previous?.points[0]).toEqual({ id: "KV1", green: 0, yellow: 1, red: 0, unrated: 0 });
  });

  it("key metrics per instrument with its targets and the means over the teams that have them", () => {
    expect(o.metrics.map((m) => m.scale.id)).toEqual(["ips-25", "kvalitetsveileder"]);
    expect(o.metrics[0]?.means).toEqual({ caseloadPerFte: { mean: 21.5, n: 2 }, utetidPct: { mean: 70, n: 1 } });
    expect(o.metrics[1]?.targets.caseloadPerFte).toEqual({ kind: "range", min: 12, max: 20 });
  });

  it("rounds: changes in heat map order, new teams and teams gone", () => {
    expect(o.rounds?.previousTeams).toBe(4);
    expect(o.rounds?.changes.map((c) => [c.team, c.totalChange])).toEqual([
      ["Team A", 10],
      ["Team B", undefined],
      ["Team E", undefined],
    ]);
    expect(o.rounds?.newTeams.map((r) => r.team)).toEqual(["Team C", "Team D", "Team G"]);
    expect(o.rounds?.gone.map((r) => r.team)).toEqual(["Team Z"]);
  });

  it("the same rows in another order give the same overview", () => {
    const again = buildOverview({
      rows: [...ROWS].reverse(),
      failed: FAILED,
      scales,
      previous: [...PREVIOUS].reverse(),
    });
    expect(again).toEqual(o);
  });

  it("without groups and without a previous round", () => {
    const plain = buildOverview({ rows: ROWS.map(({ group: _g, ...r }) => r), scales });
    expect(plain.grouped).toBe(false);
    expect(plain.rounds).toBeUndefined();
    expect(plain.points[0]?.previous).toBeUndefined();
    expect(plain.groups.map((g) => g.group)).toEqual([undefined]);
  });
});
