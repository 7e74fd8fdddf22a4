/**
 * Test builders: records written the way a reader of the CSVs would produce them, with line numbers that
 * count up per file (line 1 is the header, so the first row is line 2).
 *
 * The fixed visit: V = 2026-11-26 (a Thursday), W = 8 weeks.
 *   window  = V−56 … V−1 = 2026-10-01 … 2026-11-25
 *   block 1 = 2026-11-19 … 2026-11-25, block 2 = 11-12 … 11-18, …, block 8 = 10-01 … 10-07
 *   D (reference date) = V−1 = 2026-11-25; flow period = V−365 … V−1 = 2025-11-26 … 2026-11-25
 */
import { addDays, type IsoDate, isoWeekMonday } from "../../../src/core/dates.js";
import {
  type CountingRules,
  type CountingRulesInput,
  countingRules,
} from "../../../src/core/metrics/counting-rules.js";
import { computeTeamMetrics } from "../../../src/core/metrics/index.js";
import type { TeamMetrics } from "../../../src/core/metrics/types.js";
import type {
  CaseloadRecord,
  ContactMode,
  ContactRecord,
  TeamRecords,
  UtetidRecord,
} from "../../../src/core/records.js";
import { type LookbackWindow, lookbackWindow } from "../../../src/core/window.js";

export const V: IsoDate = "2026-11-26";
export const WIN: LookbackWindow = lookbackWindow(V, 8);
export const D: IsoDate = "2026-11-25";

/** V − n days. */
export const vMinus = (n: number): IsoDate => addDays(V, -n);

/** The first day of block b (its earliest date): V − 7b. */
export const blockStart = (b: number): IsoDate => vMinus(7 * b);

const lines = { utetid: 1, contacts: 1, caseload: 1 };
export function resetLines(): void {
  lines.utetid = 1;
  lines.contacts = 1;
  lines.caseload = 1;
}

export function day(
  specialist: string,
  date: IsoDate,
  hoursTotal: number,
  hoursOut: number,
  line = ++lines.utetid,
): UtetidRecord {
  return { source: { file: "utetid.csv", line }, specialist, date, period: "day", hoursTotal, hoursOut };
}

/** A weekly utetid row for ISO week `2026-W45` (stored with date = that week's Monday). */
export function week(
  specialist: string,
  isoWeek: string,
  hoursTotal: number,
  hoursOut: number,
  line = ++lines.utetid,
): UtetidRecord {
  const m = /^(\d{4})-W(\d{2})$/.exec(isoWeek);
  const monday = m ? isoWeekMonday(Number(m[1]), Number(m[2])) : undefined;
  if (!monday) throw new Error(`bad week ${isoWeek}`);
  return { source: { file: "utetid.csv", line }, specialist, date: monday, period: "week", hoursTotal, hoursOut };
}

/** One daily row of 7.5 h (x h out) in every block 1…W for a specialist. */
export function everyBlock(specialist: string, hoursOut = 3, hoursTotal = 7.5, weeks = 8): UtetidRecord[] {
  return Array.from({ length: weeks }, (_, i) => day(specialist, blockStart(i + 1), hoursTotal, hoursOut));
}

export function contact(
  specialist: string,
  date: IsoDate,
  employer = "Rema 1000 Sentrum",
  opts: { mode?: ContactMode; followUp?: boolean; line?: number } = {},
): ContactRecord {
  return {
    source: { file: "arbeidsgiverkontakter.csv", line: opts.line ?? ++lines.contacts },
    specialist,
    date,
    employer,
    mode: opts.mode ?? "in-person",
    followUp: opts.followUp ?? false,
    ...(opts.followUp ? { purpose: "oppfølging" } : {}),
  };
}

/** n in-person contacts for a specialist spread over the given blocks (round robin), each with a distinct employer. */
export function contacts(specialist: string, n: number, blocks: number[] = [1, 2, 3, 4, 5, 6, 7, 8]): ContactRecord[] {
  return Array.from({ length: n }, (_, i) =>
    contact(specialist, blockStart(blocks[i % blocks.length] ?? 1), `Employer ${specialist} ${i}`),
  );
}

export function participant(
  specialist: string,
  id: string,
  startDate: IsoDate,
  opts: Partial<Omit<CaseloadRecord, "source" | "specialist" | "participant" | "startDate">> & { line?: number } = {},
): CaseloadRecord {
  const { line, ...rest } = opts;
  return {
    source: { file: "portefolje.csv", line: line ?? ++lines.caseload },
    specialist,
    participant: id,
    startDate,
    discharged: false,
    ...rest,
  };
}

/** n active participants (started a year ago, no end) for a specialist. */
export function activeParticipants(specialist: string, n: number, opts: { fte?: number } = {}): CaseloadRecord[] {
  return Array.from({ length: n }, (_, i) =>
    participant(specialist, `${specialist}-p${i}`, "2025-06-01", opts.fte !== undefined ? { fte: opts.fte } : {}),
  );
}

export function rules(input: CountingRulesInput = {}): CountingRules {
  return countingRules(input);
}

export function metrics(
  records: TeamRecords,
  opts: { rules?: CountingRulesInput; fte?: Record<string, number>; window?: LookbackWindow } = {},
): TeamMetrics {
  return computeTeamMetrics(records, opts.window ?? WIN, {
    rules: rules(opts.rules),
    ...(opts.fte ? { fte: opts.fte } : {}),
  });
}
