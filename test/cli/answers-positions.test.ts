/**
 * Problems in the answers file through the command line: at `file:line:column` (docs/design.md §2), never echoing
 * an id number, and a file nested absurdly deep refused with exit 3 rather than a stack overflow. `validate`
 * prints problems as its report (stdout); `score` prints them as errors (stderr).
 * The expected messages are the English ones (--lang en); bokmål is the default.
 */
import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "../helpers/cli.js";
import { syntheticId } from "../helpers/synthetic-id.js";

const EXAMPLE = join(import.meta.dirname, "..", "..", "examples", "ips-team");

/** A copy of examples/ips-team with `answers` as its vurderinger.json. */
function teamWith(answers: string): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), "answers-"));
  cpSync(EXAMPLE, dir, { recursive: true });
  const file = join(dir, "vurderinger.json");
  writeFileSync(file, answers);
  return { dir, file };
}

describe("answers problems at file:line:column", () => {
  it("validate: a score out of range at its value", async () => {
    const { dir, file } = teamWith(
      '{\n  "$comment": "test",\n  "B2": 6,\n  "B3": { "score": 4, "colour": "gul" }\n}\n',
    );
    const r = await cli(["validate", dir, "--lang", "en"]);
    expect(r.code).toBe(3);
    expect(r.stdout).toContain(`${file}:3:9: B2: `);
    expect(r.stdout).toContain(`${file}:4:9: B3: this scale is scored 1–5, not with colours`);
  });

  it("validate: an unknown element at the array element, an unknown item at its value", async () => {
    const { dir, file } = teamWith(
      '{\n  "O2": {\n    "elements": ["shared-record",\n      "no-such"]\n  },\n  "Q9": 3\n}\n',
    );
    const r = await cli(["validate", dir, "--lang", "en"]);
    expect(r.code).toBe(3);
    expect(r.stdout).toContain(`${file}:4:7: O2.elements[1]: unknown element "no-such"`);
    expect(r.stdout).toContain(`${file}:6:9: Q9: unknown item id for ips-25`);
  });

  it("score: an override without a reason at the item's key as the file writes it", async () => {
    const { dir, file } = teamWith('{\n  "b2": 4,\n  "t6": 1\n}\n');
    const r = await cli(["score", dir, "--no-pdf", "--lang", "en"]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(
      new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:3:9: T6: 1 differs from the data's suggestion \\d`),
    );
  });
});

describe("an id number in the answers file's free text is refused, not echoed", () => {
  const ID = syntheticId("040239");

  it.each([
    ["note", `{\n  "B2": {\n    "score": 4,\n    "note": "gjelder ${ID}"\n  }\n}\n`, "4:13: B2.note"],
    ["reason", `{\n  "B2": { "score": 4, "reason": "${ID}" }\n}\n`, "2:33: B2.reason"],
    ["context", `{\n  "context": "Mye fravær hos ${ID.slice(0, 6)} ${ID.slice(6)}"\n}\n`, "2:14: context"],
  ])("%s", async (_, text, where) => {
    const { dir, file } = teamWith(text);
    const r = await cli(["validate", dir, "--lang", "en"]);
    expect(r.code).toBe(3);
    expect(r.stdout).toContain(`${file}:${where}: contains what looks like a Norwegian national identity number`);
    expect(r.stdout + r.stderr).not.toContain(ID.slice(6));
  });
});

describe("a deeply nested answers file", () => {
  it("is refused with exit 3 and a clear message, not a stack overflow", async () => {
    const { dir, file } = teamWith(`{"B2": ${"[".repeat(50_000)}${"]".repeat(50_000)}}`);
    const r = await cli(["validate", dir, "--lang", "en"]);
    expect(r.code).toBe(3);
    expect(r.stdout).toContain(`${file}:1:107: invalid JSON: values are nested more than 100 levels deep`);
    expect(r.stdout + r.stderr).not.toMatch(/call stack|\n\s+at /);
  });
});
