/** One item's questions (items.ts), and the refusal of identifying free text. */
import { defineMessages } from "../../core/i18n.js";

export const ITEMS = defineMessages("wizard.items", {
  nationalId: {
    nb: "Ikke skriv fødselsnummer eller D-nummer her: rapporten skal ikke kunne identifisere deltakere.",
    en: "Do not write a national identity number here: the report must not identify participants.",
  },
  participantId: {
    nb: "Her står en deltaker-id fra porteføljen (vises ikke): rapporten skal ikke kunne identifisere deltakere. Omtal saken uten id-en.",
    en: "This mentions a participant id from the caseload (not shown): the report must not identify participants. Refer to the case without the id.",
  },
  noteOn: (p: { id: string }) => ({
    nb: `Notat til ${p.id} (tomt fjerner notatet)`,
    en: `Note on ${p.id} (empty removes the note)`,
  }),
  goTo: { nb: "Gå til punkt (skriv id eller ord)", en: "Go to item (type an id or a word)" },
  suggested: { nb: "forslag", en: "suggested" },
  now: { nb: "nå", en: "now" },
  enterKeeps: { nb: "Enter beholder det som er valgt", en: "Enter keeps what is chosen" },
  enterAccepts: { nb: "Enter godtar forslaget", en: "Enter accepts the suggestion" },
  pressColour: { nb: "Trykk 1–3 for å velge farge", en: "Press 1–3 to choose a colour" },
  pressScore: { nb: "Trykk 1–5 for å velge skår", en: "Press 1–5 to choose a score" },
  colourOf: (p: { id: string }) => ({ nb: `${p.id} farge`, en: `${p.id} colour` }),
  scoreOf: (p: { id: string }) => ({ nb: `${p.id} skår`, en: `${p.id} score` }),
  reason: (p: { suggested: string }) => ({
    nb: `Begrunnelse for å fravike dataforslaget ${p.suggested} (påkrevd; «-» angrer)`,
    en: `Reason for departing from the data's suggestion ${p.suggested} (required; "-" takes it back)`,
  }),
  reasonRequired: {
    nb: "En begrunnelse må med når du fraviker forslaget (eller «-» for å velge på nytt).",
    en: 'A reason is needed to depart from the suggestion (or "-" to choose again).',
  },
  whichElements: (p: { id: string; n: number }) => ({
    nb: `${p.id}: hvilke elementer er på plass? (1–${p.n} eller mellomrom krysser av, Enter er ferdig)`,
    en: `${p.id}: which elements are present? (1–${p.n} or Space ticks, Enter when done)`,
  }),
  ticked: (p: { n: number; of: number; score: number | string }) => ({
    nb: `${p.n} av ${p.of} → skår ${p.score}`,
    en: `${p.n} of ${p.of} → score ${p.score}`,
  }),
  noneTicked: (p: { id: string; score: number | string }) => ({
    nb: `Ingen elementer krysset av: ${p.id} får skår ${p.score}. Stemmer det?`,
    en: `No elements ticked: ${p.id} scores ${p.score}. Is that right?`,
  }),
});
