/** Options as schemas: typed values out, one usage error (the first bad option) for a bad value. */
import { describe, expect, it } from "vitest";
import { OPTIONS, parseOptions, SHARED } from "../../src/cli/options.js";
import { UsageError } from "../../src/core/errors.js";

describe("parseOptions", () => {
  it("turns the command line's strings into typed values", () => {
    expect(parseOptions("score", { jobs: "3", failUnder: "0", lookbackWeeks: "12", visitDate: "2026-11-20" })).toEqual({
      jobs: 3,
      failUnder: 0,
      lookbackWeeks: 12,
      visitDate: "2026-11-20",
    });
  });

  it.each([
    [
      "score",
      { jobs: "0" },
      '--jobs must be a whole number from 1 to 64, got "0"',
      '--jobs må være et helt tall fra 1 til 64, ikke "0"',
    ],
    [
      "score",
      { failUnder: "-1" },
      '--fail-under must be a whole number ≥ 0, got "-1"',
      '--fail-under må være et helt tall ≥ 0, ikke "-1"',
    ],
    [
      "score",
      { lookbackWeeks: "53" },
      '--lookback-weeks must be a whole number from 1 to 52, got "53"',
      '--lookback-weeks må være et helt tall fra 1 til 52, ikke "53"',
    ],
    [
      "validate",
      { visitDate: "2026-02-30" },
      '--visit-date must be a date, e.g. 26.11.2026 or 2026-11-26, got "2026-02-30"',
      '--visit-date må være en dato, f.eks. 26.11.2026 eller 2026-11-26, ikke "2026-02-30"',
    ],
    [
      "init",
      { visitDate: "31.02.2026" },
      '--visit-date must be a date, e.g. 26.11.2026 or 2026-11-26, got "31.02.2026"',
      '--visit-date må være en dato, f.eks. 26.11.2026 eller 2026-11-26, ikke "31.02.2026"',
    ],
  ] as const)("%s %j is a usage error: %s", (command, raw, en, nb) => {
    let error: unknown;
    try {
      parseOptions(command, raw);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).in("en")).toBe(en);
    expect((error as UsageError).in("nb")).toBe(nb);
  });

  it("a value no option text of ours covers (a wrong type from a test or a caller) is still a usage error, led in bokmål", () => {
    let error: unknown;
    try {
      parseOptions("agreement", { json: 5 as unknown as boolean });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UsageError);
    const en = (error as UsageError).in("en");
    expect(en).toMatch(/boolean/);
    expect((error as UsageError).in("nb")).toBe(`ugyldige valg: ${en}`);
  });

  it("takes a date in every form the CSVs accept", () => {
    for (const d of ["20.11.2026", "20.11.26", "20/11/2026", "2026-11-20"])
      expect(parseOptions("init", { visitDate: d })).toEqual({ visitDate: "2026-11-20" });
  });

  it("declares an option shared by several commands once", () => {
    expect(OPTIONS.score.shape.visitDate).toBe(SHARED.visitDate);
    expect(OPTIONS.validate.shape.visitDate).toBe(SHARED.visitDate);
    expect(OPTIONS.init.shape.visitDate).toBe(SHARED.visitDate);
    expect(OPTIONS.validate.shape.lookbackWeeks).toBe(SHARED.lookbackWeeks);
  });
});
