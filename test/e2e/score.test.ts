/**
 * End to end: the built `bin/fidelity.js score` on the committed examples, as a metodeveileder or CI runs it.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { pdfPages } from "../helpers/pdf-text.js";
import { ROOT, runBin } from "../helpers/run-bin.js";

interface Summary {
  teams: {
    team: string;
    scale: string;
    total?: number;
    totalMin?: number;
    totalMax?: number;
    band?: string;
    complete: boolean;
    colours?: { green: number; yellow: number; red: number };
    items: { id: string; score?: number; colour?: string }[];
    pdfFile?: string;
    evaluationFile?: string;
  }[];
  failed: { team: string; problems: string[] }[];
}

function participantIds(csvPath: string): string[] {
  const lines = readFileSync(csvPath, "latin1").split(/\r?\n/).filter(Boolean);
  const header = (lines[0] ?? "").split(/[;,]/);
  const col = header.findIndex((h) => /deltaker|participant/i.test(h));
  return [...new Set(lines.slice(1).map((l) => l.split(/[;,]/)[col] ?? ""))].filter((id) => id.length > 2);
}

describe("fidelity score examples", () => {
  let out: string;
  let summary: Summary;
  let result: ReturnType<typeof runBin>;

  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), "fidelity-score-"));
    result = runBin(["score", "examples", "--out", out]);
    summary = JSON.parse(readFileSync(join(out, "summary.json"), "utf8"));
  });

  it("scores every example team and writes a PDF and an evaluation file each, plus both summaries", () => {
    expect(result.stderr).not.toMatch(/internal error/);
    expect(result.code).toBe(0);
    expect(summary.failed).toEqual([]);
    expect(summary.teams.length).toBeGreaterThanOrEqual(3);
    for (const t of summary.teams) {
      expect(t.pdfFile && existsSync(join(out, t.pdfFile))).toBeTruthy();
      expect(t.evaluationFile && existsSync(join(out, t.evaluationFile))).toBeTruthy();
    }
    expect(existsSync(join(out, "summary.csv"))).toBe(true);
    const csv = readFileSync(join(out, "summary.csv"), "utf8");
    expect(csv.startsWith("\uFEFFteam;")).toBe(true);
    expect(csv.split("\r\n").filter(Boolean)).toHaveLength(summary.teams.length + 1);
  });

  it("the IPS report states team, window, total and band, every item's score, and a gap in the team's own numbers", async () => {
    const ips = summary.teams.find((t) => t.scale === "ips-25" && t.complete);
    expect(ips).toBeDefined();
    if (!ips?.pdfFile) return;
    const { text } = await pdfPages(readFileSync(join(out, ips.pdfFile)));
    expect(text).toContain(ips.team);
    expect(text).toContain("01.10.2026–25.11.2026");
    expect(text).toContain(`Totalsum ${ips.total} av 125 – ${ips.band}`);
    const table = text.slice(text.indexOf("Alle punkter"));
    for (const item of ips.items)
      expect(table).toMatch(new RegExp(`\\b${item.id} [^]*?\\s${item.score} (Data|Evaluator|Overstyrt)\\b`));
    // The improvement note for employer contacts gives the gap in the team's numbers.
    expect(text).toMatch(/\d+,\d kontakter per jobbspesialist per uke; 6 trengs: omtrent \d+,\d flere hver uke/);
    expect(text).toMatch(/[æøå]/);
    expect(text).toContain("Side 1 av");
  });

  it("no participant id appears in any PDF or summary", async () => {
    const ids = [
      ...participantIds(join(ROOT, "examples/ips-team/portefolje.csv")),
      ...participantIds(join(ROOT, "examples/uo-team/portefolje.csv")),
    ];
    expect(ids.length).toBeGreaterThan(20);
    const texts = [readFileSync(join(out, "summary.csv"), "utf8"), readFileSync(join(out, "summary.json"), "utf8")];
    for (const t of summary.teams) if (t.pdfFile) texts.push((await pdfPages(readFileSync(join(out, t.pdfFile)))).text);
    for (const text of texts) for (const id of ids) expect(text.includes(id), `${id} leaked`).toBe(false);
  });

  it("the Kvalitetsveilederen report shows colours, not a total", async () => {
    const kv = summary.teams.find((t) => t.scale === "kvalitetsveileder");
    expect(kv?.colours).toBeDefined();
    if (!kv?.pdfFile || !kv.colours) return;
    const { text } = await pdfPages(readFileSync(join(out, kv.pdfFile)));
    const word = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
    expect(text).toContain(
      `${word(kv.colours.green, "grønn", "grønne")} · ${word(kv.colours.yellow, "gul", "gule")} · ${word(kv.colours.red, "rød", "røde")}`,
    );
    expect(text).not.toContain("Totalsum");
  });

  it("running twice gives byte-identical PDFs and evaluation files", () => {
    const again = mkdtempSync(join(tmpdir(), "fidelity-score-"));
    expect(runBin(["score", "examples", "--out", again]).code).toBe(0);
    for (const f of readdirSync(out))
      expect(readFileSync(join(again, f)).equals(readFileSync(join(out, f))), f).toBe(true);
  });

  it("report re-renders the same PDF from the saved evaluation", () => {
    const ips = summary.teams.find((t) => t.scale === "ips-25" && t.complete);
    if (!ips?.evaluationFile || !ips.pdfFile) throw new Error("no IPS team");
    const pdf = join(out, "again.pdf");
    const r = runBin(["report", join(out, ips.evaluationFile), "--out", pdf]);
    expect(r.code).toBe(0);
    expect(readFileSync(pdf).equals(readFileSync(join(out, ips.pdfFile)))).toBe(true);
  });
});

describe("fidelity score exit codes", () => {
  it("--fail-under exits 5 and names the teams below", () => {
    const r = runBin(["score", "examples/ips-team", "--no-pdf", "--fail-under", "125"]);
    expect(r.code).toBe(5);
    expect(r.stderr).toMatch(/1 team fikk under 125: IPS-team .+ \(\d+\)/);
    expect(runBin(["score", "examples/ips-team", "--no-pdf", "--fail-under", "25"]).code).toBe(0);
  });

  it("--json prints the summary with metrics and data items on stdout only", () => {
    const r = runBin(["score", "examples/ips-team", "--no-pdf", "--json"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    const team = json.teams[0];
    expect(team.metrics.employerContacts.specialists.length).toBeGreaterThan(0);
    expect(team.dataItems.map((d: { itemId: string }) => d.itemId)).toEqual([
      "B1",
      "T4",
      "T6",
      "T8",
      "T9",
      "T10",
      "T13",
    ]);
  });

  it("one broken team is reported (exit 3) and the other teams are still scored", () => {
    const dir = mkdtempSync(join(tmpdir(), "fidelity-batch-"));
    cpSync(join(ROOT, "examples/ips-team"), join(dir, "good"), { recursive: true });
    cpSync(join(ROOT, "examples/ips-team"), join(dir, "bad"), { recursive: true });
    writeFileSync(
      join(dir, "bad/team.json"),
      JSON.stringify({ name: "Ødelagt team", scale: "ips-25", visitDate: "2026-11-26" }),
    );
    const utetid = readFileSync(join(dir, "bad/utetid.csv"), "utf8").split("\n");
    utetid[3] = utetid[3]?.replace(/,[^,]*$/, ",999") ?? "";
    writeFileSync(join(dir, "bad/utetid.csv"), utetid.join("\n"));
    const out = join(dir, "out");
    const r = runBin(["score", dir, "--out", out]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/Ødelagt team/);
    expect(r.stderr).toMatch(/utetid\.csv:4:\d+: /);
    const summary: Summary = JSON.parse(readFileSync(join(out, "summary.json"), "utf8"));
    expect(summary.teams.map((t) => t.team)).toHaveLength(1);
    expect(summary.failed.map((f) => f.team)).toEqual(["Ødelagt team"]);
    expect(readdirSync(out).filter((f) => f.startsWith("odelagt"))).toEqual([]);
    // Someone opening summary.csv in Excel sees the missing team too.
    const csv = readFileSync(join(out, "summary.csv"), "utf8").split("\r\n").filter(Boolean);
    // In bokmål (the default): summary.csv's headers and status words follow --lang.
    expect(csv[0]).toMatch(/^\uFEFFteam;kontor;skala;skalaversjon;besøksdato;status;problem;sum;/);
    expect(csv.slice(1).map((l) => l.split(";").slice(0, 7))).toEqual([
      ["IPS-team Bergen sentrum", expect.any(String), "ips-25", expect.any(String), "2026-11-26", "fullført", ""],
      ["Ødelagt team", "", "", "", "", "feilet", "feil i dataene: 1 problem → summary.json"],
    ]);
    expect(r.stderr).toContain("1 team med feil i dataene: Ødelagt team\n");
  });

  it("--fail-under above the IPS maximum is a usage error (exit 2)", () => {
    const r = runBin(["score", "examples/ips-team", "--no-pdf", "--fail-under", "200"]);
    expect(r.code).toBe(2);
    // In bokmål, the default (the English is checked in test/cli/messages-both-languages.test.ts).
    expect(r.stderr).toContain("--fail-under kan være høyst 125, den høyeste summen på ips-25, ikke 200");
  });

  it("unknown options are usage errors (exit 2)", () => {
    const r = runBin(["score", "examples", "--no-such-flag"]);
    expect(r.code).toBe(2);
  });
});

describe("fidelity score after a visit finished in the wizard", () => {
  it("uses a visit finished from the same files as it is; after a change it keeps it under a new name (exit 0)", () => {
    const dir = mkdtempSync(join(tmpdir(), "fidelity-keep-"));
    expect(runBin(["score", join(ROOT, "examples"), "--out", "reports"], { cwd: dir }).code).toBe(0);
    const out = join(dir, "reports");
    const target = join(out, "ips-team-bergen-sentrum.evaluation.json");
    const e = JSON.parse(readFileSync(target, "utf8"));
    e.createdAt = "2026-11-26T21:40:00.000Z";
    e.updatedAt = "2026-11-26T22:13:00.000Z";
    e.items[0].note = "Skrevet i veiviseren";
    const wizard = `${JSON.stringify(e, null, 2)}\n`;
    writeFileSync(target, wizard);

    // The README's command again: the evaluator's evaluation is the team's result, untouched.
    const same = runBin(["--lang", "en", "score", join(ROOT, "examples"), "--out", "reports"], { cwd: dir });
    expect(same.code).toBe(0);
    expect(readFileSync(target, "utf8")).toBe(wizard);
    expect(readdirSync(out).filter((f) => f.includes(".replaced-"))).toEqual([]);
    expect(same.stderr).toContain("IPS-team Bergen sentrum: using the evaluation finished in the wizard");
    const pdf = readFileSync(join(out, "ips-team-bergen-sentrum.pdf"));

    // Another visit date is other data: the wizard's evaluation and its PDF go aside, and the team is scored.
    const r = runBin(
      ["--lang", "en", "score", join(ROOT, "examples"), "--out", "reports", "--visit-date", "2026-11-27"],
      {
        cwd: dir,
      },
    );
    expect(r.code).toBe(0);
    const kept = readdirSync(out).filter((f) => f.includes(".replaced-"));
    expect(kept.map((f) => f.replace(/\d{14}/, "N")).sort()).toEqual([
      "ips-team-bergen-sentrum.replaced-N.evaluation.json",
      "ips-team-bergen-sentrum.replaced-N.handlingsplan.csv",
      "ips-team-bergen-sentrum.replaced-N.pdf",
    ]);
    const keptJson = kept.find((f) => f.endsWith(".evaluation.json")) ?? "";
    const keptPdf = kept.find((f) => f.endsWith(".pdf")) ?? "";
    expect(readFileSync(join(out, keptJson), "utf8")).toBe(wizard);
    expect(readFileSync(join(out, keptPdf)).equals(pdf)).toBe(true);
    expect(r.stderr).toContain(`Kept the earlier evaluation from the wizard as ${join(out, keptJson)} (saved `);
    expect(r.stderr.match(/Kept the/g)).toHaveLength(1);
    expect(JSON.parse(readFileSync(target, "utf8")).updatedAt).toBe("2026-11-27T12:00:00.000Z");
  });
});

describe("fidelity report --previous", () => {
  it("adds the trend since the previous evaluation", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fidelity-trend-"));
    expect(runBin(["score", "examples/ips-team", "--out", join(dir, "may"), "--visit-date", "2026-05-26"]).code).toBe(
      0,
    );
    expect(runBin(["score", "examples/ips-team", "--out", join(dir, "nov")]).code).toBe(0);
    const pdf = join(dir, "trend.pdf");
    const r = runBin([
      "report",
      join(dir, "nov/ips-team-bergen-sentrum.evaluation.json"),
      "--previous",
      join(dir, "may/ips-team-bergen-sentrum.evaluation.json"),
      "--out",
      pdf,
    ]);
    expect(r.code).toBe(0);
    const { text } = await pdfPages(readFileSync(pdf));
    expect(text).toContain("Utvikling siden forrige evaluering");
    expect(text).toMatch(/Forrige evaluering 26\.05\.2026\. Totalsum: \d+–\d+ → \d+/);
  });
});
