/**
 * The follow-up of the previous evaluation's action plan: its actions as they were proposed and agreed, each
 * with how far it got (gjennomført / delvis / ikke gjennomført) as the evaluator says — in the answers file's
 * `previousActions` or in the wizard — keyed by item id or by the action's number in that plan.
 */
import { type FollowUpStatus, type PreviousPlan, previousActionKeys } from "../action-plan.js";
import type { JsonPathIssue } from "../errors.js";
import type { Evaluation } from "../evaluation.js";
import type { Lang } from "../scale.js";
import { previousPlanOf } from "./build.js";

export function followUpPlan(
  previous: Evaluation,
  statuses: ReadonlyMap<string, FollowUpStatus> | undefined,
  lang: Lang,
  file = "vurderinger.json",
): { plan: PreviousPlan; issues: JsonPathIssue[] } {
  // The previous evaluation keeps its plan's follow-up of the one before; its own plan is what is followed up.
  const plan = previousPlanOf(previous, lang);
  const keys = previousActionKeys(plan.actions);
  const issues: JsonPathIssue[] = [];
  for (const key of statuses?.keys() ?? [])
    if (!keys.includes(key))
      issues.push({
        file,
        path: ["previousActions", key],
        message: `previousActions.${key}: the plan of ${previous.visitDate} has no such action (its actions are ${keys.join(", ") || "none"})`,
      });
  return {
    plan: {
      visitDate: plan.visitDate,
      actions: plan.actions.map((a, i) => {
        const status = statuses?.get(keys[i] ?? "");
        return status ? { ...a, status } : a;
      }),
    },
    issues,
  };
}
