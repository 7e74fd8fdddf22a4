/**
 * readEarlier: what is at a team's evaluation path is read once per team, and a file with exactly the bytes of
 * the batch scoring about to be written is known as that batch scoring without the full check. The fast path
 * must not change what is kept: a wizard's evaluation, a damaged file and a batch-stamped file that is not a
 * valid evaluation are still told apart as before.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { finishedFromSameData, heldWork, readEarlier } from "../../src/cli/outputs.js";
import { batchTimestamp, type Evaluation } from "../../src/core/evaluation.js";
import { evaluationFileBytes } from "../../src/io/evaluation-file.js";
import { evaluationOf, ipsScores } from "../helpers/evaluations.js";
import { ips25 } from "../helpers/scales.js";

const scale = ips25();
const VISIT = "2026-11-26";
/** The batch scoring about to be written (stamped noon on its visit date) and its file bytes. */
const scoring: Evaluation = {
  ...evaluationOf(scale, ipsScores(scale, 3), { visitDate: VISIT }),
  createdAt: batchTimestamp(VISIT),
  updatedAt: batchTimestamp(VISIT),
  inputs: [{ kind: "answers", file: "vurderinger.json", sha256: "a".repeat(64) }],
} as Evaluation;
const bytes = evaluationFileBytes(scoring);
const fresh = { scoring, bytes };

function fileWith(content: string | Buffer): string {
  const path = join(mkdtempSync(join(tmpdir(), "earlier-")), "t.evaluation.json");
  writeFileSync(path, content);
  return path;
}

describe("readEarlier (one read of what is in the way)", () => {
  it("exactly the bytes about to be written: that batch scoring, replaced, nothing held", () => {
    const path = fileWith(bytes);
    const earlier = readEarlier(path, fresh);
    expect(earlier).toEqual({ kind: "batch" });
    expect(heldWork(path, earlier)).toBeUndefined();
    expect(finishedFromSameData(path, scoring, earlier)).toBeUndefined();
  });

  it("a visit finished in the wizard from the same data is read in full: used by score, else kept", () => {
    const wizard = { ...scoring, createdAt: "2026-11-26T21:40:00.000Z", updatedAt: "2026-11-26T22:13:00.000Z" };
    const path = fileWith(evaluationFileBytes(wizard));
    const earlier = readEarlier(path, fresh);
    expect(earlier?.kind).toBe("saved");
    expect(finishedFromSameData(path, scoring, earlier)).toEqual(wizard);
    expect(heldWork(path, earlier)).toEqual({ savedAt: "2026-11-26T22:13:00.000Z" });
  });

  it.each([
    ["damaged (the fresh bytes cut short)", bytes.subarray(0, bytes.length - 40)],
    ["not JSON", '{ "formatVersion": 3, "status": "comp'],
    // Stamped as a batch scoring but not a valid evaluation: not taken for one on its stamp alone.
    [
      "batch-stamped but not an evaluation",
      `${JSON.stringify({ visitDate: VISIT, updatedAt: batchTimestamp(VISIT) })}\n`,
    ],
  ])("%s: unreadable, kept", (_what, content) => {
    const path = fileWith(content);
    const earlier = readEarlier(path, fresh);
    expect(earlier).toEqual({ kind: "unreadable" });
    expect(heldWork(path, earlier)).toEqual({});
    expect(finishedFromSameData(path, scoring, earlier)).toBeUndefined();
  });

  it("a valid batch scoring with other bytes (other data) is recognised by the full read", () => {
    const other = { ...scoring, items: scoring.items.slice(1) };
    const path = fileWith(`${JSON.stringify(other)}\n`);
    expect(readEarlier(path, fresh)).toEqual({ kind: "batch" });
    expect(heldWork(path)).toBeUndefined();
  });

  it("nothing there: undefined; a folder in the way: unreadable (kept)", () => {
    const dir = mkdtempSync(join(tmpdir(), "earlier-"));
    expect(readEarlier(join(dir, "t.evaluation.json"), fresh)).toBeUndefined();
    expect(heldWork(join(dir, "t.evaluation.json"), null)).toBeUndefined();
    expect(readEarlier(dir, fresh)).toEqual({ kind: "unreadable" });
  });
});
