/**
 * Fonts once, text once: each font file is read and parsed once per process (or worker thread), and the shaping
 * of each word (fontkit's `layout`) is shared across documents — while every document keeps the bytes it would
 * have from a font of its own.
 *
 * Why that needs care: pdfkit writes each glyph's code points into the PDF's ToUnicode map, and fontkit records a
 * glyph's code points when the glyph object is first created in a font. The ligature glyph "ﬁ" is reached from
 * U+FB01 and from "f" + "i": in a fresh font, whichever a document uses first decides what copying that glyph
 * out of its PDF gives. One font object shared by every document would let an earlier report decide a later
 * one's bytes. So each document gets a *view* of the parsed font (`Object.create(parsed)`, tables shared) with
 * glyph objects of its own, and a shared word layout is *replayed* into that view: the glyphs a fresh layout
 * would create are created in the same way (same ids, same code points), so the document's first-use order is
 * kept. Where the document's own earlier glyphs would make a fresh layout differ, the word is laid out afresh.
 * With pdfkit-text.ts's lean methods installed, a word is not even replayed: pdfkit gets the word laid out and
 * scaled once per process (`sharedRun`), and only the glyphs it needs are created in the document's view (their
 * code points are what the document's ToUnicode map is made from).
 *
 * The hook is public API on both sides: pdfkit's `registerFont(name, bytes)` hands the bytes to
 * `fontkit.create`, and fontkit's `registerFormat` lets a format claim them. We pass a small token instead of
 * the font's bytes; our format claims the token and returns the document's view. The privates touched are
 * fontkit's per-font glyph table `_glyphs` (made per view) and a new glyph's metrics memo `_metrics` (handed the
 * metrics already worked out for its id). Checked against pdfkit 0.17.2 and fontkit 2.0.4,
 * both pinned in package.json; test/io/pdf-fonts.test.ts fails if either changes this behaviour.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { type GlyphSourceFont, singleSourceGlyphs } from "./glyph-sources.js";

/** The part of a fontkit glyph this module and pdfkit use. */
interface Glyph {
  id: number;
  codePoints: number[];
  advanceWidth: number;
  /** fontkit's memo of the glyph's metrics (private; filled on first use of advanceWidth). */
  _metrics?: object;
}

interface Position {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
  advanceWidth?: number;
}

interface Run {
  glyphs: Glyph[];
  positions: Position[];
  readonly advanceWidth: number;
}

/** The part of a fontkit TTFFont used here. */
interface FontkitFont {
  _glyphs: Record<number, Glyph>;
  getGlyph(id: number, codePoints?: number[]): Glyph;
  layout(text: string, features?: unknown): Run;
  createSubset(): TTFSubset;
  directory: { tables: Record<string, unknown> };
  loca?: { offsets: number[] };
  _variationProcessor?: unknown;
  _getTableStream(tag: string): { pos: number; readBuffer(length: number): Uint8Array } | null;
}

/** The part of fontkit's TTFSubset (what `embed` encodes) that `addSubsetGlyph` fills in, as fontkit's own does. */
interface TTFSubset {
  includeGlyph(glyph: number): number;
  _addGlyph(gid: number): number;
  glyf: Uint8Array[];
  loca: { offsets: number[] };
  hmtx: { metrics: { advance: number; bearing: number }[] };
  offset: number;
}

/** What a subset copies of one glyph: its bytes in the glyf table, its components (compound glyphs), its metrics. */
interface SubsetGlyph {
  bytes: Uint8Array;
  /** A compound glyph's components: the glyph id, and where in `bytes` the subset writes its new id. */
  components: { glyphID: number; pos: number }[] | undefined;
  advance: number;
  bearing: number;
}

interface Fontkit {
  create(bytes: Uint8Array): FontkitFont;
  registerFormat(format: unknown): void;
}

/**
 * One word as laid out in a font without earlier glyphs: the glyphs the layout created (each id with the code
 * points of its first creation, in order), the glyphs of the result, and the positions before pdfkit scales them.
 */
