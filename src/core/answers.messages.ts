/**
 * Problems with the evaluator's answers file (vurderinger.json) and the free-text guard it shares with
 * team.json and the wizard. Each is shown after the JSON path it is about (`B2.note: …`).
 */
import { defineMessages } from "./i18n.js";

export const ANSWERS = defineMessages("answers", {
  colourWord: (p: { words: string }) => ({
    nb: `en farge må være en av ${p.words}`,
    en: `a colour must be one of ${p.words}`,
  }),
  score: { nb: "en skår er et helt tall fra 1 til 5", en: "a score is a whole number from 1 to 5" },
  expectedAnswer: {
    nb: 'forventet en skår (1–5), en farge (grønn/gul/rød) eller et objekt som { "score": 4 }',
    en: 'expected a score (1–5), a colour (grønn/gul/rød) or an object such as { "score": 4 }',
  },
  expectedObject: {
    nb: "forventet et objekt med punkt-id → svar",
    en: "expected an object of item id → answer",
  },
  expectedText: { nb: "forventet tekst", en: "expected text" },
  expectedList: { nb: "forventet en liste med tekster", en: "expected a list of texts" },
  unknownFields: (p: { fields: string; known: string }) => ({
    nb: `ukjent felt ${p.fields} (kjente felt: ${p.known})`,
    en: `unknown field ${p.fields} (known fields: ${p.known})`,
  }),
  unknownItem: (p: { scale: string; items: string; guess?: string }) => ({
    nb: `ukjent punkt-id for ${p.scale}${p.guess ? ` – mente du ${p.guess}?` : ""} (punktene er ${p.items})`,
    en: `unknown item id for ${p.scale}${p.guess ? ` – did you mean ${p.guess}?` : ""} (items are ${p.items})`,
  }),
  pointsNotColours: {
    nb: "denne skalaen skåres 1–5, ikke med farger",
    en: "this scale is scored 1–5, not with colours",
  },
  coloursNotScores: {
    nb: "denne skalaen bruker farger (grønn/gul/rød), ikke skårer",
    en: "this scale uses colours (grønn/gul/rød), not scores",
  },
  notElementItem: (p: { id: string }) => ({
    nb: `${p.id} er ikke et punkt med elementer`,
    en: `${p.id} is not an element item`,
  }),
  unknownElement: (p: { element: string; known: string }) => ({
    nb: `ukjent element "${p.element}" (kjente: ${p.known})`,
    en: `unknown element "${p.element}" (known: ${p.known})`,
  }),
  elementsMismatch: (p: { id: string; score: number; n: number; fromElements: number }) => ({
    nb: `${p.id}: skår ${p.score} stemmer ikke med de ${p.n} avkryssede elementene (som gir ${p.fromElements}); gi det ene eller det andre`,
    en: `${p.id}: score ${p.score} does not match the ${p.n} elements ticked (which give ${p.fromElements}); give one or the other`,
  }),
  overrideAdvice: (p: { given: string; suggested: string; shape: string }) => ({
    nb: `${p.given} avviker fra dataenes forslag ${p.suggested}: skriv ${p.shape} for å overstyre det`,
    en: `${p.given} differs from the data's suggestion ${p.suggested}: give ${p.shape} to override it`,
  }),
  idInText: {
    nb: "inneholder noe som ser ut som et norsk fødselsnummer eller D-nummer; rapporten må ikke identifisere deltakere: fjern det (verdien vises ikke)",
    en: "contains what looks like a Norwegian national identity number (fødselsnummer/D-number); the report must not identify participants: remove it (the value is not shown)",
  },
  participantIdInText: {
    nb: "nevner en deltaker-id fra porteføljen (vises ikke); rapporten må ikke identifisere deltakere: omtal saken uten id-en",
    en: "mentions a participant id from the caseload (not shown); the report must not identify participants: refer to the case without the id",
  },
  /** The `actionPlan` list and its rows. */
  planNotList: {
    nb: 'forventet en liste med tiltak, f.eks. [{ "item": "T6", "responsible": "Metodeveileder" }]',
    en: 'expected a list of actions such as [{ "item": "T6", "responsible": "Metodeveileder" }]',
  },
  planRowNotObject: {
    nb: 'forventet et tiltak som et objekt, f.eks. { "item": "T6", "action": "…" }',
    en: 'expected an action as an object such as { "item": "T6", "action": "…" }',
  },
  expectedTrueFalse: { nb: "forventet true eller false", en: "expected true or false" },
  deadline: {
    nb: "en frist er en dato, f.eks. 2027-03-01 eller 01.03.2027",
    en: "a deadline is a date such as 2027-03-01 or 01.03.2027",
  },
  planNeedsAction: {
    nb: 'et tiltak for hele teamet trenger teksten sin i "action" (eller oppgi "item")',
    en: 'an action for the whole team needs its "action" text (or give "item")',
  },
  planRemoveNeedsItem: {
    nb: '"remove" tar en foreslått rad ut av planen: oppgi hvilken med "item"',
    en: '"remove" takes a proposed row out of the plan: give its "item"',
  },
  /** `previousActions`: how far the previous plan's actions got. */
  previousNotObject: {
    nb: 'forventet et objekt, f.eks. { "T6": "gjennomført", "O5": "delvis" }',
    en: 'expected an object such as { "T6": "gjennomført", "O5": "delvis" }',
  },
  followUpStatus: {
    nb: "status må være gjennomført, delvis eller ikke gjennomført",
    en: "a status is one of gjennomført, delvis, ikke gjennomført (or done, partly, not done)",
  },
  /** "context: …", "B2.note: …" */
  at: (p: { path: string; problem: { nb: string; en: string } }) => ({
    nb: `${p.path}: ${p.problem.nb}`,
    en: `${p.path}: ${p.problem.en}`,
  }),
});
