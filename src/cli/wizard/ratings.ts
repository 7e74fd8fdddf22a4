/**
 * What an answer does to the evaluation (docs/design.md §5.5): pure functions from an evaluation and an answer to
 * the next evaluation. The wizard saves the result after every one of them.
 *
 * - Accepting a data suggestion: source `data`, the suggestion kept as `suggestedScore`/`suggestedColour`.
 * - Another score/colour than the suggestion: source `override`, a reason is required.
 * - Items without a suggestion: source `evaluator`; element items score from the ticked elements.
 * - A note can sit on any item, rated or not (an unrated item with a note stays unrated).
 */
import type { Evaluation } from "../../core/evaluation.js";
import type { Colour, PointsItem, ScaleItem } from "../../core/scale.js";
import { allItems, findItem } from "../../core/scale.js";
import type { ItemRating } from "../../core/scoring.js";
import { scoreFromElements } from "../../core/scoring.js";
import type { DataSuggestion } from "../../core/suggestion.js";

/** A score (points scale) or a colour (colour scale). */
export type Mark = { score: number } | { colour: Colour };

export function itemIds(evaluation: Evaluation): string[] {
  return allItems(evaluation.scale).map((i) => i.id);
}

export function itemById(evaluation: Evaluation, id: string): ScaleItem {
  const item = findItem(evaluation.scale, id);
  if (!item) throw new Error(`no item ${id} in ${evaluation.scale.id}`);
  return item;
}

export function ratingOf(evaluation: Evaluation, id: string): ItemRating | undefined {
  return evaluation.items.find((r) => r.itemId === id);
}

/** A suggestion that actually suggests something (not only a reason why the data cannot). */
export function suggestionOf(evaluation: Evaluation, id: string): DataSuggestion | undefined {
  const s = evaluation.suggestions.find((x) => x.itemId === id);
  return s && (s.score !== undefined || s.colour !== undefined) ? s : undefined;
}

/** The data's word on an item, also when it cannot suggest (then `missingReason` says why). */
export function dataOf(evaluation: Evaluation, id: string): DataSuggestion | undefined {
  return evaluation.suggestions.find((x) => x.itemId === id);
}

export function isRated(r: ItemRating | undefined): boolean {
  return r !== undefined && (r.score !== undefined || r.colour !== undefined);
}

export function markOf(r: ItemRating | undefined): Mark | undefined {
  if (r?.score !== undefined) return { score: r.score };
  if (r?.colour !== undefined) return { colour: r.colour };
  return undefined;
}

export function suggestedMark(s: DataSuggestion | undefined): Mark | undefined {
  if (s?.score !== undefined) return { score: s.score };
  if (s?.colour !== undefined) return { colour: s.colour };
  return undefined;
}

export function sameMark(a: Mark | undefined, b: Mark | undefined): boolean {
  if (!a || !b) return false;
  return "score" in a ? "score" in b && a.score === b.score : "colour" in b && a.colour === b.colour;
}

/** Replace (or add) one item's rating, keeping the scale order in `items`. */
function withRating(evaluation: Evaluation, rating: ItemRating | undefined, id: string, now: string): Evaluation {
  const order = itemIds(evaluation);
  const others = evaluation.items.filter((r) => r.itemId !== id);
  const items = rating ? [...others, rating] : others;
  items.sort((a, b) => order.indexOf(a.itemId) - order.indexOf(b.itemId));
  return { ...evaluation, items, updatedAt: now };
}

function clean(r: ItemRating): ItemRating {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(r)) if (v !== undefined && v !== "") out[k] = v;
  return out as unknown as ItemRating;
}

function suggestionFields(s: DataSuggestion | undefined): Pick<ItemRating, "suggestedScore" | "suggestedColour"> {
  return { suggestedScore: s?.score, suggestedColour: s?.colour };
}

/** Rate an item with a score or colour. Differing from the data's suggestion needs a reason. */
export function rate(evaluation: Evaluation, id: string, mark: Mark, now: string, reason?: string): Evaluation {
  const suggestion = suggestionOf(evaluation, id);
  const previous = ratingOf(evaluation, id);
  const suggested = suggestedMark(suggestion);
  const override = suggested !== undefined && !sameMark(mark, suggested);
  if (override && !reason?.trim()) throw new Error(`${id}: overriding the data's suggestion needs a reason`);
  const rating: ItemRating = clean({
    itemId: id,
    ...("score" in mark ? { score: mark.score } : { colour: mark.colour }),
    source: suggested ? (override ? "override" : "data") : "evaluator",
    ...suggestionFields(suggestion),
    reason: override ? reason?.trim() : undefined,
    note: previous?.note,
    ratedAt: now,
  });
  return withRating(evaluation, rating, id, now);
}

/** Rate an element item by the elements ticked; the score follows from their count. */
export function rateElements(evaluation: Evaluation, id: string, ticked: readonly string[], now: string): Evaluation {
  const item = itemById(evaluation, id) as PointsItem;
  const order = (item.elements ?? []).map((e) => e.id);
  const elements = order.filter((e) => ticked.includes(e));
  const score = scoreFromElements(item, elements);
  const previous = ratingOf(evaluation, id);
  const rating = clean({ itemId: id, score, source: "evaluator", elements, note: previous?.note, ratedAt: now });
  return withRating(evaluation, rating, id, now);
}

/** Set (or clear, with "") the note on an item. */
export function setNote(evaluation: Evaluation, id: string, note: string, now: string): Evaluation {
  const previous = ratingOf(evaluation, id);
  const trimmed = note.trim();
  if (!previous && !trimmed) return evaluation;
  const rating = clean({ ...(previous ?? { itemId: id, source: "evaluator" as const }), note: trimmed || undefined });
  const keep = isRated(rating) || rating.note !== undefined;
  return withRating(evaluation, keep ? rating : undefined, id, now);
}

/**
 * New suggestions (after the counting rules changed): accepted suggestions follow the data, overrides keep
 * their score and reason with the new suggestion beside them (an override the data now agrees with becomes
 * an accepted suggestion), and an accepted suggestion the data no longer makes becomes unrated.
 */
export function applySuggestions(evaluation: Evaluation, suggestions: DataSuggestion[], now: string): Evaluation {
  let next: Evaluation = { ...evaluation, suggestions, updatedAt: now };
  for (const r of evaluation.items) {
    if (r.source === "evaluator") continue;
    const s = suggestionOf(next, r.itemId);
    const suggested = suggestedMark(s);
    const base = { ...r, ...suggestionFields(s) };
    let rating: ItemRating | undefined;
    if (r.source === "data")
      rating = suggested
        ? clean({ ...base, score: s?.score, colour: s?.colour })
        : r.note
          ? clean({ itemId: r.itemId, source: "evaluator", note: r.note })
          : undefined;
    else if (!suggested) rating = clean({ ...base, source: "evaluator", reason: undefined });
    else if (sameMark(markOf(r), suggested)) rating = clean({ ...base, source: "data", reason: undefined });
    else rating = clean(base);
    next = withRating(next, rating, r.itemId, now);
  }
  return next;
}
