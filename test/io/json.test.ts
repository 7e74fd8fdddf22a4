import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formatIssueIn, IoError } from "../../src/core/errors.js";
import { parseTeamMeta } from "../../src/core/team-meta.js";
import { MAX_JSON_DEPTH, readJsonFile, scanJson } from "../../src/io/json.js";
import { english } from "../helpers/english.js";
import { syntheticId } from "../helpers/synthetic-id.js";

const tmp = mkdtempSync(join(tmpdir(), "fidelity-json-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
function temp(name: string, content: string | Buffer): string {
  const p = join(tmp, name);
  writeFileSync(p, content);
  return p;
}

describe("scanJson: syntax errors at line:column", () => {
  it.each([
    ["", 1, 1, "file is empty"],
    ["  \n ", 2, 2, "file is empty"],
    ['{\n  "a": 1,\n}', 3, 1, "trailing comma before }"],
    ["[1, 2,]", 1, 7, "trailing comma before ]"],
    ['{\n  "a" 1\n}', 2, 7, 'expected ":" after a property name, found "1"'],
    ["{\n  a: 1\n}", 2, 3, 'expected a property name in double quotes, found "a"'],
    ['{"a": 1 "b": 2}', 1, 9, 'expected "," or "}" after a property value, found "\\""'],
    ['{"a": [1 2]}', 1, 10, 'expected "," or "]" after an array element, found "2"'],
    ['{"a": }', 1, 7, 'unexpected "}"'],
    ['{"a": ', 1, 7, "unexpected end of file (a value is missing)"],
    ['{"a": "x', 1, 7, 'a string is never closed (missing ")'],
    ['{"a": "x\ny"}', 1, 9, "a string is never closed before the end of the line"],
    ['{"a": "\\x"}', 1, 8, "invalid escape in a string (use \\\\ for a backslash)"],
    ["{} {}", 1, 4, 'unexpected "{" after the end of the JSON value'],
    ["{'a': 1}", 1, 2, 'expected a property name in double quotes, found "\'"'],
    ["[01]", 1, 3, 'expected "," or "]" after an array element, found "1"'],
    ["[NaN]", 1, 2, 'unexpected "N"'],
  ])("%j → %d:%d %s", (text, line, column, message) => {
    expect(english(scanJson(text))).toEqual({ ok: false, at: { line, column }, message });
  });

  it("accepts what JSON.parse accepts and records where values start", () => {
    const text =
      '{\r\n  "name": "Team",\n  "fte": { "JS1": 0.5, "Kari N.": 1e0 },\n  "list": [true, null, -1.5e-3, "\\u00e6\\n"]\n}';
    const r = scanJson(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.positions.get(JSON.stringify([]))).toEqual({ line: 1, column: 1 });
    expect(r.positions.get(JSON.stringify(["name"]))).toEqual({ line: 2, column: 11 });
    expect(r.positions.get(JSON.stringify(["fte", "Kari N."]))).toEqual({ line: 3, column: 35 });
    expect(r.positions.get(JSON.stringify(["list", 3]))).toEqual({ line: 4, column: 33 });
  });
});

describe("scanJson: nesting depth", () => {
  const nested = (depth: number, open = "[", close = "]") => `${open.repeat(depth)}${close.repeat(depth)}`;

  it(`accepts ${MAX_JSON_DEPTH} levels`, () => {
    expect(scanJson(nested(MAX_JSON_DEPTH)).ok).toBe(true);
    expect(scanJson(`{"a":${nested(MAX_JSON_DEPTH - 1)}}`).ok).toBe(true);
  });

  const message = `values are nested more than ${MAX_JSON_DEPTH} levels deep (this file needs only a few)`;

  it("refuses more, at the bracket that goes too deep, instead of overflowing the stack", () => {
    expect(english(scanJson(nested(MAX_JSON_DEPTH + 1)))).toEqual({
      ok: false,
      at: { line: 1, column: MAX_JSON_DEPTH + 1 },
      message,
    });
    expect(english(scanJson(nested(50_000)))).toEqual({
      ok: false,
      at: { line: 1, column: MAX_JSON_DEPTH + 1 },
      message,
    });
    const objects = '{"a":'.repeat(50_000);
    expect(english(scanJson(objects))).toMatchObject({
      ok: false,
      at: { line: 1, column: 5 * MAX_JSON_DEPTH + 1 },
      message,
    });
  });

  it("readJsonFile reports it as an issue (no JSON.parse of the deep text)", async () => {
    const p = temp("deep.json", `{"B2": ${nested(50_000)}}`);
    const j = await readJsonFile(p);
    expect(j.value).toBeUndefined();
    // `{"B2": ` is 7 characters; the object is level 1, so the bracket at column 8 is level 2.
    expect(j.issues.map(formatIssueIn("en"))).toEqual([`${p}:1:${8 + MAX_JSON_DEPTH - 1}: invalid JSON: ${message}`]);
  });
});

describe("readJsonFile", () => {
  it("parses, hashes, strips a BOM, and locates paths (or the nearest existing parent)", async () => {
    const p = temp(
      "team.json",
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{\n  "fte": {\n    "JS1": 150\n  }\n}\n')]),
    );
    const j = await readJsonFile(p);
    expect(j.issues).toEqual([]);
    expect(j.value).toEqual({ fte: { JS1: 150 } });
    expect(j.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(j.locate(["fte", "JS1"])).toEqual({ line: 3, column: 12 });
    expect(j.locate(["fte", "JS2"])).toEqual({ line: 2, column: 10 });
    expect(j.locate(["name"])).toEqual({ line: 1, column: 1 });
  });

  it("reports a syntax error as an issue", async () => {
    const p = temp("bad.json", '{\n  "items": {\n    "S1": { "score": 3 },\n  }\n}\n');
    const j = await readJsonFile(p);
    expect(j.value).toBeUndefined();
    expect(j.issues.map(formatIssueIn("en"))).toEqual([`${p}:4:3: invalid JSON: trailing comma before }`]);
  });

  it("gives syntax errors in bokmål too (the default) and in English", async () => {
    const p = temp("bad-nb.json", '{\n  "a" 1\n}\n');
    const j = await readJsonFile(p);
    expect(j.issues.map(formatIssueIn("nb"))).toEqual([`${p}:2:7: ugyldig JSON: ventet ":" etter et navn, fant "1"`]);
    expect(j.issues.map(formatIssueIn("en"))).toEqual([
      `${p}:2:7: invalid JSON: expected ":" after a property name, found "1"`,
    ]);
    const end = await readJsonFile(temp("end-nb.json", '{"a": [1'));
    expect(end.issues.map(formatIssueIn("nb"))).toEqual([
      `${end.file}:1:9: ugyldig JSON: ventet "," eller "]" etter et element i listen, fant slutten av filen`,
    ]);
  });

  it("reads a Windows-1252 file", async () => {
    const p = temp("ansi.json", Buffer.from([0x7b, 0x22, 0x6e, 0x22, 0x3a, 0x22, 0xd8, 0x73, 0x74, 0x22, 0x7d]));
    expect((await readJsonFile(p)).value).toEqual({ n: "Øst" });
  });

  it("throws IoError when the file cannot be read", async () => {
    await expect(readJsonFile(join(tmp, "none.json"))).rejects.toBeInstanceOf(IoError);
  });
});

describe("parseTeamMeta (team.json)", () => {
  it("accepts the full shape and normalises fte to fractions", () => {
    expect(
      parseTeamMeta({
        name: " Team ",
        office: "NAV Ås",
        scale: "kvalitetsveileder",
        visitDate: "2026-11-26",
        evaluators: ["A", "B"],
        fte: { JS1: 50, JS2: 0.8, JS3: "100 %" },
        countingRules: { anything: [1] },
        lookbackWeeks: 8,
        context: "Nedbemanning",
      }),
    ).toEqual({
      meta: {
        name: "Team",
        office: "NAV Ås",
        scale: "kvalitetsveileder",
        visitDate: "2026-11-26",
        evaluators: ["A", "B"],
        fte: { JS1: 0.5, JS2: 0.8, JS3: 1 },
        countingRules: { anything: [1] },
        lookbackWeeks: 8,
        context: "Nedbemanning",
      },
      problems: [],
    });
  });

  it("accepts what `fidelity init` writes", () => {
    const r = parseTeamMeta({
      name: "x",
      office: "",
      scale: "ips-25",
      visitDate: "2026-01-05",
      evaluators: [],
      fte: {},
      countingRules: {},
    });
    expect(r.problems).toEqual([]);
  });

  it.each([
    [{}, ["name"], "name: is required"],
    [{ name: "  " }, ["name"], "name: must not be empty"],
    [{ name: 3 }, ["name"], "name: must be text"],
    [
      { name: "x", visitDate: "26.11.2026" },
      ["visitDate"],
      "visitDate: not a valid date (write YYYY-MM-DD, e.g. 2026-11-26)",
    ],
    [{ name: "x", evaluators: ["a", ""] }, ["evaluators", 1], "evaluators[1]: must not be empty"],
    [
      { name: "x", fte: { "Kari N.": 0 } },
      ["fte", "Kari N."],
      'fte["Kari N."]: "0" is not more than 0 and at most 100 %',
    ],
    [{ name: "x", lookbackWeeks: 2.5 }, ["lookbackWeeks"], "lookbackWeeks: must be a whole number from 1 to 52"],
  ])("%j → %s", (json, path, message) => {
    expect(english(parseTeamMeta(json))).toEqual({ problems: [{ path, message }] });
  });

  it.each([
    ["name", (id: string) => ({ name: `Team ${id}` }), ["name"]],
    ["office", (id: string) => ({ name: "x", office: `Kontor ${id}` }), ["office"]],
    ["evaluators", (id: string) => ({ name: "x", evaluators: ["A", id] }), ["evaluators", 1]],
  ])("an identity number in %s (printed on every page) is refused, not shown", (_field, make, path) => {
    const id = syntheticId("018136");
    const r = parseTeamMeta(make(id));
    expect(r.meta).toBeUndefined();
    expect(english(r.problems)).toEqual([
      {
        path,
        message: `${path.map((p, i) => (typeof p === "number" ? `[${p}]` : i ? `.${p}` : p)).join("")}: contains what looks like a Norwegian national identity number (fødselsnummer/D-number); the report must not identify participants: remove it (the value is not shown)`,
      },
    ]);
    expect(JSON.stringify(r.problems)).not.toContain(id);
  });

  it("unknown fields are warnings; a non-object is an error", () => {
    expect(english(parseTeamMeta({ name: "x", navn: "y" }))).toEqual({
      meta: { name: "x" },
      problems: [
        {
          path: ["navn"],
          message:
            'unknown field "navn" (ignored; known fields: name, office, scale, visitDate, evaluators, fte, countingRules, lookbackWeeks, context, group, reviewType)',
          severity: "warning",
        },
      ],
    });
    expect(english(parseTeamMeta([]))).toEqual({
      problems: [{ path: [], message: "team.json must be a JSON object with at least a name" }],
    });
  });
});
