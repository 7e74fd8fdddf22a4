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
import { goodFrom, type ReviewCycle, reviewCycle } from "./review-cycle.js";
import { type StaffLabel, staffLabeller } from "./staff.js";

export interface ReportOptions {
  lang: Lang;
  /** Print specialists' names instead of JS1…JSn. */
  showStaffNames?: boolean;
  /** An earlier evaluation of the same team, for the trend section. */
  previous?: Evaluation;
}

export function buildReportModel(evaluation: Evaluation, options: ReportOptions): ReportModel {
  const { lang } = options;
  const L = lang;
  const w = WORDS[lang];
  const scale = evaluation.scale;
  const result = scoreRatings(scale, ratingsMap(evaluation));
  const label = staffLabeller(evaluation.metrics, options.showStaffNames ?? false);
  const instrument = `${scale.name[L]}, ${lang === "nb" ? "versjon" : "version"} ${scale.version}`;
  const notes = improvementNotes({
    result,
    suggestions: evaluation.suggestions,
    metrics: evaluation.metrics,
    lang,
    label,
  });

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

  const top = notes.length ? priorities(notes, result) : [];
  const cycle = reviewCycle(scale, result, evaluation.visitDate);
  const plan = planOf(evaluation, result, notes, top, cycle, lang);
  const trendSection = options.previous ? trend(result, options.previous, lang) : undefined;
  const previousPlan =
    evaluation.previousPlan ?? (options.previous ? previousPlanOf(options.previous, lang) : undefined);
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
    provisionalMark: result.complete ? undefined : lang === "nb" ? "FORELØPIG" : "PROVISIONAL",
    actionPlan: actionPlanSection(evaluation, plan, previousPlan, cycle, lang),
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
  const result = scoreRatings(previous.scale, ratingsMap(previous));
  const label = staffLabeller(previous.metrics, false);
  const notes = improvementNotes({ result, suggestions: previous.suggestions, metrics: previous.metrics, lang, label });
  const top = notes.length ? priorities(notes, result) : [];
  const cycle = reviewCycle(previous.scale, result, previous.visitDate);
  return {
    visitDate: previous.visitDate,
    actions: asPreviousActions(planOf(previous, result, notes, top, cycle, lang)),
  };
}

/** The evaluation's action plan, resolved: what the wizard shows and `<team>.handlingsplan.csv` holds. */
export function plannedActions(evaluation: Evaluation, lang: Lang): PlannedAction[] {
  const result = scoreRatings(evaluation.scale, ratingsMap(evaluation));
  const label = staffLabeller(evaluation.metrics, false);
  const notes = improvementNotes({
    result,
    suggestions: evaluation.suggestions,
    metrics: evaluation.metrics,
    lang,
    label,
  });
  const top = notes.length ? priorities(notes, result) : [];
  return planOf(evaluation, result, notes, top, reviewCycle(evaluation.scale, result, evaluation.visitDate), lang);
}

const STATUS_TEXT: Record<Lang, Record<FollowUpStatus | "unknown", string>> = {
  nb: { done: "Gjennomført", partly: "Delvis", notDone: "Ikke gjennomført", unknown: "Ikke oppgitt" },
  en: { done: "Done", partly: "Partly", notDone: "Not done", unknown: "Not given" },
};

export function statusText(status: FollowUpStatus | undefined, lang: Lang): string {
  return STATUS_TEXT[lang][status ?? "unknown"];
}

