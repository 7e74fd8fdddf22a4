/**
 * Text wrapped once (issue 12): a paragraph's lines are worked out once per process, for measuring and drawing.
 *
 * pdfkit wraps a paragraph every time it is measured (`heightOfString`) and again when it is drawn (`text`), each
 * time breaking it into words (the `linebreak` package) and asking the width of each. Reports measure most
 * paragraphs before drawing them and repeat most of them (item names, method texts, labels). Here the lines of a
 * paragraph (font, size, width, text) are worked out by the same rules, remembered, and drawn line by line.
 *
 * Same bytes: `wrapLines` is pdfkit 0.17.2's LineWrapper (`eachWord`, `wrap`) for the one case used here (one
 * column, no height, ellipsis, indent, spacing or continued text), line for line, with the same widths
 * (`widthOfString`, rounded by pdfkit's PDFNumber). Each line is drawn with `text(line, x, y, { lineBreak: false })`,
 * which writes the same text operators pdfkit's own wrapper writes for it, at the position it would. The strings
 * pdfkit would have measured are measured again in the same order in every document (`touch`), so each document
 * creates its glyphs in the same order as before (fonts.ts: the ToUnicode map) — unless every glyph they make can
 * only be made from one code point, when the order cannot matter and they are not measured again. A paragraph that would run onto
 * the next page, and any call with other options, is left to pdfkit.
 *
 * Privates read (never written): the document's current font name and size (`_font.name`, `_fontSize`) for the
 * key, `_lineGap` (as pdfkit's `_line` reads it), and `_wrapper`/`_textOptions` to leave continued text to pdfkit. test/io/pdf-wrap.test.ts compares the
 * bytes with pdfkit's own wrapping.
 */
import { createRequire } from "node:module";
import type { Doc } from "./document.js";
import { measuringChangesNothing } from "./fonts.js";

interface Break {
  position: number;
  required: boolean;
}

interface LineBreakerLike {
  nextBreak(): Break | null;
}

const require = createRequire(import.meta.url);
const LineBreaker = createRequire(require.resolve("pdfkit"))("linebreak") as new (text: string) => LineBreakerLike;

const fArray = new Float32Array(1);
const uArray = new Uint32Array(fArray.buffer);
/** pdfkit's PDFNumber: the nearest float32 at or below `n`. */
function pdfNumber(n: number): number {
  const rounded = Math.fround(n);
  if (rounded <= n) return rounded;
  fArray[0] = n;
  if (n <= 0) uArray[0] = (uArray[0] as number) + 1;
  else uArray[0] = (uArray[0] as number) - 1;
  return fArray[0] as number;
}

const SOFT_HYPHEN = "\u00AD";
const HYPHEN = "-";

/** One drawn line (`line`) or pdfkit's check for room for the next one (`check`), in pdfkit's order. */
export type WrapStep = { line: string; textWidth: number; lineWidth: number } | { check: true };

export interface Wrapped {
  steps: WrapStep[];
  /** How many lines (as heightOfString counts them). */
  lines: number;
  /** The strings whose width pdfkit asks, first asks only, in order. */
  measured: string[];
  /** The serial number of the document that last measured them (a number: the cache keeps no document alive). */
  measuredIn?: number;
  /** How many documents have used them. */
  documents: number;
  /**
   * Measuring them changes nothing a document's bytes depend on (fonts.ts `measuringChangesNothing`: only glyphs
   * made from one code point): a document that uses the paragraph again need not measure them. Undefined: not known.
   */
  plain?: boolean;
}

/** pdfkit 0.17.2's LineWrapper.wrap for one column without height, indent, spacing or continued text. */
export function wrapLines(doc: Doc, text: string, width: number): Wrapped {
  const measuredSet = new Set<string>();
  const measured: string[] = [];
  const wordWidth = (word: string): number => {
    if (!measuredSet.has(word)) {
      measuredSet.add(word);
      measured.push(word);
    }
    return pdfNumber(doc.widthOfString(word) + 0 + 0);
  };
  const lineWidth = ((width * 100) / 100 - 18 * (1 - 1)) / 1;
  let spaceLeft = lineWidth;
  const canFit = (word: string, w: number): boolean =>
    word[word.length - 1] !== SOFT_HYPHEN ? w <= spaceLeft : w + wordWidth(HYPHEN) <= spaceLeft;
  const steps: WrapStep[] = [];
  let lines = 0;
  let buffer = "";
  let textWidth = 0;
  let wc = 0;
  const emitLine = () => {
    steps.push({ line: buffer, textWidth: textWidth + 0 * (wc - 1), lineWidth });
    lines++;
  };
  const fn = (word: string, w: number, bk: Break, last: Break | null): boolean | undefined => {
    if (last == null || last.required) spaceLeft = lineWidth;
    if (canFit(word, w)) {
      buffer += word;
      textWidth += w;
      wc++;
    }
    if (bk.required || !canFit(word, w)) {
      if (bk.required && w > spaceLeft) {
        emitLine();
        buffer = word;
        textWidth = w;
        wc = 1;
      }
      if (buffer[buffer.length - 1] === SOFT_HYPHEN) {
        buffer = `${buffer.slice(0, -1)}${HYPHEN}`;
        spaceLeft -= wordWidth(HYPHEN);
      }
      emitLine();
      steps.push({ check: true });
      if (bk.required) {
        spaceLeft = lineWidth;
        buffer = "";
        textWidth = 0;
        wc = 0;
      } else {
        spaceLeft = lineWidth - w;
        buffer = word;
        textWidth = w;
        wc = 1;
      }
    } else spaceLeft -= w;
    return undefined;
  };
  eachWord(text, lineWidth, () => spaceLeft, wordWidth, fn);
  if (wc > 0) emitLine();
  return { steps, lines, measured, documents: 1 };
}

