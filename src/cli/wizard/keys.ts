/**
 * The wizard's keys, one table per screen: the menus are built from these, and a test holds the `evaluate`
 * help text and the README to them and refuses two actions on one key (digits and Enter included).
 */
import type { Text } from "../../core/i18n.js";
import { KEYS } from "./keys.messages.js";

export interface KeyDef<A extends string> {
  key: string;
  action: A;
  label: Text;
}

export type ItemAction = "note" | "back" | "skip" | "goto" | "review" | "details" | "quit";

/** At every item, besides Enter and the digits (anchors, colours, elements). */
export const ITEM_KEYS: readonly KeyDef<ItemAction>[] = [
  { key: "n", action: "note", label: KEYS.text("note") },
  { key: "b", action: "back", label: KEYS.text("back") },
  { key: "s", action: "skip", label: KEYS.text("skip") },
  { key: "g", action: "goto", label: KEYS.text("goto") },
  { key: "o", action: "review", label: KEYS.text("overview") },
  /** Data items only: the whole computation, when the screen is too short to show it all. */
  { key: "d", action: "details", label: KEYS.text("details") },
  { key: "q", action: "quit", label: KEYS.text("saveAndQuit") },
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
  { key: "f", action: "finish", label: KEYS.text("finish") },
  { key: "v", action: "rateMissing", label: KEYS.text("rateMissing") },
  /** Back to the item the evaluator came from (only when there is one). */
  { key: "b", action: "back", label: KEYS.text("backToItem") },
  { key: "a", action: "open", label: KEYS.text("openItem") },
  { key: "t", action: "rules", label: KEYS.text("countingRules") },
  { key: "k", action: "context", label: KEYS.text("context") },
  { key: "h", action: "plan", label: KEYS.text("actionPlan") },
  { key: "r", action: "recommendation", label: KEYS.text("recommendation") },
  { key: "p", action: "followUp", label: KEYS.text("previousPlan") },
  { key: "q", action: "quit", label: KEYS.text("saveAndQuit") },
];

export type PlanAction = "edit" | "remove";

/** At each action of the plan (`h` at the review), besides Enter, which accepts it. */
export const PLAN_KEYS: readonly KeyDef<PlanAction>[] = [
  { key: "e", action: "edit", label: KEYS.text("edit") },
  { key: "f", action: "remove", label: KEYS.text("remove") },
];

export type PlanEndAction = "add";

/** After the plan's last action, besides Enter, which ends the plan. */
export const PLAN_END_KEYS: readonly KeyDef<PlanEndAction>[] = [
  { key: "n", action: "add", label: KEYS.text("newAction") },
];

/** The key of an action in a table. */
export function keyOf<A extends string>(table: readonly KeyDef<A>[], action: A): KeyDef<A> {
  const found = table.find((k) => k.action === action);
  if (!found) throw new Error(`no key for ${action}`);
  return found;
}
