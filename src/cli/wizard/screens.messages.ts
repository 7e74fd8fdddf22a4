/** The wizard's screens (screens.ts): the data summary, one item, the review. */
import { defineMessages } from "../../core/i18n.js";

export const SCREENS = defineMessages("wizard.screens", {
  // Where a rating came from.
  unrated: { nb: "ikke vurdert", en: "unrated" },
  sourceData: { nb: "data", en: "data" },
  sourceOverride: { nb: "overstyrt", en: "override" },
  sourceEvaluator: { nb: "evaluator", en: "evaluator" },

  // The header of the data summary.
  title: (p: { team: string; scale: string; version: string; date: string }) => ({
    nb: `${p.team} · ${p.scale} v${p.version} · besøk ${p.date}`,
    en: `${p.team} · ${p.scale} v${p.version} · visit ${p.date}`,
  }),
  evaluators: (p: { names: string }) => ({ nb: `Evaluatorer: ${p.names}`, en: `Evaluators: ${p.names}` }),

  // The data summary.
  window: (p: { range: string; weeks: number; reference: string }) => ({
    nb: `Vindu: ${p.range} (${p.weeks} uker før besøket); referansedato ${p.reference}`,
    en: `Window: ${p.range} (${p.weeks} weeks before the visit); reference date ${p.reference}`,
  }),
  files: { nb: "Filer", en: "Files" },
  fileLeftOut: (p: { problems: number }) => ({
    nb: `holdt utenfor (${p.problems} feil)`,
    en: `left out (${p.problems} problem${p.problems === 1 ? "" : "s"})`,
  }),
  fileNotFound: { nb: "mangler", en: "not found" },
  rowsAllUsed: (p: { read: number }) => ({
    nb: `${p.read} rader lest, alle brukt`,
    en: `${p.read} rows read, all used`,
  }),
  rowsSomeUnused: (p: { read: number; used: number; ignored: number; outside: number }) => ({
    nb: `${p.read} rader lest, ${p.used} brukt, ${p.ignored} ikke brukt (${p.outside} utenfor vinduet)`,
    en: `${p.read} rows read, ${p.used} used, ${p.ignored} not used (${p.outside} outside the window)`,
  }),
  warnings: (p: { n: number }) => ({ nb: `Advarsler (${p.n})`, en: `Warnings (${p.n})` }),
  moreWarnings: (p: { n: number }) => ({
    nb: `… og ${p.n} til (alle står i rapportens metodedel)`,
    en: `… and ${p.n} more (all are in the report's method section)`,
  }),
  suggestsColours: { nb: "Punkter dataene foreslår farge for", en: "Points the data suggests a colour for" },
  suggestsScores: { nb: "Punkter dataene foreslår skår for", en: "Items the data suggests a score for" },
  youRate: { nb: "du vurderer", en: "you rate" },
  noData: { nb: "ingen data", en: "no data" },

  // One item.
  progress: (p: { at: number; of: number; rated: number }) => ({
    nb: `punkt ${p.at} av ${p.of} · ${p.rated} vurdert`,
    en: `item ${p.at} of ${p.of} · ${p.rated} rated`,
  }),
  /** Before the item's full implementation (points) or good practice (colours). */
  goodPractice: { nb: "God praksis", en: "Good practice" },
  fullImplementation: { nb: "Full implementering", en: "Full implementation" },
  tickElements: (p: { n: number; byCount: string }) => ({
    nb: `Kryss av elementene som er på plass; skåren følger av antallet (av ${p.n}): ${p.byCount}`,
    en: `Tick the elements that are present; the score follows from how many (of ${p.n}): ${p.byCount}`,
  }),
  data: { nb: "Data", en: "Data" },
  /** `anchor`: the anchor's text (points), empty when there is none to say. */
  suggestion: (p: { mark: string; anchor: string }) => ({
    nb: `◆ Forslag: ${p.mark}${p.anchor ? ` – ${p.anchor}` : ""}`,
    en: `◆ Suggestion: ${p.mark}${p.anchor ? ` – ${p.anchor}` : ""}`,
  }),
  cannotSuggest: (p: { why: string }) => ({
    nb: `Data kan ikke foreslå her: ${p.why} Vurder punktet selv.`,
    en: `The data cannot suggest here: ${p.why} Rate the item yourself.`,
  }),
  now: (p: { mark: string; source: string }) => ({
    nb: `Nå: ${p.mark} (${p.source})`,
    en: `Now: ${p.mark} (${p.source})`,
  }),
  nowOverridden: (p: { mark: string; source: string; reason: string }) => ({
    nb: `Nå: ${p.mark} (${p.source}) – begrunnelse: ${p.reason}`,
    en: `Now: ${p.mark} (${p.source}) – reason: ${p.reason}`,
  }),
  note: (p: { note: string }) => ({ nb: `Notat: ${p.note}`, en: `Note: ${p.note}` }),

  // The review.
  reviewTitle: (p: { team: string; scale: string; date: string }) => ({
    nb: `Gjennomgang · ${p.team} · ${p.scale} · ${p.date}`,
    en: `Review · ${p.team} · ${p.scale} · ${p.date}`,
  }),
  sectionRated: (p: { rated: number; of: number }) => ({
    nb: `${p.rated}/${p.of} vurdert`,
    en: `${p.rated}/${p.of} rated`,
  }),
  overriddenSource: (p: { source: string; suggested: string }) => ({
    nb: `${p.source} (forslag ${p.suggested})`,
    en: `${p.source} (suggested ${p.suggested})`,
  }),
  hasNote: { nb: "· notat", en: "· note" },
  total: (p: { value: number | string; max: number; band: string }) => ({
    nb: `Sum: ${p.value} av ${p.max}${p.band ? ` – ${p.band}` : ""}`,
    en: `Total: ${p.value} of ${p.max}${p.band ? ` – ${p.band}` : ""}`,
  }),
  totalSoFar: (p: { min: number; max: number; of: number }) => ({
    nb: `Sum så langt: mellom ${p.min} og ${p.max} av ${p.of}`,
    en: `Total so far: between ${p.min} and ${p.max} of ${p.of}`,
  }),
  unratedItems: (p: { n: number; ids: string }) => ({
    nb: `Ikke vurdert (${p.n}): ${p.ids}`,
    en: `Unrated (${p.n}): ${p.ids}`,
  }),
  allRated: { nb: "Alle punkter er vurdert.", en: "Every item is rated." },
});