interface WordLayout {
  created: { id: number; codePoints: readonly number[] }[];
  glyphs: Int32Array;
  /** xAdvance, yAdvance, xOffset, yOffset per glyph. */
  positions: Float64Array;
  /** How many documents have used the word, and the number of the last one (see `documentNumber`). */
  documents: number;
  lastDocument: number;
  /** The word as pdfkit's `layoutRun` gives it at pdfkit's scale for this font, made once (see `sharedRun`). */
  scaled?: ScaledRun;
  /** Every glyph of the result is among those the layout created (checked once, when recorded). */
  complete: boolean;
  /**
   * Every glyph it creates can only be made from the code point it is made from here (glyph-sources.ts): the word
   * is the same in every document, whatever came before, and needs no glyph objects of the document's own.
   * Undefined until the font's glyphs have been looked at (see `sources`).
   */
  plain?: boolean;
}

/**
 * A word laid out and scaled as pdfkit's `layoutRun` returns it, shared by every document: its positions are
 * only read (pdfkit's `_fragment` copies one before changing it), and its glyphs are only asked for their id
 * and advance width — the code points a document writes for a glyph are taken from the document's own glyph
 * object of that id (pdfkit-text.ts's `encode`), which `sharedRun` makes sure exists.
 */
export interface ScaledRun {
  readonly glyphs: readonly { readonly id: number; readonly advanceWidth: number; readonly codePoints: number[] }[];
  readonly positions: readonly ScaledPosition[];
  readonly advanceWidth: number;
  /** The scale the positions were multiplied by (pdfkit's 1000 / unitsPerEm). */
  readonly scale: number;
}

interface ScaledPosition {
  readonly xAdvance: number;
  readonly yAdvance: number;
  readonly xOffset: number;
  readonly yOffset: number;
  readonly advanceWidth: number;
}

/**
 * Distinct words kept per font. When full, the words only one document has used (a team's own numbers, names and
 * ids, which no other report repeats) are forgotten and those used by several kept (the instrument's texts,
 * headings, labels); if those fill half of it, it starts again. Keeps a PDF worker's memory flat over a long batch.
 */
export const MAX_SHARED_WORDS = 8_000;

/** A number of its own for each document's view of a font (a number: the word cache keeps no view alive). */
const viewNumbers = new WeakMap<object, number>();
let lastViewNumber = 0;
function documentNumber(view: object): number {
  let n = viewNumbers.get(view);
  if (n === undefined) {
    n = ++lastViewNumber;
    viewNumbers.set(view, n);
  }
  return n;
}

/** The shared font of each document's view (see `sharedRun`). */
const sharedOfView = new WeakMap<object, SharedFont>();

/** A run as fontkit's GlyphRun gives it to pdfkit: `advanceWidth` is summed when asked (after pdfkit scales). */
class ReplayedRun implements Run {
  constructor(
    readonly glyphs: Glyph[],
    readonly positions: Position[],
  ) {}
  get advanceWidth(): number {
    let width = 0;
    for (const p of this.positions) width += p.xAdvance;
    return width;
  }
}

/** A number as a key: every distinct value its own (-0 too, which `String` writes as 0). */
const num = (n: number): string => (Object.is(n, -0) ? "-0" : String(n));

