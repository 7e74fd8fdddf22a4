/**
 * Merging imported days into an existing utetid.csv (issue 14). The file's rows are kept verbatim except an
 * imported specialist's rows for the window (daily rows dated in it, weekly rows whose week's Monday is in it —
 * the period the import now covers), which the import replaces; rows of other specialists, other days and
 * other teams are kept as they were. Names match as the metrics match them (case and spacing do not matter). New rows are written in the file's own dialect: its delimiter, decimal
 * separator, date style and column order. Pure: text in, text out.
 */
import { fold, parseDate, parseIsoWeek } from "../cells.js";
import type { IsoDate } from "../dates.js";
import { specialistKey } from "../metrics/names.js";
import { inWindow, type LookbackWindow } from "../window.js";
import type { CalendarDayRow } from "./rules.js";

export type DateStyle = "iso" | "dd.mm.yyyy" | "dd.mm.yy" | "dd/mm/yyyy";

export interface CsvDialect {
  delimiter: ";" | "," | "\t";
  decimal: "," | ".";
  dateStyle: DateStyle;
  eol: "\r\n" | "\n";
}

/** The tool's own format for a new utetid.csv: `fidelity init`'s header, `;`, CRLF, decimal comma, ISO dates. */
export const INIT_DIALECT: CsvDialect = { delimiter: ";", decimal: ",", dateStyle: "iso", eol: "\r\n" };
export const INIT_UTETID_HEADER = ["jobbspesialist", "dato", "timer_totalt", "timer_ute"] as const;

/** A data row of the file: its cells, as parsed. */
export interface FileRow {
  cells: readonly string[];
}

/** Which column holds which field (canonical utetid column names → index), and how many header cells. */
export interface FileLayout {
  columns: ReadonlyMap<string, number>;
  width: number;
}

export interface ImportedSpecialist {
  specialist: string;
  rows: readonly CalendarDayRow[];
}

export interface MergePlan {
  /** One per file row: false for a row the import replaces. */
  keep: boolean[];
  /** Rows replaced, per imported specialist (as written in the import). */
  replaced: Map<string, number>;
  /** The import's name → the file's spelling of the same name (case, spaces: the metrics' name rule), where they differ. */
  spelling: Map<string, string>;
  /** New rows' cells, in the file's column order, ready to be quoted and joined. */
  newRows: string[][];
}

const cell = (row: FileRow, layout: FileLayout, name: string): string | undefined => {
  const i = layout.columns.get(name);
  return i === undefined ? undefined : row.cells[i];
};

/** The period a row is about: a day, or an ISO week by its Monday (as the utetid reader reads it). */
function rowPeriod(row: FileRow, layout: FileLayout): { date: IsoDate; period: "day" | "week" } | undefined {
  const uke = cell(row, layout, "uke")?.trim();
  if (uke) {
    const w = parseIsoWeek(uke);
    return w ? { date: w.monday, period: "week" } : undefined;
  }
  const dato = cell(row, layout, "dato")?.trim() ?? "";
  const d = parseDate(dato);
  if (d) return { date: d, period: "day" };
  const w = parseIsoWeek(dato);
  return w ? { date: w.monday, period: "week" } : undefined;
}

/**
 * Plan the merge. `team`: the team the rows belong to, when the file has a team column (rows of other teams
 * are never touched; new rows get this value).
 */
