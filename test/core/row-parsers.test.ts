/**
 * The compiled row parsers (src/core/row-parsers.ts, issue 12) give every row the answer of the kind's row parser
 * (row-schemas.ts) from its cells: the same value, with its properties in the same order, or the same problems.
 * Checked on a seeded corpus of valid and broken rows, for headers in different column orders.
 */
import { describe, expect, it } from "vitest";
import { compileRowParser } from "../../src/core/row-parsers.js";
import { type CsvKind, ROW_PARSERS } from "../../src/core/row-schemas.js";

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

const DATES = ["17.09.2026", "2026-09-17", " 01.10.2026 ", "1.10.2026", "31.02.2026", "2026-W14", "x", "", "  "];
const TEXTS = ["Nora Strand", " Kari ", "Bakeriet AS", "", " ", "ø", "Øystein Ås"];
const POOLS: Record<string, readonly string[]> = {
  jobbspesialist: TEXTS,
  arbeidsgiver: TEXTS,
  deltaker: ["D-6194", "P01", "", " "],
  formaal: ["jobbutvikling", "Oppfølging", " follow-up ", "", " "],
  kontaktform: ["oppmøte", "Telefon", "telefon/sms", "Bedriftsbesøk", "brev", "", " "],
  dato: DATES,
  uke: ["2026-W14", "uke 14 2026", "14", "", " "],
  timer_totalt: ["7,5", "8", "24", "25", "-1", "1 234,5", "sju", "", "0", "100"],
  timer_ute: ["4,5", "6", "0", "7,5", "9", "24", "25", "-2", "", "x"],
  startdato: DATES,
  sluttdato: DATES,
  stillingsprosent: ["100", "50 %", "0,5", "0", "150", "x", ""],
  status: ["aktiv", "avsluttet", ""],
  forste_arbeidsgiverkontakt: DATES,
  jobbstart: DATES,
  jobbslutt: DATES,
  yrke: TEXTS,
  ordinaer: ["ja", "nei", "kanskje", ""],
  team: ["Team A", ""],
};

/** Headers as canonical column names in file order; `?` is a column the tool does not know. */
const HEADERS: Record<CsvKind, string[][]> = {
  contacts: [
    ["jobbspesialist", "dato", "arbeidsgiver", "kontaktform", "formaal", "deltaker"],
    ["dato", "kontaktform", "?", "arbeidsgiver", "jobbspesialist"],
    ["team", "jobbspesialist", "dato", "arbeidsgiver", "kontaktform", "deltaker"],
    ["jobbspesialist", "dato", "arbeidsgiver"], // a required column missing
  ],
  utetid: [
    ["jobbspesialist", "dato", "timer_totalt", "timer_ute"],
    ["jobbspesialist", "uke", "timer_totalt", "timer_ute"],
    ["timer_ute", "dato", "uke", "?", "timer_totalt", "jobbspesialist", "team"],
  ],
  caseload: [
    [
      "jobbspesialist",
      "deltaker",
      "startdato",
      "stillingsprosent",
      "sluttdato",
      "status",
      "forste_arbeidsgiverkontakt",
      "jobbstart",
      "jobbslutt",
      "arbeidsgiver",
      "yrke",
      "ordinaer",
    ],
    ["deltaker", "startdato", "jobbspesialist", "sluttdato"],
  ],
};

describe("compiled row parsers give the row parser's answer", () => {
  for (const kind of ["contacts", "utetid", "caseload"] as const)
    HEADERS[kind].forEach((header, h) => {
      it(`${kind}, header ${h + 1}`, () => {
        const columns = new Map<string, number>();
        header.forEach((name, i) => {
          if (name !== "?") columns.set(name, i);
        });
        const compiled = compileRowParser(kind, columns);
        const next = random(100 + h);
        const pick = (pool: readonly string[]) => pool[Math.floor(next() * pool.length)] as string;
        let valid = 0;
        for (let n = 0; n < 4000; n++) {
          // Mostly valid rows (the first values of each pool), some broken, some cut short.
          const fields = header.map((name) => {
            const pool = POOLS[name] ?? ["?"];
            return next() < 0.8 ? (pool[0] as string) : pick(pool);
          });
          if (next() < 0.05) fields.length = Math.floor(next() * fields.length);
          const cells: Record<string, string | undefined> = {};
          for (const [name, i] of columns) cells[name] = fields[i];
          const expected = ROW_PARSERS[kind](cells);
          const got = compiled(fields);
          if (JSON.stringify(got) !== JSON.stringify(expected)) expect(got, JSON.stringify(fields)).toEqual(expected);
          if (expected.ok) valid++;
        }
        // Both paths are exercised: rows passed directly and rows handed to the row parser.
        if (header.length > 3) expect(valid).toBeGreaterThan(100);
      });
    });
});
