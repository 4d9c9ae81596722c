import { existsSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { Logger } from "../log.js";
import { claimFile, writeFileAtomic } from "./files.js";
import { QuestionLog } from "./questions.js";
import { RateLimiter } from "./ratelimit.js";
import { RecentMap, RecentSet } from "./recent.js";
import { MEMORY_KINDS, SHARED_STATE_LIMITS, type DigestClaims, type MemoryKind, type QuestionStore, type SharedState } from "./shared.js";

/**
 * Shared state for a single replica: event ids, rate counts and follow-up subjects in this process's
 * memory, the question log and digest claims as files under DATA_DIR (which several processes on one
 * machine may share: the log is only appended to, a claim is an exclusive create).
 */
export function localState(dataDir: string, log: Logger, clock: { now(): number } = Date): SharedState {
  const seen = new RecentSet(SHARED_STATE_LIMITS.localEvents);
  const subjects = new RecentMap<string>(SHARED_STATE_LIMITS.localSubjects);
  const limiters = new Map<number, RateLimiter>();
  const questions = new QuestionLog(dataDir, log);
  const memory = localMemory();
  return {
    kind: "local",
    async claimOnce(scope, id) {
      const key = `${scope}:${id}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    },
    async takeRate(key, limit) {
      let limiter = limiters.get(limit);
      if (!limiter) limiters.set(limit, (limiter = new RateLimiter(limit, SHARED_STATE_LIMITS.rateWindowMs, () => clock.now())));
      return limiter.take(key);
    },
    subject: async (conversation) => subjects.get(conversation),
    rememberSubject: async (conversation, subject) => subjects.set(conversation, subject),
    remember: async (kind, key, value) => memory(kind).set(key, value),
    recall: async (kind, key) => memory(kind).get(key),
    questions: questionStoreOf(questions),
    digests: new FileDigestClaims(dataDir, log),
    healthy: () => true,
    ping: async () => true,
    close: async () => {},
  };
}

/** One bounded map per memory kind (MEMORY_KINDS), the oldest forgotten first. */
export function localMemory(): (kind: MemoryKind) => RecentMap<unknown> {
  const maps = new Map<MemoryKind, RecentMap<unknown>>();
  return (kind) => {
    let map = maps.get(kind);
    if (!map) maps.set(kind, (map = new RecentMap(MEMORY_KINDS[kind].local)));
    return map;
  };
}

/** The file-backed question log behind the asynchronous port. */
function questionStoreOf(log: QuestionLog): QuestionStore {
  return {
    open: async () => log.open(),
    add: async (record) => log.add(record),
    vote: async (id, user, helpful) => log.vote(id, user, helpful),
    get: async (id) => log.get(id),
    day: async (day) => log.day(day),
    popularIn: async (platform, server, text, limit) => log.popularIn(platform, server, text, limit),
  };
}

/**
 * Digest claims as marker files under DATA_DIR/digests/PLATFORM/CHANNEL/DAY.json, created exclusively
 * (O_EXCL): two triggers at once, a restart, or two processes sharing DATA_DIR never both take a day.
 */
export class FileDigestClaims implements DigestClaims {
  constructor(
    private readonly dataDir: string,
    private readonly log: Logger,
  ) {}

  async claim(platform: string, channel: string, day: string): Promise<boolean> {
    return claimFile(this.file(platform, channel, day), JSON.stringify({ status: "posting", day, since: new Date().toISOString() }));
  }

  async release(platform: string, channel: string, day: string): Promise<void> {
    rmSync(this.file(platform, channel, day), { force: true });
  }

  async posted(platform: string, channel: string, day: string): Promise<void> {
    writeFileAtomic(this.file(platform, channel, day), JSON.stringify({ status: "posted", day, at: new Date().toISOString() }));
  }

  async lastPosted(platform: string, channel: string): Promise<string | null> {
    const dir = this.folder(platform, channel);
    if (!existsSync(dir)) return null;
    const days = readdirSync(dir)
      .filter((f) => /^\d{4}-\d{2}-\d{2}\.json$/.test(f))
      .filter((f) => {
        try {
          return JSON.parse(readFileSync(join(dir, f), "utf8")).status === "posted";
        } catch {
          this.log.error({ file: join(dir, f) }, "digest marker unreadable; its day counts as posted");
          return true;
        }
      })
      .map((f) => f.slice(0, 10))
      .sort();
    return days.pop() ?? null;
  }

  private folder(platform: string, channel: string): string {
    return join(this.dataDir, "digests", platform, channel.replace(/[^\w-]/g, "_"));
  }

  private file(platform: string, channel: string, day: string): string {
    return join(this.folder(platform, channel), `${day}.json`);
  }
}
