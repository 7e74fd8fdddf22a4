/**
 * Strengths, improvement priorities and improvement notes (docs/design.md §7.1, §7.4), from the scores, the data's
 * suggestions and the scale's own texts. Worded as guidance: the scale's hints, the team's own numbers.
 */
import type { TeamMetrics } from "../metrics/types.js";
import { LABELS } from "../report/labels.js";
import type { ImprovementNote } from "../report/model.js";
import type { StaffLabel } from "../report/staff.js";
import type { Colour, Lang, PointsItem, ScaleItem } from "../scale.js";
import type { ScoredItem, ScoreResult } from "../scoring.js";
import type { DataSuggestion } from "../suggestion.js";
import { gapText } from "./gap.js";
import { NOTES } from "./notes.messages.js";
import { noteTexts } from "./recommendation.js";

/** Distance from full score: 5 − score, or red 2 / yellow 1 / green 0. Undefined when unrated. */
export function gapOf(scored: ScoredItem): number | undefined {
  if (scored.score !== undefined) return 5 - scored.score;
  if (scored.colour !== undefined) return { green: 0, yellow: 1, red: 2 }[scored.colour];
  return undefined;
}

export function scoreText(scored: ScoredItem, lang: Lang): string {
  if (scored.score !== undefined) return NOTES.in(lang)("scoreOutOfFive", { score: scored.score });
  if (scored.colour !== undefined) return LABELS[lang].colourNames[scored.colour];
  return LABELS[lang].unrated;
}

export function strengths(result: ScoreResult, lang: Lang): string[] {
  return result.items.filter((s) => gapOf(s) === 0).map((s) => `${s.item.id} ${s.item.title[lang]}`);
}

export interface NoteInputs {
  result: ScoreResult;
  suggestions: readonly DataSuggestion[];
  metrics?: TeamMetrics;
  lang: Lang;
  label: StaffLabel;
}

function dataShows(item: ScaleItem, suggestion: DataSuggestion | undefined, lang: Lang): string | undefined {
  if (!item.data || !suggestion) return undefined;
  if (suggestion.missingReason) return suggestion.missingReason[lang];
  return suggestion.computation.map((c) => c[lang]).join(" ");
}

/**
 * An overridden suggestion, said where the data's own wording is ("… gir grønn"), so the note does not seem to
 * contradict its colour: "Dataene foreslo grønn; evaluator satte gul. Begrunnelse: …".
 */
function overrideText(scored: ScoredItem, lang: Lang): string | undefined {
  const r = scored.rating;
  if (r?.source !== "override") return undefined;
  const name = (c: Colour) => LABELS[lang].colourNames[c].toLowerCase();
  const from = r.suggestedColour ? name(r.suggestedColour) : r.suggestedScore;
  const to = r.colour ? name(r.colour) : r.score;
  if (from === undefined || to === undefined) return undefined;
  const reason = r.reason?.trim();
  return NOTES.in(lang)("overridden", { from: String(from), to: String(to), reason });
}

/** For an element item: the elements not in place, named ("Mangler: …"). */
function missingElements(scored: ScoredItem, lang: Lang): string | undefined {
  const ticked = scored.rating?.elements;
  if (scored.item.kind !== "elements" || !ticked) return undefined;
  const missing = ((scored.item as PointsItem).elements ?? []).filter((e) => !ticked.includes(e.id));
  if (missing.length === 0) return undefined;
  return NOTES.in(lang)("notInPlace", { elements: missing.map((e) => e.text[lang]).join("; ") });
}

/**
 * A note for every rated item below full score, in scale order (and for an item at full score whose
 * recommendation the evaluator wrote). The data's gap is left out of an overridden item's note: the evaluator's
 * score and reason decide what it says.
 */
export function improvementNotes({ result, suggestions, metrics, lang, label }: NoteInputs): ImprovementNote[] {
  const byItem = new Map(suggestions.map((s) => [s.itemId, s]));
  const notes: ImprovementNote[] = [];
  for (const scored of result.items) {
    const gap = gapOf(scored);
    if (gap === undefined || (gap === 0 && !scored.rating?.recommendation?.trim())) continue;
    const { item } = scored;
    const suggestion = byItem.get(item.id);
    const overridden = scored.rating?.source === "override";
    const dataGap = overridden ? undefined : gapText(item, suggestion, metrics, lang, label);
    const texts = noteTexts({ scored, suggestion, gap: dataGap, lang, label });
    notes.push({
      id: item.id,
      title: item.title[lang],
      scoreText: scoreText(scored, lang),
      colour: scored.colour,
      fullImplementation: item.fullImplementation[lang],
      dataShows: dataShows(item, suggestion, lang),
      gap: dataGap ?? missingElements(scored, lang),
      override: overrideText(scored, lang),
      advice: item.improvementHint[lang],
      evidence: texts.evidence,
      recommendation: texts.recommendation,
      recommendationByEvaluator: texts.byEvaluator,
      evaluatorNote: scored.rating?.note?.trim() || undefined,
    });
  }
  return notes;
}

/**
 * The 3–5 improvement priorities: the largest gaps first; among equal gaps, items whose data shows a concrete,
 * measurable gap come first (they give the team a number to work towards), then scale order. Items with the
 * largest gaps (2 or more below full, or red) are always taken up to five; smaller gaps only fill up to three.
 */
const LARGE_GAP = 2;

export function priorities(notes: readonly ImprovementNote[], result: ScoreResult): ImprovementNote[] {
  const gapById = new Map(result.items.map((s) => [s.item.id, gapOf(s) ?? 0]));
  const order = new Map(result.items.map((s, i) => [s.item.id, i]));
  const ranked = notes
    .filter((n) => (gapById.get(n.id) ?? 0) > 0)
    .sort(
      (a, b) =>
        (gapById.get(b.id) ?? 0) - (gapById.get(a.id) ?? 0) ||
        Number(Boolean(b.gap)) - Number(Boolean(a.gap)) ||
        (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0),
    );
  const big = ranked.filter((n) => (gapById.get(n.id) ?? 0) >= LARGE_GAP).slice(0, 5);
  if (big.length >= 3) return big;
  return ranked.slice(0, Math.max(big.length, Math.min(3, ranked.length)));
}
