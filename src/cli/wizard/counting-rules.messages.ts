/** The counting rules step (counting-rules.ts). */
import { defineMessages } from "../../core/i18n.js";

export const RULES = defineMessages("wizard.countingRules", {
  title: { nb: "Telleregler", en: "Counting rules" },
  intro: {
    nb: "Dataene lar noen spørsmål stå åpne. Slik telles det; reglene står i evalueringen og i rapportens metodedel.",
    en: "The data leaves some questions open. This is how things are counted; the rules are recorded in the evaluation and in the report's method section.",
  },
  changed: { nb: "endret", en: "changed" },
  readOnly: {
    nb: "Dataene økten startet med kan ikke leses på nytt (mappen er borte eller filene er endret), så reglene kan ikke endres i denne økten.",
    en: "The data this session started with cannot be read again (the folder is gone or the files changed), so the rules cannot be changed in this session.",
  },
  useOrChange: (p: { n: number }) => ({
    nb: `Enter: bruk disse · 1–${p.n}: endre en regel`,
    en: `Enter: use these · 1–${p.n}: change a rule`,
  }),
  enterContinue: { nb: "Enter: fortsett", en: "Enter: continue" },
  countModes: {
    nb: "Kontaktformer som telles som arbeidsgiverkontakt",
    en: "Contact modes counted as employer contacts",
  },
  chooseMode: { nb: "Velg minst én kontaktform.", en: "Choose at least one contact mode." },
  countFollowUp: {
    nb: "Skal oppfølgingsbesøk for deltakere i jobb telles som arbeidsgiverkontakt?",
    en: "Count follow-up visits for participants in work as employer contacts?",
  },
  fteProration: {
    nb: "Regne tall per årsverk (justere for stillingsprosent under 100 %)?",
    en: "Count per full-time equivalent (prorate part-time positions)?",
  },
  stillWaitingAfterDays: {
    nb: "Deltakere uten arbeidsgiverkontakt telles når de har ventet mer enn (dager)",
    en: "Participants without an employer contact count once they have waited more than (days)",
  },
  flowPeriodDays: {
    nb: "Deltakerflyt ses over så mange dager før besøket",
    en: "Participant flow covers this many days before the visit",
  },
  followUpTargetDays: {
    nb: "Oppfølging etter jobbstart er lang nok ved minst (dager)",
    en: "Follow-up after job start is long enough at (days)",
  },
  wholeNumber: (p: { min: number; max: number }) => ({
    nb: `Skriv et helt tall fra ${p.min} til ${p.max}.`,
    en: `Enter a whole number from ${p.min} to ${p.max}.`,
  }),
});

/** The contact modes as the rule's checklist names them (keyed by the mode in the CSV). */
export const CONTACT_MODE = defineMessages("wizard.contactModes", {
  "in-person": { nb: "oppmøte (ansikt til ansikt)", en: "in person (face to face)" },
  phone: { nb: "telefon", en: "phone" },
  video: { nb: "video", en: "video" },
  email: { nb: "e-post", en: "email" },
  sms: { nb: "SMS", en: "SMS" },
});
