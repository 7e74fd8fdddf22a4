/**
 * Agreement statistics as the user reads them (tables on the terminal, `merge` and `agreement`) and as JSON
 * (`--json`: proportions 0–1, a statistic that is not defined is `null` with the reason).
 */
import type { AgreementStatistics, TotalSummary } from "../core/agreement/compare.js";
import type { Icc, Kappa, Proportion } from "../core/agreement/statistics.js";
import { formatNumber, formatPercent } from "../core/format.js";
import { COLOUR_NAMES, type Lang } from "../core/scale.js";
import { AGREEMENT_TEXT } from "./agreement-text.messages.js";

export function percentText(p: Proportion, lang: Lang): string {
  return p.value === undefined ? "–" : formatPercent(p.value * 100, lang);
}

export function numberText(v: number | undefined, lang: Lang, decimals = 2): string {
  return v === undefined ? "–" : formatNumber(v, lang, decimals, true);
}

export function kappaText(k: Kappa, lang: Lang): string {
  const t = AGREEMENT_TEXT.in(lang);
  if (k.value !== undefined) return `${numberText(k.value, lang)} (n = ${k.n})`;
  return k.undefinedReason === "one-category" ? t("kappaOneCategory", { n: k.n }) : t("kappaNoneByBoth");
}

export function iccText(icc: Icc, lang: Lang): string {
  const t = AGREEMENT_TEXT.in(lang);
  const pairs = t("pairs", { n: icc.n });
  if (icc.value !== undefined) return `${numberText(icc.value, lang)} (n = ${pairs})`;
  return icc.undefinedReason === "too-few-subjects" ? t("iccTooFew", { pairs }) : t("iccNoSpread", { pairs });
}

/** Label/value lines of a set of statistics. */
export function statisticsRows(s: AgreementStatistics, lang: Lang): [string, string][] {
  const t = AGREEMENT_TEXT.in(lang);
  const rows: [string, string][] = [
    [t("ratedByBoth"), String(s.n)],
    [t("exact"), percentText(s.exact, lang)],
  ];
  if (s.withinOne) rows.push([t("withinOne"), percentText(s.withinOne, lang)]);
  if (s.meanAbsoluteDifference)
    rows.push([t("meanAbsoluteDifference"), numberText(s.meanAbsoluteDifference.value, lang)]);
  rows.push([s.kappa.weights === "linear" ? t("kappaLinear") : t("kappa"), kappaText(s.kappa, lang)]);
  return rows;
}

/** A total as one cell: "99 (Godkjent kvalitet)", "80–100 (ikke ferdig)", or colour counts "5 grønn · 3 gul · 2 rød". */
export function totalText(total: TotalSummary, lang: Lang): string {
  const t = AGREEMENT_TEXT.in(lang);
  if ("green" in total) {
    const names = COLOUR_NAMES[lang];
    const parts = (["green", "yellow", "red"] as const).map((c) => `${total[c]} ${names[c].toLowerCase()}`);
    if (total.unrated) parts.push(`${total.unrated} ${t("notRated")}`);
    return parts.join(" · ");
  }
  if (total.value !== undefined) return total.band ? `${total.value} (${total.band.label[lang]})` : String(total.value);
  return `${total.min}–${total.max} (${t("notFinished")})`;
}

/** Rows as aligned columns (the last column is not padded). */
export function columns(rows: readonly (readonly string[])[], indent = "  "): string[] {
  const widths: number[] = [];
  for (const row of rows) for (const [i, cell] of row.entries()) widths[i] = Math.max(widths[i] ?? 0, cell.length);
  return rows.map((row) =>
    (indent + row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join("  ")).trimEnd(),
  );
}

/** Cut a title to `max` characters with an ellipsis. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

// --- JSON -------------------------------------------------------------------------------------------------

const nul = (v: number | undefined) => (v === undefined ? null : v);

export function proportionJson(p: Proportion) {
  return { value: nul(p.value), n: p.n };
}

export function kappaJson(k: Kappa) {
  return {
    value: nul(k.value),
    n: k.n,
    weights: k.weights,
    observed: nul(k.observed),
    expected: nul(k.expected),
    ...(k.undefinedReason ? { notDefined: k.undefinedReason } : {}),
  };
}

export function iccJson(icc: Icc) {
  return {
    model: "ICC(A,1): two-way random effects, absolute agreement, single rater (McGraw & Wong 1996)",
    value: nul(icc.value),
    n: icc.n,
    raters: icc.k,
    ...(icc.msRows !== undefined
      ? { meanSquares: { subjects: icc.msRows, raters: nul(icc.msColumns), error: nul(icc.msError) } }
      : {}),
    ...(icc.undefinedReason ? { notDefined: icc.undefinedReason } : {}),
  };
}

export function statisticsJson(s: AgreementStatistics) {
  return {
    scoring: s.scoring,
    n: s.n,
    exactAgreement: proportionJson(s.exact),
    ...(s.withinOne ? { withinOne: proportionJson(s.withinOne) } : {}),
    ...(s.meanAbsoluteDifference
      ? { meanAbsoluteDifference: { value: nul(s.meanAbsoluteDifference.value), n: s.meanAbsoluteDifference.n } }
      : {}),
    kappa: kappaJson(s.kappa),
  };
}

export function totalJson(total: TotalSummary) {
  if ("green" in total) return { ...total };
  return {
    complete: total.complete,
    value: nul(total.value),
    min: total.min,
    max: total.max,
    maxPossible: total.maxPossible,
    band: total.band ? { id: total.band.id, label: total.band.label } : null,
  };
}
