/**
 * national-id.ts as it was before the plain-cell fast paths (issue 12): the reference the fast paths are
 * compared against in test/core/national-id-fast.test.ts. Not used by the program.
 */
import type { Text } from "../../src/core/i18n.js";
import { NATIONAL_ID } from "../../src/core/national-id.messages.js";

const W1 = [3, 7, 6, 1, 8, 9, 4, 5, 2, 1] as const;
const W2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1] as const;

export type NationalIdKind = "fnr" | "d-number" | "h-number" | "synthetic";

export interface NationalIdOptions {
  /** Accept the first check digit by the 2032 rule (remainder 0–3). Default true. */
  rule2032?: boolean;
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** The kind of id an exact 11-digit string is, or undefined when it is not a valid id number. */
export function nationalIdKind(digits: string, options: NationalIdOptions = {}): NationalIdKind | undefined {
  if (digits.length !== 11) return undefined;
  const d: number[] = [];
  for (let i = 0; i < 11; i++) {
    const c = digits.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return undefined;
    d.push(c);
  }
  let s1 = 0;
  for (let i = 0; i < 10; i++) s1 += W1[i as 0] * (d[i] as number);
  const r1 = s1 % 11;
  if (!(r1 === 0 || (options.rule2032 !== false && r1 <= 3))) return undefined;
  let s2 = 0;
  for (let i = 0; i < 11; i++) s2 += W2[i as 0] * (d[i] as number);
  if (s2 % 11 !== 0) return undefined;

  let day = (d[0] as number) * 10 + (d[1] as number);
  let month = (d[2] as number) * 10 + (d[3] as number);
  const yy = (d[4] as number) * 10 + (d[5] as number);
  let kind: NationalIdKind = "fnr";
  if (day > 40) {
    day -= 40;
    kind = "d-number";
  }
  if (month > 80) {
    month -= 80;
    kind = "synthetic";
  } else if (month > 40) {
    month -= 40;
    if (kind === "fnr") kind = "h-number";
  }
  if (month < 1 || month > 12 || day < 1) return undefined;
  const max = month === 2 && yy % 4 !== 0 ? 28 : (DAYS_IN_MONTH[month - 1] as number);
  if (day > max) return undefined;
  return kind;
}

export function isNationalIdNumber(digits: string, options?: NationalIdOptions): boolean {
  return nationalIdKind(digits, options) !== undefined;
}

export interface Span {
  start: number;
  end: number;
}

/**
 * Where national id numbers are in text. The number may be written with anything a person or a program puts
 * between digit groups: spaces of any kind, dots, slashes, hyphens and dashes (`010139 12345`,
 * `01.01.39-123 45`, `01/01/39 12345`), invisible or formatting characters (zero-width space, soft hyphen,
 * word joiner, bidi marks), in fullwidth or other Unicode digits, or as a date with a four-digit year plus
 * the personal number (`01.01.2039 12345`). The text is read as NFKC would read it, and formatting
 * characters are skipped, so what a PDF prints (where invisible characters vanish) is what is checked.
 *
 * Digit groups are joined when at most `MAX_GAP` visible separator characters stand between them; every run
 * of whole groups holding 11 digits (or 13 as DDMMYYYY + 5) is checked. A run never starts or ends inside a
 * group, so an 11-digit part of a longer number is not taken for an id.
 */
const MAX_GAP = 3;
/** Character classes: a digit value 0–9, or one of these. */
const SEP = -1;
const INVISIBLE = -2;
const OTHER = -3;

const INVISIBLE_CHAR = /^[\p{Cf}\p{Mn}\p{Me}\u115f\u1160\u3164\uffa0]$/u;
const SEPARATOR_CHAR = /^[\s\p{P}\p{Z}\p{Sm}\p{Cc}]+$/u;
const DECIMAL_DIGIT = /^\p{Nd}$/u;
const classCache = new Map<number, number>();

/** Class of a code point above ASCII (cached: a file uses few of them). */
function classOf(cp: number): number {
  let c = classCache.get(cp);
  if (c !== undefined) return c;
  const ch = String.fromCodePoint(cp);
  const nfkc = ch.normalize("NFKC");
  const d = nfkc.length === 1 ? nfkc.charCodeAt(0) - 48 : -1;
  if (d >= 0 && d <= 9) c = d;
  else if (DECIMAL_DIGIT.test(ch)) {
    // Unicode encodes each script's decimal digits 0–9 in a contiguous run.
    let zero = cp;
    while (zero > 0 && DECIMAL_DIGIT.test(String.fromCodePoint(zero - 1))) zero--;
    c = (cp - zero) % 10;
  } else if (INVISIBLE_CHAR.test(ch)) c = INVISIBLE;
  else if (SEPARATOR_CHAR.test(ch) || (nfkc !== "" && SEPARATOR_CHAR.test(nfkc))) c = SEP;
  else c = OTHER;
  if (classCache.size < 4096) classCache.set(cp, c);
  return c;
}

/** Class of the code point `cp`: ASCII digits and letters directly, everything else through classOf. */
function charClass(cp: number): number {
  if (cp < 128) {
    if (cp >= 48 && cp <= 57) return cp - 48;
    if ((cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122)) return OTHER;
    return SEP;
  }
  return classOf(cp);
}

interface Group {
  start: number;
  end: number;
  digits: string;
}

/** True when `text` cannot hold 11 digits of any kind: plain ASCII with fewer than 11 digits. */
function tooFewDigits(text: string, least: number): boolean {
  if (text.length < least) return true;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return false;
    if (c >= 48 && c <= 57 && ++n >= least) return false;
  }
  return true;
}

