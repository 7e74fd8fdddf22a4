/**
 * First pass over a file: its size and sha256, and which text encoding it is in, without holding it in
 * memory. UTF-8 (with or without BOM) when every byte sequence is valid UTF-8, otherwise Windows-1252
 * (docs/design.md §4). UTF-16 with a BOM (Excel's "Unicode text") is recognised too, and so is UTF-16 without a
 * BOM (`iconv -t UTF-16LE`) when its start is plainly UTF-16 text (see `utf16WithoutBom`). Any other file with
 * NUL bytes, or one that starts like a zip/xlsx/xls/pdf file, is not text.
 */
import { isUtf8 } from "node:buffer";
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";

export type TextEncoding = "utf-8" | "utf-8-bom" | "windows-1252" | "utf-16le" | "utf-16be";

export interface FileSniff {
  bytes: number;
  sha256: string;
  /** Undefined when the file is not text (see `notText`). */
  encoding?: TextEncoding;
  /** Why the file is not text, as a message. */
  notText?: string;
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

const MAGIC: ReadonlyArray<readonly [number[], string]> = [
  [[0x50, 0x4b, 0x03, 0x04], "an Excel workbook or zip file"],
  [[0xd0, 0xcf, 0x11, 0xe0], "an old Excel (.xls) workbook"],
  [[0x25, 0x50, 0x44, 0x46], "a PDF file"],
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

/** Size, sha256 and encoding of a file, from its bytes in order (in chunks of any size). */
class Sniffer {
  private readonly hash = createHash("sha256");
  private bytes = 0;
  private head = Buffer.alloc(0);
  private nul = false;
  private utf8 = true;
  private carry: Buffer | undefined;

  update(chunk: Buffer): void {
    this.hash.update(chunk);
    if (this.head.length < UTF16_SAMPLE_BYTES)
      this.head = Buffer.concat([this.head, chunk.subarray(0, UTF16_SAMPLE_BYTES - this.head.length)]);
    if (!this.nul && chunk.indexOf(0) !== -1) this.nul = true;
    if (this.utf8) {
      const buf = this.carry ? Buffer.concat([this.carry, chunk]) : chunk;
      const tail = incompleteTail(buf);
      this.utf8 = isUtf8(buf.subarray(0, buf.length - tail));
      this.carry = tail > 0 ? Buffer.from(buf.subarray(buf.length - tail)) : undefined;
    }
    this.bytes += chunk.length;
  }

  result(): FileSniff {
    const { bytes, head, nul } = this;
    const utf8 = this.utf8 && !this.carry;
    const sha256 = this.hash.digest("hex");
    const starts = (sig: number[]) => sig.every((b, i) => head[i] === b);

    if (starts([0xff, 0xfe])) return { bytes, sha256, encoding: "utf-16le" };
    if (starts([0xfe, 0xff])) return { bytes, sha256, encoding: "utf-16be" };
    for (const [sig, what] of MAGIC)
      if (starts(sig)) return { bytes, sha256, notText: `not a CSV file: this is ${what} (save it as CSV)` };
    if (nul) {
      const utf16 = utf16WithoutBom(head, bytes);
      if (utf16) return { bytes, sha256, encoding: utf16 };
      return { bytes, sha256, notText: "not a text file (it contains NUL bytes): export the data as CSV" };
    }
    if (starts([0xef, 0xbb, 0xbf])) return { bytes, sha256, encoding: utf8 ? "utf-8-bom" : "windows-1252" };
    return { bytes, sha256, encoding: utf8 ? "utf-8" : "windows-1252" };
  }
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
