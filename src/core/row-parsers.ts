/**
 * Row parsers compiled for one file's header (issue 12): they read a row's fields by column index, without a
 * row object of cells. Nearly every row of an export is valid, and the contacts and utetid parsers type such a
 * row directly; a row they do not pass is parsed from its cells by the kind's row parser (row-schemas.ts), so
 * every problem is exactly that parser's. A passed row gets the same value as that parser would give it
 * (test/core/row-parsers.test.ts compares both on every row of its corpus).
 */
import { isFollowUpPurpose, parseContactMode, parseDate, parseNumber } from "./cells.js";
import {
  type ContactRow,
  type CsvKind,
  contactRow,
  MAX_HOURS_PER_DAY,
  ROW_PARSERS,
  type RowOf,
  type RowResult,
  type UtetidRow,
} from "./row-schemas.js";

/** One row's fields as csv-parse gives them → the typed row, or its problems. */
export type FieldsParser<T> = (fields: readonly string[]) => RowResult<T>;

/**
 * The row parser for a file of `kind` whose header has `columns` (canonical column name → field index, in the
 * header's order, as HeaderMatch.columns).
 */
export function compileRowParser<K extends CsvKind>(
  kind: K,
  columns: ReadonlyMap<string, number>,
): FieldsParser<RowOf[K]> {
  const slow = cellsParser(kind, columns);
  if (kind === "contacts") return contactsParser(columns, slow as FieldsParser<ContactRow>) as FieldsParser<RowOf[K]>;
  if (kind === "utetid") return utetidParser(columns, slow as FieldsParser<UtetidRow>) as FieldsParser<RowOf[K]>;
  return slow;
}

/** The row as cells (a column the row is too short for is undefined), parsed by the kind's row parser. */
function cellsParser<K extends CsvKind>(kind: K, columns: ReadonlyMap<string, number>): FieldsParser<RowOf[K]> {
  const names = [...columns.keys()];
  const indexes = [...columns.values()];
  const parse = ROW_PARSERS[kind];
  return (fields) => {
    const cells: Record<string, string | undefined> = {};
    for (let c = 0; c < names.length; c++) cells[names[c] as string] = fields[indexes[c] as number];
    return parse(cells) as RowResult<RowOf[K]>;
  };
}

/** The trimmed text of a cell, or undefined when the column is absent or the cell blank. */
function textAt(fields: readonly string[], index: number | undefined): string | undefined {
  if (index === undefined) return undefined;
  const raw = fields[index];
  if (raw === undefined) return undefined;
  const t = raw.trim();
  return t === "" ? undefined : t;
}

function contactsParser(
  columns: ReadonlyMap<string, number>,
  slow: FieldsParser<ContactRow>,
): FieldsParser<ContactRow> {
  const specialistAt = columns.get("jobbspesialist");
  const dateAt = columns.get("dato");
  const employerAt = columns.get("arbeidsgiver");
  const modeAt = columns.get("kontaktform");
  const purposeAt = columns.get("formaal");
  const participantAt = columns.get("deltaker");
  if (specialistAt === undefined || dateAt === undefined || employerAt === undefined || modeAt === undefined)
    return slow;
  const date = lastValue(parseDate);
  const mode = lastValue(parseContactMode);
  const followUp = lastValue(isFollowUpPurpose);
  return (fields) => {
    const specialist = textAt(fields, specialistAt);
    const employer = textAt(fields, employerAt);
    const rawDate = fields[dateAt];
    const rawMode = fields[modeAt];
    // A blank date or mode is not a date or a mode either: any problem goes to the row parser.
    const day = rawDate === undefined ? undefined : date(rawDate);
    const how = rawMode === undefined ? undefined : mode(rawMode);
    if (specialist === undefined || employer === undefined || day === undefined || how === undefined)
      return slow(fields);
    const purpose = textAt(fields, purposeAt);
    const participant = textAt(fields, participantAt);
    return { ok: true, value: contactRow(specialist, day, employer, how, purpose, participant, followUp) };
  };
}

/**
 * `parse` (a pure function of the text) remembering its last answer: rows repeat the row before (the same date,
 * mode and purpose), and comparing with the last text is cheaper than a lookup in parse's own memo.
 */
function lastValue<T>(parse: (raw: string) => T): (raw: string) => T {
  let lastRaw: string | undefined;
  let last: T;
  return (raw) => {
    if (raw !== lastRaw) {
      last = parse(raw);
      lastRaw = raw;
    }
    return last;
  };
}

/** Hours as hoursCell reads them, or undefined when the cell is not such a number (or is negative). */
function hoursAt(fields: readonly string[], index: number): number | undefined {
  const raw = fields[index];
  if (raw === undefined) return undefined;
  const n = parseNumber(raw);
  return n === undefined || n < 0 ? undefined : n;
}

/** Daily rows (a date, no week) with hours a day can hold; weekly rows and any problem go to the row parser. */
function utetidParser(columns: ReadonlyMap<string, number>, slow: FieldsParser<UtetidRow>): FieldsParser<UtetidRow> {
  const specialistAt = columns.get("jobbspesialist");
  const dateAt = columns.get("dato");
  const weekAt = columns.get("uke");
  const totalAt = columns.get("timer_totalt");
  const outAt = columns.get("timer_ute");
  if (specialistAt === undefined || dateAt === undefined || totalAt === undefined || outAt === undefined) return slow;
  return (fields) => {
    if (textAt(fields, weekAt) !== undefined) return slow(fields);
    const specialist = textAt(fields, specialistAt);
    const rawDate = fields[dateAt];
    const date = rawDate === undefined ? undefined : parseDate(rawDate);
    const hoursTotal = hoursAt(fields, totalAt);
    const hoursOut = hoursAt(fields, outAt);
    if (
      specialist === undefined ||
      date === undefined ||
      hoursTotal === undefined ||
      hoursOut === undefined ||
      hoursTotal > MAX_HOURS_PER_DAY ||
      hoursOut > MAX_HOURS_PER_DAY ||
      hoursOut > hoursTotal
    )
      return slow(fields);
    return { ok: true, value: { specialist, date, period: "day", hoursTotal, hoursOut } };
  };
}
