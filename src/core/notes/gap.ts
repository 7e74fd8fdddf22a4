/**
 * The concrete gap between what the team's data shows and what full implementation needs, in the team's own
 * numbers (DESIGN.md §7.4): "3,4 kontakter per jobbspesialist per uke; 6 trengs: omtrent 2,6 flere hver uke".
 * Targets are read from the scale file's data rule, never hard-coded.
 */
import { notAbove, reaches } from "../bands.js";
import { formatNumber as n, formatPercent as pct } from "../format.js";
import type { TeamMetrics } from "../metrics/types.js";
import type { StaffLabel } from "../report/staff.js";
import type { ColourItem, Lang, PointsItem, ScaleItem } from "../scale.js";
import type { DataSuggestion } from "../suggestion.js";

/** A full-time week in Norwegian working life, used to turn a utetid percentage into hours. */
export const FULL_TIME_HOURS_PER_WEEK = 37.5;

interface Target {
  value: number;
  direction: "higherIsBetter" | "lowerIsBetter";
  /** For a range rule (Kvalitetsveilederen point 2). */
  range?: { min: number; max: number };
  minimumCases?: number;
}

export function targetOf(item: ScaleItem): Target | undefined {
  if (!item.data) return undefined;
  if ("bands" in item.data) {
    const rule = (item as PointsItem).data;
    const top = rule?.bands.cutoffs[0];
    if (!rule || !top) return undefined;
    return { value: top.value, direction: rule.bands.direction, minimumCases: rule.minimumCases?.count };
  }
  const rule = (item as ColourItem).data?.rule;
  if (!rule) return undefined;
  if (rule.kind === "threshold") return { value: rule.green, direction: rule.direction };
  return { value: rule.max, direction: "lowerIsBetter", range: { min: rule.min, max: rule.max } };
}

function list(labels: string[], lang: Lang): string {
  if (labels.length <= 1) return labels.join("");
  return `${labels.slice(0, -1).join(", ")} ${lang === "nb" ? "og" : "and"} ${labels[labels.length - 1]}`;
}

export function gapText(
  item: ScaleItem,
  suggestion: DataSuggestion | undefined,
  metrics: TeamMetrics | undefined,
  lang: Lang,
  label: StaffLabel,
): string | undefined {
  const target = targetOf(item);
  const value = suggestion?.value;
  if (!target || !metrics || value === undefined || !item.data) return undefined;
  const nb = lang === "nb";
  const t = target.value;
  const meets = target.direction === "higherIsBetter" ? reaches(value, t) : notAbove(value, t);
  const below = (suggestion?.perSpecialist ?? []).filter((s) =>
    target.range
      ? !(reaches(s.value, target.range.min) && notAbove(s.value, target.range.max))
      : target.direction === "higherIsBetter"
        ? !reaches(s.value, t)
        : !notAbove(s.value, t),
  );
  const who = list(
    below.map((s) => label(s.specialist)),
    lang,
  );
  const whoWithValues = (unit: string) =>
    list(
      below.map((s) => `${label(s.specialist)} (${n(s.value, lang)}${unit})`),
      lang,
    );

  switch (item.data.metric) {
    case "employerContactsPerWeek": {
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
            ? `Under ${n(t, lang)} per uke: ${who} (${below.length} av ${suggestion?.perSpecialist?.length}).`
            : `Below ${n(t, lang)} a week: ${who} (${below.length} of ${suggestion?.perSpecialist?.length}).`,
        );
      return lines.join(" ") || undefined;
    }
    case "utetidPct": {
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
    }
    case "caseloadPerFte": {
      const c = metrics.caseload;
      if (target.range) {
        if (!below.length) return undefined;
        const outside = whoWithValues("");
        return nb
          ? `Porteføljen per årsverk er utenfor ${n(target.range.min, lang)}–${n(target.range.max, lang)} for ${outside}.`
          : `Caseload per FTE is outside ${n(target.range.min, lang)}–${n(target.range.max, lang)} for ${outside}.`;
      }
      const lines: string[] = [];
      if (!meets) {
        const tooMany = c.totalActive - t * c.totalFte;
        lines.push(
          nb
            ? `${n(value, lang)} deltakere per årsverk; høyst ${n(t, lang)}: omtrent ${n(value - t, lang)} færre per årsverk, det vil si ${n(Math.ceil(tooMany), lang)} færre deltakere eller ${n(tooMany / t, lang)} flere årsverk for teamet.`
            : `${n(value, lang)} participants per FTE; at most ${n(t, lang)}: about ${n(value - t, lang)} fewer per FTE, that is ${n(Math.ceil(tooMany), lang)} fewer participants or ${n(tooMany / t, lang)} more FTE for the team.`,
        );
      }
      if (below.length)
        lines.push(nb ? `Over ${n(t, lang)} per årsverk: ${who}.` : `Above ${n(t, lang)} per FTE: ${who}.`);
      return lines.join(" ") || undefined;
    }
    case "daysToFirstEmployerContact": {
      const lines: string[] = [];
      if (!meets)
        lines.push(
          nb
            ? `${n(value, lang)} dager i snitt til første arbeidsgiverkontakt; målet er høyst ${n(t, lang)}: omtrent ${n(value - t, lang)} dager raskere.`
            : `${n(value, lang)} days on average to the first employer contact; the target is at most ${n(t, lang)}: about ${n(value - t, lang)} days sooner.`,
        );
      if (below.length)
        lines.push(
          nb
            ? `Snitt over ${n(t, lang)} dager: ${whoWithValues(" d")}.`
            : `Mean above ${n(t, lang)} days: ${whoWithValues(" d")}.`,
        );
      return lines.join(" ") || undefined;
    }
    case "jobTypeDiversityPct":
    case "employerDiversityPct":
    case "competitiveJobsPct": {
      const share =
        item.data.metric === "jobTypeDiversityPct"
          ? metrics.jobs.jobTypes
          : item.data.metric === "employerDiversityPct"
            ? metrics.jobs.employers
            : metrics.jobs.competitive;
      const what = {
        jobTypeDiversityPct: nb ? "ulike yrker" : "different job types",
        employerDiversityPct: nb ? "ulike arbeidsgivere" : "different employers",
        competitiveJobsPct: nb ? "ordinære jobber" : "competitive jobs",
      }[item.data.metric];
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
            ? `${pct(value, lang)} ${what} (${share.numerator} av ${share.denominator} jobber); ${pct(t, lang, 0)} trengs.`
            : `${pct(value, lang)} ${what} (${share.numerator} of ${share.denominator} jobs); ${pct(t, lang, 0)} needed.`,
        );
      return lines.join(" ") || undefined;
    }
    case "followUpSixMonthsPct": {
      if (meets) return undefined;
      const f = metrics.followUp;
      return nb
        ? `${pct(value, lang)} (${f.share.numerator} av ${f.share.denominator}) ble fulgt opp minst ${f.targetDays} dager etter jobbstart; ${pct(t, lang, 0)} gir grønt.`
        : `${pct(value, lang)} (${f.share.numerator} of ${f.share.denominator}) had follow-up for at least ${f.targetDays} days after job start; ${pct(t, lang, 0)} gives green.`;
    }
  }
  return undefined;
}
