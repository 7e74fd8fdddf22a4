/** Small valid evaluations (no metrics, no data) for the agreement and merge tests. */
import { writeFileSync } from "node:fs";
import type { Evaluation } from "../../src/core/evaluation.js";
import { FORMAT_VERSION, parseEvaluation } from "../../src/core/evaluation.js";
import { DEFAULT_COUNTING_RULES } from "../../src/core/metrics/counting-rules.js";
import { allItems, type Colour, type Scale } from "../../src/core/scale.js";
import type { ItemRating } from "../../src/core/scoring.js";

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
    formatVersion: FORMAT_VERSION,
    status: extra.status ?? "complete",
    tool: { name: "fidelity", version: "test" },
    scale,
    team: { name: extra.team ?? "Team Nord" },
    visitDate: extra.visitDate ?? "2026-11-26",
    evaluators: extra.evaluators ?? ["Evaluator"],
    lang: "nb",
    window: { from: "2026-10-01", to: "2026-11-25", weeks: 8, referenceDate: "2026-11-25" },
    countingRules: DEFAULT_COUNTING_RULES,
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

/** Write an evaluation file, checked against the schema first (a test must not rest on an invalid file). */
export function writeEvaluation(path: string, evaluation: Evaluation): void {
  const parsed = parseEvaluation(JSON.parse(JSON.stringify(evaluation)));
  if (!parsed.ok) throw new Error(`test evaluation is not valid: ${parsed.problems.join("; ")}`);
  writeFileSync(path, `${JSON.stringify(evaluation, null, 2)}\n`);
}
