/**
 * Text of a PDF, per page, via pdfjs-dist (legacy build, works in Node without a worker setup).
 * Text items on a page are joined with a newline where pdfjs reports a line end and with one space otherwise, so
 * phrases drawn in one call ("Side 2 av 7") come out intact; runs of ASCII spaces are collapsed (no-break spaces, as
 * in "58,3 %", are kept). Use `pdfText` for a whole-document string.
 */
import { inflateSync } from "node:zlib";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

export interface PdfPages {
  pages: string[];
  /** Every page joined with "\n". */
  text: string;
  pageCount: number;
  info: Record<string, unknown>;
}

export async function pdfPages(buf: Uint8Array): Promise<PdfPages> {
  // pdfjs transfers (detaches) the buffer it is given; copy so the caller's Buffer stays usable.
  const data = new Uint8Array(buf);
  const doc = await getDocument({ data, useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const pages: string[] = [];
    for (let i = 1; i <= doc.numPages; i++) {
      const page = await doc.getPage(i);
      const content = await page.getTextContent();
      let out = "";
      for (const item of content.items) {
        if (!("str" in item)) continue;
        out += item.str;
        if (item.hasEOL) out += "\n";
        else if (item.str !== "" && !out.endsWith(" ")) out += " ";
      }
      pages.push(
        out
          .replace(/ {2,}/g, " ")
          .replace(/[ \t]+\n/g, "\n")
          .trim(),
      );
      page.cleanup();
    }
    const meta = await doc.getMetadata();
    return {
      pages,
      text: pages.join("\n"),
      pageCount: doc.numPages,
      info: (meta.info ?? {}) as Record<string, unknown>,
    };
  } finally {
    await doc.destroy();
  }
}

export async function pdfText(buf: Uint8Array): Promise<string> {
  return (await pdfPages(buf)).text;
}

/**
 * Every stream of the PDF, inflated (pdfkit deflates page content), as latin1 text: for checks on the drawing
 * operators themselves, e.g. that no `NaN` coordinate was written or that a colour was used.
 */
export function pdfStreams(buf: Buffer): string[] {
  const raw = buf.toString("latin1");
  const out: string[] = [];
  const re = /stream\r?\n/g;
  for (let m = re.exec(raw); m !== null; m = re.exec(raw)) {
    const start = m.index + m[0].length;
    const end = raw.indexOf("endstream", start);
    if (end < 0) break;
    const bytes = buf.subarray(start, end);
    try {
      out.push(inflateSync(bytes).toString("latin1"));
    } catch {
      out.push(bytes.toString("latin1"));
    }
    // Past "endstream", or its "stream\n" would be taken for the start of the next stream (and that one skipped).
    re.lastIndex = end + "endstream".length;
  }
  return out;
}
