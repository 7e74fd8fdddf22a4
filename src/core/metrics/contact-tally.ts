/**
 * The employer-contact file as the metrics need it, built row by row: what a contacts file of any size comes
 * down to for one window (docs/design.md §5.2; issue 10, item 6).
 *
 *  - The rows dated IN the window are kept (their lines are the trail of every counted contact, and the
 *    counting rules and the roster that decide which of them count are settled only after all files are read).
 *  - The rows OUTSIDE the window are counted, not kept: how many, their first and last date (coverage and the
 *    "no rows in the window" warning), and how many rows in the window came before the first of them (so the
 *    trail lists the reasons for leaving rows out in the same order as a row-by-row pass).
 *  - Of every row: the first spelling of each specialist (names.ts), the distinct participant ids as written
 *    (participant-ids.ts: free text naming one is refused) and each employer's earliest appearance (date, then
 *    line) — "new employer" means new in the whole file.
 *
 * So the state grows with the rows in the window, the specialists, the employers and the participants — not
 * with the rows of the file. `score` streams its contacts file into one ({@link addContact}); every other path
 * folds its records into one ({@link tallyContacts}), so there is one implementation of the rules on top.
 */
import type { IsoDate } from "../dates.js";
import type { ContactRecord } from "../records.js";
import type { LookbackWindow } from "../window.js";
import { employerKey, specialistKey } from "./names.js";

/** An employer's earliest row in the whole file: by date, then by line. */
export interface FirstAppearance {
  date: IsoDate;
  line: number;
  /** The row itself when it is in the window (only those can be counted); outside it, only its date and line. */
  row?: ContactRecord;
}

export interface ContactTally {
  /** The window the rows were sorted into (the metrics refuse a tally for another one). */
  window: { from: IsoDate; to: IsoDate };
  /** The file of the first row; undefined while there is none. */
  file?: string;
  /** Data rows read. */
  read: number;
  /**
   * The rows dated in the window, in file order, with what the rules read (source, specialist, date, employer,
   * mode, follow-up): not the participant, purpose or team, and each repeated text stored once.
   */
  inWindow: ContactRecord[];
  /** The texts of the rows in the window, each once (bounded by the distinct names, employers and dates). */
  texts: Map<string, string>;
  outside: {
    count: number;
    first?: IsoDate;
    last?: IsoDate;
    /** Rows in the window read before the first row outside it. */
    inWindowBefore: number;
  };
  /** The first spelling of each specialist by key (trimmed, spaces collapsed), in order of first appearance. */
  names: Map<string, string>;
  /** Every participant id as written (the `deltaker` column), each once. */
  participants: Set<string>;
  /** Each employer's earliest row, by employer key. */
  firstAppearance: Map<string, FirstAppearance>;
}

export function newContactTally(window: LookbackWindow): ContactTally {
  return {
    window: { from: window.from, to: window.to },
    read: 0,
    inWindow: [],
    texts: new Map(),
    outside: { count: 0, inWindowBefore: 0 },
    names: new Map(),
    participants: new Set(),
    firstAppearance: new Map(),
  };
}

/** Add one row (in file order). */
export function addContact(tally: ContactTally, c: ContactRecord): void {
  if (tally.read === 0) tally.file = c.source.file;
  tally.read++;
  const w = tally.window;
  const inside = c.date >= w.from && c.date <= w.to;
  let row: ContactRecord | undefined;
  if (inside) {
    const text = (t: string) => {
      const known = tally.texts.get(t);
      if (known !== undefined) return known;
      tally.texts.set(t, t);
      return t;
    };
    row = {
      source: c.source,
      specialist: text(c.specialist),
      date: text(c.date),
      employer: text(c.employer),
      mode: c.mode,
      followUp: c.followUp,
    };
    tally.inWindow.push(row);
  } else {
    const o = tally.outside;
    if (o.count === 0) o.inWindowBefore = tally.inWindow.length;
    o.count++;
    if (o.first === undefined || c.date < o.first) o.first = c.date;
    if (o.last === undefined || c.date > o.last) o.last = c.date;
  }
  const key = specialistKey(c.specialist);
  if (!tally.names.has(key)) tally.names.set(key, c.specialist.trim().replace(/\s+/g, " "));
  if (c.participant !== undefined) tally.participants.add(c.participant);
  const employer = employerKey(c.employer);
  const e = tally.firstAppearance.get(employer);
  if (!e || c.date < e.date || (c.date === e.date && c.source.line < e.line))
    tally.firstAppearance.set(employer, { date: c.date, line: c.source.line, ...(row && { row }) });
}

/** The tally of records already in memory. */
export function tallyContacts(contacts: readonly ContactRecord[], window: LookbackWindow): ContactTally {
  const tally = newContactTally(window);
  for (const c of contacts) addContact(tally, c);
  return tally;
}

/** True when the tally was built for this window. */
export function tallyFits(tally: ContactTally, window: LookbackWindow): boolean {
  return tally.window.from === window.from && tally.window.to === window.to;
}

/** True when this in-window row is its employer's first appearance in the whole file. */
export function isFirstAppearance(tally: ContactTally, c: ContactRecord): boolean {
  return tally.firstAppearance.get(employerKey(c.employer))?.row === c;
}

/** The dates the coverage needs: every in-window row's, and the first and last outside the window. */
export function* tallyDates(tally: ContactTally): Iterable<IsoDate> {
  if (tally.outside.first !== undefined) yield tally.outside.first;
  if (tally.outside.last !== undefined && tally.outside.last !== tally.outside.first) yield tally.outside.last;
  for (const c of tally.inWindow) yield c.date;
}

/** The earliest and latest date of all rows; undefined without rows. */
export function tallySpan(tally: ContactTally): { from: IsoDate; to: IsoDate } | undefined {
  let from = tally.outside.first;
  let to = tally.outside.last;
  for (const c of tally.inWindow) {
    if (from === undefined || c.date < from) from = c.date;
    if (to === undefined || c.date > to) to = c.date;
  }
  return from === undefined || to === undefined ? undefined : { from, to };
}

/**
 * The team's contacts as a tally: the one streamed by `score` (for this window), else one folded from the
 * records; undefined without a contacts file.
 */
export function contactTallyOf(
  records: { contacts?: readonly ContactRecord[]; contactTally?: ContactTally },
  window: LookbackWindow,
): ContactTally | undefined {
  if (records.contactTally) {
    if (!tallyFits(records.contactTally, window))
      throw new Error(
        `the contacts were tallied for ${records.contactTally.window.from}…${records.contactTally.window.to}, not ${window.from}…${window.to}`,
      );
    return records.contactTally;
  }
  return records.contacts && tallyContacts(records.contacts, window);
}
