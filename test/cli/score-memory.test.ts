/**
 * Flat memory (issue 12): `score --json` keeps nothing per team after the team is written but its summary line.
 * The live heap (after a full GC, sampled after every team folder and while the output is printed, in a child
 * process) for 200 teams stays within a small factor of that for 20 teams. Before, every team's metrics were kept
 * to the end: 17.6 MB for 20 teams, 52.6 MB for 200 (3.0×); now about 14 and 16 MB (1.2×).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTeam, writeTeamFolder } from "../../scripts/generate-team.js";

const ROOT = join(import.meta.dirname, "..", "..");
let dir: string;
let folders: string[];

function peakHeap(args: string[]): { code: number; peakHeapMb: number; samples: number } {
  const out = execFileSync(
    process.execPath,
    ["--expose-gc", "--import", "tsx", join(ROOT, "test", "helpers", "score-heap.ts"), ...args],
    { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 20 },
  );
  return JSON.parse(out);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "fidelity-memory-"));
  folders = Array.from({ length: 200 }, (_, i) => {
    const n = String(i + 1).padStart(4, "0");
    const folder = join(dir, `team-${n}`);
    const team = buildTeam({
      seed: `memory/${i}`,
      teamName: `Minneteam ${n}`,
      scale: i % 3 === 2 ? "kvalitetsveileder" : "ips-25",
      specialists: 3,
      rowsScale: 0.25,
    });
    writeTeamFolder(folder, team, { format: "utf8" });
    return folder;
  });
}, 300_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("score memory", () => {
  it("holds about as much for 200 teams as for 20 (--json --no-pdf)", () => {
    const small = peakHeap(["score", ...folders.slice(0, 20), "--no-pdf", "--json"]);
    const large = peakHeap(["score", ...folders, "--no-pdf", "--json"]);
    expect(small.code).toBe(0);
    expect(large.code).toBe(0);
    // Sampled after every folder: the measurement covered the whole run.
    expect(large.samples).toBeGreaterThanOrEqual(200);
    expect(large.peakHeapMb).toBeLessThan(1.5 * small.peakHeapMb);
  }, 300_000);
});
