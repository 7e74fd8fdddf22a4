/**
 * Utetid — share of working time spent outside the office (docs/design.md §5.1; IPS T13, Kvalitetsveilederen 3).
 *
 * Per specialist: pct_out = Σ timer_ute / Σ timer_totalt × 100 over their rows in the window. A weekly row
 * (`uke`, stored with `date` = that ISO week's Monday) counts in the block that contains its Monday, like a
 * daily row counts in the block containing its date; a week whose Monday lies before the window is outside.
 *
 * Absent block: a block in which the specialist logged 0 total hours — whether they wrote rows of 0 hours
 * or wrote no rows at all for that block — while someone on the team has rows in it. A block in which NO
 * specialist has a row is a coverage gap (coverage.ts): the export does not reach that week, which says
 * nothing about who was away, so it is nobody's absent block. It is left out of utetid (no hours) and, like
 * an absent block, of the employer-contact rate (`uncoveredBlocks`), so numerator and denominator still
 * cover the same weeks. Decision: a week with no rows is a week not logged (holiday,
 * leave, or simply not registered); counting it as present would punish the specialist's contact rate for
 * missing paperwork. Absent blocks leave the employer-contact denominator (employer-contacts.ts).
 *
 * Team value (what the items use): the mean of the specialists' percentages, over specialists with hours.
 * The pooled Σ/Σ and each block's pooled percentage are given for the report's charts.
 *
 * Implausible hours: more than 16 hours logged on one day (daily rows of that date, summed) or more than 80 in
 * one week (weekly rows of that ISO week, summed) give a warning naming the rows. The reader has already
 * refused any row over 24 h a day or 168 h a week (row-schemas.ts); below that, a long day is possible, so
 * the hours count, but the evaluator should check them.
 */
import { isoWeekOf, toDay } from "../dates.js";
import type { SourceRef, UtetidRecord } from "../records.js";
import type { LookbackWindow } from "../window.js";
import { blockOf } from "../window.js";
import { specialistKey } from "./names.js";
import { ignore, mean, newRowUse, rowsWarning, sortedLines } from "./rows.js";
import type { MetricWarning, Roster, UtetidBlock, UtetidMetric, UtetidSpecialist } from "./types.js";
import { UTETID } from "./utetid.messages.js";

export const UTETID_RULE = UTETID.text("rule");

const pctOf = (out: number, total: number) => (total > 0 ? (out / total) * 100 : undefined);

/** More hours than this on one day, or in one week, is possible but worth checking: a warning. */
export const PLAUSIBLE_HOURS_PER_DAY = 16;
export const PLAUSIBLE_HOURS_PER_WEEK = 80;

/** The hours a specialist logged for one day (daily rows) or one ISO week (weekly rows), and the rows. */
interface PeriodHours {
  period: UtetidRecord["period"];
  date: string;
  hours: number;
  sources: SourceRef[];
}

function implausibleHoursWarning(specialist: string, p: PeriodHours): MetricWarning | undefined {
  const day = p.period === "day";
  const limit = day ? PLAUSIBLE_HOURS_PER_DAY : PLAUSIBLE_HOURS_PER_WEEK;
  if (!(p.hours > limit + 1e-9)) return undefined;
  const { year, week } = isoWeekOf(toDay(p.date));
  return rowsWarning(
    {
      code: "implausibleHours",
      specialist,
      message: UTETID.text("implausibleHours", {
        hours: p.hours,
        day,
        date: p.date,
        year,
        week,
        rows: p.sources.length > 1,
      }),
    },
    p.sources,
  );
}

export function computeUtetid(
  rows: readonly UtetidRecord[] | undefined,
  window: LookbackWindow,
  roster: Roster,
  warnings: MetricWarning[],
): UtetidMetric {
  const use = newRowUse(rows);
  const base: UtetidMetric = {
    rule: UTETID_RULE,
    rows: use,
    uncoveredBlocks: [],
    specialists: [],
    specialistsWithHours: 0,
    pooled: { numerator: 0, denominator: 0 },
    blocks: window.blocks.map((b) => ({ index: b.index, hoursOut: 0, hoursTotal: 0 })),
  };
  if (!rows) return { ...base, missing: "noFile" };

  const per = hoursPerSpecialist(rows, window, use);
  if (use.used === 0) return { ...base, missing: "noRowsInWindow" };
  const covered = new Set<number>();
  for (const s of per.values()) for (const b of s.blocks) if (b.rows > 0) covered.add(b.index);
  const uncoveredBlocks = window.blocks.map((b) => b.index).filter((i) => !covered.has(i));

  // The roster is built from these same rows when basis = "utetid", so every key in `per` is on it.
  const specialists: UtetidSpecialist[] = [];
  for (const entry of roster.basis === "utetid" ? roster.specialists : []) {
    const s = per.get(entry.key) ?? emptyHours(window);
    const sp = specialistShare(entry.specialist, s, covered);
    warnings.push(...specialistWarnings(entry, sp, s, rows, window, use.file ?? ""));
    specialists.push(sp);
  }
  return teamUtetid(base, window, specialists, uncoveredBlocks);
}

/** One specialist's rows in the window: hours per block, the rows' lines, and hours per logged day or week. */
interface SpecialistHours {
  blocks: UtetidBlock[];
  lines: number[];
  day: boolean;
  week: boolean;
  periods: Map<string, PeriodHours>;
}

function emptyHours(window: LookbackWindow): SpecialistHours {
  return {
    blocks: window.blocks.map(
      (b): UtetidBlock => ({ index: b.index, hoursOut: 0, hoursTotal: 0, absent: true, rows: 0 }),
    ),
    lines: [],
    day: false,
    week: false,
    periods: new Map(),
  };
}

