/**
 * The counting rules step (docs/design.md §5.4): the rules are shown once with their values; Enter keeps them,
 * a digit changes one. The evaluation records the rules, and the report's method section states them.
 */
import type { CountingRules } from "../../core/metrics/counting-rules.js";
import { countingRuleLines, DEFAULT_COUNTING_RULES } from "../../core/metrics/counting-rules.js";
import type { ContactMode } from "../../core/records.js";
import { CONTACT_MODES } from "../../core/records.js";
import type { Lang, MetricId } from "../../core/scale.js";
import type { MenuChoice, Prompter } from "../prompts.js";
import { CONTACT_MODE, RULES } from "./counting-rules.messages.js";
import { KEYS } from "./keys.messages.js";
import { paragraph, rule } from "./layout.js";
import type { ScreenOptions } from "./screens.js";

/** The largest number of days a rule takes. */
const MAX_DAYS = 3650;

function differs(rules: CountingRules, key: keyof CountingRules): boolean {
  return JSON.stringify(rules[key]) !== JSON.stringify(DEFAULT_COUNTING_RULES[key]);
}

export function rulesScreen(
  rules: CountingRules,
  o: ScreenOptions,
  note?: string,
  usedMetrics?: ReadonlySet<MetricId>,
): string {
  const say = RULES.in(o.lang);
  const lines = [o.style.bold(say("title")), rule("", o.width), paragraph(say("intro"), o.width), ""];
  countingRuleLines(rules, usedMetrics).forEach(({ rule: key, text }, i) => {
    const changed = key && differs(rules, key) ? o.style.warn(` (${say("changed")})`) : "";
    const num = key ? o.style.bold(String(i + 1)) : o.style.dim(String(i + 1));
    lines.push(paragraph(`${text[o.lang]}${changed}`, o.width, "     ", `  ${num}  `));
  });
  if (note) lines.push("", o.style.warn(paragraph(note, o.width)));
  return lines.join("\n");
}

type RulesAnswer = "keep" | "quit" | number;

/**
 * Show the rules and let the evaluator change them. Returns the rules (changed or not), or "quit".
 * When `editable` is false (a resumed session whose data folder is gone) the rules are only shown.
 */
export async function askCountingRules(
  start: CountingRules,
  prompter: Prompter,
  o: ScreenOptions,
  editable = true,
  usedMetrics?: ReadonlySet<MetricId>,
): Promise<CountingRules | "quit"> {
  const say = RULES.in(o.lang);
  let rules = start;
  for (;;) {
    prompter.show(rulesScreen(rules, o, editable ? undefined : say("readOnly"), usedMetrics));
    // The keys follow the lines shown: rules that bear on none of the instrument's data items are left out.
    const keys = countingRuleLines(rules, usedMetrics).map((l) => l.rule);
    const hidden: MenuChoice<RulesAnswer>[] = [];
    if (editable)
      keys.forEach((k, i) => {
        if (k) hidden.push({ key: String(i + 1), label: "", value: i });
      });
    const answer = await prompter.choose<RulesAnswer>({
      message: say("title"),
      choices: [],
      hint: editable ? say("useOrChange", { n: keys.length }) : say("enterContinue"),
      actions: [{ key: "q", label: KEYS.in(o.lang)("saveAndQuit"), value: "quit" }],
      hidden,
      enter: "keep",
    });
    if (answer === "keep") return rules;
    if (answer === "quit") return "quit";
    const key = keys[answer];
    if (key) rules = await editRule(rules, key, prompter, o.lang);
  }
}

async function editRule(
  rules: CountingRules,
  key: keyof CountingRules,
  prompter: Prompter,
  lang: Lang,
): Promise<CountingRules> {
  const say = RULES.in(lang);
  switch (key) {
    case "countModes": {
      for (;;) {
        const answer = await prompter.checklist<never>({
          message: say("countModes"),
          items: CONTACT_MODES.map((m) => ({ id: m, label: CONTACT_MODE.in(lang)(m) })),
          checked: rules.countModes,
        });
        if ("checked" in answer && answer.checked.length > 0)
          return { ...rules, countModes: answer.checked as ContactMode[] };
        prompter.show(say("chooseMode"));
      }
    }
    case "countFollowUp":
      return {
        ...rules,
        countFollowUp: await prompter.confirm({
          message: say("countFollowUp"),
          default: rules.countFollowUp,
        }),
      };
    case "fteProration":
      return {
        ...rules,
        fteProration: await prompter.confirm({
          message: say("fteProration"),
          default: rules.fteProration,
        }),
      };
    case "stillWaitingAfterDays":
    case "flowPeriodDays":
    case "followUpTargetDays": {
      const min = key === "stillWaitingAfterDays" ? 0 : 1;
      const answer = await prompter.text({
        message: say(key),
        default: String(rules[key]),
        required: true,
        validate: (v) =>
          /^\d+$/.test(v.trim()) && Number(v) >= min && Number(v) <= MAX_DAYS
            ? undefined
            : say("wholeNumber", { min, max: MAX_DAYS }),
      });
      return { ...rules, [key]: Number(answer) };
    }
    default:
      return rules;
  }
}
