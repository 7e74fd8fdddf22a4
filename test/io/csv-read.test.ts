import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { IoError } from "../../src/core/errors.js";
import type { CsvKind } from "../../src/core/row-schemas.js";
import { detectDelimiter, readCsv, scanCsv, sniffFile } from "../../src/io/csv/index.js";
import { english } from "../helpers/english.js";
import { fixture } from "./fixtures.js";

const withoutSource = <T extends { source: unknown }>(records: T[]) => records.map(({ source: _, ...r }) => r);

const tmp = mkdtempSync(join(tmpdir(), "fidelity-csv-"));
const UTF16_TEXT =
  "Jobbspesialist\tDato\tTimer totalt\tTimer ute\r\nÅse\t02.11.2026\t7,5\t3\r\nIngrid Haugen\t03.11.2026\t7,5\t5,25\r\n";
const NOT_TEXT = "not a text file (it contains NUL bytes): export the data as CSV";
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
function temp(name: string, content: string | Buffer): string {
  const p = join(tmp, name);
  writeFileSync(p, content);
  return p;
}

describe("encodings and delimiters: the same data three ways gives identical records", () => {
  const variants = [
    ["encoding/cp1252-semicolon", "windows-1252", ";"],
    ["encoding/utf8-comma", "utf-8", ","],
    ["encoding/utf8bom-tab", "utf-8-bom", "\t"],
    ["utf16-nobom/utf16le-nobom-tab", "utf-16le", "\t"],
    ["utf16-nobom/utf16be-nobom-tab", "utf-16be", "\t"],
  ] as const;
  const files: [CsvKind, string][] = [
    ["utetid", "utetid.csv"],
    ["contacts", "arbeidsgiverkontakter.csv"],
    ["caseload", "portefolje.csv"],
  ];

  it.each(files)("%s", async (kind, file) => {
    const reads = await Promise.all(variants.map(([dir]) => readCsv(fixture(`${dir}/${file}`), kind)));
    reads.forEach((r, i) => {
      expect(r.issues).toEqual([]);
      expect(r.encoding).toBe(variants[i]?.[1]);
      expect(r.delimiter).toBe(variants[i]?.[2]);
    });
    const [first, ...rest] = reads.map((r) => withoutSource(r.records as { source: unknown }[]));
    expect(first?.length).toBeGreaterThan(0);
    for (const other of rest) expect(other).toEqual(first);
  });

  it("decodes Windows-1252 letters and punctuation (æøå, «», –)", async () => {
    const r = await readCsv(fixture("encoding/cp1252-semicolon/arbeidsgiverkontakter.csv"), "contacts");
    expect(r.records.map((c) => c.employer)).toEqual(["Kafé «Rød» – Øst", "Bakeri Ærlig & Sønn", "Rørlegger Bø AS"]);
    expect(r.records.map((c) => [c.specialist, c.mode, c.followUp])).toEqual([
      ["Åse Ødegård", "in-person", true],
      ["Åse Ødegård", "in-person", false],
      ["Øyvind Ås", "phone", false],
    ]);
  });

  // Thousands separators in numbers are covered in test/core/cells.test.ts: no valid hours cell needs one.
  it("reads decimal comma and the stillingsprosent styles", async () => {
    const u = await readCsv(fixture("encoding/cp1252-semicolon/utetid.csv"), "utetid");
    expect(u.records.map((r) => [r.hoursTotal, r.hoursOut])).toEqual([
      [7.5, 4.25],
      [7.5, 0],
      [13.75, 12.5],
    ]);
    const c = await readCsv(fixture("encoding/utf8-comma/portefolje.csv"), "caseload");
    expect(c.records.map((r) => r.fte)).toEqual([0.8, 1]);
  });

  it("reads UTF-16 with a BOM (Excel's Unicode text)", async () => {
    const text = "Jobbspesialist\tDato\tTimer totalt\tTimer ute\r\nÅse\t02.11.2026\t7,5\t3\r\n";
    const le = temp("utf16le.csv", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]));
    const r = await readCsv(le, "utetid");
    expect(r.encoding).toBe("utf-16le");
    expect(r.issues).toEqual([]);
    expect(withoutSource(r.records)).toEqual([
      { specialist: "Åse", date: "2026-11-02", period: "day", hoursTotal: 7.5, hoursOut: 3 },
    ]);
  });

  it.each([
    ["UTF-16LE", Buffer.from(UTF16_TEXT, "utf16le"), "utf-16le"],
    ["UTF-16BE", Buffer.from(UTF16_TEXT, "utf16le").swap16(), "utf-16be"],
  ] as const)("reads %s without a byte-order mark (iconv -t UTF-16LE)", async (name, bytes, encoding) => {
    const p = temp(`nobom-${name}.csv`, bytes);
    const r = await readCsv(p, "utetid");
    expect(r.encoding).toBe(encoding);
    expect(r.issues).toEqual([]);
    expect(withoutSource(r.records)).toEqual([
      { specialist: "Åse", date: "2026-11-02", period: "day", hoursTotal: 7.5, hoursOut: 3 },
      { specialist: "Ingrid Haugen", date: "2026-11-03", period: "day", hoursTotal: 7.5, hoursOut: 5.25 },
    ]);
  });

  it.each([
    [
      "a PDF renamed .csv",
      Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(40)]),
      "not a CSV file: this is a PDF file (save it as CSV)",
    ],
    [
      "NUL at every other byte, the rest not text",
      Buffer.from([1, 0, 2, 0, 3, 0, 0xfe, 0, 0x4a, 0, 0x90, 0]),
      NOT_TEXT,
    ],
    [
      "UTF-16LE text with an odd byte count",
      Buffer.concat([Buffer.from(UTF16_TEXT, "utf16le"), Buffer.from([0x41])]),
      NOT_TEXT,
    ],
    ["UTF-16LE text with a NUL character", Buffer.from(`${UTF16_TEXT}\u0000x`, "utf16le"), NOT_TEXT],
    ["runs of NUL bytes", Buffer.concat([Buffer.from("Jobbspesialist;Dato\n"), Buffer.alloc(64)]), NOT_TEXT],
    [
      "mostly non-ASCII between the NULs (under 90 % printable ASCII)",
      Buffer.from(`${"ÆØÅ".repeat(4)}a;b\r\n`, "utf16le"),
      NOT_TEXT,
    ],
  ] as const)("still not text: %s", async (_name, bytes, message) => {
    const sniff = await sniffFile(temp("not-text.csv", bytes));
    expect(sniff.encoding).toBeUndefined();
    expect(sniff.notText?.en).toBe(message);
  });

  it("treats a file that is not valid UTF-8 as Windows-1252 even when the odd byte comes late", async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `JS${i % 5};02.11.2026;7,5;3`).join("\n");
    const p = temp(
      "late.csv",
      Buffer.concat([
        Buffer.from(`Jobbspesialist;Dato;Timer totalt;Timer ute\n${rows}\n`),
        Buffer.from([0xd8, 0x6c, 0x61, 0x3b, 0x32, 0x2e, 0x31, 0x31, 0x2e, 0x32, 0x36, 0x3b, 0x31, 0x3b, 0x31, 0x0a]),
      ]),
    );
    const sniff = await sniffFile(p);
    expect(sniff.encoding).toBe("windows-1252");
    const r = await readCsv(p, "utetid");
    expect(r.records.at(-1)?.specialist).toBe("Øla");
    expect(r.records).toHaveLength(5001);
  });

  it("keeps a UTF-8 character split across read chunks", async () => {
    const head = "Jobbspesialist;Dato;Timer totalt;Timer ute;Kommentar\nØ;02.11.2026;1;1;";
    // "Æ" (2 bytes) starts on the last byte of the first 64 KiB chunk.
    const filler = "x".repeat((1 << 16) - 1 - Buffer.byteLength(head) - 1);
    const content = `${head}${filler}\nÆ;02.11.2026;1;1;å\n`;
    expect(Buffer.from(content).indexOf(Buffer.from("Æ"))).toBe((1 << 16) - 1);
    const p = temp("split.csv", content);
    expect((await sniffFile(p)).encoding).toBe("utf-8");
    const r = await readCsv(p, "utetid");
    expect(r.records.map((x) => x.specialist)).toEqual(["Ø", "Æ"]);
  });
});

