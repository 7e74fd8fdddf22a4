/**
 * Two evaluations of the same team, visit and instrument, item by item: who gave what, where they differ,
 * and the agreement statistics of the pair (exact agreement, within one point, mean absolute difference and
 * linearly weighted kappa for points items; exact agreement and unweighted kappa for colours), with the totals.
 */
import type { Evaluation } from "../evaluation.js";
import { ratingsMap } from "../evaluation.js";
import { allItems, COLOURS, type Colour, type LocalizedText, type Scale, sectionOf } from "../scale.js";
import { type ItemRating, scoreRatings } from "../scoring.js";
import {
  cohensKappa,
  exactAgreement,
  type Kappa,
  meanAbsoluteDifference,
  type Proportion,
  type RatingPair,
  withinOne,
} from "./statistics.js";

/** An item's rating as compared: a score 1–5 (points scales) or a colour. */
export type RatingValue = number | Colour;

export const POINT_CATEGORIES = [1, 2, 3, 4, 5] as const;

export function ratingValue(scale: Pick<Scale, "scoring">, rating: ItemRating | undefined): RatingValue | undefined {
  return scale.scoring === "points" ? rating?.score : rating?.colour;
}

export interface ItemComparison {
  itemId: string;
  sectionId: string;
  title: LocalizedText;
  a?: RatingValue;
  b?: RatingValue;
  /** Both rated and equal / different; undefined when one of them has not rated the item. */
  agree?: boolean;
  /** |A − B| for points items rated by both. */
  difference?: number;
}

/** The statistics of a set of rating pairs (one evaluation pair, or pooled over many). */
export interface AgreementStatistics {
  scoring: "points" | "colours";
  /** Pairs where both rated the item. */
  n: number;
  exact: Proportion;
  /** Points scales only. */
  withinOne?: Proportion;
  /** Points scales only. */
  meanAbsoluteDifference?: { value: number | undefined; n: number };
  /** Linearly weighted over 1–5 for points scales, unweighted over green/yellow/red for colours. */
  kappa: Kappa;
}

export interface PointsTotalSummary {
  complete: boolean;
  value?: number;
  min: number;
  max: number;
  maxPossible: number;
  band?: { id: string; label: LocalizedText };
}

export interface ColourTotalSummary {
  green: number;
  yellow: number;
  red: number;
  unrated: number;
}

export type TotalSummary = PointsTotalSummary | ColourTotalSummary;

export interface PairComparison {
  scoring: "points" | "colours";
  items: ItemComparison[];
  /** Item ids where both rated and differ, in scale order. */
  disagreements: string[];
  /** Item ids that one or both have not rated. */
  notRatedByBoth: string[];
  statistics: AgreementStatistics;
  totals: { a: TotalSummary; b: TotalSummary };
}

/** Statistics over rating pairs of one kind of scale. */
export function agreementStatistics(
  scoring: "points" | "colours",
  pairs: readonly RatingPair<RatingValue>[],
): AgreementStatistics {
  if (scoring === "points") {
    const points = pairs as readonly RatingPair<number>[];
    return {
      scoring,
      n: pairs.length,
      exact: exactAgreement(points),
      withinOne: withinOne(points),
      meanAbsoluteDifference: meanAbsoluteDifference(points),
      kappa: cohensKappa(points, POINT_CATEGORIES, "linear"),
    };
  }
  const colours = pairs as readonly RatingPair<Colour>[];
  return { scoring, n: pairs.length, exact: exactAgreement(colours), kappa: cohensKappa(colours, COLOURS, "none") };
}

/** The total (points) or colour counts of an evaluation. */
export function totalOf(evaluation: Pick<Evaluation, "scale" | "items">): TotalSummary {
  const result = scoreRatings(evaluation.scale, ratingsMap(evaluation));
  if (result.scoring === "colours") return { ...result.colours };
  const t = result.total;
  return {
    complete: t.complete,
    ...(t.value !== undefined ? { value: t.value } : {}),
    min: t.min,
    max: t.max,
    maxPossible: t.maxPossible,
    ...(t.band ? { band: { id: t.band.id, label: t.band.label } } : {}),
  };
}

/** Compare two evaluations on the same scale (the caller checks it is the same instrument). */
export function compareEvaluations(
  a: Pick<Evaluation, "scale" | "items">,
  b: Pick<Evaluation, "scale" | "items">,
): PairComparison {
  const scale = a.scale;
  const ra = ratingsMap(a);
  const rb = ratingsMap(b);
  const items: ItemComparison[] = allItems(scale).map((item) => {
    const va = ratingValue(scale, ra.get(item.id));
    const vb = ratingValue(scale, rb.get(item.id));
    const both = va !== undefined && vb !== undefined;
    return {
      itemId: item.id,
      sectionId: sectionOf(scale, item.id)?.id ?? "",
      title: item.title,
      ...(va !== undefined ? { a: va } : {}),
      ...(vb !== undefined ? { b: vb } : {}),
      ...(both ? { agree: va === vb } : {}),
      ...(both && typeof va === "number" && typeof vb === "number" ? { difference: Math.abs(va - vb) } : {}),
    };
  });
  const pairs = items.flatMap((c) =>
    c.a !== undefined && c.b !== undefined ? [[c.a, c.b] as RatingPair<RatingValue>] : [],
  );
  return {
    scoring: scale.scoring,
    items,
    disagreements: items.filter((c) => c.agree === false).map((c) => c.itemId),
    notRatedByBoth: items.filter((c) => c.agree === undefined).map((c) => c.itemId),
    statistics: agreementStatistics(scale.scoring, pairs),
    totals: { a: totalOf(a), b: totalOf(b) },
  };
}
