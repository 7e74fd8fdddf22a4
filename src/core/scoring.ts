/**
 * The scoring core: from a scale and the item ratings to item scores, section subtotals, the total and its
 * band (points scale) or the colour counts (colour scale), and completeness.
 *
 * While items are unrated the total is a range: rated items count as scored, each unrated item as 1–5.
 * A band is only given for a complete rating set.
 */
import type { Band, Colour, ColourScale, LocalizedText, PointsItem, PointsScale, Scale, ScaleItem } from "./scale.js";
import { bandFor } from "./scale.js";

/** Where an item's score came from (docs/design.md §6). */
export type ItemSource = "data" | "evaluator" | "override";

/** One item's rating as kept in the evaluation file. */
export interface ItemRating {
  itemId: string;
  score?: number;
  colour?: Colour;
  source: ItemSource;
  /** What the data suggested (data items), kept also when the evaluator overrode it. */
  suggestedScore?: number;
  suggestedColour?: Colour;
  /** Required when the evaluator overrides a data suggestion. */
  reason?: string;
  /** Element ids ticked (element items). */
  elements?: string[];
  note?: string;
  /** The evaluator's own recommendation for the item (replaces the one the report would build). */
  recommendation?: string;
  /** When the rating was given (ISO timestamp), if known. */
  ratedAt?: string;
}

export interface ScoredItem {
  item: ScaleItem;
  sectionId: string;
  rating?: ItemRating;
  score?: number;
  colour?: Colour;
}

export interface SectionResult {
  id: string;
  title: LocalizedText;
  itemCount: number;
  ratedCount: number;
  /** Sum of the rated items' scores (points scale). */
  subtotal: number;
  /** Lowest and highest the subtotal can end at once every item is rated. */
  min: number;
  max: number;
  /** The section's maximum: 5 × items. */
  maxPossible: number;
}

export interface PointsTotal {
  complete: boolean;
  /** The total, once every item is rated. */
  value?: number;
  /** The possible range (equal to value when complete). */
  min: number;
  max: number;
  maxPossible: number;
  band?: Band;
}

export interface ColourCounts {
  green: number;
  yellow: number;
  red: number;
  unrated: number;
}

interface ResultBase {
  items: ScoredItem[];
  sections: SectionResult[];
  /** Ids of items with no score (or colour) yet, in scale order. */
  unrated: string[];
  complete: boolean;
}

export type ScoreResult =
  | (ResultBase & { scoring: "points"; total: PointsTotal })
  | (ResultBase & { scoring: "colours"; colours: ColourCounts });

/** Score of an element item from the ticked elements, by the scale's count→score rule. */
export function scoreFromElements(item: PointsItem, ticked: readonly string[]): number {
  const known = new Set((item.elements ?? []).map((e) => e.id));
  const count = new Set(ticked.filter((id) => known.has(id))).size;
  const score = item.scoreByCount?.[count];
  if (score === undefined) throw new Error(`${item.id}: no score for ${count} elements`);
  return score;
}

export function scoreRatings(scale: Scale, ratings: ReadonlyMap<string, ItemRating>): ScoreResult {
  return scale.scoring === "points" ? scorePoints(scale, ratings) : scoreColours(scale, ratings);
}

function scorePoints(scale: PointsScale, ratings: ReadonlyMap<string, ItemRating>): ScoreResult {
  const items: ScoredItem[] = [];
  const sections: SectionResult[] = [];
  const unrated: string[] = [];
  for (const section of scale.sections) {
    let subtotal = 0;
    let ratedCount = 0;
    for (const item of section.items) {
      const rating = ratings.get(item.id);
      const score = rating?.score;
      items.push({ item, sectionId: section.id, rating, score });
      if (score === undefined) unrated.push(item.id);
      else {
        subtotal += score;
        ratedCount++;
      }
    }
    const open = section.items.length - ratedCount;
    sections.push({
      id: section.id,
      title: section.title,
      itemCount: section.items.length,
      ratedCount,
      subtotal,
      min: subtotal + open,
      max: subtotal + 5 * open,
      maxPossible: 5 * section.items.length,
    });
  }
  const min = sections.reduce((s, x) => s + x.min, 0);
  const max = sections.reduce((s, x) => s + x.max, 0);
  const maxPossible = sections.reduce((s, x) => s + x.maxPossible, 0);
  const complete = unrated.length === 0;
  const total: PointsTotal = complete
    ? { complete, value: min, min, max, maxPossible, band: bandFor(scale, min) }
    : { complete, min, max, maxPossible };
  return { scoring: "points", items, sections, unrated, complete, total };
}

function scoreColours(scale: ColourScale, ratings: ReadonlyMap<string, ItemRating>): ScoreResult {
  const items: ScoredItem[] = [];
  const sections: SectionResult[] = [];
  const unrated: string[] = [];
  const colours: ColourCounts = { green: 0, yellow: 0, red: 0, unrated: 0 };
  for (const section of scale.sections) {
    let ratedCount = 0;
    for (const item of section.items) {
      const rating = ratings.get(item.id);
      const colour = rating?.colour;
      items.push({ item, sectionId: section.id, rating, colour });
      if (colour === undefined) {
        unrated.push(item.id);
        colours.unrated++;
      } else {
        colours[colour]++;
        ratedCount++;
      }
    }
    sections.push({
      id: section.id,
      title: section.title,
      itemCount: section.items.length,
      ratedCount,
      subtotal: 0,
      min: 0,
      max: 0,
      maxPossible: 0,
    });
  }
  return { scoring: "colours", items, sections, unrated, complete: unrated.length === 0, colours };
}
