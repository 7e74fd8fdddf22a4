/**
 * What the data says about one data-scored item (docs/design.md §5.5): a suggested score or colour with the
 * computation behind it, or the reason the data cannot score it (the item then goes to the evaluator).
 */
import type { Colour, LocalizedText, MetricId } from "./scale.js";

export interface SpecialistSuggestion {
  /** Specialist name as in the data; the report shows JS1…JSn unless names are asked for. */
  specialist: string;
  value: number;
  score?: number;
  colour?: Colour;
}

export interface DataSuggestion {
  itemId: string;
  metric: MetricId;
  /** Suggested score (points scale), absent when the data cannot score the item. */
  score?: number;
  /** Suggested colour (colour scale), absent when the data cannot score the item. */
  colour?: Colour;
  /** The team value the suggestion rests on (a mean of specialist values for per-specialist items). */
  value?: number;
  perSpecialist?: SpecialistSuggestion[];
  /** How the suggestion was reached, one line each: numbers, denominator, window, rule. */
  computation: LocalizedText[];
  /** Set when the data cannot score the item: why. */
  missingReason?: LocalizedText;
}
