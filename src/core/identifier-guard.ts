/**
 * The one identifier guard (docs/design.md §4 "Personal data"): does a piece of text, or any key or value of a JSON
 * document, identify a participant? A national identity number in any disguise (src/core/national-id.ts: any
 * spacing or punctuation between digit groups, invisible characters, fullwidth digits, a date plus the
 * personal number) or one of the team's own participant pseudonyms however it is spelt
 * (src/core/participant-ids.ts: hyphens, dashes, spaces and invisible characters folded away). Every place
 * where text enters — CSV cells, team.json, the answers file, the wizard, evaluation files read by `report` —
 * asks here, and refuses without echoing what it found.
 */
import type { JsonPath } from "./errors.js";
import { containsNationalId, idNumberProblem } from "./national-id.js";
import { mentionsParticipantId, type ParticipantIds } from "./participant-ids.js";

/** What in text would identify a participant, if anything (each caller words its own refusal). */
export type IdentifyingKind = "nationalId" | "participantId";

export function identifyingKind(text: string, participantIds?: ParticipantIds): IdentifyingKind | undefined {
  if (containsNationalId(text)) return "nationalId";
  if (participantIds && mentionsParticipantId(text, participantIds)) return "participantId";
  return undefined;
}

export interface IdentifyingJsonValue {
  /** Where it is. A key that identifies is replaced in the path by `KEY_NOT_SHOWN`; see `inKey`. */
  path: JsonPath;
  /** True when the key itself (the last segment of the path it was found at) identifies. */
  inKey: boolean;
  kind: IdentifyingKind;
}

/** Stands for a key that is not shown, in paths of problems. */
export const KEY_NOT_SHOWN = "(key not shown)";

export interface JsonGuardOptions {
  participantIds?: ParticipantIds;
  /** Keys whose values are not text a person wrote (hashes): not checked. */
  skipKeys?: ReadonlySet<string>;
}

/**
 * Every key and every string or number value of a parsed JSON document that identifies a participant, with
 * paths safe to show (identifying keys replaced). Numbers are checked as the digits they are written with
 * (a 10-digit number may be an id whose leading 0 was dropped).
 */
export function identifyingInJson(json: unknown, options: JsonGuardOptions = {}): IdentifyingJsonValue[] {
  const found: IdentifyingJsonValue[] = [];
  const visit = (value: unknown, path: JsonPath, depth: number) => {
    if (depth > 200) return;
    if (typeof value === "string") {
      const kind = identifyingKind(value, options.participantIds);
      if (kind) found.push({ path, inKey: false, kind });
    } else if (typeof value === "number") {
      if (Number.isFinite(value) && idNumberProblem(String(value)) !== undefined)
        found.push({ path, inKey: false, kind: "nationalId" });
    } else if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) visit(value[i], [...path, i], depth + 1);
    } else if (typeof value === "object" && value !== null)
      for (const [key, v] of Object.entries(value)) {
        const kind = identifyingKind(key, options.participantIds);
        if (kind) {
          found.push({ path: [...path, KEY_NOT_SHOWN], inKey: true, kind });
          continue;
        }
        if (options.skipKeys?.has(key)) continue;
        visit(v, [...path, key], depth + 1);
      }
  };
  visit(json, [], 0);
  return found;
}
