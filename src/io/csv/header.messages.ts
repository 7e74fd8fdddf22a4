/** Problems with a CSV file's header line. */
import { defineMessages } from "../../core/i18n.js";

export const HEADER = defineMessages("header", {
  duplicateCanonical: (p: { text: string; first: number; firstText: string; canonical: string }) => ({
    nb: `kolonnen ${p.text} finnes to ganger: kolonne ${p.first} (${p.firstText}) er også ${p.canonical}`,
    en: `duplicate column ${p.text}: column ${p.first} (${p.firstText}) is also ${p.canonical}`,
  }),
  duplicateFolded: (p: { text: string; first: number; firstText: string }) => ({
    nb: `kolonnen ${p.text} finnes to ganger: lik kolonne ${p.first} (${p.firstText}) når store/små bokstaver og tegn ses bort fra`,
    en: `duplicate column ${p.text}: same as column ${p.first} (${p.firstText}) after folding`,
  }),
  /** One missing column: `"dato" (date)`; `alias` is the English header it may have instead. */
  column: (p: { name: string; alias: string; gloss: string }) => ({
    nb: p.alias === p.name ? `"${p.name}"` : `"${p.name}" (eller ${p.alias})`,
    en: `"${p.name}" (${p.gloss})`,
  }),
  /** One of several columns: `"dato" or "uke" (date or week)`. */
  oneOf: (p: { names: string[]; aliases: string[]; glosses: string[] }) => ({
    nb: `${p.names.map((n) => `"${n}"`).join(" eller ")} (eller ${p.aliases.join(" eller ")})`,
    en: `${p.names.map((n) => `"${n}"`).join(" or ")} (${p.glosses.join(" or ")})`,
  }),
  noKnownColumns: (p: { expected: string }) => ({
    nb: `ingen kjente kolonnenavn i overskriftslinjen (mangler overskriften?); ventet ${p.expected}`,
    en: `no known column names in the header line (is the header missing?); expected ${p.expected}`,
  }),
  missingColumn: (p: { column: string; found: string }) => ({
    nb: `mangler kolonnen ${p.column}; fant: ${p.found}`,
    en: `missing required column ${p.column}; found: ${p.found}`,
  }),
  didYouMean: (p: { typed: string; known: string }) => ({
    nb: ` – mente du ${p.known} (ikke "${p.typed}")?`,
    en: ` – did you mean ${p.known} (not "${p.typed}")?`,
  }),
  unknownColumn: (p: { typed: string; known: string }) => ({
    nb: `ukjent kolonne "${p.typed}" brukes ikke – mente du ${p.known}?`,
    en: `unknown column "${p.typed}" is not used – did you mean ${p.known}?`,
  }),
});
