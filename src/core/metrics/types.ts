/**
 * The shapes every metric returns (docs/design.md §5). The report, the evaluation file and the data-scored
 * items are built from these, so they are plain data (no classes, no functions) and they keep a TRAIL:
 * the numbers, the denominators, the window, the rule and the rows each figure came from.
 *
 * Conventions, the same for every metric:
 *  - A figure that cannot be computed is `undefined`, never NaN or 0. When a whole metric cannot be
 *    computed, `missing` says why (a {@link MissingCode}); the item then goes to the evaluator.
 *  - Percentages are 0–100. Day counts are whole days. Hours as given.
 *  - `specialist` is the name as first written in the data (utetid, then contacts, then caseload). Names are
 *    matched across files and with team.json after trimming, collapsing spaces and case-folding
 *    ({@link specialistKey}). The report shows JS1…JSn unless names are asked for, so no text in here
 *    (messages, rule texts) contains a specialist's name or a participant id.
 *  - `lines` are 1-based line numbers in the metric's source file (see `rows.file`), ascending.
 *  - Participant ids never leave the metrics: cases are given by specialist and line only.
 */
import type { IsoDate } from "../dates.js";
import type { LocalizedText } from "../scale.js";
import type { LookbackWindow } from "../window.js";
import type { CountingRules } from "./counting-rules.js";
import type { FileCoverage } from "./coverage.js";
import { MISSING } from "./missing.messages.js";

export type { CountingRules } from "./counting-rules.js";

/** A number over a number. `value` = numerator / denominator (× 100 for percentages), undefined when denominator is 0. */
export interface Ratio {
  numerator: number;
  denominator: number;
  value?: number;
}

/** A period of days, both ends included (e.g. the 365 days before the visit). */
export interface Period {
  from: IsoDate;
  to: IsoDate;
}

/** Why a row of an input file was left out of a metric. Rows outside the window are not errors. */
export type IgnoredReason =
  /** Date before the window or on/after the visit date (utetid, contacts). */
  | "outsideWindow"
  /** Contact mode not in `countModes` (e.g. phone when only in-person counts). */
  | "modeNotCounted"
  /** Purpose is follow-up of a participant in work, and `countFollowUp` is false. */
  | "followUpNotCounted"
  /** The contact's specialist is not among the specialists in the window (no utetid rows in the window). */
  | "specialistNotInWindow"
  /** The contact falls in a block the specialist did not log (absent block): left out so numerator and denominator cover the same weeks. */
  | "inAbsentBlock"
  /** The contact falls in a block the utetid file does not cover at all (no row by anyone): left out likewise. */
  | "inUncoveredBlock"
  /** Caseload row not active on the reference date (not started, ended, or discharged). */
  | "notActive"
  /** Caseload row whose participant is already counted for this specialist (a further job row). */
  | "sameParticipant"
  /** Caseload row that is not a job in the period, or is not relevant to this metric (no jobbstart, outside period…). */
  | "notInPeriod"
  /** Caseload row with no job start, for a metric about jobs (most participants have none). */
  | "noJob"
  /** A participant without an employer contact who has not yet waited longer than the limit (§5.3). */
  | "waitingWithinLimit"
  /** Row lacks a value this metric needs (e.g. a discharged participant with no `sluttdato`). */
  | "missingValue"
  /** An exact repeat of a row already counted (same participant, job start and employer). */
  | "duplicate";

/** How one metric used the rows of its source file: how many were read, used, and left out (by reason). */
export interface RowUse {
  /** File name as in the rows' `source.file`; undefined when the file was not given or has no rows. */
  file?: string;
  /** False when the team folder has no such file (then `read` is 0 and the metric is missing). */
  present: boolean;
  read: number;
  used: number;
  /** Rows left out, by reason; reasons with no rows are absent. `used + Σ ignored = read`. */
  ignored: Partial<Record<IgnoredReason, number>>;
}

