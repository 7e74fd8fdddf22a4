import { describe, expect, it } from "vitest";
import {
  booleanCell,
  contactModeCell,
  dateCell,
  fold,
  hoursCell,
  isDischargedStatus,
  isFollowUpPurpose,
  isShareableCellValue,
  parseBoolean,
  parseContactMode,
  parseDate,
  parseFte,
  parseIsoWeek,
  parseNumber,
  quoteCell,
  weekCell,
  withholdCellValue as withholdText,
} from "../../src/core/cells.js";
import type { Text } from "../../src/core/i18n.js";
import { english } from "../helpers/english.js";

describe("fold (docs/design.md §4)", () => {
  it.each([
    ["Første arbeidsgiverkontakt", "forstearbeidsgiverkontakt"],
    ["forste_arbeidsgiverkontakt", "forstearbeidsgiverkontakt"],
    ["Foerste-arbeidsgiverkontakt", "forstearbeidsgiverkontakt"],
    ["Formål", "formal"],
    ["formaal", "formal"],
    ["Ordinær", "ordinaer"],
    ["Timer totalt", "timertotalt"],
    ["TIMER_TOTALT", "timertotalt"],
    ["timer-totalt", "timertotalt"],
    ["Portefølje.csv", "portefoljecsv"],
    ["portefolje.csv", "portefoljecsv"],
    ["A\u030Arsak", "arsak"], // decomposed å (macOS file names)
    ["\uFEFFJobbspesialist", "jobbspesialist"], // stray BOM
    ["  Dato\u00a0", "dato"],
  ])("%j → %j", (input, out) => {
    expect(fold(input)).toBe(out);
  });
});

describe("dates", () => {
  it.each([
    ["2026-11-26", "2026-11-26"],
    ["26.11.2026", "2026-11-26"],
    ["26.11.26", "2026-11-26"],
    ["26/11/2026", "2026-11-26"],
    ["26/11/26", "2026-11-26"],
    ["1.2.2026", "2026-02-01"],
    ["01.02.2026", "2026-02-01"],
    ["2026-2-1", "2026-02-01"],
    [" 26.11.2026 ", "2026-11-26"],
    ["2026-11-26 00:00:00", "2026-11-26"],
    ["2026-11-26T08:30:00Z", "2026-11-26"],
    ["26.11.2026 08:30", "2026-11-26"],
    ["2026-11-26T23:59:59", "2026-11-26"],
    ["2026-11-26T24:00", "2026-11-26"],
    ["26.11.2026 0.00", "2026-11-26"],
    ["29.02.2028", "2028-02-29"],
    ["29.02.00", "2000-02-29"],
  ])("%j → %s", (raw, iso) => {
    expect(parseDate(raw)).toBe(iso);
  });

  it.each([
    "31.02.2026",
    "29.02.2026",
    "2026-13-01",
    "00.01.2026",
    "26.11.202",
    "26-11-2026",
    "11/26/2026",
    "26.11",
    "2026/11/26",
    "i går",
    "",
    "26.11.2026 kl 8",
    "2026-11-26T25:00",
    "2026-11-26T24:01",
    "2026-11-26T23:60",
    "2026-11-26 12:00:60",
    "26.11.2026 99:99",
  ])("%j is not a date", (raw) => {
    expect(parseDate(raw)).toBeUndefined();
  });

  it("dateCell quotes the cell in its message", () => {
    expect(english(dateCell("31.02.2026"))).toEqual({
      ok: false,
      message: '"31.02.2026" is not a valid date (use YYYY-MM-DD or DD.MM.YYYY)',
    });
  });
});

describe("ISO weeks", () => {
  it.each([
    ["2026-W14", 2026, 14, "2026-03-30"],
    ["2026-W4", 2026, 4, "2026-01-19"],
    ["2026-w04", 2026, 4, "2026-01-19"],
    ["2026W14", 2026, 14, "2026-03-30"],
    ["2026 uke 14", 2026, 14, "2026-03-30"],
    ["2026 Uke 14", 2026, 14, "2026-03-30"],
    ["uke 14 2026", 2026, 14, "2026-03-30"],
    ["Uke 14/2026", 2026, 14, "2026-03-30"],
    ["W14-2026", 2026, 14, "2026-03-30"],
    ["2026 week 1", 2026, 1, "2025-12-29"],
    ["2026-W53", 2026, 53, "2026-12-28"], // 2026 has 53 ISO weeks
  ])("%j → %d week %d, Monday %s", (raw, year, week, monday) => {
    expect(parseIsoWeek(raw)).toEqual({ year, week, monday });
  });

  it.each(["2025-W53", "2026-W54", "2026-W0", "14", "2026-14", "2026-11-26", "uke 14"])("%j is not a week", (raw) => {
    expect(parseIsoWeek(raw)).toBeUndefined();
  });

  it("a bare week number asks for the year", () => {
    expect(english(weekCell("14"))).toEqual({ ok: false, message: '"14" has no year: write the week as 2026-W14' });
  });
});

