/**
 * The action plan and the follow-up in the wizard: the previous evaluation found in --out, the review's plan
 * (h: Enter accepts, e edits, f removes, n adds), an item's own recommendation (r), and on finishing how far
 * each action of the previous plan got.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import type { Evaluation } from "../../src/core/evaluation.js";
import { buildReportModel, plannedActions } from "../../src/core/report/build.js";
import { readEvaluationFile } from "../../src/io/evaluation-file.js";
import { cli } from "../helpers/cli.js";
import { pdfPages } from "../helpers/pdf-text.js";
import { copyExample, runScripted } from "./wizard/helpers.js";
import type { Step } from "./wizard/scripted-prompter.js";

const KINDS: Record<string, "data" | "anchor" | "elements"> = {
  B1: "data",
  O2: "elements",
  O5: "elements",
  O7: "elements",
  O8: "elements",
  T2: "elements",
  T4: "data",
  T6: "data",
  T8: "data",
  T9: "data",
  T10: "data",
  T13: "data",
  T14: "elements",
};
const IDS = ["B1", "B2", "B3", "O1", "O2", "O3", "O4", "O5", "O6", "O7", "O8"].concat(
  Array.from({ length: 14 }, (_, i) => `T${i + 1}`),
);
const items: Step[] = IDS.map((id) => {
  const kind = KINDS[id] ?? "anchor";
  return kind === "data" ? "enter" : kind === "anchor" ? "4" : { tick: [1, 2, 3] };
});

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

const squash = (s: string) => s.replace(/\s+/g, " ");

describe("evaluate: the action plan and the previous plan's follow-up", () => {
  test("previous evaluation found in --out; plan edited, added to; statuses asked on finishing", async () => {
    const t = copyExample("ips-team");
    cleanups.push(t.cleanup);
    const dir = t.dir;
    const out = join(dir, "reports");
    // Last visit, scored in May into the same folder.
    expect((await cli(["score", dir, "--out", out, "--visit-date", "2026-05-26"])).code).toBe(0);
    const may: Evaluation = JSON.parse(readFileSync(join(out, "ips-team-bergen-sentrum.evaluation.json"), "utf8"));
    const previousActions = plannedActions(may, "nb");
    expect(previousActions.length).toBeGreaterThanOrEqual(2);

    // Every item rated, then saved and left at the review.
    const first = await runScripted(dir, dir, ["enter", "enter", ...items, { key: "q", expect: "Gjennomgang" }]);
    expect(first.code, first.err).toBe(0);
    expect(first.prompter.screen).toContain("Handlingsplan (");
    // The plan is wrapped to the screen (80 columns here), each action's later lines under its text.
    const plan = first.prompter.screen.slice(first.prompter.screen.indexOf("Handlingsplan (")).split("\n");
    expect(plan.filter((l) => l.length > 80)).toEqual([]);
    expect(plan.some((l) => /^ {5}\S/.test(l))).toBe(true);
    const session: Evaluation = JSON.parse(
      readFileSync(join(dir, ".fidelity", "ips-team-bergen-sentrum-2026-11-26.session.json"), "utf8"),
    );
    expect(session.previousPlan?.actions).toHaveLength(previousActions.length);
    const rows = plannedActions(session, "nb").length;
    expect(rows).toBeGreaterThanOrEqual(3);

    const current = await runScripted(dir, dir, [
      { confirm: true, expect: "Fortsette den?" },
      // Review: write T6's recommendation.
      { key: "r", expect: "Gjennomgang" },
      { pick: "T6" },
      { text: "Start hver mandag med å planlegge tre bedriftsbesøk per jobbspesialist." },
      // Review: go through the plan. The first row edited, the second removed, the rest accepted, one added.
      { key: "h", expect: "Gjennomgang" },
      { key: "e", expect: "Tiltaket" },
      { text: "Avklar metodeveilederens stilling med klinikksjefen innen januar." },
      { text: "Klinikksjef" },
      { text: "15.01.2027" },
      { text: "" },
      { text: "" },
      { key: "f", expect: "Tiltaket" },
      ...Array.from({ length: rows - 2 }, (): Step => ({ key: "enter", expect: "Tiltaket" })),
      { key: "n", expect: "Handlingsplanen" },
      { confirm: false, expect: "bestemt punkt" },
      { text: "Felles fagdag om IPS for NAV-veilederne" },
      { text: "Metodeveileder" },
      { text: "01.03.2027" },
      { text: "Fagdag i regi av kompetansesenteret" },
      { text: "fagdagen er holdt" },
      { key: "enter", expect: "Handlingsplanen" },
      // Finish: how far the previous plan's actions got (1 gjennomført, 2 delvis, Enter: not given).
      { key: "enter", expect: "Gjennomgang" },
      { key: "1", expect: "Hvor langt" },
      { key: "2", expect: "Hvor langt" },
      ...Array.from({ length: previousActions.length - 2 }, (): Step => ({ key: "enter", expect: "Hvor langt" })),
    ]);
    expect(current.code, current.err).toBe(0);
    expect(current.prompter.remaining).toBe(0);

    const e = readEvaluationFile(join(out, "ips-team-bergen-sentrum.evaluation.json"));
    expect(e.visitDate).toBe("2026-11-26");
    expect(e.items.find((r) => r.itemId === "T6")?.recommendation).toBe(
      "Start hver mandag med å planlegge tre bedriftsbesøk per jobbspesialist.",
    );
    expect(e.previousPlan?.visitDate).toBe("2026-05-26");
    expect(e.previousPlan?.actions[0]?.status).toBe("done");
    expect(e.previousPlan?.actions[1]?.status).toBe("partly");
    const model = buildReportModel(e, { lang: "nb" });
    const planRows = model.actionPlan?.rows ?? [];
    expect(planRows).toHaveLength(rows);
    expect(planRows.at(-1)).toMatchObject({ action: "Felles fagdag om IPS for NAV-veilederne", origin: "added" });
    expect(planRows[0]).toMatchObject({
      action: "Avklar metodeveilederens stilling med klinikksjefen innen januar.",
      responsible: "Klinikksjef",
      deadline: "15.01.2027",
      origin: "edited",
    });
    // T6 got the evaluator's recommendation as its note's text.
    expect(model.notes.find((n) => n.id === "T6")?.recommendation).toBe(
      "Start hver mandag med å planlegge tre bedriftsbesøk per jobbspesialist.",
    );

    const pdf = squash((await pdfPages(readFileSync(join(out, "ips-team-bergen-sentrum.pdf")))).text);
    expect(pdf).toContain("Oppfølging av handlingsplanen fra 26.05.2026");
    expect(pdf).toContain("Gjennomført");
    expect(pdf).toContain("Avklar metodeveilederens stilling med klinikksjefen innen januar.");
    expect(pdf).toContain("Utvikling siden forrige evaluering");
    const csv = readFileSync(join(out, "ips-team-bergen-sentrum.handlingsplan.csv"), "utf8");
    expect(csv).toContain(";Klinikksjef;15.01.2027;");
  }, 300_000);
});
