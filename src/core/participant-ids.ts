/**
 * The team's own participant ids (the pseudonyms in the caseload's and the contacts' `deltaker` column), so that
 * free text going into the report (notes, override reasons, the context) can be refused when it names one
 * (docs/design.md §4 "Personal data": participant ids never appear in a report). The id itself is never echoed.
 *
 * A mention is the id as a whole token, compared case-insensitively after folding: NFKC (fullwidth letters and
 * digits are plain ones), invisible and formatting characters dropped (zero-width space, soft hyphen, word
 * joiner, bidi marks), and every character that is not a letter or digit ignored — so "D-3803" is also found
 * written "D‐3803", "D–3803", "D 3803", "D3803", "d.3803" or with a zero-width space inside. The text is split
 * into words (runs of letters and digits); words joined by short runs of spaces, hyphens, dashes, dots,
 * slashes or underscores are put together, and each whole-word stretch is looked up among the ids. So
 * "D-3803" is found in "D-3803." and "(d-3803)", not in "D-38031" or "XD-3803" — a letter or digit right
 * before or after it makes it part of another word. Looking words up (rather than each id in the text) keeps
 * a check as fast with a million ids as with ten. Ids that would refuse ordinary text are not compared:
 * - shorter than 3 characters ("7", "A1");
 * - digits only and shorter than 5 digits ("117", "2026"): such numbers are counts, years and dates in notes;
 * - a common word or placeholder an export uses for "no id" ("ukjent", "unknown", "ingen", "n/a", …).
 * The evaluation file holds no participant ids, so `report` (which renders from it) cannot compare against
 * them: the check is made where the ratings meet the team's data (`evaluate`, `score`, the wizard).
 */
import { ANSWERS } from "./answers.messages.js";
import type { Text } from "./i18n.js";
import { normaliseForMatching } from "./national-id.js";
import type { TeamRecords } from "./records.js";

/** The ids to compare against, folded (see `comparableId`). */
export type ParticipantIds = ReadonlySet<string>;

/** Refusal for an answers file's text; the id is not shown. Prefixed with the JSON path (`KV1.note: …`). */
export const PARTICIPANT_ID_IN_TEXT: Text = ANSWERS.text("participantIdInText");

/** Words (after normalising) that are never taken as an id: placeholders for "no id" and everyday words. */
const COMMON_WORDS: ReadonlySet<string> = new Set([
  "ukjent",
  "unknown",
  "ingen",
  "none",
  "null",
  "n/a",
  "na",
  "mangler",
  "missing",
  "deltaker",
  "participant",
  "anonym",
  "anonymous",
  "test",
  "nei",
  "yes",
  "jobb",
  "job",
  "team",
  "nav",
  "ips",
]);

const MIN_LENGTH = 3;
const MIN_DIGITS_ONLY = 5;

function normalise(text: string): string {
  return normaliseForMatching(text).replace(/\s+/gu, " ").trim().toLowerCase();
}

const NOT_WORD = /[^\p{L}\p{N}]+/gu;

/** The id as compared: normalised, lower case, letters and digits only ("D-3803" → "d3803"); undefined when it is not compared (too short, a short number, a common word). */
export function comparableId(raw: string): string | undefined {
  const id = normalise(raw);
  if ([...id].length < MIN_LENGTH) return undefined;
  const k = id.replace(NOT_WORD, "");
  if (k === "") return undefined;
  if (/^\d+$/.test(k) && k.length < MIN_DIGITS_ONLY) return undefined;
  if (COMMON_WORDS.has(id) || COMMON_WORDS.has(k)) return undefined;
  return k;
}

/** Every compared participant id in the caseload and the contacts (the contacts' `deltaker` is optional). */
export function participantIdsOf(records: Pick<TeamRecords, "caseload" | "contacts" | "contactTally">): ParticipantIds {
  const ids = new Set<string>();
  const add = (raw: string | undefined) => {
    const id = raw === undefined ? undefined : comparableId(raw);
    if (id !== undefined) ids.add(id);
  };
  for (const r of records.caseload ?? []) add(r.participant);
  for (const r of records.contacts ?? []) add(r.participant);
  for (const raw of records.contactTally?.participants ?? []) add(raw);
  return ids;
}

/** Separators that may stand inside an id as written: spaces, hyphens and dashes, dots, slashes, underscores. */
const JOINER = /^[\s\p{Pd}\u2212._/\\]{1,3}$/u;
const WORD = /[\p{L}\p{N}]+/gu;

/** The longest id in a set (cached per set), so that no longer stretch of words is looked up. */
const longest = new WeakMap<ParticipantIds, number>();
function longestId(ids: ParticipantIds): number {
  let n = longest.get(ids);
  if (n === undefined) {
    n = 0;
    for (const id of ids) if (id.length > n) n = id.length;
    longest.set(ids, n);
  }
  return n;
}

/** True when `text` names one of `ids` as a whole word or words (see the module comment). */
export function mentionsParticipantId(text: string, ids: ParticipantIds): boolean {
  if (ids.size === 0 || !text) return false;
  const haystack = normalise(text);
  const words: { word: string; start: number; end: number }[] = [];
  for (const m of haystack.matchAll(WORD)) words.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  const max = longestId(ids);
  for (let s = 0; s < words.length; s++) {
    let joined = "";
    for (let e = s; e < words.length; e++) {
      const w = words[e] as (typeof words)[number];
      if (e > s && !JOINER.test(haystack.slice((words[e - 1] as (typeof words)[number]).end, w.start))) break;
      joined += w.word;
      if (joined.length > max) break;
      if (ids.has(joined)) return true;
    }
  }
  return false;
}