function sameCodePoints(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** One font file, parsed once, with its shared word layouts. */
class SharedFont {
  /** What is passed to pdfkit instead of the font's bytes. */
  readonly token = new Uint8Array(Buffer.from("fidelity-font-token"));
  private readonly parsed: FontkitFont;
  /** A view whose glyphs are emptied before each word, so a word is laid out as in a fresh font. */
  private readonly recorder: FontkitFont;
  /** Glyphs created while a word is recorded. */
  private calls: WordLayout["created"] | undefined;
  readonly words = new Map<string, WordLayout>();
  /**
   * fontkit's metrics of each glyph id, once worked out. A new glyph object works them out again on its first
   * `advanceWidth` (decoding the glyph's outline for its box: most of the cost of laying out a new word, and of a
   * document's first use of each glyph). They depend on the id alone (no variations in these fonts), so every new
   * glyph object of the process is handed the ones already known.
   */
  private readonly metrics = new Map<number, object>();
  /** What each glyph id puts into a document's font subset (see `subsetGlyph`). */
  private readonly subsetGlyphs = new Map<number, SubsetGlyph>();
  /** A view of the parsed font whose glyph objects are only read for subsetting. */
  private readonly plain: FontkitFont;
  readonly stats = { hits: 0, misses: 0, fresh: 0 };
  /** Documents that have opened the font. */
  private documents = 0;
  /**
   * Per glyph id, the one code point it can be made from, or -1 (glyph-sources.ts); undefined when the font cannot
   * be read so; null until the third document (looking costs ~25 ms a font, worth it only for a batch).
   */
  private sources: Int32Array | undefined | null = null;

  constructor(
    readonly path: string,
    fontkit: Fontkit,
  ) {
    this.parsed = fontkit.create(readFileSync(path));
    this.plain = this.view();
    this.recorder = this.view();
    const recorder = this.recorder;
    const getGlyph = recorder.getGlyph;
    recorder.getGlyph = (id: number, codePoints: number[] = []) => {
      if (this.calls && !(id in recorder._glyphs)) this.calls.push({ id, codePoints: [...codePoints] });
      return this.withMetrics(getGlyph.call(recorder, id, codePoints));
    };
  }

  /** The glyph with the metrics already known for its id (a new glyph object gets them, none is changed). */
  private withMetrics(g: Glyph): Glyph {
    if (g && g._metrics === undefined) {
      const m = this.metrics.get(g.id);
      if (m) g._metrics = m;
    }
    return g;
  }

  /** Remember the metrics of glyphs that have worked theirs out. */
  private keepMetrics(glyphs: Record<number, Glyph>): void {
    for (const key in glyphs) {
      const g = glyphs[key];
      if (g?._metrics !== undefined && !this.metrics.has(g.id)) this.metrics.set(g.id, g._metrics);
    }
  }

  /** A font for one document: the parsed tables, its own glyph objects, shared word layouts. */
  view(): FontkitFont {
    const v = Object.create(this.parsed) as FontkitFont;
    v._glyphs = {};
    return v;
  }

  documentView(): FontkitFont {
    const v = this.view();
    sharedOfView.set(v, this);
    this.documents++;
    const getGlyph = v.getGlyph;
    v.getGlyph = (id: number, codePoints?: number[]) => this.withMetrics(getGlyph.call(v, id, codePoints));
    if (this.subsetsShareGlyphs()) {
      const createSubset = v.createSubset;
      v.createSubset = () => {
        const subset = createSubset.call(v);
        subset._addGlyph = (gid: number) => this.addSubsetGlyph(subset, gid);
        return subset;
      };
    }
    const own = Object.getPrototypeOf(this.parsed).layout as FontkitFont["layout"];
    v.layout = (text: string, features?: unknown) => {
      if (features !== undefined) return own.call(v, text, features);
      const replayed = this.replay(v, text);
      if (replayed) return replayed;
      this.stats.fresh++;
      return own.call(v, text);
    };
    return v;
  }

  /** A TrueType font without variations: its subsets copy each glyph's bytes as they are (fontkit's TTFSubset). */
  private subsetsShareGlyphs(): boolean {
    const f = this.parsed;
    return !f.directory.tables["CFF "] && f.loca !== undefined && !f._variationProcessor;
  }

  /**
   * What the glyph `gid` puts into a subset, worked out once per process: fontkit's TTFSubset decodes the whole
   * outline of the glyph in every document only to see whether it is a compound glyph, then copies its bytes.
   */
  private subsetGlyph(gid: number): SubsetGlyph {
    let d = this.subsetGlyphs.get(gid);
    if (d) return d;
    const glyph = this.plain.getGlyph(gid) as Glyph & {
      _decode(): { numberOfContours: number; components?: { glyphID: number; pos: number }[] } | null;
      _getMetrics(): { leftBearing: number };
    };
    const glyf = glyph._decode();
    const offsets = (this.parsed.loca as { offsets: number[] }).offsets;
    const start = offsets[gid] as number;
    const stream = this.parsed._getTableStream("glyf");
    if (!stream) throw new Error("fidelity: a TrueType font without a glyf table");
    stream.pos += start;
    const bytes = stream.readBuffer((offsets[gid + 1] as number) - start);
    d = {
      bytes,
      components:
        glyf && glyf.numberOfContours < 0
          ? (glyf.components ?? []).map((c) => ({ glyphID: c.glyphID, pos: c.pos }))
          : undefined,
      advance: glyph.advanceWidth,
      bearing: glyph._getMetrics().leftBearing,
    };
    this.subsetGlyphs.set(gid, d);
    return d;
  }

  /** fontkit 2.0.4's TTFSubset._addGlyph (no variations), from the glyph's remembered bytes and metrics. */
  private addSubsetGlyph(subset: TTFSubset, gid: number): number {
    const d = this.subsetGlyph(gid);
    let buffer = d.bytes;
    if (d.components) {
      buffer = new Uint8Array(buffer);
      const view = new DataView(buffer.buffer);
      for (const c of d.components) view.setUint16(c.pos, subset.includeGlyph(c.glyphID));
    }
    subset.glyf.push(buffer);
    subset.loca.offsets.push(subset.offset);
    subset.hmtx.metrics.push({ advance: d.advance, bearing: d.bearing });
    subset.offset += buffer.length;
    return subset.glyf.length - 1;
  }

  private record(text: string): WordLayout {
    const recorder = this.recorder;
    recorder._glyphs = {};
    const created: WordLayout["created"] = [];
    this.calls = created;
    let run: Run;
    try {
      run = recorder.layout(text);
    } finally {
      this.calls = undefined;
    }
    this.keepMetrics(recorder._glyphs);
    const glyphs = Int32Array.from(run.glyphs, (g) => g.id);
    const positions = new Float64Array(run.positions.length * 4);
    run.positions.forEach((p, i) => {
      positions.set([p.xAdvance, p.yAdvance, p.xOffset, p.yOffset], i * 4);
    });
    const ids = new Set(created.map((c) => c.id));
    const complete = glyphs.every((id) => ids.has(id));
    return { created, glyphs, positions, documents: 0, lastDocument: 0, complete };
  }

  /** Make room in the word cache: keep the words several documents used, or none when they fill half of it. */
  private forgetOneOffs(): void {
    for (const [text, word] of this.words) if (word.documents <= 1) this.words.delete(text);
    if (this.words.size > MAX_SHARED_WORDS / 2) this.words.clear();
  }

  /** The word's shared layout (laid out in a fresh font the first time), counted as used by `v`'s document. */
  private word(v: FontkitFont, text: string): WordLayout {
    let word = this.words.get(text);
    if (word) this.stats.hits++;
    else {
      this.stats.misses++;
      word = this.record(text);
      if (this.words.size >= MAX_SHARED_WORDS) this.forgetOneOffs();
      this.words.set(text, word);
    }
    const n = documentNumber(v);
    if (word.lastDocument !== n) {
      word.lastDocument = n;
      word.documents++;
    }
    return word;
  }

  /**
   * Give `v` the glyphs a fresh layout of the word would create there (same ids, same code points, in the same
   * order): false when `v`'s own earlier glyphs would make a fresh layout differ (the word must be laid out in `v`).
   */
  private hasWordGlyphs(v: FontkitFont, word: WordLayout): boolean {
    const own = v._glyphs;
    for (const c of word.created) {
      const g = own[c.id];
      if (g && !sameCodePoints(g.codePoints, c.codePoints)) return false;
    }
    for (const c of word.created) if (!(c.id in own)) v.getGlyph(c.id, [...c.codePoints]);
    for (let i = 0; i < word.glyphs.length; i++) if (!own[word.glyphs[i] as number]) return false;
    return true;
  }

  /** The word laid out in `v` as a fresh layout would, or undefined when `v`'s own glyphs would change it. */
  private replay(v: FontkitFont, text: string): Run | undefined {
    const word = this.word(v, text);
    if (!this.hasWordGlyphs(v, word)) return undefined;
    const own = v._glyphs;
    const glyphs: Glyph[] = new Array(word.glyphs.length);
    const positions: Position[] = new Array(word.glyphs.length);
    const p = word.positions;
    for (let i = 0; i < word.glyphs.length; i++) {
      glyphs[i] = own[word.glyphs[i] as number] as Glyph;
      positions[i] = {
        xAdvance: p[i * 4] as number,
        yAdvance: p[i * 4 + 1] as number,
        xOffset: p[i * 4 + 2] as number,
        yOffset: p[i * 4 + 3] as number,
        // pdfkit scales the four above and then adds advanceWidth to each position: made here already (0, set by
        // pdfkit), the object needs no second allocation for a fifth property. pdfkit scales 0 to 0 before setting it.
        advanceWidth: 0,
      };
    }
    return new ReplayedRun(glyphs, positions);
  }

  /**
   * The word as pdfkit's `layoutRun(text)` would give it in `v`'s document at `scale`, shared by every document
   * (see ScaledRun), or undefined when `v`'s own glyphs would change its layout. The same values as pdfkit's:
   * each position's four values multiplied by the scale, advanceWidth the glyph's advance width times the scale,
   * the run's advanceWidth the sum of the scaled xAdvance in order (fontkit's GlyphRun getter).
   */
  sharedRun(v: FontkitFont, text: string, scale: number): ScaledRun | undefined {
    const word = this.word(v, text);
    if (!this.isPlain(word) && !this.hasWordGlyphs(v, word)) return undefined;
    if (word.scaled?.scale === scale) return word.scaled;
    const p = word.positions;
    const glyphs: ScaledRun["glyphs"][number][] = [];
    const positions: ScaledPosition[] = [];
    let advanceWidth = 0;
    for (let i = 0; i < word.glyphs.length; i++) {
      const glyph = this.runGlyph(word, word.glyphs[i] as number);
      const position = this.position(
        (p[i * 4] as number) * scale,
        (p[i * 4 + 1] as number) * scale,
        (p[i * 4 + 2] as number) * scale,
        (p[i * 4 + 3] as number) * scale,
        glyph.advanceWidth * scale,
      );
      glyphs.push(glyph);
      positions.push(position);
      advanceWidth += position.xAdvance;
    }
    word.scaled = { glyphs, positions, advanceWidth, scale };
    return word.scaled;
  }

  /**
   * The shared runs' glyph of each id: its id, advance width and the code points `word` created it from. Those
   * are only written for a glyph of a plain word (a glyph made from one code point only, the same in every word);
   * for any other, encode takes the document's own glyph (see ScaledRun).
   */
  private readonly runGlyphs = new Map<number, ScaledRun["glyphs"][number]>();
  private runGlyph(word: WordLayout, id: number): ScaledRun["glyphs"][number] {
    let glyph = this.runGlyphs.get(id);
    if (!glyph) {
      const g = this.plain.getGlyph(id) as Glyph;
      const codePoints = [...(word.created.find((c) => c.id === id)?.codePoints ?? g.codePoints)];
      glyph = { id, advanceWidth: this.withMetrics(g).advanceWidth, codePoints };
      this.runGlyphs.set(id, glyph);
    }
    return glyph;
  }

  /** The font's single-source glyphs, looked at from its third document on (see `sources`). */
  private glyphSources(): Int32Array | undefined {
    if (this.sources === null && this.documents >= 3)
      this.sources = singleSourceGlyphs(this.parsed as unknown as GlyphSourceFont);
    return this.sources ?? undefined;
  }

  /** Is the word plain (see WordLayout.plain)? False while the font's glyphs have not been looked at. */
  private isPlain(word: WordLayout): boolean {
    if (word.plain !== undefined) return word.plain;
    const sources = this.glyphSources();
    if (!sources) return false;
    word.plain =
      word.complete && word.created.every((c) => c.codePoints.length === 1 && sources[c.id] === c.codePoints[0]);
    return word.plain;
  }

  /**
   * Are these strings, as pdfkit's layout cuts them into words (after each space or tab, pdfkit-text.ts), all
   * plain words? Undefined while the font's glyphs have not been looked at. Measuring plain words in a document
   * changes nothing in it that its bytes depend on.
   */
  plainText(strings: readonly string[]): boolean | undefined {
    if (!this.glyphSources()) return undefined;
    for (const s of strings) {
      let last = 0;
      for (let i = 0; i <= s.length; i++) {
        const c = s.charCodeAt(i);
        if ((i === s.length && last < i) || c === 32 || c === 9) {
          const text = s.slice(last, i + 1);
          last = i + 1;
          let word = this.words.get(text);
          if (!word) {
            word = this.record(text);
            if (this.words.size >= MAX_SHARED_WORDS) this.forgetOneOffs();
            this.words.set(text, word);
          }
          if (!this.isPlain(word)) return false;
        }
      }
    }
    return true;
  }

  /**
   * One object per distinct position, shared by every run that has it: most are a glyph's own advance without
   * offsets, and an object per glyph of every remembered word (five boxed numbers each) would cost a worker
   * tens of megabytes.
   */
  private readonly positions = new Map<string, ScaledPosition>();
  private position(
    xAdvance: number,
    yAdvance: number,
    xOffset: number,
    yOffset: number,
    advanceWidth: number,
  ): ScaledPosition {
    const key = `${num(xAdvance)} ${num(yAdvance)} ${num(xOffset)} ${num(yOffset)} ${num(advanceWidth)}`;
    let position = this.positions.get(key);
    if (!position) {
      position = { xAdvance, yAdvance, xOffset, yOffset, advanceWidth };
      this.positions.set(key, position);
    }
    return position;
  }
}

/**
 * pdfkit's `layoutRun(text)` (no features) for a document's view of a shared font, from the word layouts shared by
 * every document: undefined when `font` is not such a view, or when its own glyphs would change the word's layout
 * (then pdfkit lays it out in the document's font as usual). Only for pdfkit-text.ts's lean `encode`, which takes
 * each glyph's code points from the document's own glyph objects.
 */
export function sharedRun(font: object, text: string, scale: number): ScaledRun | undefined {
  const shared = sharedOfView.get(font);
  return shared?.sharedRun(font as FontkitFont, text, scale);
}

/**
 * Would measuring `strings` in a document with this font (a document's view of a shared font, pdfkit's `font` of
 * its embedded font) leave its bytes as they are, whatever it draws later? True when every word is plain (see
 * WordLayout.plain); undefined when that is not known (not a shared font, or not looked at yet).
 */
export function measuringChangesNothing(font: object | undefined, strings: readonly string[]): boolean | undefined {
  const shared = font && sharedOfView.get(font);
  return shared ? shared.plainText(strings) : undefined;
}

const require = createRequire(import.meta.url);
const fonts = new Map<string, SharedFont>();
const byToken = new WeakMap<Uint8Array, SharedFont>();
let fontkit: Fontkit | undefined;

/** The fontkit instance pdfkit uses (resolved from pdfkit), with our format registered once. */
function pdfkitFontkit(): Fontkit {
  if (fontkit) return fontkit;
  const fromPdfkit = createRequire(require.resolve("pdfkit"));
  const fk = fromPdfkit("fontkit") as Fontkit;
  fk.registerFormat(
    class SharedFontFormat {
      static probe(bytes: Uint8Array): boolean {
        return byToken.has(bytes);
      }
      constructor(stream: { buffer: Uint8Array }) {
        const shared = byToken.get(stream.buffer);
        if (!shared) throw new Error("fidelity: a font token without its font");
        // A constructor may return another object: the document's view of the parsed font.
        // biome-ignore lint/correctness/noConstructorReturn: this is how fontkit lets a format hand over a font
        return shared.documentView();
      }
    },
  );
  fontkit = fk;
  return fk;
}

let sharing = true;

/**
 * Turn sharing off (pdfkit reads and parses the font file for every document, as it does by itself) or on again.
 * For tests: the PDFs must be the same bytes either way.
 */
export function setFontSharing(on: boolean): void {
  sharing = on;
}

/**
 * What to pass to pdfkit's `registerFont` for the font file at `path`: a token for the font parsed once per
 * process, of which each document that opens it gets its own view (the path itself when sharing is off).
 */
export function fontSource(path: string): Uint8Array | string {
  return sharing ? sharedFont(path) : path;
}

function sharedFont(path: string): Uint8Array {
  let font = fonts.get(path);
  if (!font) {
    font = new SharedFont(path, pdfkitFontkit());
    fonts.set(path, font);
    byToken.set(font.token, font);
  }
  return font.token;
}

/** Word layouts shared so far, replayed, and laid out afresh per font (for tests and the benchmark). */
export function sharedFontStats(): { path: string; words: number; hits: number; misses: number; fresh: number }[] {
  return [...fonts.values()].map((f) => ({ path: f.path, words: f.words.size, ...f.stats }));
}