describe("header variants", () => {
  const expected = [
    { specialist: "JS1", date: "2026-11-02", period: "day", hoursTotal: 7.5, hoursOut: 3 },
    { specialist: "JS2", date: "2026-11-03", period: "day", hoursTotal: 6, hoursOut: 1.5 },
  ];
  it.each(["norwegian-spaces", "upper-underscore", "hyphens-dots", "english", "reordered-extra"])(
    "%s (Timer totalt, TIMER_TOTALT, hours_total, …)",
    async (name) => {
      const r = await readCsv(fixture(`headers/${name}.csv`), "utetid");
      expect(r.issues).toEqual([]);
      expect(withoutSource(r.records)).toEqual(expected);
    },
  );

  it.each(["caseload-forste", "caseload-folded", "caseload-english"])(
    "%s (Første arbeidsgiverkontakt = forste_arbeidsgiverkontakt = first_employer_contact)",
    async (name) => {
      const r = await readCsv(fixture(`headers/${name}.csv`), "caseload");
      expect(r.issues).toEqual([]);
      expect(withoutSource(r.records)).toEqual([
        {
          specialist: "JS1",
          participant: "P01",
          startDate: "2026-02-01",
          discharged: false,
          firstEmployerContact: "2026-03-15",
          jobType: "Butikk",
          competitive: true,
        },
      ]);
    },
  );

  it.each([
    // header, the canonical columns the scan reports (what lets T8–T10 tell "no jobbstart column" from "0 jobs")
    [
      "Jobbspesialist;Deltaker;Startdato;Jobbstart;Ordinær",
      ["jobbspesialist", "deltaker", "startdato", "jobbstart", "ordinaer"],
    ],
    ["specialist,participant,intake_date,job_start", ["jobbspesialist", "deltaker", "startdato", "jobbstart"]],
    ["Jobbspesialist;Deltaker;Startdato;Sluttdato", ["jobbspesialist", "deltaker", "startdato", "sluttdato"]],
  ])("reports the header's canonical columns: %s", async (header, columns) => {
    const r = await readCsv(temp(`columns-${columns.length}-${header.length}.csv`, `${header}\n`), "caseload");
    expect(r.columns).toEqual(columns);
  });

  it("weekly utetid with an uke column: the week's Monday, period week", async () => {
    const r = await readCsv(fixture("headers/weekly.csv"), "utetid");
    expect(r.issues).toEqual([]);
    expect(r.records.map((x) => [x.date, x.period, x.hoursTotal, x.hoursOut])).toEqual([
      ["2026-11-02", "week", 37.5, 20],
      ["2026-11-09", "week", 30, 12.5],
    ]);
  });
});

