/** Wording shared by the metric definitions (text.ts): rows, window and period lines, sources. */
import { defineMessages } from "../../i18n.js";

export const METRIC_TEXT = defineMessages("metricText", {
  // Why a row was not used ("12 utenfor vinduet").
  outsideWindow: { nb: "utenfor vinduet", en: "outside the window" },
  modeNotCounted: { nb: "kontaktform telles ikke", en: "mode not counted" },
  followUpNotCounted: { nb: "oppfølging telles ikke", en: "follow-up not counted" },
  specialistNotInWindow: { nb: "jobbspesialist uten utetid i vinduet", en: "specialist without utetid in the window" },
  inAbsentBlock: { nb: "i fraværsuke", en: "in an absent week" },
  inUncoveredBlock: { nb: "i uke uten utetidsdata", en: "in a week without utetid data" },
  notActive: { nb: "ikke aktiv", en: "not active" },
  sameParticipant: { nb: "samme deltaker", en: "same participant" },
  notInPeriod: { nb: "ikke i perioden", en: "not in the period" },
  noJob: { nb: "uten jobbstart", en: "no job start" },
  waitingWithinLimit: { nb: "venter innenfor grensen", en: "waiting within the limit" },
  missingValue: { nb: "mangler verdi", en: "value missing" },
  duplicate: { nb: "dublett", en: "duplicate" },

  rows: (p: { file: string; read: number; used: number; ignored: string }) => ({
    nb: `Rader i ${p.file}: ${p.read} lest, ${p.used} brukt${p.ignored ? `; ${p.ignored}` : ""}.`,
    en: `Rows in ${p.file}: ${p.read} read, ${p.used} used${p.ignored ? `; ${p.ignored}` : ""}.`,
  }),
  window: (p: { window: string; weeks: number; visit: string }) => ({
    nb: `Vindu: ${p.window} (${p.weeks} uker før besøket ${p.visit}).`,
    en: `Window: ${p.window} (${p.weeks} weeks before the visit on ${p.visit}).`,
  }),
  period: (p: { period: string; days: number; reference: string }) => ({
    nb: `Periode: ${p.period} (${p.days} dager før besøket); referansedato ${p.reference}.`,
    en: `Period: ${p.period} (${p.days} days before the visit); reference date ${p.reference}.`,
  }),
  utetid: (p: { file: string }) => ({ nb: `Utetid (${p.file})`, en: `Utetid (${p.file})` }),
  contacts: (p: { file: string }) => ({
    nb: `Arbeidsgiverkontakter (${p.file})`,
    en: `Employer contacts (${p.file})`,
  }),
  caseload: (p: { file: string }) => ({ nb: `Portefølje (${p.file})`, en: `Caseload (${p.file})` }),
  specialists: { nb: "jobbspesialister", en: "specialists" },
  participants: { nb: "deltakere", en: "participants" },
  /** The last join of a list: "a, b og c". */
  and: { nb: "og", en: "and" },
  /** A chart's reference line: "Mål 65 % (B3)". */
  target: (p: { value: string; item: string }) => ({
    nb: `Mål ${p.value} (${p.item})`,
    en: `Target ${p.value} (${p.item})`,
  }),
  limit: (p: { value: string; item: string }) => ({
    nb: `Grense ${p.value} (${p.item})`,
    en: `Limit ${p.value} (${p.item})`,
  }),
  range: (p: { min: string; max: string; item: string }) => ({
    nb: `Område ${p.min}–${p.max} (${p.item})`,
    en: `Range ${p.min}–${p.max} (${p.item})`,
  }),
});
