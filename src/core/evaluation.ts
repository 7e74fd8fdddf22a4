/**
 * The evaluation file (`<team>.evaluation.json`, docs/design.md §6): everything the report needs, so the PDF is
 * always rendered from it and `fidelity report` reproduces it exactly. The wizard's session is the same file
 * with `status: "in-progress"`.
 *
 * The scale itself is embedded: a report from a `--scale-file` instrument can be re-rendered without it, and
 * the scale id + version stay on record.
 */
import { z } from "zod";
import { type PlanEntry, type PreviousPlan, planEntrySchema, previousPlanSchema } from "./action-plan.js";
import { dayNumber } from "./dates.js";
import { identifyingInJson } from "./identifier-guard.js";
import { countingRulesSchema } from "./metrics/counting-rules.js";
import type { CountingRules, TeamMetrics } from "./metrics/types.js";
import { containsNationalId } from "./national-id.js";
import { COLOURS, type Scale, scaleSchema } from "./scale.js";
import type { ItemRating } from "./scoring.js";
import type { DataSuggestion } from "./suggestion.js";

/**
 * The evaluation file's format. 2 added the optional `consensus` block (`fidelity merge`); 3 added the action
 * plan (`actionPlan`), the follow-up of the previous plan (`previousPlan`) and an item's own `recommendation`, all
 * optional. Older files are read through {@link MIGRATIONS} and count as the current version from then on (an
 * older file has none of the new fields and renders with the plan the tool proposes); an older tool refuses a
 * version-3 file instead of dropping the plan.
 */
export const FORMAT_VERSION = 3;

const isoDate = z
  .string()
  .refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && dayNumber(s) !== undefined, "expected a real date as YYYY-MM-DD");
const text = z.object({ nb: z.string(), en: z.string() });

const itemRating = z
  .object({
    itemId: z.string(),
    score: z.number().int().min(1).max(5).optional(),
    colour: z.enum(COLOURS).optional(),
    source: z.enum(["data", "evaluator", "override"]),
    suggestedScore: z.number().int().min(1).max(5).optional(),
    suggestedColour: z.enum(COLOURS).optional(),
    reason: z.string().optional(),
    elements: z.array(z.string()).optional(),
    note: z.string().optional(),
    recommendation: z.string().optional(),
    ratedAt: z.string().optional(),
  })
  .strict();

const suggestion = z.object({
  itemId: z.string(),
  metric: z.string(),
  score: z.number().optional(),
  colour: z.enum(COLOURS).optional(),
  value: z.number().optional(),
  perSpecialist: z
    .array(
      z.object({
        specialist: z.string(),
        value: z.number(),
        score: z.number().optional(),
        colour: z.enum(COLOURS).optional(),
      }),
    )
    .optional(),
  computation: z.array(text),
  missingReason: text.optional(),
});

