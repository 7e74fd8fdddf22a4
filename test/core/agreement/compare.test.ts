/** Two evaluations compared item by item, with the pair's statistics and totals computed by hand. */
import { describe, expect, it } from "vitest";
import { compareEvaluations } from "../../../src/core/agreement/compare.js";
import type { Colour } from "../../../src/core/scale.js";
import { evaluationOf, ipsScores } from "../../helpers/evaluations.js";
import { ips25, kvalitetsveileder } from "../../helpers/scales.js";

const ips = ips25();
const kv = kvalitetsveileder();

describe("IPS-25 pair", () => {
  // A: every item 4 except T5 = 3 (total 99, godkjent). B: as A but B2 5, O1 2, T5 5 (total 100, god).
  const a = evaluationOf(ips, ipsScores(ips, 4, { T5: 3 }));
  const b = evaluationOf(ips, ipsScores(ips, 4, { B2: 5, O1: 2, T5: 5 }));
  const c = compareEvaluations(a, b);

  it("lists exactly the items that differ, with their differences", () => {
    expect(c.disagreements).toEqual(["B2", "O1", "T5"]);
    expect(c.notRatedByBoth).toEqual([]);
    expect(c.items.find((i) => i.itemId === "O1")).toMatchObject({ a: 4, b: 2, agree: false, difference: 2 });
    expect(c.items.find((i) => i.itemId === "B1")).toMatchObject({ a: 4, b: 4, agree: true, difference: 0 });
    expect(c.items.find((i) => i.itemId === "T5")?.sectionId).toBe("tjenester");
  });

  it("statistics: exact 22/25, within one 23/25, mean difference 5/25, κw = −0.5/30.75", () => {
    // Linear weights: pₒ = (22 + .75 + .5 + .5)/25 = 23.75/25. Margins A: 4 ×24, 3 ×1; B: 4 ×22, 5 ×2, 2 ×1.
    // pₑ = [24·(22 + 2·.75 + 1·.5) + 1·(22·.75 + 2·.5 + 1·.75)] / 625 = (576 + 18.25)/625 = 594.25/625.
    // κw = (593.75 − 594.25) / (625 − 594.25) = −0.5/30.75 (high agreement, one category dominant: κ near 0).
    const s = c.statistics;
    expect(s.n).toBe(25);
    expect(s.exact.value).toBeCloseTo(22 / 25, 12);
    expect(s.withinOne?.value).toBeCloseTo(23 / 25, 12);
    expect(s.meanAbsoluteDifference?.value).toBeCloseTo(5 / 25, 12);
    expect(s.kappa.weights).toBe("linear");
    expect(s.kappa.n).toBe(25);
    expect(s.kappa.observed).toBeCloseTo(23.75 / 25, 12);
    expect(s.kappa.expected).toBeCloseTo(594.25 / 625, 12);
    expect(s.kappa.value).toBeCloseTo(-0.5 / 30.75, 12);
  });

  it("totals with bands", () => {
    expect(c.totals.a).toMatchObject({ complete: true, value: 99, band: { id: "godkjent" } });
    expect(c.totals.b).toMatchObject({ complete: true, value: 100, band: { id: "god" } });
  });

  it("items one of them has not rated are left out of the statistics", () => {
    const partial = evaluationOf(ips, ipsScores(ips, 4, { B2: 5, O1: undefined, T5: undefined }));
    const p = compareEvaluations(a, partial);
    expect(p.notRatedByBoth).toEqual(["O1", "T5"]);
    expect(p.disagreements).toEqual(["B2"]);
    expect(p.statistics.n).toBe(23);
    expect(p.statistics.exact.value).toBeCloseTo(22 / 23, 12);
    expect(p.totals.b).toMatchObject({ complete: false, min: 4 * 22 + 5 + 2, max: 4 * 22 + 5 + 10 });
  });

  it("perfect agreement on one score: exact 100 %, kappa not defined", () => {
    const same = compareEvaluations(evaluationOf(ips, ipsScores(ips, 4)), evaluationOf(ips, ipsScores(ips, 4)));
    expect(same.disagreements).toEqual([]);
    expect(same.statistics.exact.value).toBe(1);
    expect(same.statistics.kappa.value).toBeUndefined();
    expect(same.statistics.kappa.undefinedReason).toBe("one-category");
  });
});

describe("Kvalitetsveilederen pair", () => {
  it("colours: exact 7/10, κ = .34/.64, counts", () => {
    // A: g g g y y r g g y r; B: g g y y y r g r y g. Differ at KV3, KV8, KV10.
    // Margins A g 5 y 3 r 2, B g 4 y 4 r 2 → pₑ = (20 + 12 + 4)/100 = .36; κ = (.7 − .36)/.64.
    const A: Colour[] = ["green", "green", "green", "yellow", "yellow", "red", "green", "green", "yellow", "red"];
    const B: Colour[] = ["green", "green", "yellow", "yellow", "yellow", "red", "green", "red", "yellow", "green"];
    const c = compareEvaluations(evaluationOf(kv, A), evaluationOf(kv, B));
    expect(c.scoring).toBe("colours");
    expect(c.disagreements).toEqual(["KV3", "KV8", "KV10"]);
    expect(c.statistics.exact.value).toBeCloseTo(0.7, 12);
    expect(c.statistics.withinOne).toBeUndefined();
    expect(c.statistics.meanAbsoluteDifference).toBeUndefined();
    expect(c.statistics.kappa.weights).toBe("none");
    expect(c.statistics.kappa.value).toBeCloseTo(0.34 / 0.64, 12);
    expect(c.totals.a).toEqual({ green: 5, yellow: 3, red: 2, unrated: 0 });
    expect(c.totals.b).toEqual({ green: 4, yellow: 4, red: 2, unrated: 0 });
  });
});
