/** The first-contact metric's lines, gap and chart (days-to-first-employer-contact.ts). Numbers come in formatted. */
import { defineMessages } from "../../i18n.js";

export const DAYS_TO_FIRST_CONTACT = defineMessages("daysToFirstEmployerContact", {
  cases: (p: {
    participants: number;
    withContact: number;
    limit: number;
    stillWaiting: number;
    leftWithoutOne: number;
    waitingWithinLimit: number;
    unmeasurable: number;
  }) => ({
    nb: `Deltakere som startet i perioden: ${p.participants}. Med første arbeidsgiverkontakt: ${p.withContact}; venter fortsatt, over ${p.limit} dager: ${p.stillWaiting}; sluttet uten kontakt etter over ${p.limit} dager: ${p.leftWithoutOne}; ventet ${p.limit} dager eller kortere (telles ikke): ${p.waitingWithinLimit}${p.unmeasurable > 0 ? `; avsluttet uten sluttdato (holdes utenfor): ${p.unmeasurable}` : ""}.`,
    en: `Participants who started in the period: ${p.participants}. With a first employer contact: ${p.withContact}; still waiting, over ${p.limit} days: ${p.stillWaiting}; left without one after over ${p.limit} days: ${p.leftWithoutOne}; waited ${p.limit} days or less (not counted): ${p.waitingWithinLimit}${p.unmeasurable > 0 ? `; discharged without an end date (left out): ${p.unmeasurable}` : ""}.`,
  }),
  nobodyToAverage: { nb: "Ingen å regne snitt av.", en: "Nobody to average." },
  mean: (p: { days: number; participants: number; mean: string }) => ({
    nb: `Snitt: ${p.days} dager / ${p.participants} = ${p.mean}.`,
    en: `Mean: ${p.days} days / ${p.participants} = ${p.mean}.`,
  }),
  gap: (p: { value: string; target: string; sooner: string }) => ({
    nb: `${p.value} dager i snitt til første arbeidsgiverkontakt; målet er høyst ${p.target}: omtrent ${p.sooner} dager raskere.`,
    en: `${p.value} days on average to the first employer contact; the target is at most ${p.target}: about ${p.sooner} days sooner.`,
  }),
  above: (p: { target: string; who: string }) => ({
    nb: `Snitt over ${p.target} dager: ${p.who}.`,
    en: `Mean above ${p.target} days: ${p.who}.`,
  }),
  chartTitle: { nb: "Dager til første arbeidsgiverkontakt", en: "Days to first employer contact" },
  chartUnit: { nb: "deltakere", en: "participants" },
  chartSeries: { nb: "Deltakere", en: "Participants" },
  started: (p: {
    participants: number;
    period: string;
    withContact: number;
    stillWaiting: number;
    leftWithoutOne: number;
    waitingWithinLimit: number;
  }) => ({
    nb: `${p.participants} deltakere startet ${p.period}: ${p.withContact} med kontakt, ${p.stillWaiting} venter fortsatt, ${p.leftWithoutOne} sluttet uten kontakt; ${p.waitingWithinLimit} har ventet for kort tid til å telle.`,
    en: `${p.participants} participants started ${p.period}: ${p.withContact} with a contact, ${p.stillWaiting} still waiting, ${p.leftWithoutOne} left without one; ${p.waitingWithinLimit} have not waited long enough to count.`,
  }),
  meanDays: (p: { mean: string; days: number; participants: number }) => ({
    nb: `Snitt ${p.mean} dager (${p.days} dager / ${p.participants} deltakere).`,
    en: `Mean ${p.mean} days (${p.days} days / ${p.participants} participants).`,
  }),
});
