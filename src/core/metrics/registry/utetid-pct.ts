/**
 * Utetid (docs/design.md §5.1): the share of working time spent out of the office, per specialist and as the
 * mean of the specialists (IPS T13 and Kvalitetsveilederen point 3 in the shipped scales). Computed by metrics/utetid.ts.
 */
import { formatNumber as n, formatPercent as pct } from "../../format.js";
import type { MetricDefinition } from "./definition.js";
import { reference } from "./target.js";
import { both, fmt, num, rowsLine, SOURCE, SPECIALISTS, windowLine } from "./text.js";

/** A full-time week in Norwegian working life, used to turn a utetid percentage into hours. */
export const FULL_TIME_HOURS_PER_WEEK = 37.5;

export const utetidPct: MetricDefinition<"utetidPct"> = {
  id: "utetidPct",
  source: "utetid",
  // How utetid.csv was made from calendar exports, when it was (`fidelity import kalender`).
  countingRules: ["calendar"],

  view(m, { unit, cutoffs }) {
    const u = m.utetid;
    const absent = u.specialists.reduce((a, s) => a + s.absentBlocks.length, 0);
    const withValue = u.specialists.filter((s) => s.pct !== undefined);
    return {
      ...(u.missing ? { missing: u.missing } : {}),
      ...(u.teamMeanPct !== undefined ? { team: u.teamMeanPct } : {}),
      specialists: u.specialists.map((s) => ({
        specialist: s.specialist,
        ...(s.pct !== undefined ? { value: s.pct } : {}),
      })),
      cases: withValue.length,
      casesNoun: SPECIALISTS,
      source: SOURCE.utetid(u.rows.file),
      lines: [
        windowLine(m),
        u.rule,
        both((lang) => {
          const team = u.teamMeanPct === undefined ? "–" : fmt(u.teamMeanPct, unit, lang, cutoffs);
          const pooled = u.pooled.value === undefined ? "–" : pct(u.pooled.value, lang);
          return lang === "nb"
            ? `Jobbspesialister med timer: ${withValue.length} av ${u.specialists.length}; timer ute ${num(u.pooled.numerator, lang)} av ${num(u.pooled.denominator, lang)} totalt (samlet ${pooled}); snitt av jobbspesialistene ${team}; fraværsuker: ${absent}.`
            : `Specialists with hours: ${withValue.length} of ${u.specialists.length}; hours out ${num(u.pooled.numerator, lang)} of ${num(u.pooled.denominator, lang)} total (pooled ${pooled}); mean of the specialists ${team}; absent weeks: ${absent}.`;
        }),
        rowsLine(u.rows, "utetid.csv"),
      ],
    };
  },

  gap({ nb, lang, value, t, meets, below, who }) {
    const lines: string[] = [];
    if (!meets) {
      const hours = ((t - value) / 100) * FULL_TIME_HOURS_PER_WEEK;
      lines.push(
        nb
          ? `Teamet er ute ${pct(value, lang)} av arbeidstiden i snitt; ${pct(t, lang, 0)} trengs: omtrent ${n(t - value, lang)} prosentpoeng mer, rundt ${n(hours, lang)} timer mer ute per uke i en full stilling (${n(FULL_TIME_HOURS_PER_WEEK, lang)} t).`
          : `The team spends ${pct(value, lang)} of its time out of the office on average; ${pct(t, lang, 0)} needed: about ${n(t - value, lang)} percentage points more, around ${n(hours, lang)} more hours out each week in a full-time post (${n(FULL_TIME_HOURS_PER_WEEK, lang)} h).`,
      );
    }
    if (below.length) lines.push(nb ? `Under ${pct(t, lang, 0)}: ${who}.` : `Below ${pct(t, lang, 0)}: ${who}.`);
    return lines.join(" ") || undefined;
  },

  chart({ scale, metrics: m, lang, nb, label, windowText }) {
    const u = m.utetid;
    if (u.missing || !u.specialists.length) return undefined;
    const absent = u.specialists
      .filter((s) => s.absentBlocks.length)
      .map(
        (s) =>
          `${label(s.specialist)} ${s.absentBlocks.length} ${nb ? (s.absentBlocks.length === 1 ? "uke" : "uker") : s.absentBlocks.length === 1 ? "week" : "weeks"}`,
      );
    return {
      id: "utetid",
      title: nb ? "Utetid per jobbspesialist" : "Time out of the office per specialist",
      kind: "bars",
      unit: "%",
      categories: u.specialists.map((s) => label(s.specialist)),
      series: [{ label: nb ? "Utetid" : "Time out", values: u.specialists.map((s) => s.pct ?? null) }],
      reference: reference(scale, "utetidPct", lang, "target", " %"),
      yMax: 100,
      footnotes: [
        nb
          ? `Timer ute / timer totalt per jobbspesialist, ${windowText}: ${u.specialists.map((s) => `${label(s.specialist)} ${n(s.hoursOut, lang)}/${n(s.hoursTotal, lang)}\u00a0t`).join(", ")}.`
          : `Hours out / total hours per specialist, ${windowText}: ${u.specialists.map((s) => `${label(s.specialist)} ${n(s.hoursOut, lang)}/${n(s.hoursTotal, lang)}\u00a0h`).join(", ")}.`,
        u.teamMeanPct === undefined
          ? ""
          : nb
            ? `Teamsnitt ${pct(u.teamMeanPct, lang)} (snitt av ${u.specialistsWithHours} jobbspesialister). ${u.rows.used} av ${u.rows.read} rader brukt.`
            : `Team mean ${pct(u.teamMeanPct, lang)} (mean of ${u.specialistsWithHours} specialists). ${u.rows.used} of ${u.rows.read} rows used.`,
        absent.length
          ? nb
            ? `Fraværsuker (ingen timer registrert) holdes utenfor: ${absent.join(", ")}.`
            : `Absent weeks (no hours logged) are left out: ${absent.join(", ")}.`
          : "",
      ].filter(Boolean),
    };
  },
};
