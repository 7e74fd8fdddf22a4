/** Commander's own words (help headings, its error messages), in the user's language. */
import { defineMessages } from "../core/i18n.js";

export const COMMANDER = defineMessages("commander", {
  usage: { nb: "Bruk:", en: "Usage:" },
  arguments: { nb: "Argumenter:", en: "Arguments:" },
  options: { nb: "Valg:", en: "Options:" },
  globalOptions: { nb: "Felles valg:", en: "Global Options:" },
  commands: { nb: "Kommandoer:", en: "Commands:" },
  optionsWord: { nb: "valg", en: "options" },
  commandWord: { nb: "kommando", en: "command" },
  default: (p: { value: string }) => ({ nb: `standard: ${p.value}`, en: `default: ${p.value}` }),
  choices: (p: { values: string }) => ({ nb: `mulige verdier: ${p.values}`, en: `choices: ${p.values}` }),
  error: { nb: "feil", en: "error" },
  unknownOption: (p: { flag: string }) => ({ nb: `ukjent valg '${p.flag}'`, en: `unknown option '${p.flag}'` }),
  unknownCommand: (p: { name: string }) => ({
    nb: `ukjent kommando '${p.name}'`,
    en: `unknown command '${p.name}'`,
  }),
  missingArgument: (p: { name: string }) => ({
    nb: `mangler argumentet '${p.name}'`,
    en: `missing required argument '${p.name}'`,
  }),
  optionArgumentMissing: (p: { flags: string }) => ({
    nb: `valget '${p.flags}' mangler en verdi`,
    en: `option '${p.flags}' argument missing`,
  }),
  invalidChoice: (p: { flags: string; value: string; allowed: string }) => ({
    nb: `valget '${p.flags}' kan ikke være '${p.value}'. Mulige verdier: ${p.allowed}.`,
    en: `option '${p.flags}' argument '${p.value}' is invalid. Allowed choices are ${p.allowed}.`,
  }),
  tooManyArguments: (p: { command: string; expected: number; got: number }) => ({
    nb: `for mange argumenter til '${p.command}': ventet ${p.expected}, fikk ${p.got}.`,
    en: `too many arguments for '${p.command}'. Expected ${p.expected} argument${p.expected === 1 ? "" : "s"} but got ${p.got}.`,
  }),
  didYouMean: (p: { words: string }) => ({ nb: `(Mente du ${p.words}?)`, en: `(Did you mean ${p.words}?)` }),
  didYouMeanOneOf: (p: { words: string }) => ({
    nb: `(Mente du en av ${p.words}?)`,
    en: `(Did you mean one of ${p.words}?)`,
  }),
});
