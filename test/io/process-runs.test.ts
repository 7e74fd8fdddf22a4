import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { processRuns } from "../../src/io/process-runs.js";

const state = (pid: number): string => {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3);
};

describe("processRuns", () => {
  it("this process and a running child run; a pid nobody has does not", async () => {
    expect(processRuns(process.pid)).toBe(true);
    const child = spawn("sleep", ["30"], { stdio: "ignore" });
    try {
      expect(processRuns(child.pid ?? -1)).toBe(true);
    } finally {
      child.kill("SIGKILL");
    }
    await new Promise((r) => child.on("exit", r));
    expect(processRuns(child.pid ?? -1)).toBe(false);
  });

  it.skipIf(process.platform !== "linux")(
    "a process that has ended but is not yet reaped by its parent (a zombie) does not run",
    async () => {
      // `sleep 0` is started in the background, then its parent becomes `sleep 30`, which never reaps it.
      const parent = spawn("sh", ["-c", "sleep 0 & echo $!; exec sleep 30"], { stdio: ["ignore", "pipe", "ignore"] });
      try {
        const pid = await new Promise<number>((resolve) =>
          parent.stdout?.once("data", (d) => resolve(Number(String(d).trim()))),
        );
        const start = Date.now();
        while (state(pid) !== "Z") {
          if (Date.now() - start > 30_000) throw new Error(`pid ${pid} never became a zombie`);
          await new Promise((r) => setTimeout(r, 20));
        }
        expect(processRuns(pid)).toBe(false);
        expect(processRuns(parent.pid ?? -1)).toBe(true);
      } finally {
        parent.kill("SIGKILL");
      }
    },
    60_000,
  );
});
