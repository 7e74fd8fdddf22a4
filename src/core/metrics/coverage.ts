/**
 * Does the data cover the visit's window or period at all? (DESIGN.md §4: rows outside the window are not
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
import type { CaseloadRecord, SourceRef } from "../records.js";
import { inWindow, type LookbackWindow } from "../window.js";
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
  const span = dateSpan((rows ?? []).map((r) => r.date));
  if (!first || !span || anyInWindow(rows, window)) return undefined;
  const file = first.source.file;
  const tail = (lang: "nb" | "en") => (consequence ? ` ${consequence[lang]}` : "");
  return {
    code,
    file,
    message: {
      nb: `Ingen av radene i ${file} ligger i datavinduet ${formatDateRange(window.from, window.to, "nb")} (radene går fra ${formatDate(span.from, "nb")} til ${formatDate(span.to, "nb")}) – stemmer besøksdatoen?${tail("nb")}`,
      en: `None of the rows in ${file} fall in the data window ${formatDateRange(window.from, window.to, "en")} (the rows run from ${formatDate(span.from, "en")} to ${formatDate(span.to, "en")}) – is the visit date right?${tail("en")}`,
    },
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
  const range = (lang: "nb" | "en") => formatDateRange(period.from, period.to, lang);
  const lastEnd = (lang: "nb" | "en") =>
    ends
      ? lang === "nb"
        ? `, siste sluttdato ${formatDate(ends.to, lang)}`
        : `, last end date ${formatDate(ends.to, lang)}`
      : "";
  return {
    code: "caseloadWithoutParticipantsInPeriod",
    file,
    message: {
      nb: `Ingen av deltakerne i ${file} er i tjenesten i perioden ${range("nb")} (startdatoene går fra ${formatDate(starts.from, "nb")} til ${formatDate(starts.to, "nb")}${lastEnd("nb")}) – stemmer besøksdatoen?`,
      en: `None of the participants in ${file} is in the service during the period ${range("en")} (the start dates run from ${formatDate(starts.from, "en")} to ${formatDate(starts.to, "en")}${lastEnd("en")}) – is the visit date right?`,
    },
  };
}
