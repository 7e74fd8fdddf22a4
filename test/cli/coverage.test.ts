/**
 * A visit date two weeks after the exports' last day (issue 9, part 3): the example IPS team's files end on
 * 25.11.2026; with the visit on 10.12.2026 the window is 15.10.–09.12.2026 and its last 2 weeks
 * (26.11.–09.12.2026) have no row in either file. Warned in validate (exit 0), score, summary.csv/json and
 * page 1 of the PDF; an error under --require-complete (exit 3).
 */
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "../helpers/cli.js";
import { pdfPages } from "../helpers/pdf-text.js";

const EXAMPLE = join(import.meta.dirname, "../../examples/ips-team");
const LATE = ["--visit-date", "2026-12-10"];
const UTETID_NB =
  "Utetid dekker 17.09.2026–25.11.2026; 2 av 8 uker mangler for hele teamet (26.11.2026–09.12.2026) – stemmer besøksdatoen?";
const CONTACTS_NB =
  "Arbeidsgiverkontaktene dekker 17.09.2026–25.11.2026; 2 av 8 uker mangler for hele teamet (26.11.2026–09.12.2026) – stemmer besøksdatoen?";

describe("coverage gaps: a visit date after the exports' last day", () => {
  it("validate warns per file and still says valid (exit 0)", async () => {
    const r = await cli(["validate", EXAMPLE, ...LATE]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`${join(EXAMPLE, "utetid.csv")}: `);
    expect(r.stdout).toContain(UTETID_NB);
    expect(r.stdout).toContain(CONTACTS_NB);
    expect(r.stdout).toContain("Gyldig.");
    const en = await cli(["validate", EXAMPLE, ...LATE, "--lang", "en", "--json"]);
    expect(en.code).toBe(0);
    expect(JSON.parse(en.stdout).teams[0].problems).toContainEqual(
      expect.stringContaining(
        "Utetid covers 2026-09-17–2026-11-25; 2 of 8 weeks are missing for the whole team (2026-11-26–2026-12-09) – is the visit date right?",
      ),
    );
  });

  it("score says it, summary.csv holds it in the problem cell, summary.json in coverage, page 1 of the PDF shows it", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "coverage-")), "out");
    const r = await cli(["score", EXAMPLE, ...LATE, "--out", out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(UTETID_NB);
    expect(r.stderr).toContain(CONTACTS_NB);
    const csv = readFileSync(join(out, "summary.csv"), "utf8").split("\r\n");
    const header = (csv[0] ?? "").replace(/^\uFEFF/, "").split(";");
    expect(header.indexOf("problem")).toBeGreaterThan(-1);
    expect(csv[1]).toContain(`utetid.csv: ${UTETID_NB}`);
    const summary = JSON.parse(readFileSync(join(out, "summary.json"), "utf8"));
    expect(summary.teams[0].coverage).toHaveLength(2);
    expect(summary.teams[0].coverage[1]).toContain(`arbeidsgiverkontakter.csv: ${CONTACTS_NB}`);
    const { pages } = await pdfPages(readFileSync(join(out, "ips-team-bergen-sentrum.pdf")));
    expect((pages[0] ?? "").replace(/\s+/g, " ")).toContain(UTETID_NB);
  });

  it("no specialist is listed as away for the weeks the exports do not reach", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "coverage-")), "out");
    await cli(["score", EXAMPLE, ...LATE, "--out", out]);
    const evaluation = JSON.parse(readFileSync(join(out, "ips-team-bergen-sentrum.evaluation.json"), "utf8"));
    expect(evaluation.metrics.utetid.uncoveredBlocks).toEqual([1, 2]);
    for (const s of evaluation.metrics.utetid.specialists) expect(s.absentBlocks).not.toContain(1);
  });

  it("--require-complete makes the team incomplete: exit 3, nothing written, a failed row saying why", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "coverage-")), "out");
    const r = await cli(["score", EXAMPLE, ...LATE, "--out", out, "--require-complete"]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(UTETID_NB);
    expect(existsSync(join(out, "ips-team-bergen-sentrum.pdf"))).toBe(false);
    const summary = JSON.parse(readFileSync(join(out, "summary.json"), "utf8"));
    expect(summary.failed[0]).toMatchObject({
      failure: "coverage-gap",
      reason: "dataene dekker ikke hele vinduet (2 filer)",
    });
  });

  it("with the visit date the exports cover, nothing is said", async () => {
    const r = await cli(["validate", EXAMPLE]);
    expect(r.stdout).not.toContain("mangler for hele teamet");
    const s = await cli(["score", EXAMPLE, "--no-pdf", "--json"]);
    expect(JSON.parse(s.stdout).teams[0].coverage).toBeUndefined();
  });
});
