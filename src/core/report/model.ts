/**
 * Everything the report says, as plain data (docs/design.md §3, §7). The report model decides WHAT the PDF says,
 * already in the report language with numbers and dates formatted; the renderer (src/io/pdf) only decides
 * how it looks. Nothing here may hold a participant id; specialists are JS1…JSn unless names were asked for.
 */
import type { Colour, Lang } from "../scale.js";
import type { ConsensusAppendix } from "./consensus.js";

export interface ReportModel {
  lang: Lang;
  /** Fixed creation date for the PDF metadata (from the evaluation), so the same evaluation gives the same bytes. */
  creationDate: string;
  meta: ReportMeta;
  labels: ReportLabels;
  summary: ReportSummary;
  itemTable: ItemTableRow[];
  charts: ChartModel[];
  notes: ImprovementNote[];
  /** The evaluator's notes on items that have no improvement note (full score, or not rated). */
  otherNotes: { id: string; title: string; note: string }[];
  /** Conditions outside the team's control, printed with the notes. */
  context?: string;
  method: MethodSection;
  trend?: TrendSection;
  /** A consensus of two evaluators (`fidelity merge`): the appendix with A, B and the consensus per item. */
  consensus?: ConsensusAppendix;
  /** Printed on every page of a provisional report ("FORELØPIG"). */
  provisionalMark?: string;
  /** The action plan, and the follow-up of the previous one. */
  actionPlan?: ActionPlanSection;
  /** The appendix: each data item's full computation (what the data shows, row by row). */
  appendix?: AppendixSection;
}

export interface ActionPlanSection {
  title: string;
  /** Deadline and next review in a sentence, and how the plan was made. */
  intro: string[];
  columns: { item: string; action: string; responsible: string; deadline: string; support: string; measure: string };
  rows: {
    itemId?: string;
    itemTitle?: string;
    action: string;
    responsible: string;
    /** Formatted in the report language. */
    deadline: string;
    support: string;
    measure: string;
    origin: "proposed" | "edited" | "added";
  }[];
  /** Shown when there is no row (no priority and nothing added). */
  empty: string;
  previous?: {
    title: string;
    /** "2 av 3 tiltak gjennomført, 1 delvis." */
    summary: string;
    columns: { item: string; action: string; responsible: string; deadline: string; status: string };
    rows: {
      itemId?: string;
      action: string;
      responsible: string;
      deadline: string;
      measure: string;
      status: string;
      statusKey?: "done" | "partly" | "notDone";
    }[];
  };
}

export interface AppendixSection {
  title: string;
  /** Heading above the per-item computations. */
  computationsTitle: string;
  computations: { id: string; title: string; scoreText: string; lines: string[] }[];
}

export interface ReportMeta {
  /** e.g. "Kvalitetsevaluering – IPS-kvalitetsskala (IPS-25)" */
  title: string;
  instrument: string;
  team: string;
  office?: string;
  visitDate: string;
  evaluators: string;
  window: string;
  /** Label/value pairs for the header block, in order. */
  facts: { label: string; value: string }[];
  /** Running header text on every page. */
  pageHeader: string;
}

/** Static words of the report in its language. */
export interface ReportLabels {
  summary: string;
  itemTable: string;
  data: string;
  notes: string;
  otherNotes: string;
  context: string;
  method: string;
  trend: string;
  page: string; // "Side" / "Page"  → "Side 2 av 7"
  of: string;
  strengths: string;
  priorities: string;
  noStrengths: string;
  columns: { id: string; item: string; score: string; source: string; evidence: string };
  noteParts: {
    fullImplementation: string;
    dataShows: string;
    gap: string;
    override: string;
    evaluatorNote: string;
    advice: string;
    /** Label of the note's plain evidence (falls back to `gap`). */
    evidence?: string;
    /** Label of the recommendation (falls back to `advice`). */
    recommendation?: string;
  };
  colourNames: Record<Colour, string>;
  unrated: string;
  /** Optional: sub-headings of the method section and the columns of its files table (the PDF renderer falls back to built-in nb/en words). */
  methodParts: {
    rules: string;
    files: string;
    warnings: string;
    overrides: string;
    fileColumns: { file: string; rowsRead: string; inWindow: string; ignored: string; used: string; sha256: string };
  };
  /** Optional: columns of the trend table (the PDF renderer falls back to built-in nb/en words). */
  trendColumns: { id: string; item: string; previous: string; current: string; change: string };
}

