/**
 * Classic Outlook's calendar export to CSV ("Export to a file" → "Comma Separated Values", Calendar folder):
 * one row per occurrence in the date range asked for (Outlook expands recurrences itself), times as the
 * computer's local wall-clock time — read as Norwegian time. Only the date/time columns, "All day event",
 * "Categories" and "Show time as" are read; Subject, Description, Location and the attendee columns never are.
 *
 * Headers: Outlook's English names, and Norwegian names as a Norwegian Outlook is expected to write them (see
 * `COLUMNS`; matched after folding, so case, spaces and æøå do not matter). Dates: `dd.mm.yyyy` (a Norwegian
 * export), `yyyy-mm-dd`, or with slashes — month first, as a US English export writes them, unless a value
 * shows the day comes first (a first number above 12) or the headers are Norwegian.
 */
import { parse } from "csv-parse/sync";
import type { BusyStatus, CalendarEntry, EntryRef } from "../../core/calendar/types.js";
import { fold, parseBoolean } from "../../core/cells.js";
import { addDays, dayFromParts, fromDay } from "../../core/dates.js";
import { InputDataError, type InputIssue } from "../../core/errors.js";
import type { Text } from "../../core/i18n.js";
import { detectDelimiter, firstNonBlankLine } from "../csv/header.js";
import type { CalendarRead } from "./ics.js";
import { OUTLOOK_CSV } from "./outlook-csv.messages.js";
import { instantOf, NORWAY } from "./time-zone.js";

type Field = "startDate" | "startTime" | "endDate" | "endTime" | "allDay" | "categories" | "showTimeAs";

/** Column names per field: English (Outlook's own), then Norwegian. */
export const COLUMNS: Readonly<Record<Field, { en: string; nb: readonly string[]; required: boolean }>> = {
  startDate: { en: "Start Date", nb: ["Startdato"], required: true },
  startTime: { en: "Start Time", nb: ["Starttid", "Starttidspunkt", "Klokkeslett for start"], required: true },
  endDate: { en: "End Date", nb: ["Sluttdato"], required: true },
  endTime: { en: "End Time", nb: ["Sluttid", "Sluttidspunkt", "Klokkeslett for slutt"], required: true },
  allDay: { en: "All day event", nb: ["Heldagsavtale", "Heldagshendelse", "Hele dagen"], required: false },
  categories: { en: "Categories", nb: ["Kategorier"], required: true },
  showTimeAs: { en: "Show time as", nb: ["Vis tid som", "Vis som"], required: false },
};

const LOOKUP = new Map<string, { field: Field; lang: "en" | "nb" }>();
for (const [field, names] of Object.entries(COLUMNS) as [Field, (typeof COLUMNS)[Field]][]) {
  LOOKUP.set(fold(names.en), { field, lang: "en" });
  for (const n of names.nb) LOOKUP.set(fold(n), { field, lang: "nb" });
}

/** Outlook's "Show time as": the number it writes (OlBusyStatus) or the word. */
const SHOW_AS = new Map<string, BusyStatus>([
  ["0", "free"],
  ["1", "tentative"],
  ["2", "busy"],
  ["3", "oof"],
  ["4", "elsewhere"],
  ...["free", "ledig"].map((w) => [fold(w), "free"] as [string, BusyStatus]),
  ...["tentative", "foreløpig", "usikker"].map((w) => [fold(w), "tentative"] as [string, BusyStatus]),
  ...["busy", "opptatt"].map((w) => [fold(w), "busy"] as [string, BusyStatus]),
  ...["out of office", "oof", "fraværende", "borte", "ikke til stede"].map(
    (w) => [fold(w), "oof"] as [string, BusyStatus],
  ),
  ...["working elsewhere", "arbeider et annet sted", "jobber et annet sted"].map(
    (w) => [fold(w), "elsewhere"] as [string, BusyStatus],
  ),
]);

