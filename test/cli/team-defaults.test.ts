/**
 * A team scored with defaults says so (issue 9, part 4): no team.json, a team.json without a visit date, a
 * Kvalitetsveilederen answers file under the IPS default, and a single file that brings its folder's team.json.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "../helpers/cli.js";

const EXAMPLES = join(import.meta.dirname, "../../examples");

function copyOf(example: string, change: (dir: string) => void): string {
  const dir = join(mkdtempSync(join(tmpdir(), "defaults-")), "lag-nord");
  cpSync(join(EXAMPLES, example), dir, { recursive: true });
  change(dir);
  return dir;
}

describe("scoring with defaults is never silent", () => {
  it("without team.json, score and validate name every default used (folder name, ips-25, today)", async () => {
    const dir = copyOf("ips-team", (d) => rmSync(join(d, "team.json")));
    const score = await cli(["score", dir, "--no-pdf", "--visit-date", "2026-11-26"]);
    expect(score.code).toBe(0);
    expect(score.stderr).toContain(
      // --visit-date was given: only --scale is named as the way out.
      `ingen team.json: bruker lagnavnet «lag-nord» (mappens navn), skalaen ips-25 (standard) – lag en team.json (fidelity init) eller gi --scale\n`,
    );
    const validate = await cli(["validate", dir, "--lang", "en"]);
    expect(validate.code).toBe(0);
    expect(validate.stdout).toMatch(
      /no team\.json: using the team name "lag-nord" \(the folder's name\), the ips-25 scale \(the default\), the visit date \d{4}-\d\d-\d\d \(today\) – write a team\.json \(fidelity init\) or give --scale and --visit-date\n/,
    );
    // Scale and date given: only the name is a default, and no option gives it.
    const named = await cli(["score", dir, "--no-pdf", "--visit-date", "2026-11-26", "--scale", "ips-25"]);
    expect(named.stderr).toContain(
      "ingen team.json: bruker lagnavnet «lag-nord» (mappens navn) – lag en team.json (fidelity init)\n",
    );
  });

  it("a team.json without a visit date says today is used; with every value given, nothing is said", async () => {
    const dir = copyOf("ips-team", (d) => {
      const file = join(d, "team.json");
      const { visitDate: _drop, ...rest } = JSON.parse(readFileSync(file, "utf8"));
      writeFileSync(file, JSON.stringify({ ...rest, scale: "ips-25" }));
    });
    const r = await cli(["score", dir, "--no-pdf"]);
    expect(r.code).toBe(0);
    // Only the date is missing, so only --visit-date is named (not "--scale / --visit-date").
    expect(r.stderr).toMatch(
      /team\.json oppgir ikke alt: bruker besøksdatoen \d\d\.\d\d\.\d{4} \(i dag\) – skriv det i team\.json eller gi --visit-date\n/,
    );
    const given = await cli(["score", dir, "--no-pdf", "--visit-date", "2026-11-26"]);
    expect(given.stderr).not.toContain("oppgir ikke alt");
  });

  it("a Kvalitetsveilederen answers file under the IPS default says which scale it belongs to", async () => {
    const dir = copyOf("uo-team", (d) => {
      const file = join(d, "team.json");
      const { scale: _drop, ...rest } = JSON.parse(readFileSync(file, "utf8"));
      writeFileSync(file, JSON.stringify(rest));
    });
    const r = await cli(["score", dir, "--no-pdf"]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(
      'punktene i svarfilen hører til skalaen kvalitetsveileder, men laget vurderes etter ips-25: gi --scale kvalitetsveileder, eller skriv "scale": "kvalitetsveileder" i team.json',
    );
    const v = await cli(["validate", dir, "--lang", "en"]);
    expect(v.code).toBe(3);
    expect(v.stdout).toContain("give --scale kvalitetsveileder");
    // Chosen explicitly, the scale is the user's word: no hint.
    const explicit = await cli(["score", dir, "--no-pdf", "--scale", "ips-25"]);
    expect(explicit.stderr).not.toContain("hører til skalaen");
  });

  it("score <folder>/utetid.csv uses that folder's team.json (its name and visit date)", async () => {
    const dir = copyOf("ips-team", () => {});
    const r = await cli(["score", join(dir, "utetid.csv"), "--no-pdf", "--json"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.teams[0].team).toBe("IPS-team Bergen sentrum");
    expect(json.teams[0].visitDate).toBe(JSON.parse(readFileSync(join(dir, "team.json"), "utf8")).visitDate);
  });

  it("init does not invent a visit date: team.json has none, init says so, and validate warns about today", async () => {
    const dir = join(mkdtempSync(join(tmpdir(), "defaults-")), "lag");
    const init = await cli(["init", dir]);
    expect(init.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, "team.json"), "utf8"))).not.toHaveProperty("visitDate");
    expect(init.stderr + init.stdout).toContain(
      'Besøksdatoen er ikke satt: skriv den i team.json ("visitDate": "ÅÅÅÅ-MM-DD")',
    );
    const v = await cli(["validate", dir]);
    expect(v.code).toBe(0);
    expect(v.stdout).toMatch(/team\.json oppgir ikke alt: bruker besøksdatoen \d\d\.\d\d\.\d{4} \(i dag\)/);
  });
});
