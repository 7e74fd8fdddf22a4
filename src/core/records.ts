/**
 * The three record kinds a team exports (docs/design.md §4), after a CSV row has been read and typed.
 * Every record keeps the line it came from, so every figure can be traced back to its rows.
 */
import type { IsoDate } from "./dates.js";
import type { ContactTally } from "./metrics/contact-tally.js";

export const CONTACT_MODES = ["in-person", "phone", "video", "email", "sms"] as const;
export type ContactMode = (typeof CONTACT_MODES)[number];

export interface SourceRef {
  /** File name as the user gave it (no folders beyond what they passed). */
  file: string;
  /** 1-based line in the file where the row starts. */
  line: number;
}

/** One specialist's hours on one day, or in one ISO week (`period: "week"`, `date` = that week's Monday). */
export interface UtetidRecord {
  source: SourceRef;
  team?: string;
  specialist: string;
  date: IsoDate;
  period: "day" | "week";
  hoursTotal: number;
  hoursOut: number;
}

/** One employer contact. */
export interface ContactRecord {
  source: SourceRef;
  team?: string;
  specialist: string;
  date: IsoDate;
  /** Employer name or organisation number, as written. */
  employer: string;
  mode: ContactMode;
  /** Purpose as written (`formaal`), if given. */
  purpose?: string;
  /** True when the purpose is follow-up of a participant already in work (`oppfølging` / `follow-up`). */
  followUp: boolean;
  participant?: string;
}

/** One participant on a specialist's caseload (one row per job episode when there are several jobs). */
export interface CaseloadRecord {
  source: SourceRef;
  team?: string;
  specialist: string;
  /** A pseudonym, never a national id number. Never printed in a report. */
  participant: string;
  startDate: IsoDate;
  /** Full-time equivalent as a fraction (0.5 = 50 %). */
  fte?: number;
  endDate?: IsoDate;
  /** True when `status` says the participant is discharged (`avsluttet`/`discharged`). */
  discharged: boolean;
  status?: string;
  firstEmployerContact?: IsoDate;
  jobStart?: IsoDate;
  jobEnd?: IsoDate;
  employer?: string;
  jobType?: string;
  competitive?: boolean;
}

/** Everything read for one team. A missing file is `undefined`, an empty one `[]`. */
export interface TeamRecords {
  utetid?: UtetidRecord[];
  contacts?: ContactRecord[];
  /**
   * The contacts streamed into a tally for one window instead of kept (`score`, metrics/contact-tally.ts):
   * `contacts` is then undefined. The metrics take whichever is there.
   */
  contactTally?: ContactTally;
  caseload?: CaseloadRecord[];
  /**
   * The canonical names of the columns each file's header has (`jobbstart`, …), when the reader knows them.
   * Lets a metric tell "no such column" (missing data) from "column present, no values" (e.g. 0 jobs).
   */
  columns?: { utetid?: readonly string[]; contacts?: readonly string[]; caseload?: readonly string[] };
}
