/**
 * From an evaluation to everything the report says (docs/design.md §7). Pure: the same evaluation and options give
 * the same model, and so the same PDF bytes.
 */
import type { FollowUpStatus, PreviousPlan } from "../action-plan.js";
import { addDays } from "../dates.js";
import type { Evaluation, InputFileRef } from "../evaluation.js";
import { ratingsMap } from "../evaluation.js";
import { formatDate, formatDateRange, formatNumber, formatPercent } from "../format.js";
import { describeCountingRules } from "../metrics/counting-rules.js";
import { coverageHeadline } from "../metrics/coverage.js";
import { usedMetrics } from "../metrics/registry/index.js";
import { gapOf, improvementNotes, priorities, strengths } from "../notes/improvement.js";
import { allItems, type Colour, type Lang, type PointsItem } from "../scale.js";
import { type ScoredItem, type ScoreResult, scoreRatings } from "../scoring.js";
import type { DataSuggestion } from "../suggestion.js";
import { actionPlan, asPreviousActions, type PlannedAction } from "./action-plan.js";
import { dataCharts } from "./charts.js";
import { consensusAppendix } from "./consensus.js";
import { LABELS, SOURCE_LABEL, WORDS } from "./labels.js";
import type {
  ActionPlanSection,
  AppendixSection,
  ImprovementNote,
  ItemTableRow,
  MethodSection,
  ReportModel,
  ReportSummary,
  TrendSection,
} from "./model.js";
import { REPORT } from "./report.messages.js";
import { goodFrom, type ReviewCycle, reviewCycle } from "./review-cycle.js";
import { type StaffLabel, staffLabeller } from "./staff.js";

export interface ReportOptions {
  lang: Lang;
  /** Print specialists' names instead of JS1…JSn. */
  showStaffNames?: boolean;
  /** An earlier evaluation of the same team, for the trend section. */
  previous?: Evaluation;
}

/** What the report's notes and plan are drawn from: the scores, the notes, the priorities and the review cycle. */
interface Assessment {
  result: ScoreResult;
  label: StaffLabel;
  notes: ImprovementNote[];
  top: ImprovementNote[];
  cycle: ReviewCycle;
  plan: PlannedAction[];
}

function assess(evaluation: Evaluation, lang: Lang, showStaffNames: boolean): Assessment {
  const result = scoreRatings(evaluation.scale, ratingsMap(evaluation));
  const label = staffLabeller(evaluation.metrics, showStaffNames);
  const notes = improvementNotes({
    result,
    suggestions: evaluation.suggestions,
    metrics: evaluation.metrics,
    lang,
    label,
  });
  const top = notes.length ? priorities(notes, result) : [];
  const cycle = reviewCycle(evaluation.scale, result, evaluation.visitDate);
  return { result, label, notes, top, cycle, plan: planOf(evaluation, result, notes, top, cycle, lang) };
}

/** The plan an evaluation's report ends with, its previous plan's follow-up included, and nothing else of it. */
function planSection(evaluation: Evaluation, a: Assessment, options: ReportOptions): ActionPlanSection {
  const previousPlan =
    evaluation.previousPlan ?? (options.previous ? previousPlanOf(options.previous, options.lang) : undefined);
  return actionPlanSection(evaluation, a.plan, previousPlan, a.cycle, options.lang);
}

/**
 * The report's action plan section alone: `buildReportModel(evaluation, options).actionPlan` without the rest
 * of the report (what `<team>.handlingsplan.csv` holds when no PDF is drawn).
 */
export function reportActionPlan(evaluation: Evaluation, options: ReportOptions): ActionPlanSection {
  return planSection(evaluation, assess(evaluation, options.lang, options.showStaffNames ?? false), options);
}

