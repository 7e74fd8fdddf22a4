/** The terminal prompts' own words (prompts.ts): yes and no, the nudge, the searchable list's help. */
import { defineMessages } from "../core/i18n.js";

export const PROMPTS = defineMessages("prompts", {
  /** A text prompt left empty, when the question gives no message of its own. */
  required: { nb: "påkrevd", en: "required" },
  /** The key that answers yes (the other language's works too). */
  yesKey: { nb: "j", en: "y" },
  yes: { nb: "ja", en: "yes" },
  no: { nb: "nei", en: "no" },
  pressShownKey: { nb: "Trykk en av tastene som vises.", en: "Press one of the keys shown." },
  // The searchable list ("go to item"): @inquirer/search's key help and its empty result.
  navigate: { nb: "bla", en: "navigate" },
  select: { nb: "velg", en: "select" },
  typeKey: { nb: "skriv", en: "type" },
  toSearch: { nb: "for å søke", en: "to search" },
  noResults: { nb: "Ingen treff", en: "No results found" },
});
