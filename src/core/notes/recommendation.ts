/**
 * What an item's note says about the team (the evidence) and what it recommends, built from the item's gap, the
 * data, the evaluator's score, reason and note (docs/design.md §7.4, issue 11):
 *  - evidence: one or two plain sentences with the team's own numbers (the full computation is in the appendix);
 *  - recommendation: the evaluator's own text when they wrote one; otherwise the next step for this team (the
 *    data's target and who is furthest from it, the elements not in place, or the scale's next anchor), then the
 *    scale's advice.
 * When the evaluator overrode the data, both follow the evaluator's score and reason and never repeat the data's
 * gap ("6 needed: about 0,5 more each week" would contradict a red the evaluator set for another reason).
 */
import { notAbove, reaches } from "../bands.js";
import { formatNumber, formatPercent } from "../format.js";
import type { StaffLabel } from "../report/staff.js";
import type { Colour, Lang, LocalizedText, MetricId, PointsItem, ScaleItem } from "../scale.js";
import { COLOUR_NAMES } from "../scale.js";
import type { ScoredItem } from "../scoring.js";
import type { DataSuggestion } from "../suggestion.js";
import { targetOf } from "./gap.js";
import { NOTES } from "./notes.messages.js";

/** What each metric measures, as a plan's progress measure names it ("kontakter per uke: 4,2 → 6"). */
const METRIC_NAMES: Record<MetricId, LocalizedText | "unit"> = {
  caseloadPerFte: "unit",
  utetidPct: NOTES.text("utetidPct"),
  employerContactsPerWeek: "unit",
  daysToFirstEmployerContact: NOTES.text("daysToFirstEmployerContact"),
  jobTypeDiversityPct: NOTES.text("jobTypeDiversityPct"),
  employerDiversityPct: NOTES.text("employerDiversityPct"),
  competitiveJobsPct: NOTES.text("competitiveJobsPct"),
  followUpSixMonthsPct: NOTES.text("followUpSixMonthsPct"),
};

export function metricName(item: ScaleItem, lang: Lang): string | undefined {
  if (!item.data) return undefined;
  const name = METRIC_NAMES[item.data.metric];
  return name === "unit" ? item.data.unit[lang] : name[lang];
}

const isPercent = (item: ScaleItem) => item.data?.unit.en.trim() === "%";

/** A number in the item's unit: "65 %" or "6" (the unit word is left to the sentence). */
function bare(item: ScaleItem, value: number, lang: Lang): string {
  return isPercent(item) ? formatPercent(value, lang) : formatNumber(value, lang);
}

/** A number with the item's unit: "65 %" or "6 kontakter per uke". */
function withUnit(item: ScaleItem, value: number, lang: Lang): string {
  return isPercent(item)
    ? formatPercent(value, lang)
    : `${formatNumber(value, lang)} ${item.data?.unit[lang] ?? ""}`.trim();
}

function list(labels: string[], lang: Lang): string {
  if (labels.length <= 1) return labels.join("");
  return `${labels.slice(0, -1).join(", ")} ${NOTES.in(lang)("and")} ${labels[labels.length - 1]}`;
}

const lower = (c: Colour, lang: Lang) => COLOUR_NAMES[lang][c].toLowerCase();

/** "2", "gul" — the evaluator's or the data's rating as a sentence says it. */
function ratingWord(score: number | undefined, colour: Colour | undefined, lang: Lang): string | undefined {
  if (score !== undefined) return String(score);
  if (colour !== undefined) return lower(colour, lang);
  return undefined;
}

export interface NoteTexts {
  evidence?: string;
  recommendation: string;
  /** The evaluator wrote the recommendation (it is printed as it is). */
  byEvaluator: boolean;
}

export interface RecommendationInputs {
  scored: ScoredItem;
  suggestion?: DataSuggestion;
  /** The data's gap in the team's numbers (notes/gap.ts), when the data was not overridden. */
  gap?: string;
  lang: Lang;
  label: StaffLabel;
}