export function buildReportModel(evaluation: Evaluation, options: ReportOptions): ReportModel {
  const { lang } = options;
  const L = lang;
  const w = WORDS[lang];
  const scale = evaluation.scale;
  const assessment = assess(evaluation, lang, options.showStaffNames ?? false);
  const { result, label, notes, top, cycle } = assessment;
  const instrument = REPORT.in(lang)("instrument", { scale: scale.name[L], version: scale.version });

  const facts = [
    { label: w.team, value: evaluation.team.name },
    ...(evaluation.team.office ? [{ label: w.office, value: evaluation.team.office }] : []),
    { label: w.visitDate, value: formatDate(evaluation.visitDate, L) },
    { label: w.evaluators, value: evaluation.evaluators.join(", ") || "–" },
    {
      label: w.window,
      value: `${formatDateRange(evaluation.window.from, evaluation.window.to, L)} (${w.weeksBefore(evaluation.window.weeks, formatDate(evaluation.visitDate, L))})`,
    },
    { label: w.instrument, value: instrument },
    {
      label: w.status,
      value: result.complete ? w.complete : `${w.provisional}: ${w.itemsUnrated(result.unrated.length)}`,
    },
  ];

  const trendSection = options.previous ? trend(result, options.previous, lang) : undefined;
  const summaryModel = summary(result, lang, top);
  summaryModel.change = trendSection?.change;
  summaryModel.nextReview = nextReviewText(evaluation, result, cycle, lang);
  if (scale.scoring === "points") summaryModel.bandScale = bandScale(scale, result, lang);
  else
    summaryModel.legend = (["green", "yellow", "red"] as const).map((c) => ({
      colour: c,
      name: LABELS[lang].colourNames[c],
      text: scale.colours[c][L],
    }));

  return {
    lang,
    creationDate: evaluation.updatedAt,
    meta: {
      title: `${w.title} – ${scale.name[L]}`,
      instrument,
      team: evaluation.team.name,
      office: evaluation.team.office,
      visitDate: formatDate(evaluation.visitDate, L),
      evaluators: evaluation.evaluators.join(", "),
      window: formatDateRange(evaluation.window.from, evaluation.window.to, L),
      facts,
      pageHeader: `${evaluation.team.name} · ${scale.name[L]} · ${formatDate(evaluation.visitDate, L)}`,
    },
    labels: labelsFor(scale.scoring, lang),
    summary: { ...summaryModel, dataNotices: dataNotices(evaluation, lang) },
    itemTable: itemTable(result, evaluation, lang),
    charts: evaluation.metrics ? dataCharts(scale, evaluation.metrics, lang, label) : [],
    notes,
    otherNotes: result.items
      .filter((x) => x.rating?.note?.trim() && !notes.some((n) => n.id === x.item.id))
      .map((x) => ({ id: x.item.id, title: x.item.title[L], note: x.rating?.note?.trim() ?? "" })),
    context: evaluation.context?.trim() || undefined,
    method: method(evaluation, result, lang, label),
    trend: trendSection,
    consensus: consensusAppendix(evaluation, lang),
    provisionalMark: result.complete ? undefined : REPORT.in(lang)("provisionalMark"),
    actionPlan: planSection(evaluation, assessment, options),
    appendix: appendix(evaluation, result, lang, label),
  };
}

/** The plan the report shows (and `<team>.handlingsplan.csv` holds). */
function planOf(
  evaluation: Evaluation,
  result: ScoreResult,
  notes: ImprovementNote[],
  top: ImprovementNote[],
  cycle: ReviewCycle,
  lang: Lang,
): PlannedAction[] {
  return actionPlan({
    items: result.items,
    notes,
    priorities: top,
    suggestions: evaluation.suggestions,
    entries: evaluation.actionPlan,
    deadline: cycle.actionDeadline,
    lang,
  });
}

/**
 * An earlier evaluation's plan, as it would have been printed in its report (in this report's language),
 * for the follow-up when the evaluation itself does not hold it yet (no status given).
 */
export function previousPlanOf(previous: Evaluation, lang: Lang): PreviousPlan {
  return { visitDate: previous.visitDate, actions: asPreviousActions(assess(previous, lang, false).plan) };
}

/** The evaluation's action plan, resolved: what the wizard shows and `<team>.handlingsplan.csv` holds. */
export function plannedActions(evaluation: Evaluation, lang: Lang): PlannedAction[] {
  return assess(evaluation, lang, false).plan;
}

const STATUS_KEY = {
  done: "statusDone",
  partly: "statusPartly",
  notDone: "statusNotDone",
  unknown: "statusUnknown",
} as const satisfies Record<FollowUpStatus | "unknown", keyof typeof REPORT.messages>;

