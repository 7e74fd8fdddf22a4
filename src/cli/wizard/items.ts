/**
 * One item on screen and its answer (docs/design.md §5.5). Keys, the same on every item:
 *   Enter  accept the highlighted score: the data's suggestion, or the score already given
 *   1–5    pick that anchor at once (colour scale: 1 green, 2 yellow, 3 red); another score than the
 *          data's suggestion asks for a reason
 *   1–9 / Space, Enter   element items: tick elements, Enter confirms; the score follows from the count
 *   n note · b back · s skip for later · g go to item · o overview (review) · q save and quit
 * Elements ticked but not yet confirmed stay with their item when a key leaves the checklist (a note, back,
 * go to …): the checklist shows them again when it comes back to that item.
 */
import { identifyingKind } from "../../core/answers.js";
import type { ParticipantIds } from "../../core/participant-ids.js";
import type { Colour, Lang, PointsItem } from "../../core/scale.js";
import type { ChecklistAnswer, MenuChoice } from "../prompts.js";
import { ITEMS } from "./items.messages.js";
import { ITEM_KEYS, type ItemAction } from "./keys.js";
import {
  itemById,
  itemIds,
  type Mark,
  markOf,
  rate,
  rateElements,
  ratingOf,
  sameMark,
  setNote,
  suggestedMark,
  suggestionOf,
} from "./ratings.js";
import { anchorTexts, itemScreenFolded, sourceWord } from "./screens.js";
import type { WizardSession } from "./session-state.js";
import { COLOUR_ORDER, COLOUR_WORD } from "./style.js";

export type Nav =
  | { to: "next" }
  | { to: "back" }
  | { to: "skip" }
  | { to: "goto"; id: string }
  | { to: "review" }
  | { to: "quit" };

type Action = ItemAction;
type Answer = { mark: Mark } | { action: Action };

/** The item keys; `d` (the whole computation) only where a computation is folded away. */
function actionChoices(lang: "nb" | "en", folded = false): MenuChoice<{ action: Action }>[] {
  return ITEM_KEYS.filter((k) => k.action !== "details" || folded).map((k) => ({
    key: k.key,
    label: k.label[lang],
    value: { action: k.action },
  }));
}

/**
 * A text prompt's validate for free text that reaches the report (notes, reasons, the context): a national
 * identity number, or one of the team's participant ids, is refused (docs/design.md §4 "Personal data"); the
 * message never repeats it, and the prompt asks again.
 */
export function refuseIdentifying(lang: Lang, participantIds?: ParticipantIds): (value: string) => string | undefined {
  const say = ITEMS.in(lang);
  return (value) => {
    const kind = identifyingKind(value, participantIds);
    if (kind === "nationalId") return say("nationalId");
    if (kind === "participantId") return say("participantId");
    return undefined;
  };
}

/** Ask one item until it is answered or the evaluator navigates away. */
export async function askItem(session: WizardSession, id: string): Promise<Nav> {
  const { prompter, screen } = session.deps;
  const say = ITEMS.in(screen.lang);
  for (;;) {
    const { text, folded } = itemScreenFolded(session.evaluation, id, screen, session.unfolded.has(id));
    session.show(text);
    const item = itemById(session.evaluation, id);
    const action = item.kind === "elements" ? await askElements(session, id) : await askMark(session, id, folded);
    if (action === "answered") return { to: "next" };
    if (action === "again") continue;
    if (action === "details") {
      session.unfolded.add(id);
      continue;
    }
    if (action === "note") {
      const note = await prompter.text({
        message: say("noteOn", { id }),
        default: ratingOf(session.evaluation, id)?.note,
        validate: refuseIdentifying(screen.lang, session.deps.participantIds),
      });
      session.update((e, now) => setNote(e, id, note, now));
      continue;
    }
    if (action === "goto") {
      const target = await pickItem(session, say("goTo"), id);
      return { to: "goto", id: target };
    }
    return { to: action };
  }
}

