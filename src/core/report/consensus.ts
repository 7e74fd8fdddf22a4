/**
 * The consensus appendix of a report drawn from a consensus evaluation (`fidelity merge`): both evaluators and
 * their files, the agreement statistics of the pair, the totals of A, B and the consensus, and every item with
 * A, B and the consensus side by side, disagreements marked, with the rationale. Built from the evaluation's
 * `consensus` block alone, so `fidelity report` on the consensus file draws the same page.
 */
import {
  agreementStatistics,
  type RatingValue,
  ratingValue,
  type TotalSummary,
  totalOf,
} from "../agreement/compare.js";
import type { RatingPair } from "../agreement/statistics.js";
import type { ConsensusSide, Evaluation } from "../evaluation.js";
import { formatDate, formatNumber, formatPercent } from "../format.js";
import { allItems, COLOUR_NAMES, type Colour, type Lang } from "../scale.js";
import type { ItemRating } from "../scoring.js";

export interface ConsensusAppendix {
  title: string;
  /** Who A and B are, and their files (name, sha256 abbreviated, when saved). */
  sources: { label: string; value: string }[];
  intro: string;
  statisticsTitle: string;
  statistics: { label: string; value: string }[];
  columns: { id: string; item: string; a: string; b: string; consensus: string; rationale: string };
  rows: ConsensusAppendixRow[];
  /** What the marker in the rows means. */
  legend: string;
}

export interface ConsensusAppendixRow {
  id: string;
  title: string;
  a: string;
  b: string;
  consensus: string;
  colours?: { a?: Colour; b?: Colour; consensus?: Colour };
  /** A and B differed (or only one rated): decided with a rationale. */
  differ: boolean;
  rationale?: string;
}

const WORDS = {
  nb: {
    title: "Vedlegg: Konsensus mellom to evaluatorer",
    intro:
      "Evaluatorene vurderte teamet hver for seg og ble deretter enige om en felles vurdering. Der de var enige, er vurderingen tatt med som den var; der de var uenige, er konsensus og begrunnelsen vist nedenfor.",
    statistics: "Enighet før konsensus",
    rated: "Punkter vurdert av begge",
    exact: "Eksakt enighet",
    withinOne: "Innenfor ett poeng",
    mad: "Gjennomsnittlig absolutt forskjell",
    kappaLinear: "Cohens kappa, lineært vektet",
    kappa: "Cohens kappa",
    notDefinedOne: "ikke definert (alle vurderinger i samme kategori)",
    notDefinedNone: "ikke definert (ingen punkter vurdert av begge)",
    total: (who: string) => `Totalsum ${who}`,
    colours: (who: string) => `Farger ${who}`,
    consensus: "konsensus",
    notFinished: "ikke ferdig",
    notRated: "ikke vurdert",
    saved: "lagret",
    columns: { id: "Nr.", item: "Punkt", a: "A", b: "B", consensus: "Konsensus", rationale: "Begrunnelse" },
    legend: "≠ A og B var uenige (eller bare én vurderte punktet); konsensus er avgjort med begrunnelse.",
  },
  en: {
    title: "Appendix: Consensus of two evaluators",
    intro:
      "The evaluators rated the team independently and then agreed on one rating. Where they agreed, the rating is taken as it was; where they differed, the consensus and its rationale are shown below.",
    statistics: "Agreement before the consensus",
    rated: "Items rated by both",
    exact: "Exact agreement",
    withinOne: "Within one point",
    mad: "Mean absolute difference",
    kappaLinear: "Cohen's kappa, linearly weighted",
    kappa: "Cohen's kappa",
    notDefinedOne: "not defined (every rating in the same category)",
    notDefinedNone: "not defined (no item rated by both)",
    total: (who: string) => `Total ${who}`,
    colours: (who: string) => `Colours ${who}`,
    consensus: "consensus",
    notFinished: "not finished",
    notRated: "not rated",
    saved: "saved",
    columns: { id: "No.", item: "Item", a: "A", b: "B", consensus: "Consensus", rationale: "Rationale" },
    legend: "≠ A and B differed (or only one rated the item); the consensus was decided with a rationale.",
  },
} as const;

function asRating(itemId: string, s: ConsensusSide | undefined): ItemRating[] {
  return s && (s.score !== undefined || s.colour !== undefined)
    ? [{ itemId, source: s.source, ...(s.score !== undefined ? { score: s.score } : { colour: s.colour }) }]
    : [];
}

