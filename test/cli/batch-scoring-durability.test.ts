/**
 * `<team>.evaluation.json` from a batch scoring is an output made again by scoring the team folder again: written
 * atomically without fsync. An evaluation saved by the wizard is the evaluator's work: fsynced (docs/decisions.md).
 */
import * as fs from "node:fs";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { writeTeamOutputs } from "../../src/cli/outputs.js";
import { batchTimestamp, type Evaluation } from "../../src/core/evaluation.js";
import { evaluationOf, ipsScores } from "../helpers/evaluations.js";
import { ips25 } from "../helpers/scales.js";

vi.mock("node:fs", async (importOriginal) => {
  const actual = await importOriginal<typeof import("node:fs")>();
  return { ...actual, fsyncSync: vi.fn(actual.fsyncSync) };
});

const scale = ips25();
const VISIT = "2026-11-26";
const batch = {
  ...evaluationOf(scale, ipsScores(scale, 3), { visitDate: VISIT }),
  createdAt: batchTimestamp(VISIT),
  updatedAt: batchTimestamp(VISIT),
} as Evaluation;
const wizard = { ...batch, updatedAt: "2026-11-26T22:13:00.000Z" } as Evaluation;

describe("the evaluation file's durability", () => {
  afterEach(() => vi.mocked(fs.fsyncSync).mockClear());

  it("a batch scoring: written whole, no fsync", async () => {
    const out = mkdtempSync(join(tmpdir(), "durable-"));
    const written = await writeTeamOutputs(out, batch, { lang: "nb", pdf: false });
    expect(JSON.parse(readFileSync(written.evaluationPath, "utf8")).updatedAt).toBe(batch.updatedAt);
    expect(vi.mocked(fs.fsyncSync)).not.toHaveBeenCalled();
  });

  it("saved by the wizard: fsynced", async () => {
    const out = mkdtempSync(join(tmpdir(), "durable-"));
    await writeTeamOutputs(out, wizard, { lang: "nb", pdf: false });
    expect(vi.mocked(fs.fsyncSync).mock.calls.length).toBeGreaterThanOrEqual(1);
  });
});
