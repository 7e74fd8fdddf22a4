/**
 * National id detection. Every number here is computed in the test from an obviously synthetic birth date
 * (dates in 2036–2039 with individual numbers of the 2000–2039 series: nobody born yet) and a check-digit calculation; no real
 * person's number is in the repository.
 */
import { describe, expect, it } from "vitest";
import {
  containsNationalId,
  containsZeroDroppedNationalId,
  idNumberProblem,
  isNationalIdNumber,
  isScientificNotation,
  NATIONAL_ID_MESSAGE,
  NATIONAL_ID_ZERO_DROPPED_MESSAGE,
  nationalIdKind,
  nationalIdSpans,
  REDACTED_ID,
  redactNationalIds,
  SCIENTIFIC_NOTATION_MESSAGE,
} from "../../src/core/national-id.js";

const W1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const W2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
const sum = (w: number[], d: number[]) => w.reduce((s, x, i) => s + x * (d[i] as number), 0);

/** DDMMYY + individual number + k1, k2 by the classic rule (k1 remainder 0), or with `rest` for the 2032 rule. */
function make(ddmmyy: string, rest = 0, from = 500): string {
  for (let ind = from; ind < 1000; ind++) {
    const d = `${ddmmyy}${ind}`.split("").map(Number);
    const k1 = (((rest - sum(W1, d)) % 11) + 11) % 11;
    if (k1 === 10) continue;
    d.push(k1);
    let k2 = 11 - (sum(W2, d) % 11);
    if (k2 === 11) k2 = 0;
    if (k2 === 10) continue;
    return `${ddmmyy}${ind}${k1}${k2}`;
  }
  throw new Error("no number");
}

const FNR = make("010139");
const FNR2 = make("150639", 0, 900);
const DNR = make("410139"); // day + 40
const HNR = make("014139"); // month + 40
const SYNTH = make("018139"); // month + 80
const NEW_2032 = make("010139", 2); // k1 by the 2032 rule, remainder 2
const flip = (n: string, at: number) => n.slice(0, at) + ((Number(n[at]) + 1) % 10) + n.slice(at + 1);

describe("nationalIdKind", () => {
  it.each([
    [FNR, "fnr"],
    [FNR2, "fnr"],
    [DNR, "d-number"],
    [HNR, "h-number"],
    [SYNTH, "synthetic"],
    [NEW_2032, "fnr"],
  ])("%s is a %s", (n, kind) => {
    expect(nationalIdKind(n)).toBe(kind);
    expect(isNationalIdNumber(n)).toBe(true);
  });

  it.each([
    ["wrong k1", flip(FNR, 9)],
    ["wrong k2", flip(FNR, 10)],
    ["10 digits", FNR.slice(0, 10)],
    ["12 digits", `${FNR}0`],
    ["letters", `${FNR.slice(0, 10)}x`],
    ["all zeros (day 0)", "00000000000"],
  ])("rejects %s", (_, n) => {
    expect(isNationalIdNumber(n)).toBe(false);
  });

  it("rejects numbers whose date does not exist (check digits right)", () => {
    expect(isNationalIdNumber(make("310239"))).toBe(false); // 31 February
    expect(isNationalIdNumber(make("011339"))).toBe(false); // month 13
    expect(isNationalIdNumber(make("290239"))).toBe(false); // 29.02.39: not a leap year
    expect(isNationalIdNumber(make("290236"))).toBe(true); // 29.02.36: leap year
    expect(isNationalIdNumber(make("720139"))).toBe(false); // D-number day 32
  });

  it("the 2032 rule can be switched off", () => {
    expect(isNationalIdNumber(NEW_2032, { rule2032: false })).toBe(false);
    expect(isNationalIdNumber(FNR, { rule2032: false })).toBe(true);
    expect(isNationalIdNumber(make("010139", 4))).toBe(false); // remainder 4: never valid
  });
});

describe("finding an id inside a cell", () => {
  it.each([
    [FNR, true],
    [`deltaker ${FNR}`, true],
    [`${FNR}-P`, true],
    [`P:${DNR}.`, true],
    [`${FNR.slice(0, 6)} ${FNR.slice(6)}`, true],
    [`${FNR.slice(0, 6)}-${FNR.slice(6)}`, true],
    [`tlf 12345678, id ${HNR}`, true],
    [`1${FNR}`, false], // part of a longer number
    [`${FNR}9`, false],
    [flip(FNR, 10), false],
    ["P017", false],
    ["2026-11-26", false],
    ["974760673", false], // an organisation number
    ["", false],
  ])("%j → %s", (text, found) => {
    expect(containsNationalId(text)).toBe(found);
  });

  it("gives spans, and redacts without echoing the number", () => {
    const text = `a ${FNR} b ${DNR}`;
    expect(nationalIdSpans(text)).toEqual([
      { start: 2, end: 13 },
      { start: 16, end: 27 },
    ]);
    const redacted = redactNationalIds(text);
    expect(redacted).toBe(`a ${REDACTED_ID} b ${REDACTED_ID}`);
    expect(redacted).not.toContain(FNR);
    expect(`${NATIONAL_ID_MESSAGE.nb} ${NATIONAL_ID_MESSAGE.en}`).not.toMatch(/\d/);
  });
});

