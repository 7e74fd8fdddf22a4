/** Employer contacts per week (employer-contacts.ts): its counting rule and the warnings for contacts not counted. */
import { defineMessages } from "../i18n.js";

export const EMPLOYER_CONTACTS = defineMessages("employer-contacts", {
  rule: {
    nb: "Arbeidsgiverkontakter per uke = tellende kontakter i vinduet / uker til stede (uker uten fravær), delt på stillingsprosent når den er under 100 %. Teamverdien er snittet av jobbspesialistenes tall.",
    en: "Employer contacts per week = counted contacts in the window / weeks present (weeks not absent), divided by FTE when below 1.0. The team value is the mean of the specialists' rates.",
  },
  contactsWithoutUtetid: (p: { contacts: number }) => ({
    nb: `Har ${p.contacts} arbeidsgiverkontakter i vinduet, men ingen utetidsrader i vinduet: kontaktene telles ikke. Sjekk navnet i utetidsfilen.`,
    en: `Has ${p.contacts} employer contacts in the window but no utetid rows in the window: the contacts are not counted. Check the name in the utetid file.`,
  }),
  contactsInAbsentBlocks: (p: { contacts: number }) => ({
    nb: `${p.contacts} arbeidsgiverkontakter ligger i uker uten registrerte timer (fravær) og telles ikke. Sjekk utetidsføringen for de ukene.`,
    en: `${p.contacts} employer contacts fall in weeks with no hours logged (absent) and are not counted. Check the utetid log for those weeks.`,
  }),
  contactsInUncoveredBlocks: (p: { contacts: number }) => ({
    nb: `${p.contacts} arbeidsgiverkontakter ligger i uker som utetidsfilen ikke dekker (ingen rader for noen) og telles ikke.`,
    en: `${p.contacts} employer contacts fall in weeks the utetid file does not cover (no rows for anyone) and are not counted.`,
  }),
});
