/**
 * After the review, before the report: the follow-up of the previous plan (how far each action got) and the
 * new action plan. Each proposed action is shown; Enter accepts it, `e` edits it field by field, `f` takes it
 * out; `n` adds an action. Every answer is saved at once, like the ratings. An item's recommendation can be
 * written from the review (`r`): it replaces the one the report would build, and becomes that item's action.
 */
import { FOLLOW_UP_STATUSES, type FollowUpStatus, type PlanEntry, previousActionKeys } from "../../core/action-plan.js";
import { parseDate } from "../../core/cells.js";
import type { Evaluation } from "../../core/evaluation.js";
import { formatDate } from "../../core/format.js";
import type { PlannedAction } from "../../core/report/action-plan.js";
import { buildReportModel, plannedActions, statusText } from "../../core/report/build.js";
import type { Lang } from "../../core/scale.js";
import type { MenuChoice } from "../prompts.js";
import { pickItem, refuseIdentifying } from "./items.js";
import { type KeyDef, keyOf, PLAN_END_KEYS, PLAN_KEYS, REVIEW_KEYS } from "./keys.js";
import { paragraph } from "./layout.js";
import { PLAN } from "./plan.messages.js";
import type { WizardSession } from "./session-state.js";
import { WIZARD } from "./wizard.messages.js";

/** One action as a few lines of the screen. */
export function actionLines(a: Omit<PlannedAction, "origin">, lang: Lang, title?: string): string {
  const say = PLAN.in(lang);
  return [
    `${a.itemId ? `${a.itemId}${title ? ` ${title}` : ""}` : say("wholeTeam")}`,
    `  ${say("action")}: ${a.action}`,
    `  ${say("responsible")}: ${a.responsible}`,
    `  ${say("deadline")}: ${formatDate(a.deadline, lang)}`,
    `  ${say("support")}: ${a.support || "–"}`,
    `  ${say("measure")}: ${a.measure || "–"}`,
  ].join("\n");
}

/**
 * The previous plan's actions, one question each: gjennomført / delvis / ikke gjennomført (Enter keeps it).
 * `onlyOpen`: ask only those without a status yet (on finishing).
 */
export async function askFollowUp(session: WizardSession, onlyOpen = false): Promise<void> {
  const { prompter, screen } = session.deps;
  const { lang } = screen;
  const say = PLAN.in(lang);
  const plan = session.evaluation.previousPlan;
  if (!plan || plan.actions.length === 0) return;
  const keys = previousActionKeys(plan.actions);
  for (const [i, action] of plan.actions.entries()) {
    if (onlyOpen && action.status !== undefined) continue;
    session.show(
      [
        say("followUpTitle", { date: formatDate(plan.visitDate, lang), at: i + 1, of: plan.actions.length }),
        "",
        `${keys[i]}: ${action.action}`,
        `  ${say("responsible")}: ${action.responsible}`,
        `  ${say("deadline")}: ${formatDate(action.deadline, lang)}`,
        `  ${say("measuredBy")}: ${action.measure || "–"}`,
      ].join("\n"),
    );
    const choices: MenuChoice<FollowUpStatus>[] = FOLLOW_UP_STATUSES.map((s, n) => ({
      key: String(n + 1),
      label: statusText(s, lang),
      value: s,
    }));
    const status = await prompter.choose<FollowUpStatus | "keep">({
      message: say("howFar"),
      choices,
      ...(action.status ? { default: action.status } : {}),
      enter: "keep",
      hint: action.status ? say("keepStatus", { status: statusText(action.status, lang) }) : say("pickStatus"),
    });
    if (status === "keep") continue;
    session.update((e) => setStatus(e, i, status));
  }
}

function setStatus(e: Evaluation, index: number, status: FollowUpStatus): Evaluation {
  const plan = e.previousPlan;
  if (!plan) return e;
  return {
    ...e,
    previousPlan: { ...plan, actions: plan.actions.map((a, i) => (i === index ? { ...a, status } : a)) },
  };
}

