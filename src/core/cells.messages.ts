/** Problems with one cell of a CSV row. `value` is the cell as quoteCell quotes it. */
import { defineMessages } from "./i18n.js";

export const CELL = defineMessages("cell", {
  notDate: (p: { value: string }) => ({
    nb: `${p.value} er ikke en gyldig dato (skriv DD.MM.ÅÅÅÅ eller ÅÅÅÅ-MM-DD)`,
    en: `${p.value} is not a valid date (use YYYY-MM-DD or DD.MM.YYYY)`,
  }),
  notDateOrWeek: (p: { value: string }) => ({
    nb: `${p.value} er ikke en gyldig dato eller uke (skriv DD.MM.ÅÅÅÅ, ÅÅÅÅ-MM-DD eller 2026-W14)`,
    en: `${p.value} is not a valid date or week (use YYYY-MM-DD, DD.MM.YYYY or 2026-W14)`,
  }),
  weekWithoutYear: (p: { value: string }) => ({
    nb: `${p.value} mangler år: skriv uken som 2026-W14`,
    en: `${p.value} has no year: write the week as 2026-W14`,
  }),
  notWeek: (p: { value: string }) => ({
    nb: `${p.value} er ikke en gyldig ISO-uke (skriv 2026-W14)`,
    en: `${p.value} is not a valid ISO week (use 2026-W14)`,
  }),
  notNumber: (p: { value: string }) => ({ nb: `${p.value} er ikke et tall`, en: `${p.value} is not a number` }),
  notHours: (p: { value: string }) => ({
    nb: `${p.value} er ikke et antall timer`,
    en: `${p.value} is not a number of hours`,
  }),
  negativeHours: (p: { value: string }) => ({ nb: `negative timer (${p.value})`, en: `negative hours (${p.value})` }),
  notPercentage: (p: { value: string }) => ({
    nb: `${p.value} er ikke en prosent eller brøk (skriv 50, 50 % eller 0,5)`,
    en: `${p.value} is not a percentage or fraction (write 50, 50 % or 0,5)`,
  }),
  percentageRange: (p: { value: string }) => ({
    nb: `${p.value} er ikke over 0 og høyst 100 %`,
    en: `${p.value} is not more than 0 and at most 100 %`,
  }),
  notBoolean: (p: { value: string }) => ({
    nb: `${p.value} er ikke ja/nei (ja/nei, sann/usann, 1/0)`,
    en: `${p.value} is not ja/nei (yes/no, true/false, 1/0)`,
  }),
  unknownContactMode: (p: { value: string }) => ({
    nb: `ukjent kontaktform ${p.value} (skriv oppmøte, telefon, video, e-post eller sms)`,
    en: `unknown contact mode ${p.value} (use oppmøte, telefon, video, e-post or sms)`,
  }),
  /** What a withheld value is called where it was the subject of the message. */
  theValue: { nb: "verdien", en: "the value" },
  valueNotShown: {
    nb: "verdien vises ikke: den kan være personopplysninger",
    en: "value not shown: it may be personal data",
  },
});
