/** Pairing evaluations by team + visit date + instrument, and the agreement over many pairs. */
import { describe, expect, it } from "vitest";
import { agreementAcross, type EvaluationFile } from "../../../src/core/agreement/across-pairs.js";
import { evaluationOf, ipsScores } from "../../helpers/evaluations.js";
import { ips25, kvalitetsveileder } from "../../helpers/scales.js";

const ips = ips25();
const kv = kvalitetsveileder();

function file(
  name: string,
  team: string,
  evaluator: string,
  set: Record<string, number | undefined>,
  extra: { visitDate?: string; status?: "complete" | "in-progress"; fill?: number } = {},
): EvaluationFile {
  return {
    file: name,
    evaluation: evaluationOf(ips, ipsScores(ips, extra.fill ?? 4, set), {
      team,
      evaluators: [evaluator],
      ...extra,
    }),
  };
}

describe("agreement across pairs", () => {
  // Three teams rated by Kari and Ola (every item 4, or 3 for Vest, except those named).
  const files: EvaluationFile[] = [
    file("ola/nord.evaluation.json", "Team Nord", "Ola", {}),
    file("kari/nord.evaluation.json", "Team Nord", "Kari", {}),
    file("kari/sor.evaluation.json", "Team Sør", "Kari", { B1: 2, T1: 2 }),
    file("ola/sor.evaluation.json", "Team Sør", "Ola", { B1: 3, T1: 5 }),
    file("kari/vest.evaluation.json", "Team Vest", "Kari", {}, { fill: 3 }),
    file("ola/vest.evaluation.json", "team vest ", "Ola", { B1: 4 }, { fill: 3 }),
    // Not pairable: alone, another date, unfinished.
    file("kari/ost.evaluation.json", "Team Øst", "Kari", {}),
    file("ola/ost.evaluation.json", "Team Øst", "Ola", {}, { visitDate: "2026-11-27" }),
    file("ola/nord-session.json", "Team Nord", "Ola", {}, { status: "in-progress" }),
  ];
  const result = agreementAcross(files);
  const s = result.scales[0];

  it("pairs by team (ignoring case and spaces), visit date and instrument; A is the evaluator sorting first", () => {
    expect(result.scales).toHaveLength(1);
    expect(s?.pairs.map((p) => [p.team, p.a.evaluation.evaluators[0], p.b.evaluation.evaluators[0]])).toEqual([
      ["Team Nord", "Kari", "Ola"],
      ["Team Sør", "Kari", "Ola"],
      ["Team Vest", "Kari", "Ola"],
    ]);
    expect(result.unpaired).toEqual([
      {
        file: "kari/ost.evaluation.json",
        team: "Team Øst",
        visitDate: "2026-11-26",
        scale: "ips-25 2019-nb-1",
        reason: "alone",
        count: 1,
      },
      {
        file: "ola/nord-session.json",
        team: "Team Nord",
        visitDate: "2026-11-26",
        scale: "ips-25 2019-nb-1",
        reason: "unfinished",
      },
      {
        file: "ola/ost.evaluation.json",
        team: "Team Øst",
        visitDate: "2026-11-27",
        scale: "ips-25 2019-nb-1",
        reason: "alone",
        count: 1,
      },
    ]);
  });

  it("per-item disagreement rates over the pairs", () => {
    const b1 = s?.items.find((i) => i.itemId === "B1");
    // B1: Nord 4/4 agree, Sør 2/3 differ (1), Vest 3/4 differ (1) → 2 of 3, mean difference 2/3.
    expect(b1).toMatchObject({ n: 3, disagreements: 2 });
    expect(b1?.rate).toBeCloseTo(2 / 3, 12);
    expect(b1?.meanAbsoluteDifference).toBeCloseTo(2 / 3, 12);
    // T1: only Sør differs (2 vs 5: difference 3).
    const t1 = s?.items.find((i) => i.itemId === "T1");
    expect(t1).toMatchObject({ n: 3, disagreements: 1, meanAbsoluteDifference: 1 });
    expect(s?.items.find((i) => i.itemId === "T14")).toMatchObject({ n: 3, disagreements: 0, rate: 0 });
  });

  it("pooled statistics over 75 item pairs", () => {
    // 3 disagreements in 75 item pairs: differences 1 (Sør B1), 3 (Sør T1), 1 (Vest B1).
    expect(s?.overall.n).toBe(75);
    expect(s?.overall.exact.value).toBeCloseTo(72 / 75, 12);
    expect(s?.overall.withinOne?.value).toBeCloseTo(74 / 75, 12);
    expect(s?.overall.meanAbsoluteDifference?.value).toBeCloseTo(5 / 75, 12);
    expect(s?.overall.kappa.n).toBe(75);
  });

  it("ICC(A,1) of the totals, by hand: 13248/13452", () => {
    // Totals (Kari, Ola): Nord (100, 100); Sør (100 − 2 − 2 = 96, 100 − 1 + 1 = 100); Vest (75, 75 + 1 = 76).
    // In sixths from the grand mean 547/6: rows 100 98 75.5 → 53 41 −94, columns 271/3 92 → −5 5;
    // cells 53 53 29 53 −97 −91. SSR = 2·(2809 + 1681 + 8836)/36 = 26652/36, MSR = 13326/36;
    // SSC = 3·(25 + 25)/36 = 150/36 = MSC; SST = 26958/36 → SSE = 156/36, MSE = 78/36.
    // ICC = (13326 − 78) / (13326 + 78 + (2/3)(150 − 78)) = 13248/13452.
    expect(
      s?.pairs.map((p) => [p.comparison.totals.a, p.comparison.totals.b].map((t) => ("value" in t ? t.value : 0))),
    ).toEqual([
      [100, 100],
      [96, 100],
      [75, 76],
    ]);
    expect(s?.totalsIcc?.n).toBe(3);
    expect(s?.totalsIcc?.msRows).toBeCloseTo(13326 / 36, 10);
    expect(s?.totalsIcc?.msColumns).toBeCloseTo(150 / 36, 10);
    expect(s?.totalsIcc?.msError).toBeCloseTo(78 / 36, 10);
    expect(s?.totalsIcc?.value).toBeCloseTo(13248 / 13452, 12);
  });

  it("more than two evaluations of one visit are not paired, and say how many", () => {
    const third = file("per/nord.evaluation.json", "Team Nord", "Per", {});
    const r = agreementAcross([...files, third]);
    expect(r.scales[0]?.pairs.map((p) => p.team)).toEqual(["Team Sør", "Team Vest"]);
    expect(r.unpaired.filter((u) => u.reason === "more-than-two").map((u) => [u.file, u.count])).toEqual([
      ["kari/nord.evaluation.json", 3],
      ["ola/nord.evaluation.json", 3],
      ["per/nord.evaluation.json", 3],
    ]);
  });

  it("one pair: statistics, but no ICC (needs two teams)", () => {
    const r = agreementAcross(files.slice(0, 2));
    expect(r.scales[0]?.pairs).toHaveLength(1);
    expect(r.scales[0]?.overall.exact.value).toBe(1);
    expect(r.scales[0]?.overall.kappa.undefinedReason).toBe("one-category");
    expect(r.scales[0]?.totalsIcc).toMatchObject({ value: undefined, n: 1, undefinedReason: "too-few-subjects" });
  });

  it("each instrument separately; colours have no ICC", () => {
    const kvFile = (name: string, who: string, c: "green" | "red"): EvaluationFile => ({
      file: name,
      evaluation: evaluationOf(
        kv,
        Array.from({ length: 10 }, (_, i) => (i === 0 ? c : "yellow")),
        {
          team: "UO Vest",
          evaluators: [who],
        },
      ),
    });
    const r = agreementAcross([
      ...files.slice(0, 2),
      kvFile("a/uo.json", "Kari", "green"),
      kvFile("b/uo.json", "Ola", "red"),
    ]);
    expect(r.scales.map((x) => x.scaleId)).toEqual(["ips-25", "kvalitetsveileder"]);
    const k = r.scales[1];
    expect(k?.totalsIcc).toBeUndefined();
    expect(k?.overall.exact.value).toBeCloseTo(0.9, 12);
    expect(k?.items.find((i) => i.itemId === "KV1")).toMatchObject({ n: 1, disagreements: 1, rate: 1 });
  });

  it("no files: nothing", () => {
    expect(agreementAcross([])).toEqual({ scales: [], unpaired: [] });
  });
});
