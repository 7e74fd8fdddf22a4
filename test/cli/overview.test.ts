/**
 * `fidelity score` writes oversikt.pdf beside the summaries: with the teams' groups, from the compact rows, the
 * same bytes for the same teams, the change since an earlier output folder; `--no-overview` and `--no-pdf` skip it.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { cli } from "../helpers/cli.js";
import { pdfText } from "../helpers/pdf-text.js";

const EXAMPLES = join(import.meta.dirname, "../../examples");

/** The IPS example in Agder (independent review), the Utvidet oppfølging example in Viken (self-assessment). */
function batch(): string {
  const dir = mkdtempSync(join(tmpdir(), "overview-"));
  const teams: [string, Record<string, unknown>][] = [
    ["ips-team", { group: "Agder", reviewType: "independent-review" }],
    ["uo-team", { group: "Viken", reviewType: "self-assessment" }],
  ];
  for (const [name, extra] of teams) {
    cpSync(join(EXAMPLES, name), join(dir, name), { recursive: true });
    const file = join(dir, name, "team.json");
    writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, "utf8")), ...extra }));
  }
  return dir;
}

/** Every specialist name and participant id in the teams' CSVs (for the privacy check). */
function personalValues(dir: string): string[] {
  const values = new Set<string>();
  for (const team of ["ips-team", "uo-team"])
    for (const file of ["utetid.csv", "portefolje.csv"]) {
      const path = join(dir, team, file);
      if (!existsSync(path)) continue;
      const [head = "", ...rows] = readFileSync(path, "utf8")
        .replace(/^\uFEFF/, "")
        .trim()
        .split("\n");
      const cols = head.split(",");
      for (const r of rows) {
        const cells = r.split(",");
        for (const c of ["jobbspesialist", "deltaker"]) {
          const v = cells[cols.indexOf(c)];
          if (v) values.add(v);
        }
      }
    }
  return [...values];
}

describe("oversikt.pdf from fidelity score", () => {
  let dir = "";
  let first = "";
  beforeAll(async () => {
    dir = batch();
    first = join(dir, "round-1");
    const r = await cli(["score", dir, "--out", first]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`Oversikt over alle team: ${join(first, "oversikt.pdf")}`);
  }, 120_000);

  it("is written beside the summaries, with both teams, their groups and review types, and no person in it", async () => {
    const text = await pdfText(readFileSync(join(first, "oversikt.pdf")));
    for (const s of ["IPS-team Bergen sentrum", "Agder (1), Viken (1)", "Uavhengig evaluering: 1", "Egenvurdering: 1"])
      expect(text).toContain(s);
    const people = personalValues(dir);
    expect(people.length).toBeGreaterThan(5);
    for (const p of people) expect(text).not.toContain(p);
  }, 60_000);

  it("summary.json has each team's group, review type and key metrics as numbers, and the groups", () => {
    const summary = JSON.parse(readFileSync(join(first, "summary.json"), "utf8"));
    const ips = summary.teams.find((t: { scale: string }) => t.scale === "ips-25");
    expect(ips.group).toBe("Agder");
    expect(ips.reviewType).toBe("independent-review");
    expect(typeof ips.metrics.utetidPct).toBe("number");
    expect(typeof ips.metrics.caseloadPerFte).toBe("number");
    expect(summary.groups.map((g: { group: string; teams: number }) => [g.group, g.teams])).toEqual([
      ["Agder", 1],
      ["Viken", 1],
    ]);
    const csv = readFileSync(join(first, "summary.csv"), "utf8")
      .replace(/^\uFEFF/, "")
      .split("\r\n");
    const header = csv[0]?.split(";") ?? [];
    const row = csv.find((l) => l.startsWith("IPS-team"))?.split(";") ?? [];
    // bokmål headers (the default language; summary.csv follows --lang)
    expect(row[header.indexOf("gruppe")]).toBe("Agder");
    expect(row[header.indexOf("utetid_prosent")]).toMatch(/^\d+(,\d{1,2})?$/);
  });

  it("score --json has summary.json's groups block, the same aggregates", async () => {
    const out = join(dir, "json");
    const r = await cli(["score", dir, "--out", out, "--no-pdf", "--json"]);
    expect(r.code).toBe(0);
    const printed = JSON.parse(r.stdout);
    const summary = JSON.parse(readFileSync(join(out, "summary.json"), "utf8"));
    expect(printed.groups.map((g: { group: string; teams: number }) => [g.group, g.teams])).toEqual([
      ["Agder", 1],
      ["Viken", 1],
    ]);
    expect(printed.groups).toEqual(summary.groups);
    expect(Object.keys(printed)).toEqual(["teams", "failed", "groups"]);
  }, 120_000);

  it("the same teams give the same bytes; --previous-dir adds the change since then", async () => {
    const second = join(dir, "round-2");
    const r = await cli(["score", dir, "--out", second, "--previous-dir", first]);
    expect(r.code).toBe(0);
    const again = join(dir, "round-1-again");
    expect((await cli(["score", dir, "--out", again])).code).toBe(0);
    expect(readFileSync(join(again, "oversikt.pdf")).equals(readFileSync(join(first, "oversikt.pdf")))).toBe(true);
    const text = await pdfText(readFileSync(join(second, "oversikt.pdf")));
    expect(text).toContain("Endring siden forrige runde");
    expect(text).toContain("Sammenlignet med round-1 (2 team)");
  }, 120_000);

  it("--no-overview and --no-pdf write no oversikt.pdf; a --previous-dir that is no output folder is a usage error", async () => {
    const out = join(dir, "no-overview");
    expect((await cli(["score", dir, "--out", out, "--no-overview"])).code).toBe(0);
    expect(existsSync(join(out, "summary.json"))).toBe(true);
    expect(existsSync(join(out, "oversikt.pdf"))).toBe(false);
    const noPdf = join(dir, "no-pdf");
    expect((await cli(["score", dir, "--out", noPdf, "--no-pdf"])).code).toBe(0);
    expect(existsSync(join(noPdf, "oversikt.pdf"))).toBe(false);
    const bad = await cli([
      "score",
      dir,
      "--out",
      join(dir, "bad"),
      "--no-pdf",
      "--previous-dir",
      join(dir, "ips-team"),
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("har ingen summary.json og ingen *.evaluation.json");
    expect(existsSync(join(dir, "bad"))).toBe(false);
  }, 120_000);
});
