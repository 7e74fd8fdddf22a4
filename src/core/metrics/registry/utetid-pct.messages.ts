/** The utetid metric's lines, gap and chart (utetid-pct.ts). Numbers come in formatted. */
import { defineMessages } from "../../i18n.js";

export const UTETID_PCT = defineMessages("utetidPct", {
  hours: (p: {
    withHours: number;
    specialists: number;
    out: string;
    total: string;
    pooled: string;
    mean: string;
    absent: number;
  }) => ({
    nb: `Jobbspesialister med timer: ${p.withHours} av ${p.specialists}; timer ute ${p.out} av ${p.total} totalt (samlet ${p.pooled}); snitt av jobbspesialistene ${p.mean}; fraværsuker: ${p.absent}.`,
    en: `Specialists with hours: ${p.withHours} of ${p.specialists}; hours out ${p.out} of ${p.total} total (pooled ${p.pooled}); mean of the specialists ${p.mean}; absent weeks: ${p.absent}.`,
  }),
  gap: (p: { value: string; target: string; points: string; hours: string; week: string }) => ({
    nb: `Teamet er ute ${p.value} av arbeidstiden i snitt; ${p.target} trengs: omtrent ${p.points} prosentpoeng mer, rundt ${p.hours} timer mer ute per uke i en full stilling (${p.week} t).`,
    en: `The team spends ${p.value} of its time out of the office on average; ${p.target} needed: about ${p.points} percentage points more, around ${p.hours} more hours out each week in a full-time post (${p.week} h).`,
  }),
  below: (p: { target: string; who: string }) => ({
    nb: `Under ${p.target}: ${p.who}.`,
    en: `Below ${p.target}: ${p.who}.`,
  }),
  weeks: (p: { n: number }) => ({
    nb: `${p.n} ${p.n === 1 ? "uke" : "uker"}`,
    en: `${p.n} ${p.n === 1 ? "week" : "weeks"}`,
  }),
  chartTitle: { nb: "Utetid per jobbspesialist", en: "Time out of the office per specialist" },
  chartSeries: { nb: "Utetid", en: "Time out" },
  /** One specialist's hours in the footnote: "JS1 120/300 t". */
  specialistHours: (p: { label: string; out: string; total: string }) => ({
    nb: `${p.label} ${p.out}/${p.total}\u00a0t`,
    en: `${p.label} ${p.out}/${p.total}\u00a0h`,
  }),
  hoursPerSpecialist: (p: { window: string; list: string }) => ({
    nb: `Timer ute / timer totalt per jobbspesialist, ${p.window}: ${p.list}.`,
    en: `Hours out / total hours per specialist, ${p.window}: ${p.list}.`,
  }),
  teamMean: (p: { mean: string; specialists: number; used: number; read: number }) => ({
    nb: `Teamsnitt ${p.mean} (snitt av ${p.specialists} jobbspesialister). ${p.used} av ${p.read} rader brukt.`,
    en: `Team mean ${p.mean} (mean of ${p.specialists} specialists). ${p.used} of ${p.read} rows used.`,
  }),
  absentWeeks: (p: { list: string }) => ({
    nb: `Fraværsuker (ingen timer registrert) holdes utenfor: ${p.list}.`,
    en: `Absent weeks (no hours logged) are left out: ${p.list}.`,
  }),
});