/** The rows in the window added up per specialist key and block; rows outside it are ignored rows. */
function hoursPerSpecialist(
  rows: readonly UtetidRecord[],
  window: LookbackWindow,
  use: UtetidMetric["rows"],
): Map<string, SpecialistHours> {
  const per = new Map<string, SpecialistHours>();
  for (const r of rows) {
    const b = blockOf(window, r.date);
    if (b === undefined) {
      ignore(use, "outsideWindow");
      continue;
    }
    use.used++;
    const key = specialistKey(r.specialist);
    let s = per.get(key);
    if (!s) {
      s = emptyHours(window);
      per.set(key, s);
    }
    const block = s.blocks[b - 1];
    if (block) {
      block.hoursOut += r.hoursOut;
      block.hoursTotal += r.hoursTotal;
      block.rows++;
    }
    s.lines.push(r.source.line);
    const periodKey = `${r.period} ${r.date}`;
    const hours = s.periods.get(periodKey);
    if (hours) {
      hours.hours += r.hoursTotal;
      hours.sources.push(r.source);
    } else s.periods.set(periodKey, { period: r.period, date: r.date, hours: r.hoursTotal, sources: [r.source] });
    if (r.period === "day") s.day = true;
    else s.week = true;
  }
  return per;
}

/**
 * A specialist's share of time out: hours out / hours in total over the window. A covered block with no hours is
 * an absent block; a block nobody has rows in is uncovered (a gap in the file, not an absence).
 */
function specialistShare(specialist: string, s: SpecialistHours, covered: ReadonlySet<number>): UtetidSpecialist {
  let out = 0;
  let total = 0;
  const absentBlocks: number[] = [];
  for (const block of s.blocks) {
    block.absent = covered.has(block.index) && !(block.hoursTotal > 0);
    if (!covered.has(block.index)) block.uncovered = true;
    const p = pctOf(block.hoursOut, block.hoursTotal);
    if (p !== undefined) block.pct = p;
    if (block.absent) absentBlocks.push(block.index);
    out += block.hoursOut;
    total += block.hoursTotal;
  }
  const sp: UtetidSpecialist = {
    specialist,
    hoursOut: out,
    hoursTotal: total,
    blocks: s.blocks,
    absentBlocks,
    lines: sortedLines(s.lines),
  };
  const p = pctOf(out, total);
  if (p !== undefined) sp.pct = p;
  return sp;
}

/** No hours at all in the window, daily and weekly rows mixed, implausible hours in a day or week. */
function specialistWarnings(
  entry: Roster["specialists"][number],
  sp: UtetidSpecialist,
  s: SpecialistHours,
  rows: readonly UtetidRecord[],
  window: LookbackWindow,
  file: string,
): MetricWarning[] {
  const warnings: MetricWarning[] = [];
  const W = window.weeks;
  if (sp.pct === undefined)
    warnings.push(
      rowsWarning(
        {
          code: "noHoursInWindow",
          specialist: entry.specialist,
          message: UTETID.text("noHoursInWindow", { weeks: W }),
        },
        rows.filter((r) => specialistKey(r.specialist) === entry.key && blockOf(window, r.date)).map((r) => r.source),
      ),
    );
  if (s.day && s.week)
    warnings.push(
      rowsWarning(
        {
          code: "dailyAndWeeklyRows",
          specialist: entry.specialist,
          message: UTETID.text("dailyAndWeeklyRows"),
        },
        s.lines.map((line) => ({ file, line })),
      ),
    );
  const periods = [...s.periods.values()].sort((a, b) =>
    a.date === b.date ? a.period.localeCompare(b.period) : a.date < b.date ? -1 : 1,
  );
  for (const p of periods) {
    const w = implausibleHoursWarning(entry.specialist, p);
    if (w) warnings.push(w);
  }
  return warnings;
}

/** The team's value (the mean of the specialists' shares), the pooled share and the hours per block. */
function teamUtetid(
  base: UtetidMetric,
  window: LookbackWindow,
  specialists: UtetidSpecialist[],
  uncoveredBlocks: number[],
): UtetidMetric {
  const pcts = specialists.flatMap((s) => (s.pct === undefined ? [] : [s.pct]));
  const pooledOut = specialists.reduce((a, s) => a + s.hoursOut, 0);
  const pooledTotal = specialists.reduce((a, s) => a + s.hoursTotal, 0);
  const blocks = window.blocks.map((b, i) => {
    const hoursOut = specialists.reduce((a, s) => a + (s.blocks[i]?.hoursOut ?? 0), 0);
    const hoursTotal = specialists.reduce((a, s) => a + (s.blocks[i]?.hoursTotal ?? 0), 0);
    const pct = pctOf(hoursOut, hoursTotal);
    return { index: b.index, hoursOut, hoursTotal, ...(pct === undefined ? {} : { pct }) };
  });
  const pooledPct = pctOf(pooledOut, pooledTotal);
  const teamMeanPct = mean(pcts);
  const metric: UtetidMetric = {
    ...base,
    uncoveredBlocks,
    specialists,
    specialistsWithHours: pcts.length,
    pooled: {
      numerator: pooledOut,
      denominator: pooledTotal,
      ...(pooledPct === undefined ? {} : { value: pooledPct }),
    },
    blocks,
  };
  if (teamMeanPct === undefined) metric.missing = "noHoursLogged";
  else metric.teamMeanPct = teamMeanPct;
  return metric;
}
