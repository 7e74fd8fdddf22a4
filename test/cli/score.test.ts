/** `fidelity score` edge cases, in-process (the built-bin runs are in test/e2e/score.test.ts). */
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "../helpers/cli.js";

const EXAMPLE = join(import.meta.dirname, "../../examples/ips-team");

function twoTeams(patch: (dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), "score-"));
  cpSync(EXAMPLE, join(dir, "a"), { recursive: true });
  cpSync(EXAMPLE, join(dir, "b"), { recursive: true });
  patch(dir);
  return dir;
}

function setTeamJson(file: string, change: Record<string, unknown>): void {
  writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, "utf8")), ...change }));
}

describe("fidelity score: one team's problem is that team's only", () => {
  it("an unknown scale in one team.json fails that team (exit 3); the other is scored and summarised", async () => {
    const dir = twoTeams((d) => setTeamJson(join(d, "b/team.json"), { name: "Team B", scale: "ips25" }));
    const out = join(dir, "out");
    const r = await cli(["score", dir, "--out", out, "--no-pdf"]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(`${join(dir, "b/team.json")}: scale: unknown scale "ips25"`);
    const summary = JSON.parse(readFileSync(join(out, "summary.json"), "utf8"));
    expect(summary.teams.map((t: { team: string }) => t.team)).toEqual(["IPS-team Bergen sentrum"]);
    expect(summary.failed.map((t: { team: string }) => t.team)).toEqual(["Team B"]);
  });

  it("two teams with the same name do not overwrite each other: the second is refused", async () => {
    const dir = twoTeams(() => {});
    const out = join(dir, "out");
    const r = await cli(["score", dir, "--out", out, "--no-pdf"]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('the team name "IPS-team Bergen sentrum" gives the same file names');
    expect(r.stderr).toContain(join(dir, "a"));
    expect(existsSync(join(out, "ips-team-bergen-sentrum.evaluation.json"))).toBe(true);
  });

  it("an unknown --scale is refused before anything is written (exit 2)", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "score-")), "out");
    const r = await cli(["score", EXAMPLE, "--scale", "ips-26", "--out", out]);
    expect(r.code).toBe(2);
    expect(existsSync(out)).toBe(false);
  });

  it.each([
    [["--visit-date", "2026-02-30"], "--visit-date must be a date written YYYY-MM-DD"],
    [["--lookback-weeks", "0"], "--lookback-weeks must be a whole number from 1 to 52"],
    [["--fail-under", "abc"], "--fail-under must be a whole number"],
    [["--jobs", "0"], "--jobs must be a whole number ≥ 1"],
  ])("%j is a usage error", async (args, message) => {
    const r = await cli(["score", EXAMPLE, "--no-pdf", ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });

  it("--require-complete makes unrated items an error", async () => {
    const dir = twoTeams((d) => {
      setTeamJson(join(d, "b/team.json"), { name: "Team B" });
      writeFileSync(join(d, "b/vurderinger.json"), JSON.stringify({ B2: 4 }));
    });
    const r = await cli(["score", join(dir, "b"), "--no-pdf", "--require-complete"]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/Team B: 17 items are not rated \(--require-complete\)/);
    const provisional = await cli(["score", join(dir, "b"), "--no-pdf", "--json"]);
    expect(provisional.code).toBe(0);
    const team = JSON.parse(provisional.stdout).teams[0];
    expect(team).toMatchObject({ complete: false });
    expect(team.band).toBeUndefined();
    expect(team.totalMax - team.totalMin).toBe(4 * 17);
  });
});

describe("fidelity score --json and staff names", () => {
  const names = [
    ...new Set(
      readFileSync(join(EXAMPLE, "utetid.csv"), "utf8")
        .split("\n")
        .slice(1)
        .map((l) => l.split(",")[0])
        .filter((n): n is string => Boolean(n)),
    ),
  ];

  it("shows specialists as JS1…JSn unless --show-staff-names", async () => {
    expect(names.length).toBe(6);
    const r = await cli(["score", EXAMPLE, "--no-pdf", "--json"]);
    for (const name of names) expect(r.stdout).not.toContain(name);
    expect(r.stdout).toContain('"specialist": "JS1"');
    const named = await cli(["score", EXAMPLE, "--no-pdf", "--json", "--show-staff-names"]);
    for (const name of names) expect(named.stdout).toContain(name);
  });
});
