import * as fs from "node:fs";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { writeFileAtomic } from "../../src/io/atomic-write.js";

vi.mock("node:fs", async (importOriginal) => {
  const actual = await importOriginal<typeof import("node:fs")>();
  return { ...actual, fsyncSync: vi.fn(actual.fsyncSync) };
});

describe("writeFileAtomic: durable or not", () => {
  afterEach(() => vi.mocked(fs.fsyncSync).mockClear());

  it("fsyncs the file and its folder by default (the evaluator's work)", () => {
    const dir = mkdtempSync(join(tmpdir(), "atomic-"));
    writeFileAtomic(join(dir, "team.evaluation.json"), "{}");
    expect(vi.mocked(fs.fsyncSync).mock.calls.length).toBeGreaterThanOrEqual(1);
  });

  it("with durable: false, still renames into place whole but never fsyncs (outputs made again)", () => {
    const dir = mkdtempSync(join(tmpdir(), "atomic-"));
    const path = join(dir, "team.pdf");
    writeFileAtomic(path, "old", { durable: false });
    writeFileAtomic(path, Buffer.from("new"), { durable: false });
    expect(readFileSync(path, "utf8")).toBe("new");
    expect(readdirSync(dir)).toEqual(["team.pdf"]);
    expect(vi.mocked(fs.fsyncSync)).not.toHaveBeenCalled();
  });
});
