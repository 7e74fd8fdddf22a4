/** setAsideEvaluation: an evaluation and every PDF drawn from it are kept under one new name, never over a file. */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { setAsideEvaluation } from "../../src/cli/outputs.js";

describe("setAsideEvaluation", () => {
  it("moves the evaluation, <team>.pdf and <team>.en.pdf together; an unrelated file stays", () => {
    const dir = mkdtempSync(join(tmpdir(), "aside-"));
    for (const f of ["t.evaluation.json", "t.pdf", "t.en.pdf", "other.pdf"]) writeFileSync(join(dir, f), f);
    expect(setAsideEvaluation(join(dir, "t.evaluation.json"), "2026-11-26T23:13:05.000Z")).toBe(
      join(dir, "t.replaced-20261126231305.evaluation.json"),
    );
    expect(readdirSync(dir).sort()).toEqual([
      "other.pdf",
      "t.replaced-20261126231305.en.pdf",
      "t.replaced-20261126231305.evaluation.json",
      "t.replaced-20261126231305.pdf",
    ]);
    expect(readFileSync(join(dir, "t.replaced-20261126231305.en.pdf"), "utf8")).toBe("t.en.pdf");
  });

  it("moves the action plan <team>.handlingsplan.csv with the evaluation", () => {
    const dir = mkdtempSync(join(tmpdir(), "aside-"));
    for (const f of ["t.evaluation.json", "t.handlingsplan.csv"]) writeFileSync(join(dir, f), f);
    setAsideEvaluation(join(dir, "t.evaluation.json"), "2026-11-26T23:13:05.000Z");
    expect(readdirSync(dir).sort()).toEqual([
      "t.replaced-20261126231305.evaluation.json",
      "t.replaced-20261126231305.handlingsplan.csv",
    ]);
  });

  it("a leftover file with the same new name (even only a PDF) gives the next free name instead", () => {
    const dir = mkdtempSync(join(tmpdir(), "aside-"));
    for (const f of ["t.evaluation.json", "t.pdf", "t.replaced-20261126231305.pdf"]) writeFileSync(join(dir, f), f);
    expect(setAsideEvaluation(join(dir, "t.evaluation.json"), "2026-11-26T23:13:05.000Z")).toBe(
      join(dir, "t.replaced-20261126231305-2.evaluation.json"),
    );
    expect(readFileSync(join(dir, "t.replaced-20261126231305.pdf"), "utf8")).toBe("t.replaced-20261126231305.pdf");
    expect(readFileSync(join(dir, "t.replaced-20261126231305-2.pdf"), "utf8")).toBe("t.pdf");
  });

  it("nothing there: nothing moved", () => {
    const dir = mkdtempSync(join(tmpdir(), "aside-"));
    writeFileSync(join(dir, "t.pdf"), "x");
    expect(setAsideEvaluation(join(dir, "t.evaluation.json"), "2026-11-26T23:13:05.000Z")).toBeUndefined();
    expect(readdirSync(dir)).toEqual(["t.pdf"]);
  });
});
