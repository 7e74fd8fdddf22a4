/**
 * Wording shared by the metric definitions and the data items: numbers in an item's unit, the window and
 * period lines, and how a metric used its file's rows. Every text comes in nb and en.
 */
import { formatDate, formatDateRange, formatNumber, formatPercent } from "../../format.js";
import type { Lang, LocalizedText } from "../../scale.js";
import type { IgnoredReason, RowUse, TeamMetrics } from "../types.js";

type Text = LocalizedText;

/** Build a LocalizedText by running the same template for each language. */
export function both(make: (lang: Lang) => string): Text {
  return { nb: make("nb"), en: make("en") };
}

const IGNORED_TEXT: Record<IgnoredReason, Text> = {
  outsideWindow: { nb: "utenfor vinduet", en: "outside the window" },
  modeNotCounted: { nb: "kontaktform telles ikke", en: "mode not counted" },
  followUpNotCounted: { nb: "oppfølging telles ikke", en: "follow-up not counted" },
  specialistNotInWindow: { nb: "jobbspesialist uten utetid i vinduet", en: "specialist without utetid in the window" },
  inAbsentBlock: { nb: "i fraværsuke", en: "in an absent week" },
  inUncoveredBlock: { nb: "i uke uten utetidsdata", en: "in a week without utetid data" },
  notActive: { nb: "ikke aktiv", en: "not active" },
  sameParticipant: { nb: "samme deltaker", en: "same participant" },
  notInPeriod: { nb: "ikke i perioden", en: "not in the period" },
  noJob: { nb: "uten jobbstart", en: "no job start" },
  waitingWithinLimit: { nb: "venter innenfor grensen", en: "waiting within the limit" },
  missingValue: { nb: "mangler verdi", en: "value missing" },
  duplicate: { nb: "dublett", en: "duplicate" },
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
    const head =
      lang === "nb"
        ? `Rader i ${file}: ${use.read} lest, ${use.used} brukt`
        : `Rows in ${file}: ${use.read} read, ${use.used} used`;
    return ignored.length > 0 ? `${head}; ${ignored.join(", ")}.` : `${head}.`;
  });
}

export function windowLine(m: TeamMetrics): Text {
  const w = m.window;
  return both((lang) =>
    lang === "nb"
      ? `Vindu: ${formatDateRange(w.from, w.to, lang)} (${w.weeks} uker før besøket ${formatDate(w.visitDate, lang)}).`
      : `Window: ${formatDateRange(w.from, w.to, lang)} (${w.weeks} weeks before the visit on ${formatDate(w.visitDate, lang)}).`,
  );
}

export function periodLine(from: string, to: string, m: TeamMetrics): Text {
  return both((lang) =>
    lang === "nb"
      ? `Periode: ${formatDateRange(from, to, lang)} (${m.rules.flowPeriodDays} dager før besøket); referansedato ${formatDate(m.window.referenceDate, lang)}.`
      : `Period: ${formatDateRange(from, to, lang)} (${m.rules.flowPeriodDays} days before the visit); reference date ${formatDate(m.window.referenceDate, lang)}.`,
  );
}

/** Which data a metric comes from, for a missing reason: "Utetid (utetid.csv)". */
export const SOURCE = {
  utetid: (file?: string) => both((l) => `${l === "nb" ? "Utetid" : "Utetid"} (${file ?? "utetid.csv"})`),
  contacts: (file?: string) =>
    both(
      (l) => `${l === "nb" ? "Arbeidsgiverkontakter" : "Employer contacts"} (${file ?? "arbeidsgiverkontakter.csv"})`,
    ),
  caseload: (file?: string) => both((l) => `${l === "nb" ? "Portefølje" : "Caseload"} (${file ?? "portefolje.csv"})`),
};

export const SPECIALISTS: Text = { nb: "jobbspesialister", en: "specialists" };

/** "a, b og c" / "a, b and c". */
export function listText(labels: string[], lang: Lang): string {
  if (labels.length <= 1) return labels.join("");
  return `${labels.slice(0, -1).join(", ")} ${lang === "nb" ? "og" : "and"} ${labels[labels.length - 1]}`;
}
