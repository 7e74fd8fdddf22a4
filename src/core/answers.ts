/**
 * The evaluator's answers file (`vurderinger.json` / `answers.json`) and how it combines with the data's
 * suggestions into one rating per item (docs/design.md §5.5: data suggests, the evaluator decides).
 *
 * Shape: item id → a score (`4`), a colour (`"gul"` / `"yellow"`), or an object
 * `{ "score": 3, "reason": "…", "elements": ["…"], "note": "…", "recommendation": "…" }`. The key `context`
 * holds free text on conditions outside the team's control; `actionPlan` the evaluator's changes to the proposed
 * action plan (a list of `{ "item", "action", "responsible", "deadline", "support", "measure", "remove" }`);
 * `previousActions` how far the previous plan's actions got (`{ "T6": "gjennomført", "2": "delvis" }`); keys
 * starting with `$` are comments.
 */
import { z } from "zod";
import { type FollowUpStatus, type PlanEntry, parseFollowUpStatus } from "./action-plan.js";
import { ANSWERS } from "./answers.messages.js";
import { parseDate } from "./cells.js";
import { didYouMean } from "./did-you-mean.js";
import type { JsonPath, JsonPathIssue } from "./errors.js";
import { both, type Text } from "./i18n.js";
import { identifyingKind, KEY_NOT_SHOWN } from "./identifier-guard.js";
import { redactNationalIds } from "./national-id.js";
import { mentionsParticipantId, PARTICIPANT_ID_IN_TEXT, type ParticipantIds } from "./participant-ids.js";
import type { Colour, PointsItem, Scale } from "./scale.js";
import { allItems, COLOUR_NAMES, COLOURS, formatJsonPath } from "./scale.js";
import type { ItemRating } from "./scoring.js";
import { scoreFromElements } from "./scoring.js";
import type { DataSuggestion } from "./suggestion.js";

const COLOUR_WORDS: Record<string, Colour> = {
  green: "green",
  gronn: "green",
  grønn: "green",
  yellow: "yellow",
  gul: "yellow",
  red: "red",
  rod: "red",
  rød: "red",
};

export function parseColour(word: string): Colour | undefined {
  return COLOUR_WORDS[word.trim().toLowerCase()];
}

/** A colour as the answers file is written (and as the evaluator reads the scale): grønn, gul, rød. */

const COLOUR_MESSAGE = ANSWERS.text("colourWord", { words: Object.keys(COLOUR_WORDS).join(", ") });
const colourWord = z.string().refine((s) => parseColour(s) !== undefined, { message: COLOUR_MESSAGE.en });

const SCORE_TEXT = ANSWERS.text("score");
const SCORE_MESSAGE = SCORE_TEXT.en;
const scoreValue = z
  .number({ error: SCORE_MESSAGE })
  .int({ error: SCORE_MESSAGE })
  .min(1, { error: SCORE_MESSAGE })
  .max(5, { error: SCORE_MESSAGE });

const answerObject = z
  .object({
    score: scoreValue.optional(),
    colour: colourWord.optional(),
    elements: z.array(z.string()).optional(),
    reason: z.string().optional(),
    note: z.string().optional(),
    recommendation: z.string().optional(),
  })
  .strict();

const DEADLINE_TEXT = ANSWERS.text("deadline");
const planEntry = z
  .object({
    item: z.string().optional(),
    action: z.string().optional(),
    responsible: z.string().optional(),
    deadline: z
      .string()
      .refine((s) => parseDate(s) !== undefined, { message: DEADLINE_TEXT.en })
      .optional(),
    support: z.string().optional(),
    measure: z.string().optional(),
    remove: z.boolean().optional(),
  })
  .strict();

/** The plan's free-text fields (checked for identifying text like notes). */
const PLAN_TEXT_FIELDS = ["action", "responsible", "support", "measure"] as const;

/** The schema for one answer, chosen by its JSON type so a problem gets that type's own message. */
function answerSchema(raw: unknown) {
  if (typeof raw === "number") return scoreValue;
  if (typeof raw === "string") return colourWord;
  if (typeof raw === "object" && raw !== null && !Array.isArray(raw)) return answerObject;
  return z.never({ error: EXPECTED_ANSWER.en });
}

const EXPECTED_ANSWER = ANSWERS.text("expectedAnswer");

