/**
 * Days to first employer contact — rapid job search (docs/design.md §5.3; IPS T4, Kvalitetsveilederen 6).
 *
 * Participants (enrolments: participant id + startdato, see participants.ts) with `startdato` in the
 * `flowPeriodDays` (365) days before V, i.e. V−365 … V−1. For each, as of D = V−1:
 *  - a first employer contact on or before D: days = contact − startdato ("contact"; always counted).
 *    A contact dated before startdato counts as 0 days, with a warning. A contact dated after D is not
 *    known yet on D, so the participant is treated as still waiting.
 *  - no contact, and `sluttdato` on or before D: days = sluttdato − startdato ("leftWithoutOne");
 *  - no contact, still in the service: days = D − startdato ("stillWaiting");
 *  the last two count only when days > `stillWaitingAfterDays` (30): 30 days waiting is not counted, 31 is.
 *  - no contact, discharged by `status` but with no `sluttdato`: the wait cannot be measured; left out
 *    ("unmeasurable", warning given once for the file by index.ts).
 * Mean days = Σ days / counted. If no row of the file has a first-contact date at all, the column is taken
 * as not exported and the metric is missing (rather than everyone "waiting").
 */
import { addDays, daysBetween } from "../dates.js";
import type { CaseloadRecord } from "../records.js";
import type { LookbackWindow } from "../window.js";
import { FIRST_CONTACT } from "./first-contact.messages.js";
import { type Enrolment, enrolments } from "./participants.js";
import { ignore, newRowUse, rowsWarning, sortedLines } from "./rows.js";
import type { CountingRules, FirstContactCase, FirstContactMetric, MetricWarning, Period, RowUse } from "./types.js";

export const FIRST_CONTACT_RULE = FIRST_CONTACT.text("rule");

export function computeFirstContact(
  caseload: readonly CaseloadRecord[] | undefined,
  window: LookbackWindow,
  rules: CountingRules,
  warnings: MetricWarning[],
): FirstContactMetric {
  const use = newRowUse(caseload);
  const d = window.referenceDate;
  const period = { from: addDays(window.visitDate, -rules.flowPeriodDays), to: d };
  const base = emptyMetric(use, period, d);
  if (!caseload) return { ...base, missing: "noFile" };

  const inPeriod = startedInPeriod(caseload, period, use);
  base.participants = inPeriod.length;
  if (inPeriod.length === 0) return { ...base, missing: "noParticipantsInPeriod" };
  if (!caseload.some((r) => r.firstEmployerContact !== undefined)) {
    ignore(
      use,
      "missingValue",
      inPeriod.reduce((a, e) => a + e.rows.length, 0),
    );
    return { ...base, missing: "noFirstContactData" };
  }

  const { lines, early, perSpecialist } = countCases(base, inPeriod, d, rules, use);
  if (early.length > 0) warnings.push(firstContactBeforeStart(early));
  return withTeamValue({
    ...base,
    perSpecialist: [...perSpecialist.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, p]) => ({ ...p, meanDays: p.totalDays / p.counted })),
    lines: sortedLines(lines),
  });
}

/** The metric before anything is counted. */
function emptyMetric(use: RowUse, period: Period, d: string): FirstContactMetric {
  return {
    rule: FIRST_CONTACT_RULE,
    rows: use,
    period,
    referenceDate: d,
    participants: 0,
    withContact: 0,
    stillWaiting: 0,
    leftWithoutOne: 0,
    waitingWithinLimit: 0,
    unmeasurable: 0,
    days: { numerator: 0, denominator: 0 },
    perSpecialist: [],
    cases: [],
    lines: [],
  };
}

/** The participants (enrolments) who started in the period; the rows of the others are ignored as "notInPeriod". */
function startedInPeriod(caseload: readonly CaseloadRecord[], period: Period, use: RowUse): Enrolment[] {
  return enrolments(caseload).filter((e) => {
    const ok = e.startDate >= period.from && e.startDate <= period.to;
    if (!ok) ignore(use, "notInPeriod", e.rows.length);
    return ok;
  });
}

