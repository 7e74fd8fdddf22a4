/**
 * Walking through items: the full pass in scale order, a pass over the items still unrated, or one item
 * reopened from the review. Back and skip move within the pass; "go to" jumps anywhere (and continues in
 * scale order from there). The cursor is saved on every move, so a resumed session starts where it stopped.
 */

import { askItem } from "./items.js";
import { isRated, itemIds, ratingOf } from "./ratings.js";
import type { WizardSession } from "./session-state.js";

export type PassEnd = "review" | "quit";

/**
 * Ask the items of `sequence`, starting at `start`. Ends at the review when the pass is through (or the
 * evaluator asks for the overview), or with "quit".
 */
export async function runItems(session: WizardSession, sequence: readonly string[], start?: string): Promise<PassEnd> {
  let seq = [...sequence];
  let i = Math.max(0, start ? seq.indexOf(start) : 0);
  if (seq.length === 0) return "review";
  for (;;) {
    const id = seq[i];
    if (id === undefined) return "review";
    session.moveTo(id);
    const nav = await askItem(session, id);
    switch (nav.to) {
      case "next":
      case "skip":
        i++;
        if (i >= seq.length) return "review";
        break;
      case "back":
        i = Math.max(0, i - 1);
        break;
      case "goto": {
        const all = itemIds(session.evaluation);
        seq = all;
        i = all.indexOf(nav.id);
        if (i < 0) i = 0;
        break;
      }
      case "review":
        return "review";
      case "quit":
        return "quit";
    }
  }
}

export function unratedIds(session: WizardSession): string[] {
  const e = session.evaluation;
  return itemIds(e).filter((id) => !isRated(ratingOf(e, id)));
}