/** The schema's messages (zod keeps the English) back as the texts they came from; zod's own ones by kind. */
function zodIssueText(i: z.core.$ZodIssue): Text | string {
  for (const known of [SCORE_TEXT, COLOUR_MESSAGE, EXPECTED_ANSWER]) if (i.message === known.en) return known;
  if (i.code === "unrecognized_keys")
    return ANSWERS.text("unknownFields", {
      fields: i.keys.map((k) => `"${k}"`).join(", "),
      known: Object.keys(answerObject.shape).join(", "),
    });
  if (i.code === "invalid_type")
    return i.expected === "array" ? ANSWERS.text("expectedList") : ANSWERS.text("expectedText");
  return i.message;
}

/** As {@link zodIssueText}, for a row of the action plan. */
function planIssueText(i: z.core.$ZodIssue): Text | string {
  if (i.message === DEADLINE_TEXT.en) return DEADLINE_TEXT;
  if (i.code === "unrecognized_keys")
    return ANSWERS.text("unknownFields", {
      fields: i.keys.map((k) => `"${k}"`).join(", "),
      known: Object.keys(planEntry.shape).join(", "),
    });
  if (i.code === "invalid_type") {
    if (i.expected === "object") return ANSWERS.text("planRowNotObject");
    if (i.expected === "boolean") return ANSWERS.text("expectedTrueFalse");
    if (i.expected === "string") return ANSWERS.text("expectedText");
  }
  return i.message;
}

export const answersFileSchema = z.record(z.string(), z.unknown());

export interface ItemAnswer {
  score?: number;
  colour?: Colour;
  elements?: string[];
  reason?: string;
  note?: string;
  recommendation?: string;
}

export interface Answers {
  items: Map<string, ItemAnswer>;
  context?: string;
  /** The evaluator's changes to the proposed action plan (added, edited or removed rows). */
  actionPlan?: PlanEntry[];
  /** How far the previous plan's actions got, by item id or action number ("1", "2", …). */
  previousActions?: Map<string, FollowUpStatus>;
  /** Each item's key as the file writes it (`b2` for B2), so problems found later can point at it. */
  keys?: Map<string, string>;
}

/** Free text of the answers file goes into the report: it must hold no id number (docs/design.md §4). */
export const ID_IN_TEXT: Text = ANSWERS.text("idInText");

/**
 * Why free text of the answers file (a note, a reason, the context) cannot go into the report, or undefined:
 * a national identity number, or one of the team's own participant ids (neither is shown in the message).
 */
export function identifyingText(text: string, participantIds?: ParticipantIds): Text | undefined {
  const kind = identifyingKind(text, participantIds);
  return kind === "nationalId" ? ID_IN_TEXT : kind === "participantId" ? PARTICIPANT_ID_IN_TEXT : undefined;
}

export { type IdentifyingKind, identifyingKind } from "./identifier-guard.js";

/**
 * Every piece of an evaluation's free text (the context, each item's note and reason) that would identify a
 * participant, by JSON path (`items.3.note`), with the refusal. For an evaluation made elsewhere (the wizard, a
 * hand edit) before it goes into a report beside the team's data.
 */
export function identifyingTextsIn(
  evaluation: {
    context?: string;
    items: readonly Pick<ItemRating, "itemId" | "note" | "reason" | "recommendation">[];
    actionPlan?: readonly PlanEntry[];
  },
  participantIds?: ParticipantIds,
): { path: JsonPath; itemId?: string; message: Text }[] {
  const found: { path: JsonPath; itemId?: string; message: Text }[] = [];
  const check = (text: string | undefined, path: JsonPath, itemId?: string) => {
    const message = text === undefined ? undefined : identifyingText(text, participantIds);
    if (message) found.push({ path, ...(itemId ? { itemId } : {}), message });
  };
  check(evaluation.context, ["context"]);
  evaluation.items.forEach((item, i) => {
    check(item.note, ["items", i, "note"], item.itemId);
    check(item.reason, ["items", i, "reason"], item.itemId);
    check(item.recommendation, ["items", i, "recommendation"], item.itemId);
  });
  evaluation.actionPlan?.forEach((entry, i) => {
    for (const field of PLAN_TEXT_FIELDS) check(entry[field], ["actionPlan", i, field], entry.itemId);
  });
  return found;
}

