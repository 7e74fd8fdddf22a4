/** What the command line itself says: errors and their hints, option values, the language setting. */
import { defineMessages } from "../core/i18n.js";

export const CLI = defineMessages("cli", {
  /** Options a schema refused without a text of ours: `detail` is the schema library's own (English) words. */
  invalidOptions: (p: { detail: string | undefined }) => ({
    nb: p.detail === undefined ? "ugyldige valg" : `ugyldige valg: ${p.detail}`,
    en: p.detail === undefined ? "invalid options" : `${p.detail}`,
  }),
  runHelp: (p: { command: string }) => ({
    nb: `Kjør '${p.command}' for å se bruken.`,
    en: `Run '${p.command}' for usage.`,
  }),
  internalError: (p: { message: string }) => ({ nb: `intern feil: ${p.message}`, en: `internal error: ${p.message}` }),
  internalHint: {
    nb: "Kjør igjen med --debug for å se hvor det skjedde, og meld fra med den utskriften.",
    en: "Run again with --debug to see where it happened, and report it with that output.",
  },
  moreProblems: (p: { rest: number; all: number }) => ({
    nb: `… og ${p.rest} problem${p.rest === 1 ? "" : "er"} til (${p.all} i alt)`,
    en: `… and ${p.rest} more problem${p.rest === 1 ? "" : "s"} (${p.all} in all)`,
  }),
  warningWord: { nb: "advarsel", en: "warning" },
  langChoices: (p: { flag: string; value: string; langs: string }) => ({
    nb: `${p.flag} må være en av ${p.langs}, ikke "${p.value}"`,
    en: `${p.flag} must be one of ${p.langs}, got "${p.value}"`,
  }),
  badDate: (p: { flag: string; value: string }) => ({
    nb: `${p.flag} må være en dato, f.eks. 26.11.2026 eller 2026-11-26, ikke "${p.value}"`,
    en: `${p.flag} must be a date, e.g. 26.11.2026 or 2026-11-26, got "${p.value}"`,
  }),
  badWeeks: (p: { value: string }) => ({
    nb: `--lookback-weeks må være et helt tall fra 1 til 52, ikke "${p.value}"`,
    en: `--lookback-weeks must be a whole number from 1 to 52, got "${p.value}"`,
  }),
  badWholeNumber: (p: { flag: string; min: number; value: string }) => ({
    nb: `${p.flag} må være et helt tall ≥ ${p.min}, ikke "${p.value}"`,
    en: `${p.flag} must be a whole number ≥ ${p.min}, got "${p.value}"`,
  }),
  wholeNumberRange: (p: { flag: string; min: number; max: number; value: string }) => ({
    nb: `${p.flag} må være et helt tall fra ${p.min} til ${p.max}, ikke "${p.value}"`,
    en: `${p.flag} must be a whole number from ${p.min} to ${p.max}, got "${p.value}"`,
  }),
});
