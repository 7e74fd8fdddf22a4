/**
 * Employer contacts per specialist per week (docs/design.md §5.2; IPS T6, Kvalitetsveilederen 8).
 *
 * A contact is COUNTED when it is in the window, its mode is one of `countModes` (default in person), it is
 * not a follow-up of a participant in work unless `countFollowUp`, its specialist is on the roster, and it
 * does not fall in one of that specialist's absent blocks.
 *
 *   per_week = counted / present_blocks, ÷ FTE when FTE < 1 and `fteProration` (per full-time equivalent)
 *
 * present_blocks = the W blocks minus the specialist's absent blocks (utetid.ts); all W when there is no
 * utetid data for the window. A roster specialist with no counted contacts has 0 (§5) — when the data
 * covers the window: 0 is a value only if something shows the team working in those weeks.
 *
 * Decision (coverage, coverage.ts): the data COVERS THE WINDOW when the contacts file has at least one row
 * (any mode, purpose or specialist) dated in the window, OR the utetid file has at least one row in the
 * window. Then 0 counted contacts is a real 0 (e.g. utetid rows show the specialists at work, but the file
 * has only phone contacts, only old contacts, or is header-only): every specialist has a rate, 0 → T6 1 /
 * KV8 red. When neither file has a row in the window (a wrong visit date, an export from another period,
 * a header-only file with no utetid), 0 contacts cannot be told from no data: the metric is missing
 * ("noContactDataInWindow"), the specialists keep their counts (all 0) but get no rate, and the item goes to
 * the evaluator. A contacts file with rows but none in the window also gets a team-level warning
 * ("contactsWithoutRowsInWindow") naming the window and the dates the rows span.
 * The metric is also missing without the file, without specialists, or without a single present block.
 *
 * Decision: contacts dated in an absent block are left out of the count (reason "inAbsentBlock", with a
 * warning), so the numerator covers the same weeks as the denominator; counting them would inflate the
 * rate of whoever forgot to log their hours.
 *
 * New vs repeat: an employer is NEW on its first appearance in the whole file (every row, any mode or date,
 * ordered by date then line); a counted contact that is that first appearance is a new-employer contact.
 * Employers are matched by name or org.nr after trimming, case-folding and collapsing spaces. (The file only
 * reaches back as far as the export, so "new" means new within the file.)
 *
 * The contacts come as a tally (contact-tally.ts): the rows in the window, and of the rest only what these
 * rules need (how many, their dates' span, each employer's first appearance), so a file of any size is counted
 * in the memory its window needs.
 */
import type { ContactRecord } from "../records.js";
import type { LookbackWindow } from "../window.js";
import { blockOf } from "../window.js";
import { type ContactTally, isFirstAppearance, tallySpan } from "./contact-tally.js";
import { noRowsInWindowWarning } from "./coverage.js";
import { EMPLOYER_CONTACTS } from "./employer-contacts.messages.js";
import { employerKey, specialistKey } from "./names.js";
import { ignore, mean, pushTo, rowsWarning, sortedLines } from "./rows.js";
import type {
  CountingRules,
  EmployerContactsMetric,
  EmployerContactsSpecialist,
  MetricWarning,
  Roster,
  RowUse,
  UtetidMetric,
} from "./types.js";

export const EMPLOYER_CONTACTS_RULE = EMPLOYER_CONTACTS.text("rule");

