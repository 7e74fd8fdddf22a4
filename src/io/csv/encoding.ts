/**
 * First pass over a file: its size and sha256, and which text encoding it is in, without holding it in
 * memory. The encoding is decided from the whole byte stream: UTF-8 (with or without BOM) when every byte
 * sequence is valid UTF-8; also when only a few bytes are not (fewer than the valid multi-byte sequences: an
 * en dash pasted from a Windows program into a UTF-8 file), and then each bad byte is named by line and
 * character (`utf8Errors`) — never a silent switch of the whole file to another encoding, which would turn
 * every æøå into mojibake. Windows-1252 when the bytes above ASCII are mostly not UTF-8 (docs/design.md §4).
 * The line ending is found too: a file with lone CRs and no LF (old Mac, some exports) has CR line endings. UTF-16 with a BOM (Excel's "Unicode text") is recognised too, and so is UTF-16 without a
 * BOM (`iconv -t UTF-16LE`) when its start is plainly UTF-16 text (see `utf16WithoutBom`). Any other file with
 * NUL bytes, or one that starts like a zip/xlsx/xls/pdf file, is not text.
 */
import { isAscii, isUtf8 } from "node:buffer";
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import type { Text } from "../../core/i18n.js";
import { CSV } from "./read.messages.js";

export type TextEncoding = "utf-8" | "utf-8-bom" | "windows-1252" | "utf-16le" | "utf-16be";

export interface FileSniff {
  bytes: number;
  sha256: string;
  /** Undefined when the file is not text (see `notText`). */
  encoding?: TextEncoding;
  /** Why the file is not text, as a message. */
  notText?: Text;
  /** A UTF-8 file's bytes that are not valid UTF-8 (at most MAX_BAD_BYTES; see `utf8ErrorCount`). */
  utf8Errors?: BadByte[];
  utf8ErrorCount?: number;
  /** "cr" when lines end with a lone CR (no LF anywhere); "lf" for LF and CRLF. */
  lineEnding?: "lf" | "cr";
  /** True when the last byte is a line break (CR or LF). */
  endsWithLineBreak?: boolean;
  /**
   * False when no byte is 0x80–0x9F: read as Windows-1252, the file has none of the characters it puts there
   * (€ – ’ …), and its text is its Latin-1 text. True when it has (or may have) such bytes.
   */
  c1Bytes?: boolean;
  /** False when the file has no double quote: no field of it can then hold a line break. */
  quotes?: boolean;
}

export const CHUNK_SIZE = 1 << 16;

/** Bytes at the start of a file looked at to tell UTF-16 without a BOM from binary data. */
export const UTF16_SAMPLE_BYTES = 1024;
/** Share of the sample's code units that must be printable ASCII (or tab, CR, LF) to call it UTF-16 text. */
const UTF16_ASCII_SHARE = 0.9;

/**
 * UTF-16 without a byte-order mark: the file's length is even, and in its first `UTF16_SAMPLE_BYTES` bytes,
 * read as UTF-16 of one byte order, no code unit is NUL (U+0000) and at least 90 % are printable ASCII —
 * that is, the NUL bytes sit at every other position (odd positions for LE, even for BE) and the bytes
 * between them are mostly printable ASCII. Norwegian letters (ø = 00 F8) keep the pattern too. A binary
 * file (NUL bytes scattered, or runs of NUL) fails both byte orders.
 */
export function utf16WithoutBom(head: Buffer, bytes: number): "utf-16le" | "utf-16be" | undefined {
  if (bytes % 2 !== 0) return undefined;
  const units = Math.floor(Math.min(head.length, UTF16_SAMPLE_BYTES) / 2);
  if (units < 2) return undefined;
  for (const order of ["utf-16le", "utf-16be"] as const) {
    let ascii = 0;
    let nul = false;
    for (let u = 0; u < units; u++) {
      const a = head[2 * u] as number;
      const b = head[2 * u + 1] as number;
      const code = order === "utf-16le" ? a | (b << 8) : (a << 8) | b;
      if (code === 0) {
        nul = true;
        break;
      }
      if ((code >= 0x20 && code <= 0x7e) || code === 0x09 || code === 0x0a || code === 0x0d) ascii++;
    }
    if (!nul && ascii >= units * UTF16_ASCII_SHARE) return order;
  }
  return undefined;
}

const MAGIC: ReadonlyArray<readonly [number[], "zip" | "xls" | "pdf"]> = [
  [[0x50, 0x4b, 0x03, 0x04], "zip"],
  [[0xd0, 0xcf, 0x11, 0xe0], "xls"],
  [[0x25, 0x50, 0x44, 0x46], "pdf"],
];