function actionPlanSection(
  evaluation: Evaluation,
  plan: PlannedAction[],
  previous: PreviousPlan | undefined,
  cycle: ReviewCycle,
  lang: Lang,
): ActionPlanSection {
  const nb = lang === "nb";
  const f = (iso: string) => formatDate(iso, lang);
  const titles = new Map(allItems(evaluation.scale).map((i) => [i.id, i.title[lang]]));
  const agreeBy = f(addDays(evaluation.visitDate, 42));
  const intro = [
    nb
      ? `Ett tiltak per prioritert forbedringsområde, foreslått ut fra skåren, dataene og evaluatorens merknader${evaluation.actionPlan?.length ? " og justert av evaluator" : ""}. Teamet og evaluator avtaler planen innen seks uker etter besøket (innen ${agreeBy}). Tiltakene har frist ${f(cycle.actionDeadline)}, og fremgangen følges opp ved neste evaluering (innen ${f(cycle.nextReview)}).`
      : `One action per improvement priority, proposed from the score, the data and the evaluator's notes${evaluation.actionPlan?.length ? " and adjusted by the evaluator" : ""}. The team and the evaluator agree the plan within six weeks of the visit (by ${agreeBy}). The actions are due ${f(cycle.actionDeadline)}, and progress is followed up at the next evaluation (by ${f(cycle.nextReview)}).`,
  ];
  const section: ActionPlanSection = {
    title: nb ? "Handlingsplan" : "Action plan",
    intro,
    columns: nb
      ? {
          item: "Punkt",
          action: "Tiltak",
          responsible: "Ansvarlig",
          deadline: "Frist",
          support: "Støtte som trengs",
          measure: "Slik måles fremgangen",
        }
      : {
          item: "Item",
          action: "Action",
          responsible: "Responsible",
          deadline: "Deadline",
          support: "Support needed",
          measure: "How progress is measured",
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
    empty: nb
      ? "Ingen tiltak: ingen punkter er under full skår, og evaluator har ikke lagt til tiltak."
      : "No actions: no item is below full score, and the evaluator added none.",
  };
  if (previous && previous.actions.length > 0) {
    const count = (k: FollowUpStatus) => previous.actions.filter((a) => a.status === k).length;
    const n = previous.actions.length;
    const open = previous.actions.filter((a) => a.status === undefined).length;
    const parts = nb
      ? [
          `${count("done")} av ${n} tiltak gjennomført`,
          `${count("partly")} delvis`,
          `${count("notDone")} ikke gjennomført`,
        ]
      : [`${count("done")} of ${n} actions done`, `${count("partly")} partly`, `${count("notDone")} not done`];
    if (open) parts.push(nb ? `${open} uten oppgitt status` : `${open} without a status`);
    section.previous = {
      title: nb
        ? `Oppfølging av handlingsplanen fra ${f(previous.visitDate)}`
        : `Follow-up of the action plan of ${f(previous.visitDate)}`,
      summary: `${parts.join(", ")}.`,
      columns: nb
        ? { item: "Punkt", action: "Tiltak", responsible: "Ansvarlig", deadline: "Frist", status: "Status" }
        : { item: "Item", action: "Action", responsible: "Responsible", deadline: "Deadline", status: "Status" },
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
  return section;
}

function nextReviewText(evaluation: Evaluation, result: ScoreResult, cycle: ReviewCycle, lang: Lang): string {
  const nb = lang === "nb";
  const date = formatDate(cycle.nextReview, lang);
  const from = goodFrom(evaluation.scale);
  const goodIs =
    evaluation.scale.scoring === "points"
      ? nb
        ? `god kvalitet (${from ?? "–"} eller mer)`
        : `good fidelity (${from ?? "–"} or more)`
      : nb
        ? "ingen røde punkter og flere grønne enn gule"
        : "no red points and more green than yellow";
  if (!result.complete)
    return nb
      ? `Neste evaluering: innen ${date}. Vurderingen er foreløpig; til teamet har ${goodIs}, gjentas evalueringen hvert halvår.`
      : `Next evaluation: by ${date}. The evaluation is provisional; until the team has ${goodIs}, it is repeated every six months.`;
  if (cycle.good)
    return nb
      ? `Neste evaluering: innen ${date} (hvert år, siden teamet har ${goodIs}).`
      : `Next evaluation: by ${date} (yearly, as the team has ${goodIs}).`;
  return nb
    ? `Neste evaluering: innen ${date} (hvert halvår til teamet har ${goodIs}).`
    : `Next evaluation: by ${date} (every six months until the team has ${goodIs}).`;
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
  const caption = `${lang === "nb" ? "Nivåer" : "Bands"}: ${bands.map((b) => `${b.label} ${b.min}–${b.max}`).join(" · ")}`;
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
  const nb = lang === "nb";
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
        `${nb ? "Per jobbspesialist" : "Per specialist"}${unit.trim() && unit.trim() !== "%" ? ` (${unit})` : ""}: ${per.join("; ")}.`,
      );
    return {
      id: s.itemId,
      title: item?.title[lang] ?? s.itemId,
      scoreText: scored ? scoreTextOf(scored, lang) : "",
      lines,
    };
  });
  return {
    title: nb ? "Vedlegg: metode og beregninger" : "Appendix: method and computations",
    computationsTitle: nb ? "Beregningen for hvert datapunkt" : "The computation of each data item",
    computations,
  };
}

