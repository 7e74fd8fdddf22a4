/**
 * The review (docs/design.md §6): every item with its score or colour and where it came from, the total and band
 * (or the colour counts), the items still unrated. Any item can be reopened; the counting rules and the
 * context note can be changed; finishing asks again when items are unrated (the report is then provisional).
 */
import { identifyingTextsIn } from "../../core/answers.js";
import { usedMetrics } from "../../core/metrics/registry/index.js";
import type { Lang } from "../../core/scale.js";
import type { DataSuggestion } from "../../core/suggestion.js";
import type { MenuChoice } from "../prompts.js";
import { askCountingRules } from "./counting-rules.js";
import { pickItem, refuseIdentifying } from "./items.js";
import { REVIEW_KEYS, type ReviewAction } from "./keys.js";
import { missingFrom, runItems, unratedIds } from "./navigation.js";
import { askActionPlan, askFollowUp, editRecommendation, planOverview } from "./plan.js";
import { applySuggestions, itemIds, suggestedMark } from "./ratings.js";
import { reviewScreen } from "./screens.js";
import { CURSOR } from "./session.js";
import type { WizardSession } from "./session-state.js";
import { COLOUR_WORD, tr } from "./style.js";
import { WIZARD } from "./wizard.messages.js";

export async function runReview(session: WizardSession): Promise<"finish" | "quit"> {
  const { prompter, screen } = session.deps;
  const t = tr(screen.lang);
  for (;;) {
    session.moveTo(CURSOR.review);
    prompter.show(`${reviewScreen(session.evaluation, screen, session.takeNotice())}\n\n${planOverview(session)}`);
    // Enter never rates anything: with items unrated it opens the next of them (after the item the evaluator
    // came from), whose suggestion is then on screen to accept or not.
    const missing = missingFrom(itemIds(session.evaluation), unratedIds(session), session.cameFrom?.id);
    const back = session.cameFrom;
    const say = WIZARD.in(screen.lang);
    const hasPrevious = (session.evaluation.previousPlan?.actions.length ?? 0) > 0;
    const actions: MenuChoice<ReviewAction>[] = REVIEW_KEYS.filter(
      (k) =>
        (k.action !== "rateMissing" || missing.length > 0) &&
        (k.action !== "back" || back !== undefined) &&
        (k.action !== "followUp" || hasPrevious),
    ).map((k) => ({
      key: k.key,
      label: k.action === "back" && back ? say("backTo", { id: back.id }) : k.label[screen.lang],
      value: k.action,
    }));
    const enter: ReviewAction = missing.length ? "rateMissing" : "finish";
    const answer = await prompter.choose<ReviewAction>({
      message: t("Gjennomgang", "Review"),
      choices: [],
      hint: missing[0]
        ? say("reviewEnterNext", { n: missing.length, id: missing[0] })
        : t("Enter: fullfør og skriv rapport", "Enter: finish and write the report"),
      actions,
      enter,
    });
    switch (answer) {
      case "finish": {
        // Text saved before it was checked (an older session, or one resumed without the team's data) must not
        // reach the report: the items are named, the text is not shown.
        const identifying = identifyingTextsIn(session.evaluation, session.deps.participantIds);
        if (identifying.length) {
          const where = [...new Set(identifying.map((f) => f.itemId ?? t("kontekst", "context")))].join(", ");
          session.notice = t(
            `Kan ikke fullføre: teksten i ${where} identifiserer en deltaker (vises ikke). Åpne punktet (a) eller konteksten (k) og rett den.`,
            `Cannot finish: the text in ${where} identifies a participant (not shown). Open the item (a) or the context (k) and correct it.`,
          );
          break;
        }
        if (missing.length === 0) return planThenFinish(session);
        const n = missing.length;
        const sure = await prompter.confirm({
          message: t(
            `${n} ${n === 1 ? "punkt er" : "punkter er"} ikke vurdert (${missing.join(", ")}). Fullføre likevel? Rapporten blir merket foreløpig.`,
            `${n} ${n === 1 ? "item is" : "items are"} unrated (${missing.join(", ")}). Finish anyway? The report will be marked provisional.`,
          ),
          default: false,
        });
        if (sure) return planThenFinish(session);
        break;
      }
      case "recommendation":
        await editRecommendation(session);
        break;
      case "plan":
        await askActionPlan(session);
        break;
      case "followUp":
        await askFollowUp(session);
        break;
      case "rateMissing":
        if ((await runItems(session, missing, undefined, "missing")) === "quit") return "quit";
        break;
      case "back":
        if (back && (await runItems(session, back.sequence, back.id, back.pass)) === "quit") return "quit";
        break;
      case "open": {
        const id = await pickItem(
          session,
          t("Hvilket punkt? (skriv id eller ord)", "Which item? (type an id or a word)"),
        );
        if ((await runItems(session, [id], undefined, "one")) === "quit") return "quit";
        break;
      }
      case "rules":
        if ((await changeRules(session)) === "quit") return "quit";
        break;
      case "context": {
        const context = await prompter.text({
          message: t(
            "Forhold utenfor teamets kontroll (dokumentasjonskrav, møter, arbeidsmarked); tomt fjerner",
            "Conditions outside the team's control (documentation load, meetings, labour market); empty removes",
          ),
          default: session.evaluation.context,
          validate: refuseIdentifying(screen.lang, session.deps.participantIds),
        });
        session.update((e) => ({ ...e, context: context.trim() || undefined }));
        break;
      }
      case "quit":
        return "quit";
    }
  }
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
  const t = tr(lang);
  const word = (s: DataSuggestion | undefined) => {
    const m = suggestedMark(s);
    return m ? ("score" in m ? String(m.score) : COLOUR_WORD[lang][m.colour]) : "–";
  };
  const changed = after.flatMap((s) => {
    const b = before.find((x) => x.itemId === s.itemId);
    return word(b) === word(s) ? [] : [`${s.itemId} ${word(b)} → ${word(s)}`];
  });
  return changed.length
    ? t(
        `Tellereglene er endret. Nye dataforslag: ${changed.join(", ")}.`,
        `The counting rules changed. New data suggestions: ${changed.join(", ")}.`,
      )
    : t(
        "Tellereglene er endret; ingen dataforslag ble endret.",
        "The counting rules changed; no data suggestion changed.",
      );
}
