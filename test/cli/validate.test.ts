/**
 * Every bad-input fixture through the command line: `fidelity validate` on a team folder holding it gives its
 * exact `file:line:column: message` lines and exit code 3 (a header-only file is a warning: exit 0).
 */
import { copyFileSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BAD_CSV_CASES } from "../helpers/bad-cases.js";
import { cli } from "../helpers/cli.js";
import { syntheticId } from "../helpers/synthetic-id.js";

const FILE_NAME = { utetid: "utetid.csv", contacts: "arbeidsgiverkontakter.csv", caseload: "portefolje.csv" } as const;
const FIXTURES = join(import.meta.dirname, "..", "fixtures", "bad");

describe("fidelity validate on each bad input", () => {
  it.each(BAD_CSV_CASES)("%s", async (name, kind, expected) => {
    const dir = mkdtempSync(join(tmpdir(), "bad-"));
    const file = join(dir, FILE_NAME[kind]);
    copyFileSync(join(FIXTURES, name), file);
    // The expected lines are the English texts (--lang en); bokmål is the default (issue 9).
    const r = await cli(["validate", dir, "--lang", "en"]);
    const warningOnly = expected.every((e) => e.includes("warning:"));
    expect(r.code).toBe(warningOnly ? 0 : 3);
    for (const e of expected) expect(r.stdout).toContain(`${file}${e}`);
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
  });

  it("--json reports per file and exits 3", async () => {
    const dir = mkdtempSync(join(tmpdir(), "bad-"));
    copyFileSync(join(FIXTURES, "negative-hours.csv"), join(dir, "utetid.csv"));
    const r = await cli(["validate", dir, "--json", "--lang", "en"]);
    expect(r.code).toBe(3);
    const json = JSON.parse(r.stdout);
    expect(json.valid).toBe(false);
    expect(json.teams[0].files[0]).toMatchObject({ kind: "utetid", errors: 1 });
    expect(json.teams[0].problems).toContainEqual(expect.stringContaining('timer_ute: negative hours ("-2")'));
  });

  it("a semicolon file with a value past the header gets no decimal-comma hint", async () => {
    const dir = mkdtempSync(join(tmpdir(), "bad-"));
    copyFileSync(join(FIXTURES, "extra-value.csv"), join(dir, "utetid.csv"));
    const r = await cli(["validate", dir, "--lang", "en"]);
    expect(r.code).toBe(3);
    expect(r.stdout).toContain(":3:6: value in a column that has no header\n");
    expect(r.stdout).not.toContain("decimal comma");
  });

  it.each(["utf16le-nobom-tab", "utf16be-nobom-tab"])("UTF-16 without a byte-order mark (%s) is read", async (name) => {
    const r = await cli(["validate", join(import.meta.dirname, "..", "fixtures", "utf16-nobom", name), "--json"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.valid).toBe(true);
    expect(json.teams[0].files.map((f: { rowsRead: number }) => f.rowsRead)).toEqual([3, 3, 2]);
  });

  it("valid examples pass, with rows in and outside the window", async () => {
    const r = await cli(["validate", join(import.meta.dirname, "../../examples/ips-team"), "--json"]);
    expect(r.code).toBe(0);
    const files = JSON.parse(r.stdout).teams[0].files;
    const utetid = files.find((f: { kind: string }) => f.kind === "utetid");
    expect(utetid.rowsRead).toBe(utetid.rowsInWindow + utetid.rowsIgnored);
    expect(utetid.rowsIgnored).toBeGreaterThan(0);
  });
});

describe("fidelity validate checks the free text that goes into the report, as score does", () => {
  const example = join(import.meta.dirname, "../../examples/ips-team");

  it("an answers context naming one of the team's participants is refused (exit 3), the id not shown", async () => {
    const dir = join(mkdtempSync(join(tmpdir(), "validate-ids-")), "team");
    cpSync(example, dir, { recursive: true });
    const answers = join(dir, "vurderinger.json");
    writeFileSync(
      answers,
      JSON.stringify({ ...JSON.parse(readFileSync(answers, "utf8")), context: "Mye dokumentasjon (d-8424)." }),
    );
    const r = await cli(["validate", dir, "--lang", "en"]);
    expect(r.code).toBe(3);
    expect(r.stdout).toContain("context: mentions a participant id from the caseload (not shown)");
    expect(r.stdout + r.stderr).not.toMatch(/8424/);
    const score = await cli(["score", dir, "--no-pdf"]);
    expect(score.code).toBe(3);
  });

  it("a national identity number in team.json's context is refused (exit 3), the number not shown", async () => {
    const dir = join(mkdtempSync(join(tmpdir(), "validate-ids-")), "team");
    cpSync(example, dir, { recursive: true });
    const id = syntheticId("018136");
    const teamJson = join(dir, "team.json");
    writeFileSync(teamJson, JSON.stringify({ ...JSON.parse(readFileSync(teamJson, "utf8")), context: `Se ${id}` }));
    const r = await cli(["validate", dir, "--lang", "en"]);
    expect(r.code).toBe(3);
    // Found when team.json is read, so it is placed at its line and column.
    expect(r.stdout).toContain(`${teamJson}:1:`);
    expect(r.stdout).toContain(": context: contains what looks like a Norwegian national identity number");
    expect(r.stdout + r.stderr).not.toContain(id);
  });
});
