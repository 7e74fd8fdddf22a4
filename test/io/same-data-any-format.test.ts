/**
 * The same team saved the way Norwegian Excel saves it (Windows-1252, `;`, decimal comma, dd.mm.yyyy, display
 * headers with æøå) and as plain UTF-8 (`,`, ISO dates, canonical headers) must give identical metrics.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildTeam, writeTeamFolder } from "../../scripts/generate-team.js";
import { evaluateLoadedTeam } from "../../src/cli/team-evaluation.js";
import { loadTeams } from "../../src/io/team-folder.js";

async function metricsOf(dir: string) {
  const [team] = await loadTeams([dir]);
  if (!team) throw new Error("no team");
  expect(team.issues).toEqual([]);
  const { evaluation } = evaluateLoadedTeam(team, { lang: "nb", today: "2026-11-26" });
  // The Excel export names its files as people do (`Portefølje.csv`); everything else must be identical.
  const json = JSON.stringify({
    metrics: evaluation.metrics,
    suggestions: evaluation.suggestions,
    items: evaluation.items,
  })
    .replaceAll("Portefølje.csv", "portefolje.csv")
    .replaceAll("Arbeidsgiverkontakter.csv", "arbeidsgiverkontakter.csv")
    .replaceAll("Utetid.csv", "utetid.csv");
  return JSON.parse(json);
}

describe("same data, any export format", () => {
  it("Windows-1252 + semicolon + decimal comma gives the same metrics as UTF-8 + comma", async () => {
    const team = buildTeam({ seed: "format-equivalence", teamName: "Team Ærlig Østre Ålesund", specialists: 5 });
    const root = mkdtempSync(join(tmpdir(), "formats-"));
    const excel = join(root, "excel");
    const utf8 = join(root, "utf8");
    writeTeamFolder(excel, team, { format: "excel-nb", headerStyle: "display" });
    writeTeamFolder(utf8, team, { format: "utf8", headerStyle: "canonical" });
    const a = await metricsOf(excel);
    const b = await metricsOf(utf8);
    expect(a.metrics?.utetid.specialists.length).toBe(5);
    expect(a.metrics?.employerContacts.totalCounted).toBeGreaterThan(0);
    expect(a).toEqual(b);
  });
});
