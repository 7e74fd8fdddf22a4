/** `fidelity score` edge cases, in-process (the built-bin runs are in test/e2e/score.test.ts). */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { formatDate } from "../../src/core/format.js";
import { cli } from "../helpers/cli.js";
import { pdfText } from "../helpers/pdf-text.js";

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
    expect(r.stderr).toContain(`${join(dir, "b/team.json")}: scale: ukjent skala "ips25"`);
    const en = await cli(["score", dir, "--out", join(dir, "out-en"), "--no-pdf", "--lang", "en"]);
    expect(en.stderr).toContain(`${join(dir, "b/team.json")}: scale: unknown scale "ips25"`);
    const summary = JSON.parse(readFileSync(join(out, "summary.json"), "utf8"));
    expect(summary.teams.map((t: { team: string }) => t.team)).toEqual(["IPS-team Bergen sentrum"]);
    expect(summary.failed.map((t: { team: string }) => t.team)).toEqual(["Team B"]);
  });

  it("two teams with the same name do not overwrite each other: the second is refused", async () => {
    const dir = twoTeams(() => {});
    const out = join(dir, "out");
    const r = await cli(["score", dir, "--out", out, "--no-pdf"]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain("lagnavnet «IPS-team Bergen sentrum» gir de samme filnavnene");
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
    [["--visit-date", "2026-02-30"], '--visit-date must be a date, e.g. 26.11.2026 or 2026-11-26, got "2026-02-30"'],
    [["--lookback-weeks", "0"], "--lookback-weeks must be a whole number from 1 to 52"],
    [["--fail-under", "abc"], "--fail-under must be a whole number"],
    [
      ["--fail-under", "200"],
      "--fail-under must be at most 125, the highest ips-25 total, got 200 (it applies to IPS totals only; Kvalitetsveilederen teams have colours, no total, and never count as below it)",
    ],
    [["--fail-under", "126"], "--fail-under must be at most 125"],
    [
      [
        "--fail-under",
        "50",
        "--scale-file",
        join(import.meta.dirname, "../../templates/scales/kvalitetsveileder.json"),
      ],
      "has none (it uses colours)",
    ],
    [["--jobs", "0"], "--jobs must be a whole number from 1 to 64"],
  ])("%j is a usage error", async (args, message) => {
    // The expected messages are the English texts (--lang en); bokmål is the default (issue 9).
    const r = await cli(["score", EXAMPLE, "--no-pdf", "--lang", "en", ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });

  it("--fail-under 125, the highest IPS-25 total, is accepted", async () => {
    const r = await cli(["score", EXAMPLE, "--no-pdf", "--fail-under", "125"]);
    expect(r.code).toBe(5);
    expect(r.stderr).not.toContain("must be at most");
  });

  it("--require-complete makes unrated items an error", async () => {
    const dir = twoTeams((d) => {
      setTeamJson(join(d, "b/team.json"), { name: "Team B" });
      writeFileSync(join(d, "b/vurderinger.json"), JSON.stringify({ B2: 4 }));
    });
    const r = await cli(["score", join(dir, "b"), "--no-pdf", "--require-complete"]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/Team B: 17 punkter er ikke vurdert \(--require-complete\)/);
    const provisional = await cli(["score", join(dir, "b"), "--no-pdf", "--json"]);
    expect(provisional.code).toBe(0);
    const team = JSON.parse(provisional.stdout).teams[0];
    expect(team).toMatchObject({ complete: false });
    expect(team.band).toBeUndefined();
    expect(team.totalMax - team.totalMin).toBe(4 * 17);
    // In the terminal the line names the first unrated items, so the evaluator knows what is left.
    const line = await cli(["score", join(dir, "b"), "--no-pdf"]);
    expect(line.stdout).toMatch(/Team B +ips-25 +foreløpig \d+–\d+\/125 \(17 ikke vurdert: B3, O1, O2, O3, O4 …\)/);
    writeFileSync(join(dir, "b/vurderinger.json"), readFileSync(join(EXAMPLE, "vurderinger.json")));
    const answers = JSON.parse(readFileSync(join(dir, "b/vurderinger.json"), "utf8"));
    delete answers.T7;
    writeFileSync(join(dir, "b/vurderinger.json"), JSON.stringify(answers));
    const one = await cli(["score", join(dir, "b"), "--no-pdf", "--lang", "en"]);
    expect(one.stdout).toMatch(/provisional \d+–\d+\/125 \(1 unrated: T7\)\n/);
  });
});

describe("fidelity score: a team that fails is in summary.csv, not only in summary.json", () => {
  /** Team a complete; team B with T7 unrated; team "=Ødelagt" with a utetid row of 999 hours (invalid data). */
  function threeTeams(): string {
    const dir = twoTeams((d) => {
      setTeamJson(join(d, "b/team.json"), { name: "Team B" });
      const answers = JSON.parse(readFileSync(join(d, "b/vurderinger.json"), "utf8"));
      delete answers.T7;
      writeFileSync(join(d, "b/vurderinger.json"), JSON.stringify(answers));
    });
    cpSync(EXAMPLE, join(dir, "c"), { recursive: true });
    setTeamJson(join(dir, "c/team.json"), { name: "=Ødelagt" });
    const utetid = readFileSync(join(dir, "c/utetid.csv"), "utf8").split("\n");
    utetid[3] = utetid[3]?.replace(/,[^,]*$/, ",999") ?? "";
    writeFileSync(join(dir, "c/utetid.csv"), utetid.join("\n"));
    return dir;
  }

  const csvRows = (out: string) =>
    readFileSync(join(out, "summary.csv"), "utf8")
      .replace(/^\uFEFF/, "")
      .split("\r\n")
      .filter(Boolean)
      .map((l) => l.split(";"));

  it("--require-complete: a row per failed team with status failed and the reason; the others empty (exit 3)", async () => {
    const dir = threeTeams();
    const out = join(dir, "out");
    const r = await cli(["score", dir, "--out", out, "--no-pdf", "--require-complete"]);
    expect(r.code).toBe(3);
    // One item: singular.
    expect(r.stderr).toContain(
      "fidelity: Team B: 1 punkt er ikke vurdert (--require-complete); ingenting skrevet for dette teamet",
    );
    expect(r.stderr).toContain("1 team ble ikke ferdig vurdert: Team B (1 punkt uten vurdering: T7)\n");
    expect(r.stderr).toContain("1 team med feil i dataene: =Ødelagt\n");
    expect(r.stderr).not.toContain("skåret");

    const [header, ...rows] = csvRows(out);
    const col = (name: string) => header?.indexOf(name) ?? -1;
    expect(col("status")).toBeGreaterThan(0);
    expect(col("problem")).toBe(col("status") + 1);
    // Every team is there, in name order; the one with bad data has its formula-like name neutralised.
    expect(rows.map((row) => [row[0], row[col("status")], row[col("problem")]])).toEqual([
      ["'=Ødelagt", "feilet", "feil i dataene: 1 problem → summary.json"],
      ["IPS-team Bergen sentrum", "fullført", ""],
      ["Team B", "feilet", "1 punkt uten vurdering: T7"],
    ]);
    for (const row of rows.filter((x) => x[col("status")] === "feilet")) {
      expect(row).toHaveLength(header?.length ?? 0);
      expect(row.filter((cell, i) => cell !== "" && i !== 0 && i !== col("status") && i !== col("problem"))).toEqual(
        [],
      );
    }

    // summary.json says the same.
    const summary = JSON.parse(readFileSync(join(out, "summary.json"), "utf8"));
    expect(summary.teams.map((t: { team: string }) => t.team)).toEqual(["IPS-team Bergen sentrum"]);
    expect(summary.failed).toMatchObject([
      { team: "=Ødelagt", failure: "invalid-data", reason: "feil i dataene: 1 problem" },
      { team: "Team B", failure: "unrated", reason: "1 punkt uten vurdering: T7", unrated: ["T7"] },
    ]);
    expect(summary.failed[0].problems[0]).toMatch(/utetid\.csv:4:\d+: /);
  });

  it("in English: plural right, and the two kinds of failure said apart", async () => {
    const dir = threeTeams();
    writeFileSync(join(dir, "b/vurderinger.json"), JSON.stringify({ B2: 4 }));
    const out = join(dir, "out");
    const r = await cli(["score", dir, "--out", out, "--no-pdf", "--require-complete", "--lang", "en"]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain("Team B: 17 items are not rated (--require-complete)");
    expect(r.stderr).toContain("1 team was not fully rated: Team B (17 items not rated: B3, O1, O2, O3, O4 …)\n");
    expect(r.stderr).toContain("1 team with invalid data: =Ødelagt\n");
    const rows = csvRows(out);
    const problem = rows[0]?.indexOf("problem") ?? -1;
    const status = rows[0]?.indexOf("status") ?? -1;
    // summary.csv follows --lang: English headers and status words.
    expect(rows.map((row) => [row[status], row[problem]])).toEqual([
      ["status", "problem"],
      ["failed", "invalid data: 1 problem → summary.json"],
      ["complete", ""],
      ["failed", "17 items not rated: B3, O1, O2, O3, O4 …"],
    ]);
  });

  it("without --require-complete the team with unrated items is a provisional row", async () => {
    const dir = threeTeams();
    const out = join(dir, "out");
    const r = await cli(["score", dir, "--out", out, "--no-pdf"]);
    expect(r.code).toBe(3);
    const [header, ...rows] = csvRows(out);
    const status = header?.indexOf("status") ?? -1;
    expect(rows.map((row) => [row[0], row[status]])).toEqual([
      ["'=Ødelagt", "feilet"],
      ["IPS-team Bergen sentrum", "fullført"],
      ["Team B", "foreløpig"],
    ]);
    expect(r.stderr).not.toContain("ikke ferdig vurdert");
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

describe("fidelity score keeps an evaluator's work in --out (never overwrites it)", () => {
  const STEM = "ips-team-bergen-sentrum";

  /** A copy of the example team in `<tmp>/team`, scored once into `<tmp>/reports` (cwd `<tmp>`). */
  async function scoredOnce(): Promise<{ dir: string; out: string; target: string; pdf: string }> {
    const dir = mkdtempSync(join(tmpdir(), "score-keep-"));
    cpSync(EXAMPLE, join(dir, "team"), { recursive: true });
    const first = await cli(["score", "team", "--out", "reports"], { cwd: dir });
    expect(first.code).toBe(0);
    const out = join(dir, "reports");
    return { dir, out, target: join(out, `${STEM}.evaluation.json`), pdf: join(out, `${STEM}.pdf`) };
  }

  const replaced = (out: string) => readdirSync(out).filter((f) => f.includes(".replaced-"));

  /** What the wizard leaves: real timestamps, and the evaluator's own note on an item. */
  function wizardMade(target: string): string {
    const e = JSON.parse(readFileSync(target, "utf8"));
    e.createdAt = "2026-11-26T21:40:00.000Z";
    e.updatedAt = "2026-11-26T22:13:00.000Z";
    const item = e.items.find((i: { itemId: string }) => i.itemId === "B3");
    item.note = "Notat fra besøket: bare i veiviseren";
    const text = `${JSON.stringify(e, null, 2)}\n`;
    writeFileSync(target, text);
    return text;
  }

  /** The team's answers changed since the wizard visit, so the wizard's evaluation is not of this data. */
  function answersChanged(dir: string, b3 = 2): void {
    const answers = join(dir, "team/vurderinger.json");
    writeFileSync(answers, JSON.stringify({ ...JSON.parse(readFileSync(answers, "utf8")), B3: b3 }));
  }

  function localTime(iso: string): string {
    const d = new Date(iso);
    const p = (n: number) => String(n).padStart(2, "0");
    return `${formatDate(`${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`, "nb")} ${p(d.getHours())}:${p(d.getMinutes())}`;
  }

  afterEach(() => {
    vi.useRealTimers();
  });

  it("a visit finished in the wizard from the same files is used as it is: not scored again, not set aside", async () => {
    const { dir, out, target, pdf } = await scoredOnce();
    const wizard = wizardMade(target);
    rmSync(pdf);
    const r = await cli(["score", "team", "--out", "reports", "--json", "--no-pdf"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(readFileSync(target, "utf8")).toBe(wizard);
    expect(replaced(out)).toEqual([]);
    expect(r.stderr).toContain(
      `IPS-team Bergen sentrum: bruker vurderingen som ble fullført i veiviseren (${target}, lagret ${localTime("2026-11-26T22:13:00.000Z")}); dataene er de samme, så den er ikke skåret på nytt.`,
    );
    expect(JSON.parse(r.stdout).teams[0]).toMatchObject({ complete: true, evaluationFile: `${STEM}.evaluation.json` });
    // With PDFs, the PDF is drawn again from it, in the evaluation's own language (as `report` does), and the
    // file is still untouched.
    const en = await cli(["--lang", "en", "score", "team", "--out", "reports"], { cwd: dir });
    expect(en.code).toBe(0);
    expect(en.stderr).toContain("using the evaluation finished in the wizard");
    const text = await pdfText(readFileSync(pdf));
    expect(text).toContain("Notat fra besøket: bare i veiviseren");
    expect(text).toContain("Forbedringsområder");
    expect(readFileSync(target, "utf8")).toBe(wizard);
    // An unfinished one is not the evaluator's last word: it is kept aside and the team scored.
    writeFileSync(target, wizard.replace('"status": "complete"', '"status": "in-progress"'));
    const unfinished = await cli(["score", "team", "--out", "reports", "--no-pdf"], { cwd: dir });
    expect(unfinished.stderr).toContain("Beholdt den tidligere vurderingen fra veiviseren");
    expect(replaced(out).filter((f) => f.endsWith(".evaluation.json"))).toHaveLength(1);
  });

  it("a finished wizard evaluation that names a participant fails the team (exit 3), without the id, untouched", async () => {
    const { dir, out, target, pdf } = await scoredOnce();
    const e = JSON.parse(wizardMade(target));
    const item = e.items.find((i: { itemId: string }) => i.itemId === "B2");
    item.note = "Snakket med d-8424 om veien videre";
    const text = `${JSON.stringify(e, null, 2)}\n`;
    writeFileSync(target, text);
    rmSync(pdf);
    const r = await cli(["score", "team", "--out", "reports"], { cwd: dir });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain("evalueringen som ble fullført i veiviseren kan ikke gå inn i en rapport");
    expect(r.stderr).toMatch(/items\[\d+\]\.note \(B2\): nevner en deltaker-id fra porteføljen \(vises ikke\)/);
    expect(r.stderr + r.stdout).not.toMatch(/8424/);
    expect(readFileSync(target, "utf8")).toBe(text);
    expect(existsSync(pdf)).toBe(false);
    expect(replaced(out)).toEqual([]);
  });

  it("a wizard-made evaluation of other data is kept aside with its PDF, named by the clock, said so; the new one is written", async () => {
    const { dir, out, target, pdf } = await scoredOnce();
    const wizard = wizardMade(target);
    answersChanged(dir);
    const oldPdf = readFileSync(pdf);
    // The clock, not the visit date (2026-11-26), names the kept files.
    vi.useFakeTimers({ toFake: ["Date"], now: new Date("2027-03-05T10:20:30.000Z") });
    const r = await cli(["score", "team", "--out", "reports"], { cwd: dir });
    vi.useRealTimers();
    expect(r.code).toBe(0);
    const keptJson = join(out, `${STEM}.replaced-20270305102030.evaluation.json`);
    const keptPdf = join(out, `${STEM}.replaced-20270305102030.pdf`);
    expect(replaced(out).sort()).toEqual([
      `${STEM}.replaced-20270305102030.evaluation.json`,
      `${STEM}.replaced-20270305102030.handlingsplan.csv`,
      `${STEM}.replaced-20270305102030.pdf`,
    ]);
    expect(readFileSync(keptJson, "utf8")).toBe(wizard);
    expect(readFileSync(keptPdf).equals(oldPdf)).toBe(true);
    expect(r.stderr).toContain(
      `Beholdt den tidligere vurderingen fra veiviseren som ${keptJson} (den var lagret ${localTime("2026-11-26T22:13:00.000Z")}).\n`,
    );
    expect(r.stderr.match(/Beholdt/g)).toHaveLength(1);
    // The new file is a fresh batch scoring of the team folder, and its PDF is there.
    const fresh = JSON.parse(readFileSync(target, "utf8"));
    expect(fresh.updatedAt).toBe("2026-11-26T12:00:00.000Z");
    expect(fresh.items.find((i: { itemId: string }) => i.itemId === "B3")).toMatchObject({ score: 2 });
    expect(fresh.items.find((i: { itemId: string }) => i.itemId === "B3").note).toBeUndefined();
    expect(existsSync(pdf)).toBe(true);
    // Scoring again now replaces only that batch scoring: nothing more is set aside.
    const again = await cli(["score", "team", "--out", "reports"], { cwd: dir });
    expect(again.code).toBe(0);
    // The kept evaluation, its PDF and its action plan (<team>.handlingsplan.csv).
    expect(replaced(out)).toHaveLength(3);
    expect(again.stderr).not.toContain("Beholdt");
  });

  it("in English with --lang en; with --json stdout is JSON only; with --quiet nothing is said but the file is kept", async () => {
    const { dir, out, target } = await scoredOnce();
    wizardMade(target);
    answersChanged(dir);
    const en = await cli(["--lang", "en", "score", "team", "--out", "reports", "--no-pdf", "--json"], { cwd: dir });
    expect(en.code).toBe(0);
    expect(JSON.parse(en.stdout).teams).toHaveLength(1);
    expect(en.stderr).toMatch(
      new RegExp(
        `Kept the earlier evaluation from the wizard as ${out}/${STEM}\\.replaced-\\d{14}\\.evaluation\\.json \\(saved \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d\\)\\.`,
      ),
    );
    // --no-pdf: the wizard's PDF still goes aside with its evaluation (the pair stays together).
    expect(
      replaced(out)
        .map((f) => f.replace(/\d{14}/, "N"))
        .sort(),
    ).toEqual([`${STEM}.replaced-N.evaluation.json`, `${STEM}.replaced-N.handlingsplan.csv`, `${STEM}.replaced-N.pdf`]);

    wizardMade(target);
    answersChanged(dir, 3);
    const quiet = await cli(["--quiet", "score", "team", "--out", "reports", "--no-pdf"], { cwd: dir });
    expect(quiet.code).toBe(0);
    expect(quiet.stderr).toBe("");
    expect(replaced(out).filter((f) => f.endsWith(".evaluation.json"))).toHaveLength(2);
  });

  it("an earlier batch scoring that differs is replaced, with nothing set aside", async () => {
    const { dir, out, target } = await scoredOnce();
    const answers = join(dir, "team/vurderinger.json");
    writeFileSync(answers, JSON.stringify({ ...JSON.parse(readFileSync(answers, "utf8")), B3: 2 }));
    const r = await cli(["score", "team", "--out", "reports"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(replaced(out)).toEqual([]);
    expect(r.stderr).not.toContain("Beholdt");
    const e = JSON.parse(readFileSync(target, "utf8"));
    expect(e.items.find((i: { itemId: string }) => i.itemId === "B3").score).toBe(2);
  });

  it("scoring the same folder again writes the same bytes and sets nothing aside", async () => {
    const { dir, out, target } = await scoredOnce();
    const before = readFileSync(target, "utf8");
    const r = await cli(["score", "team", "--out", "reports"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(replaced(out)).toEqual([]);
    expect(readFileSync(target, "utf8")).toBe(before);
  });

  it.each([
    ["damaged", '{ "formatVersion": 1, "status": "comp'],
    ["not an evaluation", '{ "hello": "world" }\n'],
  ])("a %s file at the target is kept aside, not destroyed", async (_what, text) => {
    const { dir, out, target } = await scoredOnce();
    writeFileSync(target, text);
    const r = await cli(["score", "team", "--out", "reports"], { cwd: dir });
    expect(r.code).toBe(0);
    const kept = replaced(out).filter((f) => f.endsWith(".evaluation.json"));
    expect(kept).toHaveLength(1);
    expect(readFileSync(join(out, kept[0] ?? ""), "utf8")).toBe(text);
    expect(r.stderr).toContain(
      `Beholdt filen som lå der fra før (den kan ikke leses som en evaluering) som ${join(out, kept[0] ?? "")}.`,
    );
    expect(JSON.parse(readFileSync(target, "utf8")).updatedAt).toBe("2026-11-26T12:00:00.000Z");
  });
});
