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
import type { BusyStatus } from "../../core/calendar/types.js";
import { fold, parseBoolean } from "../../core/cells.js";
import { addDays, dayFromParts, fromDay } from "../../core/dates.js";
import { InputDataError, type InputIssue } from "../../core/errors.js";
import { detectDelimiter, firstNonBlankLine } from "../csv/header.js";
import type { CalendarRead } from "./ics.js";
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

/** What the header must hold, for the message about an unknown header. */
export function expectedHeaders(): string {
  const en = Object.values(COLUMNS).map((c) => c.en);
  const nb = Object.values(COLUMNS).map((c) => c.nb[0] as string);
  return `${en.join(", ")} (Outlook in English) or ${nb.join(", ")} (Norwegian); required: ${Object.values(COLUMNS)
    .filter((c) => c.required)
    .map((c) => c.en)
    .join(", ")}`;
}

/** Read an Outlook calendar CSV (every row: the rules decide what lies in the window). */
export function readOutlookCsv(text: string, file: string): CalendarRead {
  const headerLine = firstNonBlankLine(text, true);
  const notCalendar = (message: string): never => {
    throw new InputDataError(`${file}: not a calendar export`, [{ file, line: 1, message }]);
  };
  if (headerLine === undefined)
    return notCalendar("the file is empty (expected an .ics file or Outlook's calendar CSV)");
  const delimiter = detectDelimiter(headerLine);
  let records: string[][];
  try {
    records = parse(text, {
      delimiter,
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      record_delimiter: ["\r\n", "\n"],
    }) as string[][];
  } catch (e) {
    // csv-parse's messages may quote a field (a subject, a description): only the line is given.
    const at = (e as { lines?: unknown }).lines;
    return notCalendar(
      `not a CSV file this tool can read${typeof at === "number" ? ` (a problem at line ${at})` : ""}`,
    );
  }
  let line = 1;
  const lines: number[] = [];
  let header: string[] | undefined;
  let headerLineNo = 1;
  const rows: string[][] = [];
  for (const r of records) {
    const start = line;
    for (const c of r) line += (c.match(/\n/g) ?? []).length;
    line++;
    if (r.every((c) => c.trim() === "")) continue;
    if (!header) {
      header = r;
      headerLineNo = start;
      continue;
    }
    rows.push(r);
    lines.push(start);
  }
  const columns = new Map<Field, number>();
  const langs = { en: 0, nb: 0 };
  (header ?? []).forEach((h, i) => {
    const m = LOOKUP.get(fold(h));
    if (m && !columns.has(m.field)) {
      columns.set(m.field, i);
      langs[m.lang]++;
    }
  });
  const missing = (Object.keys(COLUMNS) as Field[]).filter((f) => COLUMNS[f].required && !columns.has(f));
  if (missing.length > 0) {
    const found = (header ?? []).map((h) => h.trim()).filter((h) => h !== "");
    const shown = found.slice(0, 30).map((h) => JSON.stringify(h.length > 40 ? `${h.slice(0, 39)}…` : h));
    throw new InputDataError(`${file}: not a calendar export this tool knows`, [
      {
        file,
        line: headerLineNo,
        message: `not an iCalendar file, and the header is not Outlook's calendar CSV: found ${shown.join(", ")}${found.length > 30 ? ` and ${found.length - 30} more` : ""}; expected ${expectedHeaders()}; missing ${missing.map((f) => COLUMNS[f].en).join(", ")}`,
      },
    ]);
  }
  const col = (r: string[], f: Field) => {
    const i = columns.get(f);
    return i === undefined ? "" : (r[i] ?? "").trim();
  };

  const dayFirst = slashDayFirst(
    rows.flatMap((r) => [col(r, "startDate"), col(r, "endDate")]),
    langs.nb > langs.en,
  );
  const read: CalendarRead = {
    file,
    format: "outlook-csv",
    events: rows.length,
    entries: [],
    skipped: { cancelled: 0, seriesOutsideWindow: 0, noStart: 0 },
    zonesAssumed: new Map(),
    warnings: [],
  };
  const issues: InputIssue[] = [];
  /** A date or time cell as written, when it looks like one; anything else may be private text shifted into it. */
  const shown = (v: string) => (/^[\d\s./:\-APMapm]{1,24}$/.test(v) ? JSON.stringify(v) : "(value not shown)");
  for (const [k, r] of rows.entries()) {
    const ref = { file, line: lines[k] as number };
    const bad = (field: Field, what: string) =>
      issues.push({
        file,
        line: ref.line,
        column: (columns.get(field) ?? 0) + 1,
        message: `${COLUMNS[field].en}: ${what}`,
      });
    const sd = parseDay(col(r, "startDate"), dayFirst);
    if (!sd) {
      bad("startDate", `${shown(col(r, "startDate"))} is not a date (dd.mm.yyyy)`);
      continue;
    }
    const ed = col(r, "endDate") === "" ? sd : parseDay(col(r, "endDate"), dayFirst);
    if (!ed) {
      bad("endDate", `${shown(col(r, "endDate"))} is not a date (dd.mm.yyyy)`);
      continue;
    }
    const categories = col(r, "categories")
      .split(/[;,]/)
      .map((c) => c.trim())
      .filter((c) => c !== "");
    const busy = SHOW_AS.get(fold(col(r, "showTimeAs")));
    const allDay = parseBoolean(col(r, "allDay")) === true;
    if (allDay) {
      const until = ed > sd ? ed : addDays(sd, 1);
      read.entries.push({ kind: "allDay", from: sd, until, categories, ...(busy ? { busy } : {}), ref });
      continue;
    }
    const st = parseTime(col(r, "startTime"));
    if (!st) {
      bad("startTime", `${shown(col(r, "startTime"))} is not a time (hh:mm)`);
      continue;
    }
    const et = col(r, "endTime") === "" ? st : parseTime(col(r, "endTime"));
    if (!et) {
      bad("endTime", `${shown(col(r, "endTime"))} is not a time (hh:mm)`);
      continue;
    }
    const start = instantOf(NORWAY, { ...ymd(sd), ...st });
    const end = instantOf(NORWAY, { ...ymd(ed), ...et });
    read.entries.push({ kind: "timed", start, end, categories, ...(busy ? { busy } : {}), ref });
  }
  if (issues.length > 0) throw new InputDataError(`${file}: rows that cannot be read; nothing was written`, issues);
  return read;
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
