/**
 * Utetid (docs/design.md §5.1): the share of working time spent out of the office, per specialist and as the
 * mean of the specialists (IPS T13 and Kvalitetsveilederen point 3 in the shipped scales). Computed by metrics/utetid.ts.
 */
import { formatNumber as n, formatPercent as pct } from "../../format.js";
import type { MetricDefinition } from "./definition.js";
import { reference } from "./target.js";
import { both, fmt, num, rowsLine, SOURCE, SPECIALISTS, windowLine } from "./text.js";
import { UTETID_PCT as M } from "./utetid-pct.messages.js";

/** A full-time week in Norwegian working life, used to turn a utetid percentage into hours. */
export const FULL_TIME_HOURS_PER_WEEK = 37.5;

export const utetidPct: MetricDefinition<"utetidPct"> = {
  id: "utetidPct",
  source: "utetid",
  // How utetid.csv was made from calendar exports, when it was (`fidelity import kalender`).
  countingRules: ["calendar"],

  team: (m) => m.utetid.teamMeanPct,

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
          return M.in(lang)("hours", {
            withHours: withValue.length,
            specialists: u.specialists.length,
            out: num(u.pooled.numerator, lang),
            total: num(u.pooled.denominator, lang),
            pooled,
            mean: team,
            absent,
          });
        }),
        rowsLine(u.rows, "utetid.csv"),
      ],
    };
  },

  gap({ lang, value, t, meets, below, who }) {
    const say = M.in(lang);
    const lines: string[] = [];
    if (!meets) {
      const hours = ((t - value) / 100) * FULL_TIME_HOURS_PER_WEEK;
      lines.push(
        say("gap", {
          value: pct(value, lang),
          target: pct(t, lang, 0),
          points: n(t - value, lang),
          hours: n(hours, lang),
          week: n(FULL_TIME_HOURS_PER_WEEK, lang),
        }),
      );
    }
    if (below.length) lines.push(say("below", { target: pct(t, lang, 0), who }));
    return lines.join(" ") || undefined;
  },

  chart({ scale, metrics: m, lang, label, windowText }) {
    const u = m.utetid;
    const say = M.in(lang);
    if (u.missing || !u.specialists.length) return undefined;
    const absent = u.specialists
      .filter((s) => s.absentBlocks.length)
      .map((s) => `${label(s.specialist)} ${say("weeks", { n: s.absentBlocks.length })}`);
    return {
      id: "utetid",
      title: say("chartTitle"),
      kind: "bars",
      unit: "%",
      categories: u.specialists.map((s) => label(s.specialist)),
      series: [{ label: say("chartSeries"), values: u.specialists.map((s) => s.pct ?? null) }],
      reference: reference(scale, "utetidPct", lang, "target", " %"),
      yMax: 100,
      footnotes: [
        say("hoursPerSpecialist", {
          window: windowText,
          list: u.specialists
            .map((s) =>
              say("specialistHours", {
                label: label(s.specialist),
                out: n(s.hoursOut, lang),
                total: n(s.hoursTotal, lang),
              }),
            )
            .join(", "),
        }),
        u.teamMeanPct === undefined
          ? ""
          : say("teamMean", {
              mean: pct(u.teamMeanPct, lang),
              specialists: u.specialistsWithHours,
              used: u.rows.used,
              read: u.rows.read,
            }),
        absent.length ? say("absentWeeks", { list: absent.join(", ") }) : "",
      ].filter(Boolean),
    };
  },
};
