/**
 * The action plan (handlingsplan) as the evaluation file keeps it, and the follow-up of the previous plan.
 *
 * The tool proposes one action per improvement priority (report/action-plan.ts). What the evaluator decided
 * is kept as entries merged onto those proposals: an entry for a proposed item changes the fields it gives (or
 * removes the row), any other entry is added. A field left out takes the proposal's text in the report's
 * language. So an untouched plan follows the data, and an edited one keeps the evaluator's words.
 */
import { z } from "zod";
import { dayNumber, type IsoDate } from "./dates.js";

const isoDate = z
  .string()
  .refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && dayNumber(s) !== undefined, "expected a real date as YYYY-MM-DD");

/** The parts of one action, as the evaluator may write them. */
export interface ActionFields {
  /** Tiltak: what the team will do. */
  action?: string;
  /** Ansvarlig: a role, never a person's name by design (the plan outlives staff changes). */
  responsible?: string;
  /** Frist (YYYY-MM-DD). */
  deadline?: IsoDate;
  /** Støtte som trengs. */
  support?: string;
  /** How progress is measured ("kontakter per uke: 4,2 → 6"). */
  measure?: string;
}

export interface PlanEntry extends ActionFields {
  /** The item the action is for; absent for an action about the whole team. */
  itemId?: string;
  /** A proposed row the evaluator took out of the plan. */
  removed?: boolean;
}

export const planEntrySchema = z
  .object({
    itemId: z.string().optional(),
    action: z.string().optional(),
    responsible: z.string().optional(),
    deadline: isoDate.optional(),
    support: z.string().optional(),
    measure: z.string().optional(),
    removed: z.boolean().optional(),
  })
  .strict();

/** How far an action of the previous plan got: gjennomført / delvis / ikke gjennomført. */
export const FOLLOW_UP_STATUSES = ["done", "partly", "notDone"] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

/** One action of the previous plan, as it was agreed, with how far it got (when the evaluator said). */
export interface PreviousAction {
  itemId?: string;
  action: string;
  responsible: string;
  deadline: IsoDate;
  measure: string;
  status?: FollowUpStatus;
}

export interface PreviousPlan {
  /** The visit the plan was made at. */
  visitDate: IsoDate;
  actions: PreviousAction[];
}

export const previousPlanSchema = z
  .object({
    visitDate: isoDate,
    actions: z.array(
      z
        .object({
          itemId: z.string().optional(),
          action: z.string(),
          responsible: z.string(),
          deadline: isoDate,
          measure: z.string(),
          status: z.enum(FOLLOW_UP_STATUSES).optional(),
        })
        .strict(),
    ),
  })
  .strict();

const STATUS_WORDS: Record<string, FollowUpStatus> = {
  gjennomfort: "done",
  gjennomført: "done",
  done: "done",
  ferdig: "done",
  delvis: "partly",
  "delvis gjennomført": "partly",
  "delvis gjennomfort": "partly",
  partly: "partly",
  "partly done": "partly",
  "ikke gjennomført": "notDone",
  "ikke gjennomfort": "notDone",
  ikke: "notDone",
  "not done": "notDone",
  notdone: "notDone",
};

/** "gjennomført" / "delvis" / "ikke gjennomført" (or done / partly / not done) → a status. */
export function parseFollowUpStatus(word: string): FollowUpStatus | undefined {
  return STATUS_WORDS[word.trim().toLowerCase().replace(/\s+/g, " ")];
}

/**
 * A previous action's key, as the answers file and the wizard name it: the item id, or the action's number in
 * the plan (1, 2, …) for an action about the whole team or a second action for the same item.
 */
export function previousActionKeys(actions: readonly PreviousAction[]): string[] {
  const seen = new Set<string>();
  return actions.map((a, i) => {
    const id = a.itemId?.toUpperCase();
    if (id && !seen.has(id)) {
      seen.add(id);
      return id;
    }
    return String(i + 1);
  });
}