/** Bytes at the end of `buf` that start a UTF-8 sequence the chunk does not complete. */
function incompleteTail(buf: Buffer): number {
  for (let back = 1; back <= Math.min(3, buf.length); back++) {
    const b = buf[buf.length - back] as number;
    if ((b & 0xc0) === 0x80) continue; // continuation byte: look further back
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? back : 0;
  }
  return 0;
}

export async function sniffFile(path: string): Promise<FileSniff> {
  const sniff = new Sniffer();
  for await (const chunk of createReadStream(path, { highWaterMark: CHUNK_SIZE }) as AsyncIterable<Buffer>)
    sniff.update(chunk);
  return sniff.result();
}

/** The same as `sniffFile`, for a file already read whole (the reader reads small files once). */
export function sniffBytes(bytes: Buffer): FileSniff {
  const sniff = new Sniffer();
  sniff.update(bytes);
  return sniff.result();
}

/** Size, sha256, encoding and line ending of a file, from its bytes in order (in chunks of any size). */
class Sniffer {
  private readonly hash = createHash("sha256");
  private bytes = 0;
  private head = Buffer.alloc(0);
  private nul = false;
  private quotes = false;
  private readonly utf8 = new Utf8Tally();
  private carry: Buffer | undefined;

  update(chunk: Buffer): void {
    this.hash.update(chunk);
    if (this.head.length < UTF16_SAMPLE_BYTES)
      this.head = Buffer.concat([this.head, chunk.subarray(0, UTF16_SAMPLE_BYTES - this.head.length)]);
    if (!this.nul && chunk.indexOf(0) !== -1) this.nul = true;
    if (!this.quotes && chunk.indexOf(0x22) !== -1) this.quotes = true;
    if (!this.nul) {
      const buf = this.carry ? Buffer.concat([this.carry, chunk]) : chunk;
      const tail = incompleteTail(buf);
      this.utf8.add(buf.subarray(0, buf.length - tail));
      this.carry = tail > 0 ? Buffer.from(buf.subarray(buf.length - tail)) : undefined;
    }
    this.bytes += chunk.length;
  }

  result(): FileSniff {
    const { bytes, head, nul, utf8 } = this;
    if (this.carry && !nul) utf8.add(this.carry);
    utf8.end();
    const sha256 = this.hash.digest("hex");
    const starts = (sig: number[]) => sig.every((b, i) => head[i] === b);

    if (starts([0xff, 0xfe])) return { bytes, sha256, encoding: "utf-16le" };
    if (starts([0xfe, 0xff])) return { bytes, sha256, encoding: "utf-16be" };
    for (const [sig, what] of MAGIC) if (starts(sig)) return { bytes, sha256, notText: CSV.text("notCsv", { what }) };
    if (nul) {
      const utf16 = utf16WithoutBom(head, bytes);
      if (utf16) return { bytes, sha256, encoding: utf16 };
      return { bytes, sha256, notText: CSV.text("nulBytes") };
    }
    const lines = {
      lineEnding: utf8.hasLoneCr && !utf8.hasLf ? ("cr" as const) : ("lf" as const),
      endsWithLineBreak: utf8.lastByte === 0x0a || utf8.lastByte === 0x0d,
      c1Bytes: utf8.c1Bytes,
      quotes: this.quotes,
    };
    // UTF-8 unless the bytes above ASCII are mostly not UTF-8.
    const isUtf8Text = utf8.invalid === 0 || utf8.valid >= utf8.invalid;
    const errors = isUtf8Text && utf8.invalid > 0 ? { utf8Errors: utf8.badBytes(), utf8ErrorCount: utf8.invalid } : {};
    const bom = starts([0xef, 0xbb, 0xbf]);
    const encoding: TextEncoding = !isUtf8Text ? "windows-1252" : bom ? "utf-8-bom" : "utf-8";
    return { bytes, sha256, encoding, ...lines, ...errors };
  }
}

/** Where a UTF-8 byte that does not belong is: its line and its character on the line (both 1-based). */
export interface BadByte {
  line: number;
  column: number;
  byte: number;
}

/** Bad bytes listed per file; all are counted. */
export const MAX_BAD_BYTES = 100;
const MAX_COUNTED = 1_000_000;

/**
 * Follows a file's bytes as UTF-8, chunk by chunk: how many valid multi-byte sequences and how many bytes that
 * are not valid UTF-8 it holds, where the first bad bytes are (line and character, counting lines by LF and,
 * separately, by CR, as the file's line ending is known only at the end), whether it has LF and lone CR line
 * breaks, and whether it ends with a line break.
 */