interface SpecialistDays {
  specialist: string;
  counted: number;
  totalDays: number;
}

/**
 * Measure every participant and count them into `base` (cases, tallies, days) and `use`. Returns the counted
 * rows' lines, the rows with a contact before the start (for a warning) and the days per specialist key.
 */
function countCases(
  base: FirstContactMetric,
  inPeriod: readonly Enrolment[],
  d: string,
  rules: CountingRules,
  use: RowUse,
): { lines: number[]; early: CaseloadRecord[]; perSpecialist: Map<string, SpecialistDays> } {
  const lines: number[] = [];
  const early: CaseloadRecord[] = [];
  const perSpecialist = new Map<string, SpecialistDays>();
  for (const e of inPeriod) {
    if (!e.rows[0]) continue;
    const c = firstContactCase(e, d, rules, early);
    if (c === undefined) {
      base.unmeasurable++;
      ignore(use, "missingValue", e.rows.length);
      continue;
    }
    if (c.kind === "contact") base.withContact++;
    base.cases.push(c);
    if (!c.counted) {
      base.waitingWithinLimit++;
      ignore(use, "waitingWithinLimit", e.rows.length);
      continue;
    }
    if (c.kind === "leftWithoutOne") base.leftWithoutOne++;
    if (c.kind === "stillWaiting") base.stillWaiting++;
    use.used += e.rows.length;
    for (const r of e.rows) lines.push(r.source.line);
    base.days.numerator += c.days;
    base.days.denominator++;
    const ps = perSpecialist.get(e.specialistKey) ?? { specialist: e.specialist, counted: 0, totalDays: 0 };
    ps.counted++;
    ps.totalDays += c.days;
    perSpecialist.set(e.specialistKey, ps);
  }
  return { lines, early, perSpecialist };
}

/** The team value (mean days), or "noneToMeasure" when nobody was counted. */
function withTeamValue(metric: FirstContactMetric): FirstContactMetric {
  if (metric.days.denominator === 0) metric.missing = "noneToMeasure";
  else {
    metric.days.value = metric.days.numerator / metric.days.denominator;
    metric.meanDays = metric.days.value;
  }
  return metric;
}

/**
 * One participant who started in the period, measured to the reference date `d`: a first contact by then (days
 * from start, 0 when logged before the start, those rows kept in `early` for a warning); discharged without one
 * (days to the end date); or still waiting (days to `d`). Without a contact, the case counts only past the
 * still-waiting limit. Undefined when it cannot be measured (discharged, no end date).
 */
function firstContactCase(
  e: Enrolment,
  d: string,
  rules: CountingRules,
  early: CaseloadRecord[],
): FirstContactCase | undefined {
  const line = e.rows[0]?.source.line ?? 0;
  const contact =
    e.firstEmployerContact !== undefined && e.firstEmployerContact <= d ? e.firstEmployerContact : undefined;
  if (contact !== undefined) {
    const days = daysBetween(e.startDate, contact);
    if (days < 0) for (const r of e.rows) if (r.firstEmployerContact === contact) early.push(r);
    return { specialist: e.specialist, kind: "contact", days: Math.max(0, days), counted: true, line };
  }
  if (e.endDate !== undefined && e.endDate <= d) {
    const days = daysBetween(e.startDate, e.endDate);
    return {
      specialist: e.specialist,
      kind: "leftWithoutOne",
      days,
      counted: days > rules.stillWaitingAfterDays,
      line,
    };
  }
  if (e.discharged && e.endDate === undefined) return undefined;
  const days = daysBetween(e.startDate, d);
  return { specialist: e.specialist, kind: "stillWaiting", days, counted: days > rules.stillWaitingAfterDays, line };
}

/** Rows whose first employer contact is before the start date: counted as 0 days, and said. */
function firstContactBeforeStart(early: readonly CaseloadRecord[]): MetricWarning {
  return rowsWarning(
    {
      code: "firstContactBeforeStart",
      message: FIRST_CONTACT.text("contactBeforeStart"),
    },
    early.map((r) => r.source),
  );
}
