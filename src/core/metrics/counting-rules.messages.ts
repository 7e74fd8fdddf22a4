/** The counting rules in words (counting-rules.ts), for the report's method section and the wizard. */
import { defineMessages } from "../i18n.js";

export const COUNTING_RULES = defineMessages("countingRules", {
  inPerson: { nb: "oppmøte", en: "in person" },
  phone: { nb: "telefon", en: "phone" },
  video: { nb: "video", en: "video" },
  email: { nb: "e-post", en: "email" },
  sms: { nb: "SMS", en: "SMS" },
  /** The last join of a list: "oppmøte, telefon og video". */
  and: { nb: "og", en: "and" },
  modes: (p: { modes: string }) => ({
    nb: `Arbeidsgiverkontakter som telles: ${p.modes}.`,
    en: `Employer contacts counted: ${p.modes}.`,
  }),
  followUpCounted: {
    nb: "Oppfølgingsbesøk for deltakere i jobb telles som arbeidsgiverkontakt.",
    en: "Follow-up visits for participants in work count as employer contacts.",
  },
  followUpNotCounted: {
    nb: "Oppfølgingsbesøk for deltakere i jobb telles ikke som arbeidsgiverkontakt.",
    en: "Follow-up visits for participants in work do not count as employer contacts.",
  },
  clock: {
    nb: "Tiden til første arbeidsgiverkontakt regnes fra startdato.",
    en: "Time to first employer contact is counted from the start date.",
  },
  fteProration: {
    nb: "Tall per jobbspesialist regnes per årsverk (stillingsprosent under 100 % justeres).",
    en: "Per-specialist figures are per full-time equivalent (part-time positions are prorated).",
  },
  noFteProration: {
    nb: "Stillingsprosent justeres ikke: hver jobbspesialist teller som ett årsverk.",
    en: "No FTE proration: every specialist counts as one full-time equivalent.",
  },
  stillWaiting: (p: { days: number }) => ({
    nb: `Deltakere uten arbeidsgiverkontakt telles når de har ventet mer enn ${p.days} dager.`,
    en: `Participants without an employer contact count once they have waited more than ${p.days} days.`,
  }),
  flowPeriod: (p: { days: number }) => ({
    nb: `Deltakerflyt (oppstart, jobber, utskrivning) ses over de siste ${p.days} dagene før besøket.`,
    en: `Participant flow (starts, jobs, discharges) is taken over the ${p.days} days before the visit.`,
  }),
  followUpTarget: (p: { days: number }) => ({
    nb: `Oppfølging etter jobbstart regnes som lang nok ved minst ${p.days} dager.`,
    en: `Follow-up after job start counts as long enough at ${p.days} days or more.`,
  }),
});
