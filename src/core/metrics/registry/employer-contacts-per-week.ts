/**
 * Employer contacts per specialist per week (docs/design.md §5.2; IPS T6, Kvalitetsveilederen point 8):
 * counted contacts over the weeks each specialist was present, per FTE. Computed by metrics/employer-contacts.ts.
 */
import { formatNumber as n, formatPercent as pct } from "../../format.js";
import type { MetricDefinition } from "./definition.js";
import { reference, shortDate } from "./target.js";
import { both, fmt, rowsLine, SOURCE, SPECIALISTS, windowLine } from "./text.js";

export const employerContactsPerWeek: MetricDefinition<"employerContactsPerWeek"> = {
  id: "employerContactsPerWeek",
  source: "employerContacts",
  countingRules: ["countModes", "countFollowUp", "fteProration"],

  view(m, { unit, cutoffs }) {
    const c = m.employerContacts;
    const present = c.specialists.reduce((a, s) => a + s.presentBlocks, 0);
    const prorated = c.specialists.filter((s) => s.prorated).length;
    const withValue = c.specialists.filter((s) => s.perWeek !== undefined);
    return {
      ...(c.missing ? { missing: c.missing } : {}),
      ...(c.teamMeanPerWeek !== undefined ? { team: c.teamMeanPerWeek } : {}),
      specialists: c.specialists.map((s) => ({
        specialist: s.specialist,
        ...(s.perWeek !== undefined ? { value: s.perWeek } : {}),
      })),
      cases: withValue.length,
      casesNoun: SPECIALISTS,
      source: SOURCE.contacts(c.rows.file),
      lines: [
        windowLine(m),
        c.rule,
        both((lang) => {
          const team = c.teamMeanPerWeek === undefined ? "–" : fmt(c.teamMeanPerWeek, unit, lang, cutoffs);
          const weeks = c.specialists.length * m.window.weeks;
          const main =
            lang === "nb"
              ? `Tellende kontakter: ${c.totalCounted}; jobbspesialister: ${c.specialists.length}; uker til stede: ${present} av ${weeks}${c.absenceFromUtetid ? "" : " (ingen utetidsdata: alle uker regnes som til stede)"}; snitt ${team}.`
              : `Counted contacts: ${c.totalCounted}; specialists: ${c.specialists.length}; weeks present: ${present} of ${weeks}${c.absenceFromUtetid ? "" : " (no utetid data: every week counts as present)"}; mean ${team}.`;
          const fte =
            prorated === 0
              ? ""
              : lang === "nb"
                ? ` Regnet per årsverk (stillingsprosent under 100 %): ${prorated} ${prorated === 1 ? "jobbspesialist" : "jobbspesialister"}.`
                : ` Counted per full-time equivalent (FTE below 1.0): ${prorated} ${prorated === 1 ? "specialist" : "specialists"}.`;
          return main + fte;
        }),
        both((lang) =>
          lang === "nb"
            ? `Ulike arbeidsgivere: ${c.employers.distinct}; kontakter med nye arbeidsgivere: ${c.employers.newContacts}, med kjente: ${c.employers.repeatContacts}.`
            : `Distinct employers: ${c.employers.distinct}; contacts with new employers: ${c.employers.newContacts}, with known ones: ${c.employers.repeatContacts}.`,
        ),
        rowsLine(c.rows, "arbeidsgiverkontakter.csv"),
      ],
    };
  },

  gap({ nb, lang, value, t, meets, below, who, suggestion }) {
    const lines: string[] = [];
    if (!meets)
      lines.push(
        nb
          ? `${n(value, lang)} kontakter per jobbspesialist per uke; ${n(t, lang)} trengs: omtrent ${n(t - value, lang)} flere hver uke.`
          : `${n(value, lang)} contacts per specialist per week; ${n(t, lang)} needed: about ${n(t - value, lang)} more each week.`,
      );
    if (below.length)
      lines.push(
        nb
          ? `Under ${n(t, lang)} per uke: ${who} (${below.length} av ${suggestion.perSpecialist?.length}).`
          : `Below ${n(t, lang)} a week: ${who} (${below.length} of ${suggestion.perSpecialist?.length}).`,
      );
    return lines.join(" ") || undefined;
  },

  chart({ scale, metrics: m, lang, nb, label }) {
    const c = m.employerContacts;
    if (c.missing || !c.specialists.length) return undefined;
    const blocks = [...m.window.blocks].reverse();
    return {
      id: "contacts",
      title: nb ? "Arbeidsgiverkontakter per uke per jobbspesialist" : "Employer contacts per week per specialist",
      kind: "lines",
      unit: nb ? "kontakter per uke" : "contacts per week",
      categories: blocks.map((b) => shortDate(b.from, lang)),
      series: c.specialists.map((s) => ({
        label: label(s.specialist),
        // Per full-time equivalent, like the rate the item is scored on: a 50 % specialist's 3 contacts plot as 6.
        values: blocks.map((b) => {
          const w = s.weekly.find((x) => x.index === b.index);
          return !w || w.absent || w.uncovered ? null : s.prorated ? w.counted / s.fte : w.counted;
        }),
      })),
      reference: reference(scale, "employerContactsPerWeek", lang, "target"),
      footnotes: [
        nb
          ? `Tellende kontakter per jobbspesialist (per uke i snitt): ${c.specialists.map((s) => `${label(s.specialist)} ${s.counted} over ${s.presentBlocks} uker${s.perWeek === undefined ? "" : ` = ${n(s.perWeek, lang)}`}${s.prorated ? ` (${pct(s.fte * 100, lang, 0)} stilling)` : ""}`).join("; ")}.`
          : `Counted contacts per specialist (mean per week): ${c.specialists.map((s) => `${label(s.specialist)} ${s.counted} over ${s.presentBlocks} weeks${s.perWeek === undefined ? "" : ` = ${n(s.perWeek, lang)}`}${s.prorated ? ` (${pct(s.fte * 100, lang, 0)} FTE)` : ""}`).join("; ")}.`,
        nb
          ? `${c.totalCounted} tellende kontakter med ${c.employers.distinct} ulike arbeidsgivere; ${c.employers.newContacts} var første kontakt med en arbeidsgiver som ikke står tidligere i filen, ${c.employers.repeatContacts} gjaldt kjente arbeidsgivere. Uker med fravær vises som brudd i linjen; deltidsstillinger vises per årsverk.`
          : `${c.totalCounted} counted contacts with ${c.employers.distinct} different employers; ${c.employers.newContacts} were a first contact with an employer not earlier in the file, ${c.employers.repeatContacts} were with known employers. Absent weeks show as gaps in the line; part-time posts are shown per FTE.`,
      ],
    };
  },
};
