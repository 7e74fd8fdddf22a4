/**
 * Reading one CSV export (docs/design.md §4), streaming: the file is never held in memory, so a
 * 1,000,000-row contact file is checked in constant memory with `scanCsv` (records go to a callback);
 * `readCsv` collects the records as well.
 *
 * A file up to 8 MB is read once and parsed from memory; a bigger one is streamed in two passes: the first finds
 * the encoding (and the sha256), the second parses with csv-parse. Every problem becomes an InputIssue at `file:line:column`, where line is the line the row
 * STARTS on (a quoted field may span lines) and column is the 1-based field number.
 */
import { closeSync, createReadStream, fstatSync, openSync, readFileSync } from "node:fs";
import { pipeline } from "node:stream/promises";
import { parse } from "csv-parse";
import { fold, withholdCellValue } from "../../core/cells.js";
import { type InputIssue, IoError } from "../../core/errors.js";
import type { Text } from "../../core/i18n.js";
import { idNumberProblem } from "../../core/national-id.js";
import type { CaseloadRecord, ContactRecord, UtetidRecord } from "../../core/records.js";
import { compileRowParser, type FieldsParser } from "../../core/row-parsers.js";
import { type CsvKind, FteAgreement } from "../../core/row-schemas.js";
import { bomLength, CHUNK_SIZE, latin1ToCp1252, sniffBytes, sniffFile, type TextEncoding } from "./encoding.js";
import { type Delimiter, detectDelimiter, firstNonBlankLine, type HeaderMatch, matchHeader } from "./header.js";
import { CSV } from "./read.messages.js";

export interface RecordOf {
  utetid: UtetidRecord;
  contacts: ContactRecord;
  caseload: CaseloadRecord;
}

/** An issue of one CSV file; `team` is the row's team value in a multi-team export. */
export interface CsvIssue extends InputIssue {
  team?: string;
}

export interface CsvScan {
  /** The path as given: used in every issue and record source. */
  file: string;
  kind: CsvKind;
  bytes: number;
  sha256: string;
  /** Undefined when the file is not text. */
  encoding?: TextEncoding;
  delimiter?: Delimiter;
  /** Data rows read: non-blank rows after the header, valid or not. */
  rows: number;
  /** True when the header has a `team` column. */
  teamColumn: boolean;
  /** Canonical names of the columns the header has (empty when there is no header). */
  columns: string[];
  /** Rows per team value, keyed by the folded value; `name` is the first spelling seen. */
  teams: Map<string, { name: string; rows: number }>;
  /** Lines of data rows with an empty team cell (only when there is a team column). */
  linesWithoutTeam: number[];
  /** Problems, in file order (at most `maxIssues`). */
  issues: CsvIssue[];
  /** Number of problems found, including any beyond `maxIssues`. */
  issueCount: number;
}

export interface CsvRead<K extends CsvKind> extends CsvScan {
  /** Rows that were valid, typed, in file order. */
  records: RecordOf[K][];
}

export interface CsvOptions {
  /** Keep at most this many issues (all are counted). Default: all. */
  maxIssues?: number;
  /**
   * The file name recorded in each record's source (default: the path as given). Team loading passes the bare
   * file name, so metric trails and reports never show the user's folders.
   */
  sourceName?: string;
}

const HEADER_PEEK_LIMIT = 1 << 20;
/** Distinct cell texts of one file whose id-number check is remembered. */
const MAX_REMEMBERED_CELLS = 1 << 16;
const MAX_RECORD_SIZE = 1 << 20;

/** Text fields of each record kind that repeat across rows. */
const INTERN_FIELDS: Readonly<Record<CsvKind, readonly string[]>> = {
  utetid: ["specialist", "date"],
  contacts: ["specialist", "date", "employer", "purpose", "participant"],
  caseload: [
    "specialist",
    "startDate",
    "endDate",
    "status",
    "firstEmployerContact",
    "jobStart",
    "jobEnd",
    "employer",
    "jobType",
  ],
};

