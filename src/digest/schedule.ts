import { existsSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { Cron } from "croner";
import type { Config } from "../config.js";
import type { Core, Reply } from "../core.js";
import { messageOf } from "../errors.js";
import type { Logger } from "../log.js";
import { claimFile, writeFileAtomic } from "../state/files.js";
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

/** The digest of a day as a reply that adapters post publicly. */
export function digestReply(core: Core, day: string): Reply {
  const digest = core.digest(day);
  return { kind: "digest", text: digest.text, sources: [], private: false, publish: true, actions: [], digest };
}

/**
 * Posts each day's digest to each target once. A day's post is claimed by creating a marker file
 * exclusively under DATA_DIR/digests/ before posting, so two triggers at once, a restart, or two
 * processes never post the same day twice in one channel. A post that fails releases its claim (it is
 * tried again at the next trigger); a crash mid-post keeps it (never twice, at worst once missed).
 */
export class DigestScheduler {
  private job: Cron | null = null;
  private readonly cron: Cron;

  constructor(
    private readonly core: Core,
    private readonly config: Config,
    private readonly log: Logger,
    private readonly targets: DigestTarget[],
  ) {
    this.cron = new Cron(config.digest.cron, { timezone: config.digest.timeZone, paused: true });
  }

  /** Starts the schedule and catches up on days missed while the bot was down. */
  async start(now = new Date()): Promise<void> {
    if (!this.targets.length) return;
    await this.catchUp(now);
    this.job = new Cron(this.config.digest.cron, { timezone: this.config.digest.timeZone, protect: true }, () => void this.tick());
    this.log.info({ cron: this.config.digest.cron, timeZone: this.config.digest.timeZone, next: this.job.nextRun()?.toISOString(), targets: this.targets.map((t) => `${t.platform}:${t.channel}`) }, "digest schedule started");
  }

  stop(): void {
    this.job?.stop();
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
      const last = this.lastPosted(target);
      if (!last) continue;
      for (const day of due) if (day > last) await this.postOnce(target, day);
    }
  }

  async postOnce(target: DigestTarget, day: string): Promise<PostOutcome> {
    const file = this.markerFile(target, day);
    if (!claimFile(file, JSON.stringify({ status: "posting", day, since: new Date().toISOString() }))) return "already";
    try {
      await target.post(digestReply(this.core, day));
      writeFileAtomic(file, JSON.stringify({ status: "posted", day, at: new Date().toISOString() }));
      this.log.info({ platform: target.platform, channel: target.channel, day }, "digest posted");
      return "posted";
    } catch (err) {
      rmSync(file, { force: true });
      this.log.error({ platform: target.platform, channel: target.channel, day, err: messageOf(err) }, "digest could not be posted; it will be tried again at the next trigger");
      return "failed";
    }
  }

  private folder(target: DigestTarget): string {
    return join(this.config.dataDir, "digests", target.platform, target.channel.replace(/[^\w-]/g, "_"));
  }

  private markerFile(target: DigestTarget, day: string): string {
    return join(this.folder(target), `${day}.json`);
  }

  /** The latest day posted to a target, from its marker files. */
  lastPosted(target: DigestTarget): string | null {
    const dir = this.folder(target);
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
}
