/**
 * The plain-cell fast paths of national-id.ts (issue 12): a cell of ASCII and Latin-1 letters with fewer than
 * 10 digits is passed at once, and Latin-1 letters are read like ASCII letters. Every answer must be the one
 * the code gave before (test/helpers/national-id-before.ts): at the boundaries, and on a seeded random corpus.
 * All id numbers are synthetic (test/helpers/synthetic-id.ts).
 */
import { describe, expect, it } from "vitest";
import * as now from "../../src/core/national-id.js";
import * as before from "../helpers/national-id-before.js";
import { syntheticId } from "../helpers/synthetic-id.js";

const ID = syntheticId("010136"); // 11 digits, a valid id
const ZERO_DROPPED = syntheticId("050537").slice(1); // 10 digits: an id born on the 5th without its leading 0

/** Every answer of both versions for one cell. */
function answers(m: typeof now | typeof before, cell: string) {
  return {
    problem: m.idNumberProblem(cell)?.en,
    normalised: m.normaliseForMatching(cell),
    contains: m.containsNationalId(cell),
    zeroDropped: m.containsZeroDroppedNationalId(cell),
    scientific: m.isScientificNotation(cell),
    spans: m.nationalIdSpans(cell),
    redacted: m.redactNationalIds(cell),
  };
}

const same = (cell: string) => expect(answers(now, cell), JSON.stringify(cell)).toEqual(answers(before, cell));

describe("Latin-1 letters", () => {
  it("every character U+00C0–U+00FF but × and ÷ is NFKC-stable and a letter", () => {
    for (let cp = 0xc0; cp <= 0xff; cp++) {
      if (cp === 0xd7 || cp === 0xf7) continue;
      const ch = String.fromCharCode(cp);
      expect(ch.normalize("NFKC"), ch).toBe(ch);
      expect(/^\p{L}$/u.test(ch), ch).toBe(true);
      // Beside ASCII letters, digits and each other, nothing composes or changes either.
      for (const s of [`a${ch}`, `${ch}a`, `1${ch}2`, `${ch}${ch}`, `${ch}ÆØÅæøå`, `e${ch}E`])
        expect(s.normalize("NFKC"), s).toBe(s);
      same(`${ch}123456789`);
      same(`${ID}${ch}`);
      same(`${ch}${ZERO_DROPPED}`);
      same(`1,01019E+1${ch}`);
    }
  });

  it("× and ÷ are not letters: they separate digits as before", () => {
    for (const ch of ["×", "÷"]) {
      same(`${ID.slice(0, 6)}${ch}${ID.slice(6)}`);
      same(`${ZERO_DROPPED.slice(0, 5)}${ch}${ZERO_DROPPED.slice(5)}`);
    }
  });
});

describe("boundaries: the same answers as before", () => {
  const cells = [
    "",
    "ab",
    "abc",
    "Nora Strand",
    "oppmøte",
    "Bedriftsbesøk",
    "Kvernhuset Blomster AS",
    "17.09.2026",
    "D-6194",
    "123456789", // 9 digits
    "1234567890", // 10 digits, not an id
    "12345678901", // 11 digits, not an id
    ID,
    ZERO_DROPPED,
    `0${ZERO_DROPPED}`,
    `Deltaker ${ID}`,
    `Deltaker ${ZERO_DROPPED} ø`,
    `${ID.slice(0, 6)} ${ID.slice(6)}`,
    `${ID.slice(0, 6)}\u00a0${ID.slice(6)}`, // no-break space
    `${ID.slice(0, 6)}\u00ad${ID.slice(6)}`, // soft hyphen
    `${ID.slice(0, 6)}\u200b${ID.slice(6)}`, // zero-width space
    `${ID.slice(0, 2)}.${ID.slice(2, 4)}.20${ID.slice(4, 6)} ${ID.slice(6)}`, // DD.MM.YYYY + 5
    [...ID].map((d) => String.fromCharCode(0xff10 + Number(d))).join(""), // fullwidth digits
    `${ID.slice(0, 10)}²`, // superscript two for the last digit
    `${ZERO_DROPPED.slice(0, 9)}²`,
    `¹²³${ZERO_DROPPED.slice(3)}`,
    "1,01019E+10",
    "1.01019E+10",
    "2E+11",
    "2e11",
    " 1,01019E+10 ",
    "1,01019E+10\u00a0",
    "1,01019E+10;",
    "Elev",
    "E+1",
    "Eee 12",
    "e 9",
    "1E1",
    "ø1E1",
    "1E1ø",
    "µ1E1",
    "1E1\t",
    "１E+10",
    "²E+10",
    "½ stilling",
    "ª º",
    "×÷",
    "æøå ÆØÅ 123456789",
    "æøå ÆØÅ 1234567890",
    "\u0000\u001f123",
  ];
  for (const cell of cells) it(JSON.stringify(cell), () => same(cell));
});

/** A small seeded generator (mulberry32): the corpus is the same on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("a seeded random corpus: the same answers as before", () => {
  const pieces = [
    ..."0123456789".split(""),
    ..."0123456789".split(""),
    ..."aeEzAZ".split(""),
    ..."æøåÆØÅéüßÿÀ×÷".split(""),
    ..." .,-/+:;~\t".split(""),
    "\u00a0",
    "\u00ad",
    "\u200b",
    "\u202f",
    "²",
    "¹",
    "µ",
    "½",
    "ª",
    "\u0080",
    "\u009f",
    "１",
    "٣",
    "e+",
    "E+10",
    ID,
    ZERO_DROPPED,
    ID.slice(0, 6),
    ID.slice(6),
    "1,01019E+10",
  ];
  it("20,000 cells", () => {
    const next = random(12);
    let found = 0;
    for (let n = 0; n < 20_000; n++) {
      const length = 1 + Math.floor(next() * 14);
      let cell = "";
      for (let i = 0; i < length; i++) cell += pieces[Math.floor(next() * pieces.length)];
      const a = answers(now, cell);
      const b = answers(before, cell);
      if (JSON.stringify(a) !== JSON.stringify(b)) expect(a, JSON.stringify(cell)).toEqual(b);
      if (b.problem !== undefined) found++;
    }
    // The corpus exercises every check, not just the fast path.
    expect(found).toBeGreaterThan(1000);
  });
});
