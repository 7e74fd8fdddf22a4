/**
 * The team's own participant ids (the pseudonyms in the caseload's and the contacts' `deltaker` column), so that
 * free text going into the report (notes, override reasons, the context) can be refused when it names one
 * (DESIGN.md §4 "Personal data": participant ids never appear in a report). The id itself is never echoed.
 *
 * A mention is the id as a whole token, compared case-insensitively (Unicode NFC, runs of white space as one
 * space): "D-3803" is found in "D-3803." and "(d-3803)", not in "D-38031" or "XD-3803" — a letter or digit
 * right before or after it makes it part of another word. Ids that would refuse ordinary text are not compared:
 * - shorter than 3 characters ("7", "A1");
 * - digits only and shorter than 5 digits ("117", "2026"): such numbers are counts, years and dates in notes;
 * - a common word or placeholder an export uses for "no id" ("ukjent", "unknown", "ingen", "n/a", …).
 * The evaluation file holds no participant ids, so `report` (which renders from it) cannot compare against
 * them: the check is made where the ratings meet the team's data (`evaluate`, `score`, the wizard).
 */
import type { TeamRecords } from "./records.js";

/** The ids to compare against, normalised (see `comparable`). */
export type ParticipantIds = ReadonlySet<string>;

/** Refusal for an answers file's text; the id is not shown. Prefixed with the JSON path (`KV1.note: …`). */
export const PARTICIPANT_ID_IN_TEXT =
  "mentions a participant id from the caseload (not shown); the report must not identify participants: " +
  "refer to the case without the id";

/** Words (after normalising) that are never taken as an id: placeholders for "no id" and everyday words. */
const COMMON_WORDS: ReadonlySet<string> = new Set([
  "ukjent",
  "unknown",
  "ingen",
  "none",
  "null",
  "n/a",
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
  return text.normalize("NFC").replace(/\s+/gu, " ").trim().toLowerCase();
}

/** The id as compared, or undefined when it is not compared (too short, a short number, a common word). */
export function comparableId(raw: string): string | undefined {
  const id = normalise(raw);
  if ([...id].length < MIN_LENGTH) return undefined;
  if (/^\d+$/.test(id) && id.length < MIN_DIGITS_ONLY) return undefined;
  if (COMMON_WORDS.has(id)) return undefined;
  if (!/[\p{L}\p{N}]/u.test(id)) return undefined;
  return id;
}

/** Every compared participant id in the caseload and the contacts (the contacts' `deltaker` is optional). */
export function participantIdsOf(records: Pick<TeamRecords, "caseload" | "contacts">): ParticipantIds {
  const ids = new Set<string>();
  const add = (raw: string | undefined) => {
    const id = raw === undefined ? undefined : comparableId(raw);
    if (id !== undefined) ids.add(id);
  };
  for (const r of records.caseload ?? []) add(r.participant);
  for (const r of records.contacts ?? []) add(r.participant);
  return ids;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** Is the character at `i` (a UTF-16 index; outside the text counts as a boundary) part of a word? */
function wordCharAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.codePointAt(i) ?? 0;
  // A low surrogate: look at the whole code point it ends.
  if (c >= 0xdc00 && c <= 0xdfff && i > 0) return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(i - 1) ?? 0));
  return WORD_CHAR.test(String.fromCodePoint(c));
}

/** True when `text` names one of `ids` as a whole token (see the module comment). */
export function mentionsParticipantId(text: string, ids: ParticipantIds): boolean {
  if (ids.size === 0 || !text) return false;
  const haystack = normalise(text);
  for (const id of ids) {
    // An edge of the id that is a word character must not continue a word in the text.
    const checkBefore = wordCharAt(id, 0);
    const checkAfter = wordCharAt(id, id.length - 1);
    for (let at = haystack.indexOf(id); at >= 0; at = haystack.indexOf(id, at + 1)) {
      if (checkBefore && wordCharAt(haystack, at - 1)) continue;
      if (checkAfter && wordCharAt(haystack, at + id.length)) continue;
      return true;
    }
  }
  return false;
}
