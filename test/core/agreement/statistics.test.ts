/**
 * Agreement statistics against values computed by hand (the working is in the comments), including the
 * degenerate cases: no pairs, one pair, perfect agreement, a single category, no variance.
 */
import { describe, expect, it } from "vitest";
import {
  cohensKappa,
  exactAgreement,
  iccA1,
  meanAbsoluteDifference,
  type RatingPair,
  withinOne,
} from "../../../src/core/agreement/statistics.js";

const POINTS = [1, 2, 3, 4, 5] as const;
const COLOURS = ["green", "yellow", "red"] as const;
type P = RatingPair<number>;

describe("exact agreement, within one, mean absolute difference", () => {
  it.each<[string, P[], number | undefined, number | undefined, number | undefined]>([
    // |A−B| = 0, 1, 0, 2: exact 2/4, within one 3/4, mean (0+1+0+2)/4.
    [
      "mixed",
      [
        [1, 1],
        [2, 3],
        [4, 4],
        [5, 3],
      ],
      0.5,
      0.75,
      0.75,
    ],
    [
      "perfect agreement",
      [
        [1, 1],
        [3, 3],
        [5, 5],
      ],
      1,
      1,
      0,
    ],
    ["one pair, one apart", [[3, 4]], 0, 1, 1],
    ["one pair, agreeing", [[2, 2]], 1, 1, 0],
    [
      "all four apart",
      [
        [1, 5],
        [5, 1],
      ],
      0,
      0,
      4,
    ],
    [
      "two apart is not within one",
      [
        [2, 4],
        [3, 3],
      ],
      0.5,
      0.5,
      1,
    ],
    ["no pairs: not defined", [], undefined, undefined, undefined],
  ])("%s", (_name, pairs, exact, within, mad) => {
    expect(exactAgreement(pairs)).toEqual({ value: exact, n: pairs.length });
    expect(withinOne(pairs)).toEqual({ value: within, n: pairs.length });
    const m = meanAbsoluteDifference(pairs);
    expect(m.n).toBe(pairs.length);
    if (mad === undefined) expect(m.value).toBeUndefined();
    else expect(m.value).toBeCloseTo(mad, 12);
  });

  it("counts colours as equal or not", () => {
    expect(
      exactAgreement<string>([
        ["green", "green"],
        ["red", "yellow"],
        ["yellow", "yellow"],
      ]),
    ).toEqual({ value: 2 / 3, n: 3 });
  });
});

describe("Cohen's kappa, unweighted (colours)", () => {
  it("ten points over three colours: κ = 0.32 / 0.62", () => {
    // (g,g)×4 (y,y)×2 (r,r)×1 (g,y) (y,r) (r,g): pₒ = 7/10.
    // Margins A: g .5, y .3, r .2; B: g .5, y .3, r .2 → pₑ = .25 + .09 + .04 = .38; κ = .32/.62.
    const pairs: RatingPair<string>[] = [
      ...Array.from({ length: 4 }, () => ["green", "green"] as const),
      ["yellow", "yellow"],
      ["yellow", "yellow"],
      ["red", "red"],
      ["green", "yellow"],
      ["yellow", "red"],
      ["red", "green"],
    ];
    const k = cohensKappa(pairs, COLOURS);
    expect(k.n).toBe(10);
    expect(k.observed).toBeCloseTo(0.7, 12);
    expect(k.expected).toBeCloseTo(0.38, 12);
    expect(k.value).toBeCloseTo(0.32 / 0.62, 12);
    expect(k.weights).toBe("none");
  });

  it.each<[string, RatingPair<string>[], number | undefined, string | undefined]>([
    [
      "perfect agreement over two colours: 1",
      [
        ["green", "green"],
        ["red", "red"],
      ],
      1,
      undefined,
    ],
    // pₒ = 0; margins A g .5 y .5, B y .5 g .5 → pₑ = .5; κ = −.5/.5.
    [
      "always swapped: −1",
      [
        ["green", "yellow"],
        ["yellow", "green"],
      ],
      -1,
      undefined,
    ],
    // pₒ = 0, pₑ = 0 (A only green, B only red) → κ = 0.
    [
      "each rater one different colour: 0",
      [
        ["green", "red"],
        ["green", "red"],
      ],
      0,
      undefined,
    ],
    [
      "one colour for everything: not defined",
      [
        ["yellow", "yellow"],
        ["yellow", "yellow"],
      ],
      undefined,
      "one-category",
    ],
    ["one pair, agreeing: not defined", [["green", "green"]], undefined, "one-category"],
    // One pair (g, y): pₒ = 0, pₑ = 1·0 = 0 → κ = 0.
    ["one pair, differing: 0", [["green", "yellow"]], 0, undefined],
    ["no pairs: not defined", [], undefined, "no-pairs"],
  ])("%s", (_name, pairs, value, reason) => {
    const k = cohensKappa(pairs, COLOURS);
    if (value === undefined) expect(k.value).toBeUndefined();
    else expect(k.value).toBeCloseTo(value, 12);
    expect(k.undefinedReason).toBe(reason);
    expect(k.n).toBe(pairs.length);
  });

  it("refuses a rating outside the categories (a programming error)", () => {
    expect(() => cohensKappa([["blue", "green"]], COLOURS)).toThrow(/not one of the categories/);
  });
});

