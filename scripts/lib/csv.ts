/**
 * Writing synthetic CSV files the way real exports look (docs/design.md §4):
 * - `excel-nb`: what Excel in a Norwegian locale saves as "CSV (semikolondelt)": Windows-1252, `;`,
 *   decimal comma, dates dd.mm.yyyy, CRLF line ends;
 * - `utf8`: UTF-8 without BOM, `,`, decimal point, ISO dates, LF;
 * - `utf8-bom`: as `utf8`, with a byte-order mark.
 */
import iconv from "iconv-lite";
import { dmy } from "./days.js";

export const OUTPUT_FORMATS = ["excel-nb", "utf8", "utf8-bom"] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** A cell before formatting: text, a number (hours, %), an ISO date, a yes/no, or empty. */
export type Cell =
  | { kind: "text"; value: string }
  | { kind: "number"; value: number }
  | { kind: "date"; value: string }
  | { kind: "bool"; value: boolean }
  | undefined;

export const text = (value: string | undefined): Cell => (value === undefined ? undefined : { kind: "text", value });
export const num = (value: number | undefined): Cell => (value === undefined ? undefined : { kind: "number", value });
export const date = (value: string | undefined): Cell => (value === undefined ? undefined : { kind: "date", value });
export const bool = (value: boolean | undefined): Cell => (value === undefined ? undefined : { kind: "bool", value });

interface Dialect {
  delimiter: string;
  eol: string;
  decimal: string;
  dates: "iso" | "dmy";
}

export function dialectOf(format: OutputFormat): Dialect {
  return format === "excel-nb"
    ? { delimiter: ";", eol: "\r\n", decimal: ",", dates: "dmy" }
    : { delimiter: ",", eol: "\n", decimal: ".", dates: "iso" };
}

/** A number with at most two decimals and no trailing zeros: 7.5 → "7,5" (excel-nb) or "7.5". */
export function formatNumber(n: number, decimal: string): string {
  const rounded = Math.round(n * 100) / 100;
  let s = rounded.toFixed(2).replace(/\.?0+$/, "");
  if (s === "-0") s = "0";
  return decimal === "." ? s : s.replace(".", decimal);
}

function formatCell(cell: Cell, d: Dialect): string {
  if (cell === undefined) return "";
  switch (cell.kind) {
    case "text":
      return cell.value;
    case "number":
      return formatNumber(cell.value, d.decimal);
    case "date":
      return d.dates === "iso" ? cell.value : dmy(cell.value);
    case "bool":
      return cell.value ? "ja" : "nei";
  }
}

function quote(field: string, d: Dialect): string {
  if (field.includes(d.delimiter) || field.includes('"') || field.includes("\n") || field.includes("\r"))
    return `"${field.replace(/"/g, '""')}"`;
  return field;
}

/** The whole file as text (header line and rows, a line end after every line). */
export function csvText(header: readonly string[], rows: Iterable<readonly Cell[]>, format: OutputFormat): string {
  const d = dialectOf(format);
  const lines: string[] = [header.map((h) => quote(h, d)).join(d.delimiter)];
  for (const row of rows) lines.push(row.map((c) => quote(formatCell(c, d), d)).join(d.delimiter));
  return lines.join(d.eol) + d.eol;
}

/** Bytes to write for a text in a format's encoding. Throws if a character has no Windows-1252 code. */
export function encode(content: string, format: OutputFormat): Buffer {
  if (format === "excel-nb") {
    const bytes = iconv.encode(content, "win1252");
    const back = iconv.decode(bytes, "win1252");
    if (back !== content) throw new Error("text has characters that Windows-1252 cannot encode");
    return bytes;
  }
  const body = Buffer.from(content, "utf8");
  return format === "utf8-bom" ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
}
