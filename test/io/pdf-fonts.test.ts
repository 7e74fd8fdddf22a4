/**
 * Fonts parsed once per process and word layouts shared across documents (src/io/pdf/fonts.ts): every PDF must
 * be the same bytes as with pdfkit's own font loading (a fresh font per document), whatever was rendered before.
 *
 * The hard case is a ligature: DejaVu's "fi" ligature glyph is reached from U+FB01 ("ﬁ") and from "f" + "i", and
 * the code points a document's ToUnicode map gives that glyph are those of the document's own first use.
 */
import { afterEach, describe, expect, it } from "vitest";
import type { ReportModel } from "../../src/core/report/model.js";
import { createBox } from "../../src/io/pdf/document.js";
import { MAX_SHARED_WORDS, setFontSharing, sharedFontStats, sharedRun } from "../../src/io/pdf/fonts.js";
import { renderReportPdf } from "../../src/io/pdf/index.js";
import { ipsReportModel, kvReportModel } from "../fixtures/report-models.js";
import { pdfStreams } from "../helpers/pdf-text.js";

/** The IPS sample with `first`, then `later` in its headline (bold, as the first text of that font with "fi"). */
function withText(first: string, later: string): ReportModel {
  const m = ipsReportModel();
  m.summary.headline = `${m.summary.headline} – ${first} og ${later}`;
  return m;
}

/** "ﬁ" (U+FB01) first, then "fi"; and the other way round. */
const ligatureFirst = () => withText("\uFB01nansiering", "profil");
const lettersFirst = () => withText("profil", "\uFB01nansiering");
/** Compound glyphs (å, é, ü are made of other glyphs in DejaVu): the subset rewrites their components' ids. */
const compound = () => withText("Café på Tromsø", "Müller og Ærø");

async function fresh(model: ReportModel): Promise<Buffer> {
  setFontSharing(false);
  try {
    return await renderReportPdf(model);
  } finally {
    setFontSharing(true);
  }
}

afterEach(() => setFontSharing(true));

describe("shared fonts", () => {
  it("gives the same bytes as a fresh font per document, in any order (ligature fi / ﬁ)", async () => {
    const models = { ligatureFirst, lettersFirst, compound, ips: ipsReportModel, kv: kvReportModel };
    const reference = new Map<string, Buffer>();
    for (const [name, make] of Object.entries(models)) reference.set(name, await fresh(make()));
    // The two ligature models differ only in the order of the same words, and their ToUnicode maps differ.
    expect(reference.get("ligatureFirst")?.equals(reference.get("lettersFirst") as Buffer)).toBe(false);

    const orders = [
      ["ligatureFirst", "lettersFirst", "kv"],
      ["lettersFirst", "ligatureFirst", "ips"],
      ["compound", "kv", "compound"],
    ];
    for (const order of orders)
      for (const name of order) {
        const bytes = await renderReportPdf(models[name as keyof typeof models]());
        expect(bytes.equals(reference.get(name) as Buffer), `${name} in order ${order.join(", ")}`).toBe(true);
      }
  }, 120_000);

  it("maps the ligature glyph to the code points of the document's own first use", async () => {
    // The ToUnicode map of a report that wrote "ﬁ" first says U+FB01; one that wrote "fi" first says f, i.
    const toUnicode = (pdf: Buffer) => pdfStreams(pdf).filter((s) => s.includes("begincmap"));
    await renderReportPdf(lettersFirst());
    const lig = toUnicode(await renderReportPdf(ligatureFirst()));
    expect(lig.some((s) => /<fb01>/i.test(s))).toBe(true);
    const letters = toUnicode(await renderReportPdf(lettersFirst()));
    expect(letters.some((s) => /<fb01>/i.test(s))).toBe(false);
    expect(letters.some((s) => /<0066 0069>/i.test(s))).toBe(true);
  }, 60_000);

  it("lays out each distinct word once per process and replays it in later documents", async () => {
    await renderReportPdf(kvReportModel());
    const before = sharedFontStats();
    await renderReportPdf(kvReportModel());
    const after = sharedFontStats();
    const misses = (s: typeof before) => s.reduce((n, f) => n + f.misses, 0);
    const hits = (s: typeof before) => s.reduce((n, f) => n + f.hits, 0);
    expect(misses(after)).toBe(misses(before));
    expect(hits(after)).toBeGreaterThan(hits(before));
    expect(after.length).toBe(2);
  }, 60_000);

  it("when the word cache is full, forgets the words one document used and keeps those several used", () => {
    const doc = () => createBox({ lang: "nb", creationDate: "2026-11-20T12:00:00Z", title: "t", subject: "s" }).doc;
    const misses = () => sharedFontStats().reduce((n, f) => n + f.misses, 0);
    for (let d = 0; d < 2; d++) doc().widthOfString("fellesord");
    const filler = doc();
    for (let i = 0; i <= MAX_SHARED_WORDS; i++) filler.widthOfString(`eget${i}`);
    const before = misses();
    doc().widthOfString("fellesord");
    expect(misses()).toBe(before);
    doc().widthOfString("eget7");
    expect(misses()).toBe(before + 1);
    expect(Math.max(...sharedFontStats().map((f) => f.words))).toBeLessThanOrEqual(MAX_SHARED_WORDS);
  }, 60_000);

  it("hands every document the same scaled run of a word, with pdfkit's values, unless the document's glyphs differ", () => {
    type Embedded = { font: object; scale: number; layoutRun(text: string): unknown };
    const embedded = () => {
      const doc = createBox({ lang: "nb", creationDate: "2026-11-20T12:00:00Z", title: "t", subject: "s" }).doc;
      return (doc.font("DejaVuSans") as unknown as { _font: Embedded })._font;
    };
    const a = embedded();
    const b = embedded();
    const run = sharedRun(a.font, "Arbeidsgiverkontakt", a.scale);
    expect(run).toBeDefined();
    expect(sharedRun(b.font, "Arbeidsgiverkontakt", b.scale)).toBe(run);
    // pdfkit's own layoutRun on a font of its own (sharing off) gives the same numbers.
    setFontSharing(false);
    const own = embedded();
    setFontSharing(true);
    expect(sharedRun(own.font, "Arbeidsgiverkontakt", own.scale)).toBeUndefined();
    const expected = own.layoutRun("Arbeidsgiverkontakt") as {
      glyphs: { id: number }[];
      positions: object[];
      advanceWidth: number;
    };
    expect(run?.positions.map((p) => ({ ...p }))).toEqual(expected.positions.map((p) => ({ ...p })));
    expect(run?.glyphs.map((g) => g.id)).toEqual(expected.glyphs.map((g) => g.id));
    expect(run?.advanceWidth).toBe(expected.advanceWidth);
    // A document that made the fi ligature glyph from U+FB01 lays "profil" out in its own font (a fresh font
    // would give that glyph the code points of its first use): no shared run.
    const c = embedded();
    expect(sharedRun(c.font, "\uFB01nans", c.scale)).toBeDefined();
    expect(sharedRun(c.font, "profil", c.scale)).toBeUndefined();
    expect(sharedRun(a.font, "profil", a.scale)).toBeDefined();
    // Equal positions are one object (a worker keeps thousands of words): far fewer objects than glyphs.
    const words = Array.from({ length: 60 }, (_, i) => `jobbspesialist${i % 10}${"e".repeat(i % 7)}`);
    const positions = words.flatMap((w) => sharedRun(a.font, w, a.scale)?.positions ?? []);
    expect(positions.length).toBeGreaterThan(600);
    expect(new Set(positions).size).toBeLessThan(positions.length / 10);
  });
});
