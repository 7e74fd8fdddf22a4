/**
 * Who counts as a specialist in the window (docs/design.md §5), and their FTE.
 *
 *  - When the utetid file has rows in the window: the specialists with utetid rows in the window (even rows
 *    of 0 hours). A specialist who appears only in the contacts or the caseload is then NOT on the roster:
 *    their contacts are left out (a warning says so), but their active participants still count in the
 *    caseload ratio (listed as `caseloadOnly`, with a warning), because leaving real participants out would
 *    make the caseload look smaller than it is.
 *  - Otherwise: those with a contact in the window (any mode) or an active participant on D = V−1.
 *    Decision: a utetid file whose rows all fall outside the window is treated like no utetid file (with a
 *    warning naming the window and the dates the rows span, coverage.ts), so a wrongly dated export does not
 *    throw every data item to the evaluator. It does not make contacts count as 0 either: without utetid or
 *    contact rows in the window the contacts metric is missing (employer-contacts.ts).
 */
import type { TeamRecords } from "../records.js";
import { inWindow, type LookbackWindow } from "../window.js";
import type { ContactTally } from "./contact-tally.js";
import { outsideWindowWarning } from "./coverage.js";
import type { ResolvedFte } from "./fte.js";
import { specialistKey } from "./names.js";
import { activeRowsOn } from "./participants.js";
import { SPECIALISTS } from "./specialists.messages.js";
import type { MetricWarning, Roster, RosterEntry } from "./types.js";

/** The first spelling of every specialist in the data, by key: utetid first, then contacts, then caseload. */
export function specialistNames(records: TeamRecords, contacts: ContactTally | undefined): Map<string, string> {
  const names = new Map<string, string>();
  const add = (rows: readonly { specialist: string }[] | undefined) => {
    for (const r of rows ?? []) {
      const key = specialistKey(r.specialist);
      if (!names.has(key)) names.set(key, r.specialist.trim().replace(/\s+/g, " "));
    }
  };
  add(records.utetid);
  for (const [key, name] of contacts?.names ?? []) if (!names.has(key)) names.set(key, name);
  add(records.caseload);
  return names;
}

export function buildRoster(
  records: TeamRecords,
  contacts: ContactTally | undefined,
  window: LookbackWindow,
  names: ReadonlyMap<string, string>,
  fte: ReadonlyMap<string, ResolvedFte>,
  warnings: MetricWarning[],
): Roster {
  const reasons = new Map<string, Set<RosterEntry["reasons"][number]>>();
  const add = (key: string, reason: RosterEntry["reasons"][number]) => {
    let set = reasons.get(key);
    if (!set) {
      set = new Set();
      reasons.set(key, set);
    }
    set.add(reason);
  };

  const d = window.referenceDate;
  const utetidInWindow = (records.utetid ?? []).filter((r) => inWindow(window, r.date));
  const activeRows = activeRowsOn(records.caseload ?? [], d);
  const activeKeys = new Set(
    (records.caseload ?? []).filter((r) => activeRows.has(r)).map((r) => specialistKey(r.specialist)),
  );

  let basis: Roster["basis"];
  if (utetidInWindow.length > 0) {
    basis = "utetid";
    for (const r of utetidInWindow) add(specialistKey(r.specialist), "utetidInWindow");
  } else {
    // "Every week present" matters only when contacts in the window are counted (employer-contacts.ts).
    const present = (contacts?.inWindow.length ?? 0) > 0;
    const outside = outsideWindowWarning(
      "utetidWithoutRowsInWindow",
      records.utetid,
      window,
      SPECIALISTS.text("fromContactsAndCaseload", { everyWeekPresent: present }),
    );
    if (outside) warnings.push(outside);
    for (const r of contacts?.inWindow ?? []) add(specialistKey(r.specialist), "contactInWindow");
    for (const key of activeKeys) add(key, "activeParticipant");
    basis = reasons.size > 0 ? "contactsOrCaseload" : "none";
  }
  if (basis === "utetid") {
    for (const r of contacts?.inWindow ?? [])
      if (reasons.has(specialistKey(r.specialist))) add(specialistKey(r.specialist), "contactInWindow");
    for (const key of activeKeys) if (reasons.has(key)) add(key, "activeParticipant");
  }

  const entry = (key: string, why: RosterEntry["reasons"]): RosterEntry => {
    const f = fte.get(key) ?? { fte: 1, source: "default" as const };
    return { specialist: names.get(key) ?? key, key, fte: f.fte, fteSource: f.source, reasons: why };
  };
  const specialists = [...reasons.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, why]) => entry(key, [...why]));

  const caseloadOnly: RosterEntry[] = [];
  if (basis === "utetid")
    for (const key of [...activeKeys].sort())
      if (!reasons.has(key)) {
        const e = entry(key, ["activeParticipant"]);
        caseloadOnly.push(e);
        const rows = (records.caseload ?? []).filter((r) => specialistKey(r.specialist) === key && activeRows.has(r));
        const lines = rows.map((r) => r.source.line);
        warnings.push({
          code: "caseloadWithoutUtetid",
          specialist: e.specialist,
          ...(rows[0] ? { file: rows[0].source.file, line: rows[0].source.line } : {}),
          ...(lines.length > 1 ? { lines } : {}),
          message: SPECIALISTS.text("caseloadWithoutUtetid"),
        });
      }

  return { basis, specialists, caseloadOnly };
}