describe("Cohen's kappa, linearly weighted over 1–5", () => {
  // A: 3 4 4 2 5 1, B: 3 4 5 3 5 3. Weights 1 − |i−j|/4: 1, 1, .75, .75, 1, .5 → pₒ = 5/6.
  // pₑ = Σᵢ nAᵢ Σⱼ nBⱼ w(i,j) / 36 with nB(3) = 3, nB(4) = 1, nB(5) = 2:
  //   i=1: 3·.5 + 1·.25 + 2·0 = 1.75; i=2: 2.25 + .5 + .5 = 3.25; i=3: 3 + .75 + 1 = 4.75;
  //   i=4 (twice): 2·(2.25 + 1 + 1.5) = 9.5; i=5: 1.5 + .75 + 2 = 4.25 → 23.5/36.
  // κw = (30/36 − 23.5/36) / (12.5/36) = 6.5/12.5 = 0.52. Unweighted: pₒ = 3/6, pₑ = 7/36 → κ = 11/29.
  const pairs: P[] = [
    [3, 3],
    [4, 4],
    [4, 5],
    [2, 3],
    [5, 5],
    [1, 3],
  ];

  it("six items: κw = 0.52", () => {
    const k = cohensKappa(pairs, POINTS, "linear");
    expect(k.observed).toBeCloseTo(5 / 6, 12);
    expect(k.expected).toBeCloseTo(23.5 / 36, 12);
    expect(k.value).toBeCloseTo(0.52, 12);
    expect(k.n).toBe(6);
    expect(k.weights).toBe("linear");
  });

  it("the same items unweighted: κ = 11/29", () => {
    expect(cohensKappa(pairs, POINTS).value).toBeCloseTo(11 / 29, 12);
  });

  it.each<[string, P[], number | undefined, string | undefined]>([
    [
      "perfect agreement over three scores: 1",
      [
        [1, 1],
        [3, 3],
        [5, 5],
      ],
      1,
      undefined,
    ],
    [
      "one score for everything: not defined",
      [
        [4, 4],
        [4, 4],
        [4, 4],
      ],
      undefined,
      "one-category",
    ],
    ["one pair, agreeing: not defined", [[3, 3]], undefined, "one-category"],
    // One pair (3, 4): pₒ = .75 and pₑ = w(3,4) = .75 → 0.
    ["one pair, one apart: 0", [[3, 4]], 0, undefined],
    // pₒ = .75; pₑ = .25·(1 + .75 + .75 + 1) = .875 → (.75 − .875)/.125 = −1.
    [
      "always swapped 1↔2: −1",
      [
        [1, 2],
        [2, 1],
      ],
      -1,
      undefined,
    ],
    // A all 3, B all 4: pₒ = pₑ = .75 → 0.
    [
      "B always one higher, one score each: 0",
      [
        [3, 4],
        [3, 4],
      ],
      0,
      undefined,
    ],
    ["no pairs: not defined", [], undefined, "no-pairs"],
  ])("%s", (_name, p, value, reason) => {
    const k = cohensKappa(p, POINTS, "linear");
    if (value === undefined) expect(k.value).toBeUndefined();
    else expect(k.value).toBeCloseTo(value, 12);
    expect(k.undefinedReason).toBe(reason);
  });

  it("weights by the scale's five categories, not only those used", () => {
    // Only scores 1 and 2 used; with k = 5 a difference of one weighs .75 (with k = 2 it would weigh 0).
    const k = cohensKappa(
      [
        [1, 1],
        [1, 2],
        [2, 2],
        [2, 2],
      ],
      POINTS,
      "linear",
    );
    // pₒ = (1 + .75 + 1 + 1)/4 = .9375; A: 1 .5, 2 .5; B: 1 .25, 2 .75;
    // pₑ = .5·.25·1 + .5·.75·.75 + .5·.25·.75 + .5·.75·1 = .125 + .28125 + .09375 + .375 = .875 → κ = .0625/.125.
    expect(k.value).toBeCloseTo(0.5, 12);
  });
});

