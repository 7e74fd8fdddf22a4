/**
 * The report's fixed words in bokmål and English. Kept in TypeScript (not JSON) so a missing translation is
 * a compile error (docs/decisions.md).
 */
import { COLOUR_NAMES, type Lang } from "../scale.js";
import type { ItemSource } from "../scoring.js";
import type { ReportLabels } from "./model.js";

export const LABELS: Record<Lang, ReportLabels> = {
  nb: {
    summary: "Sammendrag",
    itemTable: "Alle punkter",
    data: "Data fra teamet",
    notes: "Forbedringsområder",
    otherNotes: "Evaluatorens merknader til andre punkter",
    context: "Forhold utenfor teamets kontroll",
    method: "Metode",
    trend: "Utvikling siden forrige evaluering",
    page: "Side",
    of: "av",
    strengths: "Styrker (full skår)",
    priorities: "Prioriterte forbedringsområder",
    noStrengths: "Ingen punkter har full skår ennå.",
    columns: { id: "Nr.", item: "Punkt", score: "Skår", source: "Kilde", evidence: "Grunnlag" },
    noteParts: {
      fullImplementation: "Full implementering",
      dataShows: "Dataene viser",
      gap: "Avstand til målet",
      override: "Evaluatorens vurdering",
      evaluatorNote: "Evaluatorens merknad",
      advice: "Forslag",
    },
    colourNames: COLOUR_NAMES.nb,
    unrated: "Ikke vurdert",
    methodParts: {
      rules: "Telleregler",
      files: "Filer",
      warnings: "Merknader om dataene",
      overrides: "Overstyrte forslag",
      fileColumns: {
        file: "Fil",
        rowsRead: "Rader lest",
        inWindow: "I perioden",
        ignored: "Utenfor",
        used: "Brukt",
        sha256: "SHA-256",
      },
    },
    trendColumns: { id: "Nr.", item: "Punkt", previous: "Forrige", current: "Nå", change: "Endring" },
  },
  en: {
    summary: "Summary",
    itemTable: "All items",
    data: "The team's data",
    notes: "Improvement notes",
    otherNotes: "The evaluator's notes on other items",
    context: "Conditions outside the team's control",
    method: "Method",
    trend: "Change since the previous evaluation",
    page: "Page",
    of: "of",
    strengths: "Strengths (full score)",
    priorities: "Improvement priorities",
    noStrengths: "No item has full score yet.",
    columns: { id: "No.", item: "Item", score: "Score", source: "Source", evidence: "Evidence" },
    noteParts: {
      fullImplementation: "Full implementation",
      dataShows: "What the data shows",
      gap: "Gap to the target",
      override: "The evaluator's rating",
      evaluatorNote: "Evaluator's note",
      advice: "Suggestion",
    },
    colourNames: COLOUR_NAMES.en,
    unrated: "Not rated",
    methodParts: {
      rules: "Counting rules",
      files: "Files",
      warnings: "Data warnings",
      overrides: "Overridden suggestions",
      fileColumns: {
        file: "File",
        rowsRead: "Rows read",
        inWindow: "In window",
        ignored: "Outside",
        used: "Used",
        sha256: "SHA-256",
      },
    },
    trendColumns: { id: "No.", item: "Item", previous: "Previous", current: "Now", change: "Change" },
  },
};

export const SOURCE_LABEL: Record<Lang, Record<ItemSource | "unrated", string>> = {
  nb: { data: "Data", evaluator: "Evaluator", override: "Overstyrt", unrated: "–" },
  en: { data: "Data", evaluator: "Evaluator", override: "Override", unrated: "–" },
};

/** Words used in sentences the report builds. */
export const WORDS = {
  nb: {
    title: "Kvalitetsevaluering",
    team: "Team",
    office: "Kontor",
    visitDate: "Besøksdato",
    evaluators: "Evaluatorer",
    window: "Datagrunnlag",
    instrument: "Instrument",
    status: "Status",
    complete: "Fullført",
    provisional: "Foreløpig",
    total: "Totalsum",
    outOf: "av",
    itemsUnrated: (n: number) => (n === 1 ? "1 punkt er ikke vurdert" : `${n} punkter er ikke vurdert`),
    weeksBefore: (w: number, visit: string) => `${w} uker før besøket ${visit}`,
    week: "Uke",
    specialist: "Jobbspesialist",
    notMeasured: "Kan ikke beregnes fra dataene",
  },
  en: {
    title: "Fidelity evaluation",
    team: "Team",
    office: "Office",
    visitDate: "Visit date",
    evaluators: "Evaluators",
    window: "Data window",
    instrument: "Instrument",
    status: "Status",
    complete: "Complete",
    provisional: "Provisional",
    total: "Total",
    outOf: "of",
    itemsUnrated: (n: number) => (n === 1 ? "1 item is not rated" : `${n} items are not rated`),
    weeksBefore: (w: number, visit: string) => `${w} weeks before the visit on ${visit}`,
    week: "Week",
    specialist: "Specialist",
    notMeasured: "Cannot be computed from the data",
  },
} as const;
