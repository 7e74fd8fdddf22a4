/**
 * Matching names across files: a specialist in utetid.csv, in the contacts, in the caseload and in team.json,
 * and employers in the contact file and the job rows. Two spellings are the same name when they are equal
 * after Unicode NFC, trimming, collapsing runs of whitespace to one space and lower-casing
 * (`" Kari  Nordmann"` = `"kari nordmann"`). Nothing cleverer: initials or typos are not guessed.
 */

export function nameKey(name: string): string {
  return name.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();
}

/** Same rule for specialists (an alias so the call site says what is matched). */
export const specialistKey = nameKey;

/** Same rule for employer names or organisation numbers. */
export const employerKey = nameKey;
