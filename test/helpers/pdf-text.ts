/**
 * Text of a PDF, per page, via pdfjs-dist (legacy build, works in Node without a worker setup).
 * Text items on a page are joined with a space where pdfjs reports a line end or a gap, so phrases drawn in one
 * call ("Side 2 av 7") come out intact. Use `pdfText` for a whole-document string.
 */
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
      pages.push(out.replace(/[ \t]+\n/g, "\n").trim());
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
