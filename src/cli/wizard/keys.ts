/**
 * The wizard's keys, one table per screen: the menus are built from these, and a test holds the `evaluate`
 * help text and the README to them and refuses two actions on one key (digits and Enter included).
 */
import type { LocalizedText } from "../../core/scale.js";

export interface KeyDef<A extends string> {
  key: string;
  action: A;
  label: LocalizedText;
}

export type ItemAction = "note" | "back" | "skip" | "goto" | "review" | "details" | "quit";

/** At every item, besides Enter and the digits (anchors, colours, elements). */
export const ITEM_KEYS: readonly KeyDef<ItemAction>[] = [
  { key: "n", action: "note", label: { nb: "notat", en: "note" } },
  { key: "b", action: "back", label: { nb: "tilbake", en: "back" } },
  { key: "s", action: "skip", label: { nb: "hopp over", en: "skip" } },
  { key: "g", action: "goto", label: { nb: "gå til punkt", en: "go to item" } },
  { key: "o", action: "review", label: { nb: "oversikt", en: "overview" } },
  /** Data items only: the whole computation, when the screen is too short to show it all. */
  { key: "d", action: "details", label: { nb: "hele beregningen", en: "full computation" } },
  { key: "q", action: "quit", label: { nb: "lagre og avslutt", en: "save and quit" } },
];

/** Digits an item answers with: anchors 1–5 (colours 1–3), element ticks 1–9. */
export const ITEM_DIGITS = ["1", "2", "3", "4", "5", "6", "7", "8", "9"] as const;

export type ReviewAction =
  | "finish"
  | "rateMissing"
  | "back"
  | "open"
  | "rules"
  | "context"
  | "plan"
  | "recommendation"
  | "followUp"
  | "quit";

/**
 * At the review ("rate missing" only while items are unrated, "previous plan" only when there is a previous
 * evaluation whose plan is followed up).
 */
export const REVIEW_KEYS: readonly KeyDef<ReviewAction>[] = [
  { key: "f", action: "finish", label: { nb: "fullfør", en: "finish" } },
  { key: "v", action: "rateMissing", label: { nb: "vurder manglende", en: "rate missing" } },
  /** Back to the item the evaluator came from (only when there is one). */
  { key: "b", action: "back", label: { nb: "tilbake til punktet", en: "back to the item" } },
  { key: "a", action: "open", label: { nb: "åpne punkt", en: "open item" } },
  { key: "t", action: "rules", label: { nb: "telleregler", en: "counting rules" } },
  { key: "k", action: "context", label: { nb: "kontekst", en: "context" } },
  { key: "h", action: "plan", label: { nb: "handlingsplan", en: "action plan" } },
  { key: "r", action: "recommendation", label: { nb: "anbefaling", en: "recommendation" } },
  { key: "p", action: "followUp", label: { nb: "forrige plan", en: "previous plan" } },
  { key: "q", action: "quit", label: { nb: "lagre og avslutt", en: "save and quit" } },
];

export type PlanAction = "edit" | "remove";

/** At each action of the plan (`h` at the review), besides Enter, which accepts it. */
export const PLAN_KEYS: readonly KeyDef<PlanAction>[] = [
  { key: "e", action: "edit", label: { nb: "endre", en: "edit" } },
  { key: "f", action: "remove", label: { nb: "fjern", en: "remove" } },
];

export type PlanEndAction = "add";

/** After the plan's last action, besides Enter, which ends the plan. */
export const PLAN_END_KEYS: readonly KeyDef<PlanEndAction>[] = [
  { key: "n", action: "add", label: { nb: "nytt tiltak", en: "new action" } },
];

/** The key of an action in a table. */
export function keyOf<A extends string>(table: readonly KeyDef<A>[], action: A): KeyDef<A> {
  const found = table.find((k) => k.action === action);
  if (!found) throw new Error(`no key for ${action}`);
  return found;
}
