/**
 * The cheaper sniff pass (issue 12): once the first bad bytes are listed, later chunks are only counted, and the
 * sniff notes whether a Windows-1252 file has any byte 0x80–0x9F (only then are its fields mapped from Latin-1).
 * A file read in chunks is sniffed exactly as the same bytes read whole, and its text is read the same.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CHUNK_SIZE, sniffBytes, sniffFile } from "../../src/io/csv/encoding.js";
import { READ_WHOLE_BYTES, readCsv } from "../../src/io/csv/read.js";

const tmp = mkdtempSync(join(tmpdir(), "fidelity-sniff-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
function temp(name: string, content: Buffer): string {
  const p = join(tmp, name);
  writeFileSync(p, content);
  return p;
}

const HEADER = "jobbspesialist;dato;arbeidsgiver;kontaktform\n";
const cp1252 = (text: string) => Buffer.from(text, "latin1");
/** `n` Windows-1252 rows with "ø" (0xF8, not UTF-8), each line ended by `eol`, the employer `employer`. */
const rows = (n: number, eol: string, employer = "Fjordglimt AS") =>
  Array.from(
    { length: n },
    (_, i) => `Nora Strand;${String((i % 28) + 1).padStart(2, "0")}.09.2026;${employer};oppmøte`,
  )
    .join(eol)
    .concat(eol);

describe("sniffing in chunks gives what sniffing the whole gives", () => {
  const cases: [string, Buffer][] = [
    ["Windows-1252, no byte 0x80–0x9F", cp1252(HEADER + rows(9000, "\n"))],
    [
      "Windows-1252, an en dash (0x96) only in the last chunk",
      cp1252(`${HEADER}${rows(9000, "\n")}Nora Strand;01.09.2026;Lie \u0096 Sønner AS;oppmøte\n`),
    ],
    ["Windows-1252 with CR line endings", cp1252(HEADER.replace("\n", "\r") + rows(9000, "\r"))],
    ["Windows-1252, CRLF, a lone CR late", cp1252(`${HEADER}${rows(9000, "\r\n")}Ås\r;01.09.2026;x;sms\r\n`)],
    [
      "UTF-8 with more than 100 bad bytes",
      Buffer.concat([
        Buffer.from(HEADER + rows(3000, "\n", "Brødrene Æsøy AS")),
        cp1252(rows(150, "\n")),
        Buffer.from(rows(6000, "\n", "Brødrene Æsøy AS")),
      ]),
    ],
  ];
  for (const [name, bytes] of cases)
    it(name, async () => {
      expect(bytes.length).toBeGreaterThan(4 * CHUNK_SIZE);
      const chunked = await sniffFile(temp("sniff.csv", bytes));
      const whole = sniffBytes(bytes);
      // A chunk of valid UTF-8 above ASCII may hold such bytes (only Windows-1252 files need to know exactly).
      if (whole.encoding !== "windows-1252") {
        delete chunked.c1Bytes;
        delete whole.c1Bytes;
      }
      expect(chunked).toEqual(whole);
    });

  it("notes bytes 0x80–0x9F in Windows-1252 text, wherever they are", () => {
    expect(sniffBytes(cp1252(HEADER + rows(10, "\n"))).c1Bytes).toBe(false);
    expect(sniffBytes(cp1252(`${HEADER}${rows(10, "\n")}\u0080`)).c1Bytes).toBe(true);
    expect(sniffBytes(cp1252(`${HEADER}${rows(10, "\n")}\u009f`)).c1Bytes).toBe(true);
    // A valid UTF-8 sequence with a continuation byte 0x80–0x9F ("€" = E2 82 AC) inside a Windows-1252 file.
    const mixed = Buffer.concat([cp1252(HEADER + rows(10, "\n")), Buffer.from("€")]);
    expect(sniffBytes(mixed).encoding).toBe("windows-1252");
    expect(sniffBytes(mixed).c1Bytes).toBe(true);
    expect(sniffBytes(Buffer.concat([cp1252(HEADER + rows(10, "\n")), Buffer.from("é")])).c1Bytes).toBe(false);
  });
});

describe("quotes", () => {
  it("notes whether a file has a double quote (without one, no field holds a line break)", async () => {
    expect(sniffBytes(Buffer.from(HEADER + rows(10, "\n"))).quotes).toBe(false);
    expect(sniffBytes(Buffer.from(`${HEADER}${rows(10, "\n")}"Kari";01.09.2026;x;sms\n`)).quotes).toBe(true);
    const late = Buffer.from(`${HEADER}${rows(9000, "\n")}Kari;01.09.2026;"Lie\nAS";sms\nKari;x;y;sms\n`);
    expect((await sniffFile(temp("late-quote.csv", late))).quotes).toBe(true);
    // The row after a field with a line break is on the right line.
    const r = await readCsv(temp("late-quote.csv", late), "contacts");
    expect(r.records.at(-1)?.employer).toBe("Lie\nAS");
    expect(r.issues.map((i) => i.line)).toEqual([9000 + 4]);
  });
});

describe("a big Windows-1252 file (streamed) is read as Windows-1252", () => {
  const big = (last: string) => {
    const employer = `Fjordglimt ${"Treverksted ".repeat(20)}AS`;
    const n = Math.ceil(READ_WHOLE_BYTES / rows(1, "\n", employer).length) + 1;
    const bytes = cp1252(`${HEADER}${rows(n, "\n", employer)}Nora Strand;01.09.2026;${last};telefon\n`);
    expect(bytes.length).toBeGreaterThan(READ_WHOLE_BYTES);
    return bytes;
  };
  it("maps an en dash late in the file", async () => {
    const r = await readCsv(temp("big-dash.csv", big("Lie \u0096 Sønner AS")), "contacts");
    expect(r.encoding).toBe("windows-1252");
    expect(r.records.at(-1)?.employer).toBe("Lie – Sønner AS");
    expect(r.records.at(-2)?.mode).toBe("in-person");
    expect(r.issueCount).toBe(0);
  });
  it("reads æøå the same without such bytes", async () => {
    const r = await readCsv(temp("big-plain.csv", big("Brødrene Æsøy AS")), "contacts");
    expect(r.records.at(-1)?.employer).toBe("Brødrene Æsøy AS");
    expect(r.issueCount).toBe(0);
  });
});
