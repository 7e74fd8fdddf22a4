/**
 * The consensus answers file for `fidelity merge` without a terminal: the decisions on the disagreements.
 *
 *   { "O1": { "score": 3, "rationale": "…" }, "KV3": { "colour": "gul", "rationale": "…" }, "$note": "…" }
 *
 * Keys starting with `$` are comments. Every key must be an item A and B disagree on (a typo, or an item they
 * agree on, is an error rather than silently ignored); a rationale is required, as in the walk.
 */
import { parseColour } from "../answers.js";
import type { JsonPathIssue } from "../errors.js";
import type { Evaluation } from "../evaluation.js";
import { containsNationalId } from "../national-id.js";
import { findItem } from "../scale.js";
import type { ConsensusMark } from "./consensus.js";
import { disagreementIds } from "./consensus.js";

export interface ConsensusDecision {
  itemId: string;
  mark: ConsensusMark;
  rationale: string;
}

export function parseConsensusAnswers(
  json: unknown,
  consensus: Evaluation,
  file: string,
): { decisions: ConsensusDecision[]; issues: JsonPathIssue[] } {
  const issues: JsonPathIssue[] = [];
  const issue = (path: (string | number)[], message: string) => issues.push({ file, path, message });
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    issue([], 'expected an object of item id → { "score": 3, "rationale": "…" }');
    return { decisions: [], issues };
  }
  const open = new Set(disagreementIds(consensus));
  const points = consensus.scale.scoring === "points";
  const decisions: ConsensusDecision[] = [];
  for (const [key, raw] of Object.entries(json as Record<string, unknown>)) {
    if (key.startsWith("$")) continue;
    if (!findItem(consensus.scale, key)) {
      issue([key], `${key} is not an item of ${consensus.scale.id}`);
      continue;
    }
    if (!open.has(key)) {
      issue([key], `A and B agree on ${key}: the consensus answers decide only the items they differ on`);
      continue;
    }
    if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
      issue([key], `${key}: expected { "${points ? "score" : "colour"}": …, "rationale": "…" }`);
      continue;
    }
    const o = raw as Record<string, unknown>;
    for (const k of Object.keys(o))
      if (!["score", "colour", "rationale"].includes(k))
        issue([key, k], `${key}: unknown field "${k}" (score, colour, rationale)`);
    let mark: ConsensusMark | undefined;
    if (points) {
      if (o.colour !== undefined) issue([key, "colour"], `${key}: this scale uses scores 1–5, not colours`);
      if (typeof o.score === "number" && Number.isInteger(o.score) && o.score >= 1 && o.score <= 5)
        mark = { score: o.score };
      else issue([key, ...(o.score === undefined ? [] : ["score"])], `${key}: a score is a whole number from 1 to 5`);
    } else {
      if (o.score !== undefined) issue([key, "score"], `${key}: this scale uses colours (grønn/gul/rød), not scores`);
      const colour = typeof o.colour === "string" ? parseColour(o.colour) : undefined;
      if (colour) mark = { colour };
      else
        issue(
          [key, ...(o.colour === undefined ? [] : ["colour"])],
          `${key}: a colour is grønn/gul/rød (green/yellow/red)`,
        );
    }
    const rationale = typeof o.rationale === "string" ? o.rationale.trim() : "";
    if (!rationale)
      issue([key, ...(o.rationale === undefined ? [] : ["rationale"])], `${key}: a rationale is required`);
    else if (containsNationalId(rationale))
      issue(
        [key, "rationale"],
        `${key}: the rationale contains what looks like a Norwegian national identity number; the report must not identify participants: remove it (the value is not shown)`,
      );
    if (mark && rationale && !containsNationalId(rationale)) decisions.push({ itemId: key, mark, rationale });
  }
  return { decisions, issues };
}