/** The team value, when the data has one: "Teamet: 4,2 kontakter per uke." */
function teamValueSentence(item: ScaleItem, suggestion: DataSuggestion | undefined, lang: Lang): string | undefined {
  if (!item.data || suggestion?.value === undefined) return undefined;
  const per = suggestion.perSpecialist?.length ?? 0;
  const value = withUnit(item, suggestion.value, lang);
  if (per > 0 && "aggregate" in item.data && item.data.aggregate === "meanOfSpecialistScores")
    return NOTES.in(lang)("teamMean", { value, specialists: per });
  return NOTES.in(lang)("team", { value });
}

/** The elements of an element item not ticked. */
export function missingElementTexts(scored: ScoredItem, lang: Lang): string[] | undefined {
  const ticked = scored.rating?.elements;
  if (scored.item.kind !== "elements" || !ticked) return undefined;
  return ((scored.item as PointsItem).elements ?? []).filter((e) => !ticked.includes(e.id)).map((e) => e.text[lang]);
}

/** The scale's description of the current rating (anchor or colour text). */
function currentLevel(scored: ScoredItem, lang: Lang): string | undefined {
  const { item } = scored;
  if (scored.score !== undefined && "anchors" in item)
    return item.anchors.find((a) => a.score === scored.score)?.text[lang];
  if (scored.colour !== undefined && "colours" in item) return item.colours[scored.colour][lang];
  return undefined;
}

/** The next step up the scale: the next anchor ("4: …") or the next colour's description. */
function nextLevel(scored: ScoredItem, lang: Lang): { name: string; text: string } | undefined {
  const { item } = scored;
  if (scored.score !== undefined && scored.score < 5 && "anchors" in item) {
    const next = item.anchors.find((a) => a.score === (scored.score ?? 0) + 1);
    return next ? { name: String(next.score), text: next.text[lang] } : undefined;
  }
  if (scored.colour !== undefined && scored.colour !== "green" && "colours" in item) {
    const next: Colour = scored.colour === "red" ? "yellow" : "green";
    return { name: lower(next, lang), text: item.colours[next][lang] };
  }
  return undefined;
}