/** Why a metric (or one of its figures) has no value. {@link MISSING_TEXT} words each for the report. */
export type MissingCode =
  | "noFile"
  | "fileLeftOut"
  | "noRowsInWindow"
  | "noContactDataInWindow"
  | "noSpecialists"
  | "noHoursLogged"
  | "noPresentBlocks"
  | "noActiveParticipants"
  | "noParticipantsInPeriod"
  | "noFirstContactData"
  | "noneToMeasure"
  | "noJobs"
  | "noCaseloadInPeriod"
  | "noJobColumn"
  | "noJobTypeData"
  | "noEmployerData"
  | "noCompetitiveData"
  | "noDischargedWithJob";

/** Where a specialist's FTE came from: team.json (wins), the caseload `stillingsprosent` column, or the 1.0 default. */
export type FteSource = "team.json" | "caseload" | "default";

/** Why a specialist is among the specialists of the window (§5). */
export type RosterBasis =
  /** A utetid file with rows in the window exists: the specialists are those with utetid rows in the window. */
  | "utetid"
  /** No utetid rows in the window: those with a contact in the window or an active participant on V−1. */
  | "contactsOrCaseload"
  /** No data at all to name specialists. */
  | "none";

export interface RosterEntry {
  specialist: string;
  /** Matching key (trimmed, spaces collapsed, case-folded). */
  key: string;
  /** FTE as a fraction (0.5 = 50 %), after resolving the sources. */
  fte: number;
  fteSource: FteSource;
  /** What put the specialist on the roster. */
  reasons: ("utetidInWindow" | "contactInWindow" | "activeParticipant")[];
}

/** The specialists in the window (§5) with their FTE. Sorted by key; the report numbers them JS1…JSn in this order. */
export interface Roster {
  basis: RosterBasis;
  specialists: RosterEntry[];
  /**
   * Specialists with active participants on V−1 who are NOT on the roster (only when basis = "utetid").
   * The caseload ratio still counts them (their participants are real workload); a warning is given.
   */
  caseloadOnly: RosterEntry[];
}

/** A data oddity worth showing in the report's method section. Never an error: errors stop in src/io. */
export type WarningCode =
  | "fteDisagrees"
  | "fteTeamJsonDiffersFromCaseload"
  | "fteInvalid"
  | "fteUnknownSpecialist"
  | "caseloadWithoutUtetid"
  | "contactsWithoutUtetid"
  | "noHoursInWindow"
  | "contactsInAbsentBlocks"
  | "dailyAndWeeklyRows"
  | "implausibleHours"
  | "utetidWithoutRowsInWindow"
  | "contactsWithoutRowsInWindow"
  | "caseloadWithoutParticipantsInPeriod"
  | "participantUnderSeveralSpecialists"
  | "firstContactBeforeStart"
  | "dischargedWithoutEndDate"
  | "jobsMissingField"
  | "duplicateJobRow"
  | "coverageGap"
  | "contactsInUncoveredBlocks";

export interface MetricWarning {
  code: WarningCode;
  file?: string;
  /** The line the warning is about (the first one when several). */
  line?: number;
  /** Every line involved, when more than one. */
  lines?: number[];
  /** The specialist it concerns (the report prefixes its label, JS1 or the name; the message never names them). */
  specialist?: string;
  message: LocalizedText;
}

// ─── 5.1 Utetid ──────────────────────────────────────────────────────────────────────────────────────────

export interface UtetidBlock {
  /** Block index, 1 = the week just before the visit. */
  index: number;
  hoursOut: number;
  hoursTotal: number;
  /** hoursOut / hoursTotal × 100; undefined for an absent block. */
  pct?: number;
  /** No hours logged in this block (0 total hours, or no rows at all) while the team has rows in it: holiday, leave, not logged. */
  absent: boolean;
  /** No specialist has a row in this block: a coverage gap of the file, not an absence (coverage.ts). */
  uncovered?: true;
  /** Rows counted in this block. */
  rows: number;
}

export interface UtetidSpecialist {
  specialist: string;
  hoursOut: number;
  hoursTotal: number;
  /** Σ timer_ute / Σ timer_totalt × 100 over the window; undefined when no hours were logged. */
  pct?: number;
  /** Block 1 first, always W entries. */
  blocks: UtetidBlock[];
  /** Indices of absent blocks (these also leave the employer-contacts denominator); never an uncovered block. */
  absentBlocks: number[];
  lines: number[];
}

