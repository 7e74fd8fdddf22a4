/**
 * Inter-rater agreement statistics for two raters (docs/design.md §2: `merge`, `agreement`). Pure arithmetic on
 * pairs of ratings; every function says what it returns when the statistic is not defined.
 *
 * Conventions (also in docs/agreement.md):
 *  - A statistic over no pairs is `undefined` (printed "–", `null` in JSON), never 0 or 100 %.
 *  - Cohen's kappa κ = (pₒ − pₑ) / (1 − pₑ). When pₑ = 1 (both raters put every rating in one and the same
 *    category) κ is 0/0 and is reported as not defined (`undefined`, reason "one-category"), not as 1: kappa
 *    measures agreement beyond chance, and with one category there is no chance agreement to beat. Exact
 *    agreement (100 %) says what there is to say then. Perfect agreement over two or more categories gives κ = 1.
 *  - Weighted kappa uses linear agreement weights over the whole scale, w(i, j) = 1 − |i − j| / (k − 1) with
 *    k categories (IPS items: 1–5, k = 5, so a difference of one point weighs 0.75), also when the raters
 *    used only some of the categories: the weights are the scale's, not the sample's.
 *  - ICC: ICC(A,1) of McGraw & Wong (1996), = ICC(2,1) of Shrout & Fleiss (1979): two-way random effects,
 *    absolute agreement, single rater (see `iccA1`). Needs at least two subjects; when its denominator is 0
 *    (every rating the same) it is reported as not defined.
 */

/** Two raters' ratings of one thing. */
export type RatingPair<T> = readonly [T, T];

export interface Proportion {
  /** 0–1; undefined when n = 0. */
  value: number | undefined;
  /** Pairs it is counted over. */
  n: number;
}

/** Share of pairs where both raters gave the same rating. */
export function exactAgreement<T>(pairs: readonly RatingPair<T>[]): Proportion {
  const n = pairs.length;
  if (n === 0) return { value: undefined, n };
  return { value: pairs.filter(([a, b]) => a === b).length / n, n };
}

/** Share of pairs at most one point apart (points scales). */
export function withinOne(pairs: readonly RatingPair<number>[]): Proportion {
  const n = pairs.length;
  if (n === 0) return { value: undefined, n };
  return { value: pairs.filter(([a, b]) => Math.abs(a - b) <= 1).length / n, n };
}

/** Mean of |A − B| over the pairs (points scales); undefined when n = 0. */
export function meanAbsoluteDifference(pairs: readonly RatingPair<number>[]): { value: number | undefined; n: number } {
  const n = pairs.length;
  if (n === 0) return { value: undefined, n };
  return { value: pairs.reduce((s, [a, b]) => s + Math.abs(a - b), 0) / n, n };
}

export interface Kappa {
  /** κ, or undefined when it is not defined (see `undefinedReason`). */
  value: number | undefined;
  n: number;
  /** Observed (weighted) agreement pₒ; undefined when n = 0. */
  observed: number | undefined;
  /** (Weighted) agreement expected by chance pₑ from the two raters' margins; undefined when n = 0. */
  expected: number | undefined;
  weights: "none" | "linear";
  undefinedReason?: "no-pairs" | "one-category";
}

/**
 * Cohen's kappa for two raters over `categories` (in their order; for linear weights the order is the scale's).
 * pₒ = Σᵢⱼ w(i,j)·pᵢⱼ, pₑ = Σᵢⱼ w(i,j)·pᵢ.·p.ⱼ, κ = (pₒ − pₑ) / (1 − pₑ); unweighted: w(i,j) = 1 if i = j else 0;
 * linear: w(i,j) = 1 − |i − j| / (k − 1). A rating outside `categories` is a programming error (thrown).
 */
