import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, writeSync } from "node:fs";
import { dirname } from "node:path";
import { SanctuaryError, messageOf } from "../errors.js";

/**
 * Writes a file so that a reader sees the old content or the new, never a torn one: a temporary file
 * in the same folder, flushed to disk, then renamed over the target.
 */
export function writeFileAtomic(file: string, content: string): void {
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    const fd = openSync(tmp, "w");
    try {
      writeSync(fd, content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
  } catch (err) {
    throw new SanctuaryError("state_write_failed", `DATA_DIR: cannot write ${file} (${messageOf(err)}); check that the folder exists, is writable and has free space`, { cause: err });
  }
}

/**
 * Creates a file only if it does not exist yet (O_EXCL): of any number of processes or triggers trying
 * at once, exactly one gets `true`.
 */
export function claimFile(file: string, content: string): boolean {
  mkdirSync(dirname(file), { recursive: true });
  let fd: number;
  try {
    fd = openSync(file, "wx");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw new SanctuaryError("state_write_failed", `DATA_DIR: cannot create ${file} (${messageOf(err)}); check that the folder is writable and has free space`, { cause: err });
  }
  try {
    writeSync(fd, content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return true;
}