/** Read a CSV file, collecting its valid records. */
export async function readCsv<K extends CsvKind>(path: string, kind: K, options: CsvOptions = {}): Promise<CsvRead<K>> {
  const records: RecordOf[K][] = [];
  const scan = await scanFile(path, kind, (r) => records.push(r), options, true);
  return { ...scan, records };
}

export const readUtetidCsv = (path: string, options?: CsvOptions) => readCsv(path, "utetid", options);
export const readContactsCsv = (path: string, options?: CsvOptions) => readCsv(path, "contacts", options);
export const readCaseloadCsv = (path: string, options?: CsvOptions) => readCsv(path, "caseload", options);

/**
 * Stream a CSV file: each valid row is typed and handed to `onRecord`; nothing is retained but the
 * issues and per-team row counts. Throws IoError only when the file cannot be read at all.
 */
export function scanCsv<K extends CsvKind>(
  path: string,
  kind: K,
  onRecord: (record: RecordOf[K]) => void,
  options: CsvOptions = {},
): Promise<CsvScan> {
  return scanFile(path, kind, onRecord, options, false);
}

/**
 * Read one file in named steps: sniff it (encoding, sha256), peek at its header line (the delimiter), parse every
 * row with a {@link RowReader}, then the checks on the whole file (a cut-off last row, no header, no rows).
 * `keep`: records are kept by the caller, so repeated texts are shared (costs time, saves memory).
 */
async function scanFile<K extends CsvKind>(
  path: string,
  kind: K,
  onRecord: (record: RecordOf[K]) => void,
  options: CsvOptions,
  keep: boolean,
): Promise<CsvScan> {
  const { whole, sniff } = await sniffInput(path);
  const scan = emptyScan(path, kind, sniff);
  const report = reporter(scan, options.maxIssues ?? Number.POSITIVE_INFINITY);
  if (sniff.notText || !sniff.encoding) {
    report({ file: path, message: sniff.notText ?? CSV.text("notText") });
    return scan;
  }
  const encoding = sniff.encoding;
  scan.encoding = encoding;
  // A UTF-8 file with a few bytes that are not UTF-8 stays UTF-8: each bad byte is an error at its place.
  for (const bad of sniff.utf8Errors ?? [])
    report({ file: path, line: bad.line, column: bad.column, message: badByteMessage(bad.byte) });
  scan.issueCount += (sniff.utf8ErrorCount ?? 0) - (sniff.utf8Errors?.length ?? 0);

  const chunks = decodedChunks(path, encoding, whole, sniff.lineEnding === "cr")[Symbol.asyncIterator]();
  const { head, headerLine } = await peekHeaderLine(path, chunks);
  if (headerLine === undefined) {
    report({ file: path, message: CSV.text("empty") });
    return scan;
  }
  const delimiter = detectDelimiter(headerLine);
  scan.delimiter = delimiter;
  const rows = new RowReader(scan, report, onRecord, {
    sourceName: options.sourceName ?? path,
    keep,
    // Windows-1252 differs from Latin-1 (as csv-parse decodes it) only in bytes 0x80–0x9F.
    cp1252: encoding === "windows-1252" && sniff.c1Bytes !== false,
    // Without a double quote (csv-parse's quote and escape), every line break ends a row: none is in a field.
    multiline: sniff.quotes !== false,
    delimiter,
  });
  try {
    await pipeline(rechained(head, chunks), csvParser(delimiter, encoding), (r: AsyncIterable<string[]>) =>
      rows.consume(r),
    );
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    if (typeof code !== "string" || !code.startsWith("CSV_")) throw ioError(path, e);
    report({ file: path, line: rows.line, message: csvErrorMessage(code) });
    return scan;
  }
  wholeFileChecks(rows, sniff.endsWithLineBreak, report);
  return scan;
}