/** The plan as the review lists it: one line per action, then the keys that change it. */
export function planOverview(session: WizardSession): string {
  const { lang, width } = session.deps.screen;
  const say = PLAN.in(lang);
  const plan = plannedActions(session.evaluation, lang);
  // Each action wrapped to the screen with its number hanging, so a long action reads as one block.
  const lines = plan.map((a, i) =>
    paragraph(
      say("overviewLine", {
        who: a.itemId ?? say("team"),
        action: a.action,
        responsible: a.responsible,
        deadline: formatDate(a.deadline, lang),
      }),
      width,
      " ".repeat(`  ${i + 1}. `.length),
      `  ${i + 1}. `,
    ),
  );
  const previous = session.evaluation.previousPlan;
  const open = previous?.actions.filter((a) => a.status === undefined).length ?? 0;
  const h = keyOf(REVIEW_KEYS, "plan").key;
  const p = keyOf(REVIEW_KEYS, "followUp").key;
  const e = keyOf(PLAN_KEYS, "edit").key;
  const f = keyOf(PLAN_KEYS, "remove").key;
  const n = keyOf(PLAN_END_KEYS, "add").key;
  return [
    say("planTitle", { n: plan.length }),
    ...(lines.length ? lines : [say("noActions")]),
    paragraph(say("planKeys", { h, e, f, n }), width, "  "),
    ...(previous?.actions.length
      ? [
          paragraph(
            say("previousPlan", {
              date: formatDate(previous.visitDate, lang),
              done: previous.actions.length - open,
              of: previous.actions.length,
              open,
              key: p,
            }),
            width,
          ),
        ]
      : []),
  ].join("\n");
}

type PlanAnswer = "accept" | "edit" | "remove" | "add" | "done";

const menu = <A extends string>(table: readonly KeyDef<A>[], lang: Lang) =>
  table.map((k) => ({ key: k.key, label: k.label[lang], value: k.action }));

/** The proposed action plan, one row at a time; then actions the evaluator adds. */
export async function askActionPlan(session: WizardSession): Promise<void> {
  const { prompter, screen } = session.deps;
  const { lang } = screen;
  const say = PLAN.in(lang);
  const titleOf = (id?: string) =>
    id
      ? session.evaluation.scale.sections
          .flatMap((s) => s.items as { id: string; title: Record<Lang, string> }[])
          .find((i) => i.id === id)?.title[lang]
      : undefined;
  const proposed = plannedActions(session.evaluation, lang);
  for (const [i, action] of proposed.entries()) {
    session.show(
      [
        say("actionOf", { at: i + 1, of: proposed.length, proposed: action.origin === "proposed" }),
        "",
        actionLines(action, lang, titleOf(action.itemId)),
      ].join("\n"),
    );
    const answer = await prompter.choose<PlanAnswer>({
      message: say("theAction"),
      choices: [],
      actions: menu(PLAN_KEYS, lang),
      enter: "accept",
      hint: say("enterAccepts"),
    });
    if (answer === "edit") {
      const edited = await editAction(session, action);
      session.update((e) => withEntry(e, action, { ...edited, itemId: action.itemId }));
    } else if (answer === "remove") {
      session.update((e) => withEntry(e, action, { itemId: action.itemId, removed: true }));
    } else if (action.itemId && action.origin === "proposed") {
      // Accepted as proposed: recorded (its text still follows the ratings, as the proposal does).
      session.update((e) => withEntry(e, action, { itemId: action.itemId }));
    }
  }
  for (;;) {
    const more = await prompter.choose<PlanAnswer>({
      message: say("thePlan"),
      choices: [],
      actions: menu(PLAN_END_KEYS, lang),
      enter: "done",
      hint: say("enterDone"),
    });
    if (more !== "add") return;
    const forItem = await prompter.confirm({
      message: say("forItem"),
      default: true,
    });
    const itemId = forItem ? await pickItem(session, WIZARD.in(lang)("whichItem")) : undefined;
    const base = blankAction(session, itemId, lang);
    const added = await editAction(session, base);
    session.update((e) => ({
      ...e,
      actionPlan: [...(e.actionPlan ?? []), { ...(itemId ? { itemId } : {}), ...added }],
    }));
  }
}