export function statusText(status: FollowUpStatus | undefined, lang: Lang): string {
  return REPORT.in(lang)(STATUS_KEY[status ?? "unknown"]);
}

function actionPlanSection(
  evaluation: Evaluation,
  plan: PlannedAction[],
  previous: PreviousPlan | undefined,
  cycle: ReviewCycle,
  lang: Lang,
): ActionPlanSection {
  const t = REPORT.in(lang);
  const f = (iso: string) => formatDate(iso, lang);
  const titles = new Map(allItems(evaluation.scale).map((i) => [i.id, i.title[lang]]));
  const intro = t("planIntro", {
    adjusted: Boolean(evaluation.actionPlan?.length),
    agreeBy: f(addDays(evaluation.visitDate, 42)),
    deadline: f(cycle.actionDeadline),
    nextReview: f(cycle.nextReview),
  });
  const section: ActionPlanSection = {
    title: t("planTitle"),
    intro: [intro],
    columns: {
      item: t("columnItem"),
      action: t("columnAction"),
      responsible: t("columnResponsible"),
      deadline: t("columnDeadline"),
      support: t("columnSupport"),
      measure: t("columnMeasure"),
    },
    rows: plan.map((a) => ({
      itemId: a.itemId,
      itemTitle: a.itemId ? titles.get(a.itemId) : undefined,
      action: a.action,
      responsible: a.responsible,
      deadline: f(a.deadline),
      support: a.support,
      measure: a.measure,
      origin: a.origin,
    })),
    empty: t("planEmpty"),
  };
  if (previous && previous.actions.length > 0) section.previous = previousPlanFollowUp(previous, lang);
  return section;
}

/** How the previous plan went: counts per status, and its actions with their status. */
function previousPlanFollowUp(previous: PreviousPlan, lang: Lang): NonNullable<ActionPlanSection["previous"]> {
  const t = REPORT.in(lang);
  const f = (iso: string) => formatDate(iso, lang);
  const count = (k: FollowUpStatus) => previous.actions.filter((a) => a.status === k).length;
  const open = previous.actions.filter((a) => a.status === undefined).length;
  const parts = [
    t("previousDone", { done: count("done"), of: previous.actions.length }),
    t("previousPartly", { n: count("partly") }),
    t("previousNotDone", { n: count("notDone") }),
  ];
  if (open) parts.push(t("previousOpen", { n: open }));
  return {
    title: t("previousTitle", { date: f(previous.visitDate) }),
    summary: `${parts.join(", ")}.`,
    columns: {
      item: t("columnItem"),
      action: t("columnAction"),
      responsible: t("columnResponsible"),
      deadline: t("columnDeadline"),
      status: t("columnStatus"),
    },
    rows: previous.actions.map((a) => ({
      itemId: a.itemId,
      action: a.action,
      responsible: a.responsible,
      deadline: f(a.deadline),
      measure: a.measure,
      status: statusText(a.status, lang),
      statusKey: a.status,
    })),
  };
}

function nextReviewText(evaluation: Evaluation, result: ScoreResult, cycle: ReviewCycle, lang: Lang): string {
  const t = REPORT.in(lang);
  const date = formatDate(cycle.nextReview, lang);
  const goodIs =
    evaluation.scale.scoring === "points"
      ? t("goodPoints", { from: String(goodFrom(evaluation.scale) ?? "–") })
      : t("goodColours");
  if (!result.complete) return t("nextProvisional", { date, goodIs });
  return t(cycle.good ? "nextYearly" : "nextHalfYearly", { date, goodIs });
}

function bandScale(
  scale: Evaluation["scale"],
  result: ScoreResult,
  lang: Lang,
): ReportSummary["bandScale"] | undefined {
  if (scale.scoring !== "points" || result.scoring !== "points" || scale.bands.length === 0) return undefined;
  const bands = [...scale.bands]
    .sort((a, b) => a.min - b.min)
    .map((b) => ({ label: b.label[lang], min: b.min, max: b.max }));
  const t = result.total;
  const caption = REPORT.in(lang)("bands", { bands: bands.map((b) => `${b.label} ${b.min}–${b.max}`).join(" · ") });
  return {
    min: Math.min(...bands.map((b) => b.min)),
    max: Math.max(...bands.map((b) => b.max)),
    bands,
    value: t.value,
    range: t.complete ? undefined : { min: t.min, max: t.max },
    caption,
  };
}

