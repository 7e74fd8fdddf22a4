/**
 * The review (docs/design.md §6): every item with its score or colour and where it came from, the total and band
 * (or the colour counts), the items still unrated. Any item can be reopened; the counting rules and the
 * context note can be changed; finishing asks again when items are unrated (the report is then provisional).
 */
import { identifyingTextsIn } from "../../core/answers.js";
import { usedMetrics } from "../../core/metrics/registry/index.js";
import type { Lang } from "../../core/scale.js";
import type { DataSuggestion } from "../../core/suggestion.js";
import type { MenuChoice, MenuQuestion } from "../prompts.js";
import { askCountingRules } from "./counting-rules.js";
import { pickItem, refuseIdentifying } from "./items.js";
import { REVIEW_KEYS, type ReviewAction } from "./keys.js";
import { missingFrom, runItems, unratedIds } from "./navigation.js";
import { askActionPlan, askFollowUp, editRecommendation, planOverview } from "./plan.js";
import { applySuggestions, itemIds, suggestedMark } from "./ratings.js";
import { REVIEW } from "./review.messages.js";
import { reviewScreen } from "./screens.js";
import { CURSOR } from "./session.js";
import type { WizardSession } from "./session-state.js";
import { COLOUR_WORD } from "./style.js";
import { WIZARD } from "./wizard.messages.js";

export async function runReview(session: WizardSession): Promise<"finish" | "quit"> {
  const { prompter, screen } = session.deps;
  for (;;) {
    session.moveTo(CURSOR.review);
    prompter.show(`${reviewScreen(session.evaluation, screen, session.takeNotice())}\n\n${planOverview(session)}`);
    // Enter never rates anything: with items unrated it opens the next of them (after the item the evaluator
    // came from), whose suggestion is then on screen to accept or not.
    const missing = missingFrom(itemIds(session.evaluation), unratedIds(session), session.cameFrom?.id);
    const answer = await prompter.choose<ReviewAction>(reviewMenu(session, missing));
    const end = await onReviewAnswer(session, answer, missing);
    if (end) return end;
  }
}

/** The review's keys: "rate missing" only while items are unrated, "back" only with an item to go back to. */
function reviewMenu(session: WizardSession, missing: string[]): MenuQuestion<ReviewAction> {
  const { lang } = session.deps.screen;
  const say = WIZARD.in(lang);
  const back = session.cameFrom;
  const hasPrevious = (session.evaluation.previousPlan?.actions.length ?? 0) > 0;
  const actions: MenuChoice<ReviewAction>[] = REVIEW_KEYS.filter(
    (k) =>
      (k.action !== "rateMissing" || missing.length > 0) &&
      (k.action !== "back" || back !== undefined) &&
      (k.action !== "followUp" || hasPrevious),
  ).map((k) => ({
    key: k.key,
    label: k.action === "back" && back ? say("backTo", { id: back.id }) : k.label[lang],
    value: k.action,
  }));
  return {
    message: REVIEW.in(lang)("review"),
    choices: [],
    hint: missing[0] ? say("reviewEnterNext", { n: missing.length, id: missing[0] }) : REVIEW.in(lang)("enterFinish"),
    actions,
    enter: missing.length ? "rateMissing" : "finish",
  };
}

/** Do what the evaluator chose at the review; the end of the wizard when it ends here, else undefined. */
async function onReviewAnswer(
  session: WizardSession,
  answer: ReviewAction,
  missing: string[],
): Promise<"finish" | "quit" | undefined> {
  const back = session.cameFrom;
  switch (answer) {
    case "finish":
      return tryFinish(session, missing);
    case "recommendation":
      await editRecommendation(session);
      return undefined;
    case "plan":
      await askActionPlan(session);
      return undefined;
    case "followUp":
      await askFollowUp(session);
      return undefined;
    case "rateMissing":
      return (await runItems(session, missing, undefined, "missing")) === "quit" ? "quit" : undefined;
    case "back":
      return back && (await runItems(session, back.sequence, back.id, back.pass)) === "quit" ? "quit" : undefined;
    case "open": {
      const id = await pickItem(session, WIZARD.in(session.deps.screen.lang)("whichItem"));
      return (await runItems(session, [id], undefined, "one")) === "quit" ? "quit" : undefined;
    }
    case "rules":
      return (await changeRules(session)) === "quit" ? "quit" : undefined;
    case "context":
      await askContext(session);
      return undefined;
    case "quit":
      return "quit";
  }
}

