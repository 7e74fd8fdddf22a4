/**
 * Two evaluators' evaluations of one visit → one consensus evaluation (`fidelity merge`). Pure: the files'
 * bytes (sha256) and the clock come from the caller.
 *
 * - Items where A and B gave the same score / colour are taken as they are (A's rating: source, suggestion,
 *   elements, reason), with both evaluators' notes.
 * - Items where they differ (or only one of them rated) are decided one by one: a consensus score / colour and
 *   a required rationale. Where the data suggested something else, the consensus is an override with the
 *   rationale as its reason, as in the wizard.
 * - The `consensus` block records both files (name, sha256, evaluators, when saved) and every item's A, B and
 *   consensus, so the report's appendix is drawn from the consensus file alone.
 */
import type { ConsensusBlock, ConsensusItem, ConsensusSide, Evaluation } from "../evaluation.js";
import { FORMAT_VERSION, ratingsMap, sameInputFiles } from "../evaluation.js";
import { allItems, type Colour, findItem, type Lang } from "../scale.js";
import type { ItemRating } from "../scoring.js";
import { ratingValue } from "./compare.js";
import { MERGE_REFUSAL } from "./consensus.messages.js";

export interface SourceFile {
  /** The file's name as it is recorded (base name). */
  file: string;
  sha256: string;
  evaluation: Evaluation;
}

/** Why two evaluations cannot be merged, one line each (empty: they can). */
export function mergeRefusals(a: SourceFile, b: SourceFile, lang: Lang): string[] {
  const t = MERGE_REFUSAL.in(lang);
  const A = a.evaluation;
  const B = b.evaluation;
  const out: string[] = [];
  if (a.sha256 === b.sha256) out.push(t("sameFile"));
  for (const [side, f] of [
    ["A", a],
    ["B", b],
  ] as const) {
    if (f.evaluation.status !== "complete") out.push(t("notFinished", { side, file: f.file }));
    if (f.evaluation.consensus) out.push(t("alreadyConsensus", { side, file: f.file }));
  }
  if (A.team.name.trim().toLowerCase() !== B.team.name.trim().toLowerCase())
    out.push(t("differentTeams", { a: A.team.name, b: B.team.name }));
  if (A.visitDate !== B.visitDate) out.push(t("differentVisitDates", { a: A.visitDate, b: B.visitDate }));
  if (A.scale.id !== B.scale.id || A.scale.version !== B.scale.version)
    out.push(t("differentScales", { a: `${A.scale.id} ${A.scale.version}`, b: `${B.scale.id} ${B.scale.version}` }));
  if (!sameInputFiles(A.inputs, B.inputs))
    out.push(t("differentInputs", { kinds: inputKindsThatDiffer(A, B).join(", ") }));
  if (A.window.from !== B.window.from || A.window.to !== B.window.to)
    out.push(t("differentWindows", { a: `${A.window.from}–${A.window.to}`, b: `${B.window.from}–${B.window.to}` }));
  else if (JSON.stringify(A.countingRules) !== JSON.stringify(B.countingRules)) out.push(t("differentRules"));
  return out;
}

/** The kinds of input file (caseload, contacts …) whose files (by sha256) are not the same in A and B. */
function inputKindsThatDiffer(A: Evaluation, B: Evaluation): string[] {
  const hashes = (e: Evaluation, kind: string) =>
    e.inputs
      .filter((f) => f.kind === kind)
      .map((f) => f.sha256)
      .sort()
      .join();
  const kinds = new Set([...A.inputs, ...B.inputs].map((f) => f.kind));
  return [...kinds].filter((k) => hashes(A, k) !== hashes(B, k));
}

/** Both notes on one item: the same note once, otherwise each with its evaluator's name. */
export function mergeTexts(
  a: string | undefined,
  b: string | undefined,
  aName: string,
  bName: string,
): string | undefined {
  const x = a?.trim();
  const y = b?.trim();
  if (!x && !y) return undefined;
  if (!y || x === y) return x;
  if (!x) return y;
  return `${aName}: ${x}\n${bName}: ${y}`;
}

function side(r: ItemRating | undefined): ConsensusSide | undefined {
  if (!r || (r.score === undefined && r.colour === undefined && !r.note)) return undefined;
  return clean({
    score: r.score,
    colour: r.colour,
    source: r.source,
    reason: r.reason,
    note: r.note,
    elements: r.elements,
  }) as ConsensusSide;
}

function clean<T extends object>(o: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined && v !== "") out[k] = v;
  return out as T;
}

const names = (e: Evaluation, fallback: string) => e.evaluators.join(", ") || fallback;

/**
 * The consensus as it starts: agreed items rated, disagreements open (in the `consensus` block, without a
 * decision), status in-progress. Assumes `mergeRefusals` found nothing.
 */
