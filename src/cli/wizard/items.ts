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
import { COLOUR_ORDER, COLOUR_WORD, tr } from "./style.js";

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
  const t = tr(lang);
  return (value) => {
    const kind = identifyingKind(value, participantIds);
    if (kind === "nationalId")
      return t(
        "Ikke skriv fødselsnummer eller D-nummer her: rapporten skal ikke kunne identifisere deltakere.",
        "Do not write a national identity number here: the report must not identify participants.",
      );
    if (kind === "participantId")
      return t(
        "Her står en deltaker-id fra porteføljen (vises ikke): rapporten skal ikke kunne identifisere deltakere. Omtal saken uten id-en.",
        "This mentions a participant id from the caseload (not shown): the report must not identify participants. Refer to the case without the id.",
      );
    return undefined;
  };
}

/** Ask one item until it is answered or the evaluator navigates away. */
export async function askItem(session: WizardSession, id: string): Promise<Nav> {
  const { prompter, screen } = session.deps;
  const t = tr(screen.lang);
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
        message: t(`Notat til ${id} (tomt fjerner notatet)`, `Note on ${id} (empty removes the note)`),
        default: ratingOf(session.evaluation, id)?.note,
        validate: refuseIdentifying(screen.lang, session.deps.participantIds),
      });
      session.update((e, now) => setNote(e, id, note, now));
      continue;
    }
    if (action === "goto") {
      const target = await pickItem(
        session,
        t("Gå til punkt (skriv id eller ord)", "Go to item (type an id or a word)"),
        id,
      );
      return { to: "goto", id: target };
    }
    return { to: action };
  }
}

async function askMark(session: WizardSession, id: string, folded = false): Promise<"answered" | "again" | Action> {
  const { prompter, screen } = session.deps;
  const { lang } = screen;
  const t = tr(lang);
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
      sameMark(mark, suggested) ? `◆ ${t("forslag", "suggested")}` : "",
      sameMark(mark, current) ? `● ${t("nå", "now")}` : "",
    ].filter(Boolean);
    return { key: a.key, label: a.label, value: { mark }, ...(tags.length ? { tag: tags.join(" ") } : {}) };
  });
  const highlighted = current ?? suggested;
  const hint = current
    ? t("Enter beholder det som er valgt", "Enter keeps what is chosen")
    : suggested
      ? t("Enter godtar forslaget", "Enter accepts the suggestion")
      : colours
        ? t("Trykk 1–3 for å velge farge", "Press 1–3 to choose a colour")
        : t("Trykk 1–5 for å velge skår", "Press 1–5 to choose a score");
  const defaultChoice = highlighted
    ? choices.find((c) => "mark" in c.value && sameMark(c.value.mark, highlighted))
    : undefined;
  const answer = await prompter.choose<Answer>({
    message: `${id} ${colours ? t("farge", "colour") : t("skår", "score")}`,
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
      message: t(
        `Begrunnelse for å fravike dataforslaget ${sug} (påkrevd; «-» angrer)`,
        `Reason for departing from the data's suggestion ${sug} (required; "-" takes it back)`,
      ),
      default: previous?.source === "override" ? previous.reason : undefined,
      required: true,
      requiredMessage: t(
        "En begrunnelse må med når du fraviker forslaget (eller «-» for å velge på nytt).",
        'A reason is needed to depart from the suggestion (or "-" to choose again).',
      ),
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
  const t = tr(lang);
  const item = itemById(session.evaluation, id) as PointsItem;
  const elements = item.elements ?? [];
  const previous = ratingOf(session.evaluation, id);
  const draft = session.drafts.get(id);
  const answer: ChecklistAnswer<Action> = await prompter.checklist<Action>({
    message: t(
      `${id}: hvilke elementer er på plass? (1–${elements.length} eller mellomrom krysser av, Enter er ferdig)`,
      `${id}: which elements are present? (1–${elements.length} or Space ticks, Enter when done)`,
    ),
    items: elements.map((el) => ({ id: el.id, label: el.text[lang] })),
    checked: draft ?? previous?.elements ?? [],
    actions: actionChoices(lang).map((a) => ({ ...a, value: a.value.action })),
    summary: (checked) => {
      const n = checked.length;
      const score = item.scoreByCount?.[n];
      return t(
        `${n} av ${elements.length} → skår ${score ?? "–"}`,
        `${n} of ${elements.length} → score ${score ?? "–"}`,
      );
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
      message: t(
        `Ingen elementer krysset av: ${id} får skår ${score}. Stemmer det?`,
        `No elements ticked: ${id} scores ${score}. Is that right?`,
      ),
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
