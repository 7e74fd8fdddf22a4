/**
 * Matching names across files: a specialist in utetid.csv, in the contacts, in the caseload and in team.json,
 * and employers in the contact file and the job rows. Two spellings are the same name when they are equal
 * after Unicode NFC, trimming, collapsing runs of whitespace to one space and lower-casing
 * (`" Kari  Nordmann"` = `"kari nordmann"`). Nothing cleverer: initials or typos are not guessed.
 */

// Memo: big files repeat the same few names many times, so each distinct name is folded once. Bounded so a
// file of a million distinct employer names cannot grow it without limit: when full it starts again (before,
// it stopped growing, and every name first seen after that was folded again on every use).
const memo = new Map<string, string>();
const MEMO_MAX = 100_000;

export function nameKey(name: string): string {
  // Most names and ids are plain ASCII with single spaces ("Nora Strand", "D-6194"): only lower-casing is left
  // to do, cheaper than a lookup, and they stay out of the memo (which then holds only the names that need it).
  if (isPlainAscii(name)) return name.toLowerCase();
  let key = memo.get(name);
  if (key === undefined) {
    key = name.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();
    if (memo.size >= MEMO_MAX) memo.clear();
    memo.set(name, key);
  }
  return key;
}

/**
 * ASCII only (so NFC leaves it as it is), no whitespace but single spaces between words (so trimming and
 * collapsing leave it as it is): the key is the name lower-cased.
 */
function isPlainAscii(name: string): boolean {
  let space = true; // a space first is not plain
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c > 127 || (c >= 9 && c <= 13)) return false;
    if (c === 32) {
      if (space) return false;
      space = true;
    } else space = false;
  }
  return !space || name.length === 0;
}

/** Same rule for specialists (an alias so the call site says what is matched). */
export const specialistKey = nameKey;

/** Same rule for employer names or organisation numbers. */
export const employerKey = nameKey;
