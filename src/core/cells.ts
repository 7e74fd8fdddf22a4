/**
 * Parsing single CSV cells as Excel in a Norwegian locale writes them (docs/design.md §4): dates, ISO weeks,
 * decimal-comma numbers, FTE / stillingsprosent, yes/no, contact modes, and the folding used to match
 * headers and file names. Pure: strings in, values (or a message) out.
 */

import { CELL } from "./cells.messages.js";
import { type IsoDate, isoWeekMonday } from "./dates.js";
import { both, type Lang, type Text } from "./i18n.js";
import { redactNationalIds } from "./national-id.js";
import type { ContactMode } from "./records.js";

export type CellResult<T> = { ok: true; value: T } | { ok: false; message: Text };

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const fail = <T>(message: Text): CellResult<T> => ({ ok: false, message });

/**
 * Folding for headers, file names and keyword values: lower case; æ→ae, ø→o, å→a; then aa→a, oe→o;
 * whitespace, `_`, `-` and `.` removed. `Første arbeidsgiverkontakt` and `forste_arbeidsgiverkontakt`
 * both fold to `forstearbeidsgiverkontakt`; `Portefølje.csv` to `portefoljecsv`.
 * NFC first, so a decomposed `å` (as macOS file names have it) folds like a composed one.
 */
export function fold(text: string): string {
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "o")
    .replace(/å/g, "a")
    .replace(/aa/g, "a")
    .replace(/oe/g, "o")
    .replace(/[\s_.-]/g, "");
}

/** A cell value quoted for a message: trimmed, shortened, id numbers removed, newlines escaped. */
export function quoteCell(raw: string, max = 40): string {
  let t = redactNationalIds(raw.trim());
  if (t.length > max) t = `${t.slice(0, max - 1)}…`;
  return JSON.stringify(t);
}

/** Digits and the marks dates, times, weeks and numbers are written with; at most one `W` or `T`. */
const NUMBER_LIKE = /^[\d\s.,:/+%\u2212-]*(?:[WwTt][\d\s.,:/+%\u2212-]*)?$/;
/** One lower-case word (a mistyped keyword: `sju`, `brev`, `kanskje`). Names are written capitalised. */
const KEYWORD_LIKE = /^\p{Ll}+(?:-\p{Ll}+)?$/u;

/**
 * True when a cell of a caseload or contact file that failed to parse may be quoted in a message: it looks
 * like a mistyped date, week or number, or a short lower-case keyword (`2.13.2026`, `2026-W54`, `150 %`,
 * `sju`, `brev`). Anything else there — `Ola Nordmann`, `P-4711`, `Kari` — may be a participant's name or id
 * in a shifted row, which are personal data (docs/design.md §4), and is not shown.
 */
export function isShareableCellValue(raw: string): boolean {
  const s = raw.trim();
  if (s === "") return true;
  if (s.length > 24) return false;
  if (/\d/.test(s)) return NUMBER_LIKE.test(s);
  return s.length <= 16 && KEYWORD_LIKE.test(s);
}

export const VALUE_NOT_SHOWN = CELL.text("valueNotShown");

/**
 * A cell's problem message without the cell's value, unless the value is shareable (isShareableCellValue):
 * `startdato: "Ola Nordmann (P-4711)" is not a valid date (use …)` becomes `startdato: the value is not a valid
 * date (use …; value not shown: it may be personal data)`. The value is found as quoteCell quotes it; a
 * message that does not quote it is returned as it is.
 */
export function withholdCellValue(message: Text, raw: string): Text {
  if (isShareableCellValue(raw)) return message;
  return both((lang) => withholdIn(message[lang], raw, lang));
}

function withholdIn(message: string, raw: string, lang: Lang): string {
  const quoted = quoteCell(raw);
  const at = message.indexOf(quoted);
  if (at < 0) return message;
  const before = message.slice(0, at);
  const after = message.slice(at + quoted.length);
  // The quoted value is the subject (`dato: "x" is not …`) or an object (`unknown contact mode "x" (use …)`).
  const text =
    before === "" || before.endsWith(": ")
      ? `${before}${CELL.text("theValue")[lang]}${after}`
      : before.endsWith("(") && after.startsWith(")")
        ? `${before.slice(0, -1).trimEnd()}${after.slice(1)}`
        : `${before.trimEnd()}${after}`;
  const notShown = VALUE_NOT_SHOWN[lang];
  return text.endsWith(")") ? `${text.slice(0, -1)}; ${notShown})` : `${text} (${notShown})`;
}