describe("ICC(A,1): two-way random effects, absolute agreement, single rater", () => {
  it("four teams' totals: 280/286", () => {
    // Rows (A, B): (90, 92) (100, 98) (80, 84) (110, 110). Grand mean 95.5; row means 91 99 82 110;
    // column means 95 96. SSR = 2·425 = 850 → MSR = 850/3; SSC = 4·0.5 = 2 → MSC = 2; SST = 862 →
    // SSE = 10 → MSE = 10/3. ICC = (850/3 − 10/3) / (850/3 + 10/3 + (2/4)(2 − 10/3)) = 280/286.
    const icc = iccA1([
      [90, 92],
      [100, 98],
      [80, 84],
      [110, 110],
    ]);
    expect(icc.value).toBeCloseTo(280 / 286, 12);
    expect(icc.msRows).toBeCloseTo(850 / 3, 12);
    expect(icc.msColumns).toBeCloseTo(2, 12);
    expect(icc.msError).toBeCloseTo(10 / 3, 12);
    expect(icc.n).toBe(4);
    expect(icc.k).toBe(2);
  });

  it("a constant offset lowers absolute agreement: 400/404", () => {
    // (80, 82) (100, 102): MSR = 400, MSC = 4, MSE = 0 → 400 / (400 + 0 + (2/2)·4).
    expect(
      iccA1([
        [80, 82],
        [100, 102],
      ]).value,
    ).toBeCloseTo(400 / 404, 12);
  });

  it("perfect agreement with different totals: 1", () => {
    expect(
      iccA1([
        [80, 80],
        [100, 100],
        [90, 90],
      ]).value,
    ).toBeCloseTo(1, 12);
  });

  it("raters who disagree as much as the teams differ: 0", () => {
    // (1, 3) (3, 1) (1, 1) (3, 3): grand 2; row means 2 2 1 3 → SSR 4, MSR 4/3; column means 2 2 → MSC 0;
    // SST 8 → SSE 4 → MSE 4/3. ICC = (4/3 − 4/3) / … = 0.
    expect(
      iccA1([
        [1, 3],
        [3, 1],
        [1, 1],
        [3, 3],
      ]).value,
    ).toBeCloseTo(0, 12);
  });

  it("raters who disagree more than the teams differ: negative", () => {
    // (1, 3) (3, 1) (2, 2) (2, 2): MSR 0, MSC 0, SST 4 → MSE 4/3; ICC = −(4/3) / (4/3 + (2/4)(0 − 4/3)) = −2.
    expect(
      iccA1([
        [1, 3],
        [3, 1],
        [2, 2],
        [2, 2],
      ]).value,
    ).toBeCloseTo(-2, 12);
  });

  it.each<[string, number[][], string]>([
    ["one pair: not defined", [[90, 92]], "too-few-subjects"],
    ["no pairs: not defined", [], "too-few-subjects"],
    [
      "every total the same: not defined",
      [
        [90, 90],
        [90, 90],
      ],
      "zero-denominator",
    ],
    [
      "two teams with the same mean, raters swapped: not defined",
      [
        [1, 3],
        [3, 1],
      ],
      "zero-denominator",
    ],
  ])("%s", (_name, table, reason) => {
    const icc = iccA1(table);
    expect(icc.value).toBeUndefined();
    expect(icc.undefinedReason).toBe(reason);
  });
});
