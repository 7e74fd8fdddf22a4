/**
 * Does the data cover the visit's window or period at all? (docs/design.md §4: rows outside the window are not
 * errors; but a file with rows and NONE of them in the window is almost always a wrong visit date or an
 * export from the wrong period, and must not read as a team with 0 contacts or 0 jobs.)
 *
 *  - A dated file (utetid, contacts) covers the window when at least one of its rows is dated in it.
 *  - The caseload covers the flow period (V − flowPeriodDays … V−1) when at least one enrolment
 *    (participants.ts) was in the service during it: started in the period, or started before it and not
 *    ended by its first day (`sluttdato` after that day, or no `sluttdato` and not discharged). A discharged
 *    enrolment without a `sluttdato` cannot be placed in time and covers nothing.
 *
 * Each rule file says what it does with this (employer-contacts.ts, jobs.ts, specialists.ts); here are the
 * tests and the team-level warning that names the file, the window and the dates the rows do span.
 */
import type { IsoDate } from "../dates.js";
import { formatDate, formatDateRange } from "../format.js";
import { both, joinTexts } from "../i18n.js";
import type { CaseloadRecord, SourceRef, TeamRecords } from "../records.js";
import { blockOf, inWindow, type LookbackWindow } from "../window.js";
import { type ContactTally, tallyDates } from "./contact-tally.js";
import { COVERAGE } from "./coverage.messages.js";
import { type Enrolment, enrolments } from "./participants.js";
import type { MetricWarning, Period, WarningCode } from "./types.js";

/** The earliest and latest of some dates; undefined for none. */
export function dateSpan(dates: Iterable<IsoDate>): Period | undefined {
  let from: IsoDate | undefined;
  let to: IsoDate | undefined;
  for (const d of dates) {
    if (from === undefined || d < from) from = d;
    if (to === undefined || d > to) to = d;
  }
  return from === undefined || to === undefined ? undefined : { from, to };
}

/** True when at least one row is dated in the window. */
export function anyInWindow(rows: readonly { date: IsoDate }[] | undefined, window: LookbackWindow): boolean {
  return (rows ?? []).some((r) => inWindow(window, r.date));
}

/** Was this enrolment in the service on some day of the period? (See the header.) */
export function enrolmentInPeriod(e: Pick<Enrolment, "startDate" | "endDate" | "discharged">, p: Period): boolean {
  if (e.startDate > p.to) return false;
  if (e.startDate >= p.from) return true;
  return e.endDate === undefined ? !e.discharged : e.endDate > p.from;
}

/** True when some enrolment of the caseload was in the service during the period. */
export function caseloadCoversPeriod(caseload: readonly CaseloadRecord[] | undefined, p: Period): boolean {
  return enrolments(caseload ?? []).some((e) => enrolmentInPeriod(e, p));
}

/**
 * The warning for a dated file with rows but none in the window, or undefined when some row is in it (or
 * there are no rows). `consequence` is what the metrics then do, appended to the message.
 */
export function outsideWindowWarning(
  code: WarningCode,
  rows: readonly { date: IsoDate; source: SourceRef }[] | undefined,
  window: LookbackWindow,
  consequence?: { nb: string; en: string },
): MetricWarning | undefined {
  const first = rows?.[0];
  if (!first || anyInWindow(rows, window)) return undefined;
  return noRowsInWindowWarning(code, first.source.file, dateSpan((rows ?? []).map((r) => r.date)), window, consequence);
}

/** {@link outsideWindowWarning} for a file known by its name and the span of its dates, none of them in the window. */
export function noRowsInWindowWarning(
  code: WarningCode,
  file: string,
  span: Period | undefined,
  window: LookbackWindow,
  consequence?: { nb: string; en: string },
): MetricWarning | undefined {
  if (!span) return undefined;
  const tail = (lang: "nb" | "en") => (consequence ? ` ${consequence[lang]}` : "");
  return {
    code,
    file,
    message: both((lang) =>
      COVERAGE.in(lang)("noRowsInWindow", {
        file,
        window: formatDateRange(window.from, window.to, lang),
        from: formatDate(span.from, lang),
        to: formatDate(span.to, lang),
        tail: tail(lang),
      }),
    ),
  };
}