const inputFile = z
  .object({
    kind: z.enum(["utetid", "contacts", "caseload", "team", "answers"]),
    /** File name relative to the team folder. */
    file: z.string(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    rows: z.number().int().min(0).optional(),
    /** The evaluator went on without this file because of its errors: its data was not used. */
    leftOut: z
      .object({ problems: z.number().int().min(1), examples: z.array(z.string()) })
      .strict()
      .optional(),
  })
  .strict();

const consensusSide = z
  .object({
    score: z.number().int().min(1).max(5).optional(),
    colour: z.enum(COLOURS).optional(),
    source: z.enum(["data", "evaluator", "override"]),
    reason: z.string().optional(),
    note: z.string().optional(),
    elements: z.array(z.string()).optional(),
  })
  .strict();

const consensusSource = z
  .object({
    /** The evaluator's file name (base name) when it was merged. */
    file: z.string(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    evaluators: z.array(z.string()),
    updatedAt: z.string(),
  })
  .strict();

/** A consensus evaluation (`fidelity merge`): both evaluators' files and every item's A, B and decision. */
const consensusBlock = z
  .object({
    a: consensusSource,
    b: consensusSource,
    items: z.array(
      z
        .object({
          itemId: z.string(),
          a: consensusSide.optional(),
          b: consensusSide.optional(),
          /** A and B gave the same score / colour (or neither rated the item). */
          agreed: z.boolean(),
          /** Why the consensus is what it is (required for each disagreement once decided). */
          rationale: z.string().optional(),
          decidedAt: z.string().optional(),
        })
        .strict(),
    ),
  })
  .strict();

/** Metrics are validated for their outline; their inner shape is the metrics module's own contract. */
const metrics = z
  .object({
    window: z.object({ visitDate: isoDate, weeks: z.number(), from: isoDate, to: isoDate }).passthrough(),
    roster: z
      .object({ basis: z.string(), specialists: z.array(z.object({ specialist: z.string() }).passthrough()) })
      .passthrough(),
    utetid: z.object({}).passthrough(),
    employerContacts: z.object({}).passthrough(),
    caseload: z.object({}).passthrough(),
    firstContact: z.object({}).passthrough(),
    jobs: z.object({}).passthrough(),
    followUp: z.object({}).passthrough(),
    files: z.array(z.object({}).passthrough()),
    warnings: z.array(z.object({ code: z.string(), message: text }).passthrough()),
  })
  .passthrough();

export const evaluationSchema = z
  .object({
    formatVersion: z.literal(FORMAT_VERSION),
    status: z.enum(["in-progress", "complete"]),
    tool: z.object({ name: z.literal("fidelity"), version: z.string() }).strict(),
    scale: scaleSchema,
    team: z.object({ name: z.string().min(1), office: z.string().optional() }).strict(),
    visitDate: isoDate,
    evaluators: z.array(z.string()),
    lang: z.enum(["nb", "en"]),
    window: z.object({ from: isoDate, to: isoDate, weeks: z.number().int().min(1), referenceDate: isoDate }).strict(),
    countingRules: countingRulesSchema,
    inputs: z.array(inputFile),
    metrics: metrics.optional(),
    suggestions: z.array(suggestion),
    items: z.array(itemRating),
    /** Conditions outside the team's control (documentation load, meetings, labour market). */
    context: z.string().optional(),
    /** The evaluator's decisions on the action plan, merged onto the tool's proposals (core/action-plan.ts). */
    actionPlan: z.array(planEntrySchema).optional(),
    /** The previous evaluation's action plan with how far each action got. */
    previousPlan: previousPlanSchema.optional(),
    createdAt: z.string(),
    updatedAt: z.string(),
    /** Wizard position for resuming (item id). */
    cursor: z.string().optional(),
    /** Set on a consensus of two evaluators' evaluations (`fidelity merge`). */
    consensus: consensusBlock.optional(),
  })
  .strict()
  // Free text goes into the report: an identity number typed or edited into it is refused, as in the answers file.
  .superRefine((e, ctx) => {
    const check = (text: string | undefined, path: (string | number)[]) => {
      if (text && containsNationalId(text))
        ctx.addIssue({
          code: "custom",
          path,
          message:
            "contains what looks like a Norwegian national identity number; the report must not identify participants: remove it (the value is not shown)",
        });
    };
    check(e.context, ["context"]);
    e.items.forEach((item, i) => {
      check(item.note, ["items", i, "note"]);
      check(item.reason, ["items", i, "reason"]);
      check(item.recommendation, ["items", i, "recommendation"]);
    });
    e.actionPlan?.forEach((entry, i) => {
      for (const field of ["action", "responsible", "support", "measure"] as const)
        check(entry[field], ["actionPlan", i, field]);
    });
    e.consensus?.items.forEach((item, i) => {
      check(item.rationale, ["consensus", "items", i, "rationale"]);
      for (const side of ["a", "b"] as const) {
        check(item[side]?.note, ["consensus", "items", i, side, "note"]);
        check(item[side]?.reason, ["consensus", "items", i, side, "reason"]);
      }
    });
  });

export interface InputFileRef {
  kind: "utetid" | "contacts" | "caseload" | "team" | "answers";
  file: string;
  sha256: string;
  rows?: number;
  /** The evaluator went on without this file because of its errors (`evaluate`): its data was not used. */
  leftOut?: { problems: number; examples: string[] };
}

export type ConsensusSide = z.infer<typeof consensusSide>;
export type ConsensusItem = z.infer<typeof consensusBlock>["items"][number];
export type ConsensusBlock = z.infer<typeof consensusBlock>;

/** The evaluation as the program uses it (metrics and suggestions with their full types). */
export interface Evaluation {
  formatVersion: typeof FORMAT_VERSION;
  status: "in-progress" | "complete";
  tool: { name: "fidelity"; version: string };
  scale: Scale;
  team: { name: string; office?: string };
  visitDate: string;
  evaluators: string[];
  lang: "nb" | "en";
  window: { from: string; to: string; weeks: number; referenceDate: string };
  countingRules: CountingRules;
  inputs: InputFileRef[];
  metrics?: TeamMetrics;
  suggestions: DataSuggestion[];
  items: ItemRating[];
  context?: string;
  actionPlan?: PlanEntry[];
  previousPlan?: PreviousPlan;
  createdAt: string;
  updatedAt: string;
  cursor?: string;
  consensus?: ConsensusBlock;
}

type Json = Record<string, unknown>;

/**
 * How an evaluation file of each older `formatVersion` becomes the next one: `MIGRATIONS[n]` turns format n into
 * n + 1, or says why it cannot. A change to the file's shape raises FORMAT_VERSION and adds the step here (with a
 * test reading a file of the old format), instead of a reader that trips over it.
 */
const MIGRATIONS: Readonly<Record<number, (json: Json) => { json: Json } | { problem: string }>> = {
  // 1 → 2: the optional consensus block was added; a version 1 file cannot have one.
  1: (json) =>
    json.consensus !== undefined
      ? { problem: "formatVersion: a consensus block needs formatVersion 2" }
      : { json: { ...json, formatVersion: 2 } },
  // 2 → 3: the optional action plan, previous plan and item recommendations were added; a version 2 file has none.
  2: (json) => ({ json: { ...json, formatVersion: 3 } }),
};

/**
 * Bring parsed JSON of any readable `formatVersion` up to the current one. A file from a newer fidelity is a
 * problem that says so; a file without a version is left for the schema to report.
 */
export function migrateEvaluation(json: unknown): { ok: true; json: unknown } | { ok: false; problem: string } {
  if (typeof json !== "object" || json === null || Array.isArray(json)) return { ok: true, json };
  const version = (json as Json).formatVersion;
  if (typeof version !== "number" || !Number.isInteger(version) || version === FORMAT_VERSION)
    return { ok: true, json };
  if (version > FORMAT_VERSION)
    return {
      ok: false,
      problem: `formatVersion: ${version} is written by a newer version of fidelity (this one reads up to ${FORMAT_VERSION}): update fidelity to read it`,
    };
  let current = json as Json;
  for (let from = version; from < FORMAT_VERSION; from++) {
    const step = MIGRATIONS[from];
    if (!step) return { ok: false, problem: `formatVersion: ${version} is not a format fidelity has written` };
    const next = step(current);
    if ("problem" in next) return { ok: false, problem: next.problem };
    current = next.json;
  }
  return { ok: true, json: current };
}

/** Check parsed JSON as an evaluation file (migrated from an older format first). Problems come with their JSON path. */
export function parseEvaluation(
  json: unknown,
): { ok: true; evaluation: Evaluation } | { ok: false; problems: string[] } {
  // Every key and text of the file goes into a report or a message: an identity number anywhere in it (also
  // where the wizard never writes free text: the team, evaluators, specialists, a hand-edited key) is refused
  // first, so that no schema message can quote it. Hashes are not text.
  const ids = identifyingInJson(json, { skipKeys: NOT_TEXT });
  if (ids.length > 0)
    return {
      ok: false,
      problems: ids.map(
        (f) =>
          `${f.path.map(String).join(".") || "(top level)"}: ${f.inKey ? "a key here " : ""}contains what looks like a Norwegian national identity number; the report must not identify participants: remove it (the value is not shown)`,
      ),
    };
  const migrated = migrateEvaluation(json);
  if (!migrated.ok) return { ok: false, problems: [migrated.problem] };
  const result = evaluationSchema.safeParse(migrated.json);
  if (!result.success)
    return {
      ok: false,
      problems: result.error.issues.map((i) => `${i.path.map(String).join(".") || "(top level)"}: ${i.message}`),
    };
  return { ok: true, evaluation: result.data as unknown as Evaluation };
}

const NOT_TEXT: ReadonlySet<string> = new Set(["sha256"]);

/**
 * The timestamp of a batch scoring (`score`, or `evaluate` without a terminal): noon UTC on the visit date, so
 * the same team folder always gives the same bytes. The wizard stamps real times on every answer instead.
 */
export function batchTimestamp(visitDate: string): string {
  return `${visitDate}T12:00:00.000Z`;
}

/** Was this evaluation written by a batch scoring, untouched since (so it can be made again from the team folder)? */
export function isBatchScoring(evaluation: Pick<Evaluation, "visitDate" | "updatedAt">): boolean {
  return evaluation.updatedAt === batchTimestamp(evaluation.visitDate);
}

/**
 * Were two sets of input files the same files (by kind and sha256, in any order)? How an evaluation is matched
 * with a team folder's files now: the same data, or not.
 */
export function sameInputFiles(
  a: readonly { kind: string; sha256: string }[],
  b: readonly { kind: string; sha256: string }[],
): boolean {
  const key = (files: readonly { kind: string; sha256: string }[]) =>
    files
      .map((f) => `${f.kind}:${f.sha256}`)
      .sort()
      .join(" ");
  return key(a) === key(b);
}

export function ratingsMap(evaluation: Pick<Evaluation, "items">): Map<string, ItemRating> {
  return new Map(evaluation.items.map((r) => [r.itemId, r]));
}
