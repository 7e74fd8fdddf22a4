/**
 * One team's data and answers → its evaluation (docs/design.md §5–6). Pure: the CLI reads the files (src/io) and
 * hands the records, metadata and raw answers in; this decides everything else.
 */
import { type Answers, combineRatings, identifyingText, parseAnswers } from "./answers.js";
import { ANSWERS } from "./answers.messages.js";
import { suggestFromData } from "./data-items.js";
import type { IsoDate } from "./dates.js";
import { type InputIssue, type JsonPath, locateJsonIssues, type Position } from "./errors.js";
import { type Evaluation, FORMAT_VERSION, type InputFileRef } from "./evaluation.js";
import { type CountingRules, countingRulesSchema } from "./metrics/counting-rules.js";
import { computeTeamMetrics } from "./metrics/index.js";
import { participantIdsOf } from "./participant-ids.js";
import type { TeamRecords } from "./records.js";
import { followUpPlan } from "./report/follow-up.js";
import { formatJsonPath, type Lang, type Scale } from "./scale.js";
import { lookbackWindow } from "./window.js";

export interface TeamInput {
  name: string;
  office?: string;
  visitDate: IsoDate;
  evaluators: string[];
  lookbackWeeks: number;
  records: TeamRecords;
  /** FTE per specialist from team.json (wins over the caseload column). */
  fte?: Record<string, number>;
  /** Counting rules as written in team.json (partial; defaults fill the rest). */
  countingRules?: unknown;
  /** Parsed answers file and its name, if the team has one; `locate` places its problems at line:column. */
  answers?: { json: unknown; file: string; locate?: (path: JsonPath) => Position };
  context?: string;
  inputs: InputFileRef[];
  /** Where team.json is, for messages about its counting rules. */
  teamFile?: string;
  /** The team's previous evaluation: its action plan is followed up (statuses from the answers file). */
  previous?: Evaluation;
}

export interface EvaluateOptions {
  lang: Lang;
  toolVersion: string;
  /** Timestamp recorded as created/updated (and the PDF's creation date). */
  timestamp: string;
}

/** team.json's counting rules with defaults filled in, and a problem per invalid rule (with its JSON path). */
export function countingRulesFrom(input: Pick<TeamInput, "countingRules" | "teamFile">): {
  rules: CountingRules;
  issues: InputIssue[];
} {
  const parsed = countingRulesSchema.safeParse(input.countingRules ?? {});
  if (parsed.success) return { rules: parsed.data, issues: [] };
  return {
    rules: countingRulesSchema.parse({}),
    issues: parsed.error.issues.map((i) => ({
      file: input.teamFile ?? "team.json",
      message: `${formatJsonPath(["countingRules", ...i.path])}: ${i.message}`,
    })),
  };
}

export function evaluateTeam(
  scale: Scale,
  input: TeamInput,
  options: EvaluateOptions,
): { evaluation: Evaluation; issues: InputIssue[]; answers: Answers } {
  const issues: InputIssue[] = [];
  const window = lookbackWindow(input.visitDate, input.lookbackWeeks);
  const parsedRules = countingRulesFrom(input);
  issues.push(...parsedRules.issues);
  // Free text meets the team's data here: a note, reason or context naming one of the team's own participants
  // is refused like an identity number. The ids are only compared, never kept in the evaluation.
  const participantIds = participantIdsOf(input.records);
  // team.json's context is printed in the report like the answers file's: the same guard.
  const contextRefused = input.context ? identifyingText(input.context, participantIds) : undefined;
  if (contextRefused)
    issues.push({
      file: input.teamFile ?? "team.json",
      message: ANSWERS.text("at", { path: "context", problem: contextRefused }),
    });
  const rules = parsedRules.rules;
  const leftOut = input.inputs.flatMap((f) =>
    f.leftOut && (f.kind === "utetid" || f.kind === "contacts" || f.kind === "caseload") ? [f.kind] : [],
  );
  const metrics = computeTeamMetrics(input.records, window, { rules, fte: input.fte, leftOut });
  const suggestions = suggestFromData(scale, metrics);

  let answers: Answers = { items: new Map() };
  if (input.answers) {
    const parsed = parseAnswers(input.answers.json, scale, input.answers.file, participantIds);
    issues.push(...locateJsonIssues(parsed.issues, input.answers.locate));
    answers = parsed.answers;
  }
  const combined = combineRatings(scale, suggestions, answers, input.answers?.file);
  issues.push(...locateJsonIssues(combined.issues, input.answers?.locate));
  const followUp = input.previous
    ? followUpPlan(input.previous, answers.previousActions, options.lang, input.answers?.file)
    : undefined;
  if (followUp) issues.push(...locateJsonIssues(followUp.issues, input.answers?.locate));
  else if (answers.previousActions?.size)
    issues.push(
      ...locateJsonIssues(
        [
          {
            file: input.answers?.file ?? "vurderinger.json",
            path: ["previousActions"],
            message:
              "previousActions: there is no previous evaluation to follow up; give it with --previous <file or folder>",
          },
        ],
        input.answers?.locate,
      ),
    );

  const evaluation: Evaluation = {
    formatVersion: FORMAT_VERSION,
    status: "complete",
    tool: { name: "fidelity", version: options.toolVersion },
    scale,
    team: { name: input.name, ...(input.office ? { office: input.office } : {}) },
    visitDate: input.visitDate,
    evaluators: input.evaluators,
    lang: options.lang,
    window: { from: window.from, to: window.to, weeks: window.weeks, referenceDate: window.referenceDate },
    countingRules: rules,
    inputs: input.inputs,
    metrics,
    suggestions,
    items: [...combined.ratings.values()],
    context: answers.context?.trim() || input.context?.trim() || undefined,
    ...(answers.actionPlan?.length ? { actionPlan: answers.actionPlan } : {}),
    ...(followUp && followUp.plan.actions.length > 0 ? { previousPlan: followUp.plan } : {}),
    createdAt: options.timestamp,
    updatedAt: options.timestamp,
  };
  return { evaluation, issues, answers };
}