export function cohensKappa<T>(
  pairs: readonly RatingPair<T>[],
  categories: readonly T[],
  weights: "none" | "linear" = "none",
): Kappa {
  const n = pairs.length;
  const k = categories.length;
  if (n === 0)
    return { value: undefined, n, observed: undefined, expected: undefined, weights, undefinedReason: "no-pairs" };
  const index = (x: T) => {
    const i = categories.indexOf(x);
    if (i < 0) throw new Error(`cohensKappa: rating ${String(x)} is not one of the categories`);
    return i;
  };
  const w = (i: number, j: number) => (i === j ? 1 : weights === "none" || k < 2 ? 0 : 1 - Math.abs(i - j) / (k - 1));
  const rowMargin = new Array<number>(k).fill(0);
  const colMargin = new Array<number>(k).fill(0);
  let observed = 0;
  for (const [a, b] of pairs) {
    const i = index(a);
    const j = index(b);
    rowMargin[i] = (rowMargin[i] ?? 0) + 1 / n;
    colMargin[j] = (colMargin[j] ?? 0) + 1 / n;
    observed += w(i, j) / n;
  }
  let expected = 0;
  for (let i = 0; i < k; i++)
    for (let j = 0; j < k; j++) expected += w(i, j) * (rowMargin[i] ?? 0) * (colMargin[j] ?? 0);
  // pₑ = 1 exactly when both raters used one and the same category for everything (floating noise allowed for).
  if (1 - expected < 1e-12)
    return { value: undefined, n, observed, expected: 1, weights, undefinedReason: "one-category" };
  return { value: (observed - expected) / (1 - expected), n, observed, expected, weights };
}

export interface Icc {
  /** ICC(A,1), or undefined when it is not defined (see `undefinedReason`). */
  value: number | undefined;
  /** Subjects (rows): here, pairs of evaluations with both totals. */
  n: number;
  /** Raters (columns). */
  k: number;
  /** The two-way ANOVA mean squares it is computed from (undefined when n < 2). */
  msRows?: number;
  msColumns?: number;
  msError?: number;
  /** "zero-denominator": every rating the same, or (two teams) teams whose means do not differ. */
  undefinedReason?: "too-few-subjects" | "zero-denominator";
}

/**
 * ICC(A,1) (McGraw & Wong 1996; ICC(2,1) in Shrout & Fleiss 1979): two-way random effects, absolute agreement,
 * single rater, for an n × k table (n subjects rated by the same k raters; here k = 2, A and B).
 *
 *   x̄ = grand mean, x̄ᵢ. = row (subject) means, x̄.ⱼ = column (rater) means
 *   MSR = k·Σᵢ(x̄ᵢ. − x̄)² / (n − 1)                  between subjects
 *   MSC = n·Σⱼ(x̄.ⱼ − x̄)² / (k − 1)                  between raters
 *   MSE = (ΣᵢΣⱼ(xᵢⱼ − x̄)² − (n−1)·MSR − (k−1)·MSC) / ((n − 1)(k − 1))   residual
 *   ICC(A,1) = (MSR − MSE) / (MSR + (k − 1)·MSE + (k / n)·(MSC − MSE))
 *
 * Not defined for n < 2 or when the denominator is 0 (every rating identical, or with two subjects whose means
 * are equal). It is negative when the raters differ more than the subjects do.
 */
export function iccA1(table: readonly (readonly number[])[]): Icc {
  const n = table.length;
  const k = table[0]?.length ?? 0;
  if (table.some((row) => row.length !== k)) throw new Error("iccA1: every row needs the same number of ratings");
  if (n < 2 || k < 2) return { value: undefined, n, k, undefinedReason: "too-few-subjects" };
  const all = table.flat();
  const grand = all.reduce((s, x) => s + x, 0) / (n * k);
  const rowMeans = table.map((row) => row.reduce((s, x) => s + x, 0) / k);
  const colMeans = Array.from({ length: k }, (_, j) => table.reduce((s, row) => s + (row[j] ?? 0), 0) / n);
  const ssTotal = all.reduce((s, x) => s + (x - grand) ** 2, 0);
  const ssRows = k * rowMeans.reduce((s, m) => s + (m - grand) ** 2, 0);
  const ssCols = n * colMeans.reduce((s, m) => s + (m - grand) ** 2, 0);
  const ssError = Math.max(0, ssTotal - ssRows - ssCols);
  const msRows = ssRows / (n - 1);
  const msColumns = ssCols / (k - 1);
  const msError = ssError / ((n - 1) * (k - 1));
  const denominator = msRows + (k - 1) * msError + (k / n) * (msColumns - msError);
  if (Math.abs(denominator) < 1e-12)
    return { value: undefined, n, k, msRows, msColumns, msError, undefinedReason: "zero-denominator" };
  return { value: (msRows - msError) / denominator, n, k, msRows, msColumns, msError };
}
