/**
 * Paragraphs wrapped once (src/io/pdf/wrap.ts): drawing a paragraph from its remembered lines must give the same
 * bytes as pdfkit's own wrapping, and the remembered lines must be pdfkit's (the height heightOfString gives).
 */
import { afterEach, describe, expect, it } from "vitest";
import { collect, createBox } from "../../src/io/pdf/document.js";
import { renderReportPdf } from "../../src/io/pdf/index.js";
import { measure, setFont } from "../../src/io/pdf/text.js";
import { MAX_WRAPPED, setWrappedText, wrapLines, wrappedStats } from "../../src/io/pdf/wrap.js";
import { ipsReportModel } from "../fixtures/report-models.js";

/** A seeded generator, so a failure can be run again. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const WORDS = [
  "jobbspesialist",
  "og",
  "fi",
  "\uFB01nansiering",
  "profil",
  "selv-styrt",
  "20 %",
  "≥",
  "–",
  "✓",
  "æøå",
  "arbeidsgiverkontakter",
  "Individual Placement and Support",
  "1\u00A0000",
  "soft\u00ADhyphen",
  "a/b",
  "(x)",
  "Kvalitetsveilederen",
  "NAV-veileder",
  "B1",
  "3,5",
  "utetid",
  "\n",
  "\n\n",
  "  ",
  "\t",
  "Donaudampfschiffahrtsgesellschaftskapitänswitwenrentenversicherung",
  "i",
  "på",
  "en",
  "Ω",
  "µ",
];

function paragraphs(seed: number, n: number): string[] {
  const r = random(seed);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const words: string[] = [];
    const len = Math.floor(r() * 40);
    for (let j = 0; j < len; j++) words.push(WORDS[Math.floor(r() * WORDS.length)] as string);
    out.push(words.join(r() < 0.8 ? " " : ""));
  }
  return out;
}

/** A document with many paragraphs at random widths, sizes, fonts and alignments, running over pages. */
async function draw(texts: string[], seed: number): Promise<Buffer> {
  const r = random(seed);
  const L = createBox({ lang: "nb", creationDate: "2026-11-20T12:00:00Z", title: "t", subject: "s" });
  const bytes = collect(L.doc);
  const aligns = [undefined, "left", "center", "right"] as const;
  for (const text of texts) {
    const width = r() < 0.1 ? 20 + r() * 30 : 60 + r() * (L.width - 60);
    const size = [7, 8.5, 9, 11, 14][Math.floor(r() * 5)] as number;
    const bold = r() < 0.3;
    measure(L.doc, text, width, bold, size);
    setFont(L.doc, bold, size);
    const align = aligns[Math.floor(r() * aligns.length)];
    const lineBreak = [undefined, true, false][Math.floor(r() * 3)];
    L.doc.text(text, L.left + r() * 20, L.doc.y, {
      width,
      lineGap: 1.5,
      ...(align ? { align } : {}),
      ...(lineBreak !== undefined ? { lineBreak } : {}),
    });
    if (L.doc.y > L.bottom - 5) L.doc.addPage();
  }
  L.doc.end();
  return bytes;
}

async function pdfkitOnly<T>(f: () => Promise<T>): Promise<T> {
  setWrappedText(false);
  try {
    return await f();
  } finally {
    setWrappedText(true);
  }
}

afterEach(() => setWrappedText(true));

describe("paragraphs wrapped once", () => {
  it("draws the same bytes as pdfkit's own wrapping (random paragraphs, widths, fonts, alignments, page ends)", async () => {
    for (const seed of [1, 2, 3]) {
      const texts = paragraphs(seed, 150);
      const reference = await pdfkitOnly(() => draw(texts, seed));
      const wrapped = await draw(texts, seed);
      expect(wrapped.equals(reference), `seed ${seed}`).toBe(true);
      // Again, now from remembered lines.
      expect((await draw(texts, seed)).equals(reference), `seed ${seed}, remembered`).toBe(true);
    }
  }, 120_000);

  it("has pdfkit's line count for every paragraph (heightOfString)", () => {
    const { doc, width } = createBox({ lang: "nb", creationDate: "2026-11-20T12:00:00Z", title: "t", subject: "s" });
    for (const text of paragraphs(7, 200))
      for (const w of [25, 120, width]) {
        setFont(doc, false, 9);
        const step = doc.currentLineHeight(true) + 1.5;
        const lines = Math.round(doc.heightOfString(text, { width: w, lineGap: 1.5 }) / step);
        expect(wrapLines(doc, text, w).lines, JSON.stringify([text, w])).toBe(lines);
      }
  });

  it("gives a report the same bytes as pdfkit's own wrapping", async () => {
    const reference = await pdfkitOnly(() => renderReportPdf(ipsReportModel()));
    expect((await renderReportPdf(ipsReportModel())).equals(reference)).toBe(true);
  }, 60_000);
});

describe("remembered paragraphs", () => {
  it("when full, forgets the paragraphs only one document used and keeps those several used", () => {
    const box = () => createBox({ lang: "nb", creationDate: "2026-11-20T12:00:00Z", title: "t", subject: "s" });
    const shared = "Tjenester ute i samfunnet: jobbspesialisten er mest ute i arbeidslivet (delt av flere rapporter).";
    for (let d = 0; d < 2; d++) measure(box().doc, shared, 300, false, 9);
    const filler = box();
    for (let i = 0; i <= MAX_WRAPPED; i++) measure(filler.doc, `Team ${i} har ${i} kontakter.`, 300, false, 9);
    const after = wrappedStats();
    expect(after.paragraphs).toBeLessThanOrEqual(MAX_WRAPPED / 2 + 1);
    measure(box().doc, shared, 300, false, 9);
    expect(wrappedStats().hits).toBe(after.hits + 1);
    measure(box().doc, "Team 3 har 3 kontakter.", 300, false, 9);
    expect(wrappedStats().misses).toBe(after.misses + 1);
  });
});