describe("numbers", () => {
  it.each([
    ["7,5", 7.5],
    ["7.5", 7.5],
    ["7", 7],
    ["0", 0],
    ["-2", -2],
    ["\u22122,5", -2.5],
    ["+3", 3],
    [",5", 0.5],
    ["1 234,5", 1234.5],
    ["1\u00a0234,5", 1234.5],
    ["1\u202f234", 1234],
    ["12 345 678", 12345678],
    ["1.234,5", 1234.5],
    ["1,234.5", 1234.5],
    ["1.234.567,25", 1234567.25],
    [" 37,50 ", 37.5],
  ])("%j → %d", (raw, n) => {
    expect(parseNumber(raw)).toBe(n);
  });

  it.each(["", " ", "sju", "7,5,1", "1.2.3", "1 23", "12 34,5", "1e3", "7,5 t", "Infinity", "0x10", "1,2.3,4", "-"])(
    "%j is not a number",
    (raw) => {
      expect(parseNumber(raw)).toBeUndefined();
    },
  );

  it("hours: a number, not negative", () => {
    expect(hoursCell("7,5")).toEqual({ ok: true, value: 7.5 });
    expect(english(hoursCell("-1"))).toEqual({ ok: false, message: 'negative hours ("-1")' });
    expect(english(hoursCell("mye"))).toEqual({ ok: false, message: '"mye" is not a number of hours' });
  });
});

describe("FTE / stillingsprosent", () => {
  it.each([
    ["50", 0.5],
    ["50 %", 0.5],
    ["50%", 0.5],
    ["80,0", 0.8],
    ["100", 1],
    ["0,5", 0.5],
    ["0.8", 0.8],
    ["1", 1],
    ["1,0", 1],
    ["1 %", 0.01],
    ["100 %", 1],
    ["37,5", 0.375],
  ])("%j → %d", (raw, fte) => {
    expect(parseFte(raw)).toEqual({ ok: true, value: fte });
  });

  it.each([
    ["0", '"0" is not more than 0 and at most 100 %'],
    ["150", '"150" is not more than 0 and at most 100 %'],
    ["100,5 %", '"100,5 %" is not more than 0 and at most 100 %'],
    ["-50", '"-50" is not more than 0 and at most 100 %'],
    ["full", '"full" is not a percentage or fraction (write 50, 50 % or 0,5)'],
  ])("%j is refused", (raw, message) => {
    expect(english(parseFte(raw))).toEqual({ ok: false, message });
  });
});

describe("booleans", () => {
  it.each([
    ["ja", true],
    ["Ja", true],
    ["JA", true],
    ["yes", true],
    ["true", true],
    ["1", true],
    ["nei", false],
    ["Nei", false],
    ["no", false],
    ["FALSE", false],
    ["0", false],
  ])("%j → %s", (raw, b) => {
    expect(parseBoolean(raw)).toBe(b);
  });
  it("anything else is refused", () => {
    expect(parseBoolean("kanskje")).toBeUndefined();
    expect(english(booleanCell("kanskje"))).toEqual({
      ok: false,
      message: '"kanskje" is not ja/nei (yes/no, true/false, 1/0)',
    });
  });
});

describe("contact modes", () => {
  it.each([
    ["oppmøte", "in-person"],
    ["Oppmøte", "in-person"],
    ["OPPMØTE", "in-person"],
    ["oppmote", "in-person"],
    ["ansikt til ansikt", "in-person"],
    ["Ansikt-til-ansikt", "in-person"],
    ["fysisk", "in-person"],
    ["Fysisk møte", "in-person"],
    ["besøk", "in-person"],
    ["Bedriftsbesøk", "in-person"],
    ["face-to-face", "in-person"],
    ["Face to face", "in-person"],
    ["in person", "in-person"],
    ["In-person", "in-person"],
    ["telefon", "phone"],
    ["Telefonsamtale", "phone"],
    ["phone", "phone"],
    ["video", "video"],
    ["Teams", "video"],
    ["Teams-møte", "video"],
    ["e-post", "email"],
    ["epost", "email"],
    ["E-post", "email"],
    ["email", "email"],
    ["e-mail", "email"],
    ["SMS", "sms"],
  ])("%j → %s", (raw, mode) => {
    expect(parseContactMode(raw)).toBe(mode);
  });

  it.each(["brev", "", "telefon/sms", "video eller oppmøte", "møte"])("%j is unknown", (raw) => {
    expect(parseContactMode(raw)).toBeUndefined();
  });

  it("the message quotes the value and lists the modes", () => {
    expect(english(contactModeCell("Brev"))).toEqual({
      ok: false,
      message: 'unknown contact mode "Brev" (use oppmøte, telefon, video, e-post or sms)',
    });
  });
});