/** Read an Outlook calendar CSV (every row: the rules decide what lies in the window). */
export function readOutlookCsv(text: string, file: string): CalendarRead {
  const sheet = splitSheet(text, file);
  const columns = findColumns(sheet, file);
  const dayFirst = slashDayFirst(
    sheet.rows.flatMap((r) => [cell(r, columns, "startDate"), cell(r, columns, "endDate")]),
    columns.norwegian,
  );
  const read: CalendarRead = {
    file,
    format: "outlook-csv",
    events: sheet.rows.length,
    entries: [],
    skipped: { cancelled: 0, seriesOutsideWindow: 0, noStart: 0 },
    zonesAssumed: new Map(),
    warnings: [],
  };
  const issues: InputIssue[] = [];
  for (const [k, r] of sheet.rows.entries()) {
    const entry = rowEntry(r, columns, dayFirst, { file, line: sheet.lines[k] as number });
    if ("kind" in entry) read.entries.push(entry);
    else issues.push(entry);
  }
  if (issues.length > 0) throw new InputDataError(OUTLOOK_CSV.text("rowsUnreadable", { file }), issues);
  return read;
}

/** The CSV's header and its rows that are not blank, each with the line it starts on. */
interface Sheet {
  header: string[] | undefined;
  headerLine: number;
  rows: string[][];
  lines: number[];
}

function notCalendar(file: string, message: Text): never {
  throw new InputDataError(OUTLOOK_CSV.text("notCalendar", { file }), [{ file, line: 1, message }]);
}

/** The text parsed as CSV (its delimiter found from the header line); blank rows dropped. */
function splitSheet(text: string, file: string): Sheet {
  const headerLine = firstNonBlankLine(text, true);
  if (headerLine === undefined) return notCalendar(file, OUTLOOK_CSV.text("empty"));
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: detectDelimiter(headerLine),
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      record_delimiter: ["\r\n", "\n"],
    }) as string[][];
  } catch (e) {
    // csv-parse's messages may quote a field (a subject, a description): only the line is given.
    const at = (e as { lines?: unknown }).lines;
    return notCalendar(file, OUTLOOK_CSV.text("notCsv", typeof at === "number" ? { line: at } : {}));
  }
  let line = 1;
  const sheet: Sheet = { header: undefined, headerLine: 1, rows: [], lines: [] };
  for (const r of records) {
    const start = line;
    for (const c of r) line += (c.match(/\n/g) ?? []).length;
    line++;
    if (r.every((c) => c.trim() === "")) continue;
    if (!sheet.header) {
      sheet.header = r;
      sheet.headerLine = start;
      continue;
    }
    sheet.rows.push(r);
    sheet.lines.push(start);
  }
  return sheet;
}

/** Where each field's column is, and whether the headers are mostly Norwegian. */
interface Columns {
  at: Map<Field, number>;
  header: readonly string[];
  norwegian: boolean;
}

/** The header's known columns (the first of each field); an error when a required one is missing. */
function findColumns(sheet: Sheet, file: string): Columns {
  const header = sheet.header ?? [];
  const at = new Map<Field, number>();
  const langs = { en: 0, nb: 0 };
  header.forEach((h, i) => {
    const m = LOOKUP.get(fold(h));
    if (m && !at.has(m.field)) {
      at.set(m.field, i);
      langs[m.lang]++;
    }
  });
  const missing = (Object.keys(COLUMNS) as Field[]).filter((f) => COLUMNS[f].required && !at.has(f));
  if (missing.length > 0) {
    const found = header.map((h) => h.trim()).filter((h) => h !== "");
    const shown = found.slice(0, 30).map((h) => JSON.stringify(h.length > 40 ? `${h.slice(0, 39)}…` : h));
    const all = Object.values(COLUMNS);
    throw new InputDataError(OUTLOOK_CSV.text("unknownExport", { file }), [
      {
        file,
        line: sheet.headerLine,
        message: OUTLOOK_CSV.text("unknownHeader", {
          found: shown.join(", "),
          more: Math.max(0, found.length - 30),
          english: all.map((c) => c.en).join(", "),
          norwegian: all.map((c) => c.nb[0] as string).join(", "),
          required: all
            .filter((c) => c.required)
            .map((c) => c.en)
            .join(", "),
          missing: missing.map((f) => COLUMNS[f].en).join(", "),
        }),
      },
    ]);
  }
  return { at, header, norwegian: langs.nb > langs.en };
}

function cell(r: readonly string[], columns: Columns, f: Field): string {
  const i = columns.at.get(f);
  return i === undefined ? "" : (r[i] ?? "").trim();
}

