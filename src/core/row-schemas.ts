/**
 * The columns of the three CSV kinds (docs/design.md §4) and the typed parsers that turn one row — canonical column
 * name → cell text — into a typed record, or into problems that name the column they are about.
 *
 * Canonical column names are the Norwegian names of the design table (`jobbspesialist`, `timer_totalt`,
 * `forste_arbeidsgiverkontakt`, …); messages use them. Headers are matched to them after folding, through
 * the aliases below (io/csv does the matching; this module only needs the canonical names).
 */
import {
  booleanCell,
  type CellResult,
  contactModeCell,
  dateCell,
  fold,
  hoursCell,
  isDischargedStatus,
  isFollowUpPurpose,
  parseDate,
  parseFte,
  parseIsoWeek,
  quoteCell,
  weekCell,
} from "./cells.js";
import { CELL } from "./cells.messages.js";
import { addDays, type IsoDate } from "./dates.js";
import type { Text } from "./i18n.js";
import { specialistKey } from "./metrics/names.js";
import type { CaseloadRecord, ContactRecord, UtetidRecord } from "./records.js";
import { ROW } from "./row-schemas.messages.js";

export const CSV_KINDS = ["utetid", "contacts", "caseload"] as const;
export type CsvKind = (typeof CSV_KINDS)[number];

export interface ColumnSpec {
  /** Canonical name, as in the design table. */
  name: string;
  /** Other accepted headers (English names first). Matched, like `name`, after folding. */
  aliases: readonly string[];
  /** A short English gloss for messages: `missing required column "dato" (date)`. */
  gloss: string;
  required: boolean;
}

const col = (name: string, gloss: string, aliases: readonly string[], required = false): ColumnSpec => ({
  name,
  gloss,
  aliases,
  required,
});

const SPECIALIST = col("jobbspesialist", "specialist", ["specialist", "job_specialist", "employment_specialist"], true);
const TEAM = col("team", "team", []);

export const COLUMNS: Readonly<Record<CsvKind, readonly ColumnSpec[]>> = {
  utetid: [
    SPECIALIST,
    // One of dato / uke is required: see REQUIRED_ONE_OF.
    col("dato", "date", ["date"]),
    col("uke", "week", ["week"]),
    col("timer_totalt", "hours_total", ["hours_total", "total_hours"], true),
    col("timer_ute", "hours_out", ["hours_out"], true),
    TEAM,
  ],
  contacts: [
    SPECIALIST,
    col("dato", "date", ["date"], true),
    col("arbeidsgiver", "employer", ["employer"], true),
    col("kontaktform", "mode", ["mode", "contact_mode"], true),
    col("formaal", "purpose", ["purpose"]),
    col("deltaker", "participant", ["participant"]),
    TEAM,
  ],
  caseload: [
    SPECIALIST,
    col("deltaker", "participant", ["participant"], true),
    col("startdato", "intake date", ["intake_date", "start_date", "intake"], true),
    col("stillingsprosent", "fte", ["fte"]),
    col("sluttdato", "discharge date", ["discharge", "discharge_date", "end_date"]),
    col("status", "status", []),
    col("forste_arbeidsgiverkontakt", "first employer contact", ["first_employer_contact", "first_contact"]),
    col("jobbstart", "job start", ["job_start"]),
    col("jobbslutt", "job end", ["job_end"]),
    col("arbeidsgiver", "employer", ["employer"]),
    col("yrke", "job type", ["job_type"]),
    col("ordinaer", "competitive", ["competitive"]),
    TEAM,
  ],
};

/** Column groups of which at least one must be present. */
export const REQUIRED_ONE_OF: Readonly<Record<CsvKind, ReadonlyArray<readonly string[]>>> = {
  utetid: [["dato", "uke"]],
  contacts: [],
  caseload: [],
};

/** Folded header text → canonical column name, per kind. */
export const HEADER_LOOKUP: Readonly<Record<CsvKind, ReadonlyMap<string, string>>> = {
  utetid: lookup("utetid"),
  contacts: lookup("contacts"),
  caseload: lookup("caseload"),
};

function lookup(kind: CsvKind): Map<string, string> {
  const m = new Map<string, string>();
  for (const c of COLUMNS[kind]) for (const h of [c.name, ...c.aliases]) m.set(fold(h), c.name);
  return m;
}