function totalLine(total: TotalSummary, lang: Lang): string {
  const w = WORDS[lang];
  if ("green" in total) {
    const names = COLOUR_NAMES[lang];
    const parts = (["green", "yellow", "red"] as const).map((c) => `${total[c]} ${names[c].toLowerCase()}`);
    if (total.unrated) parts.push(`${total.unrated} ${w.notRated}`);
    return parts.join(" · ");
  }
  if (total.value === undefined)
    return `${total.min}–${total.max} ${lang === "nb" ? "av" : "of"} ${total.maxPossible} (${w.notFinished})`;
  return `${total.value} ${lang === "nb" ? "av" : "of"} ${total.maxPossible}${total.band ? ` – ${total.band.label[lang]}` : ""}`;
}

function valueText(v: RatingValue | undefined, lang: Lang): string {
  if (v === undefined) return "–";
  return typeof v === "number" ? String(v) : COLOUR_NAMES[lang][v];
}

export function consensusAppendix(evaluation: Evaluation, lang: Lang): ConsensusAppendix | undefined {
  const block = evaluation.consensus;
  if (!block) return undefined;
  const w = WORDS[lang];
  const scale = evaluation.scale;
  const points = scale.scoring === "points";
  const byId = new Map(block.items.map((c) => [c.itemId, c]));
  const consensusRatings = new Map(evaluation.items.map((r) => [r.itemId, r]));
  const sideValue = (s: ConsensusSide | undefined): RatingValue | undefined => (points ? s?.score : s?.colour);

  const pairs: RatingPair<RatingValue>[] = [];
  const rows: ConsensusAppendixRow[] = allItems(scale).map((item) => {
    const c = byId.get(item.id);
    const a = sideValue(c?.a);
    const b = sideValue(c?.b);
    if (a !== undefined && b !== undefined) pairs.push([a, b]);
    const k = ratingValue(scale, consensusRatings.get(item.id));
    const colour = (v: RatingValue | undefined) => (typeof v === "string" ? v : undefined);
    return {
      id: item.id,
      title: item.title[lang],
      a: valueText(a, lang),
      b: valueText(b, lang),
      consensus: valueText(k, lang),
      ...(!points ? { colours: { a: colour(a), b: colour(b), consensus: colour(k) } } : {}),
      differ: c ? !c.agreed : false,
      ...(c?.rationale ? { rationale: c.rationale } : {}),
    };
  });

  const s = agreementStatistics(scale.scoring, pairs);
  const pct = (p: { value: number | undefined }) => (p.value === undefined ? "–" : formatPercent(p.value * 100, lang));
  const kappa =
    s.kappa.value !== undefined
      ? `${formatNumber(s.kappa.value, lang, 2, true)} (n = ${s.kappa.n})`
      : s.kappa.undefinedReason === "one-category"
        ? `${w.notDefinedOne} (n = ${s.kappa.n})`
        : w.notDefinedNone;
  const statistics: { label: string; value: string }[] = [
    { label: w.rated, value: String(s.n) },
    { label: w.exact, value: pct(s.exact) },
    ...(s.withinOne ? [{ label: w.withinOne, value: pct(s.withinOne) }] : []),
    ...(s.meanAbsoluteDifference
      ? [
          {
            label: w.mad,
            value:
              s.meanAbsoluteDifference.value === undefined
                ? "–"
                : formatNumber(s.meanAbsoluteDifference.value, lang, 2, true),
          },
        ]
      : []),
    { label: points ? w.kappaLinear : w.kappa, value: kappa },
  ];
  const totalA = totalOf({ scale, items: block.items.flatMap((c) => asRating(c.itemId, c.a)) });
  const totalB = totalOf({ scale, items: block.items.flatMap((c) => asRating(c.itemId, c.b)) });
  const totalC = totalOf(evaluation);
  const label = points ? w.total : w.colours;
  statistics.push(
    { label: label("A"), value: totalLine(totalA, lang) },
    { label: label("B"), value: totalLine(totalB, lang) },
    { label: label(w.consensus), value: totalLine(totalC, lang) },
  );

  const source = (side: "A" | "B", f: typeof block.a) => ({
    label: side,
    value: `${f.evaluators.join(", ") || "–"} · ${f.file} · sha256 ${f.sha256.slice(0, 12)}… · ${w.saved} ${formatDate(f.updatedAt.slice(0, 10), lang)}`,
  });
  return {
    title: w.title,
    sources: [source("A", block.a), source("B", block.b)],
    intro: w.intro,
    statisticsTitle: w.statistics,
    statistics,
    columns: { ...w.columns },
    rows,
    legend: w.legend,
  };
}