export function startConsensus(a: SourceFile, b: SourceFile, now: string): Evaluation {
  const A = a.evaluation;
  const B = b.evaluation;
  const ra = ratingsMap(A);
  const rb = ratingsMap(B);
  const aName = names(A, "A");
  const bName = names(B, "B");
  const items: ItemRating[] = [];
  const consensusItems: ConsensusItem[] = [];
  for (const item of allItems(A.scale)) {
    const x = ra.get(item.id);
    const y = rb.get(item.id);
    const vx = ratingValue(A.scale, x);
    const vy = ratingValue(A.scale, y);
    const agreed = vx === vy;
    const sa = side(x);
    const sb = side(y);
    consensusItems.push(clean({ itemId: item.id, a: sa, b: sb, agreed }) as ConsensusItem);
    if (!agreed) continue;
    const note = mergeTexts(x?.note, y?.note, aName, bName);
    const reason = mergeTexts(x?.reason, y?.reason, aName, bName);
    if (vx === undefined) {
      // Neither rated it: it stays unrated, with their notes if any.
      if (note) items.push({ itemId: item.id, source: "evaluator", note });
      continue;
    }
    items.push(clean({ ...(x as ItemRating), note, reason, ratedAt: now }));
  }
  const evaluators = [...new Set([...A.evaluators, ...B.evaluators])];
  const { cursor: _c, ...base } = A;
  const context = mergeTexts(A.context, B.context, aName, bName);
  const consensus: ConsensusBlock = {
    a: { file: a.file, sha256: a.sha256, evaluators: A.evaluators, updatedAt: A.updatedAt },
    b: { file: b.file, sha256: b.sha256, evaluators: B.evaluators, updatedAt: B.updatedAt },
    items: consensusItems,
  };
  const { context: _ctx, ...rest } = base;
  return {
    ...rest,
    formatVersion: FORMAT_VERSION,
    status: "in-progress",
    evaluators,
    items,
    ...(context ? { context } : {}),
    consensus,
    createdAt: now,
    updatedAt: now,
  };
}

/** The items A and B differ on (or only one rated), in scale order. */
export function disagreementIds(consensus: Evaluation): string[] {
  return (consensus.consensus?.items ?? []).filter((c) => !c.agreed).map((c) => c.itemId);
}

/** Disagreements not decided yet, in scale order. */
export function pendingIds(consensus: Evaluation): string[] {
  return (consensus.consensus?.items ?? []).filter((c) => !c.agreed && c.rationale === undefined).map((c) => c.itemId);
}

export type ConsensusMark = { score: number } | { colour: Colour };

/**
 * Decide one disagreement: the consensus score / colour and the rationale (required). The rating's source is
 * `data` when it is the data's suggestion, `override` (with the rationale as reason) when the data suggested
 * otherwise, else `evaluator`. An element item keeps the ticked elements of the side whose score it takes.
 */
export function decide(
  consensus: Evaluation,
  itemId: string,
  mark: ConsensusMark,
  rationale: string,
  now: string,
): Evaluation {
  const block = consensus.consensus;
  const entry = block?.items.find((c) => c.itemId === itemId);
  if (!block || !entry || entry.agreed) throw new Error(`decide: ${itemId} is not a disagreement of this consensus`);
  const why = rationale.trim();
  if (!why) throw new Error(`decide: ${itemId} needs a rationale`);
  const scale = consensus.scale;
  if (!findItem(scale, itemId)) throw new Error(`decide: no item ${itemId}`);
  if (scale.scoring === "points" ? !("score" in mark) : !("colour" in mark))
    throw new Error(`decide: ${itemId} needs a ${scale.scoring === "points" ? "score" : "colour"}`);
  const s = consensus.suggestions.find((x) => x.itemId === itemId);
  const suggested = scale.scoring === "points" ? s?.score : s?.colour;
  const value = "score" in mark ? mark.score : mark.colour;
  const source = suggested === undefined ? "evaluator" : suggested === value ? "data" : "override";
  const like = [entry.a, entry.b].find((x) => x && (x.score ?? x.colour) === value && x.elements);
  const aName = block.a.evaluators.join(", ") || "A";
  const bName = block.b.evaluators.join(", ") || "B";
  const rating: ItemRating = clean({
    itemId,
    ...("score" in mark ? { score: mark.score } : { colour: mark.colour }),
    source,
    suggestedScore: s?.score,
    suggestedColour: s?.colour,
    reason: source === "override" ? why : undefined,
    elements: like?.elements,
    note: mergeTexts(entry.a?.note, entry.b?.note, aName, bName),
    ratedAt: now,
  }) as ItemRating;
  const order = allItems(scale).map((i) => i.id);
  const items = [...consensus.items.filter((r) => r.itemId !== itemId), rating].sort(
    (x, y) => order.indexOf(x.itemId) - order.indexOf(y.itemId),
  );
  return {
    ...consensus,
    items,
    consensus: {
      ...block,
      items: block.items.map((c) => (c.itemId === itemId ? { ...c, rationale: why, decidedAt: now } : c)),
    },
    updatedAt: now,
  };
}
