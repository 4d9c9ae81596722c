/**
 * A sliding-window limit: at most `limit` events per key in any `windowMs`. Keys are forgotten once
 * their window is empty, so memory follows the active users and channels only.
 *
 * @example const l = new RateLimiter(20, 60_000); l.take("slack:U1") // 0 when allowed, else ms to wait
 */
export class RateLimiter {
  private readonly hits = new Map<string, number[]>();
  private lastSweep = 0;

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** How many keys are remembered. */
  get size(): number {
    return this.hits.size;
  }

  /** Counts one event for `key`; returns 0 when allowed, or how many ms until it would be. */
  take(key: string): number {
    if (this.limit <= 0) return 0;
    const t = this.now();
    const list = (this.hits.get(key) ?? []).filter((at) => t - at < this.windowMs);
    if (list.length >= this.limit) {
      this.hits.set(key, list);
      return this.windowMs - (t - list[0]);
    }
    list.push(t);
    this.hits.set(key, list);
    // Idle keys are swept at most once a window: sweeping on every request past 10,000 keys cost up
    // to a millisecond a request at 100,000.
    if (this.hits.size > 10_000 && t - this.lastSweep >= this.windowMs) {
      this.lastSweep = t;
      for (const [k, v] of this.hits) if (!v.some((at) => t - at < this.windowMs)) this.hits.delete(k);
    }
    return 0;
  }
}