/** A new action's starting point: the tool's proposal for the item, when it has one. */
function blankAction(session: WizardSession, itemId: string | undefined, lang: Lang): Omit<PlannedAction, "origin"> {
  const probe = plannedActions(
    { ...session.evaluation, actionPlan: [{ ...(itemId ? { itemId } : {}), action: "?" }] },
    lang,
  );
  const found = probe.find((a) => a.origin === "added" && a.itemId === itemId);
  const deadline = found?.deadline ?? session.evaluation.visitDate;
  return {
    itemId,
    action: "",
    responsible: found?.responsible ?? "",
    deadline,
    support: found?.support ?? "",
    measure: found?.measure ?? "",
  };
}

/** The entries with the one for this row replaced (an added row is found by its position among the added). */
function withEntry(e: Evaluation, row: PlannedAction, entry: PlanEntry): Evaluation {
  const entries = [...(e.actionPlan ?? [])];
  const at =
    row.origin === "added"
      ? entries.findIndex((x) => !x.removed && (x.itemId ?? "") === (row.itemId ?? "") && x.action === row.action)
      : entries.findIndex((x) => x.itemId === row.itemId);
  if (at >= 0) entries[at] = entry;
  else entries.push(entry);
  return { ...e, actionPlan: entries };
}

/** Each field asked with the current text as default (Enter keeps it). */
async function editAction(
  session: WizardSession,
  a: Omit<PlannedAction, "origin">,
): Promise<Required<Omit<PlanEntry, "itemId" | "removed">>> {
  const { prompter, screen, participantIds } = session.deps;
  const { lang } = screen;
  const say = PLAN.in(lang);
  const guard = refuseIdentifying(lang, participantIds);
  const ask = (message: string, value: string, required = false) =>
    prompter.text({
      message,
      default: value,
      required,
      requiredMessage: say("writeAction"),
      validate: guard,
    });
  const action = (await ask(say("action"), a.action, true)).trim();
  const responsible = (await ask(say("responsibleRole"), a.responsible)).trim();
  const deadlineText = await prompter.text({
    message: say("deadlineForm"),
    default: formatDate(a.deadline, lang),
    validate: (v) => (parseDate(v.trim()) ? undefined : say("writeDate")),
  });
  const support = (await ask(say("support"), a.support)).trim();
  const measure = (await ask(say("measure"), a.measure)).trim();
  return { action, responsible, deadline: parseDate(deadlineText.trim()) ?? a.deadline, support, measure };
}

/** The review's `r`: write (or change, or remove) an item's recommendation. */
export async function editRecommendation(session: WizardSession): Promise<void> {
  const { prompter, screen, participantIds } = session.deps;
  const { lang } = screen;
  const say = PLAN.in(lang);
  const id = await pickItem(session, say("recommendationFor"));
  const current = session.evaluation.items.find((r) => r.itemId === id)?.recommendation;
  const built = buildReportModel(session.evaluation, { lang }).notes.find((n) => n.id === id);
  session.show([say("recommendationNow", { id }), "", built?.recommendation ?? say("noRecommendation")].join("\n"));
  const text = await prompter.text({
    message: say(current ? "yourRecommendationReplaces" : "yourRecommendation"),
    default: current ?? "",
    validate: refuseIdentifying(lang, participantIds),
  });
  const value = text.trim() || undefined;
  if (value === current) return;
  session.update((e) => {
    const exists = e.items.some((r) => r.itemId === id);
    const items = exists
      ? e.items.map((r) => {
          if (r.itemId !== id) return r;
          const { recommendation: _, ...rest } = r;
          return value ? { ...rest, recommendation: value } : rest;
        })
      : value
        ? [...e.items, { itemId: id, source: "evaluator" as const, recommendation: value }]
        : e.items;
    return { ...e, items };
  });
}
