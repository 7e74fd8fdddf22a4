/**
 * Seeded fuzzing of the inputs (issue 10): a few hundred team folders made from the IPS example by random
 * damage — cells replaced, rows cut, fields added or dropped, delimiters, line endings, encodings, BOMs, bytes that
 * are not text, JSON broken or given odd values — some holding a (synthetic) national identity number or a
 * participant id where it must not go. Every case is run through `validate` and `score`; none may end in an
 * internal error (exit 1), hang, or show an identity number in any output or written file. The seed makes a
 * failure reproducible: the case's number and seed are in the assertion message.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cli } from "../helpers/cli.js";
import { syntheticId } from "../helpers/synthetic-id.js";
import { EXAMPLES } from "./wizard/helpers.js";

const SEED = 20261203;
const CASES = 240;
const root = mkdtempSync(join(tmpdir(), "fidelity-fuzz-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A small linear congruential generator: the same seed, the same cases. */
function rng(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
  return {
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T,
    chance: (p: number) => next() < p,
  };
}

const ID = syntheticId("010137");
/** The id in the disguises the guard must see through. */
const DISGUISED = [
  ID,
  `${ID.slice(0, 6)} ${ID.slice(6)}`,
  `${ID.slice(0, 2)}.${ID.slice(2, 4)}.${ID.slice(4, 6)} ${ID.slice(6)}`,
  `${ID.slice(0, 6)}\u200b${ID.slice(6)}`,
  ID.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))),
];
const ODD_CELLS = [
  "",
  " ",
  ";",
  '"',
  '""x',
  "-1",
  "1e309",
  "NaN",
  "99999999",
  "31.02.2026",
  "2026-11-26T25:00",
  "ø",
  "\u0000",
  "=cmd()",
  "x".repeat(5000),
  "D-1046",
  "Ukjent",
];
const ODD_JSON = [
  '{"a":',
  "[]",
  "null",
  '{"name": 5}',
  '{"visitDate": "2026-02-30"}',
  '{"fte": {"JS1": -3}}',
  '{"B2": 9}',
  '{"B3": 4, "b3": 1}',
  '{"name":"x","name":"y"}',
  "\uFEFF{}",
  '{"scale": "ips-99"}',
  "{".repeat(500),
];

interface Damage {
  what: string;
  apply(dir: string): void;
}

function damages(r: ReturnType<typeof rng>): Damage[] {
  const csvs = ["utetid.csv", "arbeidsgiverkontakter.csv", "portefolje.csv"];
  const rewrite = (dir: string, file: string, f: (text: string) => string | Buffer) => {
    const path = join(dir, file);
    writeFileSync(path, f(readFileSync(path, "utf8")));
  };
  const cellEdit = (text: string, value: string) => {
    const lines = text.split("\n");
    const row = 1 + r.int(Math.max(1, lines.length - 2));
    const cells = (lines[row] ?? "").split(",");
    cells[r.int(cells.length)] = value.includes(",") || value.includes('"') ? `"${value.replace(/"/g, '""')}"` : value;
    lines[row] = cells.join(",");
    return lines.join("\n");
  };
  return [
    { what: "odd cell", apply: (d) => rewrite(d, r.pick(csvs), (t) => cellEdit(t, r.pick(ODD_CELLS))) },
    {
      what: "identity number in a cell",
      apply: (d) => rewrite(d, r.pick(csvs), (t) => cellEdit(t, r.pick(DISGUISED))),
    },
    { what: "cut short", apply: (d) => rewrite(d, r.pick(csvs), (t) => t.slice(0, r.int(t.length))) },
    { what: "semicolons", apply: (d) => rewrite(d, r.pick(csvs), (t) => t.replace(/,/g, ";")) },
    { what: "CR line endings", apply: (d) => rewrite(d, r.pick(csvs), (t) => t.replace(/\n/g, "\r")) },
    { what: "Windows-1252", apply: (d) => rewrite(d, r.pick(csvs), (t) => Buffer.from(t, "latin1")) },
    { what: "BOM", apply: (d) => rewrite(d, r.pick(csvs), (t) => `\uFEFF${t}`) },
    {
      what: "random bytes",
      apply: (d) =>
        rewrite(d, r.pick(csvs), (t) => {
          const b = Buffer.from(t);
          for (let k = 0; k < 5; k++) b[r.int(b.length)] = r.int(256);
          return b;
        }),
    },
    { what: "header dropped", apply: (d) => rewrite(d, r.pick(csvs), (t) => t.slice(t.indexOf("\n") + 1)) },
    { what: "extra field", apply: (d) => rewrite(d, r.pick(csvs), (t) => t.replace("\n", ",ekstra\n")) },
    { what: "empty file", apply: (d) => rewrite(d, r.pick(csvs), () => "") },
    { what: "team.json broken", apply: (d) => writeFileSync(join(d, "team.json"), r.pick(ODD_JSON)) },
    { what: "answers broken", apply: (d) => writeFileSync(join(d, "vurderinger.json"), r.pick(ODD_JSON)) },
    {
      what: "identity number in team.json",
      apply: (d) =>
        rewrite(d, "team.json", (t) =>
          t.replace('"IPS-team Bergen sentrum"', JSON.stringify(`Team ${r.pick(DISGUISED)}`)),
        ),
    },
    {
      what: "identity number in a note",
      apply: (d) =>
        rewrite(d, "vurderinger.json", (t) =>
          t.replace('"score": 4,', `"score": 4, "note": ${JSON.stringify(`se ${r.pick(DISGUISED)}`)},`),
        ),
    },
  ];
}