/** A small file read whole and sniffed from memory; a big one sniffed from a first streamed pass. */
async function sniffInput(path: string): Promise<{ whole?: Buffer; sniff: Awaited<ReturnType<typeof sniffFile>> }> {
  // A small file is read once, whole: sniffed and parsed from memory. A big one is streamed twice (the first
  // pass finds the encoding and sha256), so it is never held in memory.
  const whole = await readSmallFile(path).catch((e: unknown) => {
    throw ioError(path, e);
  });
  const sniff = whole
    ? sniffBytes(whole)
    : await sniffFile(path).catch((e: unknown) => {
        throw ioError(path, e);
      });
  return { ...(whole && { whole }), sniff };
}

function emptyScan(path: string, kind: CsvKind, sniff: { bytes: number; sha256: string }): CsvScan {
  return {
    file: path,
    kind,
    bytes: sniff.bytes,
    sha256: sniff.sha256,
    rows: 0,
    teamColumn: false,
    columns: [],
    teams: new Map(),
    linesWithoutTeam: [],
    issues: [],
    issueCount: 0,
  };
}

type Report = (issue: CsvIssue) => void;

/** Every issue is counted; the first `maxIssues` are kept. */
function reporter(scan: CsvScan, maxIssues: number): Report {
  return (issue) => {
    scan.issueCount++;
    if (scan.issues.length < maxIssues) scan.issues.push(issue);
  };
}

/** Peek far enough to see the header line, which decides the delimiter; the chunks read are handed back. */
async function peekHeaderLine(
  path: string,
  chunks: AsyncIterator<Buffer | string>,
): Promise<{ head: (Buffer | string)[]; headerLine?: string }> {
  const head: (Buffer | string)[] = [];
  let headText = "";
  let headerLine: string | undefined;
  for (;;) {
    const next = await chunks.next().catch((e: unknown) => {
      throw ioError(path, e);
    });
    if (!next.done) {
      head.push(next.value);
      headText += typeof next.value === "string" ? next.value : next.value.toString("latin1");
    }
    headerLine = firstNonBlankLine(headText, next.done === true || headText.length > HEADER_PEEK_LIMIT);
    if (headerLine !== undefined || next.done) break;
  }
  return { head, ...(headerLine !== undefined && { headerLine }) };
}

/** The peeked chunks, then the rest of the file. */
function rechained(head: (Buffer | string)[], chunks: AsyncIterator<Buffer | string>) {
  return async function* () {
    try {
      yield* head;
      for (;;) {
        const next = await chunks.next();
        if (next.done) return;
        yield next.value;
      }
    } finally {
      await chunks.return?.(undefined);
    }
  };
}

function csvParser(delimiter: Delimiter, encoding: TextEncoding) {
  return parse({
    delimiter,
    encoding: encoding === "windows-1252" ? "latin1" : "utf8",
    bom: false,
    record_delimiter: ["\r\n", "\n"],
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    // A quote that is never closed would otherwise swallow the rest of the file into one field.
    max_record_size: MAX_RECORD_SIZE,
  });
}

/** What is checked once every row is read: a cut-off last row, a file without a header, a header without rows. */
function wholeFileChecks(
  rows: Pick<RowReader<CsvKind>, "header" | "last" | "headerLineNo" | "scan">,
  endsWithLineBreak: boolean | undefined,
  report: Report,
): void {
  const { header, last, headerLineNo, scan } = rows;
  const path = scan.file;
  // A last row with fewer fields than the header and no line break after it was probably cut off (a copy or an
  // export that stopped): its missing cells must not be read as empty.
  if (header && last && last.line !== headerLineNo && endsWithLineBreak === false && last.fields < header.width)
    report({
      file: path,
      line: last.line,
      message: CSV.text("cutOff", { fields: last.fields, width: header.width }),
    });
  if (!header) report({ file: path, message: CSV.text("empty") });
  else if (scan.rows === 0)
    report({ file: path, line: headerLineNo, message: CSV.text("headerOnly"), severity: "warning" });
}