/** pdfkit 0.17.2's LineWrapper.eachWord (continuedX 0). */
function eachWord(
  text: string,
  lineWidth: number,
  spaceLeft: () => number,
  wordWidth: (word: string) => number,
  fn: (word: string, w: number, bk: Break, last: Break | null) => boolean | undefined,
): void {
  const breaker = new LineBreaker(text);
  let last: Break | null = null;
  const wordWidths = new Map<string, number>();
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
    let word = text.slice(last?.position || 0, bk.position);
    let w = wordWidths.get(word);
    if (w === undefined) {
      w = wordWidth(word);
      wordWidths.set(word, w);
    }
    if (w > lineWidth + 0) {
      let lbk: Break | null = last;
      const fbk: Break = { position: 0, required: false };
      while (word.length) {
        let l: number;
        let mightGrow = false;
        if (w > spaceLeft()) {
          l = Math.ceil(spaceLeft() / (w / word.length));
          w = wordWidth(word.slice(0, l));
          mightGrow = w <= spaceLeft() && l < word.length;
        } else l = word.length;
        let mustShrink = w > spaceLeft() && l > 0;
        while (mustShrink || mightGrow) {
          if (mustShrink) {
            w = wordWidth(word.slice(0, --l));
            mustShrink = w > spaceLeft() && l > 0;
          } else {
            w = wordWidth(word.slice(0, ++l));
            mustShrink = w > spaceLeft() && l > 0;
            mightGrow = w <= spaceLeft() && l < word.length;
          }
        }
        if (l === 0 && spaceLeft() === lineWidth) l = 1;
        fbk.required = bk.required || l < word.length;
        const shouldContinue = fn(word.slice(0, l), w, fbk, lbk);
        lbk = { position: 0, required: false };
        word = word.slice(l);
        w = wordWidth(word);
        if (shouldContinue === false) break;
      }
    } else fn(word, w, bk, last);
    last = bk;
  }
}

/**
 * Most paragraphs whose lines are remembered. When full, the paragraphs only one document has used (a team's own
 * numbers and names, which no other report repeats) are forgotten and those used by several kept (the instrument's
 * texts, headings, labels); if that frees too little, it starts again.
 */
export const MAX_WRAPPED = 5_000;
/** Font → size → width → paragraph text → its lines. */
const wrapped = new Map<string, Map<number, Map<number, Map<string, Wrapped>>>>();
let wrappedCount = 0;
const wrapStats = { hits: 0, misses: 0 };

/** Paragraphs remembered now, and lookups that found their lines or had to work them out (tests, benchmark). */
export function wrappedStats(): { paragraphs: number; hits: number; misses: number } {
  return { paragraphs: wrappedCount, ...wrapStats };
}

/** Make room: keep the paragraphs more than one document has used, or none when they fill half the room. */
function forgetOneOffs(): void {
  let kept = 0;
  for (const sizes of wrapped.values())
    for (const widths of sizes.values())
      for (const texts of widths.values())
        for (const [text, w] of texts) {
          if (w.documents > 1) kept++;
          else texts.delete(text);
        }
  if (kept > MAX_WRAPPED / 2) {
    wrapped.clear();
    kept = 0;
  }
  wrappedCount = kept;
}

interface DocPrivates {
  _font?: { name?: string };
  _fontSize?: number;
  _wrapper?: unknown;
  _textOptions?: unknown;
  _lineGap?: number;
}

/**
 * The lines of `text` at `width` in the document's current font and size, worked out once per process; the
 * strings pdfkit would measure are measured in this document too (in the same order), so its glyphs are made
 * in the same order as pdfkit's own wrapping makes them.
 */
