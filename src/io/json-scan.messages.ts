/** Syntax errors in a JSON input file (team.json, the answers file), found by the scanner in json-scan.ts. */
import { defineMessages, type Text } from "../core/i18n.js";

export const JSON_SYNTAX = defineMessages("jsonSyntax", {
  /** The issue: what the scanner found, after "invalid JSON". */
  invalid: (p: { reason: Text }) => ({ nb: `ugyldig JSON: ${p.reason.nb}`, en: `invalid JSON: ${p.reason.en}` }),
  /** What was found where something else was expected, at the end of the text. */
  endOfFile: { nb: "slutten av filen", en: "end of file" },
  empty: { nb: "filen er tom", en: "file is empty" },
  unclosedString: {
    nb: 'en tekst i anførselstegn lukkes aldri (" mangler)',
    en: 'a string is never closed (missing ")',
  },
  unclosedOnLine: {
    nb: "en tekst i anførselstegn lukkes ikke før linjen slutter",
    en: "a string is never closed before the end of the line",
  },
  badUnicodeEscape: { nb: "ugyldig \\u-kode i en tekst", en: "invalid \\u escape in a string" },
  badEscape: {
    nb: "ugyldig tegn etter \\ i en tekst (skriv \\\\ for en omvendt skråstrek)",
    en: "invalid escape in a string (use \\\\ for a backslash)",
  },
  controlCharacter: { nb: "kontrolltegn i en tekst", en: "control character in a string" },
  tooDeep: (p: { max: number }) => ({
    nb: `verdiene er nøstet mer enn ${p.max} nivåer dypt (denne filen trenger bare noen få)`,
    en: `values are nested more than ${p.max} levels deep (this file needs only a few)`,
  }),
  expectedName: (p: { found: Text }) => ({
    nb: `ventet et navn i doble anførselstegn, fant ${p.found.nb}`,
    en: `expected a property name in double quotes, found ${p.found.en}`,
  }),
  expectedColon: (p: { found: Text }) => ({
    nb: `ventet ":" etter et navn, fant ${p.found.nb}`,
    en: `expected ":" after a property name, found ${p.found.en}`,
  }),
  trailingComma: (p: { close: "}" | "]" }) => ({
    nb: `overflødig komma foran ${p.close}`,
    en: `trailing comma before ${p.close}`,
  }),
  afterProperty: (p: { found: Text }) => ({
    nb: `ventet "," eller "}" etter en verdi, fant ${p.found.nb}`,
    en: `expected "," or "}" after a property value, found ${p.found.en}`,
  }),
  afterElement: (p: { found: Text }) => ({
    nb: `ventet "," eller "]" etter et element i listen, fant ${p.found.nb}`,
    en: `expected "," or "]" after an array element, found ${p.found.en}`,
  }),
  unexpected: (p: { found: Text }) => ({ nb: `uventet ${p.found.nb}`, en: `unexpected ${p.found.en}` }),
  missingValue: {
    nb: "filen slutter for tidlig (en verdi mangler)",
    en: "unexpected end of file (a value is missing)",
  },
  afterEnd: (p: { found: Text }) => ({
    nb: `uventet ${p.found.nb} etter slutten av JSON-verdien`,
    en: `unexpected ${p.found.en} after the end of the JSON value`,
  }),
});
