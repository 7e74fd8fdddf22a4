/**
 * Numbers and dates in the report language (docs/design.md §1): nb `58,3 %`, `26.11.2026`; en `58.3 %`, `2026-11-26`.
 * Pure string work, no Intl locale data needed, so output is the same on every machine.
 */
import type { IsoDate } from "./dates.js";
import type { Lang } from "./scale.js";

/** A number with at most `decimals` decimals (trailing zeros dropped unless `fixed`), in the language's style. */
export function formatNumber(n: number, lang: Lang, decimals = 1, fixed = false): string {
  if (!Number.isFinite(n)) return "–";
  const factor = 10 ** decimals;
  const rounded = Math.round((n + Math.sign(n) * Number.EPSILON) * factor) / factor;
  let s = fixed ? rounded.toFixed(decimals) : String(Number(rounded.toFixed(decimals)));
  if (s === "-0") s = "0";
  const [int = "0", frac] = s.split(".");
  const neg = int.startsWith("-");
  const digits = neg ? int.slice(1) : int;
  const sep = lang === "nb" ? "\u00a0" : ",";
  const grouped = digits.length > 4 ? digits.replace(/\B(?=(\d{3})+(?!\d))/g, sep) : digits;
  const minus = lang === "nb" ? "−" : "-";
  const out = (neg ? minus : "") + grouped + (frac ? (lang === "nb" ? "," : ".") + frac : "");
  return out;
}

/** A percentage given as 0–100: `58,3 %` (nb) / `58.3 %` (en). */
export function formatPercent(pct: number, lang: Lang, decimals = 1): string {
  return `${formatNumber(pct, lang, decimals)}\u00a0%`;
}

export function formatDate(iso: IsoDate, lang: Lang): string {
  if (lang === "en") return iso;
  const [y, m, d] = iso.split("-");
  return `${d}.${m}.${y}`;
}

export function formatDateRange(from: IsoDate, to: IsoDate, lang: Lang): string {
  return `${formatDate(from, lang)}–${formatDate(to, lang)}`;
}