describe("what Excel makes of an id number", () => {
  // Born on the 1st–9th: the id starts with 0, which Excel drops when it reads the column as numbers.
  const EARLY = [make("050139"), make("094139"), make("030139", 2), make("010839"), make("070539", 0, 900)];
  const dropped = (n: string) => n.slice(1);

  it("the ids start with 0 and are valid", () => {
    for (const n of EARLY) {
      expect(n[0]).toBe("0");
      expect(isNationalIdNumber(n)).toBe(true);
    }
  });

  it.each(EARLY.map(dropped))("finds %s with its leading 0 dropped", (ten) => {
    expect(ten).toHaveLength(10);
    expect(containsNationalId(ten)).toBe(false);
    expect(containsZeroDroppedNationalId(ten)).toBe(true);
    expect(containsZeroDroppedNationalId(`ringte om ${ten}.`)).toBe(true);
  });

  it.each([
    ["part of a longer number", `1${dropped(EARLY[0] as string)}`],
    ["followed by a digit", `${dropped(EARLY[0] as string)}7`],
    ["wrong check digit", dropped(flip(EARLY[0] as string, 10))],
    ["a whole 11-digit id (the ordinary check finds it)", EARLY[0] as string],
    ["a phone number with +47", "4791234567"],
    ["a date", "2026-11-26"],
    ["9 digits", "974760673"],
  ])("not: %s", (_, text) => {
    expect(containsZeroDroppedNationalId(text)).toBe(false);
  });

  it.each(["1,01019E+10", "1.01019E+10", " 5,8139E+09 ", "2E+11", "1,2e10", "-3,5E-05"])(
    "%j is scientific notation",
    (cell) => {
      expect(isScientificNotation(cell)).toBe(true);
    },
  );

  it.each(["1E", "E+10", "P1E10", "1,01019E+10 kr", "10101912345", "2026-11-26", "1,5", "Bakeriet E+10"])(
    "%j is not scientific notation",
    (cell) => {
      expect(isScientificNotation(cell)).toBe(false);
    },
  );

  it("idNumberProblem: whole ids and Excel's damage to one, in every file (utetid messages quoted them)", () => {
    const ten = dropped(EARLY[0] as string);
    expect(idNumberProblem(FNR)).toBe(NATIONAL_ID_MESSAGE);
    expect(idNumberProblem(ten)).toBe(NATIONAL_ID_ZERO_DROPPED_MESSAGE);
    expect(idNumberProblem("1,01019E+10")).toBe(SCIENTIFIC_NOTATION_MESSAGE);
    expect(idNumberProblem("P01")).toBeUndefined();
    expect(idNumberProblem("02.11.2026")).toBeUndefined();
    // The messages never carry a number of their own that could be mistaken for the value.
    expect(`${NATIONAL_ID_ZERO_DROPPED_MESSAGE.nb} ${NATIONAL_ID_ZERO_DROPPED_MESSAGE.en}`).not.toMatch(/\d/);
    expect(`${SCIENTIFIC_NOTATION_MESSAGE.nb} ${SCIENTIFIC_NOTATION_MESSAGE.en}`).not.toMatch(/\d/);
  });
});

