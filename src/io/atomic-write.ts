/**
 * Write a file so that a crash or kill at any moment leaves either the old file or the new one, never half of
 * one: write a temp file in the same folder, fsync it, rename it over the target, fsync the folder.
 */
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { IoError } from "../core/errors.js";

export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    mkdirSync(dir, { recursive: true });
    const fd = openSync(temp, "w");
    try {
      const buf = typeof data === "string" ? Buffer.from(data, "utf8") : data;
      let off = 0;
      while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
    syncDir(dir);
  } catch (e) {
    try {
      rmSync(temp, { force: true });
    } catch {
      // The temp file was never created (e.g. the folder is not a folder).
    }
    const err = e as NodeJS.ErrnoException;
    throw new IoError(`cannot write ${path}: ${err.code ?? err.message}`, path);
  }
}

function syncDir(dir: string): void {
  try {
    const fd = openSync(dir, "r");
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Some file systems do not allow fsync on a folder; the rename itself is still atomic.
  }
}
