/** The run's temporary folders are made in one folder that vitest's global setup removes (test/helpers/temp-root.ts). */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { expect, it } from "vitest";

it("makes temporary folders inside the run's own folder", () => {
  const dir = mkdtempSync(join(tmpdir(), "probe-"));
  expect(basename(dirname(dir))).toMatch(/^fidelity-tests-/);
});