/** The appendix: every data item's full computation, with the value per specialist. */
function appendix(evaluation: Evaluation, result: ScoreResult, lang: Lang, label: StaffLabel): AppendixSection {
  const t = REPORT.in(lang);
  const names = LABELS[lang].colourNames;
  const computations = evaluation.suggestions.map((s) => {
    const scored = result.items.find((x) => x.item.id === s.itemId);
    const item = scored?.item;
    const unit = item?.data?.unit[lang] ?? "";
    const value = (v: number) => (unit.trim() === "%" ? formatPercent(v, lang) : formatNumber(v, lang));
    const lines = s.missingReason ? [s.missingReason[lang]] : s.computation.map((c) => c[lang]);
    const per = (s.perSpecialist ?? []).map(
      (p) =>
        `${label(p.specialist)}: ${value(p.value)}${p.score !== undefined ? ` → ${p.score}` : p.colour ? ` → ${names[p.colour].toLowerCase()}` : ""}`,
    );
    if (per.length)
      lines.push(
        t("perSpecialist", { unit: unit.trim() && unit.trim() !== "%" ? ` (${unit})` : "", values: per.join("; ") }),
      );
    return {
      id: s.itemId,
      title: item?.title[lang] ?? s.itemId,
      scoreText: scored ? scoreTextOf(scored, lang) : "",
      lines,
    };
  });
  return {
    title: t("appendixTitle"),
    computationsTitle: t("computationsTitle"),
    computations,
  };
}

function scoreTextOf(s: ScoredItem, lang: Lang): string {
  if (s.score !== undefined) return REPORT.in(lang)("scoreOutOfFive", { score: s.score });
  if (s.colour !== undefined) return LABELS[lang].colourNames[s.colour];
  return LABELS[lang].unrated;
}

/** The first sentence of a text (the summary page keeps each priority short; the notes have the rest). */
function firstSentence(text: string): string {
  const m = /^.+?[.!?](?=\s|$)/.exec(text.trim());
  return m ? m[0] : text.trim();
}

/** Kvalitetsveilederen talks of colours, not scores. */
function labelsFor(scoring: "points" | "colours", lang: Lang) {
  const labels = LABELS[lang];
  if (scoring === "points") return labels;
  const t = REPORT.in(lang);
  return {
    ...labels,
    strengths: t("strengthsGreen"),
    noStrengths: t("noStrengthsGreen"),
    columns: { ...labels.columns, score: t("columnColour") },
    noteParts: {
      ...labels.noteParts,
      // The guide describes good practice (green), not a "full implementation" scored 5.
      fullImplementation: t("goodPractice"),
      gap: t("dataPointsTo"),
    },
  };
}

/**
 * What page 1 must say about the data before anyone reads a score: whole weeks of the window a file does not
 * reach (coverage gaps; the method section has the full warning with what it does to the rates).
 */
function dataNotices(evaluation: Evaluation, lang: Lang): string[] {
  const m = evaluation.metrics;
  const gaps = m?.coverage ? m.coverage.flatMap((c) => coverageHeadline(c, m.window, lang) ?? []) : [];
  return [...evaluation.inputs.flatMap((f) => leftOutText(f, lang, false) ?? []), ...gaps];
}

/**
 * A file the evaluator went on without (`evaluate`, when it had errors): which, why (its first problem, or with
 * `full` the first few), and what it means for the items.
 */
function leftOutText(f: InputFileRef, lang: Lang, full: boolean): string | undefined {
  if (!f.leftOut) return undefined;
  const n = f.leftOut.problems;
  const why = (full ? f.leftOut.examples : f.leftOut.examples.slice(0, 1)).join("; ");
  return REPORT.in(lang)("leftOut", { file: f.file, n, full, why });
}