/**
 * The warning for a caseload with rows but no enrolment in the flow period, or undefined. The span shown is
 * that of the start dates (and the last end date, when every enrolment has ended).
 */
export function caseloadOutsidePeriodWarning(
  caseload: readonly CaseloadRecord[] | undefined,
  period: Period,
): MetricWarning | undefined {
  const first = caseload?.[0];
  if (!first || caseloadCoversPeriod(caseload, period)) return undefined;
  const list = enrolments(caseload ?? []);
  const starts = dateSpan(list.map((e) => e.startDate));
  if (!starts) return undefined;
  const ends = list.every((e) => e.endDate !== undefined)
    ? dateSpan(list.flatMap((e) => (e.endDate === undefined ? [] : [e.endDate])))
    : undefined;
  const file = first.source.file;
  return {
    code: "caseloadWithoutParticipantsInPeriod",
    file,
    message: both((lang) =>
      COVERAGE.in(lang)("noParticipantsInPeriod", {
        file,
        period: formatDateRange(period.from, period.to, lang),
        from: formatDate(starts.from, lang),
        to: formatDate(starts.to, lang),
        lastEnd: ends ? COVERAGE.in(lang)("lastEnd", { date: formatDate(ends.to, lang) }) : "",
      }),
    ),
  };
}

// ─── Coverage of the window, week by week ────────────────────────────────────────────────────────────────

/** The dated files whose rows fall in the window's weeks. */
export type DatedKind = "utetid" | "contacts";

/**
 * How far one dated file reaches: the first and last date with rows (all rows, in the window or not), and
 * the blocks of the window in which no specialist has any row of it — a **coverage gap**. A gap is the
 * file's, not the team's: it says the export does not reach that week (a visit date after the export's
 * last day, an export started late), not that everyone was away.
 */
export interface FileCoverage {
  kind: DatedKind;
  file: string;
  first?: IsoDate;
  last?: IsoDate;
  /** Rows dated in the window. */
  rowsInWindow: number;
  /** Blocks (1 = the week before the visit) with no row of this file by anyone, ascending. */
  gaps: number[];
}

/** The coverage of one file from the dates of its rows (a weekly utetid row is dated on its week's Monday). */
export function fileCoverage(
  kind: DatedKind,
  file: string,
  dates: Iterable<IsoDate>,
  window: LookbackWindow,
): FileCoverage {
  let first: IsoDate | undefined;
  let last: IsoDate | undefined;
  let rowsInWindow = 0;
  const covered = new Set<number>();
  for (const d of dates) {
    if (first === undefined || d < first) first = d;
    if (last === undefined || d > last) last = d;
    const b = blockOf(window, d);
    if (b === undefined) continue;
    rowsInWindow++;
    covered.add(b);
  }
  const gaps = window.blocks.map((b) => b.index).filter((i) => !covered.has(i));
  return { kind, file, ...(first && { first }), ...(last && { last }), rowsInWindow, gaps };
}

/** Runs of consecutive blocks as date ranges, the earliest first: blocks 8, 7 and 2 → two ranges. */
export function gapPeriods(gaps: readonly number[], window: LookbackWindow): Period[] {
  const byIndex = new Map(window.blocks.map((b) => [b.index, b]));
  const periods: Period[] = [];
  for (const i of [...gaps].sort((a, b) => b - a)) {
    const block = byIndex.get(i);
    if (!block) continue;
    const last = periods[periods.length - 1];
    // Blocks run backwards in time: block i+1 ends the day before block i starts.
    if (last && byIndex.get(i + 1) && gaps.includes(i + 1)) last.to = block.to;
    else periods.push({ from: block.from, to: block.to });
  }
  return periods;
}

/**
 * The warning for a file with rows in the window but whole weeks of it without a row by anyone, e.g.
 * "Utetid dekker 01.10.–11.11.2026; 2 av 8 uker mangler for hele teamet (12.11.–25.11.2026) – stemmer
 * besøksdatoen?". Undefined when every week has rows, or when none does (then {@link outsideWindowWarning}
 * speaks).
 */
