/**
 * utetid.csv for the calendar import: read an existing file as it is (encoding, byte-order mark, delimiter,
 * line endings, every row's exact text), and write it back with the imported specialists' window rows replaced
 * — the other rows byte for byte as they were. A new file gets `fidelity init`'s header and dialect.
 */
import { existsSync, readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import {
  type CsvDialect,
  csvLine,
  dateStyleOf,
  decimalOf,
  type FileLayout,
  type FileRow,
  INIT_DIALECT,
  INIT_UTETID_HEADER,
  type MergePlan,
} from "../../core/calendar/merge.js";
import { InputDataError, type InputIssue, IoError } from "../../core/errors.js";
import { writeFileAtomic } from "../atomic-write.js";
import { latin1ToCp1252, sniffFile, type TextEncoding } from "../csv/encoding.js";
import { detectDelimiter, firstNonBlankLine, matchHeader } from "../csv/header.js";
import { IO } from "../io.messages.js";
import { UTETID_FILE } from "./utetid-file.messages.js";

export interface UtetidFile {
  path: string;
  /** False when the file does not exist yet (it will be created in the tool's own format). */
  exists: boolean;
  encoding: TextEncoding;
  dialect: CsvDialect;
  layout: FileLayout;
  /** The text before the first data row (blank lines and the header line), verbatim. */
  head: string;
  /** Data rows: cells and their exact text (with its line ending). */
  rows: (FileRow & { text: string })[];
}

/** Read utetid.csv for merging; a file that does not exist is an empty file in `init`'s format. */
export async function readUtetidForMerge(path: string, display: string): Promise<UtetidFile> {
  if (!existsSync(path)) return newFile(path, false);
  const sniff = await sniffFile(path).catch((e: unknown) => {
    throw new IoError(
      IO.text("cannotReadFile", { path: display, code: (e as NodeJS.ErrnoException).code ?? String(e) }),
      path,
    );
  });
  if (!sniff.encoding)
    throw new InputDataError(UTETID_FILE.text("notCsv", { file: display }), [
      { file: display, message: sniff.notText ?? UTETID_FILE.text("notText") },
    ]);
  const encoding = sniff.encoding;
  const text = decode(readFileSync(path), encoding);
  const headerLine = firstNonBlankLine(text, true);
  if (headerLine === undefined) {
    // An empty file: written as if new, in the tool's own format.
    return newFile(path, true);
  }
  const delimiter = detectDelimiter(headerLine);
  const utf8 = Buffer.from(text, "utf8");
  const records = parse(utf8, {
    delimiter,
    info: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    record_delimiter: ["\r\n", "\n"],
  }) as unknown as { record: string[]; info: { bytes: number } }[];

  let at = 0;
  let head = "";
  let layout: FileLayout | undefined;
  const rows: UtetidFile["rows"] = [];
  const issues: InputIssue[] = [];
  let line = 1;
  for (const r of records) {
    const raw = utf8.subarray(at, r.info.bytes).toString("utf8");
    at = r.info.bytes;
    const start = line;
    line += (raw.match(/\n/g) ?? []).length;
    const blank = r.record.every((c) => c.trim() === "");
    if (!layout) {
      head += raw;
      if (blank) continue;
      const m = matchHeader("utetid", r.record, display, start);
      if (!m.usable) issues.push(...m.issues);
      layout = { columns: m.columns, width: m.width };
      continue;
    }
    rows.push({ cells: r.record, text: raw });
  }
  if (at < utf8.length) {
    const rest = utf8.subarray(at).toString("utf8");
    if (rows.length > 0) (rows[rows.length - 1] as { text: string }).text += rest;
    else head += rest;
  }
  if (issues.length > 0 || !layout)
    throw new InputDataError(UTETID_FILE.text("notUtetidHeader", { file: display }), issues);
  if (!layout.columns.has("dato"))
    throw new InputDataError(UTETID_FILE.text("noDatoColumn", { file: display }), [
      { file: display, line: 1, message: UTETID_FILE.text("weeklyRows") },
    ]);
  const hourCells = rows.flatMap((r) =>
    ["timer_totalt", "timer_ute"].map((c) => r.cells[layout?.columns.get(c) ?? -1] ?? ""),
  );
  const dateCells = rows.map((r) => r.cells[layout?.columns.get("dato") ?? -1] ?? "");
  const dialect: CsvDialect = {
    delimiter,
    decimal: decimalOf(hourCells, delimiter),
    dateStyle: dateStyleOf(dateCells),
    eol: text.includes("\r\n") || !text.includes("\n") ? "\r\n" : "\n",
  };
  return { path, exists: true, encoding, dialect, layout, head, rows };
}

function newFile(path: string, exists: boolean): UtetidFile {
  return {
    path,
    exists,
    encoding: "utf-8-bom",
    dialect: INIT_DIALECT,
    layout: { columns: new Map(INIT_UTETID_HEADER.map((c, i) => [c, i])), width: INIT_UTETID_HEADER.length },
    head: `${INIT_UTETID_HEADER.join(INIT_DIALECT.delimiter)}${INIT_DIALECT.eol}`,
    rows: [],
  };
}

/** The merged file's text: the head, the rows kept, then the new rows. */
export function mergedText(file: UtetidFile, plan: MergePlan): string {
  let out = file.head;
  file.rows.forEach((r, i) => {
    if (plan.keep[i]) out += r.text;
  });
  if (plan.newRows.length > 0 && out !== "" && !out.endsWith("\n")) out += file.dialect.eol;
  for (const cells of plan.newRows) out += csvLine(cells, file.dialect.delimiter) + file.dialect.eol;
  return out;
}

/**
 * Write the merged text in the file's encoding. A file that had no byte-order mark and only ASCII could be
 * UTF-8 or Windows-1252 alike: it is written as UTF-8 with a byte-order mark, so Excel shows æøå right.
 */
export function writeUtetid(file: UtetidFile, text: string, display: string): TextEncoding {
  let encoding = file.encoding;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: ASCII is U+0000–U+007F
  const ascii = (s: string) => /^[\u0000-\u007f]*$/.test(s);
  if (encoding === "utf-8" && file.rows.every((r) => ascii(r.text)) && ascii(file.head)) encoding = "utf-8-bom";
  writeFileAtomic(file.path, encode(text, encoding, display));
  return encoding;
}

function decode(buf: Buffer, encoding: TextEncoding): string {
  switch (encoding) {
    case "utf-8":
      return buf.toString("utf8");
    case "utf-8-bom":
      return buf.subarray(3).toString("utf8");
    case "windows-1252":
      return latin1ToCp1252(buf.toString("latin1"));
    case "utf-16le":
      return buf.subarray(buf[0] === 0xff && buf[1] === 0xfe ? 2 : 0).toString("utf16le");
    case "utf-16be": {
      const body = Buffer.from(buf.subarray(buf[0] === 0xfe && buf[1] === 0xff ? 2 : 0));
      return body.swap16().toString("utf16le");
    }
  }
}

const CP1252_REVERSE = new Map<string, number>(
  [
    ..."\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178",
  ].map((c, i) => [c, 0x80 + i]),
);

function encode(text: string, encoding: TextEncoding, display: string): Buffer {
  switch (encoding) {
    case "utf-8":
      return Buffer.from(text, "utf8");
    case "utf-8-bom":
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]);
    case "windows-1252": {
      const bytes: number[] = [];
      for (const ch of text) {
        const code = ch.codePointAt(0) as number;
        const b = CP1252_REVERSE.get(ch) ?? (code <= 0xff && (code < 0x80 || code > 0x9f) ? code : undefined);
        if (b === undefined)
          throw new InputDataError(UTETID_FILE.text("notWindows1252", { file: display }), [
            { file: display, message: UTETID_FILE.text("characterNotInEncoding", { character: JSON.stringify(ch) }) },
          ]);
        bytes.push(b);
      }
      return Buffer.from(bytes);
    }
    case "utf-16le":
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    case "utf-16be":
      return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, "utf16le").swap16()]);
  }
}
