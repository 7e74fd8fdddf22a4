/**
 * pdfkit's text methods replaced with leaner ones (src/io/pdf/pdfkit-text.ts) and page content written once per
 * page (src/io/pdf/page-content.ts): the PDFs must be the same bytes as with pdfkit's own.
 */
import { afterEach, describe, expect, it } from "vitest";
import { collect, createBox } from "../../src/io/pdf/document.js";
import { renderReportPdf } from "../../src/io/pdf/index.js";
import { setPageContentCollecting } from "../../src/io/pdf/page-content.js";
import { setLeanText } from "../../src/io/pdf/pdfkit-text.js";
import { labelledParagraph, setFont } from "../../src/io/pdf/text.js";
import { ipsReportModel, kvReportModel } from "../fixtures/report-models.js";

async function pdfkitOwn<T>(f: () => Promise<T>): Promise<T> {
  setLeanText(false);
  setPageContentCollecting(false);
  try {
    return await f();
  } finally {
    setLeanText(true);
    setPageContentCollecting(true);
  }
}

afterEach(() => {
  setLeanText(true);
  setPageContentCollecting(true);
});

const WORDS = ["jobbspesialist", "og", "\uFB01nansiering", "fi", "20 %", "≥", "–", "æøå", "\t", "1\u00A0000", "B1"];

/** Text drawn every way pdfkit lays it out: wrapped, continued across fonts, justified (word by word), one line. */
async function textDocument(): Promise<Buffer> {
  const L = createBox({ lang: "nb", creationDate: "2026-11-20T12:00:00Z", title: "t", subject: "s" });
  const bytes = collect(L.doc);
  for (let i = 0; i < 120; i++) {
    const text = Array.from({ length: 5 + (i % 37) }, (_, k) => WORDS[(i * 7 + k * 3) % WORDS.length]).join(" ");
    setFont(L.doc, i % 3 === 0, 7 + (i % 5));
    if (i % 4 === 0) labelledParagraph(L, `Etikett ${i}`, text);
    else if (i % 4 === 1) L.doc.text(text, L.left, L.doc.y, { width: L.width - (i % 50), align: "justify" });
    else if (i % 4 === 2) L.doc.text(text, L.left, L.doc.y, { lineBreak: false });
    else L.doc.text(text, { width: 200 + i, lineGap: 1.5 });
    if (L.doc.y > L.bottom - 40) L.doc.addPage();
  }
  L.doc.end();
  return bytes;
}

describe("lean pdfkit text and page content", () => {
  it("gives the same bytes as pdfkit's own methods (reports in both instruments, text of every kind)", async () => {
    const makers = [() => renderReportPdf(ipsReportModel()), () => renderReportPdf(kvReportModel()), textDocument];
    for (const make of makers) {
      const reference = await pdfkitOwn(make);
      expect((await make()).equals(reference)).toBe(true);
    }
  }, 120_000);

  it("is really off when turned off (the reference above is pdfkit's own)", async () => {
    setPageContentCollecting(false);
    setLeanText(false);
    const L = createBox({ lang: "nb", creationDate: "2026-11-20T12:00:00Z", title: "t", subject: "s" });
    const proto = Object.getPrototypeOf((L.doc as unknown as { _font: object })._font) as { encode: { name: string } };
    expect(proto.encode.name).toBe("encode");
    expect(String(proto.encode)).toContain("gid.toString(16)");
  });
});
