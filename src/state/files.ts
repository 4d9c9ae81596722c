import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, writeSync } from "node:fs";
import { dirname } from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
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

const pending: Array<() => void> = [];
let timer: NodeJS.Timeout | null = null;

/**
 * Queues a cache write until `flushPendingWrites()` (which the core calls once the build is done), or
 * a moment later, or process exit, whichever comes first. Building a large index leaves garbage that is
 * better collected before the cache is serialized, so peak memory stays lower.
 */
export function deferWrite(write: () => void, delayMs = 1500): void {
  pending.push(write);
  if (!timer) {
    timer = setTimeout(flushPendingWrites, delayMs);
    timer.unref();
    process.once("beforeExit", flushPendingWrites);
  }
}

/** Runs every deferred write now. */
export function flushPendingWrites(): void {
  if (timer) clearTimeout(timer);
  timer = null;
  if (pending.length === 0) return;
  // Serializing a large index allocates about as much again as the index; collecting the garbage the
  // build left first keeps the peak (the RSS a host must provision) near the steady state.
  collectGarbage();
  for (const write of pending.splice(0)) write();
}

let gc: (() => void) | null = null;
function collectGarbage(): void {
  if (!gc) {
    setFlagsFromString("--expose-gc");
    gc = runInNewContext("gc") as () => void;
  }
  gc();
}
