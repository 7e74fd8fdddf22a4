/**
 * The previous round for the overview (`score --previous-dir`): an earlier output folder of `fidelity score`.
 * Its `summary.json` gives one overview row per team; a folder without one (or an older summary) falls back
 * to its `<team>.evaluation.json` files, read one at a time (set-aside `.replaced-` files are skipped).
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { UsageError } from "../core/errors.js";
import { KEY_METRICS } from "../core/overview/key-metrics.js";
import { REVIEW_TYPES } from "../core/overview/review-type.js";
import { type OverviewRow, overviewRow } from "../core/overview/row.js";
import { COLOURS } from "../core/scale.js";
import { readEvaluationFile } from "./evaluation-file.js";
import { PREVIOUS_ROUND } from "./previous-round.messages.js";
import { runFiles } from "./team-outputs.js";

const summaryTeam = z.object({
  team: z.string().min(1),
  group: z.string().optional(),
  reviewType: z.enum(REVIEW_TYPES).optional().catch(undefined),
  scale: z.string().min(1),
  scaleVersion: z.string().default(""),
  visitDate: z.string().default(""),
  complete: z.boolean(),
  total: z.number().optional(),
  totalMin: z.number().optional(),
  totalMax: z.number().optional(),
  colours: z.object({}).passthrough().optional(),
  items: z.array(
    z.object({ id: z.string(), score: z.number().optional(), colour: z.enum(COLOURS).optional() }).passthrough(),
  ),
  metrics: z.record(z.string(), z.number()).optional(),
});

const summaryFile = z.object({ teams: z.array(summaryTeam.passthrough()) }).passthrough();

export interface PreviousRound {
  /** The folder's own name (not its path), for the overview's words. */
  name: string;
  rows: OverviewRow[];
}

export function readPreviousRound(dir: string): PreviousRound {
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new UsageError(PREVIOUS_ROUND.text("notAFolder", { dir }));
  const name =
    dir
      .replace(/[\\/]+$/, "")
      .split(/[\\/]/)
      .pop() || dir;
  const summaryPath = runFiles(dir).summaryJson;
  if (existsSync(summaryPath)) {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(summaryPath, "utf8"));
    } catch (e) {
      throw new UsageError(PREVIOUS_ROUND.text("notJson", { path: summaryPath, detail: (e as Error).message }));
    }
    const parsed = summaryFile.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]?.message;
      const detail = issue === undefined ? PREVIOUS_ROUND.text("unexpectedShape") : { nb: issue, en: issue };
      throw new UsageError(PREVIOUS_ROUND.text("notASummary", { path: summaryPath, detail }));
    }
    return { name, rows: parsed.data.teams.map(fromSummary) };
  }
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".evaluation.json") && !f.includes(".replaced-"))
    .sort();
  if (files.length === 0) throw new UsageError(PREVIOUS_ROUND.text("nothingToRead", { dir }));
  return { name, rows: files.map((f) => overviewRow(readEvaluationFile(join(dir, f)))) };
}

function fromSummary(t: z.infer<typeof summaryTeam>): OverviewRow {
  const items: OverviewRow["items"] = {};
  for (const i of t.items) {
    const v = i.score ?? i.colour;
    if (v !== undefined) items[i.id] = v;
  }
  const metrics: OverviewRow["metrics"] = {};
  for (const id of KEY_METRICS) {
    const v = t.metrics?.[id];
    if (v !== undefined) metrics[id] = v;
  }
  return {
    team: t.team,
    ...(t.group ? { group: t.group } : {}),
    ...(t.reviewType ? { reviewType: t.reviewType } : {}),
    scaleId: t.scale,
    scaleVersion: t.scaleVersion,
    scoring: t.colours ? "colours" : "points",
    visitDate: t.visitDate,
    complete: t.complete,
    ...(t.total !== undefined ? { total: t.total } : {}),
    ...(t.totalMin !== undefined ? { totalMin: t.totalMin } : {}),
    ...(t.totalMax !== undefined ? { totalMax: t.totalMax } : {}),
    items,
    metrics,
  };
}
