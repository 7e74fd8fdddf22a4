/**
 * Command texts that were English only (issue 9), now in bokmål by default and English with --lang en: a
 * team.json naming an unknown scale.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "../helpers/cli.js";

describe("a team.json naming an unknown scale", () => {
  it("is named in bokmål by default and in English with --lang en", async () => {
    const root = mkdtempSync(join(tmpdir(), "fidelity-cmd-msg-"));
    const team = join(root, "lag");
    mkdirSync(team);
    writeFileSync(join(team, "team.json"), JSON.stringify({ name: "Lag", scale: "nope", visitDate: "2026-11-20" }));
    const nb = await cli(["score", team, "--no-pdf", "--out", join(root, "nb")]);
    const en = await cli(["score", team, "--no-pdf", "--out", join(root, "en"), "--lang", "en"]);
    expect(nb.stderr).toContain("Lag: team.json oppgir en ukjent skala");
    expect(en.stderr).toContain("Lag: team.json names an unknown scale");
  });
});
