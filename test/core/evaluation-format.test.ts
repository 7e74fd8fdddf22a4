/** Evaluation files are read by `formatVersion`: the current one as it is, a newer one refused with a reason. */
import { describe, expect, it } from "vitest";
import { FORMAT_VERSION, migrateEvaluation, parseEvaluation } from "../../src/core/evaluation.js";
import { evaluationOf, ipsScores } from "../helpers/evaluations.js";
import { ips25 } from "../helpers/scales.js";

describe("evaluation file format versions", () => {
  it("passes the current format through unchanged", () => {
    const json = { formatVersion: FORMAT_VERSION, status: "complete" };
    expect(migrateEvaluation(json)).toEqual({ ok: true, json });
  });

  it("says a file from a newer fidelity is from a newer fidelity", () => {
    const result = parseEvaluation({ formatVersion: FORMAT_VERSION + 1 });
    expect(result).toEqual({
      ok: false,
      problems: [
        `formatVersion: ${FORMAT_VERSION + 1} is written by a newer version of fidelity (this one reads up to ${FORMAT_VERSION}): update fidelity to read it`,
      ],
    });
  });

  it("refuses a version fidelity never wrote", () => {
    expect(migrateEvaluation({ formatVersion: 0 })).toEqual({
      ok: false,
      problem: "formatVersion: 0 is not a format fidelity has written",
    });
  });

  it("leaves a missing or odd version to the schema, which names it", () => {
    const result = parseEvaluation({ status: "complete" });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.some((p) => p.startsWith("formatVersion"))).toBe(true);
  });

  it("is at version 3 (the action plan, the previous plan and item recommendations)", () => {
    expect(FORMAT_VERSION).toBe(3);
  });

  // A file written before the action plan: same fields, older number. Each reads as the current version, with
  // its ratings as they were and no plan of its own (the report proposes one).
  it.each([1, 2])("reads a version-%i file as version 3, ratings unchanged and no plan", (version) => {
    const ips = ips25();
    const current = evaluationOf(ips, ipsScores(ips, 4, { O3: 2 }));
    const old = { ...JSON.parse(JSON.stringify(current)), formatVersion: version };
    expect(migrateEvaluation(old)).toEqual({ ok: true, json: { ...old, formatVersion: 3 } });
    const parsed = parseEvaluation(old);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.evaluation.formatVersion).toBe(3);
    expect(parsed.evaluation.items).toEqual(current.items);
    expect(parsed.evaluation.actionPlan).toBeUndefined();
    expect(parsed.evaluation.previousPlan).toBeUndefined();
  });

  it("keeps a version-2 file's consensus block when it is read as version 3", () => {
    const ips = ips25();
    const consensus = {
      a: { file: "a.evaluation.json", sha256: "a".repeat(64), evaluators: ["Kari"], updatedAt: "2026-11-26T10:00:00Z" },
      b: { file: "b.evaluation.json", sha256: "b".repeat(64), evaluators: ["Ola"], updatedAt: "2026-11-26T10:00:00Z" },
      items: [{ itemId: "B1", agreed: true }],
    };
    const v2 = { ...JSON.parse(JSON.stringify(evaluationOf(ips, ipsScores(ips, 4)))), formatVersion: 2, consensus };
    const parsed = parseEvaluation(v2);
    expect(parsed.ok && parsed.evaluation.consensus).toEqual(consensus);
  });
});
