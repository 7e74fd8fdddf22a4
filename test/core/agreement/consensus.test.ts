/** Two evaluations → one consensus: what is refused, what is taken as it is, and how a disagreement is decided. */
import { describe, expect, it } from "vitest";
import {
  decide,
  disagreementIds,
  mergeRefusals,
  mergeTexts,
  pendingIds,
  type SourceFile,
  startConsensus,
} from "../../../src/core/agreement/consensus.js";
import { type Evaluation, FORMAT_VERSION, parseEvaluation } from "../../../src/core/evaluation.js";
import { evaluationOf, ipsScores } from "../../helpers/evaluations.js";
import { ips25, kvalitetsveileder } from "../../helpers/scales.js";

const ips = ips25();
const SHA_A = "a".repeat(64);
const SHA_B = "b".repeat(64);
const NOW = "2026-11-27T10:00:00.000Z";

function src(file: string, sha256: string, evaluation: Evaluation): SourceFile {
  return { file, sha256, evaluation };
}

/** A: all 4; B: as A but B2 5, O1 2, T5 3 — three disagreements. Notes on B3 (both) and O1 (A only). */
function pair() {
  const a = evaluationOf(ips, ipsScores(ips, 4), { evaluators: ["Kari"] });
  const b = evaluationOf(ips, ipsScores(ips, 4, { B2: 5, O1: 2, T5: 3 }), { evaluators: ["Ola"] });
  a.items = a.items.map((r) =>
    r.itemId === "B3" ? { ...r, note: "Godt dokumentert." } : r.itemId === "O1" ? { ...r, note: "Møter ukentlig." } : r,
  );
  b.items = b.items.map((r) => (r.itemId === "B3" ? { ...r, note: "Sjekk rutinen for inntak." } : r));
  return { a: src("kari.evaluation.json", SHA_A, a), b: src("ola.evaluation.json", SHA_B, b) };
}

describe("refusals", () => {
  const base = pair();
  const with_ = (change: (e: Evaluation) => Evaluation) => src("ola.evaluation.json", SHA_B, change(base.b.evaluation));
  it.each<[string, SourceFile, RegExp]>([
    [
      "another team",
      with_((e) => ({ ...e, team: { name: "Team Sør" } })),
      /different teams: A is "Team Nord", B is "Team Sør"/,
    ],
    [
      "another visit date",
      with_((e) => ({ ...e, visitDate: "2026-11-27" })),
      /different visit dates: A 2026-11-26, B 2026-11-27/,
    ],
    [
      "another scale",
      with_((e) => ({ ...e, scale: kvalitetsveileder() })),
      /different scales: A ips-25 2019-nb-1, B kvalitetsveileder 2024/,
    ],
    [
      "other input data",
      with_((e) => ({ ...e, inputs: [{ kind: "utetid", file: "utetid.csv", sha256: "c".repeat(64) }] })),
      /different input data \(sha256\): utetid/,
    ],
    ["unfinished", with_((e) => ({ ...e, status: "in-progress" })), /B \(ola\.evaluation\.json\) is not finished/],
    ["the same file twice", src("copy.json", SHA_A, base.a.evaluation), /A and B are the same file/],
    [
      "other counting rules",
      with_((e) => ({ ...e, countingRules: { ...e.countingRules, countFollowUp: !e.countingRules.countFollowUp } })),
      /different counting rules/,
    ],
    [
      "another window",
      with_((e) => ({ ...e, window: { ...e.window, from: "2026-09-01" } })),
      /different data windows: A 2026-10-01–2026-11-25, B 2026-09-01–2026-11-25/,
    ],
  ])("%s", (_name, b, message) => {
    const refusals = mergeRefusals(base.a, b, "en");
    expect(refusals).toHaveLength(1);
    expect(refusals[0]).toMatch(message);
  });

  it("a consensus cannot be merged again", () => {
    const c = { ...startConsensus(base.a, base.b, NOW), status: "complete" as const };
    expect(mergeRefusals(src("c.json", "c".repeat(64), c), base.b, "en")).toEqual([
      "A (c.json) is already a consensus: merge the two evaluators' own files",
    ]);
  });

  it("two evaluations of the same visit: nothing to refuse; team names compared ignoring case", () => {
    expect(
      mergeRefusals(
        base.a,
        with_((e) => ({ ...e, team: { name: "team nord" } })),
        "nb",
      ),
    ).toEqual([]);
  });

  it("says it in bokmål", () => {
    expect(
      mergeRefusals(
        base.a,
        with_((e) => ({ ...e, visitDate: "2026-11-27" })),
        "nb",
      ),
    ).toEqual(["ulike besøksdatoer: A 2026-11-26, B 2026-11-27"]);
  });
});

