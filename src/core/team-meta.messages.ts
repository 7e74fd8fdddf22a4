/** Problems with team.json (each after the field it is about: `visitDate: …`). */
import { defineMessages } from "./i18n.js";

export const TEAM_META = defineMessages("teamMeta", {
  notObject: {
    nb: "team.json må være et JSON-objekt med minst et navn (name)",
    en: "team.json must be a JSON object with at least a name",
  },
  notDate: {
    nb: "ikke en gyldig dato (skriv ÅÅÅÅ-MM-DD, f.eks. 2026-11-26)",
    en: "not a valid date (write YYYY-MM-DD, e.g. 2026-11-26)",
  },
  required: { nb: "må være med", en: "is required" },
  notText: { nb: "må være tekst", en: "must be text" },
  empty: { nb: "kan ikke være tom", en: "must not be empty" },
  oneOf: (p: { values: string }) => ({ nb: `må være en av ${p.values}`, en: `must be one of ${p.values}` }),
  wholeNumber: (p: { min: number; max: number }) => ({
    nb: `må være et helt tall fra ${p.min} til ${p.max}`,
    en: `must be a whole number from ${p.min} to ${p.max}`,
  }),
  expectedList: { nb: "forventet en liste", en: "expected a list" },
  expectedObject: { nb: "forventet et objekt", en: "expected an object" },
  unknownField: (p: { key: string; known: string; guess?: string }) => ({
    nb: `ukjent felt "${p.key}"${p.guess ? ` – mente du ${p.guess}?` : ""} (ignoreres; kjente felt: ${p.known})`,
    en: `unknown field "${p.key}"${p.guess ? ` – did you mean ${p.guess}?` : ""} (ignored; known fields: ${p.known})`,
  }),
  idInKey: {
    nb: "en nøkkel ser ut som et norsk fødselsnummer eller D-nummer; team.json må ikke identifisere deltakere: fjern den (nøkkelen vises ikke)",
    en: "a key is what looks like a Norwegian national identity number (fødselsnummer/D-number); team.json must not identify participants: remove it (the key is not shown)",
  },
  at: (p: { path: string; problem: { nb: string; en: string } }) => ({
    nb: `${p.path}: ${p.problem.nb}`,
    en: `${p.path}: ${p.problem.en}`,
  }),
});
