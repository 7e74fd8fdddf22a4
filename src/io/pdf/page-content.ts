/**
 * Page content written as text and turned into bytes once per page (issue 12). pdfkit turns every content
 * operator into a small Buffer of its own as it is written (`PDFReference.write`: `Buffer.from(chunk + "\n")`),
 * a few thousand per report, each kept until the page is finished; here the operators of a page are kept as
 * strings and written as one chunk, the same bytes, when the page is finished (or before anything that is not
 * text is written to it).
 *
 * Privates used: the page's content stream (`page.content`, a PDFReference) and its `write`/`end`; checked against
 * pdfkit 0.17.2 (pinned); test/io/pdf-page-content.test.ts compares the bytes with pdfkit's own writing.
 */
import type { Doc } from "./document.js";

interface ContentStream {
  write(chunk: string | Uint8Array): void;
  end(chunk?: string | Uint8Array): void;
}

let collecting = true;

/** Turn collecting off (pdfkit writes each operator itself) or on again. For tests: the bytes must be the same. */
export function setPageContentCollecting(on: boolean): void {
  collecting = on;
}

/** Collect the content of every page of `doc` (the current one and each one added later). */
export function collectPageContent(doc: Doc): void {
  if (!collecting) return;
  const install = () => collect((doc.page as unknown as { content: ContentStream }).content);
  if (doc.page) install();
  doc.on("pageAdded", install);
}

function collect(stream: ContentStream): void {
  const write = stream.write.bind(stream);
  const end = stream.end.bind(stream);
  let parts: string[] = [];
  const flush = () => {
    if (parts.length === 0) return;
    // pdfkit ends every string chunk with a line break: one chunk of the parts joined by line breaks is the same.
    write(parts.join("\n"));
    parts = [];
  };
  stream.write = (chunk) => {
    if (typeof chunk === "string") parts.push(chunk);
    else {
      flush();
      write(chunk);
    }
  };
  stream.end = (chunk) => {
    if (chunk) stream.write(chunk);
    flush();
    end();
  };
}