function summary(result: ScoreResult, lang: Lang, top: ReturnType<typeof priorities>): ReportSummary {
  const w = WORDS[lang];
  const L = lang;
  const sections = result.sections.map((s) => ({
    title: s.title[L],
    text:
      result.scoring === "points"
        ? s.ratedCount === s.itemCount
          ? `${s.subtotal} ${w.outOf} ${s.maxPossible}`
          : `${s.min}–${s.max} ${w.outOf} ${s.maxPossible}`
        : sectionColours(result, s.id, lang),
    value: s.subtotal,
    max: s.maxPossible,
  }));
  const bars = result.items.map((s) => ({
    id: s.item.id,
    label: s.item.title[L],
    value: s.score,
    max: 5,
    colour: s.colour,
  }));
  const base = {
    sections,
    bars,
    strengths: strengths(result, lang),
    // IPS priorities lead with the team's own numbers; Kvalitetsveilederen's read as guidance first.
    priorities: top.map((n) => ({
      id: n.id,
      title: n.title,
      text:
        result.scoring === "points"
          ? (n.gap ?? firstSentence(n.recommendation ?? n.advice))
          : [firstSentence(n.recommendation ?? n.advice), n.gap].filter(Boolean).join(" "),
    })),
  };
  const unratedLine = result.unrated.length
    ? [`${w.itemsUnrated(result.unrated.length)}: ${result.unrated.join(", ")}.`]
    : [];
  if (result.scoring === "points") {
    const t = result.total;
    const bandText = t.band ? ` – ${t.band.label[L]}` : "";
    const headline = t.complete
      ? `${w.total} ${t.value} ${w.outOf} ${t.maxPossible}${bandText}`
      : `${w.provisional}: ${t.min}–${t.max} ${w.outOf} ${t.maxPossible}`;
    const lines = t.complete ? [] : [REPORT.in(lang)("totalIsRange")];
    return {
      kind: "points",
      headline,
      lines: [...lines, ...unratedLine],
      total: {
        value: t.value,
        min: t.min,
        max: t.max,
        maxPossible: t.maxPossible,
        band: t.band?.label[L],
        provisional: !t.complete,
      },
      ...base,
    };
  }
  const c = result.colours;
  const headline = (["green", "yellow", "red"] as const).map((k) => colourCount(c[k], k, lang)).join(" · ");
  return { kind: "colours", headline, lines: unratedLine, colourCounts: c, ...base };
}

const COLOUR_PLURAL: Record<Lang, Record<Colour, [string, string]>> = {
  nb: { green: ["grønn", "grønne"], yellow: ["gul", "gule"], red: ["rød", "røde"] },
  en: { green: ["green", "green"], yellow: ["yellow", "yellow"], red: ["red", "red"] },
};

/** "1 grønn", "3 grønne", "0 røde". */
export function colourCount(n: number, colour: Colour, lang: Lang): string {
  const [one, many] = COLOUR_PLURAL[lang][colour];
  return `${n} ${n === 1 ? one : many}`;
}

/** "2 grønne · 2 gule · 1 rød" for one section of a colour scale (unrated points counted too, when any). */
function sectionColours(result: ScoreResult, sectionId: string, lang: Lang): string {
  const items = result.items.filter((i) => i.sectionId === sectionId);
  const count = (c: string | undefined) => items.filter((i) => i.colour === c).length;
  const parts = (["green", "yellow", "red"] as const).map((c) => colourCount(count(c), c, lang));
  const open = count(undefined);
  if (open) parts.push(`${open} ${LABELS[lang].unrated.toLowerCase()}`);
  return parts.join(" · ");
}

function evidence(s: ScoredItem, evaluation: Evaluation, lang: Lang): string {
  const suggestion = evaluation.suggestions.find((x) => x.itemId === s.item.id);
  const rating = s.rating;
  if (rating?.source === "override") return `${rating.reason ?? ""}`.trim();
  if (suggestion && rating?.source === "data") return dataEvidence(s, suggestion, lang);
  if (rating?.elements && s.item.kind === "elements") {
    const all = (s.item as PointsItem).elements ?? [];
    return REPORT.in(lang)("elementsInPlace", { n: rating.elements.length, of: all.length });
  }
  if (s.score !== undefined && "anchors" in s.item) {
    const anchor = s.item.anchors.find((a) => a.score === s.score);
    if (anchor) return anchor.text[lang];
  }
  if (s.colour !== undefined && "colours" in s.item) return s.item.colours[s.colour][lang];
  if (suggestion?.missingReason) return suggestion.missingReason[lang];
  return "";
}