// -------------------------------------------------------------------------------------------- row parsers

/** One row as read: canonical column name → cell text; a column the file lacks is absent. */
export type RowCells = Readonly<Record<string, string | undefined>>;

export interface RowProblem {
  /** Canonical column name the problem is about. */
  column: string;
  message: Text;
}

export type RowResult<T> = { ok: true; value: T } | { ok: false; problems: RowProblem[] };

const blank = (raw: string | undefined): raw is undefined => raw === undefined || raw.trim() === "";
const text = (raw: string): CellResult<string> => ({ ok: true, value: raw.trim() });

/**
 * One column of a row: its cell parser, and whether a blank cell is a problem (`missing value`) or no value.
 * Rows are parsed by plain typed functions (a million-row file is a million calls), not by a schema library;
 * every problem names its column, in the order of the columns below.
 */
interface Field<T> {
  column: string;
  required: boolean;
  parse: (raw: string) => CellResult<T>;
}

const required = <T>(column: string, parse: (raw: string) => CellResult<T>): Field<T> => ({
  column,
  required: true,
  parse,
});
const optional = <T>(column: string, parse: (raw: string) => CellResult<T>): Field<T | undefined> => ({
  column,
  required: false,
  parse,
});

type Parsed<F> = { [K in keyof F]: F[K] extends Field<infer T> ? T : never };

/** Each field of `fields` parsed from its cell, or every field's problem in column order. */
function parseFields<F extends Record<string, Field<unknown>>>(
  cells: RowCells,
  fields: F,
  columns: readonly (keyof F & string)[],
): { ok: true; value: Parsed<F> } | { ok: false; problems: RowProblem[] } {
  const value: Record<string, unknown> = {};
  const problems: RowProblem[] = [];
  for (const key of columns) {
    const field = fields[key] as Field<unknown>;
    const raw = cells[key];
    if (blank(raw)) {
      if (field.required) problems.push({ column: key, message: ROW.text("missingValue", { column: field.column }) });
      else value[key] = undefined;
      continue;
    }
    const r = field.parse(raw);
    if (r.ok) value[key] = r.value;
    else problems.push({ column: key, message: ROW.text("cell", { column: field.column, problem: r.message }) });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: value as Parsed<F> };
}

type DateOrWeek = { date: IsoDate; period: "day" | "week" };

/** Most hours one utetid row can hold: a day has 24, an ISO week 7 × 24. More is an error (a typo such as 75 for 7,5). */
export const MAX_HOURS_PER_DAY = 24;
export const MAX_HOURS_PER_WEEK = 7 * 24;
const MAX_HOURS: Readonly<Record<DateOrWeek["period"], number>> = { day: MAX_HOURS_PER_DAY, week: MAX_HOURS_PER_WEEK };

/** The utetid `dato` column also takes a week (`2026-W14`), for weekly exports that call the column dato. */
function dateOrWeekCell(raw: string): CellResult<DateOrWeek> {
  const d = parseDate(raw);
  if (d !== undefined) return { ok: true, value: { date: d, period: "day" } };
  const w = parseIsoWeek(raw);
  if (w) return { ok: true, value: { date: w.monday, period: "week" } };
  return { ok: false, message: CELL.text("notDateOrWeek", { value: quoteCell(raw) }) };
}

const UTETID_FIELDS = {
  jobbspesialist: required("jobbspesialist", text),
  dato: optional("dato", dateOrWeekCell),
  uke: optional("uke", weekCell),
  timer_totalt: required("timer_totalt", hoursCell),
  timer_ute: required("timer_ute", hoursCell),
};
const CONTACT_FIELDS = {
  jobbspesialist: required("jobbspesialist", text),
  dato: required("dato", dateCell),
  arbeidsgiver: required("arbeidsgiver", text),
  kontaktform: required("kontaktform", contactModeCell),
  formaal: optional("formaal", text),
  deltaker: optional("deltaker", text),
};
const CASELOAD_FIELDS = {
  jobbspesialist: required("jobbspesialist", text),
  deltaker: required("deltaker", text),
  startdato: required("startdato", dateCell),
  stillingsprosent: optional("stillingsprosent", parseFte),
  sluttdato: optional("sluttdato", dateCell),
  status: optional("status", text),
  forste_arbeidsgiverkontakt: optional("forste_arbeidsgiverkontakt", dateCell),
  jobbstart: optional("jobbstart", dateCell),
  jobbslutt: optional("jobbslutt", dateCell),
  arbeidsgiver: optional("arbeidsgiver", text),
  yrke: optional("yrke", text),
  ordinaer: optional("ordinaer", booleanCell),
};
const keysOf = <F extends object>(fields: F) => Object.keys(fields) as (keyof F & string)[];
const UTETID_COLUMNS = keysOf(UTETID_FIELDS);
const CONTACT_COLUMNS = keysOf(CONTACT_FIELDS);
const CASELOAD_COLUMNS = keysOf(CASELOAD_FIELDS);

