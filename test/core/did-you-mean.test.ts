import { describe, expect, it } from "vitest";
import { didYouMean, editDistance } from "../../src/core/did-you-mean.js";

describe("editDistance", () => {
  it.each([
    ["", "", 0],
    ["abc", "abc", 0],
    ["abc", "", 3],
    ["kitten", "sitting", 3],
    ["timertotalt", "timertotlt", 1], // one letter left out
    ["utetid", "uettid", 1], // two neighbours swapped
    ["dato", "data", 1],
  ])("%j → %j: %i", (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });
});

describe("didYouMean", () => {
  const HEADERS = ["jobbspesialist", "dato", "uke", "timer_totalt", "timer_ute"];
  it.each([
    ["timer totlt", "timer_totalt"],
    ["Timer_Totalt ", undefined], // the same name after folding: not a slip
    ["jobspesialist", "jobbspesialist"],
    ["jobbspesialst", "jobbspesialist"],
    ["timer_uet", "timer_ute"],
    ["stillingsprosent", undefined], // nothing close
    ["x", undefined],
    ["", undefined],
  ])("%j → %j", (typed, expected) => {
    expect(didYouMean(typed, HEADERS)).toBe(expected);
  });

  it("a short name allows one slip, a long one up to three", () => {
    expect(didYouMean("uek", ["uke"])).toBe("uke");
    expect(didYouMean("ukee2", ["uke"])).toBeUndefined();
    expect(didYouMean("arbeidsgiverkontakterr.csv", ["arbeidsgiverkontakter.csv"])).toBe("arbeidsgiverkontakter.csv");
    expect(didYouMean("arbgiverkontakter.csv", ["arbeidsgiverkontakter.csv"])).toBeUndefined();
  });

  it("two equally close names: no guess", () => {
    expect(didYouMean("B3", ["B2", "B4"])).toBeUndefined();
    expect(didYouMean("B2x", ["B2", "T1"])).toBe("B2");
  });
});