/**
 * The rows of one file as csv-parse gives them, in order: the first non-blank one is the header, each later one
 * is counted (and its team), checked for id numbers and extra values, typed, and handed on when valid.
 */
class RowReader<K extends CsvKind> {
  header: HeaderMatch | undefined;
  headerLineNo = 0;
  /** Line on which the next record starts. */
  line = 1;
  /** The last non-blank row: where it starts and how many fields it has. */
  last: { line: number; fields: number } | undefined;
  private teamIndex: number | undefined;
  /** Compiled for the header's columns when the header is read. */
  private rowParser: FieldsParser<unknown> | undefined;
  private readonly interned = new Map<string, string>();
  /** idNumberProblem per distinct cell text (null: none). */
  private readonly idProblems = new Map<string, Text | null>();
  /** Per column, the last cell found without an id number. */
  private readonly cleanCells: string[] = [];
  private readonly internFields: readonly string[];
  private readonly teamKeys = new Map<string, string>();
  private readonly fte: FteAgreement | undefined;
  /** Caseload and contact files are about participants (health data, docs/design.md §4). */
  private readonly participantFile: boolean;
  /** In a comma-separated file, 7,5 unquoted is two fields: the row gets more fields than the header. */
  private readonly extraValueMessage: Text;

  constructor(
    readonly scan: CsvScan,
    private readonly report: Report,
    private readonly onRecord: (record: RecordOf[K]) => void,
    private readonly options: {
      sourceName: string;
      keep: boolean;
      cp1252: boolean;
      multiline: boolean;
      delimiter: Delimiter;
    },
  ) {
    const kind = scan.kind as K;
    this.internFields = options.keep ? INTERN_FIELDS[kind] : [];
    this.fte = kind === "caseload" ? new FteAgreement() : undefined;
    this.participantFile = kind !== "utetid";
    this.extraValueMessage = options.delimiter === "," ? CSV.text("extraValueComma") : CSV.text("extraValue");
  }

  async consume(rows: AsyncIterable<string[]>): Promise<void> {
    for await (const fields of rows) {
      const start = this.line;
      this.line += 1;
      if (this.options.multiline)
        for (const f of fields) if (f.length > 0 && f.includes("\n")) this.line += countNewlines(f);
      if (isBlankRecord(fields)) continue;
      if (this.last) {
        this.last.line = start;
        this.last.fields = fields.length;
      } else this.last = { line: start, fields: fields.length };
      if (this.options.cp1252) for (let i = 0; i < fields.length; i++) fields[i] = latin1ToCp1252(fields[i] as string);
      const idColumns = this.idNumbers(fields, start);
      if (!this.header) this.takeHeader(fields, start);
      else this.dataRow(this.header, fields, start, idColumns);
    }
  }

  /** Id numbers, anywhere (also in the header): each is an error; the columns that hold one. */
  private idNumbers(fields: string[], start: number): Set<number> | undefined {
    let idColumns: Set<number> | undefined;
    const clean = this.cleanCells;
    for (let i = 0; i < fields.length; i++) {
      const cell = fields[i] as string;
      // Rows repeat the row before (the same specialist, date, mode …) and a file its names, dates and keywords:
      // each distinct cell is checked once (up to a bound).
      if (cell === clean[i]) continue;
      let problem = this.idProblems.get(cell);
      if (problem === undefined) {
        problem = idNumberProblem(cell) ?? null;
        if (this.idProblems.size < MAX_REMEMBERED_CELLS) this.idProblems.set(cell, problem);
      }
      if (!problem) {
        clean[i] = cell;
        continue;
      }
      idColumns ??= new Set();
      idColumns.add(i);
      this.report({ file: this.scan.file, line: start, column: i + 1, message: problem });
    }
    return idColumns;
  }

