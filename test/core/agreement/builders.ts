/** Minimal evaluations for the agreement tests: only what comparing and pairing read. */
import type { Evaluation } from "../../../src/core/evaluation.js";
import { allItems, type Colour, type Scale } from "../../../src/core/scale.js";
import type { ItemRating } from "../../../src/core/scoring.js";

/** Ratings in scale order: a score or colour per item (undefined leaves the item unrated). */
export function evaluationOf(
  scale: Scale,
  values: readonly (number | Colour | undefined)[],
  extra: { team?: string; visitDate?: string; evaluators?: string[]; status?: Evaluation["status"] } = {},
): Evaluation {
  const items: ItemRating[] = allItems(scale).flatMap((item, i) => {
    const v = values[i];
    if (v === undefined) return [];
    return [
      typeof v === "number"
        ? { itemId: item.id, score: v, source: "evaluator" as const }
        : { itemId: item.id, colour: v, source: "evaluator" as const },
    ];
  });
  return {
    formatVersion: 1,
    status: extra.status ?? "complete",
    tool: { name: "fidelity", version: "test" },
    scale,
    team: { name: extra.team ?? "Team Nord" },
    visitDate: extra.visitDate ?? "2026-11-26",
    evaluators: extra.evaluators ?? ["Evaluator"],
    lang: "nb",
    window: { from: "2026-10-01", to: "2026-11-25", weeks: 8, referenceDate: "2026-11-25" },
    countingRules: {} as Evaluation["countingRules"],
    inputs: [],
    suggestions: [],
    items,
    createdAt: "2026-11-26T09:00:00.000Z",
    updatedAt: "2026-11-26T10:00:00.000Z",
  } as Evaluation;
}

/** 25 IPS scores: every item `fill`, with some items (by id) set otherwise. */
export function ipsScores(scale: Scale, fill: number, set: Record<string, number | undefined> = {}) {
  return allItems(scale).map((item) => (item.id in set ? set[item.id] : fill));
}
