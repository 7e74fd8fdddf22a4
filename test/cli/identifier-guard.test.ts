/**
 * The identifier guard end to end (issue 10): an identity number in any disguise, or one of the team's own
 * participant pseudonyms however it is spelt, is refused wherever text enters (CSV cells, team.json fields and
 * keys, the answers file, evaluation files read by `report`, folder names, team values), and is never echoed
 * in a message, summary.json, summary.csv or the evaluation file.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "../helpers/cli.js";
import { syntheticId } from "../helpers/synthetic-id.js";

const EXAMPLE = join(import.meta.dirname, "..", "..", "examples", "ips-team");
const ID = syntheticId("018136");
/** Born on the 5th: its leading 0 is what Excel drops. */
const EARLY = syntheticId("058136");
const digitsOf = (s: string) => s.replace(/\D/g, "");

function team(name = "team"): string {
  const dir = join(mkdtempSync(join(tmpdir(), "guard-")), name);
  cpSync(EXAMPLE, dir, { recursive: true });
  return dir;
}

/** Everything the run wrote or said, to search for what must not be there. */
function everything(r: { stdout: string; stderr: string }, out?: string): string {
  let all = r.stdout + r.stderr;
  if (out && existsSync(out)) for (const f of readdirSync(out)) all += readFileSync(join(out, f), "latin1");
  return all;
}

/** The id's digits must not appear, also not with other characters between them. */
function expectNoId(text: string, id = ID) {
  expect(text).not.toContain(id);
  expect(digitsOf(text)).not.toContain(id);
}

const disguises: [string, (id: string) => string][] = [
  ["zero-width space", (id) => `${id.slice(0, 6)}\u200b${id.slice(6)}`],
  ["soft hyphen", (id) => `${id.slice(0, 6)}\u00ad${id.slice(6)}`],
  ["word joiner", (id) => [...id].join("\u2060")],
  ["bidi mark", (id) => `\u200f${id.slice(0, 4)}\u200e${id.slice(4)}`],
  ["no-break space", (id) => `${id.slice(0, 6)}\u00a0${id.slice(6)}`],
  ["narrow no-break space", (id) => `${id.slice(0, 6)}\u202f${id.slice(6)}`],
  ["fullwidth digits", (id) => id.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))],
  ["date with dots", (id) => `${id.slice(0, 2)}.${id.slice(2, 4)}.${id.slice(4, 6)} ${id.slice(6)}`],
  ["date with slashes", (id) => `${id.slice(0, 2)}/${id.slice(2, 4)}/${id.slice(4, 6)}-${id.slice(6)}`],
  ["spaced groups", (id) => `${id.slice(0, 2)} ${id.slice(2, 4)} ${id.slice(4, 6)} ${id.slice(6, 9)} ${id.slice(9)}`],
];