/** Runs of digit groups in `text` (see the comment above), each group with its span and its digits. */
function digitRuns(text: string): Group[][] {
  const runs: Group[][] = [];
  let run: Group[] = [];
  let group: Group | undefined;
  let gap = 0;
  const close = () => {
    if (group) run.push(group);
    group = undefined;
  };
  const flush = () => {
    close();
    if (run.length > 0) runs.push(run);
    run = [];
    gap = 0;
  };
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i) as number;
    const width = cp > 0xffff ? 2 : 1;
    const c = charClass(cp);
    if (c >= 0) {
      if (group && gap === 0) {
        group.digits += String.fromCharCode(48 + c);
        group.end = i + width;
      } else {
        close();
        group = { start: i, end: i + width, digits: String.fromCharCode(48 + c) };
      }
      gap = 0;
    } else if (c === SEP) {
      if (group || run.length > 0) {
        close();
        if (++gap > MAX_GAP) flush();
      }
    } else if (c === OTHER) flush();
    // INVISIBLE: skipped, as if it were not there.
    i += width;
  }
  flush();
  return runs;
}

/** `DDMMYYYY` + 5 digits as the 11-digit id it writes (`DDMMYY` + 5), when the 8 digits are such a date. */
function fourDigitYearId(digits: string): string | undefined {
  const century = digits.slice(4, 6);
  if (century !== "18" && century !== "19" && century !== "20") return undefined;
  return digits.slice(0, 4) + digits.slice(6);
}

/** Where national id numbers are in `text` (UTF-16 offsets), without returning the numbers. */
export function nationalIdSpans(text: string, options?: NationalIdOptions): Span[] {
  if (tooFewDigits(text, 11)) return [];
  const spans: Span[] = [];
  for (const run of digitRuns(text)) {
    for (let s = 0; s < run.length; s++) {
      let digits = "";
      let dateEnds = false; // a group ends after 8 digits (DDMMYYYY)
      for (let e = s; e < run.length; e++) {
        const last = run[e] as Group;
        dateEnds ||= digits.length === 8;
        digits += last.digits;
        if (digits.length > 13) break;
        const id =
          digits.length === 11 ? digits : digits.length === 13 && dateEnds ? fourDigitYearId(digits) : undefined;
        if (id !== undefined && isNationalIdNumber(id, options)) {
          spans.push({ start: (run[s] as Group).start, end: last.end });
          s = e; // continue after this id
          break;
        }
      }
    }
  }
  return spans;
}

/** True when a national id number appears anywhere in `text`, in any of the forms above. */
export function containsNationalId(text: string, options?: NationalIdOptions): boolean {
  return nationalIdSpans(text, options).length > 0;
}

/**
 * `text` as compared with ids and numbers: NFKC (fullwidth and other compatibility forms become plain
 * letters and digits, no-break spaces plain spaces), every decimal digit as an ASCII digit, and invisible or
 * formatting characters (zero-width space, soft hyphen, word joiner, bidi marks, combining marks left over)
 * removed. Plain ASCII text is returned as it is.
 */
export function normaliseForMatching(text: string): string {
  let ascii = true;
  for (let i = 0; i < text.length; i++)
    if (text.charCodeAt(i) >= 128) {
      ascii = false;
      break;
    }
  if (ascii) return text;
  const nfkc = text.normalize("NFKC");
  let out = "";
  for (let i = 0; i < nfkc.length; ) {
    const cp = nfkc.codePointAt(i) as number;
    const width = cp > 0xffff ? 2 : 1;
    if (cp < 128) out += nfkc[i];
    else {
      const c = classOf(cp);
      if (c >= 0) out += String.fromCharCode(48 + c);
      else if (c !== INVISIBLE) out += nfkc.slice(i, i + width);
    }
    i += width;
  }
  return out;
}