// ---------------------------------------------------------------------------------------------- dates

/** An optional time of day after the date; its hour, minute and second are captured (checked, then ignored). */
const TIME = String.raw`(?:[T ]\s*(\d{1,2})[:.](\d{2})(?:[:.](\d{2})(?:[.,]\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?`;
const ISO_DATE = new RegExp(String.raw`^(\d{4})-(\d{1,2})-(\d{1,2})${TIME}$`);
const DMY_DATE = new RegExp(String.raw`^(\d{1,2})([./])(\d{1,2})\2(\d{4}|\d{2})${TIME}$`);

/**
 * A calendar date from `2026-11-26`, `26.11.2026`, `26.11.26` (20yy), `26/11/2026`, with or without leading
 * zeros and with an ignored time of day (`2026-11-26 00:00:00`, as some exports add). Undefined when the
 * text is not one of these, not a real date (`31.02.2026`) or its time is not a real time (`2026-11-26T25:00`).
 */
export function parseDate(raw: string): IsoDate | undefined {
  // Exports repeat a few hundred dates a million times: each text is parsed once (and the same string shared).
  const hit = dateCache.get(raw);
  if (hit !== undefined) return hit === null ? undefined : hit;
  const date = parseDateText(raw);
  if (dateCache.size >= 4096) dateCache.clear();
  dateCache.set(raw, date ?? null);
  return date;
}
const dateCache = new Map<string, IsoDate | null>();

function parseDateText(raw: string): IsoDate | undefined {
  const s = raw.trim();
  const fast = fastDate(s);
  if (fast !== undefined) return fast || undefined;
  let y: number;
  let m: number;
  let d: number;
  const iso = ISO_DATE.exec(s);
  if (iso) {
    y = Number(iso[1]);
    m = Number(iso[2]);
    d = Number(iso[3]);
    if (!realTime(iso[4], iso[5], iso[6])) return undefined;
  } else {
    const dmy = DMY_DATE.exec(s);
    if (!dmy) return undefined;
    d = Number(dmy[1]);
    m = Number(dmy[3]);
    const year = dmy[4] as string;
    y = year.length === 2 ? 2000 + Number(year) : Number(year);
    if (!realTime(dmy[5], dmy[6], dmy[7])) return undefined;
  }
  return isoFromParts(y, m, d);
}

