/** The follow-up metric's lines and gap (follow-up-six-months-pct.ts). Numbers come in formatted. */
import { defineMessages } from "../../i18n.js";

export const FOLLOW_UP_SIX_MONTHS_PCT = defineMessages("followUpSixMonthsPct", {
  discharged: (p: { discharged: number; afterJob: number; days: number; followed: number; share: string }) => ({
    nb: `Skrevet ut i perioden: ${p.discharged}; av dem etter en jobbstart: ${p.afterJob}; med minst ${p.days} dager fra første jobbstart til sluttdato: ${p.followed} = ${p.share}.`,
    en: `Discharged in the period: ${p.discharged}; of them after a job start: ${p.afterJob}; with at least ${p.days} days from first job start to end date: ${p.followed} = ${p.share}.`,
  }),
  gap: (p: { value: string; followed: number; of: number; days: number; target: string }) => ({
    nb: `${p.value} (${p.followed} av ${p.of}) ble fulgt opp minst ${p.days} dager etter jobbstart; ${p.target} gir grønt.`,
    en: `${p.value} (${p.followed} of ${p.of}) had follow-up for at least ${p.days} days after job start; ${p.target} gives green.`,
  }),
});