export function planMerge(
  rows: readonly FileRow[],
  layout: FileLayout,
  imported: readonly ImportedSpecialist[],
  window: LookbackWindow,
  dialect: CsvDialect,
  team?: string,
): MergePlan {
  const bySpecialist = new Map(imported.map((s) => [specialistKey(s.specialist), s.specialist]));
  const spelling = new Map<string, string>();
  const replaced = new Map<string, number>(imported.map((s) => [s.specialist, 0]));
  const teamColumn = layout.columns.has("team");
  const ourTeam = team === undefined ? undefined : fold(team);
  const keep = rows.map((row) => {
    const name = cell(row, layout, "jobbspesialist")?.trim() ?? "";
    const ours = bySpecialist.get(specialistKey(name));
    if (ours === undefined || name === "") return true;
    if (name !== ours && !spelling.has(ours)) spelling.set(ours, name);
    if (teamColumn) {
      const t = cell(row, layout, "team")?.trim() ?? "";
      if (t !== "" && ourTeam !== undefined && fold(t) !== ourTeam) return true;
    }
    const p = rowPeriod(row, layout);
    if (!p || !inWindow(window, p.date)) return true;
    replaced.set(ours, (replaced.get(ours) ?? 0) + 1);
    return false;
  });

  const newRows: string[][] = [];
  for (const s of imported) {
    const name = spelling.get(s.specialist) ?? s.specialist;
    for (const r of s.rows) {
      const cells = Array.from({ length: layout.width }, () => "");
      const set = (col: string, value: string) => {
        const i = layout.columns.get(col);
        if (i !== undefined) cells[i] = value;
      };
      set("jobbspesialist", name);
      set("dato", formatDateIn(r.date, dialect.dateStyle));
      set("timer_totalt", formatHoursIn(r.hoursTotal, dialect.decimal));
      set("timer_ute", formatHoursIn(r.hoursOut, dialect.decimal));
      if (team !== undefined) set("team", team);
      newRows.push(cells);
    }
  }
  return { keep, replaced, spelling, newRows };
}

export function formatHoursIn(hours: number, decimal: "," | "."): string {
  const s = String(Math.round(hours * 100) / 100);
  return decimal === "," ? s.replace(".", ",") : s;
}

export function formatDateIn(iso: IsoDate, style: DateStyle): string {
  const [y = "", m = "", d = ""] = iso.split("-");
  switch (style) {
    case "iso":
      return iso;
    case "dd.mm.yyyy":
      return `${d}.${m}.${y}`;
    case "dd.mm.yy":
      return `${d}.${m}.${y.slice(2)}`;
    case "dd/mm/yyyy":
      return `${d}/${m}/${y}`;
  }
}

/** The date style most of the file's `dato` cells use (ISO when there are none). */
export function dateStyleOf(values: readonly string[]): DateStyle {
  const counts = new Map<DateStyle, number>();
  for (const v of values) {
    const s = v.trim();
    const style: DateStyle | undefined = /^\d{4}-\d{1,2}-\d{1,2}/.test(s)
      ? "iso"
      : /^\d{1,2}\.\d{1,2}\.\d{4}$/.test(s)
        ? "dd.mm.yyyy"
        : /^\d{1,2}\.\d{1,2}\.\d{2}$/.test(s)
          ? "dd.mm.yy"
          : /^\d{1,2}\/\d{1,2}\/\d{4}$/.test(s)
            ? "dd/mm/yyyy"
            : undefined;
    if (style) counts.set(style, (counts.get(style) ?? 0) + 1);
  }
  let best: DateStyle = "iso";
  let most = 0;
  for (const [style, n] of counts)
    if (n > most) {
      best = style;
      most = n;
    }
  return best;
}

/** The decimal separator the file's hour cells use; without a decimal among them, `,` unless `,` separates fields. */
export function decimalOf(values: readonly string[], delimiter: CsvDialect["delimiter"]): "," | "." {
  let comma = 0;
  let dot = 0;
  for (const v of values) {
    if (/\d,\d/.test(v)) comma++;
    else if (/\d\.\d/.test(v)) dot++;
  }
  if (comma === 0 && dot === 0) return delimiter === "," ? "." : ",";
  return comma >= dot ? "," : ".";
}

/** One CSV line (without its line ending): cells quoted where they hold the delimiter, a quote or a line break. */
export function csvLine(cells: readonly string[], delimiter: CsvDialect["delimiter"]): string {
  return cells
    .map((c) => (c.includes(delimiter) || /["\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c))
    .join(delimiter);
}
