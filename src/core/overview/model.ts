/**
 * Everything oversikt.pdf says, as plain data in the report language (numbers and dates formatted): the
 * renderer (src/io/pdf/overview) only decides how it looks. Team-level numbers only.
 */
import type { Colour, Lang } from "../scale.js";

/** A table cell; `tone` marks a key metric that reaches (good) or misses (bad) its target. */
export interface OverviewCell {
  text: string;
  bold?: boolean;
  muted?: boolean;
  tone?: "good" | "bad";
}

export interface OverviewTable {
  columns: { header: string; share: number; align?: "left" | "right" | "center" }[];
  rows: ({ section: string } | { cells: OverviewCell[] })[];
}

export interface OverviewModel {
  lang: Lang;
  /** Fixed creation date for the PDF metadata (noon UTC on the latest visit date): same teams, same bytes. */
  creationDate: string;
  title: string;
  pageHeader: string;
  page: string;
  of: string;
  facts: { label: string; value: string }[];
  notes: string[];
  points: PointsSection[];
  colours: ColourSection[];
  metrics: { heading: string; note: string; table: OverviewTable }[];
  groups?: { heading: string; table: OverviewTable; metricsHeading: string; metricsTable: OverviewTable };
  rounds?: RoundsSection;
}

export interface PointsSection {
  /** The instrument with its version (the section's heading). */
  heading: string;
  /** The instrument's name (in the headings of its heat map and items). */
  name: string;
  distribution: {
    heading: string;
    /** The instrument's lowest and highest total (the x axis). */
    lowest: number;
    highest: number;
    bins: { from: number; to: number; count: number; previous?: number }[];
    bands: { label: string; min: number; max: number }[];
    xLabel: string;
    yLabel: string;
    /** Legend words when the previous round is drawn too. */
    legend?: { now: string; previous: string };
    caption: string;
  };
  bandTable: OverviewTable;
  heatmap: {
    heading: string;
    note: string;
    totalHeader: string;
    items: { id: string; title: string }[];
    groups: {
      title?: string;
      rows: { team: string; provisional: boolean; total: string; cells: (number | undefined)[] }[];
    }[];
  };
  items: {
    heading: string;
    note: string;
    columns: {
      id: string;
      item: string;
      teams: string;
      mean: string;
      atLeast4: string;
      three: string;
      below3: string;
      change?: string;
    };
    rows: {
      id: string;
      title: string;
      teams: string;
      mean: string;
      /** Shares 0–100 (all 0 when no team rated the item). */
      pct: { atLeast4: number; three: number; below3: number };
      pctText: { atLeast4: string; three: string; below3: string };
      change?: string;
    }[];
  };
}

export interface ColourSection {
  heading: string;
  note: string;
  colourNames: Record<Colour, string>;
  points: { id: string; title: string }[];
  groups: { title?: string; rows: { team: string; provisional: boolean; cells: (Colour | undefined)[] }[] }[];
  /** The count row under the matrix: per point the teams green / yellow / red. */
  countsLabel: string;
  counts: Record<Colour, number>[];
}

export interface RoundsSection {
  heading: string;
  note: string;
  distributionHeading: string;
  distribution: OverviewTable[];
  table: OverviewTable;
  lines: string[];
}