describe("an id written to slip past (any separator, invisible characters, other digits)", () => {
  const groups = (n: string, ...cuts: number[]) => {
    const parts: string[] = [];
    let at = 0;
    for (const c of cuts) {
      parts.push(n.slice(at, c));
      at = c;
    }
    parts.push(n.slice(at));
    return parts;
  };
  const fullwidth = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
  const between = (n: string, sep: string) => [...n].join(sep);
  const dmy = (n: string, sep: string, personal = " ") =>
    `${n.slice(0, 2)}${sep}${n.slice(2, 4)}${sep}${n.slice(4, 6)}${personal}${n.slice(6)}`;

  it.each([
    ["zero-width space inside", `${FNR.slice(0, 4)}\u200b${FNR.slice(4)}`],
    ["soft hyphen inside", `${FNR.slice(0, 6)}\u00ad${FNR.slice(6)}`],
    ["word joiner between every digit", between(FNR, "\u2060")],
    ["bidi marks around and inside", `\u200e${FNR.slice(0, 6)}\u200f${FNR.slice(6)}\u202c`],
    ["a BOM inside", `${FNR.slice(0, 3)}\ufeff${FNR.slice(3)}`],
    ["no-break space", `${FNR.slice(0, 6)}\u00a0${FNR.slice(6)}`],
    ["narrow no-break space", `${FNR.slice(0, 6)}\u202f${FNR.slice(6)}`],
    ["fullwidth digits", fullwidth(FNR)],
    ["fullwidth with an ideographic space", `${fullwidth(FNR.slice(0, 6))}\u3000${fullwidth(FNR.slice(6))}`],
    ["Arabic-Indic digits", FNR.replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d)))],
    ["a space between every digit", between(FNR, " ")],
    ["date with dots + personal number", dmy(FNR, ".")],
    ["date with slashes + personal number", dmy(FNR, "/")],
    ["date with spaces + personal number", dmy(FNR, " ")],
    ["date with dots, hyphen, grouped personal number", `${dmy(FNR, ".", "-").slice(0, 12)} ${FNR.slice(9)}`],
    ["date with a four-digit year", `${FNR.slice(0, 2)}.${FNR.slice(2, 4)}.20${FNR.slice(4, 6)} ${FNR.slice(6)}`],
    ["a D-number in groups", groups(DNR, 2, 4, 6, 9).join(" ")],
    ["an H-number with en dashes", groups(HNR, 6).join(" \u2013 ")],
    ["in a sentence", `fnr: ${groups(FNR2, 3, 6, 9).join(".")}, ring ham`],
  ])("%s", (_, text) => {
    expect(containsNationalId(text)).toBe(true);
    expect(idNumberProblem(text)).toBe(NATIONAL_ID_MESSAGE);
    const redacted = redactNationalIds(`før ${text} etter`);
    expect(redacted).toContain(REDACTED_ID);
    expect(containsNationalId(redacted)).toBe(false);
    expect(redacted.replace(/\D/g, "")).toBe("");
  });

  it.each([
    ["a phone number and a date", "tlf 22 33 44 55, 26.11.2026"],
    ["a date and a time", "2026-11-26 12:30:00"],
    ["an organisation number", "974 760 673"],
    ["an amount", "1 234 567,50 kr"],
    ["an id with a wrong check digit, spaced", groups(flip(FNR, 10), 6).join(" ")],
    ["groups too far apart", `${FNR.slice(0, 6)}     ${FNR.slice(6)}`],
    ["a letter between the groups", `${FNR.slice(0, 6)}x${FNR.slice(6)}`],
    ["11 digits inside a longer spaced number", `1 ${FNR} 2`.replace(/ /g, "")],
  ])("not: %s", (_, text) => {
    expect(containsNationalId(text)).toBe(false);
  });

  it("a zero-dropped id in fullwidth digits, and scientific notation in fullwidth", () => {
    const early = make("050139");
    expect(idNumberProblem(fullwidth(early.slice(1)))).toBe(NATIONAL_ID_ZERO_DROPPED_MESSAGE);
    expect(idNumberProblem("１,０１０１９E+１０")).toBe(SCIENTIFIC_NOTATION_MESSAGE);
    expect(redactNationalIds(`ringte ${early.slice(1)}`)).toBe(`ringte ${REDACTED_ID}`);
  });
});

describe("the check digits agree with NAV's own validator (@navikt/fnrvalidator)", () => {
  it("on valid numbers of every kind and on many near misses", async () => {
    const { idnr } = await import("@navikt/fnrvalidator");
    const numbers: string[] = [];
    // Seeded: the same numbers every run.
    let seed = 20261126;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const pad = (n: number) => String(n).padStart(2, "0");
    for (let i = 0; i < 4000; i++) {
      const day = 1 + Math.floor(random() * 31) + (random() < 0.3 ? 40 : 0);
      const month = 1 + Math.floor(random() * 12) + (random() < 0.2 ? 40 : random() < 0.1 ? 80 : 0);
      const yy = Math.floor(random() * 100);
      const rest = Math.floor(random() * 5);
      try {
        const n = make(`${pad(day)}${pad(month)}${pad(yy)}`, rest, Math.floor(random() * 900));
        numbers.push(n, flip(n, 9), flip(n, 10), flip(n, Math.floor(random() * 9)));
      } catch {
        // no individual number gives valid check digits from there
      }
    }
    for (let i = 0; i < 4000; i++) numbers.push(String(Math.floor(random() * 1e11)).padStart(11, "0"));
    let valid = 0;
    for (const n of numbers) {
      const theirs = idnr(n).status === "valid";
      if (theirs) valid++;
      expect([n, isNationalIdNumber(n)]).toEqual([n, theirs]);
    }
    expect(valid).toBeGreaterThan(1000);
  });
});
