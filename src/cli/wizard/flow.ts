/**
 * The visit, from the data summary to the finished evaluation: summary → counting rules → items in scale
 * order → review. Each step starts from the saved cursor, so a resumed session goes on where it stopped (and,
 * in the middle of "rate the missing", goes on rating only the missing ones).
 * Ctrl-C surfaces as PromptInterrupted from the prompter; every answer before it is already saved.
 */
import type { Evaluation } from "../../core/evaluation.js";
import { KEYS } from "./keys.messages.js";
import { resumedPass, runItems } from "./navigation.js";
import { itemIds } from "./ratings.js";
import { changeRules, runReview } from "./review.js";
import { REVIEW } from "./review.messages.js";
import { dataSummaryScreen } from "./screens.js";
import { CURSOR, parseItemCursor } from "./session.js";
import type { WizardSession } from "./session-state.js";

export type WizardEnd = "finish" | "quit";

export async function runWizard(session: WizardSession): Promise<WizardEnd> {
  const { prompter, screen } = session.deps;
  const say = REVIEW.in(screen.lang);
  const ids = itemIds(session.evaluation);
  let cursor = session.evaluation.cursor ?? CURSOR.summary;

  if (cursor === CURSOR.summary) {
    session.show(dataSummaryScreen(session.evaluation, session.deps.summary ?? {}, screen));
    const go = await prompter.choose<"go" | "quit">({
      message: say("dataSummary"),
      choices: [],
      hint: say("onToRules"),
      actions: [{ key: "q", label: KEYS.in(screen.lang)("saveAndQuit"), value: "quit" }],
      enter: "go",
    });
    if (go === "quit") return "quit";
    session.moveTo(CURSOR.rules);
    cursor = CURSOR.rules;
  }
  if (cursor === CURSOR.rules) {
    if ((await changeRules(session)) === "quit") return "quit";
    cursor = ids[0] ?? CURSOR.review;
  }
  const at = parseItemCursor(cursor);
  if (at) {
    // The walk the evaluator was on: every item from here, or (after "rate the missing") only the unrated ones.
    const seq = resumedPass(session, at.id, at.pass);
    if (seq.length && (await runItems(session, seq, at.id, at.pass)) === "quit") return "quit";
  }
  return runReview(session);
}

/** The evaluation as finished: status complete, no cursor. */
export function finished(evaluation: Evaluation, now: string): Evaluation {
  const { cursor: _cursor, ...rest } = evaluation;
  return { ...rest, status: "complete", updatedAt: now };
}