export const REDACTED_ID = "[id number removed]";

/**
 * `text` with every national id number replaced (in any form, see nationalIdSpans), and every run of ten
 * digits that is an id whose leading 0 was dropped: safe to put into a message.
 */
export function redactNationalIds(text: string, options?: NationalIdOptions): string {
  const spans = nationalIdSpans(text, options);
  let out = text;
  if (spans.length > 0) {
    out = "";
    let at = 0;
    for (const s of spans) {
      out += text.slice(at, s.start) + REDACTED_ID;
      at = s.end;
    }
    out += text.slice(at);
  }
  if (tooFewDigits(out, 10)) return out;
  return out.replace(/(?<!\d)\d{10}(?!\d)/g, (ten) => (isNationalIdNumber(`0${ten}`, options) ? REDACTED_ID : ten));
}

/** The message for a cell holding an id. Deliberately says nothing about the value. */
export const NATIONAL_ID_MESSAGE: Text = NATIONAL_ID.text("nationalId");

/**
 * True when `text` holds a run of exactly ten digits (not touching other digits) that is a national id number
 * once a leading 0 is put back: the id of someone born on the 1st–9th of a month (about 30 % of ids) after
 * Excel read it as a number and dropped the 0. Runs on every cell of a million-row file: a quick test first.
 */
const TEN_DIGITS = /\d{10}/;

export function containsZeroDroppedNationalId(raw: string, options?: NationalIdOptions): boolean {
  if (tooFewDigits(raw, 10)) return false;
  const text = normaliseForMatching(raw);
  if (!TEN_DIGITS.test(text)) return false;
  let run = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : -1;
    if (c >= 48 && c <= 57) run++;
    else {
      if (run === 10 && isNationalIdNumber(`0${text.slice(i - 10, i)}`, options)) return true;
      run = 0;
    }
  }
  return false;
}

/** A whole cell in scientific notation as Excel shows a long number: `1,01019E+10`, `1.01019E+10`, `2E+11`. */
const SCIENTIFIC = /^[+-]?\d+(?:[.,]\d+)?[eE][+-]?\d{1,3}$/;

/**
 * True when the cell is a number in scientific notation. Excel writes an 11-digit id number that way
 * (`1,01019E+10`) when the column is not formatted as text; the digits are lost, so whether it was an id
 * cannot be told, and such a cell is refused in files about participants.
 */
export function isScientificNotation(raw: string): boolean {
  if (raw.length < 3) return false;
  const cell = normaliseForMatching(raw);
  // Cheap tests first: this runs on every cell of a million-row file.
  const s = cell.charCodeAt(0) <= 32 || cell.charCodeAt(cell.length - 1) <= 32 ? cell.trim() : cell;
  const last = s.charCodeAt(s.length - 1);
  if (last < 48 || last > 57 || s.length > 30) return false;
  if (s.indexOf("E") < 0 && s.indexOf("e") < 0) return false;
  return SCIENTIFIC.test(s);
}

export const NATIONAL_ID_ZERO_DROPPED_MESSAGE: Text = NATIONAL_ID.text("zeroDropped");

export const SCIENTIFIC_NOTATION_MESSAGE: Text = NATIONAL_ID.text("scientific");

/**
 * Why a CSV cell must be refused as a (possible) national id number, or undefined: a whole id number in any
 * form (see nationalIdSpans), and what Excel makes of one: a 10-digit number missing its leading 0, and
 * scientific notation. Every file is checked for all three (a utetid file has no use for such numbers either,
 * and its messages would otherwise quote them).
 */
export function idNumberProblem(cell: string): Text | undefined {
  if (cell.length < 3) return undefined;
  if (containsNationalId(cell)) return NATIONAL_ID_MESSAGE;
  if (containsZeroDroppedNationalId(cell)) return NATIONAL_ID_ZERO_DROPPED_MESSAGE;
  if (isScientificNotation(cell)) return SCIENTIFIC_NOTATION_MESSAGE;
  return undefined;
}

/** True when `text` holds an id number in any form, or what Excel makes of one (idNumberProblem). */
export function containsIdNumber(text: string): boolean {
  return idNumberProblem(text) !== undefined;
}
