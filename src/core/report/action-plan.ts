/**
 * The action plan (handlingsplan): one proposed action per improvement priority — tiltak, ansvarlig (a role),
 * frist, støtte som trengs, and how progress is measured — merged with what the evaluator decided (accepted,
 * edited, removed or added rows; core/action-plan.ts). Pure: the same evaluation gives the same plan.
 */
import type { ActionFields, PlanEntry, PreviousAction } from "../action-plan.js";
import type { IsoDate } from "../dates.js";
import { progressMeasure } from "../notes/recommendation.js";
import type { Lang, ScaleItem } from "../scale.js";
import type { ScoredItem } from "../scoring.js";
import type { DataSuggestion } from "../suggestion.js";
import { ACTION_PLAN } from "./action-plan.messages.js";
import type { ImprovementNote } from "./model.js";

export interface PlannedAction extends Required<Omit<ActionFields, "deadline">> {
  itemId?: string;
  deadline: IsoDate;
  /** Proposed by the tool as it stands, changed by the evaluator, or added by the evaluator. */
  origin: "proposed" | "edited" | "added";
}

/** Sections and metrics whose actions need management: staffing, organisation, the caseload. */
const MANAGEMENT_SECTIONS = new Set(["bemanning", "organisasjon", "organisering"]);

function needsManagement(item: ScaleItem, sectionId: string): boolean {
  return MANAGEMENT_SECTIONS.has(sectionId) || item.data?.metric === "caseloadPerFte";
}

/** The role that answers for an item's action (a role, not a person: the plan outlives staff changes). */
export function responsibleRole(item: ScaleItem, sectionId: string, lang: Lang): string {
  return ACTION_PLAN.in(lang)(needsManagement(item, sectionId) ? "management" : "supervisorWithTeam");
}

export function supportNeeded(item: ScaleItem, sectionId: string, lang: Lang): string {
  const t = ACTION_PLAN.in(lang);
  const base = t(needsManagement(item, sectionId) ? "managementDecision" : "teamTime");
  if (!item.data) return base;
  return t("monthlyFigures", { support: base });
}

/** The first sentence of a text. */
export function firstSentence(text: string): string {
  const m = /^.+?[.!?](?=\s|$)/.exec(text.trim());
  return m ? m[0] : text.trim();
}

export interface PlanInputs {
  items: readonly ScoredItem[];
  notes: readonly ImprovementNote[];
  priorities: readonly ImprovementNote[];
  suggestions: readonly DataSuggestion[];
  entries?: readonly PlanEntry[];
  deadline: IsoDate;
  lang: Lang;
}

/** The tool's proposal for one item (any rated item; the plan proposes one for each priority). */
function proposal(inputs: PlanInputs, itemId: string): Omit<PlannedAction, "origin"> | undefined {
  const scored = inputs.items.find((s) => s.item.id === itemId);
  if (!scored) return undefined;
  const { item, sectionId } = scored;
  const { lang } = inputs;
  const note = inputs.notes.find((n) => n.id === itemId);
  const suggestion = inputs.suggestions.find((s) => s.itemId === itemId);
  // The evaluator's own recommendation is the action; otherwise the scale's advice, whose first sentence is
  // the concrete step (the note's recommendation adds the team's numbers, which the measure carries here).
  const action = note?.recommendationByEvaluator
    ? (note.recommendation ?? "")
    : firstSentence(scored.item.improvementHint[lang]);
  return {
    itemId,
    action,
    responsible: responsibleRole(item, sectionId, lang),
    deadline: inputs.deadline,
    support: supportNeeded(item, sectionId, lang),
    measure: progressMeasure(scored, suggestion, lang),
  };
}

const defined = <T extends object>(o: T): Partial<T> =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== "")) as Partial<T>;

const FIELDS = ["action", "responsible", "deadline", "support", "measure"] as const;

/**
 * The plan: the proposals for the priorities, in priority order, with the evaluator's entries applied (an
 * entry for a proposed item changes the fields it gives or removes the row; any other entry is added).
 */
export function actionPlan(inputs: PlanInputs): PlannedAction[] {
  const rows: (PlannedAction & { removed?: boolean })[] = [];
  for (const p of inputs.priorities) {
    const base = proposal(inputs, p.id);
    if (base) rows.push({ ...base, origin: "proposed" });
  }
  for (const entry of inputs.entries ?? []) {
    const itemId = entry.itemId?.trim().toUpperCase() || undefined;
    const given = defined({
      action: entry.action?.trim(),
      responsible: entry.responsible?.trim(),
      deadline: entry.deadline,
      support: entry.support?.trim(),
      measure: entry.measure?.trim(),
    });
    const changes = FIELDS.some((f) => given[f] !== undefined);
    const at = itemId ? rows.findIndex((r) => r.itemId === itemId && r.origin === "proposed" && !r.removed) : -1;
    const row = rows[at];
    if (row) {
      if (entry.removed) row.removed = true;
      else rows[at] = { ...row, ...given, origin: changes ? "edited" : "proposed" };
      continue;
    }
    if (entry.removed) continue;
    const base = itemId ? proposal(inputs, itemId) : undefined;
    rows.push({
      itemId,
      action: base?.action ?? "",
      responsible: base?.responsible ?? ACTION_PLAN.in(inputs.lang)("supervisor"),
      deadline: inputs.deadline,
      support: base?.support ?? "",
      measure: base?.measure ?? "",
      ...given,
      origin: "added",
    });
  }
  return rows.filter((r) => !r.removed && r.action.trim() !== "").map(({ removed: _, ...r }) => r);
}

/** The plan as the next evaluation follows it up (no status yet). */
export function asPreviousActions(plan: readonly PlannedAction[]): PreviousAction[] {
  return plan.map((a) => ({
    ...(a.itemId ? { itemId: a.itemId } : {}),
    action: a.action,
    responsible: a.responsible,
    deadline: a.deadline,
    measure: a.measure,
  }));
}
