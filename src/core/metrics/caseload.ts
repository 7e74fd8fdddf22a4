/**
 * Caseload size on the reference date D = V−1 (docs/design.md §5.3; IPS B1, Kvalitetsveilederen 2).
 *
 * Active on D: see `isActiveOn` (participants.ts), decided per enrolment (participant + `startdato`) by
 * `activeRowsOn`, so the job rows of one enrolment are all active or none is — the same merged enrolment
 * T4 and KV10 use (latest `sluttdato`, discharged if any row says so). A participant is counted once per
 * specialist however many job rows they have (matched by participant id). Team ratio = Σ active / Σ FTE
 * over the roster specialists (a roster specialist with no active participants adds 0 participants and
 * their FTE) plus any specialist with active participants who is not on the roster (Roster.caseloadOnly,
 * with a warning).
 * Per specialist: active / FTE. With `fteProration` off, every specialist counts as 1.0.
 */
import type { CaseloadRecord } from "../records.js";
import type { LookbackWindow } from "../window.js";
import { CASELOAD } from "./caseload.messages.js";
import { nameKey, specialistKey } from "./names.js";
import { activeRowsOn } from "./participants.js";
import { ignore, newRowUse, pushTo, rowsWarning, sortedLines } from "./rows.js";
import type { CaseloadMetric, CaseloadSpecialist, CountingRules, MetricWarning, Roster } from "./types.js";

export const CASELOAD_RULE = CASELOAD.text("rule");

export function computeCaseload(
  caseload: readonly CaseloadRecord[] | undefined,
  window: LookbackWindow,
  roster: Roster,
  rules: CountingRules,
  warnings: MetricWarning[],
): CaseloadMetric {
  const use = newRowUse(caseload);
  const d = window.referenceDate;
  const base: CaseloadMetric = {
    rule: CASELOAD_RULE,
    rows: use,
    referenceDate: d,
    specialists: [],
    totalActive: 0,
    totalFte: 0,
  };
  if (!caseload) return { ...base, missing: "noFile" };

  const { active, underSpecialists } = activeBySpecialist(caseload, d, use);
  warnings.push(...severalSpecialistsWarnings(underSpecialists));
  const specialists = specialistCaseloads(roster, active, rules, base);
  const metric: CaseloadMetric = { ...base, specialists };
  if (specialists.length === 0 && active.size === 0) metric.missing = "noActiveParticipants";
  else if (specialists.length === 0) metric.missing = "noSpecialists";
  else if (metric.totalActive === 0) metric.missing = "noActiveParticipants";
  else metric.teamPerFte = metric.totalActive / metric.totalFte;
  return metric;
}

/**
 * Who is active on `d`: `active` is specialist key → participant key → the row that made them active;
 * `underSpecialists` is participant key → those rows, in file order. Each row's use is counted.
 */
function activeBySpecialist(
  caseload: readonly CaseloadRecord[],
  d: LookbackWindow["referenceDate"],
  use: CaseloadMetric["rows"],
) {
  const active = new Map<string, Map<string, CaseloadRecord>>();
  const underSpecialists = new Map<string, CaseloadRecord[]>();
  const activeRows = activeRowsOn(caseload, d);
  for (const r of caseload) {
    if (!activeRows.has(r)) {
      ignore(use, "notActive");
      continue;
    }
    const sk = specialistKey(r.specialist);
    const pk = nameKey(r.participant);
    let ps = active.get(sk);
    if (!ps) {
      ps = new Map();
      active.set(sk, ps);
    }
    if (ps.has(pk)) {
      ignore(use, "sameParticipant");
      continue;
    }
    ps.set(pk, r);
    use.used++;
    pushTo(underSpecialists, pk, r);
  }
  return { active, underSpecialists };
}

/** A participant active under several specialists is counted for each: a warning says so. */
function severalSpecialistsWarnings(underSpecialists: ReadonlyMap<string, CaseloadRecord[]>): MetricWarning[] {
  const out: MetricWarning[] = [];
  for (const rows of underSpecialists.values())
    if (rows.length > 1)
      out.push(
        rowsWarning(
          {
            code: "participantUnderSeveralSpecialists",
            message: CASELOAD.text("participantUnderSeveralSpecialists", { specialists: rows.length }),
          },
          rows.map((r) => r.source),
        ),
      );
  return out;
}

/** Each specialist's active participants and their count per FTE: the roster, then those only in the caseload. */
function specialistCaseloads(
  roster: Roster,
  active: ReadonlyMap<string, ReadonlyMap<string, CaseloadRecord>>,
  rules: CountingRules,
  totals: Pick<CaseloadMetric, "totalActive" | "totalFte">,
): CaseloadSpecialist[] {
  const specialists: CaseloadSpecialist[] = [];
  const entries = [
    ...roster.specialists.map((e) => ({ e, onRoster: true })),
    ...roster.caseloadOnly.map((e) => ({ e, onRoster: false })),
  ];
  for (const { e, onRoster } of entries) {
    const ps = active.get(e.key);
    const n = ps?.size ?? 0;
    const divisor = rules.fteProration ? e.fte : 1;
    specialists.push({
      specialist: e.specialist,
      active: n,
      fte: e.fte,
      fteSource: e.fteSource,
      perFte: n / divisor,
      onRoster,
      lines: sortedLines([...(ps?.values() ?? [])].map((r) => r.source.line)),
    });
    totals.totalActive += n;
    totals.totalFte += divisor;
  }
  return specialists;
}
