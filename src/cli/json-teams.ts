/**
 * `score --json` without holding every team's metrics to the end: each team's entry is serialized as soon as the
 * team is written, and only its text is kept — in memory up to `SPILL_BYTES`, beyond that in a private temporary
 * file (removed when the output is printed, or when the run stops). At the end the entries are printed in team-name
 * order inside the same object as before: the bytes are exactly `JSON.stringify({ teams, ...rest }, null, 2)`.
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Stream } from "./context.js";

/** Entries kept in memory up to this many bytes (UTF-8); more go to the temporary file. */
export const SPILL_BYTES = 8 << 20;

interface Entry {
  team: string;
  /** In memory, or at `offset` in the temporary file. */
  text?: Buffer;
  offset: number;
  length: number;
}

/** `JSON.stringify(value, null, 2)` as it reads nested `depth` levels deep. */
function stringifyAt(value: unknown, depth: number): string {
  const text = JSON.stringify(value, null, 2);
  return depth === 0 ? text : text.replace(/\n/g, `\n${"  ".repeat(depth)}`);
}

export class TeamJsonEntries {
  private readonly entries: Entry[] = [];
  private inMemory = 0;
  private dir: string | undefined;
  private fd: number | undefined;
  private fileSize = 0;

  constructor(private readonly spillBytes = SPILL_BYTES) {}

  /** Adds one team's entry (`team` is its name, the sort key). */
  add(team: string, entry: object): void {
    const text = Buffer.from(stringifyAt(entry, 2), "utf8");
    if (this.inMemory + text.length <= this.spillBytes) {
      this.inMemory += text.length;
      this.entries.push({ team, text, offset: 0, length: text.length });
      return;
    }
    if (this.fd === undefined) {
      this.dir = mkdtempSync(join(tmpdir(), "fidelity-json-"));
      this.fd = openSync(join(this.dir, "teams.json"), "w+", 0o600);
    }
    let written = 0;
    while (written < text.length)
      written += writeSync(this.fd, text, written, text.length - written, this.fileSize + written);
    this.entries.push({ team, offset: this.fileSize, length: text.length });
    this.fileSize += text.length;
  }

  get size(): number {
    return this.entries.length;
  }

  /**
   * Prints `{ "teams": [...entries in team-name order], ...rest }` as `JSON.stringify(…, null, 2)` would, and a
   * newline; then removes the temporary file.
   */
  async print(out: Stream, rest: Record<string, unknown>): Promise<void> {
    try {
      // Stable, as the summary's own sort: teams of the same name stay in the order they were written.
      const sorted = [...this.entries].sort((a, b) => a.team.localeCompare(b.team, "nb"));
      if (sorted.length === 0) await write(out, '{\n  "teams": []');
      else {
        await write(out, '{\n  "teams": [\n    ');
        for (let i = 0; i < sorted.length; i++) {
          if (i > 0) await write(out, ",\n    ");
          await write(out, this.text(sorted[i] as Entry).toString("utf8"));
        }
        await write(out, "\n  ]");
      }
      const tail = stringifyAt(rest, 0);
      await write(out, tail === "{}" ? "\n}\n" : `,${tail.slice(1)}\n`);
    } finally {
      this.close();
    }
  }

  /** Removes the temporary file, if any. */
  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    if (this.dir !== undefined) rmSync(this.dir, { recursive: true, force: true });
    this.fd = undefined;
    this.dir = undefined;
  }

  private text(e: Entry): Buffer {
    if (e.text) return e.text;
    const buf = Buffer.alloc(e.length);
    let read = 0;
    while (read < e.length) read += readSync(this.fd as number, buf, read, e.length - read, e.offset + read);
    return buf;
  }
}

/** Writes, and waits when the stream asks for it (a pipe that is read slowly), so memory stays flat. */
function write(out: Stream, chunk: string): Promise<void> | void {
  const ok = out.write(chunk);
  const emitter = out as Stream & { once?: (event: string, fn: () => void) => unknown };
  if (ok !== false || typeof emitter.once !== "function") return;
  return new Promise((resolve) => emitter.once?.("drain", resolve));
}
