/**
 * The counting rules (docs/design.md §5.4): questions the data leaves open that the evaluator settles and the
 * report states. Defaults are the design's; `team.json` (key chosen by src/io) or the wizard can change them.
 * The schema is strict so a misspelt rule in team.json is an error rather than silently ignored.
 */
import { z } from "zod";
import { describeCalendarRules } from "../calendar/describe.js";
import { both } from "../i18n.js";
import { CONTACT_MODES, type ContactMode } from "../records.js";
import type { LocalizedText, MetricId } from "../scale.js";
import { COUNTING_RULES } from "./counting-rules.messages.js";
import { METRIC_LIST } from "./registry/index.js";

export const countingRulesSchema = z
  .object({
    /** Contact modes that count as an employer contact (§5.2). Default: in person only. */
    countModes: z
      .array(z.enum(CONTACT_MODES))
      .min(1)
      .default(["in-person"])
      .transform((modes) => [...new Set(modes)]),
    /** Whether follow-up visits for a participant already in work count as employer contacts. Default: no. */
    countFollowUp: z.boolean().default(false),
    /**
     * What starts the rapid-job-search clock (§5.3, IPS T4 / KV6). The exports carry only `startdato`, so that
     * is the one choice today; the field exists so the report states it and a later export can add another.
     */
    rapidJobSearchClock: z.enum(["startDate"]).default("startDate"),
    /** Whether rates are per full-time equivalent: contacts per week ÷ FTE when FTE < 1, caseload ÷ FTE. Off = everyone counts as 1.0. */
    fteProration: z.boolean().default(true),
    /** A participant with no first employer contact counts only once waiting MORE than this many days (§5.3). */
    stillWaitingAfterDays: z.number().int().min(0).default(30),
    /** Length of the participant-flow period before the visit: start dates, job starts, discharges (§5.3). */
    flowPeriodDays: z.number().int().min(1).default(365),
    /** Kvalitetsveilederen point 10: follow-up from first job start to discharge of at least this many days. */
    followUpTargetDays: z.number().int().min(1).default(182),
    /** How utetid.csv was made from calendar exports (`fidelity import kalender` writes it); stated in the report. */
    calendar: z
      .object({
        outCategories: z.array(z.string().trim().min(1)).min(1),
        workingDayHours: z.number().gt(0).max(24),
      })
      .strict()
      .optional(),
  })
  .strict();

/** Counting rules with every default filled in. */
export type CountingRules = z.output<typeof countingRulesSchema>;
/** Counting rules as written in team.json (every field optional). */
export type CountingRulesInput = z.input<typeof countingRulesSchema>;

export const DEFAULT_COUNTING_RULES: CountingRules = countingRulesSchema.parse({});

/** Fill in defaults for a partial set (throws a ZodError on invalid input; src/io turns it into file issues). */
export function countingRules(input: CountingRulesInput = {}): CountingRules {
  return countingRulesSchema.parse(input);
}

const MODE_TEXT: Record<ContactMode, LocalizedText> = {
  "in-person": COUNTING_RULES.text("inPerson"),
  phone: COUNTING_RULES.text("phone"),
  video: COUNTING_RULES.text("video"),
  email: COUNTING_RULES.text("email"),
  sms: COUNTING_RULES.text("sms"),
};

function list(items: string[], and: string): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${and} ${items[items.length - 1]}`;
}

/** The rules in words, one line each, for the report's method section. */
/**
 * The rules in words, one line each, for the report's method section. With `usedMetrics`, only the rules that
 * bear on those metrics (an IPS report does not state Kvalitetsveilederen's follow-up rule).
 */
export function describeCountingRules(rules: CountingRules, usedMetrics?: ReadonlySet<MetricId>): LocalizedText[] {
  return countingRuleLines(rules, usedMetrics).map((r) => r.text);
}

/** One counting rule in words, with the setting it shows (`rule`) and the metrics it bears on. */
export interface CountingRuleLine {
  /** The setting this line shows; undefined for a rule with nothing to choose (the clock: only the start date). */
  rule?: keyof CountingRules;
  metrics: MetricId[];
  text: LocalizedText;
}

/** The rules in words with their settings, only those bearing on `usedMetrics` when given. */
export function countingRuleLines(rules: CountingRules, usedMetrics?: ReadonlySet<MetricId>): CountingRuleLine[] {
  const uses = (metrics: MetricId[]) => !usedMetrics || metrics.some((m) => usedMetrics.has(m));
  return ruleLines(rules)
    .map(({ setting, editable, text }) => ({
      ...(editable ? { rule: setting } : {}),
      // Which metrics a rule bears on is each metric's own declaration (metrics/registry).
      metrics: METRIC_LIST.filter((m) => m.countingRules.includes(setting)).map((m) => m.id),
      text,
    }))
    .filter((r) => uses(r.metrics));
}

/** A rule line before the metrics are looked up: `editable` is false for a rule with nothing to choose. */
interface RuleText {
  setting: keyof CountingRules;
  editable: boolean;
  text: LocalizedText;
}

function ruleLines(rules: CountingRules): RuleText[] {
  const modes = both((lang) =>
    list(
      rules.countModes.map((m) => MODE_TEXT[m][lang]),
      COUNTING_RULES.in(lang)("and"),
    ),
  );
  return [
    {
      setting: "countModes",
      editable: true,
      text: both((lang) => COUNTING_RULES.in(lang)("modes", { modes: modes[lang] })),
    },
    {
      setting: "countFollowUp",
      editable: true,
      text: rules.countFollowUp ? COUNTING_RULES.text("followUpCounted") : COUNTING_RULES.text("followUpNotCounted"),
    },
    {
      setting: "rapidJobSearchClock",
      editable: false,
      text: COUNTING_RULES.text("clock"),
    },
    {
      setting: "fteProration",
      editable: true,
      text: rules.fteProration ? COUNTING_RULES.text("fteProration") : COUNTING_RULES.text("noFteProration"),
    },
    {
      setting: "stillWaitingAfterDays",
      editable: true,
      text: COUNTING_RULES.text("stillWaiting", { days: rules.stillWaitingAfterDays }),
    },
    {
      setting: "flowPeriodDays",
      editable: true,
      text: COUNTING_RULES.text("flowPeriod", { days: rules.flowPeriodDays }),
    },
    {
      setting: "followUpTargetDays",
      editable: true,
      text: COUNTING_RULES.text("followUpTarget", { days: rules.followUpTargetDays }),
    },
    ...(rules.calendar
      ? [{ setting: "calendar" as const, editable: false, text: describeCalendarRules(rules.calendar) }]
      : []),
  ];
}
