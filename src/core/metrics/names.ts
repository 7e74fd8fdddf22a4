/**
 * Matching names across files: a specialist in utetid.csv, in the contacts, in the caseload and in team.json,
 * and employers in the contact file and the job rows. Two spellings are the same name when they are equal
 * after Unicode NFC, trimming, collapsing runs of whitespace to one space and lower-casing
 * (`" Kari  Nordmann"` = `"kari nordmann"`). Nothing cleverer: initials or typos are not guessed.
 */

// Memo: big files repeat the same few names many times. Bounded so a file of a million distinct employer
// names cannot grow it without limit (past the bound, keys are simply computed again).
const memo = new Map<string, string>();
const MEMO_MAX = 100_000;

export function nameKey(name: string): string {
  let key = memo.get(name);
  if (key === undefined) {
    key = name.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();
    if (memo.size < MEMO_MAX) memo.set(name, key);
  }
  return key;
}

/** Same rule for specialists (an alias so the call site says what is matched). */
export const specialistKey = nameKey;

/** Same rule for employer names or organisation numbers. */
export const employerKey = nameKey;
