/**
 * The batch summary (`summary.csv`, `summary.json`, `--json`): one entry per team with its total and band or
 * colour counts and every item's score. The CSV opens directly in Norwegian Excel (UTF-8 with BOM, `;`), and
 * cells that a spreadsheet would run as a formula are neutralised.
 */
import { type Evaluation, ratingsMap } from "../core/evaluation.js";
import { KEY_METRICS, type KeyMetrics, keyMetricsOf } from "../core/overview/key-metrics.js";
import type { ReviewType } from "../core/overview/review-type.js";
import type { TeamGrouping } from "../core/overview/row.js";
import { allItems, COLOUR_NAMES, type Colour, type Lang, type Scale } from "../core/scale.js";
import { scoreRatings } from "../core/scoring.js";
import { SUMMARY } from "./summary.messages.js";

export interface TeamSummary {
  team: string;
  office?: string;
  /** team.json's group (county, region) and review type. */
  group?: string;
  reviewType?: ReviewType;
  scale: string;
  scaleVersion: string;
  visitDate: string;
  window: { from: string; to: string };
  complete: boolean;
  unrated: string[];
  total?: number;
  totalMin?: number;
  totalMax?: number;
  maxPossible?: number;
  band?: string;
  colours?: { green: number; yellow: number; red: number; unrated: number };
  items: { id: string; score?: number; colour?: Colour; source?: string; suggested?: number | string }[];
  /**
   * Whole weeks of the window a dated file does not reach (coverage gaps), in the run's language; absent when
   * every file covers every week. In summary.csv they are the `problem` cell of a scored team.
   */
  coverage?: string[];
  /** The team's key metrics from its data (team values; absent where the data gives none). */
  metrics?: KeyMetrics;
  evaluationFile?: string;
  pdfFile?: string;
}

/**
 * A team nothing was written for. It is in summary.json's `failed` and, so a spreadsheet shows it too, a row
 * of summary.csv with status `failed` and `reason` in the `problem` column (the other cells empty).
 */
export interface FailedTeam {
  team: string;
  group?: string;
  reviewType?: ReviewType;
  dir: string;
  /**
   * `unrated`: items without a rating under --require-complete; `coverage-gap`: under --require-complete, whole
   * weeks of the window missing from a file; `invalid-data`: the files or answers have errors.
   */
  failure: "unrated" | "coverage-gap" | "invalid-data";
  /** Short, in the run's language: the `problem` cell of summary.csv. */
  reason: string;
  /** The unrated items (failure `unrated`). */
  unrated?: string[];
  problems: string[];
}

/** Item ids for a short cell or line: the first five, then "…". */
export function firstIds(ids: readonly string[], n = 5): string {
  return `${ids.slice(0, n).join(", ")}${ids.length > n ? " …" : ""}`;
}

/** The short reason for a failed team (summary.csv's `problem` cell, summary.json's `reason`). */
export function failureReason(
  failure: FailedTeam["failure"],
  detail: { unrated?: readonly string[]; problems: number },
  lang: Lang,
): string {
  const t = SUMMARY.in(lang);
  if (failure === "unrated") {
    const ids = detail.unrated ?? [];
    return t("itemsNotRated", { n: ids.length, ids: firstIds(ids) });
  }
  const n = detail.problems;
  if (failure === "coverage-gap") return t("coverageGap", { n });
  return n === 0 ? t("invalidData") : t("invalidDataCount", { n });
}

export function summarise(
  evaluation: Evaluation,
  files: { evaluationFile?: string; pdfFile?: string },
  grouping: TeamGrouping = {},
): TeamSummary {
  const result = scoreRatings(evaluation.scale, ratingsMap(evaluation));
  const items = result.items.map((s) => ({
    id: s.item.id,
    ...(s.score !== undefined ? { score: s.score } : {}),
    ...(s.colour !== undefined ? { colour: s.colour } : {}),
    ...(s.rating && (s.score !== undefined || s.colour !== undefined) ? { source: s.rating.source } : {}),
    ...(s.rating?.source === "override" ? { suggested: s.rating.suggestedScore ?? s.rating.suggestedColour } : {}),
  }));
  const base = {
    team: evaluation.team.name,
    ...(evaluation.team.office ? { office: evaluation.team.office } : {}),
    ...(grouping.group ? { group: grouping.group } : {}),
    ...(grouping.reviewType ? { reviewType: grouping.reviewType } : {}),
    scale: evaluation.scale.id,
    scaleVersion: evaluation.scale.version,
    visitDate: evaluation.visitDate,
    window: { from: evaluation.window.from, to: evaluation.window.to },
    complete: result.complete,
    unrated: result.unrated,
    items,
    ...coverageOf(evaluation),
    metrics: keyMetricsOf(evaluation.metrics),
    ...files,
  };
  if (result.scoring === "points")
    return {
      ...base,
      ...(result.total.value !== undefined ? { total: result.total.value } : {}),
      totalMin: result.total.min,
      totalMax: result.total.max,
      maxPossible: result.total.maxPossible,
      ...(result.total.band ? { band: result.total.band.label[evaluation.lang] } : {}),
    };
  return { ...base, colours: result.colours };
}

