/** A bounded set: remembers the latest `max` keys (handled event ids, threads the bot is in). */
export class RecentSet {
  private readonly items = new Set<string>();
  constructor(private readonly max: number) {}
  has(key: string): boolean {
    return this.items.has(key);
  }
  add(key: string): void {
    this.items.delete(key);
    this.items.add(key);
    if (this.items.size > this.max) this.items.delete(this.items.values().next().value!);
  }
}

/** A bounded map: keeps the latest `max` keys set, the oldest dropped first (follow-up subjects, shareable answers). */
export class RecentMap<V> {
  private readonly items = new Map<string, V>();
  constructor(private readonly max: number) {}
  get(key: string): V | undefined {
    return this.items.get(key);
  }
  set(key: string, value: V): void {
    this.items.delete(key);
    this.items.set(key, value);
    if (this.items.size > this.max) this.items.delete(this.items.keys().next().value!);
  }
}
