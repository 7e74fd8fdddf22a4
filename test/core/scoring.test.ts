import { describe, expect, it } from "vitest";
import { colourCount } from "../../src/core/report/build.js";
import { allItems, type PointsItem } from "../../src/core/scale.js";
import { type ItemRating, scoreFromElements, scoreRatings } from "../../src/core/scoring.js";
import { ips25, kvalitetsveileder } from "../helpers/scales.js";

const ips = ips25();
const ids = allItems(ips).map((i) => i.id);

/** Ratings for all 25 items adding up to `total`: fill with 1s, then raise items to 5 left to right. */
function ratingsWithTotal(total: number, leaveOut: string[] = []): Map<string, ItemRating> {
  const rated = ids.filter((id) => !leaveOut.includes(id));
  const scores = rated.map(() => 1);
  let rest = total - rated.length;
  for (let i = 0; i < scores.length && rest > 0; i++) {
    const add = Math.min(4, rest);
    scores[i] = 1 + add;
    rest -= add;
  }
  return new Map(rated.map((id, i) => [id, { itemId: id, score: scores[i], source: "evaluator" as const }]));
}

describe("IPS-25 total and band", () => {
  // Bands: 25–73 ikke IPS, 74–99 godkjent, 100–114 god, 115–125 meget god.
  it.each([
    [25, "ikke-ips"],
    [73, "ikke-ips"],
    [74, "godkjent"],
    [99, "godkjent"],
    [100, "god"],
    [114, "god"],
    [115, "meget-god"],
    [125, "meget-god"],
  ])("total %i is band %s", (total, band) => {
    const result = scoreRatings(ips, ratingsWithTotal(total));
    expect(result.scoring).toBe("points");
    if (result.scoring !== "points") return;
    expect(result.complete).toBe(true);
    expect(result.total.value).toBe(total);
    expect(result.total.band?.id).toBe(band);
    expect(result.total.maxPossible).toBe(125);
  });

  it("section subtotals add up to the total, maxima 15 / 40 / 70", () => {
    const result = scoreRatings(ips, ratingsWithTotal(125));
    expect(result.sections.map((s) => [s.id, s.subtotal, s.maxPossible])).toEqual([
      ["bemanning", 15, 15],
      ["organisasjon", 40, 40],
      ["tjenester", 70, 70],
    ]);
  });

  it("an incomplete rating set gives a range and no band", () => {
    // 23 items rated, summing to 90; B2 and T7 open: each can add 1–5 → 92…100.
    const result = scoreRatings(ips, ratingsWithTotal(90, ["B2", "T7"]));
    if (result.scoring !== "points") throw new Error("points expected");
    expect(result.complete).toBe(false);
    expect(result.unrated).toEqual(["B2", "T7"]);
    expect(result.total.value).toBeUndefined();
    expect(result.total.band).toBeUndefined();
    expect([result.total.min, result.total.max]).toEqual([92, 100]);
    const bemanning = result.sections[0];
    expect(bemanning?.ratedCount).toBe(2);
    expect(bemanning && bemanning.max - bemanning.min).toBe(4);
  });
});

describe("element items score from the count of ticked elements", () => {
  const item = (id: string) => allItems(ips).find((i) => i.id === id) as PointsItem;
  const first = (id: string, n: number) => (item(id).elements ?? []).slice(0, n).map((e) => e.id);
  it.each([
    ["O2", 0, 1],
    ["O2", 1, 1],
    ["O2", 5, 5],
    ["O5", 0, 1],
    ["O5", 5, 5],
    ["O7", 0, 1],
    ["O7", 5, 5],
    ["O8", 0, 1],
    ["O8", 5, 5],
    ["T2", 0, 1],
    ["T2", 4, 5],
    ["T14", 0, 1],
    ["T14", 2, 1],
    ["T14", 3, 2],
    ["T14", 6, 5],
  ])("%s with %i elements scores %i", (id, n, score) => {
    expect(scoreFromElements(item(id), first(id, n))).toBe(score);
  });

  it("counts an element once, and ignores unknown ids", () => {
    const o2 = first("O2", 2);
    expect(scoreFromElements(item("O2"), [...o2, ...o2, "not-an-element"])).toBe(2);
  });
});

describe("Kvalitetsveilederen colour counts", () => {
  const kv = kvalitetsveileder();
  it("counts colours and lists unrated points", () => {
    const ratings = new Map<string, ItemRating>([
      ["KV1", { itemId: "KV1", colour: "green", source: "evaluator" }],
      ["KV2", { itemId: "KV2", colour: "yellow", source: "data", suggestedColour: "yellow" }],
      ["KV3", { itemId: "KV3", colour: "red", source: "override", suggestedColour: "green", reason: "x" }],
      ["KV4", { itemId: "KV4", colour: "green", source: "evaluator" }],
    ]);
    const result = scoreRatings(kv, ratings);
    if (result.scoring !== "colours") throw new Error("colours expected");
    expect(result.colours).toEqual({ green: 2, yellow: 1, red: 1, unrated: 6 });
    expect(result.unrated).toEqual(["KV5", "KV6", "KV7", "KV8", "KV9", "KV10"]);
    expect(result.complete).toBe(false);
  });
});

describe("colour counts in words", () => {
  it.each([
    [0, "green", "nb", "0 grønne"],
    [1, "green", "nb", "1 grønn"],
    [3, "yellow", "nb", "3 gule"],
    [1, "red", "nb", "1 rød"],
    [2, "red", "nb", "2 røde"],
    [2, "yellow", "en", "2 yellow"],
  ] as const)("%i %s (%s) → %s", (n, colour, lang, text) => {
    expect(colourCount(n, colour, lang)).toBe(text);
  });
});