export class Utf8Tally {
  valid = 0;
  invalid = 0;
  readonly bad: { lf: [number, number]; cr: [number, number]; byte: number }[] = [];
  hasLf = false;
  hasLoneCr = false;
  lastByte = -1;
  /** True once a byte 0x80–0x9F is seen (also when a chunk of valid UTF-8 that is not ASCII may hold one). */
  c1Bytes = false;
  private lineLf = 1;
  private colLf = 0;
  private lineCr = 1;
  private colCr = 0;
  private pendingCr = false;

  /** One chunk; `buf` must not end inside a sequence (see incompleteTail), except at the end of the file. */
  add(buf: Buffer): void {
    if (buf.length === 0) return;
    if (this.pendingCr && buf[0] !== 0x0a) this.hasLoneCr = true;
    this.pendingCr = false;
    if (isAscii(buf)) this.plain(buf, 0);
    else if (isUtf8(buf)) {
      this.c1Bytes = true;
      this.plain(buf, this.valid >= MAX_COUNTED ? 0 : leadBytes(buf));
    } else if (this.bad.length < MAX_BAD_BYTES) this.walk(buf);
    else this.count(buf);
    this.lastByte = buf[buf.length - 1] as number;
    if (this.lastByte === 0x0d) this.pendingCr = true;
  }

  /** End of file: a CR at the very end is a lone one. */
  end(): void {
    if (this.pendingCr) this.hasLoneCr = true;
  }

  /** ASCII (or counted-enough UTF-8): line breaks and positions only, with fast searches. */
  private plain(buf: Buffer, multibyte: number): void {
    this.valid += multibyte;
    const lf = this.breaks(buf, 0x0a);
    const cr = this.breaks(buf, 0x0d);
    if (lf.count) {
      this.hasLf = true;
      this.lineLf += lf.count;
      this.colLf = chars(buf, lf.last + 1);
    } else this.colLf += chars(buf, 0);
    if (cr.count) {
      this.lineCr += cr.count;
      this.colCr = chars(buf, cr.last + 1);
      for (let i = buf.indexOf(0x0d); i !== -1 && i < buf.length - 1; i = buf.indexOf(0x0d, i + 1))
        if (buf[i + 1] !== 0x0a) {
          this.hasLoneCr = true;
          break;
        }
    } else this.colCr += chars(buf, 0);
  }

  private breaks(buf: Buffer, byte: number): { count: number; last: number } {
    let count = 0;
    let last = -1;
    for (let i = buf.indexOf(byte); i !== -1; i = buf.indexOf(byte, i + 1)) {
      count++;
      last = i;
    }
    return { count, last };
  }

  /**
   * Byte by byte: for chunks with bytes that are not valid UTF-8 while bad bytes are still listed (their places
   * need every line and character counted). The counts are kept in locals and stored once at the end.
   */
  private walk(buf: Buffer): void {
    const n = buf.length;
    let { lineLf, colLf, lineCr, colCr, valid, invalid, hasLf, hasLoneCr, c1Bytes } = this;
    for (let i = 0; i < n; ) {
      const b = buf[i] as number;
      if (b < 0x80) {
        if (b === 0x0a) {
          hasLf = true;
          lineLf++;
          colLf = 0;
          colCr++;
        } else if (b === 0x0d) {
          if (i + 1 < n && buf[i + 1] !== 0x0a) hasLoneCr = true;
          lineCr++;
          colCr = 0;
          colLf++;
        } else {
          colLf++;
          colCr++;
        }
        i++;
        continue;
      }
      const len = sequenceLength(buf, i);
      colLf++;
      colCr++;
      if (len > 0) {
        valid++;
        if (!c1Bytes) c1Bytes = hasC1(buf, i, len);
        i += len;
        continue;
      }
      if (b < 0xa0) c1Bytes = true;
      invalid++;
      if (this.bad.length < MAX_BAD_BYTES) this.bad.push({ lf: [lineLf, colLf], cr: [lineCr, colCr], byte: b });
      i++;
    }
    this.lineLf = lineLf;
    this.colLf = colLf;
    this.lineCr = lineCr;
    this.colCr = colCr;
    this.valid = valid;
    this.invalid = invalid;
    this.hasLf = hasLf;
    this.hasLoneCr = hasLoneCr;
    this.c1Bytes = c1Bytes;
  }