/** "20,7 deltakere per årsverk (team)" or "snitt 3,9 kontakter per uke; 6 JS: 5, 2, 2, 3, 4, 2". */
function dataEvidence(s: ScoredItem, suggestion: DataSuggestion, lang: Lang): string {
  const unit = s.item.data?.unit[lang] ?? "";
  // No value: why not, or — when the data still scores it (T10 with 0 jobs) — the line that gives the score.
  if (suggestion.value === undefined)
    return suggestion.missingReason?.[lang] ?? suggestion.computation[suggestion.computation.length - 1]?.[lang] ?? "";
  const value =
    unit === "%" ? formatPercent(suggestion.value, lang) : `${formatNumber(suggestion.value, lang)} ${unit}`;
  const per = suggestion.perSpecialist ?? [];
  const scores = per.map((p) => p.score).filter((x): x is number => x !== undefined);
  if (s.item.data && "aggregate" in s.item.data && s.item.data.aggregate === "meanOfSpecialistScores" && scores.length)
    return REPORT.in(lang)("meanAndScores", { value, scores: scores.join(", ") });
  return REPORT.in(lang)("teamValue", { value });
}

function itemTable(result: ScoreResult, evaluation: Evaluation, lang: Lang): ItemTableRow[] {
  const rows: ItemTableRow[] = [];
  let section: string | undefined;
  for (const s of result.items) {
    if (s.sectionId !== section) {
      section = s.sectionId;
      const sec = result.sections.find((x) => x.id === section);
      rows.push({ section: sec?.title[lang] ?? section });
    }
    const rating = s.rating;
    const suggested = rating?.source === "override" ? (rating.suggestedScore ?? rating.suggestedColour) : undefined;
    // A points score shows the data's suggestion beside it ("3 (data: 4)"); a colour chip stays one word and the
    // suggestion goes with the source ("Overstyrt (data: Gul)").
    const suggestedText = typeof suggested === "number" ? ` (data: ${suggested})` : "";
    const sourceSuffix = typeof suggested === "string" ? ` (data: ${LABELS[lang].colourNames[suggested]})` : "";
    rows.push({
      id: s.item.id,
      title: s.item.title[lang],
      score:
        s.score !== undefined || s.colour !== undefined
          ? `${s.score ?? LABELS[lang].colourNames[s.colour ?? "green"]}${suggestedText}`
          : "–",
      colour: s.colour,
      value: s.score,
      source:
        SOURCE_LABEL[lang][
          s.score !== undefined || s.colour !== undefined ? (rating?.source ?? "evaluator") : "unrated"
        ] + sourceSuffix,
      evidence: evidence(s, evaluation, lang),
    });
  }
  return rows;
}

function method(evaluation: Evaluation, result: ScoreResult, lang: Lang, label: StaffLabel): MethodSection {
  const t = REPORT.in(lang);
  const m = evaluation.metrics;
  const L = lang;
  const scale = evaluation.scale;
  const lines = [
    t("methodWindow", {
      window: formatDateRange(evaluation.window.from, evaluation.window.to, L),
      weeks: evaluation.window.weeks,
      visit: formatDate(evaluation.visitDate, L),
      reference: formatDate(evaluation.window.referenceDate, L),
    }),
    t("methodDataItems", {
      points: scale.scoring === "points",
      complete: result.complete,
      unrated: result.unrated.length,
    }),
    t(scale.scoring === "points" ? "methodScaleTexts" : "methodGuideTexts", { id: scale.id, version: scale.version }),
  ];
  const rules = describeCountingRules(evaluation.countingRules, usedMetrics(evaluation.scale)).map((t, i) => ({
    label: `${i + 1}.`,
    value: t[L],
  }));
  const fileUse = new Map((m?.files ?? []).map((f) => [f.kind as string, f]));
  const files = evaluation.inputs.map((input) => {
    const use = fileUse.get(input.kind);
    // Only dated rows (utetid, contacts) fall inside or outside the window; the caseload is read as of V−1.
    const windowed = use && (input.kind === "utetid" || input.kind === "contacts");
    return {
      file: input.file,
      rowsRead: use ? formatNumber(use.read, L, 0) : input.rows === undefined ? "–" : formatNumber(input.rows, L, 0),
      inWindow: windowed ? formatNumber(use.read - use.outsideWindow, L, 0) : "–",
      ignored: windowed ? formatNumber(use.outsideWindow, L, 0) : "–",
      used: use ? formatNumber(use.used, L, 0) : "–",
      sha256: input.sha256,
    };
  });
  const warnings = [
    ...evaluation.inputs.flatMap((f) => leftOutText(f, lang, true) ?? []),
    ...(m?.warnings ?? []).map((wn) => {
      const who = wn.specialist ? `${label(wn.specialist)}: ` : "";
      const where = wn.file ? ` (${wn.file}${wn.line ? `:${wn.line}` : ""})` : "";
      return `${who}${wn.message[L]}${where}`;
    }),
  ];
  for (const s of evaluation.suggestions)
    if (s.missingReason) {
      const rated = result.items.some(
        (x) => x.item.id === s.itemId && (x.score !== undefined || x.colour !== undefined),
      );
      const then = t(rated ? "ratedByEvaluator" : "notRatedYet");
      warnings.push(`${s.itemId}: ${s.missingReason[L]} ${then}`);
    }
  const overrides = result.items
    .filter((s) => s.rating?.source === "override")
    .map((s) => {
      const r = s.rating;
      const from = r?.suggestedScore ?? (r?.suggestedColour ? LABELS[lang].colourNames[r.suggestedColour] : "–");
      const to = r?.score ?? (r?.colour ? LABELS[lang].colourNames[r.colour] : "–");
      return {
        id: s.item.id,
        text: t("overridden", { from: String(from), to: String(to), reason: r?.reason ?? "–" }),
      };
    });
  return { lines, rules, files, warnings, overrides };
}

