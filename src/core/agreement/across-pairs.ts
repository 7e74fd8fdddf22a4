/**
 * Agreement over many pairs of evaluations (`fidelity agreement`, reviewer training and calibration):
 * evaluations are paired by team, visit date and instrument; per instrument, each item's disagreement rate,
 * the statistics pooled over every item of every pair, and the ICC(A,1) of the totals (points scales).
 */
import type { Evaluation } from "../evaluation.js";
import type { LocalizedText } from "../scale.js";
import {
  type AgreementStatistics,
  agreementStatistics,
  compareEvaluations,
  type PairComparison,
  type PointsTotalSummary,
  type RatingValue,
} from "./compare.js";
import { type Icc, iccA1, type RatingPair } from "./statistics.js";

export interface EvaluationFile {
  /** As the user will recognise it (relative path). */
  file: string;
  evaluation: Evaluation;
}

export interface EvaluationPair {
  team: string;
  visitDate: string;
  /** A is the one whose evaluators' names sort first (then the file name), so the order is stable. */
  a: EvaluationFile;
  b: EvaluationFile;
  comparison: PairComparison;
}

export type UnpairedReason = "alone" | "more-than-two" | "unfinished" | "consensus";

export interface Unpaired {
  file: string;
  team: string;
  visitDate: string;
  scale: string;
  reason: UnpairedReason;
  /** For "more-than-two": how many evaluations share the team, visit date and instrument. */
  count?: number;
}

export interface ItemDisagreement {
  itemId: string;
  title: LocalizedText;
  /** Pairs where both rated the item. */
  n: number;
  disagreements: number;
  /** disagreements / n (0–1); undefined when n = 0. */
  rate: number | undefined;
  /** Points scales: mean |A − B| over the n pairs. */
  meanAbsoluteDifference?: number;
}

export interface ScaleAgreement {
  scaleId: string;
  scaleVersion: string;
  scaleName: LocalizedText;
  scoring: "points" | "colours";
  pairs: EvaluationPair[];
  items: ItemDisagreement[];
  /** Pooled over every item rated by both in every pair. */
  overall: AgreementStatistics;
  /** Points scales: ICC(A,1) of the totals of the pairs where both totals are complete. */
  totalsIcc?: Icc;
}

export interface AgreementResult {
  scales: ScaleAgreement[];
  unpaired: Unpaired[];
}

/** What pairs two evaluations: the same team (name, ignoring case and outer spaces), visit date and instrument. */
export function pairKey(e: Pick<Evaluation, "team" | "visitDate" | "scale">): string {
  return [e.team.name.trim().toLowerCase(), e.visitDate, e.scale.id, e.scale.version].join("\u0000");
}

function orderKey(f: EvaluationFile): string {
  return `${f.evaluation.evaluators.join(", ").toLowerCase()}\u0000${f.file}`;
}

/** Pair the evaluations and compute the agreement per instrument. Unfinished ones and consensuses are never paired. */
export function agreementAcross(files: readonly EvaluationFile[]): AgreementResult {
  const unpaired: Unpaired[] = [];
  const describe = (f: EvaluationFile, reason: UnpairedReason, count?: number): Unpaired => ({
    file: f.file,
    team: f.evaluation.team.name,
    visitDate: f.evaluation.visitDate,
    scale: `${f.evaluation.scale.id} ${f.evaluation.scale.version}`,
    reason,
    ...(count !== undefined ? { count } : {}),
  });
  const groups = new Map<string, EvaluationFile[]>();
  for (const f of files) {
    if (f.evaluation.status !== "complete") {
      unpaired.push(describe(f, "unfinished"));
      continue;
    }
    // A consensus (`fidelity merge`) is not one evaluator's independent rating.
    if (f.evaluation.consensus) {
      unpaired.push(describe(f, "consensus"));
      continue;
    }
    const key = pairKey(f.evaluation);
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const pairs: EvaluationPair[] = [];
  for (const group of groups.values()) {
    if (group.length !== 2) {
      for (const f of group) unpaired.push(describe(f, group.length === 1 ? "alone" : "more-than-two", group.length));
      continue;
    }
    const [a, b] = [...group].sort((x, y) => (orderKey(x) < orderKey(y) ? -1 : orderKey(x) > orderKey(y) ? 1 : 0)) as [
      EvaluationFile,
      EvaluationFile,
    ];
    pairs.push({
      team: a.evaluation.team.name,
      visitDate: a.evaluation.visitDate,
      a,
      b,
      comparison: compareEvaluations(a.evaluation, b.evaluation),
    });
  }
  pairs.sort((x, y) => x.team.localeCompare(y.team, "nb") || x.visitDate.localeCompare(y.visitDate));

  const byScale = new Map<string, EvaluationPair[]>();
  for (const p of pairs) {
    const key = `${p.a.evaluation.scale.id}\u0000${p.a.evaluation.scale.version}`;
    byScale.set(key, [...(byScale.get(key) ?? []), p]);
  }
  const scales = [...byScale.values()].map(scaleAgreement);
  unpaired.sort((x, y) => x.file.localeCompare(y.file));
  return { scales, unpaired };
}

function scaleAgreement(pairs: EvaluationPair[]): ScaleAgreement {
  const first = pairs[0];
  if (!first) throw new Error("scaleAgreement: no pairs");
  const scale = first.a.evaluation.scale;
  const items: ItemDisagreement[] = first.comparison.items.map((item) => {
    const rated = pairs.flatMap((p) => {
      const c = p.comparison.items.find((x) => x.itemId === item.itemId);
      return c && c.agree !== undefined ? [c] : [];
    });
    const n = rated.length;
    const disagreements = rated.filter((c) => !c.agree).length;
    const diffs = rated.flatMap((c) => (c.difference !== undefined ? [c.difference] : []));
    return {
      itemId: item.itemId,
      title: item.title,
      n,
      disagreements,
      rate: n ? disagreements / n : undefined,
      ...(scale.scoring === "points" && diffs.length
        ? { meanAbsoluteDifference: diffs.reduce((s, d) => s + d, 0) / diffs.length }
        : {}),
    };
  });
  const allPairs = pairs.flatMap((p) =>
    p.comparison.items.flatMap((c) =>
      c.a !== undefined && c.b !== undefined ? [[c.a, c.b] as RatingPair<RatingValue>] : [],
    ),
  );
  const totals =
    scale.scoring === "points"
      ? pairs.flatMap((p) => {
          const a = (p.comparison.totals.a as PointsTotalSummary).value;
          const b = (p.comparison.totals.b as PointsTotalSummary).value;
          return a !== undefined && b !== undefined ? [[a, b]] : [];
        })
      : undefined;
  return {
    scaleId: scale.id,
    scaleVersion: scale.version,
    scaleName: scale.name,
    scoring: scale.scoring,
    pairs,
    items,
    overall: agreementStatistics(scale.scoring, allPairs),
    ...(totals ? { totalsIcc: iccA1(totals) } : {}),
  };
}