/**
 * Read parsed answers JSON against a scale. Each problem names the JSON path it is about, in its message
 * (`B2.note: …`) and as `path`, which the caller turns into a line and column (locateJsonIssues).
 * `participantIds` are the team's own (participantIdsOf): a note, reason or context naming one is refused.
 */
export function parseAnswers(
  json: unknown,
  scale: Scale,
  file: string,
  participantIds?: ParticipantIds,
): { answers: Answers; issues: JsonPathIssue[] } {
  const issues: JsonPathIssue[] = [];
  const items = new Map<string, ItemAnswer>();
  const keys = new Map<string, string>();
  const answers: Answers = { items, keys };
  const issue = issueRecorder(file, issues, participantIds);
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    issue([], ANSWERS.text("expectedObject"));
    return { answers, issues };
  }
  const byId = new Map(allItems(scale).map((i) => [i.id, i]));
  for (const [key, raw] of Object.entries(json)) {
    if (key.startsWith("$")) continue;
    if (key === "context") {
      const refused = typeof raw === "string" ? identifyingText(raw, participantIds) : undefined;
      if (typeof raw !== "string") issue(["context"], ANSWERS.text("expectedText"));
      else if (refused) issue(["context"], refused);
      else answers.context = raw;
      continue;
    }
    if (key === "actionPlan") {
      answers.actionPlan = parsePlanEntries(raw, scale, issue, participantIds);
      continue;
    }
    if (key === "previousActions") {
      answers.previousActions = parsePreviousActions(raw, issue);
      continue;
    }
    const id = key.trim().toUpperCase();
    const item = byId.get(id);
    if (!item) {
      const guess = didYouMean(id, byId.keys());
      issue(
        [key],
        ANSWERS.text("unknownItem", {
          scale: scale.id,
          items: [...byId.keys()].join(", "),
          ...(guess ? { guess } : {}),
        }),
      );
      continue;
    }
    const answer = parseItemAnswer(key, raw, item, scale, issue, participantIds);
    if (!answer) continue;
    items.set(id, answer);
    keys.set(id, key);
  }
  return { answers, issues };
}

type IssueAt = (path: JsonPath, message: Text | string) => void;

/**
 * Records a problem at a JSON path. A key or value quoted in a message could hold an id number or a participant
 * id: a message that would show one says only that it is there, at a path without the key that holds it.
 */
function issueRecorder(file: string, issues: JsonPathIssue[], participantIds: ParticipantIds | undefined): IssueAt {
  return (path, message) => {
    const text = both((lang) =>
      redactNationalIds(`${formatJsonPath(path)}: ${typeof message === "string" ? message : message[lang]}`),
    );
    if (
      !participantIds ||
      !(mentionsParticipantId(text.en, participantIds) || mentionsParticipantId(text.nb, participantIds))
    ) {
      issues.push({ file, path, message: text });
      return;
    }
    const names = (p: string | number) => typeof p === "string" && mentionsParticipantId(p, participantIds);
    const shown = path.map((p) => (names(p) ? KEY_NOT_SHOWN : p));
    issues.push({
      file,
      path,
      message: ANSWERS.text("at", { path: formatJsonPath(shown), problem: PARTICIPANT_ID_IN_TEXT }),
    });
  };
}

/**
 * One item's answer (a score, a colour, or an object), or undefined when it is not kept: its shape is wrong,
 * it is of the other scale's kind, or a text in it names a participant.
 */
