/**
 * Wording shared by the metric definitions and the data items: numbers in an item's unit, the window and
 * period lines, and how a metric used its file's rows. Every text comes in nb and en.
 */
import { formatDate, formatDateRange, formatNumber, formatPercent } from "../../format.js";
import { both } from "../../i18n.js";
import type { Lang, LocalizedText } from "../../scale.js";
import type { IgnoredReason, RowUse, TeamMetrics } from "../types.js";
import { METRIC_TEXT } from "./text.messages.js";

type Text = LocalizedText;

/** Build a LocalizedText by running the same template for each language. */
export { both };

const IGNORED_TEXT: Record<IgnoredReason, Text> = {
  outsideWindow: METRIC_TEXT.text("outsideWindow"),
  modeNotCounted: METRIC_TEXT.text("modeNotCounted"),
  followUpNotCounted: METRIC_TEXT.text("followUpNotCounted"),
  specialistNotInWindow: METRIC_TEXT.text("specialistNotInWindow"),
  inAbsentBlock: METRIC_TEXT.text("inAbsentBlock"),
  inUncoveredBlock: METRIC_TEXT.text("inUncoveredBlock"),
  notActive: METRIC_TEXT.text("notActive"),
  sameParticipant: METRIC_TEXT.text("sameParticipant"),
  notInPeriod: METRIC_TEXT.text("notInPeriod"),
  noJob: METRIC_TEXT.text("noJob"),
  waitingWithinLimit: METRIC_TEXT.text("waitingWithinLimit"),
  missingValue: METRIC_TEXT.text("missingValue"),
  duplicate: METRIC_TEXT.text("duplicate"),
};

export const isPercentUnit = (unit: Text) => unit.en.trim() === "%";

/**
 * A value in the unit of the item. One decimal, but more when one decimal would show a cut-off the value
 * does not actually equal (64.99 must not print as "65,0 %" next to a score of 4).
 */
export function fmt(value: number, unit: Text, lang: Lang, cutoffs: readonly number[] = []): string {
  let decimals = 1;
  const near = (d: number) =>
    cutoffs.some((c) => Math.abs(Math.round(value * 10 ** d) / 10 ** d - c) < 1e-12 && Math.abs(value - c) > 1e-9);
  while (decimals < 4 && near(decimals)) decimals++;
  return isPercentUnit(unit)
    ? formatPercent(value, lang, decimals)
    : `${formatNumber(value, lang, decimals)} ${unit[lang]}`;
}

/** A bare number in the unit (no unit word, "%" kept): for cut-off lists. */
export function fmtBare(value: number, unit: Text, lang: Lang): string {
  return isPercentUnit(unit) ? formatPercent(value, lang, 2) : formatNumber(value, lang, 2);
}

export const num = (n: number, lang: Lang, d = 1) => formatNumber(n, lang, d);

export function rowsLine(use: RowUse, fallbackFile: string): Text {
  const file = use.file ?? fallbackFile;
  return both((lang) => {
    const ignored = Object.entries(use.ignored)
      .filter(([, n]) => (n ?? 0) > 0)
      .map(([reason, n]) => `${n} ${IGNORED_TEXT[reason as IgnoredReason][lang]}`);
    return METRIC_TEXT.in(lang)("rows", { file, read: use.read, used: use.used, ignored: ignored.join(", ") });
  });
}

export function windowLine(m: TeamMetrics): Text {
  const w = m.window;
  return both((lang) =>
    METRIC_TEXT.in(lang)("window", {
      window: formatDateRange(w.from, w.to, lang),
      weeks: w.weeks,
      visit: formatDate(w.visitDate, lang),
    }),
  );
}

export function periodLine(from: string, to: string, m: TeamMetrics): Text {
  return both((lang) =>
    METRIC_TEXT.in(lang)("period", {
      period: formatDateRange(from, to, lang),
      days: m.rules.flowPeriodDays,
      reference: formatDate(m.window.referenceDate, lang),
    }),
  );
}

/** Which data a metric comes from, for a missing reason: "Utetid (utetid.csv)". */
export const SOURCE = {
  utetid: (file?: string) => METRIC_TEXT.text("utetid", { file: file ?? "utetid.csv" }),
  contacts: (file?: string) => METRIC_TEXT.text("contacts", { file: file ?? "arbeidsgiverkontakter.csv" }),
  caseload: (file?: string) => METRIC_TEXT.text("caseload", { file: file ?? "portefolje.csv" }),
};

export const SPECIALISTS: Text = METRIC_TEXT.text("specialists");

/** "a, b og c" / "a, b and c". */
export function listText(labels: string[], lang: Lang): string {
  if (labels.length <= 1) return labels.join("");
  return `${labels.slice(0, -1).join(", ")} ${METRIC_TEXT.in(lang)("and")} ${labels[labels.length - 1]}`;
}
