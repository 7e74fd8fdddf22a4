/**
 * `<team>.handlingsplan.csv`: the action plan for follow-up in a spreadsheet, one row per action, written as
 * summary.csv is (UTF-8 with BOM, `;`, CRLF, formula-like cells neutralised) so it opens directly in Norwegian
 * Excel. Headers and dates follow the report language (the team works in it); the status column is left for the
 * team to fill in (gjennomført / delvis / ikke gjennomført), as the next evaluation asks.
 */
import type { ActionPlanSection } from "../core/report/model.js";
import type { Lang } from "../core/scale.js";
import { ACTION_PLAN_COLUMNS, ACTION_PLAN_CSV } from "./action-plan-csv.messages.js";
import { neutraliseCell } from "./summary.js";

function headers(lang: Lang): string[] {
  const t = ACTION_PLAN_CSV.in(lang);
  return ACTION_PLAN_COLUMNS.map((c) => t(c));
}

function cell(value: string | number | undefined): string {
  if (value === undefined) return "";
  const s = neutraliseCell(String(value));
  return /[;"\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function actionPlanCsv(plan: ActionPlanSection, lang: Lang): string {
  const rows = plan.rows.map((r, i) => [
    i + 1,
    r.itemId ?? "",
    r.itemTitle ?? "",
    r.action,
    r.responsible,
    r.deadline,
    r.support,
    r.measure,
    "",
  ]);
  return `\uFEFF${[headers(lang), ...rows].map((r) => r.map(cell).join(";")).join("\r\n")}\r\n`;
}