describe("starting a consensus", () => {
  const { a, b } = pair();
  const c = startConsensus(a, b, NOW);

  it("opens exactly the items that differ", () => {
    expect(disagreementIds(c)).toEqual(["B2", "O1", "T5"]);
    expect(pendingIds(c)).toEqual(["B2", "O1", "T5"]);
    expect(c.items.map((r) => r.itemId)).not.toContain("O1");
    expect(c.items).toHaveLength(22);
    expect(c.status).toBe("in-progress");
  });

  it("takes agreed items as they are, with both notes", () => {
    expect(c.items.find((r) => r.itemId === "B3")).toEqual({
      itemId: "B3",
      score: 4,
      source: "evaluator",
      note: "Kari: Godt dokumentert.\nOla: Sjekk rutinen for inntak.",
      ratedAt: NOW,
    });
  });

  it("records both files, both evaluators and every item's A and B", () => {
    expect(c.evaluators).toEqual(["Kari", "Ola"]);
    expect(c.consensus?.a).toEqual({
      file: "kari.evaluation.json",
      sha256: SHA_A,
      evaluators: ["Kari"],
      updatedAt: a.evaluation.updatedAt,
    });
    expect(c.consensus?.b.sha256).toBe(SHA_B);
    expect(c.consensus?.items.find((i) => i.itemId === "O1")).toEqual({
      itemId: "O1",
      a: { score: 4, source: "evaluator", note: "Møter ukentlig." },
      b: { score: 2, source: "evaluator" },
      agreed: false,
    });
  });

  it("is a valid evaluation file (the current version)", () => {
    const parsed = parseEvaluation(JSON.parse(JSON.stringify(c)));
    expect(parsed.ok).toBe(true);
    expect(c.formatVersion).toBe(FORMAT_VERSION);
  });

  it("an item only one of them rated is a disagreement; one neither rated stays unrated", () => {
    const b2 = src("ola.json", SHA_B, evaluationOf(ips, ipsScores(ips, 4, { T14: undefined, T13: undefined })));
    const a2 = src("kari.json", SHA_A, evaluationOf(ips, ipsScores(ips, 4, { T14: undefined })));
    const c2 = startConsensus(a2, b2, NOW);
    expect(disagreementIds(c2)).toEqual(["T13"]);
    expect(c2.items.find((r) => r.itemId === "T14")).toBeUndefined();
    expect(c2.consensus?.items.find((i) => i.itemId === "T14")).toEqual({ itemId: "T14", agreed: true });
  });
});