export interface UtetidMetric {
  missing?: MissingCode;
  rule: LocalizedText;
  rows: RowUse;
  specialists: UtetidSpecialist[];
  /**
   * Blocks in which no specialist has a utetid row (a coverage gap): nobody's absence, left out of the
   * employer-contact rate like absent blocks. Empty when every block has rows, or when there are none at all.
   */
  uncoveredBlocks: number[];
  /** Team value: mean of the specialists' percentages (specialists with hours only). */
  teamMeanPct?: number;
  /** How many specialists the mean is over. */
  specialistsWithHours: number;
  /** Σ out / Σ total over the whole team (for reference; the items use the mean of specialists). */
  pooled: Ratio;
  /** Each block's team percentage (pooled over specialists), block 1 first. */
  blocks: { index: number; hoursOut: number; hoursTotal: number; pct?: number }[];
}

// ─── 5.2 Employer contacts ───────────────────────────────────────────────────────────────────────────────

export interface ContactWeek {
  index: number;
  /** Counted contacts in this block. */
  counted: number;
  /** Absent block for this specialist (not in the denominator, its contacts not counted). */
  absent: boolean;
  /** A block the utetid file does not cover (no row by anyone): not in the denominator, its contacts not counted. */
  uncovered?: true;
}

export interface EmployerContactsSpecialist {
  specialist: string;
  counted: number;
  /** Blocks neither absent nor uncovered by the utetid file; W when there is no utetid data. */
  presentBlocks: number;
  absentBlocks: number[];
  fte: number;
  fteSource: FteSource;
  /** True when the rate was divided by FTE (FTE < 1 and `fteProration`). */
  prorated: boolean;
  /** counted / presentBlocks / (prorated ? fte : 1); undefined with no present blocks. */
  perWeek?: number;
  /** Counted contacts that were an employer's first appearance in the whole file. */
  newEmployerContacts: number;
  /** Counted contacts per block, block 1 first (W entries). */
  weekly: ContactWeek[];
  /** Lines of the counted contacts. */
  lines: number[];
}

export interface EmployerContactsMetric {
  missing?: MissingCode;
  rule: LocalizedText;
  rows: RowUse;
  /** Whether present blocks come from utetid data (else all W blocks count for everyone). */
  absenceFromUtetid: boolean;
  specialists: EmployerContactsSpecialist[];
  /** Team value: mean of the specialists' per-week rates. */
  teamMeanPerWeek?: number;
  specialistsWithRate: number;
  totalCounted: number;
  /** Counted contacts per block over the whole team, block 1 first. */
  blocks: { index: number; counted: number }[];
  employers: {
    /** Distinct employers among the counted contacts (names trimmed, case-folded, spaces collapsed). */
    distinct: number;
    /** Counted contacts that were the employer's first appearance in the whole file… */
    newContacts: number;
    /** …and the rest. newContacts + repeatContacts = totalCounted. */
    repeatContacts: number;
  };
}

// ─── 5.3 Caseload (reference date D = V−1) ───────────────────────────────────────────────────────────────

export interface CaseloadSpecialist {
  specialist: string;
  /** Distinct participants active on D. */
  active: number;
  fte: number;
  fteSource: FteSource;
  /** active / fte (or / 1 when `fteProration` is off). */
  perFte: number;
  /** False for a specialist counted only through their caseload (see Roster.caseloadOnly). */
  onRoster: boolean;
  /** Lines of the rows that made participants active (one per participant: the first). */
  lines: number[];
}

export interface CaseloadMetric {
  missing?: MissingCode;
  rule: LocalizedText;
  rows: RowUse;
  referenceDate: IsoDate;
  specialists: CaseloadSpecialist[];
  totalActive: number;
  totalFte: number;
  /** Team value: Σ active / Σ FTE. */
  teamPerFte?: number;
}

/** How one participant's wait for a first employer contact was measured (§5.3, IPS T4 / KV6). */
export type FirstContactKind =
  /** Has a first employer contact on or before D: days = contact − start. */
  | "contact"
  /** No contact yet, still in the service: days = D − start (counted only above the waiting limit). */
  | "stillWaiting"
  /** Discharged before D without a contact: days = sluttdato − start (counted only above the waiting limit). */
  | "leftWithoutOne";

