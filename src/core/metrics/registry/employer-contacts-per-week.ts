/**
 * Employer contacts per specialist per week (docs/design.md §5.2; IPS T6, Kvalitetsveilederen point 8):
 * counted contacts over the weeks each specialist was present, per FTE. Computed by metrics/employer-contacts.ts.
 */
import { formatNumber as n, formatPercent as pct } from "../../format.js";
import type { MetricDefinition } from "./definition.js";
import { EMPLOYER_CONTACTS_PER_WEEK as M } from "./employer-contacts-per-week.messages.js";
import { reference, shortDate } from "./target.js";
import { both, fmt, rowsLine, SOURCE, SPECIALISTS, windowLine } from "./text.js";

export const employerContactsPerWeek: MetricDefinition<"employerContactsPerWeek"> = {
  id: "employerContactsPerWeek",
  source: "employerContacts",
  countingRules: ["countModes", "countFollowUp", "fteProration"],

  team: (m) => m.employerContacts.teamMeanPerWeek,

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
          const main = M.in(lang)("counted", {
            counted: c.totalCounted,
            specialists: c.specialists.length,
            present,
            weeks,
            utetid: c.absenceFromUtetid,
            mean: team,
          });
          return prorated === 0 ? main : main + M.in(lang)("prorated", { n: prorated });
        }),
        M.text("employers", {
          distinct: c.employers.distinct,
          fresh: c.employers.newContacts,
          known: c.employers.repeatContacts,
        }),
        rowsLine(c.rows, "arbeidsgiverkontakter.csv"),
      ],
    };
  },

  gap({ lang, value, t, meets, below, who, suggestion }) {
    const say = M.in(lang);
    const lines: string[] = [];
    if (!meets) lines.push(say("gap", { value: n(value, lang), target: n(t, lang), more: n(t - value, lang) }));
    if (below.length)
      lines.push(say("below", { target: n(t, lang), who, n: below.length, of: suggestion.perSpecialist?.length }));
    return lines.join(" ") || undefined;
  },

  chart({ scale, metrics: m, lang, label }) {
    const c = m.employerContacts;
    const say = M.in(lang);
    if (c.missing || !c.specialists.length) return undefined;
    const blocks = [...m.window.blocks].reverse();
    return {
      id: "contacts",
      title: say("chartTitle"),
      kind: "lines",
      unit: say("chartUnit"),
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
        say("perSpecialist", {
          list: c.specialists
            .map((s) =>
              say("specialist", {
                label: label(s.specialist),
                counted: s.counted,
                weeks: s.presentBlocks,
                perWeek: s.perWeek === undefined ? "" : ` = ${n(s.perWeek, lang)}`,
                fte: s.prorated ? pct(s.fte * 100, lang, 0) : undefined,
              }),
            )
            .join("; "),
        }),
        say("summary", {
          counted: c.totalCounted,
          distinct: c.employers.distinct,
          fresh: c.employers.newContacts,
          known: c.employers.repeatContacts,
        }),
      ],
    };
  },
};