describe("purpose and status keywords", () => {
  it.each([
    ["oppfølging", true],
    ["Oppfølging av deltaker i jobb", true],
    ["OPPFØLGING", true],
    ["follow-up", true],
    ["Follow up", true],
    ["jobbutvikling", false],
    ["", false],
  ])("follow-up %j → %s", (raw, yes) => {
    expect(isFollowUpPurpose(raw)).toBe(yes);
  });

  it.each([
    ["avsluttet", true],
    ["Avsluttet – fikk jobb", true],
    ["discharged", true],
    ["Utskrevet", true],
    ["aktiv", false],
    ["", false],
  ])("discharged %j → %s", (raw, yes) => {
    expect(isDischargedStatus(raw)).toBe(yes);
  });
});

describe("quoteCell", () => {
  it("quotes, trims, shortens and escapes", () => {
    expect(quoteCell(" abc ")).toBe('"abc"');
    expect(quoteCell("a\nb")).toBe('"a\\nb"');
    expect(quoteCell("x".repeat(50))).toBe(`"${"x".repeat(39)}…"`);
  });
});

describe("which bad values a caseload or contact file's messages may quote", () => {
  const failed = (r: { ok: boolean; message?: Text }) => (r.ok ? "" : (r.message as Text).en);
  /** withholdCellValue on an English message (the tests below are written in English). */
  const withholdCellValue = (message: string, raw: string) => withholdText({ nb: message, en: message }, raw).en;

  it.each([
    "2.13.2026",
    "31.02.2026",
    "2026-13-01",
    "26/11/2026 10:00",
    "150 %",
    "7,5,1",
    "-2",
    "2026-W54",
    "sju",
    "brev",
    "kanskje",
    "fax",
    "e-brev",
    "",
  ])("%j looks like a mistyped date, number or keyword: quoted", (raw) => {
    expect(isShareableCellValue(raw)).toBe(true);
  });

  it.each([
    "Ola Nordmann (P-4711)",
    "Ola Nordmann",
    "Kari",
    "P-4711",
    "p4711",
    "Brev",
    "ja takk",
    "x".repeat(20),
    "1".repeat(25),
  ])("%j may be a name or a participant id: not quoted", (raw) => {
    expect(isShareableCellValue(raw)).toBe(false);
  });

  it("withholds the value from each kind of cell message", () => {
    const name = "Ola Nordmann (P-4711)";
    expect(withholdCellValue(`startdato: ${failed(dateCell(name))}`, name)).toBe(
      "startdato: the value is not a valid date (use YYYY-MM-DD or DD.MM.YYYY; value not shown: it may be personal data)",
    );
    expect(withholdCellValue(`kontaktform: ${failed(contactModeCell(name))}`, name)).toBe(
      "kontaktform: unknown contact mode (use oppmøte, telefon, video, e-post or sms; value not shown: it may be personal data)",
    );
    expect(withholdCellValue(`ordinaer: ${failed(booleanCell("Kari"))}`, "Kari")).toBe(
      "ordinaer: the value is not ja/nei (yes/no, true/false, 1/0; value not shown: it may be personal data)",
    );
    expect(withholdCellValue(`stillingsprosent: ${failed(parseFte("P-4711"))}`, "P-4711")).toBe(
      "stillingsprosent: the value is not a percentage or fraction (write 50, 50 % or 0,5; value not shown: it may be personal data)",
    );
    expect(withholdCellValue(failed(hoursCell("-Kari")), "-Kari")).toBe(
      "the value is not a number of hours (value not shown: it may be personal data)",
    );
    expect(withholdCellValue('x: negative hours ("P-1")', "P-1")).toBe(
      "x: negative hours (value not shown: it may be personal data)",
    );
  });

  it("leaves a shareable value, and a message that does not quote the value, as they are", () => {
    expect(withholdCellValue('dato: "2.13.2026" is not a valid date', "2.13.2026")).toBe(
      'dato: "2.13.2026" is not a valid date',
    );
    expect(withholdCellValue("deltaker: missing value", "   ")).toBe("deltaker: missing value");
    expect(withholdCellValue("stillingsprosent: 80 % for Kari disagrees with 50 % on line 2", "Kari")).toBe(
      "stillingsprosent: 80 % for Kari disagrees with 50 % on line 2",
    );
  });

  it("a long value is found as quoteCell shortens it", () => {
    const long = `Ola Nordmann ${"x".repeat(60)}`;
    expect(withholdCellValue(`startdato: ${failed(dateCell(long))}`, long)).not.toContain("Nordmann");
  });
});
