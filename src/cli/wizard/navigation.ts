/**
 * Walking through items: the full pass in scale order, a pass over the items still unrated, or one item
 * reopened from the review. Back and skip move within the pass; "go to" jumps anywhere (and continues in
 * scale order from there). The cursor is saved on every move together with the kind of pass
 * ({@link itemCursor}), so a resumed session starts where it stopped and walks on the same way.
 */

import { askItem } from "./items.js";
import { isRated, itemIds, ratingOf } from "./ratings.js";
import { itemCursor, type Pass } from "./session.js";
import type { WizardSession } from "./session-state.js";

export type PassEnd = "review" | "quit";

/**
 * Ask the items of `sequence`, starting at `start`. Ends at the review when the pass is through (or the
 * evaluator asks for the overview), or with "quit".
 */
export async function runItems(
  session: WizardSession,
  sequence: readonly string[],
  start?: string,
  pass: Pass = "all",
): Promise<PassEnd> {
  let seq = [...sequence];
  let i = Math.max(0, start ? seq.indexOf(start) : 0);
  if (seq.length === 0) return "review";
  for (;;) {
    const id = seq[i];
    if (id === undefined) return "review";
    session.moveTo(itemCursor(id, pass));
    const nav = await askItem(session, id);
    switch (nav.to) {
      case "next":
      case "skip":
        i++;
        if (i >= seq.length) {
          session.cameFrom = { id, sequence: seq, pass };
          return "review";
        }
        break;
      case "back":
        i = Math.max(0, i - 1);
        break;
      case "goto": {
        const all = itemIds(session.evaluation);
        seq = all;
        pass = "all";
        i = all.indexOf(nav.id);
        if (i < 0) i = 0;
        break;
      }
      case "review":
        session.cameFrom = { id, sequence: seq, pass };
        return "review";
      case "quit":
        return "quit";
    }
  }
}

/**
 * The unrated items in the order Enter on the overview walks them: from the first one after the item the
 * evaluator came from, round to the start (scale order when there is no such item).
 */
export function missingFrom(all: readonly string[], missing: readonly string[], after?: string): string[] {
  const k = after === undefined ? -1 : all.indexOf(after);
  const later = missing.filter((id) => all.indexOf(id) > k);
  return [...later, ...missing.filter((id) => !later.includes(id))];
}

export function unratedIds(session: WizardSession): string[] {
  const e = session.evaluation;
  return itemIds(e).filter((id) => !isRated(ratingOf(e, id)));
}

/**
 * The walk a saved item cursor stands for, from its item on: the full pass, the items still unrated from
 * there on in scale order (the item itself first, rated or not), or the one item reopened from the review.
 */
export function resumedPass(session: WizardSession, id: string, pass: Pass): string[] {
  const all = itemIds(session.evaluation);
  if (!all.includes(id)) return [];
  if (pass === "one") return [id];
  if (pass === "all") return all;
  const from = all.indexOf(id);
  const missing = new Set(unratedIds(session));
  return all.filter((x, k) => x === id || (k > from && missing.has(x)));
}