function scoreTextOf(s: ScoredItem, lang: Lang): string {
  if (s.score !== undefined) return `${s.score} ${lang === "nb" ? "av" : "of"} 5`;
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
  const nb = lang === "nb";
  return {
    ...labels,
    strengths: nb ? "Styrker (grønne punkter)" : "Strengths (green points)",
    noStrengths: nb ? "Ingen punkter er grønne ennå." : "No point is green yet.",
    columns: { ...labels.columns, score: nb ? "Farge" : "Colour" },
    noteParts: {
      ...labels.noteParts,
      // The guide describes good practice (green), not a "full implementation" scored 5.
      fullImplementation: nb ? "God praksis" : "Good practice",
      gap: nb ? "Hva dataene peker på" : "What the data points to",
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
  return lang === "nb"
    ? `${f.file} er holdt utenfor fordi den har ${n} feil (${n === 1 ? "" : full ? "de første: " : "den første: "}${why}). Punktene som bygger på filen, er vurdert av evaluator uten dataene.`
    : `${f.file} was left out because it has ${n} problem${n === 1 ? "" : "s"} (${n === 1 ? "" : full ? "the first: " : "the first: "}${why}). The items that rely on it were rated by the evaluator without its data.`;
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
    const lines = t.complete
      ? []
      : [
          lang === "nb"
            ? "Totalsummen er et intervall til alle punkter er vurdert; nivå gis først da."
            : "The total is a range until every item is rated; the band is given only then.",
        ];
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
    return lang === "nb"
      ? `${rating.elements.length} av ${all.length} elementer på plass.`
      : `${rating.elements.length} of ${all.length} elements in place.`;
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
    return lang === "nb"
      ? `Snitt ${value}; skår per jobbspesialist ${scores.join(", ")}.`
      : `Mean ${value}; score per specialist ${scores.join(", ")}.`;
  return lang === "nb" ? `Teamet: ${value}.` : `Team: ${value}.`;
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
  const nb = lang === "nb";
  const m = evaluation.metrics;
  const L = lang;
  const lines = [
    nb
      ? `Datavinduet er ${formatDateRange(evaluation.window.from, evaluation.window.to, L)}: de ${evaluation.window.weeks} hele ukene før besøket ${formatDate(evaluation.visitDate, L)}, delt i sjudagersblokker regnet bakover fra besøket. Porteføljen telles per ${formatDate(evaluation.window.referenceDate, L)}.`
      : `The data window is ${formatDateRange(evaluation.window.from, evaluation.window.to, L)}: the ${evaluation.window.weeks} whole weeks before the visit on ${formatDate(evaluation.visitDate, L)}, in seven-day blocks counted back from the visit. The caseload is counted on ${formatDate(evaluation.window.referenceDate, L)}.`,
    nb
      ? `Datapunktene foreslår ${evaluation.scale.scoring === "points" ? "en skår" : "en farge"} ut fra teamets egne eksporter; evaluator godtar eller overstyrer hvert forslag. Øvrige punkter vurderes av evaluator ut fra intervjuer, dokumenter og observasjon.${result.complete ? "" : ` Vurderingen er foreløpig: ${result.unrated.length} ${result.unrated.length === 1 ? "punkt" : "punkter"} er ikke vurdert.`}`
      : `Data items suggest a ${evaluation.scale.scoring === "points" ? "score" : "colour"} from the team's own exports; the evaluator accepts or overrides each suggestion. The other items are rated by the evaluator from interviews, documents and observation.${result.complete ? "" : ` The evaluation is provisional: ${result.unrated.length} ${result.unrated.length === 1 ? "item is" : "items are"} not rated.`}`,
    evaluation.scale.scoring === "points"
      ? nb
        ? `Skalaens tekster er våre egne sammenfatninger (${evaluation.scale.id} v${evaluation.scale.version}). Grensene for hver skår sammenlignes med eksakt verdi; bare gjennomsnitt av skårer avrundes (halv opp).`
        : `The scale texts are our own paraphrase (${evaluation.scale.id} v${evaluation.scale.version}). Each score's limits compare the exact value; only averages of scores are rounded (half up).`
      : nb
        ? `Veilederens tekster er våre egne sammenfatninger (${evaluation.scale.id} v${evaluation.scale.version}). Veilederen sier ikke hvor grensene mellom grønn, gul og rød går; grensene dataene bruker, er verktøyets forslag, og evaluator setter hver farge.`
        : `The guide's texts are our own paraphrase (${evaluation.scale.id} v${evaluation.scale.version}). The guide does not say where green, yellow and red divide; the limits the data uses are the tool's defaults, and the evaluator sets every colour.`,
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
      const then = rated
        ? nb
          ? "Punktet er vurdert av evaluator."
          : "The item was rated by the evaluator."
        : nb
          ? "Punktet er ikke vurdert ennå."
          : "The item is not rated yet.";
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
        text: nb
          ? `Dataene foreslo ${from}, evaluator satte ${to}. Begrunnelse: ${r?.reason ?? "–"}`
          : `The data suggested ${from}, the evaluator set ${to}. Reason: ${r?.reason ?? "–"}`,
      };
    });
  return { lines, rules, files, warnings, overrides };
}