export interface FirstContactCase {
  specialist: string;
  kind: FirstContactKind;
  days: number;
  /** Counted in the mean (contacts always; waiting ones only above the limit). */
  counted: boolean;
  /** First line of the participant's rows. */
  line: number;
}

export interface FirstContactMetric {
  missing?: MissingCode;
  rule: LocalizedText;
  rows: RowUse;
  /** Start dates looked at: the `flowPeriodDays` before V. */
  period: Period;
  referenceDate: IsoDate;
  /** Participants (participant + start date) who started in the period. */
  participants: number;
  withContact: number;
  stillWaiting: number;
  leftWithoutOne: number;
  /** Waiting, but not longer than the limit: not counted yet. */
  waitingWithinLimit: number;
  /** Left out: discharged without a `sluttdato` and no contact (cannot be measured). */
  unmeasurable: number;
  /** The mean: Σ days / counted cases. */
  days: Ratio;
  /** Team value: mean days. */
  meanDays?: number;
  perSpecialist: { specialist: string; counted: number; totalDays: number; meanDays?: number }[];
  cases: FirstContactCase[];
  /** Every caseload line that entered the mean. */
  lines: number[];
}

/** A share among jobs: `numerator` of `denominator` = all jobs. */
export interface JobShare extends Ratio {
  /** Jobs with the field empty: in the denominator, adding nothing to the numerator. */
  unknown: number;
  missing?: MissingCode;
}

export interface JobsMetric {
  missing?: MissingCode;
  rule: LocalizedText;
  rows: RowUse;
  /** Job starts looked at: the `flowPeriodDays` before V (plus earlier jobs still ongoing on D). */
  period: Period;
  referenceDate: IsoDate;
  /** Number of jobs (the cases for `minimumCases`). */
  jobs: number;
  /** Distinct job types (`yrke`) / jobs × 100. */
  jobTypes: JobShare;
  /** Distinct employers / jobs × 100. */
  employers: JobShare;
  /** Competitive (`ordinaer` = yes) jobs / jobs × 100. */
  competitive: JobShare;
  lines: number[];
}

export interface FollowUpCase {
  specialist: string;
  /** Days from first job start to discharge. */
  days: number;
  reached: boolean;
  line: number;
}

export interface FollowUpMetric {
  missing?: MissingCode;
  rule: LocalizedText;
  rows: RowUse;
  /** Discharge dates looked at. */
  period: Period;
  /** Participants discharged in the period (with a `sluttdato`). */
  discharged: number;
  /** Share with ≥ `followUpTargetDays` from first job start to discharge, among those with a job start before discharge. */
  share: Ratio;
  targetDays: number;
  cases: FollowUpCase[];
  /** Every caseload line of the participants in the share's denominator. */
  lines: number[];
}

/** Rows read and used per input file, for the method section. */
export interface FileUse {
  kind: "utetid" | "contacts" | "caseload";
  file?: string;
  present: boolean;
  read: number;
  /** Rows that entered at least one figure. */
  used: number;
  /** Rows dated outside the window (utetid, contacts); not errors. */
  outsideWindow: number;
}

/** Everything the data says about one team for one visit. */
export interface TeamMetrics {
  window: LookbackWindow;
  rules: CountingRules;
  /** The counting rules in words, for the report's method section. */
  rulesText: LocalizedText[];
  roster: Roster;
  utetid: UtetidMetric;
  employerContacts: EmployerContactsMetric;
  caseload: CaseloadMetric;
  firstContact: FirstContactMetric;
  jobs: JobsMetric;
  followUp: FollowUpMetric;
  files: FileUse[];
  /** How far the dated files reach into the window, week by week (coverage.ts); a file the team lacks is not listed. */
  coverage: FileCoverage[];
  warnings: MetricWarning[];
}

/** The report's words for each missing code (the data-items add the specifics). */
export const MISSING_TEXT: Record<MissingCode, LocalizedText> = MISSING.messages;
