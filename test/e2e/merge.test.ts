/**
 * End to end with the built CLI: two evaluators score the same team folder with different answers files,
 * `merge` without a terminal names the disagreements (exit 2), then merges with a consensus answers file;
 * `agreement` over the two reads the same figures.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, runBin } from "../helpers/run-bin.js";

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "fidelity-e2e-merge-"));
  for (const who of ["kari", "ola"])
    cpSync(join(ROOT, "examples", "ips-team"), join(root, `${who}-team`), { recursive: true });
  // Ola rates B3 and O3 one point lower than the example's answers file.
  const answers = join(root, "ola-team", "vurderinger.json");
  const json = JSON.parse(readFileSync(answers, "utf8"));
  const lower = (v: unknown) =>
    typeof v === "number"
      ? v - 1
      : { ...(v as Record<string, unknown>), score: ((v as { score: number }).score ?? 0) - 1 };
  json.B3 = lower(json.B3);
  json.O3 = lower(json.O3);
  writeFileSync(answers, JSON.stringify(json, null, 2));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("merge and agreement with the built CLI", () => {
  it("two scorings with different answers files are refused: the input data differs", () => {
    for (const who of ["kari", "ola"]) {
      const r = runBin(["score", join(root, `${who}-team`), "--out", join(root, who), "--no-pdf"]);
      expect(r.code).toBe(0);
    }
    const a = join(root, "kari", "ips-team-bergen-sentrum.evaluation.json");
    const b = join(root, "ola", "ips-team-bergen-sentrum.evaluation.json");
    // The two answers files differ, so the input data differs: refused.
    const refused = runBin(["merge", a, b, "--out", join(root, "konsensus"), "--lang", "en"]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("different input data (sha256): answers");
  });

  it("the same data, different ratings: exit 2 naming them, then a consensus", () => {
    // As in a real visit both evaluators rate from the same exports; only their ratings differ.
    const a = join(root, "kari", "ips-team-bergen-sentrum.evaluation.json");
    const bFile = join(root, "ola", "ips-team-bergen-sentrum.evaluation.json");
    const b = JSON.parse(readFileSync(bFile, "utf8"));
    b.inputs = JSON.parse(readFileSync(a, "utf8")).inputs;
    const bSame = join(root, "ola-same.evaluation.json");
    writeFileSync(bSame, JSON.stringify(b, null, 2));
    const out = join(root, "konsensus");
    const missing = runBin(["merge", a, bSame, "--out", out]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("A og B er uenige om 2 punkter og ingen fil med konsensussvar er gitt: B3, O3");
    const missingEn = runBin(["merge", a, bSame, "--out", out, "--lang", "en"]);
    expect(missingEn.code).toBe(2);
    expect(missingEn.stderr).toContain("A and B differ on 2 items and no consensus answers file was given: B3, O3");
    const answers = join(root, "konsensus.json");
    writeFileSync(
      answers,
      JSON.stringify({
        B3: { score: 4, rationale: "Begge faser dekkes." },
        O3: { score: 3, rationale: "Samarbeidet er ujevnt." },
      }),
    );
    const merged = runBin(["merge", a, bSame, "--out", out, "--answers", answers, "--json"]);
    expect(merged.code).toBe(0);
    const json = JSON.parse(merged.stdout);
    expect(json.disagreements).toEqual(["B3", "O3"]);
    expect(json.statistics.exactAgreement).toEqual({ value: 23 / 25, n: 25 });
    expect(json.consensus.pdf).toBe(join(out, "ips-team-bergen-sentrum.consensus.pdf"));

    const agreement = runBin(["agreement", a, bSame, "--json"]);
    expect(agreement.code).toBe(0);
    expect(JSON.parse(agreement.stdout).scales[0].overall.exactAgreement).toEqual({ value: 23 / 25, n: 25 });
  });
});
