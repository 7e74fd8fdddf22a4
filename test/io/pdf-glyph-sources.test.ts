/**
 * Glyphs made from one code point only (src/io/pdf/glyph-sources.ts): a word made of them is the same in every
 * document, so fonts.ts and wrap.ts skip the per-document bookkeeping for it. A glyph a substitution can make
 * (the "fi" ligature, also U+FB01), glyph 0, or a glyph two code points map to, is not one of them.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { createBox, fontFile } from "../../src/io/pdf/document.js";
import { measuringChangesNothing } from "../../src/io/pdf/fonts.js";
import { type GlyphSourceFont, singleSourceGlyphs } from "../../src/io/pdf/glyph-sources.js";

const require = createRequire(import.meta.url);
const fontkit = createRequire(require.resolve("pdfkit"))("fontkit") as { create(b: Buffer): GlyphSourceFont };

describe("single-source glyphs", () => {
  const font = fontkit.create(readFileSync(fontFile("DejaVuSans")));
  const sources = singleSourceGlyphs(font) as Int32Array;
  const glyphOf = (cp: number) => font._cmapProcessor.lookup(cp);

  it("gives a letter its code point, and -1 to the ligature glyph, glyph 0 and unmapped glyphs", () => {
    expect(sources).toBeDefined();
    for (const ch of "aeøÆ0123456789%,.") {
      const cp = ch.codePointAt(0) as number;
      expect(sources[glyphOf(cp)], ch).toBe(cp);
    }
    expect(sources[glyphOf(0xfb01)]).toBe(-1); // ﬁ: also made from f + i by the liga feature
    expect(sources[0]).toBe(-1);
    expect([...sources].filter((s) => s === -1).length).toBeGreaterThan(300);
  });

  const fake = (over: Partial<GlyphSourceFont>): GlyphSourceFont => ({
    numGlyphs: 5,
    characterSet: [65, 66, 67],
    _cmapProcessor: { lookup: (cp) => ({ 65: 1, 66: 2, 67: 2 })[cp] ?? 0 },
    GSUB: null,
    ...over,
  });

  it("counts a glyph two code points map to as not single-sourced", () => {
    expect([...(singleSourceGlyphs(fake({})) as Int32Array)]).toEqual([-1, 65, -1, -1, -1]);
  });

  it("counts every output of a substitution, whatever its feature", () => {
    const GSUB = {
      lookupList: {
        toArray: () => [
          {
            lookupType: 1,
            subTables: [{ coverage: { version: 2, rangeRecords: [{ start: 3, end: 3 }] }, deltaGlyphID: -2 }],
          },
          { lookupType: 6, subTables: [{}] },
        ],
      },
    };
    expect([...(singleSourceGlyphs(fake({ characterSet: [65], GSUB })) as Int32Array)]).toEqual([-1, -1, -1, -1, -1]);
  });

  it("gives no answer for a font it cannot read so (AAT morx, an unknown lookup kind)", () => {
    expect(singleSourceGlyphs(fake({ morx: {} }))).toBeUndefined();
    const GSUB = { lookupList: { toArray: () => [{ lookupType: 7, subTables: [{}] }] } };
    expect(singleSourceGlyphs(fake({ GSUB }))).toBeUndefined();
  });
});

describe("measuring that changes nothing", () => {
  const fontOf = () => {
    const doc = createBox({ lang: "nb", creationDate: "2026-11-20T12:00:00Z", title: "t", subject: "s" }).doc;
    return (doc.font("DejaVuSans") as unknown as { _font: { font: object } })._font.font;
  };

  it("is known from a font's third document: true for plain words, false when a word can make a ligature", () => {
    for (let i = 0; i < 3; i++) fontOf();
    const font = fontOf();
    expect(measuringChangesNothing(font, ["Arbeidsgiverkontakter ", "per ", "uke: 12,5 %"])).toBe(true);
    expect(measuringChangesNothing(font, ["Arbeidsgiverkontakter ", "profil"])).toBe(false);
    expect(measuringChangesNothing(font, ["\uFB01nans"])).toBe(false);
    expect(measuringChangesNothing({}, ["Arbeidsgiverkontakter"])).toBeUndefined();
    expect(measuringChangesNothing(undefined, ["Arbeidsgiverkontakter"])).toBeUndefined();
  });
});