  private takeHeader(fields: string[], start: number): void {
    const header = matchHeader(this.scan.kind, fields, this.scan.file, start);
    this.header = header;
    this.headerLineNo = start;
    for (const issue of header.issues) this.report(issue);
    this.scan.columns = [...header.columns.keys()];
    this.rowParser = compileRowParser(this.scan.kind, header.columns);
    this.teamIndex = header.columns.get("team");
    this.scan.teamColumn = this.teamIndex !== undefined;
  }

  private dataRow(header: HeaderMatch, fields: string[], start: number, idColumns: Set<number> | undefined): void {
    this.scan.rows++;
    const team = this.teamOf(fields, start, idColumns);
    const where = team === undefined ? {} : { team };
    for (let i = header.width; i < fields.length; i++) {
      if ((fields[i] as string).trim() !== "") {
        this.report({ file: this.scan.file, line: start, column: i + 1, message: this.extraValueMessage, ...where });
        break;
      }
    }
    if (!header.usable) return;
    const record = this.typed(header, fields, start, idColumns, where);
    if (record && !this.fteDisagrees(header, record, team, start, where)) this.onRecord(record);
  }

  /** The row's team value (counted per folded value), or its line noted when the team cell is empty. */
  private teamOf(fields: string[], start: number, idColumns: Set<number> | undefined): string | undefined {
    if (this.teamIndex === undefined) return undefined;
    const t = (fields[this.teamIndex] ?? "").trim();
    if (t === "" || idColumns?.has(this.teamIndex)) {
      this.scan.linesWithoutTeam.push(start);
      return undefined;
    }
    const team = this.intern(t);
    let key = this.teamKeys.get(t);
    if (key === undefined) {
      key = fold(t);
      this.teamKeys.set(t, key);
    }
    const entry = this.scan.teams.get(key);
    if (entry) entry.rows++;
    else this.scan.teams.set(key, { name: t, rows: 1 });
    return team;
  }

  /** The row typed, or undefined (with its problems reported) when a cell does not parse or holds an id number. */
  private typed(
    header: HeaderMatch,
    fields: string[],
    start: number,
    idColumns: Set<number> | undefined,
    where: { team?: string },
  ): RecordOf[K] | undefined {
    const result = (this.rowParser as FieldsParser<unknown>)(fields);
    if (!result.ok) {
      for (const p of result.problems) {
        const index = header.columns.get(p.column);
        if (index !== undefined && idColumns?.has(index)) continue; // already reported, never quoted
        const raw = index === undefined ? undefined : fields[index];
        this.report({
          file: this.scan.file,
          line: start,
          ...(index === undefined ? {} : { column: index + 1 }),
          // A cell that fails to parse is quoted only when it cannot be a name or an id.
          message: this.participantFile && raw !== undefined ? withholdCellValue(p.message, raw) : p.message,
          ...where,
        });
      }
      return undefined;
    }
    if (idColumns) return undefined; // a row holding an id number never becomes a record
    // Repeated texts (names, employers, dates) share one string: a 1,000,000-row file keeps far fewer.
    const value = result.value as Record<string, unknown>;
    for (const k of this.internFields) {
      const v = value[k];
      if (typeof v === "string") value[k] = this.intern(v);
    }
    value.source = { file: this.options.sourceName, line: start };
    if (where.team !== undefined) value.team = where.team;
    return value as unknown as RecordOf[K];
  }

  /** A caseload row whose FTE disagrees with the specialist's earlier rows: reported, and true. */
  private fteDisagrees(
    header: HeaderMatch,
    record: RecordOf[K],
    team: string | undefined,
    start: number,
    where: { team?: string },
  ): boolean {
    if (!this.fte) return false;
    const c = record as CaseloadRecord;
    const p = this.fte.check(team, c.specialist, c.fte, start);
    if (!p) return false;
    const index = header.columns.get(p.column);
    this.report({
      file: this.scan.file,
      line: start,
      ...(index === undefined ? {} : { column: index + 1 }),
      message: p.message,
      ...where,
    });
    return true;
  }