export function linesOf(doc: Doc, text: string, width: number): Wrapped {
  const p = doc as unknown as DocPrivates;
  // Looked up by font, size and width (no key string is made on every call), then by the paragraph's own text
  // (a string keeps its hash, so a paragraph measured and then drawn is hashed once).
  const texts = wrappedAt(p._font?.name ?? "", p._fontSize ?? 0, width);
  let w = texts.get(text);
  wrapStats[w ? "hits" : "misses"]++;
  if (w) {
    // Measured in this document already: every word is in its layout cache, measuring again changes nothing.
    const serial = serialOf(doc);
    if (w.measuredIn !== serial) {
      w.plain ??= measuringChangesNothing((p._font as { font?: object } | undefined)?.font, w.measured);
      if (w.plain !== true) for (const s of w.measured) doc.widthOfString(s);
      w.measuredIn = serial;
      w.documents++;
    }
    return w;
  }
  w = wrapLines(doc, text, width);
  w.measuredIn = serialOf(doc);
  if (wrappedCount >= MAX_WRAPPED) forgetOneOffs();
  wrappedAt(p._font?.name ?? "", p._fontSize ?? 0, width).set(text, w);
  wrappedCount++;
  return w;
}

const serials = new WeakMap<Doc, number>();
let lastSerial = 0;

/** A number of its own for each document. */
function serialOf(doc: Doc): number {
  let n = serials.get(doc);
  if (n === undefined) {
    n = ++lastSerial;
    serials.set(doc, n);
  }
  return n;
}

/** The remembered paragraphs in one font, size and width. */
function wrappedAt(font: string, size: number, width: number): Map<string, Wrapped> {
  let sizes = wrapped.get(font);
  if (!sizes) {
    sizes = new Map();
    wrapped.set(font, sizes);
  }
  let widths = sizes.get(size);
  if (!widths) {
    widths = new Map();
    sizes.set(size, widths);
  }
  let texts = widths.get(width);
  if (!texts) {
    texts = new Map();
    widths.set(width, texts);
  }
  return texts;
}

type TextFn = Doc["text"];

let wrapping = true;

/**
 * Turn the wrapped-once path off (documents made from now on wrap and draw with pdfkit's own `text`; `measure` still
 * uses the remembered lines, which are pdfkit's) or on again. For tests: the PDFs must be the same bytes either way.
 */
export function setWrappedText(on: boolean): void {
  wrapping = on;
}

/**
 * Options the fast path takes; any other key leaves the call to pdfkit. `lineBreak` only decides whether pdfkit
 * fills in a missing width: with a width given, pdfkit wraps either way.
 */
const SIMPLE = new Set(["width", "lineGap", "align", "lineBreak"]);

/**
 * Draw `doc.text` calls that wrap (a width, no other options than lineGap and align left, center or right) from
 * the remembered lines, as pdfkit would; anything else, or a paragraph that would run onto the next page, goes to
 * pdfkit's own `text`.
 */
export function installWrappedText(doc: Doc): void {
  if (!wrapping) return;
  const original = doc.text.bind(doc) as TextFn;
  const fast = (text: unknown, a?: unknown, b?: unknown, c?: unknown): Doc => {
    const p = doc as unknown as DocPrivates;
    const options = (typeof a === "object" && a !== null ? a : c) as PDFKit.Mixins.TextOptions | undefined;
    const x = typeof a === "object" && a !== null ? undefined : (a as number | undefined);
    const y = typeof a === "object" && a !== null ? undefined : (b as number | undefined);
    if (
      typeof text !== "string" ||
      !options ||
      p._wrapper ||
      p._textOptions ||
      typeof options.width !== "number" ||
      !(options.width > 0) ||
      !Number.isFinite(options.width) ||
      (options.align !== undefined &&
        options.align !== "left" &&
        options.align !== "center" &&
        options.align !== "right") ||
      Object.keys(options).some((k) => !SIMPLE.has(k))
    )
      return (original as (...args: unknown[]) => Doc)(text, a, b, c);
    if (x != null) doc.x = x;
    if (y != null) doc.y = y;
    const w = linesOf(doc, text, options.width);
    const lh = doc.currentLineHeight(true);
    const lineGap = options.lineGap || p._lineGap || 0;
    const maxY = pdfNumber(doc.page.maxY());
    // Where pdfkit would start a new page, leave the whole paragraph to it.
    let at = doc.y;
    let fits = !(at > maxY || at + lh > maxY);
    for (const s of w.steps) {
      if (!fits) break;
      if ("line" in s) at += lh + lineGap;
      else if (pdfNumber(at + lh) > maxY) fits = false;
    }
    if (!fits) return (original as (...args: unknown[]) => Doc)(text, a, b, c);
    const startX = doc.x;
    let lineY = doc.y;
    for (const s of w.steps) {
      if (!("line" in s)) continue;
      let lx = startX;
      if (options.align === "right") lx += s.lineWidth - doc.widthOfString(s.line.replace(/\s+$/, ""));
      else if (options.align === "center") lx += s.lineWidth / 2 - s.textWidth / 2;
      original(s.line.replace(/\n/g, ""), lx, lineY, { lineBreak: false });
      lineY += lh + lineGap;
    }
    doc.x = startX;
    doc.y = lineY;
    return doc;
  };
  doc.text = fast as TextFn;
}