describe("an identity number in disguise", () => {
  it.each(disguises)("in a caseload cell (%s): an error at its cell, never echoed", async (_, disguise) => {
    const dir = team();
    const file = join(dir, "portefolje.csv");
    const lines = readFileSync(file, "utf8").split("\n");
    lines[2] = (lines[2] as string).replace("D-8424", disguise(ID));
    writeFileSync(file, lines.join("\n"));
    const r = await cli(["validate", dir, "--lang", "en"]);
    expect(r.code).toBe(3);
    expect(r.stdout).toContain(`${file}:3:2: value looks like a Norwegian national identity number`);
    expectNoId(everything(r));
  });

  it.each(disguises)("in an answers note (%s): refused, never echoed", async (_, disguise) => {
    const dir = team();
    const answers = JSON.parse(readFileSync(join(dir, "vurderinger.json"), "utf8"));
    answers.B2.note = `Gjelder ${disguise(ID)}.`;
    writeFileSync(join(dir, "vurderinger.json"), JSON.stringify(answers, null, 2));
    const out = mkdtempSync(join(tmpdir(), "guard-out-"));
    const r = await cli(["score", dir, "--out", out, "--lang", "en"]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain("B2.note: contains what looks like a Norwegian national identity number");
    expectNoId(everything(r, out));
  });

  it.each(disguises)("in team.json's name (%s): refused, never echoed", async (_, disguise) => {
    const dir = team();
    const meta = JSON.parse(readFileSync(join(dir, "team.json"), "utf8"));
    meta.name = `Team ${disguise(ID)}`;
    writeFileSync(join(dir, "team.json"), JSON.stringify(meta, null, 2));
    const out = mkdtempSync(join(tmpdir(), "guard-out-"));
    const r = await cli(["score", dir, "--out", out, "--lang", "en"]);
    expect(r.code).toBe(3);
    expectNoId(everything(r, out));
  });
});

describe("team.json never echoes an identity number", () => {
  const cases: [string, (meta: Record<string, unknown>) => void][] = [
    ["an fte key", (m) => Object.assign(m, { fte: { [ID]: 0.5, "Ingrid Haugen": 1 } })],
    ["an unknown field", (m) => Object.assign(m, { [ID]: "x" })],
    ["the scale name", (m) => Object.assign(m, { scale: ID })],
    ["a counting-rule key", (m) => Object.assign(m, { countingRules: { [ID]: true } })],
  ];
  it.each(cases)("%s: the team fails (exit 3), the number is in no message, summary or evaluation", async (_, edit) => {
    const dir = team();
    const meta = JSON.parse(readFileSync(join(dir, "team.json"), "utf8"));
    edit(meta);
    writeFileSync(join(dir, "team.json"), JSON.stringify(meta, null, 2));
    const out = mkdtempSync(join(tmpdir(), "guard-out-"));
    const r = await cli(["score", dir, "--out", out, "--no-pdf", "--lang", "en"]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/national identity number/);
    const all = everything(r, out);
    expectNoId(all);
    expectNoId(all, EARLY.slice(1));
    const v = await cli(["validate", dir, "--json", "--lang", "en"]);
    expect(v.code).toBe(3);
    expectNoId(everything(v));
  });
});

describe("a participant pseudonym where the report prints a name", () => {
  const pseudonym = "D-8424"; // a participant in the example's caseload
  it.each([
    ["team.json's name", (dir: string) => editMeta(dir, { name: `Team ${pseudonym}` })],
    ["team.json's office", (dir: string) => editMeta(dir, { office: `Kontor D\u20138424` })],
    ["team.json's evaluators", (dir: string) => editMeta(dir, { evaluators: ["Tone Aasen", "d 8424"] })],
  ])("%s: the team fails, the pseudonym in no output", async (_, edit) => {
    const dir = team();
    edit(dir);
    const out = mkdtempSync(join(tmpdir(), "guard-out-"));
    const r = await cli(["score", dir, "--out", out, "--lang", "en"]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain("mentions a participant id from the caseload (not shown)");
    const all = everything(r, out);
    expect(all).not.toMatch(/d[^a-z0-9]{0,3}8424/i);
    expect(JSON.parse(readFileSync(join(out, "summary.json"), "utf8")).failed).toHaveLength(1);
  });

  it.each([
    ["a key of the answers file", { "D-8424": 3 }],
    ["an element id", { O2: { elements: ["weekly-team-meetings", "D 8424"] } }],
    ["a note, spelt with an en dash", { B2: { score: 4, note: "Gjelder D\u20138424." } }],
    ["a note, with a zero-width space", { B2: { score: 4, note: "Gjelder D-\u200b8424." } }],
    ["a note, without the hyphen", { B2: { score: 4, note: "Gjelder d8424." } }],
  ])("%s: refused, never echoed", async (_, answers) => {
    const dir = team();
    writeFileSync(join(dir, "vurderinger.json"), JSON.stringify(answers, null, 2));
    const out = mkdtempSync(join(tmpdir(), "guard-out-"));
    const r = await cli(["score", dir, "--out", out, "--lang", "en"]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain("mentions a participant id from the caseload (not shown)");
    expect(everything(r, out)).not.toMatch(/d[^a-z0-9]{0,3}8424/i);
  });

  it("an fte value that is an id with its leading zero dropped is not echoed", async () => {
    const dir = team();
    editMeta(dir, { fte: { "Ingrid Haugen": EARLY.slice(1) } });
    const out = mkdtempSync(join(tmpdir(), "guard-out-"));
    const r = await cli(["score", dir, "--out", out, "--no-pdf", "--lang", "en"]);
    expect(r.code).toBe(3);
    expect(everything(r, out)).not.toContain(EARLY.slice(1));
  });

  it("the folder's name (used as the team name)", async () => {
    const dir = team(pseudonym);
    rmSync(join(dir, "team.json"));
    const out = mkdtempSync(join(tmpdir(), "guard-out-"));
    const r = await cli(["score", dir, "--out", out, "--lang", "en"]);
    expect(r.code).toBe(3);
    const summary = readFileSync(join(out, "summary.json"), "utf8");
    expect(summary).not.toContain(pseudonym);
    expect(readFileSync(join(out, "summary.csv"), "utf8")).not.toContain(pseudonym);
  });

  it("a split export's team value", async () => {
    const dir = mkdtempSync(join(tmpdir(), "guard-split-"));
    cpSync(join(import.meta.dirname, "..", "..", "examples", "fylke-export"), dir, { recursive: true });
    // A team value that is one of the export's participants (D-1046 is in Portefølje.csv).
    const file = join(dir, "Utetid.csv");
    const text = readFileSync(file, "latin1").split("\n");
    text.push(text[1]?.replace(/^[^;]*;/, "D-1046;") ?? "");
    writeFileSync(file, text.join("\n"), "latin1");
    const out = mkdtempSync(join(tmpdir(), "guard-out-"));
    const r = await cli(["score", dir, "--out", out, "--no-pdf", "--lang", "en"]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain("the team column's value mentions a participant id from the caseload (not shown)");
    const all = everything(r, out);
    expect(all).not.toContain("D-1046");
    // The other teams are still scored.
    expect(JSON.parse(readFileSync(join(out, "summary.json"), "utf8")).teams.length).toBeGreaterThan(0);
  });
});

describe("utetid: what Excel makes of an id is refused there too (its messages quoted it)", () => {
  it.each([
    ["a 10-digit id missing its leading zero", EARLY.slice(1)],
    ["scientific notation", "5,81365E+09"],
  ])("%s", async (_, value) => {
    const dir = team();
    const file = join(dir, "utetid.csv");
    const lines = readFileSync(file, "utf8").split("\n");
    lines[1] = (lines[1] as string).replace(/,7\.5,/, `,${value.includes(",") ? `"${value}"` : value},`);
    writeFileSync(file, lines.join("\n"));
    const out = mkdtempSync(join(tmpdir(), "guard-out-"));
    const r = await cli(["score", dir, "--out", out, "--no-pdf", "--lang", "en"]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(`${file}:2:3:`);
    const all = everything(r, out);
    expect(all).not.toContain(value);
    expect(all).not.toContain(EARLY.slice(1));
  });
});

describe("report reads every text of a hand-edited evaluation", () => {
  it.each([
    ["the team name", (e: Evaluation) => Object.assign(e.team, { name: `Team ${ID.slice(0, 6)} ${ID.slice(6)}` })],
    ["an evaluator", (e: Evaluation) => e.evaluators.push(`\u200b${ID}`)],
    ["the office", (e: Evaluation) => Object.assign(e.team, { office: ID })],
    ["a key of the counting rules", (e: Evaluation) => Object.assign(e.countingRules, { [ID]: true })],
  ])("%s: refused (exit 3), the number not shown", async (_, edit) => {
    const dir = team();
    const out = mkdtempSync(join(tmpdir(), "guard-out-"));
    expect((await cli(["score", dir, "--out", out, "--no-pdf", "--lang", "en"])).code).toBe(0);
    const file = join(out, readdirSync(out).find((f) => f.endsWith(".evaluation.json")) as string);
    const evaluation = JSON.parse(readFileSync(file, "utf8")) as Evaluation;
    edit(evaluation);
    writeFileSync(file, JSON.stringify(evaluation, null, 2));
    const r = await cli(["report", file, "--lang", "en"]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain("national identity number");
    expectNoId(r.stdout + r.stderr);
    expect(readdirSync(out).some((f) => f.endsWith(".pdf"))).toBe(false);
  });
});

interface Evaluation {
  team: { name: string; office?: string };
  evaluators: string[];
  countingRules: Record<string, unknown>;
}

function editMeta(dir: string, changes: Record<string, unknown>): void {
  const file = join(dir, "team.json");
  const meta = { ...JSON.parse(readFileSync(file, "utf8")), ...changes };
  for (const [k, v] of Object.entries(changes)) if (v === undefined) delete meta[k];
  writeFileSync(file, JSON.stringify(meta, null, 2));
}
