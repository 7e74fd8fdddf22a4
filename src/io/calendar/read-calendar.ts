/**
 * A calendar export file → calendar entries: an iCalendar file (.ics) or Outlook's CSV export, told apart by
 * content. The file's bytes are decoded as the CSV reader does (UTF-8 with or without BOM, UTF-16 with a BOM,
 * else Windows-1252).
 */
import { isUtf8 } from "node:buffer";
import { readFile } from "node:fs/promises";
import { IoError } from "../../core/errors.js";
import { latin1ToCp1252 } from "../csv/encoding.js";
import { IO } from "../io.messages.js";
import { type CalendarRead, readIcs } from "./ics.js";
import { readOutlookCsv } from "./outlook-csv.js";

export function decodeText(buf: Buffer): string {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return buf.subarray(3).toString("utf8");
  if (buf[0] === 0xff && buf[1] === 0xfe) return buf.subarray(2).toString("utf16le");
  if (buf[0] === 0xfe && buf[1] === 0xff) return Buffer.from(buf.subarray(2)).swap16().toString("utf16le");
  return isUtf8(buf) ? buf.toString("utf8") : latin1ToCp1252(buf.toString("latin1"));
}

/** Read one export for the instants `from` … `to` (UTC ms). `file` is the path as the user gave it. */
export async function readCalendarFile(path: string, file: string, from: number, to: number): Promise<CalendarRead> {
  let buf: Buffer;
  try {
    buf = await readFile(path);
  } catch (e) {
    throw new IoError(
      IO.text("cannotReadFile", { path: file, code: (e as NodeJS.ErrnoException).code ?? String(e) }),
      path,
    );
  }
  const text = decodeText(buf);
  if (/^\s*BEGIN:VCALENDAR/i.test(text)) return readIcs(text, file, from, to);
  return readOutlookCsv(text, file);
}
