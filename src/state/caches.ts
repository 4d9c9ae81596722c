import type { Logger } from "../log.js";
import { writeFileAtomic } from "./files.js";

/** One cache file waiting to be written: where, what it holds (for the log), and how to serialize it. */
interface PendingCache {
  file: string;
  what: string;
  serialize: () => string;
}

/**
 * The cache files one build makes (the corpus parse, the entity snapshot, the passage index), written
 * together by `flush()` through the one atomic writer (temporary file, fsync, rename). A build queues
 * them rather than writing as it goes so that serializing (which allocates about as much again as the
 * index) starts after the build's own garbage is collectable; the caller decides when, and nothing
 * runs by itself: no timer, no exit hook.
 *
 * @example const caches = new CacheWrites(log); buildKnowledge(corpus, dataDir, log, { caches }); caches.flush();
 */
export class CacheWrites {
  private readonly pending: PendingCache[] = [];

  constructor(private readonly log: Logger) {}

  /** Queues a cache file; `serialize` runs at `flush()`. */
  add(file: string, what: string, serialize: () => string): void {
    this.pending.push({ file, what, serialize });
  }

  /** How many files are waiting. */
  get size(): number {
    return this.pending.length;
  }

  /**
   * Writes every queued file. A cache that cannot be written is logged and skipped: it only costs the
   * next start the time to rebuild it. When the process runs with `--expose-gc` (as `npm start` and the
   * bench do), the build's garbage is collected first, so the peak stays near the steady state.
   */
  flush(): void {
    if (!this.pending.length) return;
    (globalThis as { gc?: () => void }).gc?.();
    for (const { file, what, serialize } of this.pending.splice(0)) {
      try {
        writeFileAtomic(file, serialize());
      } catch (err) {
        this.log.warn({ file, err }, `could not save the ${what}; it will be rebuilt on the next start`);
      }
    }
  }
}

/** Queues a cache on the build's writer, or writes it at once when the caller gave none (a test, a one-off load). */
export function saveCache(caches: CacheWrites | undefined, log: Logger, file: string, what: string, serialize: () => string): void {
  const writes = caches ?? new CacheWrites(log);
  writes.add(file, what, serialize);
  if (!caches) writes.flush();
}
