import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "../helpers/cli.js";

describe("fidelity scales", () => {
  it("lists both instruments with id, version and item count", async () => {
    const r = await cli(["scales"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ips-25\s+v\S+\s+25 punkter\s+IPS-kvalitetsskala/m);
    expect(r.stdout).toMatch(/^kvalitetsveileder\s+v\S+\s+10 punkter/m);
  });

  it("--json gives IPS-25 with 25 items (3 + 8 + 14), maximum total 125", async () => {
    const r = await cli(["scales", "ips-25", "--json"]);
    const scale = JSON.parse(r.stdout);
    expect(scale.sections.map((s: { items: unknown[] }) => s.items.length)).toEqual([3, 8, 14]);
    const max = scale.sections.reduce((n: number, s: { items: unknown[] }) => n + 5 * s.items.length, 0);
    expect(max).toBe(125);
    expect(Math.max(...scale.bands.map((b: { max: number }) => b.max))).toBe(125);
  });

  it("--json gives Kvalitetsveilederen as 10 points in two groups", async () => {
    const r = await cli(["scales", "kvalitetsveileder", "--json"]);
    const scale = JSON.parse(r.stdout);
    expect(scale.sections.map((s: { items: unknown[] }) => s.items.length)).toEqual([5, 5]);
  });

  it.each(["nb", "en"])("prints items by section with anchors, within 80 columns (%s)", async (lang) => {
    const r = await cli(["scales", "ips-25", "--lang", lang]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\n");
    expect(lines.filter((l) => l.length > 80)).toEqual([]);
    expect(r.stdout).toContain(lang === "nb" ? "BEMANNING (maks 15)" : "STAFFING (max 15)");
    expect(r.stdout).toMatch(/^T14 /m);
    expect(lines[0]).toBe(
      lang === "nb"
        ? "IPS-kvalitetsskala (IPS-25) · ips-25 v2019-nb-1"
        : "IPS Supported Employment Fidelity Scale (IPS-25) · ips-25 v2019-nb-1",
    );
  });

  it("an unknown scale is a usage error, in bokmål by default and English with --lang en", async () => {
    const r = await cli(["scales", "ips-26"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('ukjent skala "ips-26": velg en av ips-25, kvalitetsveileder');
    const en = await cli(["scales", "ips-26", "--lang", "en"]);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('unknown scale "ips-26": choose one of ips-25, kvalitetsveileder');
  });

  it("--scale-file refuses a broken file naming the JSON path (exit 3)", async () => {
    const scale = JSON.parse(readFileSync(join(import.meta.dirname, "../../templates/scales/ips-25.json"), "utf8"));
    scale.sections[0].items[1].anchors.pop();
    scale.sections[2].items[0].id = "B1";
    const file = join(mkdtempSync(join(tmpdir(), "scale-")), "broken.json");
    writeFileSync(file, JSON.stringify(scale));
    const r = await cli(["scales", "--scale-file", file]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(`${file}: sections[0].items[1].anchors: ankeret for skår 5 mangler`);
    expect(r.stderr).toContain(`${file}: sections[2].items[0].id: punkt-id-en "B1" står to ganger`);
  });
});

describe("errors and exit codes", () => {
  it("an unknown command or option is a usage error (2)", async () => {
    expect((await cli(["frobnicate"])).code).toBe(2);
    expect((await cli(["scales", "--frob"])).code).toBe(2);
    expect((await cli(["--lang", "de", "scales"])).code).toBe(2);
  });

  it("a missing file is an IO error (4) without a stack trace", async () => {
    const r = await cli(["report", "no/such/file.evaluation.json", "--lang", "en"]);
    expect(r.code).toBe(4);
    expect(r.stderr).toContain("no/such/file.evaluation.json does not exist");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("--help lists every command", async () => {
    const r = await cli(["--help"]);
    expect(r.code).toBe(0);
    for (const c of ["evaluate", "score", "validate", "report", "scales", "init"])
      expect(r.stdout).toMatch(new RegExp(`^  ${c}\\b`, "m"));
  });
});

describe("fidelity init", () => {
  it("creates a team folder the validator accepts, and never overwrites", async () => {
    const dir = join(mkdtempSync(join(tmpdir(), "init-")), "team-nord");
    const r = await cli(["init", dir, "--visit-date", "2026-12-03"]);
    expect(r.code).toBe(0);
    const team = JSON.parse(readFileSync(join(dir, "team.json"), "utf8"));
    expect(team).toMatchObject({ name: "team-nord", scale: "ips-25", visitDate: "2026-12-03" });
    const answers = JSON.parse(readFileSync(join(dir, "vurderinger.json"), "utf8"));
    expect(answers.B2).toEqual({});
    expect(answers.B1).toBeUndefined();
    const v = await cli(["validate", dir]);
    expect(v.code).toBe(0);
    expect(v.stdout).toMatch(/\.csv:1: advarsel: /); // a warning, said in bokmål (issue 9)
    const again = await cli(["init", dir]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("ingenting er skrevet (init overskriver aldri)");
    const againEn = await cli(["init", dir, "--lang", "en"]);
    expect(againEn.code).toBe(2);
    expect(againEn.stderr).toContain("nothing was written (init never overwrites)");
  });
});

describe("fidelity report on a damaged evaluation file", () => {
  it.each([
    [
      "a metrics block of the wrong shape",
      (e: Record<string, unknown>) => ((e.metrics as Record<string, unknown>).utetid = {}),
    ],
    ["an impossible visit date", (e: Record<string, unknown>) => (e.visitDate = "2026-13-45")],
  ])("%s is invalid data (exit 3), not a crash", async (_, damage) => {
    const dir = mkdtempSync(join(tmpdir(), "damaged-"));
    const ok = await cli(["score", join(import.meta.dirname, "../../examples/uo-team"), "--out", dir, "--no-pdf"]);
    expect(ok.code).toBe(0);
    const file = join(dir, "utvidet-oppfolging-nav-tromso.evaluation.json");
    const json = JSON.parse(readFileSync(file, "utf8"));
    damage(json);
    writeFileSync(file, JSON.stringify(json));
    const r = await cli(["report", file]);
    expect(r.code).toBe(3);
    expect(r.stderr).not.toContain("internal error");
  });
});

describe("fidelity init errors", () => {
  it("a path under a file is an IO error (4)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "init-"));
    writeFileSync(join(dir, "file"), "x");
    const r = await cli(["init", join(dir, "file", "team")]);
    expect(r.code).toBe(4);
  });

  // Issue 9: 26.11.2026 (the form the CSVs use) is a date now; a date that does not exist is the usage error.
  it("a bad --visit-date is a usage error (2) and writes nothing", async () => {
    const dir = join(mkdtempSync(join(tmpdir(), "init-")), "t");
    const r = await cli(["init", dir, "--visit-date", "31.02.2026"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--visit-date må være en dato, f.eks. 26.11.2026 eller 2026-11-26, ikke "31.02.2026"');
    expect(existsSync(dir)).toBe(false);
  });

  it.each([["26.11.2026"], ["26.11.26"], ["26/11/2026"], ["2026-11-26"]])(
    "--visit-date %s is written to team.json as 2026-11-26",
    async (date) => {
      const dir = join(mkdtempSync(join(tmpdir(), "init-")), "t");
      const r = await cli(["init", dir, "--visit-date", date]);
      expect(r.code).toBe(0);
      expect(JSON.parse(readFileSync(join(dir, "team.json"), "utf8")).visitDate).toBe("2026-11-26");
    },
  );
});

describe("fidelity report's default output", () => {
  it("is <team>.pdf in the evaluation's language, <team>.en.pdf in another, so the Norwegian PDF is kept", async () => {
    const dir = mkdtempSync(join(tmpdir(), "report-lang-"));
    expect((await cli(["score", join(import.meta.dirname, "../../examples/uo-team"), "--out", dir])).code).toBe(0);
    const file = join(dir, "utvidet-oppfolging-nav-tromso.evaluation.json");
    const nbPdf = readFileSync(join(dir, "utvidet-oppfolging-nav-tromso.pdf"));
    const en = await cli(["report", file, "--lang", "en"]);
    expect(en.code).toBe(0);
    expect(en.stderr).toContain(`Report written: ${join(dir, "utvidet-oppfolging-nav-tromso.en.pdf")}`);
    expect(readFileSync(join(dir, "utvidet-oppfolging-nav-tromso.pdf")).equals(nbPdf)).toBe(true);
    const again = await cli(["report", file]);
    expect(again.stderr).toContain(`Rapport skrevet: ${join(dir, "utvidet-oppfolging-nav-tromso.pdf")}`);
    expect(readFileSync(join(dir, "utvidet-oppfolging-nav-tromso.pdf")).equals(nbPdf)).toBe(true);
  });
});

describe("fidelity report --previous", () => {
  it("refuses another team's evaluation, or one that is not earlier", async () => {
    const dir = mkdtempSync(join(tmpdir(), "trend-"));
    const examples = join(import.meta.dirname, "../../examples");
    expect((await cli(["score", examples, "--out", dir, "--no-pdf"])).code).toBe(0);
    const bergen = join(dir, "ips-team-bergen-sentrum.evaluation.json");
    const elverum = join(dir, "ips-team-elverum-og-loten.evaluation.json");
    const other = await cli(["report", bergen, "--previous", elverum, "--out", join(dir, "x.pdf")]);
    expect(other.code).toBe(2);
    expect(other.stderr).toContain("en trend sammenligner samme team");
    const otherEn = await cli(["report", bergen, "--previous", elverum, "--out", join(dir, "x.pdf"), "--lang", "en"]);
    expect(otherEn.stderr).toContain("a trend compares the same team");
    const same = await cli(["report", bergen, "--previous", bergen, "--out", join(dir, "x.pdf")]);
    expect(same.code).toBe(2);
    expect(same.stderr).toContain("ikke før dette besøket");
    const sameEn = await cli(["report", bergen, "--previous", bergen, "--out", join(dir, "x.pdf"), "--lang", "en"]);
    expect(sameEn.stderr).toContain("not before this visit");
  });
});

describe("an evaluation file with an identity number in its free text", () => {
  it("is refused by report (exit 3) without echoing the number", async () => {
    const dir = mkdtempSync(join(tmpdir(), "id-"));
    expect(
      (await cli(["score", join(import.meta.dirname, "../../examples/uo-team"), "--out", dir, "--no-pdf"])).code,
    ).toBe(0);
    const file = join(dir, "utvidet-oppfolging-nav-tromso.evaluation.json");
    const json = JSON.parse(readFileSync(file, "utf8"));
    // A synthetic number (month + 80 marks a test number; check digits computed for it).
    const id = syntheticId("018126");
    json.items[0].note = `Gjelder ${id}`;
    writeFileSync(file, JSON.stringify(json));
    const r = await cli(["report", file]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain("items.0.note: contains what looks like a Norwegian national identity number");
    expect(r.stderr + r.stdout).not.toContain(id);
  });
});

/** An 11-digit number with valid mod-11 check digits for the 9 digits `date6 + "123"`… searched for a valid one. */
function syntheticId(date6: string): string {
  const w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
  const w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  for (let n = 100; n < 1000; n++) {
    const d = `${date6}${n}`.split("").map(Number);
    const k1 = 11 - (w1.reduce((s, w, i) => s + w * (d[i] ?? 0), 0) % 11);
    if (k1 === 10) continue;
    const c1 = k1 === 11 ? 0 : k1;
    const d2 = [...d, c1];
    const k2 = 11 - (w2.reduce((s, w, i) => s + w * (d2[i] ?? 0), 0) % 11);
    if (k2 === 10) continue;
    return `${date6}${n}${c1}${k2 === 11 ? 0 : k2}`;
  }
  throw new Error("no id");
}
