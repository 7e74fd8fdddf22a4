/**
 * Participants in the caseload file (DESIGN.md §4: one row per participant, or one row per job episode when a
 * participant has had several jobs). Shared by the caseload, first-contact, jobs and follow-up rules.
 */
import type { IsoDate } from "../dates.js";
import type { CaseloadRecord } from "../records.js";
import { nameKey, specialistKey } from "./names.js";

/**
 * Active on the reference date D (§5.3): `startdato ≤ D`, `sluttdato` empty or after D, and `status` not
 * `avsluttet`/`discharged`. A row ending ON D is not active on D.
 */
export function isActiveOn(row: Pick<CaseloadRecord, "startDate" | "endDate" | "discharged">, d: IsoDate): boolean {
  return row.startDate <= d && (row.endDate === undefined || row.endDate > d) && !row.discharged;
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

export function enrolments(caseload: readonly CaseloadRecord[]): Enrolment[] {
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
