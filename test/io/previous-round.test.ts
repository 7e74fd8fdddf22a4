/** `--previous-dir`: the earlier round's rows from its summary.json, or from its evaluation files without one. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { evaluateLoadedTeam } from "../../src/cli/team-evaluation.js";
import { UsageError } from "../../src/core/errors.js";
import { writeEvaluationFile } from "../../src/io/evaluation-file.js";
import { readPreviousRound } from "../../src/io/previous-round.js";
import { findTeamFolders } from "../../src/io/team-files.js";
import { loadTeamFolder } from "../../src/io/team-folder.js";

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "previous-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe("the previous round", () => {
  it("from summary.json: totals, item scores and colours, group and metrics; an older summary without them works", () => {
    const dir = folder({
      "summary.json": JSON.stringify({
        teams: [
          {
            team: "Team A",
            group: "Agder",
            reviewType: "self-assessment",
            scale: "ips-25",
            scaleVersion: "1",
            visitDate: "2025-11-26",
            complete: true,
            total: 90,
            totalMin: 90,
            totalMax: 90,
            items: [{ id: "B1", score: 4, source: "data" }, { id: "B2" }],
            metrics: { utetidPct: 51.5, somethingNew: 3 },
          },
          {
            team: "Team K",
            scale: "kvalitetsveileder",
            complete: false,
            colours: { green: 1, yellow: 0, red: 0, unrated: 9 },
            items: [{ id: "KV1", colour: "green" }],
          },
        ],
        failed: [],
      }),
    });
    const round = readPreviousRound(dir);
    expect(round.name).toBe(dir.split("/").pop());
    expect(round.rows).toEqual([
      {
        team: "Team A",
        group: "Agder",
        reviewType: "self-assessment",
        scaleId: "ips-25",
        scaleVersion: "1",
        scoring: "points",
        visitDate: "2025-11-26",
        complete: true,
        total: 90,
        totalMin: 90,
        totalMax: 90,
        items: { B1: 4 },
        metrics: { utetidPct: 51.5 },
      },
      {
        team: "Team K",
        scaleId: "kvalitetsveileder",
        scaleVersion: "",
        scoring: "colours",
        visitDate: "",
        complete: false,
        items: { KV1: "green" },
        metrics: {},
      },
    ]);
  });

  it("without summary.json: its evaluation files (set-aside .replaced- files skipped); none at all is a usage error", async () => {
    const [folderOf] = await findTeamFolders(join(import.meta.dirname, "../../examples/ips-team"));
    if (!folderOf) throw new Error("example team not found");
    const [team] = await loadTeamFolder(folderOf);
    if (!team) throw new Error("example team not loaded");
    const { evaluation } = evaluateLoadedTeam(team, { lang: "nb", today: "2026-11-26" });
    const dir = folder({});
    writeEvaluationFile(join(dir, "ips-team.evaluation.json"), evaluation);
    writeEvaluationFile(join(dir, "ips-team.replaced-20261126.evaluation.json"), evaluation);
    const round = readPreviousRound(dir);
    expect(round.rows).toHaveLength(1);
    expect(round.rows[0]).toMatchObject({ team: "IPS-team Bergen sentrum", scaleId: "ips-25", scoring: "points" });
    expect(Object.keys(round.rows[0]?.metrics ?? {})).toContain("utetidPct");
    expect(() => readPreviousRound(folder({ "notes.txt": "x" }))).toThrow(UsageError);
  });

  it.each([["a folder that does not exist", "/nonexistent/fidelity-previous", "is not a folder"]])(
    "%s is a usage error",
    (_what, dir, message) => {
      expect(() => readPreviousRound(dir)).toThrow(message);
    },
  );

  it("its problems are in bokmål too (the default language), naming the folder", () => {
    const error = (() => {
      try {
        readPreviousRound("/nonexistent/fidelity-previous");
      } catch (e) {
        return e as UsageError;
      }
      throw new Error("no error");
    })();
    expect(error.in("nb")).toBe(
      "--previous-dir: /nonexistent/fidelity-previous er ikke en mappe (oppgi en tidligere utmappe fra fidelity score)",
    );
    expect(error.in("en")).toContain("is not a folder");
  });

  it("a summary.json that is not JSON, or not a summary, is a usage error naming the file", () => {
    expect(() => readPreviousRound(folder({ "summary.json": "{" }))).toThrow(/summary\.json is not valid JSON/);
    expect(() => readPreviousRound(folder({ "summary.json": '{"teams": 3}' }))).toThrow(
      /summary\.json is not a summary written by fidelity score/,
    );
  });
});