const sentence = (s: string) => (/[.!?]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`);

/** The data's target for this team, and who is furthest from it: "Målet er minst 6 … (nå 4,2); mest å hente hos …". */
function targetSentence(
  item: ScaleItem,
  suggestion: DataSuggestion | undefined,
  lang: Lang,
  label: StaffLabel,
): string | undefined {
  const target = targetOf(item);
  const value = suggestion?.value;
  if (!target || value === undefined || !item.data) return undefined;
  const t = NOTES.in(lang);
  // "for every specialist" where the rule scores each specialist (IPS T6/T13) or holds each to a range (KV2);
  // a team value (B1, T4, KV6) is the team's target.
  const eachSpecialist =
    (suggestion?.perSpecialist?.length ?? 0) > 0 &&
    (target.range !== undefined || ("aggregate" in item.data && item.data.aggregate === "meanOfSpecialistScores"));
  const each = eachSpecialist ? t("eachSpecialist") : "";
  const now = bare(item, value, lang);
  const goal = target.range
    ? t("targetRange", {
        min: formatNumber(target.range.min, lang),
        max: formatNumber(target.range.max, lang),
        unit: item.data.unit[lang],
        each,
      })
    : t(target.direction === "higherIsBetter" ? "targetAtLeast" : "targetAtMost", {
        target: withUnit(item, target.value, lang),
        each,
        now,
      });
  const off = (suggestion?.perSpecialist ?? [])
    .filter((s) =>
      target.range
        ? !(reaches(s.value, target.range.min) && notAbove(s.value, target.range.max))
        : target.direction === "higherIsBetter"
          ? !reaches(s.value, target.value)
          : !notAbove(s.value, target.value),
    )
    .sort((a, b) => (target.direction === "higherIsBetter" && !target.range ? a.value - b.value : b.value - a.value))
    .slice(0, 3)
    .map((s) => `${label(s.specialist)} (${bare(item, s.value, lang)})`);
  if (off.length === 0) return `${goal}.`;
  return t("mostToGain", { goal, who: list(off, lang) });
}

/** Evidence and recommendation for one rated item below full score (or with an evaluator's recommendation). */
export function noteTexts({ scored, suggestion, gap, lang, label }: RecommendationInputs): NoteTexts {
  const { item } = scored;
  const rating = scored.rating;
  const t = NOTES.in(lang);
  const overridden = rating?.source === "override";
  const missing = missingElementTexts(scored, lang);

  // Evidence: one or two sentences with the team's own numbers.
  let evidence: string | undefined;
  if (overridden) {
    const from = ratingWord(rating?.suggestedScore, rating?.suggestedColour, lang);
    const value = teamValueSentence(item, suggestion, lang);
    evidence = [value, from ? t("dataAlone", { rating: from }) : undefined].filter(Boolean).join(" ");
  } else if (item.data && suggestion) {
    evidence = gap ?? teamValueSentence(item, suggestion, lang) ?? suggestion.missingReason?.[lang];
  } else if (missing) {
    const all = (item as PointsItem).elements?.length ?? 0;
    const inPlace = all - missing.length;
    evidence = t("elementsInPlace", { n: inPlace, of: all });
    // The recommendation names what is missing; the evaluator's own recommendation may not, so then it is said here.
    if (missing.length && rating?.recommendation?.trim())
      evidence += ` ${t("notInPlace", { elements: missing.join("; ") })}`;
  } else {
    const level = currentLevel(scored, lang);
    if (level) evidence = sentence(level);
  }

  const own = rating?.recommendation?.trim();
  if (own) return { evidence: evidence || undefined, recommendation: own, byEvaluator: true };

  const parts: string[] = [];
  const next = nextLevel(scored, lang);
  if (overridden) {
    const to = ratingWord(scored.score, scored.colour, lang) ?? "–";
    const reason = rating?.reason?.trim();
    parts.push(t("evaluatorSet", { rating: to, reason: reason ? sentence(reason) : undefined }));
    parts.push(t("addressTheReason"));
    if (next) parts.push(t("nextStep", { name: next.name, text: sentence(next.text) }));
  } else if (item.data && suggestion && !suggestion.missingReason) {
    const target = targetSentence(item, suggestion, lang, label);
    if (target) parts.push(target);
  } else if (missing && missing.length > 0) {
    parts.push(
      missing.length === 1
        ? t("oneElementMissing", { element: sentence(missing[0] ?? "") })
        : t("elementsMissing", { elements: sentence(missing.join("; ")) }),
    );
  } else if (next) {
    parts.push(t("nextStep", { name: next.name, text: sentence(next.text) }));
  }
  parts.push(sentence(item.improvementHint[lang]));
  if (rating?.note?.trim()) parts.push(t("startWithTheNote"));
  return { evidence: evidence || undefined, recommendation: parts.join(" "), byEvaluator: false };
}

/**
 * How the plan measures progress on an item: the team's metric and its target for a data item
 * ("kontakter per uke: 4,2 → 6"), else the elements in place or the rating at the next evaluation.
 */
export function progressMeasure(scored: ScoredItem, suggestion: DataSuggestion | undefined, lang: Lang): string {
  const { item } = scored;
  const t = NOTES.in(lang);
  const target = targetOf(item);
  const name = metricName(item, lang);
  const per = suggestion?.perSpecialist ?? [];
  if (target?.range && name && per.length > 0) {
    // A range every specialist must be within (KV2): the team value can be inside while someone is not.
    const { min, max } = target.range;
    const inside = per.filter((p) => reaches(p.value, min) && notAbove(p.value, max)).length;
    const range = `${formatNumber(min, lang)}–${formatNumber(max, lang)}`;
    return t("specialistsWithin", { name, inside, of: per.length, range });
  }
  if (target && name && suggestion?.value !== undefined) {
    const to = target.range
      ? `${formatNumber(target.range.min, lang)}–${formatNumber(target.range.max, lang)}`
      : bare(item, target.value, lang);
    return `${name}: ${bare(item, suggestion.value, lang)} → ${to}`;
  }
  const missing = missingElementTexts(scored, lang);
  if (missing) {
    const all = (item as PointsItem).elements?.length ?? 0;
    return t("elementsMeasure", { n: all - missing.length, all });
  }
  if (scored.score !== undefined)
    return t("scoreMeasure", { score: scored.score, next: Math.min(5, scored.score + 1) });
  if (scored.colour !== undefined) {
    const next: Colour = scored.colour === "red" ? "yellow" : "green";
    return t("colourMeasure", { colour: lower(scored.colour, lang), next: lower(next, lang) });
  }
  return t("ratedNextTime");
}