export interface ReportSummary {
  kind: "points" | "colours";
  /** One line: "Totalsum 98 av 125 – Godkjent kvalitet" or "Foreløpig: 80–100 av 125 (3 punkter ikke vurdert)". */
  headline: string;
  /** Further lines under the headline (band explanation, review interval, unrated items). */
  lines: string[];
  /** Warnings about the data itself that page 1 must show (weeks a file does not cover); usually none. */
  dataNotices?: string[];
  total?: { value?: number; min: number; max: number; maxPossible: number; band?: string; provisional: boolean };
  colourCounts?: { green: number; yellow: number; red: number; unrated: number };
  sections: { title: string; text: string; value: number; max: number }[];
  /** Every item against its maximum, for the summary bar chart. */
  bars: { id: string; label: string; value?: number; max: number; colour?: Colour }[];
  strengths: string[];
  /** The band scale drawn under a points total: every band with its range, the team's total (or range) on it. */
  bandScale?: {
    min: number;
    max: number;
    bands: { label: string; min: number; max: number }[];
    value?: number;
    range?: { min: number; max: number };
    /** "Ikke IPS 25–73 · Godkjent kvalitet 74–99 · …": the thresholds in words (also for text extraction). */
    caption: string;
  };
  /** A colour scale's legend: what green, yellow and red mean. */
  legend?: { colour: Colour; name: string; text: string }[];
  /** The change since the previous review, when known: "Forrige evaluering 27.05.2026: 86 → 94 (+8)." */
  change?: string;
  /** "Neste evaluering: innen 26.05.2027 – hvert halvår til …". */
  nextReview?: string;
  /** 3–5 improvement priorities, most important first. */
  priorities: { id: string; title: string; text: string }[];
}

export interface ItemTableRow {
  /** Section heading rows have only `section` set. */
  section?: string;
  id?: string;
  title?: string;
  /** "4", "4 (data: 5)", "Grønn", or "–" when unrated. */
  score?: string;
  colour?: Colour;
  value?: number;
  source?: string;
  evidence?: string;
}

export interface ChartSeries {
  label: string;
  /** One value per category; null where there is no value (e.g. an absent week). */
  values: (number | null)[];
}

export interface ChartModel {
  id: "summary" | "utetid" | "contacts" | "caseload" | "firstContact" | string;
  title: string;
  kind: "bars" | "lines";
  /** Axis unit, e.g. "%" or "kontakter per uke". */
  unit: string;
  categories: string[];
  series: ChartSeries[];
  /** A horizontal target or limit line. */
  reference?: { value: number; label: string; kind: "target" | "limit" };
  /** The lower edge when the target is a range (Kvalitetsveilederen point 2: 12–20 per FTE), drawn like `reference`. */
  lowerReference?: { value: number };
  /** Upper end of the value axis (otherwise from the data and the reference). */
  yMax?: number;
  /** Counts and denominators, printed under the chart. */
  footnotes: string[];
}

export interface ImprovementNote {
  id: string;
  title: string;
  /** "3 av 5" or "Gul". */
  scoreText: string;
  colour?: Colour;
  fullImplementation: string;
  /** What the data shows (data items). */
  dataShows?: string;
  /** The concrete gap in the team's own numbers. */
  gap?: string;
  /** The evaluator set another score or colour than the data suggested: both, and the reason. */
  override?: string;
  /** Practical advice from the scale file, worded as guidance. */
  advice: string;
  /** What the team's rating rests on, in one or two plain sentences with the team's own numbers. */
  evidence?: string;
  /** What the team can do next: the evaluator's own text, or built from the gap, data, score and note. */
  recommendation?: string;
  /** The evaluator wrote `recommendation`. */
  recommendationByEvaluator?: boolean;
  evaluatorNote?: string;
}

export interface MethodSection {
  lines: string[];
  rules: { label: string; value: string }[];
  /** `used`: rows that entered at least one figure. */
  files: { file: string; rowsRead: string; inWindow: string; ignored: string; used: string; sha256: string }[];
  warnings: string[];
  overrides: { id: string; text: string }[];
}

export interface TrendSection {
  previousDate: string;
  headline: string;
  /** One sentence for page 1: "Siden forrige evaluering 27.05.2026: totalsum 86 → 94 (+8); 5 punkter bedre, 2 svakere." */
  change?: string;
  rows: {
    id: string;
    title: string;
    previous: string;
    current: string;
    change: string;
    direction: "up" | "down" | "same" | "new";
  }[];
}