export function coverageGapWarning(
  c: FileCoverage,
  window: LookbackWindow,
  consequence: { nb: string; en: string },
): MetricWarning | undefined {
  const nb = coverageHeadline(c, window, "nb");
  const en = coverageHeadline(c, window, "en");
  if (nb === undefined || en === undefined) return undefined;
  return {
    code: "coverageGap",
    file: c.file,
    message: joinTexts([{ nb, en }, consequence]),
  };
}

/**
 * The gap in one sentence, for page 1 of the report and the start of the warning: "Utetid dekker 01.10.2026–
 * 05.11.2026; 2 av 8 uker mangler for hele teamet (12.11.2026–25.11.2026) – stemmer besøksdatoen?". Undefined
 * when every week has rows, or when none does (then {@link outsideWindowWarning} speaks).
 */
export function coverageHeadline(c: FileCoverage, window: LookbackWindow, lang: "nb" | "en"): string | undefined {
  if (c.gaps.length === 0 || c.rowsInWindow === 0 || !c.first || !c.last) return undefined;
  const W = window.weeks;
  const n = c.gaps.length;
  const ranges = gapPeriods(c.gaps, window)
    .map((p) => formatDateRange(p.from, p.to, lang))
    .join(", ");
  const span = formatDateRange(c.first, c.last, lang);
  return COVERAGE.in(lang)(c.kind === "contacts" ? "contactsGap" : "utetidGap", { span, n, weeks: W, ranges });
}

/** A dated file's name and the dates of its rows (each row once). */
export interface DatedFile {
  file: string;
  dates: Iterable<IsoDate>;
}

/**
 * The coverage of the team's utetid and contacts files, and a warning per file with a gap. The employer-contact
 * rate leaves out the utetid gaps (when utetid has rows in the window, so that absence comes from it), so a
 * contacts gap there costs nothing; a contacts gap elsewhere still counts as weeks without contacts.
 * `validate` calls this with the dates it tallied; the metrics with the records (see {@link datedFiles}).
 */
export function windowCoverage(
  files: { utetid?: DatedFile; contacts?: DatedFile },
  window: LookbackWindow,
): { files: FileCoverage[]; warnings: MetricWarning[] } {
  const list: FileCoverage[] = [];
  const warnings: MetricWarning[] = [];
  const add = (c: FileCoverage, consequence: { nb: string; en: string }) => {
    list.push(c);
    const w = coverageGapWarning(c, window, consequence);
    if (w) warnings.push(w);
  };
  let utetidGaps: readonly number[] = [];
  if (files.utetid) {
    const c = fileCoverage("utetid", files.utetid.file, files.utetid.dates, window);
    if (c.rowsInWindow > 0) utetidGaps = c.gaps;
    add(c, COVERAGE.text("utetidGapConsequence"));
  }
  if (files.contacts) {
    const c = fileCoverage("contacts", files.contacts.file, files.contacts.dates, window);
    const stillCounted = c.gaps.filter((b) => !utetidGaps.includes(b)).length;
    add(
      c,
      stillCounted === 0
        ? COVERAGE.text("contactsGapInUtetidToo")
        : COVERAGE.text("contactsGapCounted", { counted: stillCounted, all: stillCounted === c.gaps.length }),
    );
  }
  return { files: list, warnings };
}

/**
 * The team's dated files as {@link windowCoverage} takes them (a file without rows is left out); the contacts
 * as tallied (contact-tally.ts: the in-window dates and the first and last outside the window give the same
 * coverage as every row's date).
 */
export function datedFiles(
  records: Pick<TeamRecords, "utetid">,
  tally: ContactTally | undefined,
): {
  utetid?: DatedFile;
  contacts?: DatedFile;
} {
  const rows = records.utetid;
  const utetid: DatedFile | undefined = rows?.[0]
    ? { file: rows[0].source.file, dates: rows.map((r) => r.date) }
    : undefined;
  const contacts: DatedFile | undefined =
    tally?.file !== undefined ? { file: tally.file, dates: tallyDates(tally) } : undefined;
  return { ...(utetid && { utetid }), ...(contacts && { contacts }) };
}