  /**
   * Once MAX_BAD_BYTES bad bytes are listed, no place is needed any more: the valid sequences and bad bytes are
   * counted, and the line breaks found with fast searches.
   */
  private count(buf: Buffer): void {
    const n = buf.length;
    let { valid, invalid, c1Bytes } = this;
    for (let i = 0; i < n; ) {
      const b = buf[i] as number;
      if (b < 0x80) {
        i++;
        continue;
      }
      const len = sequenceLength(buf, i);
      if (len > 0) {
        valid++;
        if (!c1Bytes) c1Bytes = hasC1(buf, i, len);
        i += len;
        continue;
      }
      if (b < 0xa0) c1Bytes = true;
      invalid++;
      i++;
    }
    this.valid = valid;
    this.invalid = invalid;
    this.c1Bytes = c1Bytes;
    if (!this.hasLf && buf.indexOf(0x0a) !== -1) this.hasLf = true;
    if (!this.hasLoneCr)
      for (let i = buf.indexOf(0x0d); i !== -1 && i < n - 1; i = buf.indexOf(0x0d, i + 1))
        if (buf[i + 1] !== 0x0a) {
          this.hasLoneCr = true;
          break;
        }
  }

  /** The bad bytes' positions, lines counted by the file's line ending. */
  badBytes(): BadByte[] {
    const crOnly = this.hasLoneCr && !this.hasLf;
    return this.bad.map((b) => {
      const [line, column] = crOnly ? b.cr : b.lf;
      return { line, column, byte: b.byte };
    });
  }
}

/** The multi-byte sequences of valid UTF-8: its lead bytes (11xxxxxx). */
function leadBytes(buf: Buffer): number {
  let n = 0;
  for (let i = 0; i < buf.length; i++) if (((buf[i] as number) & 0xc0) === 0xc0) n++;
  return n;
}

/** Characters from `from` to the end of `buf` (bytes that do not continue a sequence). */
function chars(buf: Buffer, from: number): number {
  let n = 0;
  for (let i = from; i < buf.length; i++) if (((buf[i] as number) & 0xc0) !== 0x80) n++;
  return n;
}

/** True when the byte at `at` is in lo–hi (a continuation byte by default). */
function inRange(buf: Buffer, at: number, lo = 0x80, hi = 0xbf): boolean {
  const x = buf[at];
  return x !== undefined && x >= lo && x <= hi;
}

/** Length of the valid UTF-8 sequence starting at `i` (2–4), or 0 when the byte there does not start one. */
function sequenceLength(buf: Buffer, i: number): number {
  const b = buf[i] as number;
  if (b < 0xc2) return 0;
  if (b <= 0xdf) return inRange(buf, i + 1) ? 2 : 0;
  if (b === 0xe0) return inRange(buf, i + 1, 0xa0) && inRange(buf, i + 2) ? 3 : 0;
  if ((b >= 0xe1 && b <= 0xec) || b === 0xee || b === 0xef) return inRange(buf, i + 1) && inRange(buf, i + 2) ? 3 : 0;
  if (b === 0xed) return inRange(buf, i + 1, 0x80, 0x9f) && inRange(buf, i + 2) ? 3 : 0;
  const rest = inRange(buf, i + 2) && inRange(buf, i + 3);
  if (b === 0xf0) return inRange(buf, i + 1, 0x90) && rest ? 4 : 0;
  if (b >= 0xf1 && b <= 0xf3) return inRange(buf, i + 1) && rest ? 4 : 0;
  if (b === 0xf4) return inRange(buf, i + 1, 0x80, 0x8f) && rest ? 4 : 0;
  return 0;
}

/** True when one of the `len` bytes from `at` is 0x80–0x9F. */
function hasC1(buf: Buffer, at: number, len: number): boolean {
  for (let k = at; k < at + len; k++) if ((buf[k] as number) >= 0x80 && (buf[k] as number) < 0xa0) return true;
  return false;
}

/** Byte-order marks that the reader skips. */
export function bomLength(encoding: TextEncoding, head: Buffer): number {
  if (encoding === "utf-16le" || encoding === "utf-16be") return 2;
  return head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
}

/**
 * Windows-1252 differs from Latin-1 only in 0x80–0x9F. Text decoded as Latin-1 is corrected here
 * (Node's TextDecoder("windows-1252") decodes as Latin-1, so it cannot be used).
 */
const CP1252_C1 =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";
const C1 = /[\u0080-\u009f]/g;
const HAS_C1 = /[\u0080-\u009f]/;

export function latin1ToCp1252(text: string): string {
  return HAS_C1.test(text) ? text.replace(C1, (c) => CP1252_C1[c.charCodeAt(0) - 0x80] as string) : text;
}
