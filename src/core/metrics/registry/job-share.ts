/**
 * The three job shares (docs/design.md §5.3; IPS T8, T9, T10): one share of the jobs started in the
 * period, all computed together by metrics/jobs.ts. Each share's own file names what it counts; this is what
 * they have in common.
 */
import { formatPercent as pct } from "../../format.js";
import type { LocalizedText, MetricId } from "../../scale.js";
import type { JobShare, JobsMetric } from "../types.js";
import type { MetricDefinition } from "./definition.js";
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

const IN_DENOMINATOR: LocalizedText = {
  nb: "i nevneren, uten å telle i telleren",
  en: "in the denominator, adding nothing to the count",
};

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

    view(m, { unit, cutoffs }) {
      const j = m.jobs;
      const s = pick(j);
      const missing = j.missing ?? s.missing;
      return {
        ...(missing ? { missing } : {}),
        ...(j.missing === "noJobs" && j.rows.read > 0 ? { noCases: true } : {}),
        ...(s.value !== undefined ? { team: s.value } : {}),
        cases: j.jobs,
        casesNoun: { nb: "jobber", en: "jobs" },
        source: SOURCE.caseload(j.rows.file),
        lines: [
          periodLine(j.period.from, j.period.to, m),
          j.rule,
          both((lang) => {
            const v = s.value === undefined ? "–" : fmt(s.value, unit, lang, cutoffs);
            const main =
              lang === "nb"
                ? `Jobber: ${j.jobs}; ${what.nb} ${s.numerator} / jobber ${s.denominator} = ${v}.`
                : `Jobs: ${j.jobs}; ${what.en} ${s.numerator} / jobs ${s.denominator} = ${v}.`;
            const unknown =
              s.unknown === 0
                ? ""
                : lang === "nb"
                  ? ` Jobber uten ${field.nb} (${blankCounts.nb}): ${s.unknown}.`
                  : ` Jobs without ${field.en} (${blankCounts.en}): ${s.unknown}.`;
            return main + unknown;
          }),
          rowsLine(j.rows, "portefolje.csv"),
        ],
      };
    },

    gap({ nb, lang, value, t, meets, target, metrics }) {
      const share = pick(metrics.jobs);
      const lines: string[] = [];
      if (target.minimumCases !== undefined && metrics.jobs.jobs < target.minimumCases)
        lines.push(
          nb
            ? `${metrics.jobs.jobs} jobber i perioden; skalaen krever minst ${target.minimumCases} jobber for mer enn laveste skår.`
            : `${metrics.jobs.jobs} jobs in the period; the scale needs at least ${target.minimumCases} jobs for more than the lowest score.`,
        );
      if (!meets)
        lines.push(
          nb
            ? `${pct(value, lang)} ${gapWhat.nb} (${share.numerator} av ${share.denominator} jobber); ${pct(t, lang, 0)} trengs.`
            : `${pct(value, lang)} ${gapWhat.en} (${share.numerator} of ${share.denominator} jobs); ${pct(t, lang, 0)} needed.`,
        );
      return lines.join(" ") || undefined;
    },

    chart: null,
  };
}
