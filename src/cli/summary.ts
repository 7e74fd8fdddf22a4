/**
 * The batch summary (`summary.csv`, `summary.json`, `--json`): one entry per team with its total and band or
 * colour counts and every item's score. The CSV opens directly in Norwegian Excel (UTF-8 with BOM, `;`), and
 * cells that a spreadsheet would run as a formula are neutralised.
 */
import { type Evaluation, ratingsMap } from "../core/evaluation.js";
import { allItems, type Scale } from "../core/scale.js";
import { scoreRatings } from "../core/scoring.js";

export interface TeamSummary {
  team: string;
  office?: string;
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
  items: { id: string; score?: number; colour?: string; source?: string; suggested?: number | string }[];
  evaluationFile?: string;
  pdfFile?: string;
}

export interface FailedTeam {
  team: string;
  dir: string;
  problems: string[];
}

export function summarise(evaluation: Evaluation, files: { evaluationFile?: string; pdfFile?: string }): TeamSummary {
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
    scale: evaluation.scale.id,
    scaleVersion: evaluation.scale.version,
    visitDate: evaluation.visitDate,
    window: { from: evaluation.window.from, to: evaluation.window.to },
    complete: result.complete,
    unrated: result.unrated,
    items,
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

/** A cell a spreadsheet would treat as a formula (`=`, `+`, `-`, `@`, tab, CR) gets a leading apostrophe. */
export function neutraliseCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function csvCell(value: string | number | undefined): string {
  if (value === undefined) return "";
  const s = neutraliseCell(String(value));
  return /[;"\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const COLOUR_NB: Record<string, string> = { green: "grønn", yellow: "gul", red: "rød" };

export function summaryCsv(teams: readonly TeamSummary[], scales: readonly Scale[]): string {
  const itemIds: string[] = [];
  for (const scale of scales) for (const i of allItems(scale)) if (!itemIds.includes(i.id)) itemIds.push(i.id);
  const header = [
    "team",
    "office",
    "scale",
    "scale_version",
    "visit_date",
    "status",
    "total",
    "total_min",
    "total_max",
    "band",
    "green",
    "yellow",
    "red",
    "unrated",
    ...itemIds,
  ];
  const rows = teams.map((t) => {
    const byId = new Map(t.items.map((i) => [i.id, i]));
    return [
      t.team,
      t.office,
      t.scale,
      t.scaleVersion,
      t.visitDate,
      t.complete ? "complete" : "provisional",
      t.total,
      t.totalMin,
      t.totalMax,
      t.band,
      t.colours?.green,
      t.colours?.yellow,
      t.colours?.red,
      t.colours ? t.colours.unrated : t.unrated.length,
      ...itemIds.map((id) => {
        const i = byId.get(id);
        return i?.score ?? (i?.colour ? COLOUR_NB[i.colour] : undefined);
      }),
    ];
  });
  return `\uFEFF${[header, ...rows].map((r) => r.map(csvCell).join(";")).join("\r\n")}\r\n`;
}
