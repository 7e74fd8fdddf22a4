/** The caseload metric's lines, gap and chart (caseload-per-fte.ts). Numbers and dates come in formatted. */
import { defineMessages } from "../../i18n.js";

export const CASELOAD_PER_FTE = defineMessages("caseloadPerFte", {
  activeParticipants: { nb: "aktive deltakere", en: "active participants" },
  referenceDate: (p: { date: string }) => ({
    nb: `Referansedato: ${p.date} (dagen før besøket).`,
    en: `Reference date: ${p.date} (the day before the visit).`,
  }),
  ratio: (p: { active: number; fte: string; specialists: number; ratio: string }) => ({
    nb: `Aktive deltakere ${p.active} / årsverk ${p.fte} (jobbspesialister: ${p.specialists}) = ${p.ratio}.`,
    en: `Active participants ${p.active} / FTE ${p.fte} (specialists: ${p.specialists}) = ${p.ratio}.`,
  }),
  outsideRange: (p: { min: string; max: string; who: string }) => ({
    nb: `Porteføljen per årsverk er utenfor ${p.min}–${p.max} for ${p.who}.`,
    en: `Caseload per FTE is outside ${p.min}–${p.max} for ${p.who}.`,
  }),
  tooMany: (p: { value: string; limit: string; fewer: string; participants: string; fte: string }) => ({
    nb: `${p.value} deltakere per årsverk; høyst ${p.limit}: omtrent ${p.fewer} færre per årsverk, det vil si ${p.participants} færre deltakere eller ${p.fte} flere årsverk for teamet.`,
    en: `${p.value} participants per FTE; at most ${p.limit}: about ${p.fewer} fewer per FTE, that is ${p.participants} fewer participants or ${p.fte} more FTE for the team.`,
  }),
  above: (p: { limit: string; who: string }) => ({
    nb: `Over ${p.limit} per årsverk: ${p.who}.`,
    en: `Above ${p.limit} per FTE: ${p.who}.`,
  }),
  chartTitle: { nb: "Deltakere per årsverk per jobbspesialist", en: "Caseload per FTE per specialist" },
  chartUnit: { nb: "per årsverk", en: "per FTE" },
  chartSeries: { nb: "Portefølje", en: "Caseload" },
  perSpecialist: (p: { date: string; list: string }) => ({
    nb: `Aktive deltakere ${p.date} / årsverk: ${p.list}.`,
    en: `Active participants on ${p.date} / FTE: ${p.list}.`,
  }),
  team: (p: { active: number; fte: string; ratio: string }) => ({
    nb: `Teamet: ${p.active} deltakere / ${p.fte} årsverk = ${p.ratio} per årsverk.`,
    en: `Team: ${p.active} participants / ${p.fte} FTE = ${p.ratio} per FTE.`,
  }),
});