function parseItemAnswer(
  key: string,
  raw: unknown,
  item: ReturnType<typeof allItems>[number],
  scale: Scale,
  issue: IssueAt,
  participantIds: ParticipantIds | undefined,
): ItemAnswer | undefined {
  const id = item.id;
  // Checked before the shape, so that an id is reported even when the answer has other problems. An answer
  // whose text is refused is not kept, so the (unwritten) evaluation never holds that text either.
  let refusedText = false;
  if (typeof raw === "object" && raw !== null && !Array.isArray(raw))
    for (const field of ["reason", "note", "recommendation"] as const) {
      const text = (raw as Record<string, unknown>)[field];
      const refused = typeof text === "string" ? identifyingText(text, participantIds) : undefined;
      if (refused) issue([key, field], refused);
      refusedText ||= refused !== undefined;
    }
  const parsed = answerSchema(raw).safeParse(raw);
  if (!parsed.success) {
    for (const i of parsed.error.issues)
      issue([key, ...i.path.map((p) => (typeof p === "number" ? p : String(p)))], zodIssueText(i));
    return undefined;
  }
  const v = parsed.data;
  const answer: ItemAnswer =
    typeof v === "number"
      ? { score: v }
      : typeof v === "string"
        ? { colour: parseColour(v) }
        : { ...v, colour: v.colour === undefined ? undefined : parseColour(v.colour) };
  // An answer of the other scale's kind is not kept: comparing it with the data's suggestion (or taking it as
  // the rating) would only add noise after this message.
  const wrongKind =
    (scale.scoring === "points" && answer.colour !== undefined) ||
    (scale.scoring === "colours" && answer.score !== undefined);
  if (scale.scoring === "points" && answer.colour) issue([key], ANSWERS.text("pointsNotColours"));
  if (scale.scoring === "colours" && answer.score !== undefined) issue([key], ANSWERS.text("coloursNotScores"));
  if (answer.elements) {
    if (item.kind !== "elements") issue([key, "elements"], ANSWERS.text("notElementItem", { id }));
    else {
      const known = new Set((item as PointsItem).elements?.map((e) => e.id));
      answer.elements.forEach((e, n) => {
        if (!known.has(e))
          issue([key, "elements", n], ANSWERS.text("unknownElement", { element: e, known: [...known].join(", ") }));
      });
    }
  }
  return wrongKind || refusedText ? undefined : answer;
}

/** The answers file's `actionPlan`: a list of rows, each for an item of the scale or the whole team. */
function parsePlanEntries(
  raw: unknown,
  scale: Scale,
  issue: (path: JsonPath, message: Text | string) => void,
  participantIds?: ParticipantIds,
): PlanEntry[] | undefined {
  if (!Array.isArray(raw)) {
    issue(["actionPlan"], ANSWERS.text("planNotList"));
    return undefined;
  }
  const ids = new Set(allItems(scale).map((i) => i.id));
  const entries: PlanEntry[] = [];
  raw.forEach((row, n) => {
    const parsed = planEntry.safeParse(row);
    if (!parsed.success) {
      for (const i of parsed.error.issues)
        issue(["actionPlan", n, ...i.path.map((p) => (typeof p === "number" ? p : String(p)))], planIssueText(i));
      return;
    }
    const v = parsed.data;
    const itemId = v.item?.trim().toUpperCase() || undefined;
    let ok = true;
    if (itemId && !ids.has(itemId)) {
      issue(["actionPlan", n, "item"], ANSWERS.text("unknownItem", { scale: scale.id, items: [...ids].join(", ") }));
      ok = false;
    }
    if (!itemId && !v.remove && !v.action?.trim()) {
      issue(["actionPlan", n], ANSWERS.text("planNeedsAction"));
      ok = false;
    }
    if (v.remove && !itemId) {
      issue(["actionPlan", n, "remove"], ANSWERS.text("planRemoveNeedsItem"));
      ok = false;
    }
    for (const field of PLAN_TEXT_FIELDS) {
      const text = v[field];
      const refused = text === undefined ? undefined : identifyingText(text, participantIds);
      if (refused) {
        issue(["actionPlan", n, field], refused);
        ok = false;
      }
    }
    if (!ok) return;
    const entry: PlanEntry = {
      ...(itemId ? { itemId } : {}),
      ...(v.action?.trim() ? { action: v.action.trim() } : {}),
      ...(v.responsible?.trim() ? { responsible: v.responsible.trim() } : {}),
      ...(v.deadline ? { deadline: parseDate(v.deadline) } : {}),
      ...(v.support?.trim() ? { support: v.support.trim() } : {}),
      ...(v.measure?.trim() ? { measure: v.measure.trim() } : {}),
      ...(v.remove ? { removed: true } : {}),
    };
    entries.push(entry);
  });
  return entries;
}

/** The answers file's `previousActions`: action key (item id or number) → gjennomført / delvis / ikke gjennomført. */
function parsePreviousActions(
  raw: unknown,
  issue: (path: JsonPath, message: Text | string) => void,
): Map<string, FollowUpStatus> | undefined {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    issue(["previousActions"], ANSWERS.text("previousNotObject"));
    return undefined;
  }
  const out = new Map<string, FollowUpStatus>();
  for (const [key, value] of Object.entries(raw)) {
    if (key.startsWith("$")) continue;
    const status = typeof value === "string" ? parseFollowUpStatus(value) : undefined;
    if (!status) issue(["previousActions", key], ANSWERS.text("followUpStatus"));
    else out.set(key.trim().toUpperCase(), status);
  }
  return out;
}