/** A date or time cell as written, when it looks like one; anything else may be private text shifted into it. */
function shownValue(v: string): Text {
  if (!/^[\d\s./:\-APMapm]{1,24}$/.test(v)) return OUTLOOK_CSV.text("valueNotShown");
  const quoted = JSON.stringify(v);
  return { nb: quoted, en: quoted };
}

/** One row → an all-day or a timed entry, or the issue of its first date or time that cannot be read. */
function rowEntry(
  r: readonly string[],
  columns: Columns,
  dayFirst: boolean,
  ref: EntryRef,
): CalendarEntry | InputIssue {
  const col = (f: Field) => cell(r, columns, f);
  const bad = (field: Field, what: "notDate" | "notTime"): InputIssue => {
    const i = columns.at.get(field) ?? 0;
    const column = { nb: columns.header[i]?.trim() || COLUMNS[field].en, en: COLUMNS[field].en };
    return {
      file: ref.file,
      line: ref.line,
      column: i + 1,
      message: OUTLOOK_CSV.text(what, { column, value: shownValue(col(field)) }),
    };
  };
  const sd = parseDay(col("startDate"), dayFirst);
  if (!sd) return bad("startDate", "notDate");
  const ed = col("endDate") === "" ? sd : parseDay(col("endDate"), dayFirst);
  if (!ed) return bad("endDate", "notDate");
  const categories = col("categories")
    .split(/[;,]/)
    .map((c) => c.trim())
    .filter((c) => c !== "");
  const busy = SHOW_AS.get(fold(col("showTimeAs")));
  if (parseBoolean(col("allDay")) === true) {
    const until = ed > sd ? ed : addDays(sd, 1);
    return { kind: "allDay", from: sd, until, categories, ...(busy ? { busy } : {}), ref };
  }
  const st = parseTime(col("startTime"));
  if (!st) return bad("startTime", "notTime");
  const et = col("endTime") === "" ? st : parseTime(col("endTime"));
  if (!et) return bad("endTime", "notTime");
  const start = instantOf(NORWAY, { ...ymd(sd), ...st });
  const end = instantOf(NORWAY, { ...ymd(ed), ...et });
  return { kind: "timed", start, end, categories, ...(busy ? { busy } : {}), ref };
}

function ymd(iso: string): { year: number; month: number; day: number } {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return { year: y, month: m, day: d };
}

/** Whether `a/b/yyyy` dates are day first: a value shows it, else the header language decides. */
function slashDayFirst(values: readonly string[], norwegian: boolean): boolean {
  for (const v of values) {
    const m = /^(\d{1,2})\/(\d{1,2})\/\d{2,4}$/.exec(v);
    if (!m) continue;
    if (Number(m[1]) > 12) return true;
    if (Number(m[2]) > 12) return false;
  }
  return norwegian;
}

function parseDay(raw: string, slashDayFirst: boolean): string | undefined {
  const s = raw.trim();
  let y: number;
  let mo: number;
  let d: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  const dots = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/.exec(s);
  const slashes = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(s);
  if (iso) [y, mo, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (dots) [d, mo, y] = [Number(dots[1]), Number(dots[2]), Number(dots[3])];
  else if (slashes)
    [d, mo, y] = slashDayFirst
      ? [Number(slashes[1]), Number(slashes[2]), Number(slashes[3])]
      : [Number(slashes[2]), Number(slashes[1]), Number(slashes[3])];
  else return undefined;
  if (y < 100) y += 2000;
  const day = dayFromParts(y, mo, d);
  return day === undefined ? undefined : fromDay(day);
}

function parseTime(raw: string): { hour: number; minute: number; second: number } | undefined {
  const m = /^(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?\s*([ap])?\.?\s*m?\.?$/i.exec(raw.trim());
  if (!m) return undefined;
  let hour = Number(m[1]);
  const minute = Number(m[2]);
  const second = m[3] ? Number(m[3]) : 0;
  const ampm = m[4]?.toLowerCase();
  if (ampm) {
    if (hour < 1 || hour > 12) return undefined;
    if (ampm === "a" && hour === 12) hour = 0;
    if (ampm === "p" && hour !== 12) hour += 12;
  }
  if (hour > 24 || minute > 59 || second > 59 || (hour === 24 && (minute > 0 || second > 0))) return undefined;
  return { hour, minute, second };
}