/**
 * Finish, unless free text identifies a participant (the review then says where) or, with items unrated, the
 * evaluator does not confirm.
 */
async function tryFinish(session: WizardSession, missing: string[]): Promise<"finish" | undefined> {
  const say = REVIEW.in(session.deps.screen.lang);
  // Text saved before it was checked (an older session, or one resumed without the team's data) must not
  // reach the report: the items are named, the text is not shown.
  const identifying = identifyingTextsIn(session.evaluation, session.deps.participantIds);
  if (identifying.length) {
    const where = [...new Set(identifying.map((f) => f.itemId ?? say("context")))].join(", ");
    session.notice = say("identifying", { where });
    return undefined;
  }
  if (missing.length === 0) return planThenFinish(session);
  const sure = await session.deps.prompter.confirm({
    message: say("finishUnrated", { n: missing.length, ids: missing.join(", ") }),
    default: false,
  });
  return sure ? planThenFinish(session) : undefined;
}

/** The review's `k`: the conditions outside the team's control (empty removes them). */
async function askContext(session: WizardSession): Promise<void> {
  const { prompter, screen, participantIds } = session.deps;
  const context = await prompter.text({
    message: REVIEW.in(screen.lang)("contextPrompt"),
    default: session.evaluation.context,
    validate: refuseIdentifying(screen.lang, participantIds),
  });
  session.update((e) => ({ ...e, context: context.trim() || undefined }));
}

/**
 * Before the report: how far each action of the previous plan got, when not said yet. The new plan is listed on
 * the review screen: finishing accepts it as it stands (`h` goes through it: Enter accepts, `e` edits).
 */
async function planThenFinish(session: WizardSession): Promise<"finish"> {
  if (session.evaluation.previousPlan?.actions.some((a) => a.status === undefined)) await askFollowUp(session, true);
  return "finish";
}

/** Show the counting rules; when changed, recompute the data and carry the ratings over. */
export async function changeRules(session: WizardSession): Promise<"ok" | "quit"> {
  const { prompter, screen, recompute } = session.deps;
  const before = session.evaluation.countingRules;
  const used = usedMetrics(session.evaluation.scale);
  const rules = await askCountingRules(before, prompter, screen, recompute !== undefined, used);
  if (rules === "quit") return "quit";
  if (recompute && JSON.stringify(rules) !== JSON.stringify(before)) {
    const old = session.evaluation.suggestions;
    const fresh = recompute(rules);
    session.update((e, now) => ({
      ...applySuggestions(e, fresh.suggestions, now),
      countingRules: fresh.countingRules,
      metrics: fresh.metrics,
    }));
    session.notice = suggestionChanges(old, fresh.suggestions, screen.lang);
  }
  return "ok";
}

/** "Tellereglene er endret. Nye dataforslag: T6 4 → 5." */
export function suggestionChanges(before: DataSuggestion[], after: DataSuggestion[], lang: Lang): string {
  const say = REVIEW.in(lang);
  const word = (s: DataSuggestion | undefined) => {
    const m = suggestedMark(s);
    return m ? ("score" in m ? String(m.score) : COLOUR_WORD[lang][m.colour]) : "–";
  };
  const changed = after.flatMap((s) => {
    const b = before.find((x) => x.itemId === s.itemId);
    return word(b) === word(s) ? [] : [`${s.itemId} ${word(b)} → ${word(s)}`];
  });
  return changed.length ? say("rulesChanged", { changes: changed.join(", ") }) : say("rulesChangedNoSuggestion");
}
