import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeFileAtomic } from "../../src/io/atomic-write.js";

describe("writeFileAtomic", () => {
  it("replaces the file whole and leaves no temp file", () => {
    const dir = mkdtempSync(join(tmpdir(), "atomic-"));
    const path = join(dir, "team.evaluation.json");
    writeFileAtomic(path, "first");
    writeFileAtomic(path, Buffer.from("second"));
    expect(readFileSync(path, "utf8")).toBe("second");
    expect(readdirSync(dir)).toEqual(["team.evaluation.json"]);
  });

  it("creates missing folders", () => {
    const dir = mkdtempSync(join(tmpdir(), "atomic-"));
    writeFileAtomic(join(dir, "a", "b", "x.pdf"), "pdf");
    expect(readFileSync(join(dir, "a", "b", "x.pdf"), "utf8")).toBe("pdf");
  });

  it("reports a path it cannot write as an IoError (exit code 4), leaving nothing behind", () => {
    const dir = mkdtempSync(join(tmpdir(), "atomic-"));
    writeFileSync(join(dir, "a-file"), "x");
    const path = join(dir, "a-file", "x.pdf");
    expect(() => writeFileAtomic(path, "pdf")).toThrow(expect.objectContaining({ name: "IoError", exitCode: 4, path }));
    expect(readdirSync(dir)).toEqual(["a-file"]);
  });
});