/** A record as a row gives it; the reader adds `source` and `team`. */
export type RowRecord<R> = Omit<R, "source" | "team">;
export type UtetidRow = RowRecord<UtetidRecord>;
export type ContactRow = RowRecord<ContactRecord>;
export type CaseloadRow = RowRecord<CaseloadRecord>;
export interface RowOf {
  utetid: UtetidRow;
  contacts: ContactRow;
  caseload: CaseloadRow;
}

const q = (raw: string | undefined) => (raw ?? "").trim();

export function parseUtetidRow(cells: RowCells): RowResult<UtetidRow> {
  const r = parseFields(cells, UTETID_FIELDS, UTETID_COLUMNS);
  if (!r.ok) return r;
  const v = r.value;
  const problems: RowProblem[] = [];
  // A row with a week (uke) is a week's hours: a date beside it (many weekly exports carry one, e.g. the week's
  // Monday) must lie in that week, or the row's period is unclear. Without uke, dato decides (a date or a week).
  let when: DateOrWeek | undefined = v.uke ? { date: v.uke.monday, period: "week" } : v.dato;
  if (v.uke && v.dato) {
    const inWeek = v.dato.date >= v.uke.monday && v.dato.date <= addDays(v.uke.monday, 6);
    if (!inWeek) {
      problems.push({
        column: "dato",
        message: ROW.text("dateNotInWeek", { date: q(cells.dato), week: q(cells.uke) }),
      });
      when = undefined;
    }
  }
  if (!when && problems.length === 0) {
    // Point at the column the file has: dato, or uke in a weekly file without dato.
    const column = cells.dato === undefined && cells.uke !== undefined ? "uke" : "dato";
    problems.push({ column, message: ROW.text("missingDateOrWeek", { column }) });
  }
  // Hours the row's period cannot hold (a typo such as 75 for 7,5). Negative hours are refused by hoursCell.
  const limit = when ? MAX_HOURS[when.period] : undefined;
  let outOverLimit = false;
  if (when && limit)
    for (const column of ["timer_totalt", "timer_ute"] as const)
      if (v[column] > limit) {
        if (column === "timer_ute") outOverLimit = true;
        problems.push({
          column,
          message: ROW.text("tooManyHours", { column, value: q(cells[column]), hours: limit, period: when.period }),
        });
      }
  if (v.timer_ute > v.timer_totalt && !outOverLimit)
    problems.push({
      column: "timer_ute",
      message: ROW.text("outOverTotal", { out: q(cells.timer_ute), total: q(cells.timer_totalt) }),
    });
  if (!when || problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    value: {
      specialist: v.jobbspesialist,
      date: when.date,
      period: when.period,
      hoursTotal: v.timer_totalt,
      hoursOut: v.timer_ute,
    },
  };
}

export function parseContactRow(cells: RowCells): RowResult<ContactRow> {
  const r = parseFields(cells, CONTACT_FIELDS, CONTACT_COLUMNS);
  if (!r.ok) return r;
  const v = r.value;
  return {
    ok: true,
    value: contactRow(v.jobbspesialist, v.dato, v.arbeidsgiver, v.kontaktform, v.formaal, v.deltaker),
  };
}

/**
 * A contact row from its typed cells (trimmed texts, blank ones undefined): whether it is a follow-up is read
 * from its purpose (`isFollowUpPurpose`). The one place a contact row is made (row-parsers.ts makes valid rows
 * through it too). `isFollowUp` lets a caller pass a remembering copy of that rule.
 */
