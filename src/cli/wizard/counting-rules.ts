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
import { paragraph, rule } from "./layout.js";
import type { ScreenOptions } from "./screens.js";
import { tr } from "./style.js";

const MODE_WORD: Record<Lang, Record<ContactMode, string>> = {
  nb: { "in-person": "oppmøte (ansikt til ansikt)", phone: "telefon", video: "video", email: "e-post", sms: "SMS" },
  en: { "in-person": "in person (face to face)", phone: "phone", video: "video", email: "email", sms: "SMS" },
};

function differs(rules: CountingRules, key: keyof CountingRules): boolean {
  return JSON.stringify(rules[key]) !== JSON.stringify(DEFAULT_COUNTING_RULES[key]);
}

export function rulesScreen(
  rules: CountingRules,
  o: ScreenOptions,
  note?: string,
  usedMetrics?: ReadonlySet<MetricId>,
): string {
  const t = tr(o.lang);
  const lines = [
    o.style.bold(t("Telleregler", "Counting rules")),
    rule("", o.width),
    paragraph(
      t(
        "Dataene lar noen spørsmål stå åpne. Slik telles det; reglene står i evalueringen og i rapportens metodedel.",
        "The data leaves some questions open. This is how things are counted; the rules are recorded in the evaluation and in the report's method section.",
      ),
      o.width,
    ),
    "",
  ];
  countingRuleLines(rules, usedMetrics).forEach(({ rule: key, text }, i) => {
    const changed = key && differs(rules, key) ? o.style.warn(` (${t("endret", "changed")})`) : "";
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
  const t = tr(o.lang);
  let rules = start;
  for (;;) {
    prompter.show(
      rulesScreen(
        rules,
        o,
        editable
          ? undefined
          : t(
              "Dataene økten startet med kan ikke leses på nytt (mappen er borte eller filene er endret), så reglene kan ikke endres i denne økten.",
              "The data this session started with cannot be read again (the folder is gone or the files changed), so the rules cannot be changed in this session.",
            ),
        usedMetrics,
      ),
    );
    // The keys follow the lines shown: rules that bear on none of the instrument's data items are left out.
    const keys = countingRuleLines(rules, usedMetrics).map((l) => l.rule);
    const hidden: MenuChoice<RulesAnswer>[] = [];
    if (editable)
      keys.forEach((k, i) => {
        if (k) hidden.push({ key: String(i + 1), label: "", value: i });
      });
    const answer = await prompter.choose<RulesAnswer>({
      message: t("Telleregler", "Counting rules"),
      choices: [],
      hint: editable
        ? t(
            `Enter: bruk disse · 1–${keys.length}: endre en regel`,
            `Enter: use these · 1–${keys.length}: change a rule`,
          )
        : t("Enter: fortsett", "Enter: continue"),
      actions: [{ key: "q", label: t("lagre og avslutt", "save and quit"), value: "quit" }],
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
  const t = tr(lang);
  switch (key) {
    case "countModes": {
      for (;;) {
        const answer = await prompter.checklist<never>({
          message: t("Kontaktformer som telles som arbeidsgiverkontakt", "Contact modes counted as employer contacts"),
          items: CONTACT_MODES.map((m) => ({ id: m, label: MODE_WORD[lang][m] })),
          checked: rules.countModes,
        });
        if ("checked" in answer && answer.checked.length > 0)
          return { ...rules, countModes: answer.checked as ContactMode[] };
        prompter.show(t("Velg minst én kontaktform.", "Choose at least one contact mode."));
      }
    }
    case "countFollowUp":
      return {
        ...rules,
        countFollowUp: await prompter.confirm({
          message: t(
            "Skal oppfølgingsbesøk for deltakere i jobb telles som arbeidsgiverkontakt?",
            "Count follow-up visits for participants in work as employer contacts?",
          ),
          default: rules.countFollowUp,
        }),
      };
    case "fteProration":
      return {
        ...rules,
        fteProration: await prompter.confirm({
          message: t(
            "Regne tall per årsverk (justere for stillingsprosent under 100 %)?",
            "Count per full-time equivalent (prorate part-time positions)?",
          ),
          default: rules.fteProration,
        }),
      };
    case "stillWaitingAfterDays":
    case "flowPeriodDays":
    case "followUpTargetDays": {
      const min = key === "stillWaitingAfterDays" ? 0 : 1;
      const message = {
        stillWaitingAfterDays: t(
          "Deltakere uten arbeidsgiverkontakt telles når de har ventet mer enn (dager)",
          "Participants without an employer contact count once they have waited more than (days)",
        ),
        flowPeriodDays: t(
          "Deltakerflyt ses over så mange dager før besøket",
          "Participant flow covers this many days before the visit",
        ),
        followUpTargetDays: t(
          "Oppfølging etter jobbstart er lang nok ved minst (dager)",
          "Follow-up after job start is long enough at (days)",
        ),
      }[key];
      const answer = await prompter.text({
        message,
        default: String(rules[key]),
        required: true,
        validate: (v) =>
          /^\d+$/.test(v.trim()) && Number(v) >= min && Number(v) <= 3650
            ? undefined
            : t(`Skriv et helt tall fra ${min} til 3650.`, `Enter a whole number from ${min} to 3650.`),
      });
      return { ...rules, [key]: Number(answer) };
    }
    default:
      return rules;
  }
}