function trend(result: ScoreResult, previous: Evaluation, lang: Lang): TrendSection {
  const w = WORDS[lang];
  const t = REPORT.in(lang);
  const prev = scoreRatings(previous.scale, ratingsMap(previous));
  const prevById = new Map(prev.items.map((s) => [s.item.id, s]));
  const names = LABELS[lang].colourNames;
  const show = (s: ScoredItem | undefined) =>
    s?.score !== undefined ? String(s.score) : s?.colour ? names[s.colour] : "–";
  const rows = result.items.map((s) => {
    const p = prevById.get(s.item.id);
    const before = p ? gapOf(p) : undefined;
    const now = gapOf(s);
    const direction: TrendSection["rows"][number]["direction"] =
      before === undefined || now === undefined ? "new" : now < before ? "up" : now > before ? "down" : "same";
    const change =
      direction === "new"
        ? "–"
        : s.score !== undefined && p?.score !== undefined
          ? s.score === p.score
            ? t("unchanged")
            : `${s.score > p.score ? "+" : "−"}${Math.abs(s.score - p.score)}`
          : t(direction === "up" ? "better" : direction === "down" ? "weaker" : "unchanged");
    return { id: s.item.id, title: s.item.title[lang], previous: show(p), current: show(s), change, direction };
  });
  const up = rows.filter((r) => r.direction === "up").length;
  const down = rows.filter((r) => r.direction === "down").length;
  const moved = t("moved", { up, down });
  let headline: string;
  let totals: string;
  if (result.scoring === "points" && prev.scoring === "points") {
    const a = prev.total.complete ? String(prev.total.value) : `${prev.total.min}–${prev.total.max}`;
    const b = result.total.complete ? String(result.total.value) : `${result.total.min}–${result.total.max}`;
    const pv = prev.total.value;
    const cv = result.total.value;
    const delta =
      pv !== undefined && cv !== undefined ? ` (${cv > pv ? "+" : cv < pv ? "−" : "±"}${Math.abs(cv - pv)})` : "";
    headline = `${w.total}: ${a} → ${b}`;
    totals = `${w.total.toLowerCase()} ${a} → ${b}${delta}; ${moved}`;
  } else {
    headline = moved;
    const greens = (r: ScoreResult) => (r.scoring === "colours" ? r.colours.green : 0);
    totals = t("greens", { moved, before: greens(prev), now: greens(result) });
  }
  const date = formatDate(previous.visitDate, lang);
  const since = t("previousEvaluation", { date });
  const change = t("sincePrevious", { date, totals });
  return { previousDate: formatDate(previous.visitDate, lang), headline: `${since} ${headline}`, change, rows };
}