/** The coverage-gap warnings of an evaluation's data, in its language (none for an evaluation without metrics). */
export function coverageGaps(evaluation: Evaluation): { file?: string; message: string }[] {
  return (evaluation.metrics?.warnings ?? [])
    .filter((w) => w.code === "coverageGap")
    .map((w) => ({ ...(w.file ? { file: w.file } : {}), message: w.message[evaluation.lang] }));
}

function coverageOf(evaluation: Evaluation): { coverage?: string[] } {
  const gaps = coverageGaps(evaluation);
  return gaps.length ? { coverage: gaps.map((g) => (g.file ? `${g.file}: ${g.message}` : g.message)) } : {};
}

/** A cell a spreadsheet would treat as a formula (`=`, `+`, `-`, `@`, tab, CR) gets a leading apostrophe. */
export function neutraliseCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** The key metrics' columns in summary.csv (after the counts, the group and the review type; before the items). */
export const METRIC_COLUMNS: Record<(typeof KEY_METRICS)[number], string> = {
  caseloadPerFte: "participants_per_fte",
  utetidPct: "utetid_pct",
  employerContactsPerWeek: "employer_contacts_per_week",
  daysToFirstEmployerContact: "days_to_first_employer_contact",
  competitiveJobsPct: "competitive_jobs_pct",
};

/** A number for Norwegian Excel: at most two decimals, decimal comma, no thousands separator. */
export function csvNumber(n: number | undefined): string | undefined {
  if (n === undefined || !Number.isFinite(n)) return undefined;
  const r = Math.round((n + Math.sign(n) * Number.EPSILON) * 100) / 100;
  return String(r === 0 ? 0 : r).replace(".", ",");
}

function csvCell(value: string | number | undefined): string {
  if (value === undefined) return "";
  const s = neutraliseCell(String(value));
  return /[;"\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * One row per team, scored or failed, in name order, with headers and words in `lang`. `status` is
 * `complete`, `provisional` (unrated items) or `failed` (nothing written; `problem` says why, every other cell
 * is empty) — `fullført`, `foreløpig`, `feilet` in bokmål. A scored team's `problem` holds its coverage gaps
 * (whole weeks a file does not reach), if any.
 */
export function summaryCsv(
  teams: readonly TeamSummary[],
  scales: readonly Scale[],
  failed: readonly FailedTeam[] = [],
  lang: Lang = "nb",
): string {
  const t = SUMMARY.in(lang);
  const itemIds: string[] = [];
  for (const scale of scales) for (const i of allItems(scale)) if (!itemIds.includes(i.id)) itemIds.push(i.id);
  const header: string[] = [
    "team",
    "office",
    "scale",
    "scale_version",
    "visit_date",
    "status",
    "problem",
    "total",
    "total_min",
    "total_max",
    "band",
    "green",
    "yellow",
    "red",
    "unrated",
    "group",
    "review_type",
    ...KEY_METRICS.map((id) => METRIC_COLUMNS[id]),
    ...itemIds,
  ];
  const scored = teams.map((s) => {
    const byId = new Map(s.items.map((i) => [i.id, i]));
    return {
      team: s.team,
      cells: [
        s.team,
        s.office,
        s.scale,
        s.scaleVersion,
        s.visitDate,
        t(s.complete ? "complete" : "provisional"),
        s.coverage?.join(" | "),
        s.total,
        s.totalMin,
        s.totalMax,
        s.band,
        s.colours?.green,
        s.colours?.yellow,
        s.colours?.red,
        s.colours ? s.colours.unrated : s.unrated.length,
        s.group,
        s.reviewType,
        ...KEY_METRICS.map((id) => csvNumber(s.metrics?.[id])),
        ...itemIds.map((id) => {
          const i = byId.get(id);
          return i?.score ?? (i?.colour ? COLOUR_NAMES[lang][i.colour].toLowerCase() : undefined);
        }),
      ],
    };
  });
  const notScored = failed.map((f) => {
    const cells: (string | number | undefined)[] = header.map(() => undefined);
    cells[header.indexOf("team")] = f.team;
    cells[header.indexOf("group")] = f.group;
    cells[header.indexOf("review_type")] = f.reviewType;
    cells[header.indexOf("status")] = t("failed");
    // The problems themselves are listed in summary.json, written beside this file.
    cells[header.indexOf("problem")] = f.failure === "invalid-data" ? `${f.reason} → summary.json` : f.reason;
    return { team: f.team, cells };
  });
  const rows = [...scored, ...notScored].sort((a, b) => a.team.localeCompare(b.team, "nb")).map((r) => r.cells);
  // The column headers in `lang`; the item ids (B1, KV3 …) are the same in both.
  const shown = header.map((h) => (h in SUMMARY.messages ? t(h as keyof typeof SUMMARY.messages) : h));
  return `\uFEFF${[shown, ...rows].map((r) => r.map(csvCell).join(";")).join("\r\n")}\r\n`;
}