export function contactRow(
  specialist: string,
  date: ContactRow["date"],
  employer: string,
  mode: ContactRow["mode"],
  purpose: string | undefined,
  participant: string | undefined,
  isFollowUp: (purpose: string) => boolean = isFollowUpPurpose,
): ContactRow {
  const value: ContactRow = {
    specialist,
    date,
    employer,
    mode,
    followUp: purpose !== undefined && isFollowUp(purpose),
  };
  if (purpose !== undefined) value.purpose = purpose;
  if (participant !== undefined) value.participant = participant;
  return value;
}

export function parseCaseloadRow(cells: RowCells): RowResult<CaseloadRow> {
  const r = parseFields(cells, CASELOAD_FIELDS, CASELOAD_COLUMNS);
  if (!r.ok) return r;
  const v = r.value;
  const problems: RowProblem[] = [];
  if (v.sluttdato !== undefined && v.sluttdato < v.startdato)
    problems.push({
      column: "sluttdato",
      message: ROW.text("endBeforeStart", {
        end: "sluttdato",
        endValue: q(cells.sluttdato),
        start: "startdato",
        startValue: q(cells.startdato),
      }),
    });
  if (v.jobbstart !== undefined && v.jobbslutt !== undefined && v.jobbslutt < v.jobbstart)
    problems.push({
      column: "jobbslutt",
      message: ROW.text("endBeforeStart", {
        end: "jobbslutt",
        endValue: q(cells.jobbslutt),
        start: "jobbstart",
        startValue: q(cells.jobbstart),
      }),
    });
  if (problems.length > 0) return { ok: false, problems };
  const value: CaseloadRow = {
    specialist: v.jobbspesialist,
    participant: v.deltaker,
    startDate: v.startdato,
    discharged: v.status !== undefined && isDischargedStatus(v.status),
  };
  if (v.stillingsprosent !== undefined) value.fte = v.stillingsprosent;
  if (v.sluttdato !== undefined) value.endDate = v.sluttdato;
  if (v.status !== undefined) value.status = v.status;
  if (v.forste_arbeidsgiverkontakt !== undefined) value.firstEmployerContact = v.forste_arbeidsgiverkontakt;
  if (v.jobbstart !== undefined) value.jobStart = v.jobbstart;
  if (v.jobbslutt !== undefined) value.jobEnd = v.jobbslutt;
  if (v.arbeidsgiver !== undefined) value.employer = v.arbeidsgiver;
  if (v.yrke !== undefined) value.jobType = v.yrke;
  if (v.ordinaer !== undefined) value.competitive = v.ordinaer;
  return { ok: true, value };
}

export const ROW_PARSERS: { readonly [K in CsvKind]: (cells: RowCells) => RowResult<RowOf[K]> } = {
  utetid: parseUtetidRow,
  contacts: parseContactRow,
  caseload: parseCaseloadRow,
};

// --------------------------------------------------------------------------------- across caseload rows

/**
 * stillingsprosent may be repeated on every row of a specialist but must agree (docs/design.md §4).
 * Feed caseload rows in file order; `check` returns a problem for a row that disagrees with the first
 * value seen for the same team and specialist. Specialists are matched the way the metrics match them
 * (`specialistKey`: trimmed, spaces collapsed, case-folded), so `Kari Nordmann` and `kari  nordmann` must
 * agree too.
 */
export class FteAgreement {
  private readonly first = new Map<string, { fte: number; line: number; specialist: string }>();

  check(team: string | undefined, specialist: string, fte: number | undefined, line: number): RowProblem | undefined {
    if (fte === undefined) return undefined;
    const key = `${team === undefined ? "" : fold(team)}\u0000${specialistKey(specialist)}`;
    const seen = this.first.get(key);
    if (!seen) {
      this.first.set(key, { fte, line, specialist });
      return undefined;
    }
    if (Math.abs(seen.fte - fte) < 1e-9) return undefined;
    return {
      column: "stillingsprosent",
      message: ROW.text("fteDisagrees", {
        fte: percent(fte),
        specialist,
        first: percent(seen.fte),
        ...(seen.specialist === specialist ? {} : { firstSpelt: seen.specialist }),
        line: seen.line,
      }),
    };
  }
}

const percent = (fte: number) => `${String(Math.round(fte * 1000) / 10).replace(".", ",")} %`;
