/** One place names every file of a team: evaluation, rendered files per language, session, run summary. */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  consensusFiles,
  filesBeside,
  mergeSessionFile,
  RENDERER_IDS,
  runFiles,
  sessionFile,
  teamFiles,
} from "../../src/io/team-outputs.js";

describe("team output names", () => {
  const files = teamFiles(join("out"), "Team Øst/Vest");

  it("names the evaluation, the action plan and the PDF after the team", () => {
    expect(files.evaluation).toBe(join("out", "team-ost-vest.evaluation.json"));
    expect(files.actionPlan).toBe(join("out", "team-ost-vest.handlingsplan.csv"));
    expect(files.rendered("pdf")).toBe(join("out", "team-ost-vest.pdf"));
    expect(files.rendered("pdf", "en")).toBe(join("out", "team-ost-vest.en.pdf"));
  });

  it("lists every file drawn from the evaluation (the plan, each renderer and language) for setting aside", () => {
    expect(files.endings).toEqual([".evaluation.json", ".handlingsplan.csv", ".pdf", ".nb.pdf", ".en.pdf"]);
    expect(RENDERER_IDS).toEqual(["pdf"]);
  });

  it("finds the files beside an evaluation file by its own name", () => {
    expect(filesBeside(join("a", "x.evaluation.json")).rendered("pdf", "en")).toBe(join("a", "x.en.pdf"));
    expect(filesBeside(join("a", "x.json")).rendered("pdf")).toBe(join("a", "x.pdf"));
    expect(filesBeside(join("a", "x.evaluation.json")).evaluation).toBe(join("a", "x.evaluation.json"));
  });

  it("names the wizard's session and the run's summaries", () => {
    expect(sessionFile("team", "Team Øst", "2026-11-20")).toBe(
      join("team", ".fidelity", "team-ost-2026-11-20.session.json"),
    );
    expect(runFiles("out")).toEqual({
      summaryCsv: join("out", "summary.csv"),
      summaryJson: join("out", "summary.json"),
      overview: join("out", "oversikt.pdf"),
    });
  });

  it("names a consensus merge's files and session apart from the team's own", () => {
    const files = consensusFiles("out", "Team Øst");
    expect(files.evaluation).toBe(join("out", "team-ost.consensus.evaluation.json"));
    expect(files.rendered("pdf")).toBe(join("out", "team-ost.consensus.pdf"));
    expect(mergeSessionFile("out", "Team Øst", "2026-11-20")).toBe(
      join("out", ".fidelity", "team-ost-2026-11-20.consensus.session.json"),
    );
  });
});
