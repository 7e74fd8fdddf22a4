/**
 * Which glyphs of a font can only ever be made from one code point (issue 12, fonts.ts).
 *
 * pdfkit writes, for every glyph a document uses, the code points of the glyph's first creation in the document
 * into its ToUnicode map. For most glyphs there is only one: a glyph that the font's cmap gives to exactly one
 * code point, and that no substitution (GSUB) can produce, is created by fontkit from that code point and no
 * other — whatever text came before in the document. Only the others (a ligature such as "fi", reached from
 * U+FB01 and from "f" + "i"; glyph 0 for every character the font lacks; alternates) make a document's bytes
 * depend on the order of its words. fonts.ts skips the per-document bookkeeping for words made of the first kind.
 *
 * Every output glyph of every GSUB lookup is counted, whatever feature uses it (more than fontkit ever
 * applies: safe). A font with a morx table (AAT), or a GSUB lookup of a kind not read here, gets no answer.
 */

interface Coverage {
  version: number;
  glyphs?: ArrayLike<number>;
  rangeRecords?: ArrayLike<{ start: number; end: number }>;
}

type Listish<T> = ArrayLike<T> | { toArray(): T[] };

interface SubTable {
  coverage?: Coverage;
  deltaGlyphID?: number;
  substitute?: ArrayLike<number>;
  sequences?: Listish<Listish<number>>;
  alternateSet?: Listish<Listish<number>>;
  ligatureSets?: Listish<Listish<{ glyph: number }>>;
}

interface Lookup {
  lookupType: number;
  subTables: Listish<SubTable>;
}

export interface GlyphSourceFont {
  numGlyphs: number;
  characterSet: number[];
  _cmapProcessor: { lookup(codePoint: number): number };
  GSUB?: { lookupList: { toArray(): Lookup[] } } | null;
  morx?: unknown;
}

const toArray = <T>(list: Listish<T> | undefined): T[] =>
  list === undefined ? [] : "toArray" in list ? list.toArray() : Array.from(list);

function coverageGlyphs(c: Coverage | undefined): number[] {
  if (!c) return [];
  if (c.version === 1) return Array.from(c.glyphs ?? []);
  const out: number[] = [];
  for (const r of Array.from(c.rangeRecords ?? [])) for (let g = r.start; g <= r.end; g++) out.push(g);
  return out;
}

/** Every glyph a GSUB lookup can output; undefined for a lookup kind not read here. */
function substitutionOutputs(lookups: Lookup[]): Set<number> | undefined {
  const out = new Set<number>();
  for (const lookup of lookups) {
    const type = lookup.lookupType;
    if (type === 5 || type === 6) continue; // contextual: only calls other lookups, which are in the list too
    if (type !== 1 && type !== 2 && type !== 3 && type !== 4) return undefined;
    for (const st of toArray(lookup.subTables)) {
      if (type === 1 && st.deltaGlyphID !== undefined)
        for (const g of coverageGlyphs(st.coverage)) out.add((g + st.deltaGlyphID) & 0xffff);
      else if (type === 1 && st.substitute) for (const g of Array.from(st.substitute)) out.add(g);
      else if (type === 2 && st.sequences)
        for (const s of toArray(st.sequences)) for (const g of toArray(s)) out.add(g);
      else if (type === 3 && st.alternateSet)
        for (const s of toArray(st.alternateSet)) for (const g of toArray(s)) out.add(g);
      else if (type === 4 && st.ligatureSets)
        for (const s of toArray(st.ligatureSets)) for (const l of toArray(s)) out.add(l.glyph);
      else return undefined;
    }
  }
  return out;
}

/**
 * For each glyph id, the one code point it can be made from, or -1 when it can be made otherwise (or not from a
 * code point at all). Undefined when the font cannot be read this way (then every glyph counts as -1).
 */
export function singleSourceGlyphs(font: GlyphSourceFont): Int32Array | undefined {
  if (font.morx) return undefined;
  const outputs = font.GSUB ? substitutionOutputs(font.GSUB.lookupList.toArray()) : new Set<number>();
  if (!outputs) return undefined;
  const source = new Int32Array(font.numGlyphs).fill(-1);
  const seen = new Uint8Array(font.numGlyphs);
  for (const cp of font.characterSet) {
    const id = font._cmapProcessor.lookup(cp);
    if (!(id > 0 && id < font.numGlyphs)) continue;
    // A second code point for the same glyph: its first use decides, so it is not single-sourced.
    source[id] = seen[id] ? -1 : cp;
    seen[id] = 1;
  }
  for (const id of outputs) if (id < font.numGlyphs) source[id] = -1;
  source[0] = -1;
  return source;
}