describe("quoted fields with delimiters, quotes and newlines", () => {
  it("reads them and keeps line numbers right after them", async () => {
    const path = fixture("quoted/multiline.csv");
    const r = await readCsv(path, "contacts");
    expect(r.records.map((x) => [x.source.line, x.employer, x.purpose])).toEqual([
      [2, "Bakeriet; Sentrum", "Møte om\nny kandidat"],
      [4, 'Kafé "Øst"', "tre\r\nlinjer\r\nher"],
      [9, "Sagbruket", undefined],
    ]);
    expect(english(r.issues)).toEqual([
      {
        file: path,
        line: 8,
        column: 4,
        message: 'kontaktform: unknown contact mode "brev" (use oppmøte, telefon, video, e-post or sms)',
      },
    ]);
    expect(r.rows).toBe(4);
  });

  it("a quote never closed near the top of a big file stops at 1 MB, not at the end of the file", async () => {
    const rows = Array.from({ length: 40_000 }, (_, i) => `JS1;02.11.2026;Firma ${i} AS;oppmøte;;P${i}`).join("\n");
    const p = temp(
      "runaway.csv",
      `${"Jobbspesialist;Dato;Arbeidsgiver;Kontaktform;Formål;Deltaker"}\nJS1;"02.11.2026;X;sms;;\n${rows}\n`,
    );
    const r = await readCsv(p, "contacts");
    expect(english(r.issues)).toEqual([
      {
        file: p,
        line: 2,
        message: 'this row is longer than 1 MB: probably a quoted field that is never closed (a missing ")',
      },
    ]);
  });

  it("handles mixed line endings and trailing empty columns", async () => {
    const p = temp(
      "mixed.csv",
      'Jobbspesialist;Dato;Timer totalt;Timer ute;;\r\nJS1;02.11.2026;7,5;3;;\nJS2;"03.11.2026";6;1;;\r\n;;;;;\r\n\n',
    );
    const r = await readCsv(p, "utetid");
    expect(r.issues).toEqual([]);
    expect(r.records.map((x) => [x.source.line, x.specialist])).toEqual([
      [2, "JS1"],
      [3, "JS2"],
    ]);
  });
});