/** Every text a run shows or writes (the PDFs' bytes as latin1: their text streams are compressed, so the
 * evaluation files and summaries, which hold the same texts, are what is checked beside the output). */
function everything(r: { stdout: string; stderr: string }, out: string): string {
  let all = r.stdout + r.stderr;
  for (const f of readdirSync(out)) {
    const p = join(out, f);
    if (statSync(p).isFile() && !f.endsWith(".pdf")) all += readFileSync(p, "latin1") + readFileSync(p, "utf8");
  }
  return all;
}

/** Digit groups joined across the separators and invisible characters an identity number may be written with. */
const joinedDigits = (s: string) =>
  s
    .normalize("NFKC")
    .replace(/[\u200b-\u200d\u2060\u00ad\ufeff]/g, "")
    .replace(/(?<=\d)[\s./\u2010-\u2015-]{1,3}(?=\d)/g, "");

it("the check sees the identity number in every disguise used", () => {
  for (const d of DISGUISED) expect(joinedDigits(`x ${d} y`)).toContain(ID);
});

describe(`fuzzed inputs (seed ${SEED}, ${CASES} cases)`, () => {
  it("never exit 1, never hang, never show an identity number", async () => {
    const r = rng(SEED);
    const kinds = damages(r);
    for (let n = 0; n < CASES; n++) {
      const dir = join(root, String(n), "team");
      cpSync(join(EXAMPLES, "ips-team"), dir, { recursive: true });
      const applied: string[] = [];
      for (let k = 1 + r.int(3); k > 0; k--) {
        const d = r.pick(kinds);
        d.apply(dir);
        applied.push(d.what);
      }
      const label = `case ${n} (seed ${SEED}): ${applied.join(", ")}`;
      const v = await cli(["validate", dir, "--lang", "en"]);
      expect([0, 3, 4], `${label}: validate exit ${v.code}\n${v.stderr}`).toContain(v.code);
      const out = join(root, String(n), "out");
      const s = await cli(["score", dir, "--out", out, "--no-pdf", "--lang", n % 2 ? "en" : "nb"]);
      expect([0, 3, 4], `${label}: score exit ${s.code}\n${s.stderr}`).toContain(s.code);
      for (const shown of [everything(v, join(root, String(n))), everything(s, out)])
        expect(joinedDigits(shown).includes(ID), `${label}: the identity number is shown`).toBe(false);
    }
  }, 300_000);
});
