/** The employer-contacts metric's lines, gap and chart (employer-contacts-per-week.ts). Numbers come in formatted. */
import { defineMessages } from "../../i18n.js";

export const EMPLOYER_CONTACTS_PER_WEEK = defineMessages("employerContactsPerWeek", {
  counted: (p: {
    counted: number;
    specialists: number;
    present: number;
    weeks: number;
    utetid: boolean;
    mean: string;
  }) => ({
    nb: `Tellende kontakter: ${p.counted}; jobbspesialister: ${p.specialists}; uker til stede: ${p.present} av ${p.weeks}${p.utetid ? "" : " (ingen utetidsdata: alle uker regnes som til stede)"}; snitt ${p.mean}.`,
    en: `Counted contacts: ${p.counted}; specialists: ${p.specialists}; weeks present: ${p.present} of ${p.weeks}${p.utetid ? "" : " (no utetid data: every week counts as present)"}; mean ${p.mean}.`,
  }),
  prorated: (p: { n: number }) => ({
    nb: ` Regnet per årsverk (stillingsprosent under 100 %): ${p.n} ${p.n === 1 ? "jobbspesialist" : "jobbspesialister"}.`,
    en: ` Counted per full-time equivalent (FTE below 1.0): ${p.n} ${p.n === 1 ? "specialist" : "specialists"}.`,
  }),
  employers: (p: { distinct: number; fresh: number; known: number }) => ({
    nb: `Ulike arbeidsgivere: ${p.distinct}; kontakter med nye arbeidsgivere: ${p.fresh}, med kjente: ${p.known}.`,
    en: `Distinct employers: ${p.distinct}; contacts with new employers: ${p.fresh}, with known ones: ${p.known}.`,
  }),
  gap: (p: { value: string; target: string; more: string }) => ({
    nb: `${p.value} kontakter per jobbspesialist per uke; ${p.target} trengs: omtrent ${p.more} flere hver uke.`,
    en: `${p.value} contacts per specialist per week; ${p.target} needed: about ${p.more} more each week.`,
  }),
  below: (p: { target: string; who: string; n: number; of: number | undefined }) => ({
    nb: `Under ${p.target} per uke: ${p.who} (${p.n} av ${p.of}).`,
    en: `Below ${p.target} a week: ${p.who} (${p.n} of ${p.of}).`,
  }),
  chartTitle: {
    nb: "Arbeidsgiverkontakter per uke per jobbspesialist",
    en: "Employer contacts per week per specialist",
  },
  chartUnit: { nb: "kontakter per uke", en: "contacts per week" },
  /** One specialist in the chart's footnote: "JS1 12 over 8 uker = 1,5 (50 % stilling)". */
  specialist: (p: { label: string; counted: number; weeks: number; perWeek: string; fte: string | undefined }) => ({
    nb: `${p.label} ${p.counted} over ${p.weeks} uker${p.perWeek}${p.fte ? ` (${p.fte} stilling)` : ""}`,
    en: `${p.label} ${p.counted} over ${p.weeks} weeks${p.perWeek}${p.fte ? ` (${p.fte} FTE)` : ""}`,
  }),
  perSpecialist: (p: { list: string }) => ({
    nb: `Tellende kontakter per jobbspesialist (per uke i snitt): ${p.list}.`,
    en: `Counted contacts per specialist (mean per week): ${p.list}.`,
  }),
  summary: (p: { counted: number; distinct: number; fresh: number; known: number }) => ({
    nb: `${p.counted} tellende kontakter med ${p.distinct} ulike arbeidsgivere; ${p.fresh} var første kontakt med en arbeidsgiver som ikke står tidligere i filen, ${p.known} gjaldt kjente arbeidsgivere. Uker med fravær vises som brudd i linjen; deltidsstillinger vises per årsverk.`,
    en: `${p.counted} counted contacts with ${p.distinct} different employers; ${p.fresh} were a first contact with an employer not earlier in the file, ${p.known} were with known employers. Absent weeks show as gaps in the line; part-time posts are shown per FTE.`,
  }),
});
