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
import { CONSENSUS } from "./consensus.messages.js";

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

function asRating(itemId: string, s: ConsensusSide | undefined): ItemRating[] {
  return s && (s.score !== undefined || s.colour !== undefined)
    ? [{ itemId, source: s.source, ...(s.score !== undefined ? { score: s.score } : { colour: s.colour }) }]
    : [];
}

function totalLine(total: TotalSummary, lang: Lang): string {
  const t = CONSENSUS.in(lang);
  if ("green" in total) {
    const names = COLOUR_NAMES[lang];
    const parts = (["green", "yellow", "red"] as const).map((c) => `${total[c]} ${names[c].toLowerCase()}`);
    if (total.unrated) parts.push(t("notRated", { n: total.unrated }));
    return parts.join(" · ");
  }
  if (total.value === undefined) return t("range", { min: total.min, max: total.max, of: total.maxPossible });
  return t("totalOf", {
    value: total.value,
    of: total.maxPossible,
    band: total.band ? ` – ${total.band.label[lang]}` : "",
  });
}

function valueText(v: RatingValue | undefined, lang: Lang): string {
  if (v === undefined) return "–";
  return typeof v === "number" ? String(v) : COLOUR_NAMES[lang][v];
}

type ConsensusBlock = NonNullable<Evaluation["consensus"]>;
type Line = { label: string; value: string };

/** Every item with A, B and the consensus side by side; and the pairs of items both A and B rated. */
function itemRows(
  evaluation: Evaluation,
  block: ConsensusBlock,
  lang: Lang,
): { rows: ConsensusAppendixRow[]; pairs: RatingPair<RatingValue>[] } {
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
  return { rows, pairs };
}

/** The pair's agreement: items both rated, exact agreement, within one and mean difference (points), kappa. */
function agreementLines(scoring: Evaluation["scale"]["scoring"], pairs: RatingPair<RatingValue>[], lang: Lang): Line[] {
  const t = CONSENSUS.in(lang);
  const points = scoring === "points";
  const s = agreementStatistics(scoring, pairs);
  const pct = (p: { value: number | undefined }) => (p.value === undefined ? "–" : formatPercent(p.value * 100, lang));
  const kappa =
    s.kappa.value !== undefined
      ? `${formatNumber(s.kappa.value, lang, 2, true)} (n = ${s.kappa.n})`
      : s.kappa.undefinedReason === "one-category"
        ? t("notDefinedOne", { n: s.kappa.n })
        : t("notDefinedNone");
  return [
    { label: t("rated"), value: String(s.n) },
    { label: t("exact"), value: pct(s.exact) },
    ...(s.withinOne ? [{ label: t("withinOne"), value: pct(s.withinOne) }] : []),
    ...(s.meanAbsoluteDifference
      ? [
          {
            label: t("mad"),
            value:
              s.meanAbsoluteDifference.value === undefined
                ? "–"
                : formatNumber(s.meanAbsoluteDifference.value, lang, 2, true),
          },
        ]
      : []),
    { label: t(points ? "kappaLinear" : "kappa"), value: kappa },
  ];
}

/** The totals (or colour counts) of A, B and the consensus. */
function totalLines(evaluation: Evaluation, block: ConsensusBlock, lang: Lang): Line[] {
  const t = CONSENSUS.in(lang);
  const scale = evaluation.scale;
  const points = scale.scoring === "points";
  const totalA = totalOf({ scale, items: block.items.flatMap((c) => asRating(c.itemId, c.a)) });
  const totalB = totalOf({ scale, items: block.items.flatMap((c) => asRating(c.itemId, c.b)) });
  const totalC = totalOf(evaluation);
  const label = (who: string) => t(points ? "total" : "colours", { who });
  return [
    { label: label("A"), value: totalLine(totalA, lang) },
    { label: label("B"), value: totalLine(totalB, lang) },
    { label: label(t("consensus")), value: totalLine(totalC, lang) },
  ];
}

/** Who evaluator A or B is, and their file: name, sha256 abbreviated, when saved. */
function sourceLine(side: "A" | "B", f: ConsensusBlock["a"], lang: Lang): Line {
  const t = CONSENSUS.in(lang);
  return {
    label: side,
    value: `${f.evaluators.join(", ") || "–"} · ${f.file} · sha256 ${f.sha256.slice(0, 12)}… · ${t("saved", { date: formatDate(f.updatedAt.slice(0, 10), lang) })}`,
  };
}

export function consensusAppendix(evaluation: Evaluation, lang: Lang): ConsensusAppendix | undefined {
  const block = evaluation.consensus;
  if (!block) return undefined;
  const t = CONSENSUS.in(lang);
  const { rows, pairs } = itemRows(evaluation, block, lang);
  const statistics = [...agreementLines(evaluation.scale.scoring, pairs, lang), ...totalLines(evaluation, block, lang)];
  return {
    title: t("title"),
    sources: [sourceLine("A", block.a, lang), sourceLine("B", block.b, lang)],
    intro: t("intro"),
    statisticsTitle: t("statistics"),
    statistics,
    columns: {
      id: t("columnId"),
      item: t("columnItem"),
      a: "A",
      b: "B",
      consensus: t("columnConsensus"),
      rationale: t("columnRationale"),
    },
    rows,
    legend: t("legend"),
  };
}
