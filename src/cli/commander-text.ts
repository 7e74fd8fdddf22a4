/**
 * Commander in the user's language: its help headings and "default:"/"choices:" notes, and its error messages
 * (which commander builds in English; they are matched here and written again from COMMANDER).
 */
import type { HelpConfiguration } from "commander";
import type { Lang } from "../core/i18n.js";
import { COMMANDER } from "./commander.messages.js";

const TITLES: Record<string, Parameters<ReturnType<typeof COMMANDER.in>>[0]> = {
  "Usage:": "usage",
  "Arguments:": "arguments",
  "Options:": "options",
  "Global Options:": "globalOptions",
  "Commands:": "commands",
};

/** Help configuration for `configureHelp`: headings and option notes in `lang`. */
export function helpIn(lang: Lang): HelpConfiguration {
  const t = COMMANDER.in(lang);
  return {
    styleTitle: (title: string) => {
      const key = TITLES[title];
      return key ? t(key) : title;
    },
    styleOptionText: (text: string) => (text === "[options]" ? `[${t("optionsWord")}]` : text),
    styleSubcommandText: (text: string) => (text === "[command]" ? `[${t("commandWord")}]` : text),
    styleOptionDescription: (description: string) => localNotes(description, lang),
    styleArgumentDescription: (description: string) => localNotes(description, lang),
  };
}

/** Commander's "(default: x)" and "(choices: a, b)" notes in `lang`. */
function localNotes(description: string, lang: Lang): string {
  const t = COMMANDER.in(lang);
  return description
    .replace(/\(default: ([^)]*)\)/, (_, value: string) => `(${t("default", { value })})`)
    .replace(/\(choices: ([^)]*)\)/, (_, values: string) => `(${t("choices", { values })})`);
}

const ERRORS: [RegExp, (m: RegExpExecArray, t: ReturnType<typeof COMMANDER.in>) => string][] = [
  [/^unknown option '([^']*)'/, (m, t) => t("unknownOption", { flag: m[1] ?? "" })],
  [/^unknown command '([^']*)'/, (m, t) => t("unknownCommand", { name: m[1] ?? "" })],
  [/^missing required argument '([^']*)'/, (m, t) => t("missingArgument", { name: m[1] ?? "" })],
  [/^option '([^']*)' argument missing/, (m, t) => t("optionArgumentMissing", { flags: m[1] ?? "" })],
  [
    /^option '([^']*)' argument '([^']*)' is invalid\. Allowed choices are (.*)\./,
    (m, t) => t("invalidChoice", { flags: m[1] ?? "", value: m[2] ?? "", allowed: m[3] ?? "" }),
  ],
  [
    /^too many arguments for '([^']*)'\. Expected (\d+) arguments? but got (\d+)\./,
    (m, t) => t("tooManyArguments", { command: m[1] ?? "", expected: Number(m[2]), got: Number(m[3]) }),
  ],
  [/^\(Did you mean one of (.*)\?\)/, (m, t) => t("didYouMeanOneOf", { words: m[1] ?? "" })],
  [/^\(Did you mean (.*)\?\)/, (m, t) => t("didYouMean", { words: m[1] ?? "" })],
];

/** One of commander's error messages ("error: unknown option '--x'\n(Did you mean --y?)\n") in `lang`. */
export function commanderErrorIn(message: string, lang: Lang): string {
  const t = COMMANDER.in(lang);
  return message
    .split("\n")
    .map((line) => {
      const body = line.startsWith("error: ") ? line.slice("error: ".length) : undefined;
      const text = body ?? line;
      for (const [re, say] of ERRORS) {
        const m = re.exec(text);
        if (m) return `${body !== undefined ? `${t("error")}: ` : ""}${say(m, t)}${text.slice(m[0].length)}`;
      }
      return body !== undefined ? `${t("error")}: ${body}` : line;
    })
    .join("\n");
}