/**
 * One rating per item from the data's suggestions and the evaluator's answers.
 * - A data item with a suggestion and no differing answer takes the suggestion (source `data`).
 * - An answer that differs from the suggestion is an override and needs a reason.
 * - An element item's score follows from its ticked elements.
 * - Items with neither stay unrated.
 */
export function combineRatings(
  scale: Scale,
  suggestions: readonly DataSuggestion[],
  answers: Answers,
  file = "vurderinger.json",
): { ratings: Map<string, ItemRating>; issues: JsonPathIssue[] } {
  const ratings = new Map<string, ItemRating>();
  const issues: JsonPathIssue[] = [];
  const suggestionFor = new Map(suggestions.map((s) => [s.itemId, s]));
  for (const item of allItems(scale)) {
    const answer = answers.items.get(item.id);
    const suggestion = suggestionFor.get(item.id);
    const suggestedScore = suggestion?.score;
    const suggestedColour = suggestion?.colour;
    const hasSuggestion = suggestedScore !== undefined || suggestedColour !== undefined;
    const base = {
      itemId: item.id,
      note: answer?.note,
      ...(answer?.recommendation?.trim() ? { recommendation: answer.recommendation.trim() } : {}),
      suggestedScore,
      suggestedColour,
    };
    const path = [answers.keys?.get(item.id) ?? item.id];

    let score = answer?.score;
    if (item.kind === "elements" && answer?.elements) {
      const fromElements = scoreFromElements(item as PointsItem, answer.elements);
      if (score !== undefined && score !== fromElements)
        issues.push({
          file,
          path,
          message: ANSWERS.text("elementsMismatch", {
            id: item.id,
            score,
            n: answer.elements.length,
            fromElements,
          }),
        });
      score = fromElements;
    }
    const colour = answer?.colour;
    const given = score !== undefined || colour !== undefined;

    if (!given) {
      if (hasSuggestion)
        ratings.set(item.id, { ...base, score: suggestedScore, colour: suggestedColour, source: "data" });
      else if (answer?.note || answer?.recommendation?.trim()) ratings.set(item.id, { ...base, source: "evaluator" });
      continue;
    }
    const agrees = (score ?? colour) === (suggestedScore ?? suggestedColour);
    if (hasSuggestion && !agrees) {
      if (!answer?.reason?.trim())
        issues.push({
          file,
          path,
          message: ANSWERS.text("at", { path: item.id, problem: overrideAdvice(score, colour, suggestion, answer) }),
        });
      ratings.set(item.id, {
        ...base,
        score,
        colour,
        source: "override",
        reason: answer?.reason,
        elements: answer?.elements,
      });
    } else {
      ratings.set(item.id, {
        ...base,
        score,
        colour,
        source: hasSuggestion ? "data" : "evaluator",
        reason: answer?.reason,
        elements: answer?.elements,
      });
    }
  }
  return { ratings, issues };
}

/**
 * "3 differs from the data's suggestion 4: give { "score": 3, "reason": "…" } to override it", with colours as
 * the answers file writes them (gul, not yellow).
 */
function overrideAdvice(
  score: number | undefined,
  colour: Colour | undefined,
  suggestion: DataSuggestion | undefined,
  answer: ItemAnswer | undefined,
): Text {
  const written = (s: number | undefined, c: Colour | undefined) =>
    s !== undefined ? String(s) : c !== undefined ? COLOUR_NAMES.nb[c].toLowerCase() : "–";
  const given = written(score, colour);
  const suggested = written(suggestion?.score, suggestion?.colour);
  const shape = answer?.elements
    ? '{ "elements": […], "reason": "…" }'
    : score !== undefined
      ? `{ "score": ${score}, "reason": "…" }`
      : `{ "colour": "${given}", "reason": "…" }`;
  return ANSWERS.text("overrideAdvice", { given, suggested, shape });
}

export function isColour(s: string): s is Colour {
  return (COLOURS as readonly string[]).includes(s);
}
