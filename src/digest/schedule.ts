import { Cron } from "croner";
import type { Config } from "../config.js";
import type { Core, Reply } from "../core.js";
import type { Logger } from "../log.js";
import { dayIn } from "./digest.js";

/** A channel the scheduled digest goes to, and how the adapter posts there. */
export interface DigestTarget {
  platform: string;
  channel: string;
  post(reply: Reply): Promise<void>;
}

export type PostOutcome = "posted" | "already" | "failed";

/** How many missed days are caught up after downtime, at most. */
const CATCH_UP_DAYS = 7;

/**
 * A post that fails (the platform is down, DATA_DIR is full or read-only) is tried again this long
 * after, this many times, besides at the next scheduled trigger: a daily schedule would otherwise lose
 * the day to one failed minute.
 */
export const DIGEST_RETRY = { delayMs: 5 * 60_000, attempts: 12 };

/** The digest of a day as a reply that adapters post publicly. */
export async function digestReply(core: Core, day: string): Promise<Reply> {
  const digest = await core.digest(day);
  return { kind: "digest", text: digest.text, sources: [], audience: "channel", actions: [], digest };
}

/**
 * Posts each day's digest to each target once. A day's post is claimed in shared state before posting
 * (a marker file under DATA_DIR/digests/, or a row in PostgreSQL), so two triggers at once, a restart,
 * or two replicas never post the same day twice in one channel. A post that fails releases its claim
 * (it is tried again at the next trigger); a crash mid-post keeps it (never twice, at worst once missed).
 */
export class DigestScheduler {
  private job: Cron | null = null;
  private readonly cron: Cron;
  /** Pending retries, one per marker file (target and day). */
  private readonly retries = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly core: Core,
    private readonly config: Config,
    private readonly log: Logger,
    private readonly targets: DigestTarget[],
    private readonly retry = DIGEST_RETRY,
  ) {
    this.cron = new Cron(config.digest.cron, { timezone: config.digest.timeZone, paused: true });
  }

  /** Starts the schedule and catches up on days missed while the bot was down. */
  async start(now = new Date()): Promise<void> {
    if (!this.targets.length) return;
    await this.catchUp(now).catch((err: unknown) => this.log.error({ err }, "digest catch-up failed; the schedule goes on"));
    // Returning the promise is what lets croner's `protect` see a trigger still running.
    this.job = new Cron(this.config.digest.cron, { timezone: this.config.digest.timeZone, protect: true }, () =>
      this.tick().then(
        () => undefined,
        (err: unknown) => this.log.error({ err }, "digest trigger failed; the schedule goes on"),
      ),
    );
    this.log.info({ cron: this.config.digest.cron, timeZone: this.config.digest.timeZone, next: this.job.nextRun()?.toISOString(), targets: this.targets.map((t) => `${t.platform}:${t.channel}`) }, "digest schedule started");
  }

  stop(): void {
    this.job?.stop();
    for (const t of this.retries.values()) clearTimeout(t);
    this.retries.clear();
  }

  /** Posts today's digest (in DIGEST_TIMEZONE) to every target that has not had it. */
  async tick(now = new Date()): Promise<PostOutcome[]> {
    const day = dayIn(this.config.digest.timeZone, now);
    return Promise.all(this.targets.map((t) => this.postOnce(t, day)));
  }

  /** Posts the days whose scheduled time passed while the bot was down, after the last one posted. */
  async catchUp(now = new Date()): Promise<void> {
    const due = [...new Set(this.cron.previousRuns(CATCH_UP_DAYS, now).map((d) => dayIn(this.config.digest.timeZone, d)))].sort();
    for (const target of this.targets) {
      const last = await this.lastPosted(target);
      if (!last) continue;
      for (const day of due) if (day > last) await this.postOnce(target, day);
    }
  }

  /** Posts a day's digest to a target unless it was claimed already; never throws. */
  async postOnce(target: DigestTarget, day: string, attempt = 0): Promise<PostOutcome> {
    const where = { platform: target.platform, channel: target.channel, day };
    const claims = this.core.state.digests;
    try {
      if (!(await claims.claim(target.platform, target.channel, day))) return "already";
    } catch (err) {
      return this.failed(target, day, attempt, err, "digest could not be claimed");
    }
    try {
      await target.post(await digestReply(this.core, day));
    } catch (err) {
      await claims.release(target.platform, target.channel, day).catch((e: unknown) => this.log.error({ ...where, err: e }, "digest claim could not be released; the day will not be tried again"));
      return this.failed(target, day, attempt, err, "digest could not be posted");
    }
    try {
      await claims.posted(target.platform, target.channel, day);
    } catch (err) {
      // The post went out: the "posting" claim stays, so the day is never posted twice.
      this.log.error({ ...where, err }, "digest posted, but its marker could not be updated; the claim keeps it from being posted twice");
    }
    this.log.info(where, "digest posted");
    return "posted";
  }

  private failed(target: DigestTarget, day: string, attempt: number, err: unknown, what: string): PostOutcome {
    const key = `${target.platform}:${target.channel}:${day}`;
    const again = attempt < this.retry.attempts && !this.retries.has(key);
    const when = again ? `in ${Math.round(this.retry.delayMs / 1000)} s and at the next trigger` : "at the next trigger";
    this.log.error({ platform: target.platform, channel: target.channel, day, err, attempt: attempt + 1 }, `${what}; it will be tried again ${when}`);
    if (again) {
      const timer = setTimeout(() => {
        this.retries.delete(key);
        void this.postOnce(target, day, attempt + 1);
      }, this.retry.delayMs);
      timer.unref();
      this.retries.set(key, timer);
    }
    return "failed";
  }

  /** The latest day posted to a target. */
  lastPosted(target: DigestTarget): Promise<string | null> {
    return this.core.state.digests.lastPosted(target.platform, target.channel);
  }
}
