/** Warnings about how much of the window or period a file covers (coverage.ts). Dates come in formatted. */
import { defineMessages } from "../i18n.js";

export const COVERAGE = defineMessages("coverage", {
  noRowsInWindow: (p: { file: string; window: string; from: string; to: string; tail: string }) => ({
    nb: `Ingen av radene i ${p.file} ligger i datavinduet ${p.window} (radene går fra ${p.from} til ${p.to}) – stemmer besøksdatoen?${p.tail}`,
    en: `None of the rows in ${p.file} fall in the data window ${p.window} (the rows run from ${p.from} to ${p.to}) – is the visit date right?${p.tail}`,
  }),
  lastEnd: (p: { date: string }) => ({ nb: `, siste sluttdato ${p.date}`, en: `, last end date ${p.date}` }),
  noParticipantsInPeriod: (p: { file: string; period: string; from: string; to: string; lastEnd: string }) => ({
    nb: `Ingen av deltakerne i ${p.file} er i tjenesten i perioden ${p.period} (startdatoene går fra ${p.from} til ${p.to}${p.lastEnd}) – stemmer besøksdatoen?`,
    en: `None of the participants in ${p.file} is in the service during the period ${p.period} (the start dates run from ${p.from} to ${p.to}${p.lastEnd}) – is the visit date right?`,
  }),
  utetidGap: (p: { span: string; n: number; weeks: number; ranges: string }) => ({
    nb: `Utetid dekker ${p.span}; ${p.n} av ${p.weeks} uker mangler for hele teamet (${p.ranges}) – stemmer besøksdatoen?`,
    en: `Utetid covers ${p.span}; ${p.n} of ${p.weeks} weeks are missing for the whole team (${p.ranges}) – is the visit date right?`,
  }),
  contactsGap: (p: { span: string; n: number; weeks: number; ranges: string }) => ({
    nb: `Arbeidsgiverkontaktene dekker ${p.span}; ${p.n} av ${p.weeks} uker mangler for hele teamet (${p.ranges}) – stemmer besøksdatoen?`,
    en: `The employer contacts cover ${p.span}; ${p.n} of ${p.weeks} weeks are missing for the whole team (${p.ranges}) – is the visit date right?`,
  }),
  utetidGapConsequence: {
    nb: "Ukene regnes ikke som fravær for noen; de holdes utenfor utetiden og kontaktraten.",
    en: "These weeks count as nobody's absence; they are left out of utetid and of the contact rate.",
  },
  contactsGapInUtetidToo: {
    nb: "Ukene mangler også i utetiden og holdes utenfor kontaktraten.",
    en: "These weeks are missing from utetid too and are left out of the contact rate.",
  },
  contactsGapCounted: (p: { counted: number; all: boolean }) => ({
    nb: `${p.all ? "Ukene" : `${p.counted} av ukene`} telles likevel med i kontaktraten, som uker uten kontakter, så raten kan bli for lav.`,
    en: `${p.all ? "These weeks" : `${p.counted} of these weeks`} still count in the contact rate, as weeks without contacts, so the rate may be too low.`,
  }),
});
