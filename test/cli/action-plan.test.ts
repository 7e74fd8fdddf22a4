/**
 * The action plan from `score`: `<team>.handlingsplan.csv` beside the PDF, the plan's rows in the PDF, and with
 * `--previous` the previous plan's actions with the statuses the answers file gives.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Evaluation } from "../../src/core/evaluation.js";
import { buildReportModel, plannedActions } from "../../src/core/report/build.js";
import { cli } from "../helpers/cli.js";
import { pdfPages } from "../helpers/pdf-text.js";

const example = join(import.meta.dirname, "../../examples/ips-team");
const stem = "ips-team-bergen-sentrum";
const squash = (s: string) => s.replace(/\s+/g, " ");

function teamCopy(): { root: string; team: string } {
  const root = mkdtempSync(join(tmpdir(), "fidelity-plan-"));
  const team = join(root, "ips-team");
  cpSync(example, team, { recursive: true });
  return { root, team };
}

const readEvaluation = (path: string): Evaluation => JSON.parse(readFileSync(path, "utf8"));

describe("score writes the action plan", () => {
  let root: string;
  let team: string;

  beforeAll(async () => {
    ({ root, team } = teamCopy());
    const answers = JSON.parse(readFileSync(join(team, "vurderinger.json"), "utf8"));
    answers.actionPlan = [
      { item: "T6", responsible: "Metodeveileder", deadline: "15.02.2027" },
      { action: "=Felles fagdag; med NAV", responsible: "Leder", deadline: "2027-03-01" },
    ];
    writeFileSync(join(team, "vurderinger.json"), JSON.stringify(answers, null, 2));
    const r = await cli(["score", team, "--out", join(root, "out")]);
    expect(r.code, r.stderr).toBe(0);
  }, 120_000);

  it("to <team>.handlingsplan.csv, Excel-ready like summary.csv", () => {
    const csv = readFileSync(join(root, "out", `${stem}.handlingsplan.csv`), "utf8");
    expect(
      csv.startsWith(
        "\uFEFFnr;punkt;punktnavn;tiltak;ansvarlig;frist;støtte som trengs;slik måles fremgangen;status\r\n",
      ),
    ).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    const e = readEvaluation(join(root, "out", `${stem}.evaluation.json`));
    const plan = plannedActions(e, "nb");
    const lines = csv.slice(1).split("\r\n").slice(1, -1);
    expect(lines).toHaveLength(plan.length);
    expect(lines.some((l) => l.includes(";T6;Jobbutvikling – hyppig arbeidsgiverkontakt;"))).toBe(true);
    expect(csv).toContain(";Metodeveileder;15.02.2027;");
    expect(csv).toContain(";kontakter per uke: 4,2 → 6;");
    // A formula-like cell is neutralised and a cell with ';' quoted.
    expect(csv).toContain(`;"'=Felles fagdag; med NAV";Leder;01.03.2027;`);
  });

  it("and into the PDF", async () => {
    const { text } = await pdfPages(readFileSync(join(root, "out", `${stem}.pdf`)));
    const e = readEvaluation(join(root, "out", `${stem}.evaluation.json`));
    const plan = buildReportModel(e, { lang: "nb" }).actionPlan;
    expect(plan?.rows.length).toBeGreaterThan(3);
    for (const row of plan?.rows ?? []) expect(squash(text)).toContain(`${row.deadline}`);
    expect(squash(text)).toContain("kontakter per uke: 4,2 → 6");
    expect(squash(text)).toContain("=Felles fagdag; med NAV");
  }, 60_000);
});

describe("score --previous follows up the previous plan", () => {
  it("shows each previous action with the status given in the answers file", async () => {
    const { root, team } = teamCopy();
    const may = join(root, "may");
    expect((await cli(["score", team, "--out", may, "--visit-date", "2026-05-26"])).code).toBe(0);
    const previous = readEvaluation(join(may, `${stem}.evaluation.json`));
    const keys = plannedActions(previous, "nb").map((a) => a.itemId);
    expect(keys.length).toBeGreaterThanOrEqual(3);
    const [done, partly, notDone] = keys as [string, string, string];

    const answers = JSON.parse(readFileSync(join(team, "vurderinger.json"), "utf8"));
    answers.previousActions = { [done]: "gjennomført", [partly]: "delvis", [notDone]: "ikke gjennomført" };
    writeFileSync(join(team, "vurderinger.json"), JSON.stringify(answers, null, 2));
    const nov = join(root, "nov");
    const r = await cli(["score", team, "--out", nov, "--previous", may]);
    expect(r.code, r.stderr).toBe(0);

    const e = readEvaluation(join(nov, `${stem}.evaluation.json`));
    expect(e.previousPlan?.visitDate).toBe("2026-05-26");
    expect(e.previousPlan?.actions.map((a) => a.status)).toEqual([
      "done",
      "partly",
      "notDone",
      ...keys.slice(3).map(() => undefined),
    ]);
    const { pages, text } = await pdfPages(readFileSync(join(nov, `${stem}.pdf`)));
    const all = squash(text);
    expect(all).toContain("Oppfølging av handlingsplanen fra 26.05.2026");
    expect(all).toContain("1 av");
    // The follow-up's heading is never left alone at the foot of a page: its first action is on the same page.
    const followUpPage = pages.find((p) => squash(p).includes("Oppfølging av handlingsplanen fra 26.05.2026"));
    expect(squash(followUpPage ?? "")).toContain("Gjennomført");
    for (const word of ["Gjennomført", "Delvis", "Ikke gjennomført"]) expect(all).toContain(word);
    // The trend table marks each item's rise or fall, and page 1 says the change.
    expect(all).toContain("Utvikling siden forrige evaluering");
    expect(squash(pages[0] ?? "")).toContain("Siden forrige evaluering 26.05.2026:");

    // `report` draws the same follow-up from the evaluation alone.
    const again = join(root, "again.pdf");
    expect((await cli(["report", join(nov, `${stem}.evaluation.json`), "--out", again])).code).toBe(0);
    expect(squash((await pdfPages(readFileSync(again))).text)).toContain(
      "Oppfølging av handlingsplanen fra 26.05.2026",
    );
  }, 240_000);

  it("statuses without a previous evaluation, or for an action the plan does not have, are refused (exit 3)", async () => {
    const { root, team } = teamCopy();
    const answers = JSON.parse(readFileSync(join(team, "vurderinger.json"), "utf8"));
    answers.previousActions = { T6: "gjennomført" };
    writeFileSync(join(team, "vurderinger.json"), JSON.stringify(answers, null, 2));
    const without = await cli(["score", team, "--out", join(root, "a"), "--no-pdf"]);
    expect(without.code).toBe(3);
    expect(without.stderr).toContain("previousActions: there is no previous evaluation to follow up");

    answers.previousActions = { X9: "delvis", T6: "kanskje" };
    writeFileSync(join(team, "vurderinger.json"), JSON.stringify(answers, null, 2));
    const bad = await cli(["score", team, "--out", join(root, "b"), "--no-pdf"]);
    expect(bad.code).toBe(3);
    expect(bad.stderr).toContain("previousActions.T6: status må være gjennomført, delvis eller ikke gjennomført");
    const badEn = await cli(["score", team, "--out", join(root, "c"), "--no-pdf", "--lang", "en"]);
    expect(badEn.stderr).toContain("previousActions.T6: a status is one of gjennomført, delvis, ikke gjennomført");
  }, 120_000);
});
