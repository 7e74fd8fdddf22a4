/**
 * pdfkit 0.17.2's `EmbeddedFont.layout`, `layoutRun` and `encode` with the same results and far less garbage (issue 12).
 *
 * pdfkit lays a line out word by word and joins the words' glyphs with `concat` (a new array for every word, so a
 * line of n words copies its glyphs n times), and writes each glyph id as hex by building three strings per glyph.
 * These were a quarter of everything a report allocates, and so much of its garbage-collection time. Here the
 * words' glyphs are pushed onto one array and each glyph id's hex is made once per process. The results are the
 * same arrays of the same values: test/io/pdf-text-hook.test.ts compares the PDFs' bytes with pdfkit's own
 * methods.
 *
 * `layoutRun` (a word laid out and scaled) takes a word of a shared font from fonts.ts's layouts shared by every
 * document, without making glyph and position objects per document: a quarter of drawing a report was replaying
 * words into each document's font. `encode` then takes each glyph's code points from the document's own glyph.
 *
 * The methods replaced are private to pdfkit (pinned at 0.17.2 in package.json); they are replaced on the class
 * of the document's embedded fonts, found from a document's current font, once per process.
 */
import type { Doc } from "./document.js";
import { sharedRun } from "./fonts.js";

interface Run {
  glyphs: { id: number; advanceWidth: number; codePoints: number[] }[];
  positions: object[];
  advanceWidth: number;
}

interface EmbeddedFont {
  layoutCached(text: string): Run;
  layoutRun(text: string, features?: unknown): Run;
  layout(
    text: string,
    features?: unknown,
    onlyWidth?: boolean,
  ): Run | { glyphs: null; positions: null; advanceWidth: number };
  encode(text: string, features?: unknown): [string[], object[]];
  subset: { includeGlyph(id: number): number };
  widths: (number | undefined)[];
  unicode: (number[] | undefined)[];
  scale: number;
  /** The document's fontkit font (with a shared font: the document's view of it, fonts.ts). */
  font: { _glyphs?: Record<number, Run["glyphs"][number] | undefined> };
}

const HEX: string[] = [];

/** A glyph id as pdfkit writes it: the last four of its hex digits, zero-padded. */
function hex4(gid: number): string {
  let h = HEX[gid];
  if (h === undefined) {
    h = `0000${gid.toString(16)}`.slice(-4);
    HEX[gid] = h;
  }
  return h;
}

/** pdfkit's `layout`: the text cut after each space or tab, each part laid out once per document (layoutCached). */
function layout(this: EmbeddedFont, text: string, features?: unknown, onlyWidth?: boolean) {
  if (features) return this.layoutRun(text, features);
  const glyphs: Run["glyphs"] | null = onlyWidth ? null : [];
  const positions: object[] | null = onlyWidth ? null : [];
  let advanceWidth = 0;
  let last = 0;
  let index = 0;
  while (index <= text.length) {
    const c = text.charCodeAt(index); // NaN at the end
    if ((index === text.length && last < index) || c === 32 || c === 9) {
      const run = this.layoutCached(text.slice(last, ++index));
      if (glyphs && positions) {
        for (const g of run.glyphs) glyphs.push(g);
        for (const p of run.positions) positions.push(p);
      }
      advanceWidth += run.advanceWidth;
      last = index;
    } else index++;
  }
  return { glyphs, positions, advanceWidth };
}

/**
 * pdfkit's `layoutRun`: without features, a word of a shared font comes laid out and scaled from the layouts
 * shared by every document (fonts.ts `sharedRun`: no glyph objects, positions or scaling per document); else
 * pdfkit's own.
 */
function layoutRun(this: EmbeddedFont, text: string, features?: unknown): Run {
  if (!features) {
    const run = sharedRun(this.font, text, this.scale);
    if (run) return run as unknown as Run;
  }
  return (originals as Originals).layoutRun.call(this, text, features);
}

/**
 * pdfkit's `encode`: each glyph into the subset, its hex id, and its width and code points on first use. The
 * glyph is the document's own glyph object of that id (what pdfkit's own layout gives; a shared run's glyphs are
 * shared by every document, so their code points are not the document's).
 */
function encode(this: EmbeddedFont, text: string, features?: unknown): [string[], object[]] {
  const { glyphs, positions } = this.layout(text, features) as Run;
  const own = this.font._glyphs;
  const res: string[] = [];
  for (const shared of glyphs) {
    const glyph = own?.[shared.id] ?? shared;
    const gid = this.subset.includeGlyph(glyph.id);
    res.push(hex4(gid));
    if (this.widths[gid] == null) this.widths[gid] = glyph.advanceWidth * this.scale;
    if (this.unicode[gid] == null) this.unicode[gid] = glyph.codePoints;
  }
  return [res, positions];
}

interface Originals {
  layout: EmbeddedFont["layout"];
  layoutRun: EmbeddedFont["layoutRun"];
  encode: EmbeddedFont["encode"];
  proto: EmbeddedFont;
}
let originals: Originals | undefined;
let on = true;

/**
 * Replace pdfkit's methods on the class of the document's current font (an embedded font), once per process.
 * Does nothing when turned off (setLeanText) or when the font is not one pdfkit embeds (no `layoutCached`).
 */
export function installLeanText(doc: Doc): void {
  if (!on || originals) return;
  const font = (doc as unknown as { _font?: object })._font;
  const proto = font && (Object.getPrototypeOf(font) as Partial<EmbeddedFont>);
  if (!proto || typeof proto.layoutCached !== "function" || typeof proto.encode !== "function") return;
  const p = proto as EmbeddedFont;
  originals = { layout: p.layout, layoutRun: p.layoutRun, encode: p.encode, proto: p };
  p.layout = layout as EmbeddedFont["layout"];
  p.layoutRun = layoutRun;
  p.encode = encode;
}

/** Turn the lean methods off (pdfkit's own are put back) or on again (from the next document). For tests. */
export function setLeanText(value: boolean): void {
  on = value;
  if (!value && originals) {
    originals.proto.layout = originals.layout;
    originals.proto.layoutRun = originals.layoutRun;
    originals.proto.encode = originals.encode;
    originals = undefined;
  }
}
