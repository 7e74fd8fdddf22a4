/**
 * The three job shares (docs/design.md §5.3; IPS T8, T9, T10): one share of the jobs started in the
 * period, all computed together by metrics/jobs.ts. Each share's own file names what it counts; this is what
 * they have in common.
 */
import { formatPercent as pct } from "../../format.js";
import type { LocalizedText, MetricId } from "../../scale.js";
import type { JobShare, JobsMetric } from "../types.js";
import type { MetricDefinition } from "./definition.js";
import { JOB_SHARE as M } from "./job-share.messages.js";
import { both, fmt, periodLine, rowsLine, SOURCE } from "./text.js";

export interface JobShareWords {
  /** The share's numerator in the data item's lines: "ulike yrker" / "distinct job types". */
  what: LocalizedText;
  /** The same in the improvement note's gap text: "ulike yrker" / "different job types". */
  gapWhat: LocalizedText;
  /** The caseload field the share rests on, as named in the "jobs without …" line. */
  field: LocalizedText;
  /** How a job with that field blank counts. */
  blankCounts: LocalizedText;
}

const IN_DENOMINATOR: LocalizedText = M.text("inDenominator");

/** A job-share metric: `pick` chooses the share from the jobs computation. */
export function jobShareMetric<Id extends MetricId>(
  id: Id,
  pick: (jobs: JobsMetric) => JobShare,
  words: Omit<JobShareWords, "blankCounts"> & { blankCounts?: LocalizedText },
): MetricDefinition<Id> {
  const { what, gapWhat, field } = words;
  const blankCounts = words.blankCounts ?? IN_DENOMINATOR;
  return {
    id,
    source: "jobs",
    countingRules: ["flowPeriodDays"],

    team: (m) => pick(m.jobs).value,

    view(m, { unit, cutoffs }) {
      const j = m.jobs;
      const s = pick(j);
      const missing = j.missing ?? s.missing;
      return {
        ...(missing ? { missing } : {}),
        ...(j.missing === "noJobs" && j.rows.read > 0 ? { noCases: true } : {}),
        ...(s.value !== undefined ? { team: s.value } : {}),
        cases: j.jobs,
        casesNoun: M.text("jobs"),
        source: SOURCE.caseload(j.rows.file),
        lines: [
          periodLine(j.period.from, j.period.to, m),
          j.rule,
          both((lang) => {
            const v = s.value === undefined ? "–" : fmt(s.value, unit, lang, cutoffs);
            const t = M.in(lang);
            const main = t("share", {
              jobs: j.jobs,
              what,
              numerator: s.numerator,
              denominator: s.denominator,
              share: v,
            });
            return s.unknown === 0 ? main : main + t("unknown", { field, counts: blankCounts, n: s.unknown });
          }),
          rowsLine(j.rows, "portefolje.csv"),
        ],
      };
    },

    gap({ lang, value, t, meets, target, metrics }) {
      const share = pick(metrics.jobs);
      const say = M.in(lang);
      const lines: string[] = [];
      if (target.minimumCases !== undefined && metrics.jobs.jobs < target.minimumCases)
        lines.push(say("tooFewJobs", { jobs: metrics.jobs.jobs, minimum: target.minimumCases }));
      if (!meets)
        lines.push(
          say("gap", {
            value: pct(value, lang),
            what: gapWhat,
            numerator: share.numerator,
            denominator: share.denominator,
            target: pct(t, lang, 0),
          }),
        );
      return lines.join(" ") || undefined;
    },

    chart: null,
  };
}