describe("streaming and teams", () => {
  it("scanCsv hands records to a callback and keeps none", async () => {
    const seen: string[] = [];
    const scan = await scanCsv(fixture("quoted/multiline.csv"), "contacts", (r) => seen.push(r.employer));
    expect(seen).toEqual(["Bakeriet; Sentrum", 'Kafé "Øst"', "Sagbruket"]);
    expect("records" in scan).toBe(false);
  });

  it("records the team value of each row and counts rows per team (folded)", async () => {
    const r = await readCsv(fixture("teams/multi/arbeidsgiverkontakter.csv"), "contacts");
    expect(r.teamColumn).toBe(true);
    expect([...r.teams]).toEqual([
      ["nord", { name: "nord", rows: 1 }],
      ["sor", { name: "Sør", rows: 1 }],
    ]);
    expect(r.records.map((x) => x.team)).toEqual(["nord", "Sør"]);
  });

  it("lists rows with an empty team cell", async () => {
    const r = await readCsv(fixture("teams/multi-bad/utetid.csv"), "utetid");
    expect(r.linesWithoutTeam).toEqual([3]);
  });

  it("reports sha256 and size", async () => {
    const r = await readCsv(fixture("bad/empty.csv"), "contacts");
    expect(r.bytes).toBe(0);
    expect(r.sha256).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  });

  it("throws IoError for a file that cannot be read", async () => {
    await expect(readCsv(join(tmp, "missing.csv"), "utetid")).rejects.toBeInstanceOf(IoError);
    await expect(readCsv(join(tmp, "missing.csv"), "utetid")).rejects.toThrow(
      /missing\.csv: cannot read the file \(ENOENT\)/,
    );
  });
});

describe("stillingsprosent must agree per specialist, names matched as the metrics match them", () => {
  it("Kari Nordmann;50 and kari  nordmann;100 in one file: the second row is refused, naming both lines", async () => {
    const file = temp(
      "fte-spelling.csv",
      "jobbspesialist;deltaker;startdato;stillingsprosent\nKari Nordmann;P01;01.02.2026;50\nkari  nordmann;P02;01.03.2026;100\n",
    );
    const r = await readCsv(file, "caseload");
    expect(english(r.issues)).toEqual([
      {
        file,
        line: 3,
        column: 4,
        message: "stillingsprosent: 100 % for kari  nordmann disagrees with 50 % for Kari Nordmann on line 2",
      },
    ]);
    expect(r.records.map((x) => x.source.line)).toEqual([2]);
  });
});

describe("detectDelimiter", () => {
  it.each([
    ["a;b;c", ";"],
    ["a,b,c", ","],
    ["a\tb\tc", "\t"],
    ['"Timer, totalt";Timer ute', ";"],
    ['"a;b",c,d', ","],
    ["a;b,c", ";"],
    ["single", ","],
  ])("%j → %j", (line, d) => {
    expect(detectDelimiter(line)).toBe(d);
  });
});

describe("errors that are not about the file", () => {
  it("an exception thrown by the record callback is not turned into an IoError", async () => {
    const boom = new Error("callback failed");
    await expect(
      scanCsv(fixture("quoted/multiline.csv"), "contacts", () => {
        throw boom;
      }),
    ).rejects.toBe(boom);
  });
});
