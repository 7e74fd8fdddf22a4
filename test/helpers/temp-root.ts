/**
 * vitest's global setup: every temporary folder the tests make (mkdtemp under os.tmpdir(), in the test workers and
 * in the `fidelity` processes they start) goes into one folder for the run, removed when the run ends. Without it
 * each run left hundreds of folders of synthetic team data in the system's temp folder.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), "fidelity-tests-"));
  const before = process.env.TMPDIR;
  // os.tmpdir() reads TMPDIR on every call; the test workers and the processes they start inherit it.
  process.env.TMPDIR = root;
  return () => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    rmSync(root, { recursive: true, force: true });
  };
}