/** No time, or a time of day that exists: 00:00–23:59(:59), and 24:00(:00) for the end of the day. */
function realTime(hour: string | undefined, minute: string | undefined, second: string | undefined): boolean {
  if (hour === undefined) return true;
  const h = Number(hour);
  const min = Number(minute);
  const sec = second === undefined ? 0 : Number(second);
  if (h === 24) return min === 0 && sec === 0;
  return h <= 23 && min <= 59 && sec <= 59;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function isoFromParts(y: number, m: number, d: number): IsoDate | undefined {
  if (m < 1 || m > 12 || d < 1 || y < 1000 || y > 9999) return undefined;
  const leap = m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  if (d > (DAYS_IN_MONTH[m - 1] as number) + (leap ? 1 : 0)) return undefined;
  return `${y}-${m < 10 ? "0" : ""}${m}-${d < 10 ? "0" : ""}${d}`;
}

/** Two digits at `i` as a number, or -1. */
function two(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/**
 * The two shapes nearly every row has, `26.11.2026` and `2026-11-26`, without regular expressions:
 * an ISO date, "" for that shape but not a real date, undefined for any other shape.
 */
function fastDate(s: string): IsoDate | "" | undefined {
  if (s.length !== 10) return undefined;
  let y: number;
  let m: number;
  let d: number;
  if (s.charCodeAt(2) === 46 && s.charCodeAt(5) === 46) {
    d = two(s, 0);
    m = two(s, 3);
    const hi = two(s, 6);
    const lo = two(s, 8);
    if (d < 0 || m < 0 || hi < 0 || lo < 0) return undefined;
    y = hi * 100 + lo;
  } else if (s.charCodeAt(4) === 45 && s.charCodeAt(7) === 45) {
    const hi = two(s, 0);
    const lo = two(s, 2);
    m = two(s, 5);
    d = two(s, 8);
    if (d < 0 || m < 0 || hi < 0 || lo < 0) return undefined;
    y = hi * 100 + lo;
  } else return undefined;
  return isoFromParts(y, m, d) ?? "";
}

export function dateCell(raw: string): CellResult<IsoDate> {
  const d = parseDate(raw);
  return d === undefined ? fail(CELL.text("notDate", { value: quoteCell(raw) })) : ok(d);
}

export interface IsoWeek {
  year: number;
  week: number;
  /** Monday of the week. */
  monday: IsoDate;
}

const WEEK_WORD = "(?:w|wk|week|uke|u|v)";
const YEAR_FIRST = new RegExp(String.raw`^(\d{4})\s*[-/,]?\s*${WEEK_WORD}\s*\.?\s*(\d{1,2})$`, "i");
const WEEK_FIRST = new RegExp(String.raw`^${WEEK_WORD}\s*\.?\s*(\d{1,2})\s*[-/,.]?\s*(\d{4})$`, "i");

/**
 * An ISO week: `2026-W14`, `2026-W4`, `2026W14`, `2026 uke 14`, `uke 14 2026`, `Uke 14/2026`, `W14-2026`.
 * Undefined when the text is not a week with its year or the week does not exist (`2026-W53`).
 */
export function parseIsoWeek(raw: string): IsoWeek | undefined {
  const s = raw.trim();
  let year: number;
  let week: number;
  const a = YEAR_FIRST.exec(s);
  if (a) {
    year = Number(a[1]);
    week = Number(a[2]);
  } else {
    const b = WEEK_FIRST.exec(s);
    if (!b) return undefined;
    week = Number(b[1]);
    year = Number(b[2]);
  }
  const monday = isoWeekMonday(year, week);
  return monday === undefined ? undefined : { year, week, monday };
}

export function weekCell(raw: string): CellResult<IsoWeek> {
  const w = parseIsoWeek(raw);
  if (w) return ok(w);
  if (/^\s*\d{1,2}\s*$/.test(raw)) return fail(CELL.text("weekWithoutYear", { value: quoteCell(raw) }));
  return fail(CELL.text("notWeek", { value: quoteCell(raw) }));
}

// -------------------------------------------------------------------------------------------- numbers

const GROUPED = /^[+-]?\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?$/;
const DOT_GROUPS = /^[+-]?\d{1,3}(?:\.\d{3})+$/;
const COMMA_GROUPS = /^[+-]?\d{1,3}(?:,\d{3})+$/;
const PLAIN = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/**
 * A number written as `7,5`, `7.5`, `-2`, `1 234,5` (space, no-break or narrow no-break space between
 * thousands), `1.234,5` or `1,234.5` (both marks: the last one is the decimal mark). A Unicode minus is
 * accepted. Undefined for anything else (`7,5,1`, `sju`, `1e3`, empty).
 */
export function parseNumber(raw: string): number | undefined {
  let s = raw.trim().replace(/^\u2212/, "-");
  if (s === "") return undefined;
  if (/[ \u00a0\u202f]/.test(s)) {
    if (!GROUPED.test(s)) return undefined;
    s = s.replace(/[ \u00a0\u202f]/g, "");
  }
  const comma = s.lastIndexOf(",");
  const dot = s.lastIndexOf(".");
  if (comma >= 0 && dot >= 0) {
    const decimalAt = Math.max(comma, dot);
    const int = s.slice(0, decimalAt);
    const frac = s.slice(decimalAt + 1);
    if (!(comma > dot ? DOT_GROUPS : COMMA_GROUPS).test(int) || !/^\d+$/.test(frac)) return undefined;
    s = `${int.replace(/[.,]/g, "")}.${frac}`;
  } else if (comma >= 0) {
    if (s.indexOf(",") !== comma) return undefined;
    s = s.replace(",", ".");
  }
  if (!PLAIN.test(s)) return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

export function numberCell(raw: string): CellResult<number> {
  const n = parseNumber(raw);
  return n === undefined ? fail(CELL.text("notNumber", { value: quoteCell(raw) })) : ok(n);
}

/** Hours: a number that is not negative. */
export function hoursCell(raw: string): CellResult<number> {
  const n = parseNumber(raw);
  if (n === undefined) return fail(CELL.text("notHours", { value: quoteCell(raw) }));
  if (n < 0) return fail(CELL.text("negativeHours", { value: quoteCell(raw) }));
  return ok(n);
}

/**
 * Full-time equivalent from a stillingsprosent cell: `50`, `50 %`, `80,0` are percentages, `0,5` a fraction.
 * Without a `%` sign a value ≤ 1 is a fraction and a larger one a percentage; with `%` it is always a
 * percentage. The result must satisfy 0 < fte ≤ 1.
 */
export function parseFte(raw: string): CellResult<number> {
  const s = raw.trim();
  const pct = /^(.*?)\s*%$/.exec(s);
  const n = parseNumber(pct ? (pct[1] as string) : s);
  if (n === undefined) return fail(CELL.text("notPercentage", { value: quoteCell(raw) }));
  const fte = pct || n > 1 ? n / 100 : n;
  if (!(fte > 0 && fte <= 1)) return fail(CELL.text("percentageRange", { value: quoteCell(raw) }));
  return ok(fte);
}

// ------------------------------------------------------------------------------------------ keywords

const TRUE_WORDS = new Set(["ja", "j", "yes", "y", "true", "sann", "1"]);
const FALSE_WORDS = new Set(["nei", "n", "no", "false", "usann", "0"]);

/** `ja/nei`, `yes/no`, `true/false`, `1/0` in any case. */
export function parseBoolean(raw: string): boolean | undefined {
  const f = fold(raw);
  if (TRUE_WORDS.has(f)) return true;
  if (FALSE_WORDS.has(f)) return false;
  return undefined;
}

export function booleanCell(raw: string): CellResult<boolean> {
  const b = parseBoolean(raw);
  return b === undefined ? fail(CELL.text("notBoolean", { value: quoteCell(raw) })) : ok(b);
}

/** Folded keywords per mode. A value is a mode when it equals, or failing that contains, one mode's keywords. */
const MODE_WORDS: ReadonlyArray<readonly [ContactMode, readonly string[]]> = [
  ["in-person", ["oppmote", "ansikttilansikt", "fysisk", "besok", "facetoface", "inperson"]],
  ["phone", ["telefon", "phone", "tlf"]],
  ["video", ["video", "teams"]],
  ["email", ["epost", "email"]],
  ["sms", ["sms"]],
];
const MODE_EXACT = new Map<string, ContactMode>(MODE_WORDS.flatMap(([mode, words]) => words.map((w) => [w, mode])));

/**
 * Contact mode from a kontaktform cell: `oppmøte | ansikt til ansikt | fysisk | besøk | face-to-face |
 * in person` → in-person; `telefon | phone` → phone; `video | teams` → video; `e-post | epost | email` →
 * email; `sms`. Case, æøå, spaces and hyphens do not matter. A longer value that contains the keywords of
 * exactly one mode also maps (`Bedriftsbesøk`, `Teams-møte`, `Telefonsamtale`); one naming two modes
 * (`telefon/sms`) does not.
 */
export function parseContactMode(raw: string): ContactMode | undefined {
  return remember(modeCache, raw, contactModeOf);
}

/**
 * Exports repeat a handful of values a million times: keyword lookups are remembered per exact text
 * (a bounded cache, emptied when full).
 */
function remember<T>(cache: Map<string, T>, raw: string, compute: (raw: string) => T): T {
  const hit = cache.get(raw);
  if (hit !== undefined || cache.has(raw)) return hit as T;
  const value = compute(raw);
  if (cache.size >= 4096) cache.clear();
  cache.set(raw, value);
  return value;
}
const modeCache = new Map<string, ContactMode | undefined>();
const followUpCache = new Map<string, boolean>();
const dischargedCache = new Map<string, boolean>();

function contactModeOf(raw: string): ContactMode | undefined {
  const f = fold(raw);
  if (f === "") return undefined;
  const exact = MODE_EXACT.get(f);
  if (exact) return exact;
  let found: ContactMode | undefined;
  for (const [mode, words] of MODE_WORDS) {
    if (words.some((w) => f.includes(w))) {
      if (found !== undefined) return undefined;
      found = mode;
    }
  }
  return found;
}

export function contactModeCell(raw: string): CellResult<ContactMode> {
  const m = parseContactMode(raw);
  return m === undefined ? fail(CELL.text("unknownContactMode", { value: quoteCell(raw) })) : ok(m);
}

/** True when a formaal/purpose says follow-up of a participant in work (`oppfølging`, `follow-up`). */
export function isFollowUpPurpose(raw: string): boolean {
  return remember(followUpCache, raw, (r) => {
    const f = fold(r);
    return f.includes("oppfolging") || f.includes("followup");
  });
}

/** True when a status says the participant is discharged (`avsluttet`, `discharged`, `utskrevet`). */
export function isDischargedStatus(raw: string): boolean {
  return remember(dischargedCache, raw, (r) => {
    const f = fold(r);
    return f.startsWith("avsluttet") || f.startsWith("discharged") || f.startsWith("utskrevet");
  });
}