describe("deciding a disagreement", () => {
  const { a, b } = pair();
  const start = startConsensus(a, b, NOW);

  it("sets the score, keeps the rationale, and leaves the others open", () => {
    const c = decide(start, "O1", { score: 3 }, "  Møtene er ukentlige, men uten NAV. ", NOW);
    expect(c.items.find((r) => r.itemId === "O1")).toEqual({
      itemId: "O1",
      score: 3,
      source: "evaluator",
      note: "Møter ukentlig.",
      ratedAt: NOW,
    });
    expect(c.consensus?.items.find((i) => i.itemId === "O1")).toMatchObject({
      rationale: "Møtene er ukentlige, men uten NAV.",
      decidedAt: NOW,
    });
    expect(pendingIds(c)).toEqual(["B2", "T5"]);
    expect(disagreementIds(c)).toEqual(["B2", "O1", "T5"]);
  });

  it("against the data's suggestion it is an override with the rationale as reason; on it, source data", () => {
    const withSuggestion: Evaluation = {
      ...start,
      suggestions: [{ itemId: "B2", metric: "caseloadPerFte", score: 5, computation: [] }],
    };
    const over = decide(withSuggestion, "B2", { score: 4 }, "Intervjuene viste noe annet.", NOW);
    expect(over.items.find((r) => r.itemId === "B2")).toMatchObject({
      score: 4,
      source: "override",
      suggestedScore: 5,
      reason: "Intervjuene viste noe annet.",
    });
    const on = decide(withSuggestion, "B2", { score: 5 }, "Dataene stemmer.", NOW);
    expect(on.items.find((r) => r.itemId === "B2")).toMatchObject({ score: 5, source: "data", suggestedScore: 5 });
    expect(on.items.find((r) => r.itemId === "B2")?.reason).toBeUndefined();
  });

  it("an element item keeps the elements of the side whose score it takes", () => {
    const s = { ...start };
    s.consensus = {
      ...(start.consensus as NonNullable<Evaluation["consensus"]>),
      items: (start.consensus?.items ?? []).map((i) =>
        i.itemId === "T5" ? { ...i, b: { score: 3, source: "evaluator" as const, elements: ["x", "y"] } } : i,
      ),
    };
    expect(decide(s, "T5", { score: 3 }, "B har rett.", NOW).items.find((r) => r.itemId === "T5")?.elements).toEqual([
      "x",
      "y",
    ]);
    expect(
      decide(s, "T5", { score: 4 }, "A har rett.", NOW).items.find((r) => r.itemId === "T5")?.elements,
    ).toBeUndefined();
  });

  it.each<[string, string, { score: number } | { colour: "green" }, string, RegExp]>([
    ["no rationale", "O1", { score: 3 }, "  ", /needs a rationale/],
    ["an agreed item", "B1", { score: 3 }, "x", /not a disagreement/],
    ["a colour on a points scale", "O1", { colour: "green" }, "x", /needs a score/],
  ])("refuses %s", (_name, id, mark, why, message) => {
    expect(() => decide(start, id, mark, why, NOW)).toThrow(message);
  });
});

describe("notes of both", () => {
  it.each<[string | undefined, string | undefined, string | undefined]>([
    [undefined, undefined, undefined],
    ["x", undefined, "x"],
    [undefined, " y ", "y"],
    ["same", "same ", "same"],
    ["x", "y", "Kari: x\nOla: y"],
  ])("%s + %s", (a, b, out) => {
    expect(mergeTexts(a, b, "Kari", "Ola")).toBe(out);
  });
});

describe("format versions", () => {
  it("a version 1 file still loads, as the current version", () => {
    const old = { ...JSON.parse(JSON.stringify(evaluationOf(ips, ipsScores(ips, 4)))), formatVersion: 1 };
    const parsed = parseEvaluation(old);
    expect(parsed.ok && parsed.evaluation.formatVersion).toBe(FORMAT_VERSION);
  });

  it("a consensus block in a version 1 file is refused; an unknown version too", () => {
    const { a, b } = pair();
    const c = { ...JSON.parse(JSON.stringify(startConsensus(a, b, NOW))), formatVersion: 1 };
    const parsed = parseEvaluation(c);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.problems).toContain("formatVersion: a consensus block needs formatVersion 2");
    expect(parseEvaluation({ ...c, formatVersion: FORMAT_VERSION + 1 }).ok).toBe(false);
  });
});
