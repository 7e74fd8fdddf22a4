/**
 * Issue 10: the encoding is decided from the whole byte stream (a UTF-8 file with a few bad bytes stays UTF-8,
 * each bad byte an error at its line and character), CR-only line endings are read, and a short last row
 * without a final line break is an error.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { inLang } from "../../src/core/i18n.js";
import { readCsv, sniffFile } from "../../src/io/csv/index.js";
import { readJsonFile } from "../../src/io/json.js";

const en = (m: Parameters<typeof inLang>[0]) => inLang(m, "en");

const tmp = mkdtempSync(join(tmpdir(), "fidelity-enc-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let n = 0;
function temp(content: string | Buffer, name = "arbeidsgiverkontakter.csv"): string {
  const dir = join(tmp, String(n++));
  const p = join(dir, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(p, content);
  return p;
}
const utf8 = (s: string) => Buffer.from(s, "utf8");
const cp1252Dash = Buffer.from([0x96]);

const HEADER = "jobbspesialist;dato;arbeidsgiver;kontaktform\n";

describe("a UTF-8 file with a few bytes that are not UTF-8", () => {
  const file = () =>
    temp(
      Buffer.concat([
        utf8(`${HEADER}Kåre Ødegård;2026-10-01;Bakeri `),
        cp1252Dash,
        utf8(" Sønn AS;oppmøte\nKåre Ødegård;2026-10-02;Fjøsnisse AS;oppmøte\nÅse;2026-10-03;Bø "),
        cp1252Dash,
        utf8(" Co;oppmøte\n"),
      ]),
    );

  it("stays UTF-8: æøå are read as they are, and the specialists match across rows", async () => {
    const r = await readCsv(file(), "contacts");
    expect(r.encoding).toBe("utf-8");
    expect(r.records.map((x) => x.specialist)).toEqual(["Kåre Ødegård", "Kåre Ødegård", "Åse"]);
    expect(r.records[1]?.employer).toBe("Fjøsnisse AS");
  });

  it("names each bad byte by line and character", async () => {
    const path = file();
    const r = await readCsv(path, "contacts");
    const bad = r.issues.filter((i) => en(i.message).startsWith("byte 0x96"));
    expect(bad.map((i) => [i.line, i.column])).toEqual([
      [2, 32],
      [4, 19],
    ]);
    expect(en(bad[0]?.message ?? "")).toContain("not valid UTF-8");
    // Nothing else: no "unknown contact mode" noise from mojibake.
    expect(r.issues.filter((i) => !en(i.message).startsWith("byte 0x96"))).toEqual([]);
  });

  it("with CR line endings, lines are counted by CR", async () => {
    const path = temp(
      Buffer.concat([utf8(`${HEADER.replace("\n", "\r")}Kåre;2026-10-01;A `), cp1252Dash, utf8(" B;oppmøte\r")]),
    );
    const r = await readCsv(path, "contacts");
    expect(r.issues.map((i) => [i.line, i.column])).toEqual([[2, 19]]);
  });

  it("a file whose bytes above ASCII are Windows-1252 is still read as Windows-1252", async () => {
    const latin = Buffer.from(`${HEADER}Kåre Ødegård;2026-10-01;Bakeri – Sønn AS;oppmøte\n`, "latin1");
    latin[latin.indexOf(Buffer.from("–", "latin1"))] = 0x96;
    const sniff = await sniffFile(temp(latin));
    expect(sniff.encoding).toBe("windows-1252");
    expect(sniff.utf8Errors).toBeUndefined();
    const r = await readCsv(temp(latin), "contacts");
    expect(r.records[0]?.employer).toBe("Bakeri – Sønn AS");
  });

  it("an answers file: the bad byte is an error at its place, the rest is read as UTF-8", async () => {
    const path = temp(
      Buffer.concat([utf8('{\n  "B2": { "score": 4, "note": "Møter '), cp1252Dash, utf8(' hver uke" }\n}\n')]),
      "vurderinger.json",
    );
    const json = await readJsonFile(path);
    expect(json.issues.map((i) => [i.line, i.column])).toEqual([[2, 38]]);
    expect(en(json.issues[0]?.message ?? "")).toBe(
      "byte 0x96 here is not valid UTF-8, while the rest of the file is UTF-8: retype the character and save the file as UTF-8",
    );
    expect(inLang(json.issues[0]?.message ?? "", "nb")).toBe(
      "byte 0x96 her er ikke gyldig UTF-8, mens resten av filen er UTF-8: skriv tegnet på nytt og lagre filen som UTF-8",
    );
  });
});

describe("CR-only line endings", () => {
  it("are read as lines, with the same records and line numbers as LF", async () => {
    const text = `${HEADER}Kari;2026-10-01;Bakeri AS;oppmøte\nKari;2026-10-02;Bø AS;telefon\nKari;2026-10-03;X AS;brevdue\n`;
    const lf = await readCsv(temp(text), "contacts");
    const cr = await readCsv(temp(text.replace(/\n/g, "\r")), "contacts");
    expect(cr.issues).toEqual(lf.issues.map((i) => ({ ...i, file: cr.file })));
    expect(cr.records.map(({ source: s, ...r }) => ({ ...r, line: s.line }))).toEqual(
      lf.records.map(({ source: s, ...r }) => ({ ...r, line: s.line })),
    );
    expect(cr.records).toHaveLength(2);
    expect(cr.issues).toHaveLength(1);
    expect(cr.issues[0]?.line).toBe(4);
  });

  it("no 'duplicate column' messages quoting cells (participant ids among them)", async () => {
    const rows = Array.from({ length: 50 }, (_, i) => `Kari;D-${1000 + i};2026-01-01`).join("\r");
    const r = await readCsv(temp(`jobbspesialist;deltaker;startdato\r${rows}\r`, "portefolje.csv"), "caseload");
    expect(r.issues).toEqual([]);
    expect(r.records).toHaveLength(50);
  });
});

describe("a short last row without a final line break", () => {
  it("is an error at its line", async () => {
    const r = await readCsv(temp(`${HEADER}Kari;2026-10-01;Bakeri AS;oppmøte\nKari;2026-10-02`), "contacts");
    const cut = r.issues.find((i) => en(i.message).includes("the last row has 2 of 4 fields"));
    expect(cut).toMatchObject({ line: 3 });
    expect(en(cut?.message ?? "")).toContain("does not end with a line break");
  });

  it("is not an error with a final line break (or when the row is complete)", async () => {
    const a = await readCsv(temp(`${HEADER}Kari;2026-10-01;Bakeri AS;oppmøte`), "contacts");
    expect(a.issues).toEqual([]);
    const b = await readCsv(
      temp(`jobbspesialist;deltaker;startdato;sluttdato\nKari;D-1;2026-01-01\n`, "portefolje.csv"),
      "caseload",
    );
    expect(b.issues).toEqual([]);
  });
});
