import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from "node:fs";
import { dirname } from "node:path";
import type { z } from "zod";
import { SanctuaryError, messageOf } from "../errors.js";
import type { Logger } from "../log.js";

/**
 * Writes a file so that a reader sees the old content or the new, never a torn one: a temporary file
 * in the same folder, flushed to disk, then renamed over the target.
 */
export function writeFileAtomic(file: string, content: string): void {
  const writer = new AtomicFileWriter(file);
  writer.write(content);
  writer.commit();
}

/**
 * A file written piece by piece and made visible whole or not at all (`writeFileAtomic` writes a
 * string through it): for one too large to build in memory first.
 */
export class AtomicFileWriter {
  private readonly tmp: string;
  private fd: number | null;

  constructor(readonly file: string) {
    this.tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
    this.fd = null;
    this.guard(() => {
      mkdirSync(dirname(file), { recursive: true });
      this.fd = openSync(this.tmp, "w");
    });
  }

  /** Appends; returns the bytes written. */
  write(content: string): number {
    const bytes = Buffer.from(content, "utf8");
    this.guard(() => writeSync(this.fd!, bytes));
    return bytes.length;
  }

  /** Makes the file visible under its name. */
  commit(): void {
    this.guard(() => {
      fsyncSync(this.fd!);
      closeSync(this.fd!);
      this.fd = null;
      renameSync(this.tmp, this.file);
    });
  }

  /** Drops what was written. */
  abort(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    try {
      rmSync(this.tmp, { force: true });
    } catch {
      // Never made (its folder cannot be): nothing to drop, and the caller reports why.
    }
  }

  private guard(work: () => void): void {
    try {
      work();
    } catch (err) {
      this.abort();
      throw new SanctuaryError("state_write_failed", `DATA_DIR: cannot write ${this.file} (${messageOf(err)}); check that the folder exists, is writable and has free space`, { cause: err });
    }
  }
}

/**
 * Creates a file only if it does not exist yet (O_EXCL): of any number of processes or triggers trying
 * at once, exactly one gets `true`.
 */
export function claimFile(file: string, content: string): boolean {
  const cannot = (err: unknown) =>
    new SanctuaryError("state_write_failed", `DATA_DIR: cannot create ${file} (${messageOf(err)}); check that the folder is writable and has free space`, { cause: err });
  let fd: number;
  try {
    mkdirSync(dirname(file), { recursive: true });
    fd = openSync(file, "wx");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw cannot(err);
  }
  try {
    writeSync(fd, content);
    fsyncSync(fd);
  } catch (err) {
    // On a full disk the file is created but its content is not written: an empty claim would count
    // as taken forever, so it is released and the claim fails.
    closeSync(fd);
    rmSync(file, { force: true });
    throw cannot(err);
  }
  closeSync(fd);
  return true;
}

/**
 * Reads a cache file written by this program: `null` when it is missing, unreadable, not JSON or not of
 * the expected shape (a hand-edited `{}`, a file from another version), so the caller rebuilds it
 * instead of failing on a field that is not there.
 */
export function readCache<T>(file: string, schema: z.ZodType<T>, log: Logger): T | null {
  let raw: string;
  try {
    raw = readFileSync(file, "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ENOENT") log.warn({ file, err }, "cache unreadable; rebuilding it");
    return null;
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (err) {
    log.warn({ file, err }, "cache is not JSON; rebuilding it");
    return null;
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  log.warn({ file, problem: parsed.error.issues[0] && `${parsed.error.issues[0].path.join(".")}: ${parsed.error.issues[0].message}` }, "cache is not of the expected shape; rebuilding it");
  return null;
}