async function askMark(session: WizardSession, id: string, folded = false): Promise<"answered" | "again" | Action> {
  const { prompter, screen } = session.deps;
  const { lang } = screen;
  const say = ITEMS.in(lang);
  const e = session.evaluation;
  const item = itemById(e, id);
  const suggestion = suggestionOf(e, id);
  const suggested = suggestedMark(suggestion);
  const current = markOf(ratingOf(e, id));
  const colours = e.scale.scoring === "colours";
  const markFor = (key: string): Mark =>
    colours ? { colour: COLOUR_ORDER[Number(key) - 1] as Colour } : { score: Number(key) };
  const choices: MenuChoice<Answer>[] = anchorTexts(e.scale, item, lang).map((a) => {
    const mark = markFor(a.key);
    const tags = [
      sameMark(mark, suggested) ? `◆ ${say("suggested")}` : "",
      sameMark(mark, current) ? `● ${say("now")}` : "",
    ].filter(Boolean);
    return { key: a.key, label: a.label, value: { mark }, ...(tags.length ? { tag: tags.join(" ") } : {}) };
  });
  const highlighted = current ?? suggested;
  const hint = say(current ? "enterKeeps" : suggested ? "enterAccepts" : colours ? "pressColour" : "pressScore");
  const defaultChoice = highlighted
    ? choices.find((c) => "mark" in c.value && sameMark(c.value.mark, highlighted))
    : undefined;
  const answer = await prompter.choose<Answer>({
    message: say(colours ? "colourOf" : "scoreOf", { id }),
    choices,
    actions: actionChoices(lang, folded),
    hint,
    ...(defaultChoice ? { default: defaultChoice.value } : {}),
  });
  if ("action" in answer) return answer.action;
  const mark = answer.mark;
  if (current && sameMark(mark, current)) return "answered";
  let reason: string | undefined;
  if (suggested && !sameMark(mark, suggested)) {
    const previous = ratingOf(e, id);
    const sug = "score" in suggested ? String(suggested.score) : COLOUR_WORD[lang][suggested.colour];
    reason = await prompter.text({
      message: say("reason", { suggested: sug }),
      default: previous?.source === "override" ? previous.reason : undefined,
      required: true,
      requiredMessage: say("reasonRequired"),
      validate: refuseIdentifying(lang, session.deps.participantIds),
    });
    if (reason === "-") return "again";
  }
  session.update((ev, now) => rate(ev, id, mark, now, reason));
  return "answered";
}

async function askElements(session: WizardSession, id: string): Promise<"answered" | Action> {
  const { prompter, screen } = session.deps;
  const { lang } = screen;
  const say = ITEMS.in(lang);
  const item = itemById(session.evaluation, id) as PointsItem;
  const elements = item.elements ?? [];
  const previous = ratingOf(session.evaluation, id);
  const draft = session.drafts.get(id);
  const answer: ChecklistAnswer<Action> = await prompter.checklist<Action>({
    message: say("whichElements", { id, n: elements.length }),
    items: elements.map((el) => ({ id: el.id, label: el.text[lang] })),
    checked: draft ?? previous?.elements ?? [],
    actions: actionChoices(lang).map((a) => ({ ...a, value: a.value.action })),
    summary: (checked) => {
      const n = checked.length;
      const score = item.scoreByCount?.[n];
      return say("ticked", { n, of: elements.length, score: score ?? "–" });
    },
  });
  if ("action" in answer) {
    // Ticks given before a note (or any key that leaves the checklist) are still there when it comes back.
    session.drafts.set(id, [...answer.checked]);
    return answer.action;
  }
  session.drafts.delete(id);
  const same =
    previous?.score !== undefined &&
    previous.elements !== undefined &&
    previous.elements.length === answer.checked.length &&
    previous.elements.every((x) => answer.checked.includes(x));
  if (same) return "answered";
  if (answer.checked.length === 0 && previous?.score === undefined) {
    const score = item.scoreByCount?.[0];
    const sure = await prompter.confirm({
      message: say("noneTicked", { id, score: score ?? "–" }),
      default: true,
    });
    if (!sure) return askElements(session, id);
  }
  session.update((e, now) => rateElements(e, id, answer.checked, now));
  return "answered";
}

/** Choose an item from a searchable list showing each item's status. */
export async function pickItem(session: WizardSession, message: string, current?: string): Promise<string> {
  const e = session.evaluation;
  const { lang } = session.deps.screen;
  const choices = itemIds(e).map((id) => {
    const item = itemById(e, id);
    const r = ratingOf(e, id);
    const mark = markOf(r);
    const shown = mark ? ("score" in mark ? String(mark.score) : COLOUR_WORD[lang][mark.colour]) : "–";
    return { label: `${id.padEnd(5)}${item.title[lang]}  [${shown} ${sourceWord(r, lang)}]`, value: id };
  });
  return session.deps.prompter.pick({ message, choices, ...(current ? { default: current } : {}) });
}
