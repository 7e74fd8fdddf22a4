/**
 * summary.csv's column headers and status words, and the short reason for a failed team. summary.json keeps
 * its keys and codes in English (a machine-readable contract, docs/decisions.md); its `reason` follows --lang.
 */
import { defineMessages } from "../core/i18n.js";

export const SUMMARY = defineMessages("summary", {
  team: { nb: "team", en: "team" },
  office: { nb: "kontor", en: "office" },
  scale: { nb: "skala", en: "scale" },
  scale_version: { nb: "skalaversjon", en: "scale_version" },
  visit_date: { nb: "besøksdato", en: "visit_date" },
  status: { nb: "status", en: "status" },
  problem: { nb: "problem", en: "problem" },
  total: { nb: "sum", en: "total" },
  total_min: { nb: "sum_min", en: "total_min" },
  total_max: { nb: "sum_maks", en: "total_max" },
  band: { nb: "nivå", en: "band" },
  green: { nb: "grønn", en: "green" },
  yellow: { nb: "gul", en: "yellow" },
  red: { nb: "rød", en: "red" },
  unrated: { nb: "ikke_vurdert", en: "unrated" },
  group: { nb: "gruppe", en: "group" },
  review_type: { nb: "vurderingstype", en: "review_type" },
  participants_per_fte: { nb: "deltakere_per_årsverk", en: "participants_per_fte" },
  utetid_pct: { nb: "utetid_prosent", en: "utetid_pct" },
  employer_contacts_per_week: { nb: "arbeidsgiverkontakter_per_uke", en: "employer_contacts_per_week" },
  days_to_first_employer_contact: { nb: "dager_til_første_arbeidsgiverkontakt", en: "days_to_first_employer_contact" },
  competitive_jobs_pct: { nb: "ordinært_arbeid_prosent", en: "competitive_jobs_pct" },
  complete: { nb: "fullført", en: "complete" },
  provisional: { nb: "foreløpig", en: "provisional" },
  failed: { nb: "feilet", en: "failed" },
  itemsNotRated: (p: { n: number; ids: string }) => ({
    nb: `${p.n} ${p.n === 1 ? "punkt" : "punkter"} uten vurdering: ${p.ids}`,
    en: `${p.n} item${p.n === 1 ? "" : "s"} not rated: ${p.ids}`,
  }),
  coverageGap: (p: { n: number }) => ({
    nb: `dataene dekker ikke hele vinduet (${p.n} ${p.n === 1 ? "fil" : "filer"})`,
    en: `the data does not cover the whole window (${p.n} file${p.n === 1 ? "" : "s"})`,
  }),
  invalidData: { nb: "feil i dataene", en: "invalid data" },
  invalidDataCount: (p: { n: number }) => ({
    nb: `feil i dataene: ${p.n} ${p.n === 1 ? "problem" : "problemer"}`,
    en: `invalid data: ${p.n} problem${p.n === 1 ? "" : "s"}`,
  }),
});
