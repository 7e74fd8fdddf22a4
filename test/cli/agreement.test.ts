/** `fidelity agreement`: finding and pairing evaluation files, the table, --json, and what is not paired. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cli } from "../helpers/cli.js";
import { evaluationOf, ipsScores, writeEvaluation } from "../helpers/evaluations.js";
import { ips25 } from "../helpers/scales.js";

const ips = ips25();
let root: string;

/** Kari's and Ola's evaluations of three teams (the data of test/core/agreement/across-pairs.test.ts). */
function write(
  dir: string,
  name: string,
  team: string,
  who: string,
  set: Record<string, number>,
  fill = 4,
  date?: string,
) {
  mkdirSync(join(root, dir), { recursive: true });
  writeEvaluation(
    join(root, dir, name),
    evaluationOf(ips, ipsScores(ips, fill, set), { team, evaluators: [who], ...(date ? { visitDate: date } : {}) }),
  );
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "fidelity-agreement-"));
  write("kari", "nord.evaluation.json", "Team Nord", "Kari", {});
  write("ola", "nord.evaluation.json", "Team Nord", "Ola", {});
  write("kari", "sor.evaluation.json", "Team Sør", "Kari", { B1: 2, T1: 2 });
  write("ola", "sor.evaluation.json", "Team Sør", "Ola", { B1: 3, T1: 5 });
  write("kari", "vest.evaluation.json", "Team Vest", "Kari", {}, 3);
  write("ola/2026", "vest.evaluation.json", "Team Vest", "Ola", { B1: 4 }, 3);
  write("kari", "ost.evaluation.json", "Team Øst", "Kari", {});
  // Left out: a set-aside copy, a session in .fidelity.
  write("ola", "nord.replaced-20261126100000.evaluation.json", "Team Nord", "Ola", { B2: 1 });
  write("ola/.fidelity", "nord.evaluation.json", "Team Nord", "Ola", { B2: 1 });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("fidelity agreement", () => {
  it("pairs the files under the folders and prints the statistics (nb)", async () => {
    const r = await cli(["agreement", "kari", "ola"], { cwd: root });
    expect(r.code).toBe(0);
    // 75 item pairs, 3 differ (differences 1, 3, 1): exact 72/75 = 96 %, within one 74/75 = 98,7 %,
    // mean difference 5/75 = 0,07; ICC(A,1) of the totals (100,100) (96,100) (75,76) = 13248/13452 = 0,98.
    expect(r.stdout).toContain("3 par av vurderinger");
    expect(r.stdout).toMatch(/Eksakt enighet\s+96\s%/);
    expect(r.stdout).toMatch(/Innenfor ett poeng\s+98,7\s%/);
    expect(r.stdout).toMatch(/Gjennomsnittlig absolutt forskjell\s+0,07/);
    expect(r.stdout).toMatch(/ICC\(A,1\) for totalsummene\s+0,98 \(n = 3 par\)/);
    expect(r.stdout).toMatch(/Team Sør\s+26\.11\.2026\s+Kari\s+Ola\s+96\s+100\s+2\s+92\s%/);
    expect(r.stdout).toMatch(/B1\s+Portefølje\s+3\s+2\s+67\s%\s+0,67/);
    expect(r.stderr).toContain("Ikke parret (1)");
    expect(r.stderr).toContain(
      "kari/ost.evaluation.json: ingen annen vurdering av samme team, besøksdato og skala (Team Øst, 26.11.2026",
    );
    expect(r.stderr).toContain("1 tilsidesatt(e) fil(er)");
  });

  it("--json: the same figures, proportions 0–1, not-defined as null", async () => {
    const r = await cli(["agreement", ".", "--json"], { cwd: root });
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    const s = json.scales[0];
    expect(s.scale.id).toBe("ips-25");
    expect(s.pairs.map((p: { team: string }) => p.team)).toEqual(["Team Nord", "Team Sør", "Team Vest"]);
    expect(s.overall.exactAgreement).toEqual({ value: 72 / 75, n: 75 });
    expect(s.overall.withinOne.value).toBeCloseTo(74 / 75, 12);
    expect(s.overall.kappa.weights).toBe("linear");
    expect(s.totalsIcc.value).toBeCloseTo(13248 / 13452, 12);
    expect(s.totalsIcc.n).toBe(3);
    // Team Nord: every item 4 on both sides — kappa not defined.
    expect(s.pairs[0].statistics.kappa).toMatchObject({ value: null, notDefined: "one-category" });
    expect(s.pairs[1]).toMatchObject({
      a: { file: "kari/sor.evaluation.json", evaluators: ["Kari"], total: { value: 96, band: { id: "godkjent" } } },
      b: { file: "ola/sor.evaluation.json", total: { value: 100, band: { id: "god" } } },
      disagreements: ["B1", "T1"],
    });
    expect(s.items.find((i: { itemId: string }) => i.itemId === "T1")).toEqual({
      itemId: "T1",
      n: 3,
      disagreements: 1,
      rate: 1 / 3,
      meanAbsoluteDifference: 1,
    });
    expect(json.unpaired).toEqual([
      {
        file: "kari/ost.evaluation.json",
        team: "Team Øst",
        visitDate: "2026-11-26",
        scale: "ips-25 2019-nb-1",
        reason: "alone",
        count: 1,
      },
    ]);
    expect(json.setAside).toEqual(["ola/nord.replaced-20261126100000.evaluation.json"]);
  });

  it("--lang en", async () => {
    const r = await cli(["agreement", "kari", "ola", "--lang", "en"], { cwd: root });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Exact agreement\s+96\s%/);
    expect(r.stdout).toMatch(/Cohen's kappa, linearly weighted\s+\d\.\d\d \(n = 75\)/);
    expect(r.stdout).toContain("Kappa “–”: not defined");
    expect(r.stderr).toContain("no other evaluation of the same team, visit date and instrument (Team Øst, 2026-11-26");
  });

  it("nothing to pair: exit 3 naming each file and why", async () => {
    const r = await cli(["agreement", "kari/ost.evaluation.json", "kari/nord.evaluation.json"], { cwd: root });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain("ingen to evalueringer av samme team, besøksdato og instrument blant 2 filer");
    expect(r.stderr).toContain("kari/nord.evaluation.json: ingen annen vurdering");
    expect(r.stderr).toContain("kari/ost.evaluation.json: ingen annen vurdering");
    expect(r.stdout).toBe("");
    const en = await cli(["agreement", "kari/ost.evaluation.json", "kari/nord.evaluation.json", "--lang", "en"], {
      cwd: root,
    });
    expect(en.code).toBe(3);
    expect(en.stderr).toContain("no two evaluations of the same team, visit date and instrument among 2 files");
    expect(en.stderr).toContain("kari/nord.evaluation.json: no other evaluation");
  });

  it("a folder without evaluation files: exit 3", async () => {
    mkdirSync(join(root, "empty"), { recursive: true });
    const r = await cli(["agreement", "empty"], { cwd: root });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain("ingen evalueringsfiler (*.evaluation.json) under empty");
    const en = await cli(["agreement", "empty", "--lang", "en"], { cwd: root });
    expect(en.code).toBe(3);
    expect(en.stderr).toContain("no evaluation files (*.evaluation.json) under empty");
  });

  it("a damaged file is reported (exit 3) but the pairs are still compared", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fidelity-agreement-bad-"));
    try {
      writeFileSync(join(dir, "broken.evaluation.json"), "{ not json");
      const r = await cli(["agreement", join(root, "kari"), join(root, "ola"), dir], { cwd: root });
      expect(r.code).toBe(3);
      expect(r.stdout).toContain("3 par av vurderinger");
      expect(r.stderr).toMatch(/broken\.evaluation\.json.*not valid JSON|broken\.evaluation\.json:/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("a path that does not exist: exit 4", async () => {
    const r = await cli(["agreement", "nowhere"], { cwd: root });
    expect(r.code).toBe(4);
    expect(r.stderr).toContain("nowhere does not exist");
  });
});