export function computeEmployerContacts(
  contacts: ContactTally | undefined,
  window: LookbackWindow,
  roster: Roster,
  utetid: UtetidMetric,
  rules: CountingRules,
  warnings: MetricWarning[],
): EmployerContactsMetric {
  const use: RowUse = {
    file: contacts?.file,
    present: contacts !== undefined,
    read: contacts?.read ?? 0,
    used: 0,
    ignored: {},
  };
  const absenceFromUtetid = roster.basis === "utetid";
  const base: EmployerContactsMetric = {
    rule: EMPLOYER_CONTACTS_RULE,
    rows: use,
    absenceFromUtetid,
    specialists: [],
    specialistsWithRate: 0,
    totalCounted: 0,
    blocks: window.blocks.map((b) => ({ index: b.index, counted: 0 })),
    employers: { distinct: 0, newContacts: 0, repeatContacts: 0 },
  };
  if (!contacts) return { ...base, missing: "noFile" };
  const anyInWindow = contacts.inWindow.length > 0;
  if (contacts.file !== undefined && !anyInWindow) {
    const outside = noRowsInWindowWarning("contactsWithoutRowsInWindow", contacts.file, tallySpan(contacts), window);
    if (outside) warnings.push(outside);
  }
  const covered = anyInWindow || utetid.rows.used > 0;

  const specialists = rosterSpecialists(window, roster, utetid, rules);
  const tally = countContacts(contacts, window, specialists, rules, base);
  warnings.push(...notCountedWarnings(tally, specialists));

  const list = [...specialists.values()];
  for (const s of list) {
    s.lines = sortedLines(s.lines);
    if (covered && s.presentBlocks > 0) s.perWeek = s.counted / s.presentBlocks / (s.prorated ? s.fte : 1);
  }
  const rates = list.flatMap((s) => (s.perWeek === undefined ? [] : [s.perWeek]));
  const metric: EmployerContactsMetric = {
    ...base,
    specialists: list,
    specialistsWithRate: rates.length,
    totalCounted: use.used,
    employers: { ...base.employers, distinct: tally.distinct.size },
  };
  const teamMean = mean(rates);
  if (list.length === 0) metric.missing = "noSpecialists";
  else if (!covered) metric.missing = "noContactDataInWindow";
  else if (teamMean === undefined) metric.missing = "noPresentBlocks";
  if (teamMean !== undefined && metric.missing === undefined) metric.teamMeanPerWeek = teamMean;
  return metric;
}

/**
 * Every roster specialist with nothing counted yet: their absent blocks (from utetid), the blocks the utetid file
 * does not reach at all (a coverage gap: nobody's absence, but nobody's presence is known either, so they leave
 * the rate as absent weeks do), and so the present blocks that divide their count.
 */
function rosterSpecialists(
  window: LookbackWindow,
  roster: Roster,
  utetid: UtetidMetric,
  rules: CountingRules,
): Map<string, EmployerContactsSpecialist> {
  const absenceFromUtetid = roster.basis === "utetid";
  const absent = new Map<string, Set<number>>();
  if (absenceFromUtetid)
    for (const s of utetid.specialists) absent.set(specialistKey(s.specialist), new Set(s.absentBlocks));
  const uncovered = new Set(absenceFromUtetid ? utetid.uncoveredBlocks : []);
  const specialists = new Map<string, EmployerContactsSpecialist>();
  for (const entry of roster.specialists) {
    const absentBlocks = [...(absent.get(entry.key) ?? [])].sort((a, b) => a - b);
    specialists.set(entry.key, {
      specialist: entry.specialist,
      counted: 0,
      presentBlocks: window.weeks - absentBlocks.length - uncovered.size,
      absentBlocks,
      fte: entry.fte,
      fteSource: entry.fteSource,
      prorated: rules.fteProration && entry.fte < 1,
      newEmployerContacts: 0,
      weekly: window.blocks.map((b) => ({
        index: b.index,
        counted: 0,
        absent: absentBlocks.includes(b.index),
        ...(uncovered.has(b.index) ? { uncovered: true as const } : {}),
      })),
      lines: [],
    });
  }
  return specialists;
}

/** What counting left out that the user should hear about, and the distinct employers counted. */
interface NotCounted {
  distinct: Set<string>;
  /** Contacts of specialists not on the roster, by specialist key. */
  offRoster: Map<string, ContactRecord[]>;
  /** Contacts in a specialist's absent blocks, by specialist key. */
  inAbsent: Map<string, ContactRecord[]>;
  /** Contacts in blocks the utetid file does not cover. */
  inUncovered: ContactRecord[];
}