  private intern(s: string): string {
    const v = this.interned.get(s);
    if (v !== undefined) return v;
    this.interned.set(s, s);
    return s;
  }
}

/** Files up to this size are read whole, once. */
export const READ_WHOLE_BYTES = 8 << 20;

/**
 * The file's bytes when it is at most READ_WHOLE_BYTES, else undefined (it is streamed). Read synchronously: a
 * team's exports are small, and one blocking read costs less than the round trips of an asynchronous one.
 */
async function readSmallFile(path: string): Promise<Buffer | undefined> {
  const fd = openSync(path, "r");
  try {
    if (fstatSync(fd).size > READ_WHOLE_BYTES) return undefined;
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Raw bytes for UTF-8 and Windows-1252 (csv-parse decodes fields), text for UTF-16. BOM removed. From `whole`
 * when the file was read whole, else streamed from the file.
 */
async function* decodedChunks(
  path: string,
  encoding: TextEncoding,
  whole?: Buffer,
  crOnly = false,
): AsyncGenerator<Buffer | string> {
  const stream: AsyncIterable<Buffer> = whole
    ? slices(whole)
    : (createReadStream(path, { highWaterMark: CHUNK_SIZE }) as AsyncIterable<Buffer>);
  if (encoding === "utf-16le" || encoding === "utf-16be") {
    const decoder = new TextDecoder(encoding); // strips the BOM
    for await (const chunk of stream) yield decoder.decode(chunk, { stream: true });
    const rest = decoder.decode();
    if (rest) yield rest;
    return;
  }
  let first = true;
  for await (const chunk of stream) {
    // CR line endings (no LF anywhere in the file) are read as LF: a CR byte is only ever a CR in UTF-8 and
    // Windows-1252.
    if (crOnly) for (let i = chunk.indexOf(0x0d); i !== -1; i = chunk.indexOf(0x0d, i + 1)) chunk[i] = 0x0a;
    if (first) {
      first = false;
      yield chunk.subarray(bomLength(encoding, chunk));
    } else yield chunk;
  }
}

/**
 * The bytes in CHUNK_SIZE pieces (views, not copies), each after the rows of the one before have been handled,
 * as chunks come from a file stream: rows are handed on as they go, and when csv-parse stops at a bad quote
 * every row before it has been counted (the problem's line is the line after them).
 */
async function* slices(bytes: Buffer): AsyncGenerator<Buffer> {
  for (let at = 0; at < bytes.length; at += CHUNK_SIZE) {
    yield bytes.subarray(at, at + CHUNK_SIZE);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** A byte that is not valid UTF-8 in a file that is UTF-8 elsewhere. */
function badByteMessage(byte: number): Text {
  return CSV.text("badByte", { hex: byte.toString(16).toUpperCase().padStart(2, "0") });
}

function isBlankRecord(fields: readonly string[]): boolean {
  for (const f of fields) if (f !== "" && f.trim() !== "") return false;
  return true;
}

function countNewlines(s: string): number {
  let n = 0;
  for (let i = s.indexOf("\n"); i !== -1; i = s.indexOf("\n", i + 1)) n++;
  return n;
}

function csvErrorMessage(code: string): Text {
  // Never echo the data (csv-parse's own messages quote it).
  if (code === "CSV_QUOTE_NOT_CLOSED") return CSV.text("quoteNotClosed");
  if (code === "CSV_MAX_RECORD_SIZE") return CSV.text("recordTooLong");
  return CSV.text("unreadable", { code });
}

/** A file-system error (it has a code such as ENOENT) as an IoError; anything else is a bug and passes through. */
function ioError(path: string, e: unknown): unknown {
  if (e instanceof IoError) return e;
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === "string" ? new IoError(CSV.text("cannotRead", { path, code }), path) : e;
}
