/**
 * Participants in the caseload file (docs/design.md §4: one row per participant, or one row per job episode when a
 * participant has had several jobs). Shared by the caseload, first-contact, jobs and follow-up rules.
 */
import type { IsoDate } from "../dates.js";
import type { CaseloadRecord } from "../records.js";
import { nameKey, specialistKey } from "./names.js";

/**
 * Active on the reference date D (§5.3): `startdato ≤ D`, `sluttdato` empty or after D, and `status` not
 * `avsluttet`/`discharged`. An enrolment ending ON D is not active on D.
 *
 * Apply it to an {@link Enrolment}, not to a single row: the rows of one enrolment must not disagree (one job
 * row active, another discharged). Metrics ask {@link activeRowsOn}, which does exactly that.
 */
export function isActiveOn(e: Pick<Enrolment, "startDate" | "endDate" | "discharged">, d: IsoDate): boolean {
  return e.startDate <= d && (e.endDate === undefined || e.endDate > d) && !e.discharged;
}

/**
 * One enrolment of one participant: the rows with the same participant id and the same `startdato`.
 * (A participant enrolled twice has two enrolments; several job rows of one enrolment are one.)
 * Dates that should be the same on every row are combined leniently: the earliest first employer contact,
 * the latest `sluttdato`, discharged if any row says so.
 */
export interface Enrolment {
  /** The specialist on the first row. */
  specialist: string;
  specialistKey: string;
  startDate: IsoDate;
  endDate?: IsoDate;
  discharged: boolean;
  firstEmployerContact?: IsoDate;
  rows: CaseloadRecord[];
}

/**
 * The enrolments of a caseload, worked out once per caseload array: several metrics ask for them (caseload,
 * first contact, follow-up, coverage, the active rows), and each used to group every row again.
 */
const enrolmentsOf = new WeakMap<readonly CaseloadRecord[], readonly Enrolment[]>();

export function enrolments(caseload: readonly CaseloadRecord[]): readonly Enrolment[] {
  let list = enrolmentsOf.get(caseload);
  if (!list) {
    list = Object.freeze(groupEnrolments(caseload));
    enrolmentsOf.set(caseload, list);
  }
  return list;
}

function groupEnrolments(caseload: readonly CaseloadRecord[]): Enrolment[] {
  const byKey = new Map<string, Enrolment>();
  for (const r of caseload) {
    const key = `${nameKey(r.participant)}\u0000${r.startDate}`;
    let e = byKey.get(key);
    if (!e) {
      e = {
        specialist: r.specialist,
        specialistKey: specialistKey(r.specialist),
        startDate: r.startDate,
        discharged: false,
        rows: [],
      };
      byKey.set(key, e);
    }
    e.rows.push(r);
    if (r.discharged) e.discharged = true;
    if (r.endDate !== undefined && (e.endDate === undefined || r.endDate > e.endDate)) e.endDate = r.endDate;
    if (
      r.firstEmployerContact !== undefined &&
      (e.firstEmployerContact === undefined || r.firstEmployerContact < e.firstEmployerContact)
    )
      e.firstEmployerContact = r.firstEmployerContact;
  }
  return [...byKey.values()];
}

/**
 * The caseload rows whose enrolment is active on D: the one place "active" is decided (caseload size, the
 * roster, jobs still ongoing). A row counts as active only when its whole enrolment is: with the enrolment's
 * latest `sluttdato`, and discharged if any of its rows says so.
 */
export function activeRowsOn(caseload: readonly CaseloadRecord[], d: IsoDate): ReadonlySet<CaseloadRecord> {
  // The roster, the caseload and the jobs each ask for the same day of the same caseload: worked out once.
  const known = activeOf.get(caseload);
  if (known?.d === d) return known.rows;
  const active = new Set<CaseloadRecord>();
  for (const e of enrolments(caseload)) if (isActiveOn(e, d)) for (const r of e.rows) active.add(r);
  activeOf.set(caseload, { d, rows: active });
  return active;
}

/** The last day asked of each caseload array and its active rows (see activeRowsOn). */
const activeOf = new WeakMap<readonly CaseloadRecord[], { d: IsoDate; rows: ReadonlySet<CaseloadRecord> }>();
