/** The lock beside a session or output folder, short safe file names, and cleaning a killed run's temp files. */
import { existsSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cleanStaleTemps, writeFileAtomic } from "../../src/io/atomic-write.js";
import { MAX_STEM_LENGTH, teamFileStem } from "../../src/io/evaluation-file.js";
import { acquireLock, InUseError } from "../../src/io/lock.js";

const held = (who: { nb: string; en: string }) => ({ nb: `opptatt (${who.nb})`, en: `held (${who.en})` });

describe("acquireLock", () => {
  it("refuses a second holder while the first runs, and allows it after release", () => {
    const path = join(mkdtempSync(join(tmpdir(), "lock-")), "x.lock");
    const first = acquireLock(path, held);
    expect(JSON.parse(readFileSync(path, "utf8")).pid).toBe(process.pid);
    expect(() => acquireLock(path, held)).toThrow(InUseError);
    first.release();
    expect(existsSync(path)).toBe(false);
    const second = acquireLock(path, held);
    second.release();
  });

  it("takes over a damaged lock only once it is older than a minute", () => {
    const path = join(mkdtempSync(join(tmpdir(), "lock-")), "x.lock");
    writeFileSync(path, "{half");
    expect(() => acquireLock(path, held)).toThrow(InUseError);
    const old = (Date.now() - 120_000) / 1000;
    utimesSync(path, old, old);
    acquireLock(path, held).release();
  });
});

describe("teamFileStem", () => {
  it.each([
    ["Team Øst/Vest", "team-ost-vest"],
    ["ÆØÅ", "aeoa"],
    ["???", "team"],
  ])("%j → %s", (name, stem) => expect(teamFileStem(name)).toBe(stem));

  it("shortens a long name to at most 80 characters with a hash, different for names that start alike", () => {
    const a = teamFileStem(`${"Lang teamnavn ".repeat(10)}A`);
    const b = teamFileStem(`${"Lang teamnavn ".repeat(10)}B`);
    expect(a.length).toBeLessThanOrEqual(MAX_STEM_LENGTH);
    expect(a).toMatch(/^lang-teamnavn-.*-[0-9a-f]{8}$/);
    expect(a).not.toBe(b);
    expect(teamFileStem("x".repeat(80))).toBe("x".repeat(80));
  });
});

describe("cleanStaleTemps", () => {
  it("removes temp files of processes that no longer run, keeps its own and other files", () => {
    const dir = mkdtempSync(join(tmpdir(), "temps-"));
    const dead = 2 ** 22 + 7;
    writeFileSync(join(dir, `.summary.csv.${dead}.lx2k1a0.fidelity-tmp`), "x");
    writeFileSync(join(dir, `.team.pdf.${dead}.1700000000000.tmp`), "x");
    writeFileSync(join(dir, `.mine.pdf.${process.pid}.abc0.fidelity-tmp`), "x");
    writeFileSync(join(dir, "notes.tmp"), "x");
    expect(cleanStaleTemps(dir)).toBe(2);
    expect(existsSync(join(dir, `.mine.pdf.${process.pid}.abc0.fidelity-tmp`))).toBe(true);
    expect(existsSync(join(dir, "notes.tmp"))).toBe(true);
  });

  it("writeFileAtomic leaves no temp file behind", () => {
    const dir = mkdtempSync(join(tmpdir(), "temps-"));
    writeFileAtomic(join(dir, `${"n".repeat(250)}.pdf`), "x");
    expect(cleanStaleTemps(dir)).toBe(0);
  });
});
