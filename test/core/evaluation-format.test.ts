/** Evaluation files are read by `formatVersion`: the current one as it is, a newer one refused with a reason. */
import { describe, expect, it } from "vitest";
import { FORMAT_VERSION, migrateEvaluation, parseEvaluation } from "../../src/core/evaluation.js";

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
});