/**
 * The counting rule, row by row: a contact counts when it is in the window, of a counted mode, not a follow-up
 * (unless counted), of a roster specialist, and in a block where that specialist is present. Counted contacts
 * go into the specialist's week and the team's block; every other row is an ignored row with its reason.
 */
function countContacts(
  contacts: ContactTally,
  window: LookbackWindow,
  specialists: Map<string, EmployerContactsSpecialist>,
  rules: CountingRules,
  base: EmployerContactsMetric,
): NotCounted {
  const use = base.rows;
  const modes = new Set(rules.countModes);
  const tally: NotCounted = { distinct: new Set(), offRoster: new Map(), inAbsent: new Map(), inUncovered: [] };
  // Many rows share a date: look each date's block up once.
  const blockByDate = new Map<string, number | undefined>();
  // The rows outside the window were only counted (contact-tally.ts); they are left out where the first of
  // them came in the file, so the reasons keep the order of a row-by-row pass.
  const outside = contacts.outside;
  for (const [i, c] of contacts.inWindow.entries()) {
    if (i === outside.inWindowBefore) ignore(use, "outsideWindow", outside.count);
    let b = blockByDate.get(c.date);
    if (b === undefined && !blockByDate.has(c.date)) {
      b = blockOf(window, c.date);
      blockByDate.set(c.date, b);
    }
    if (b === undefined) continue; // not reached: the tally holds only rows in the window
    if (!modes.has(c.mode)) {
      ignore(use, "modeNotCounted");
      continue;
    }
    if (c.followUp && !rules.countFollowUp) {
      ignore(use, "followUpNotCounted");
      continue;
    }
    const key = specialistKey(c.specialist);
    const s = specialists.get(key);
    if (!s) {
      ignore(use, "specialistNotInWindow");
      pushTo(tally.offRoster, key, c);
      continue;
    }
    const week = s.weekly[b - 1];
    if (week?.uncovered) {
      ignore(use, "inUncoveredBlock");
      tally.inUncovered.push(c);
      continue;
    }
    if (!week || week.absent) {
      ignore(use, "inAbsentBlock");
      pushTo(tally.inAbsent, key, c);
      continue;
    }
    use.used++;
    week.counted++;
    s.counted++;
    s.lines.push(c.source.line);
    const teamBlock = base.blocks[b - 1];
    if (teamBlock) teamBlock.counted++;
    tally.distinct.add(employerKey(c.employer));
    if (isFirstAppearance(contacts, c)) {
      s.newEmployerContacts++;
      base.employers.newContacts++;
    } else base.employers.repeatContacts++;
  }
  if (outside.inWindowBefore >= contacts.inWindow.length) ignore(use, "outsideWindow", outside.count);
  return tally;
}

/** Warnings for contacts that were not counted although they are in the window: off the roster, absent, uncovered. */
function notCountedWarnings(tally: NotCounted, specialists: Map<string, EmployerContactsSpecialist>): MetricWarning[] {
  const warnings: MetricWarning[] = [];
  for (const [, rows] of tally.offRoster) {
    const r = rows[0];
    if (!r) continue;
    warnings.push(
      rowsWarning(
        {
          code: "contactsWithoutUtetid",
          specialist: r.specialist,
          message: EMPLOYER_CONTACTS.text("contactsWithoutUtetid", { contacts: rows.length }),
        },
        rows.map((x) => x.source),
      ),
    );
  }
  for (const [key, rows] of tally.inAbsent) {
    const name = specialists.get(key)?.specialist ?? key;
    warnings.push(
      rowsWarning(
        {
          code: "contactsInAbsentBlocks",
          specialist: name,
          message: EMPLOYER_CONTACTS.text("contactsInAbsentBlocks", { contacts: rows.length }),
        },
        rows.map((x) => x.source),
      ),
    );
  }

  if (tally.inUncovered.length)
    warnings.push(
      rowsWarning(
        {
          code: "contactsInUncoveredBlocks",
          message: EMPLOYER_CONTACTS.text("contactsInUncoveredBlocks", { contacts: tally.inUncovered.length }),
        },
        tally.inUncovered.map((x) => x.source),
      ),
    );
  return warnings;
}
