/**
 * Norwegian national identity numbers (fødselsnummer, D-number, H-number), detected so that they can be
 * refused (DESIGN.md §4 "Personal data"). Nothing here ever returns or formats the number itself: callers
 * learn *that* (and where in a cell) a number is, never *what* it is.
 *
 * An id is 11 digits: DDMMYY (birth date, possibly shifted), a 3-digit individual number and two check
 * digits k1, k2 (mod 11, weights 3 7 6 1 8 9 4 5 2 and 5 4 3 2 7 6 5 4 3 2).
 *  - D-number: first digit + 4 (day + 40).
 *  - H-number (and NAV synthetic test numbers): month + 40. Skatteetaten synthetic test numbers: month + 80.
 *  - From 2032, k1 may take any of four values: the weighted sum including k1 may leave remainder 0–3
 *    (Skatteetaten, "nytt fødselsnummer fra 2032"). k2 is unchanged. Accepted by default.
 */

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

/**
 * Candidates inside free text: 11 digits in a row, or 6 + 5 digits with one space, hyphen or dot between
 * (`DDMMYY NNNNN`), not touching other digits.
 */
const CANDIDATE = /(?<!\d)(\d{6})[ .-]?(\d{5})(?!\d)/g;

export interface Span {
  start: number;
  end: number;
}

/** Where national id numbers are in `text` (character offsets), without returning the numbers. */
export function nationalIdSpans(text: string, options?: NationalIdOptions): Span[] {
  if (text.length < 11) return [];
  const spans: Span[] = [];
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m !== null; m = CANDIDATE.exec(text)) {
    if (isNationalIdNumber(`${m[1]}${m[2]}`, options)) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

/** True when a national id number appears anywhere in `text` (also inside a longer string). */
const SIX_DIGITS = /\d{6}/;

export function containsNationalId(text: string, options?: NationalIdOptions): boolean {
  if (text.length < 11 || !SIX_DIGITS.test(text)) return false;
  return nationalIdSpans(text, options).length > 0;
}

export const REDACTED_ID = "[id number removed]";

/** `text` with every national id number replaced, safe to put into a message. */
export function redactNationalIds(text: string, options?: NationalIdOptions): string {
  const spans = nationalIdSpans(text, options);
  if (spans.length === 0) return text;
  let out = "";
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start) + REDACTED_ID;
    at = s.end;
  }
  return out + text.slice(at);
}

/** The message for a cell holding an id. Deliberately says nothing about the value. */
export const NATIONAL_ID_MESSAGE =
  "value looks like a Norwegian national identity number (fødselsnummer/D-number); " +
  "participant ids must be pseudonyms: remove it (the value is not shown)";

/**
 * True when `text` holds a run of exactly ten digits (not touching other digits) that is a national id number
 * once a leading 0 is put back: the id of someone born on the 1st–9th of a month (about 30 % of ids) after
 * Excel read it as a number and dropped the 0. Runs on every cell of a million-row file: a quick test first.
 */
const TEN_DIGITS = /\d{10}/;

export function containsZeroDroppedNationalId(text: string, options?: NationalIdOptions): boolean {
  if (text.length < 10 || !TEN_DIGITS.test(text)) return false;
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
export function isScientificNotation(cell: string): boolean {
  if (cell.length < 3) return false;
  // Cheap tests first: this runs on every cell of a million-row file.
  const s = cell.charCodeAt(0) <= 32 || cell.charCodeAt(cell.length - 1) <= 32 ? cell.trim() : cell;
  const last = s.charCodeAt(s.length - 1);
  if (last < 48 || last > 57 || s.length > 30) return false;
  if (s.indexOf("E") < 0 && s.indexOf("e") < 0) return false;
  return SCIENTIFIC.test(s);
}

export const NATIONAL_ID_ZERO_DROPPED_MESSAGE =
  "value looks like a Norwegian national identity number (fødselsnummer/D-number) whose leading zero Excel dropped; " +
  "participant ids must be pseudonyms: remove it (the value is not shown)";

export const SCIENTIFIC_NOTATION_MESSAGE =
  "Excel turned a long number into scientific notation (…E+…), which loses its digits; it may be a national " +
  "identity number: participant ids must be pseudonyms. Remove it, or format the column as text before " +
  "exporting (the value is not shown)";

/**
 * Why a CSV cell must be refused as a (possible) national id number, or undefined. Every file is checked for
 * whole id numbers; `participantFile` (caseload and contact files, which are about participants) also
 * refuses what Excel makes of an id: a 10-digit number missing its leading 0, and scientific notation.
 */
export function idNumberProblem(cell: string, participantFile: boolean): string | undefined {
  if (cell.length < 3) return undefined;
  if (cell.length >= 11 && containsNationalId(cell)) return NATIONAL_ID_MESSAGE;
  if (!participantFile) return undefined;
  if (cell.length >= 10 && containsZeroDroppedNationalId(cell)) return NATIONAL_ID_ZERO_DROPPED_MESSAGE;
  if (isScientificNotation(cell)) return SCIENTIFIC_NOTATION_MESSAGE;
  return undefined;
}