function trend(result: ScoreResult, previous: Evaluation, lang: Lang): TrendSection {
  const w = WORDS[lang];
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
    const nb = lang === "nb";
    const change =
      direction === "new"
        ? "–"
        : s.score !== undefined && p?.score !== undefined
          ? s.score === p.score
            ? nb
              ? "uendret"
              : "unchanged"
            : `${s.score > p.score ? "+" : "−"}${Math.abs(s.score - p.score)}`
          : direction === "up"
            ? nb
              ? "bedre"
              : "better"
            : direction === "down"
              ? nb
                ? "svakere"
                : "weaker"
              : nb
                ? "uendret"
                : "unchanged";
    return { id: s.item.id, title: s.item.title[lang], previous: show(p), current: show(s), change, direction };
  });
  const up = rows.filter((r) => r.direction === "up").length;
  const down = rows.filter((r) => r.direction === "down").length;
  const moved =
    lang === "nb"
      ? `${up} ${up === 1 ? "punkt" : "punkter"} bedre, ${down} svakere`
      : `${up} ${up === 1 ? "item" : "items"} better, ${down} weaker`;
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
    totals = `${moved} (${lang === "nb" ? "grønne" : "green"} ${greens(prev)} → ${greens(result)})`;
  }
  const since =
    lang === "nb"
      ? `Forrige evaluering ${formatDate(previous.visitDate, lang)}.`
      : `Previous evaluation ${formatDate(previous.visitDate, lang)}.`;
  const change =
    lang === "nb"
      ? `Siden forrige evaluering ${formatDate(previous.visitDate, lang)}: ${totals}.`
      : `Since the previous evaluation on ${formatDate(previous.visitDate, lang)}: ${totals}.`;
  return { previousDate: formatDate(previous.visitDate, lang), headline: `${since} ${headline}`, change, rows };
}
