import { Cron } from "croner";
import type { Config } from "../config.js";
import type { Logger } from "../log.js";
import type { Ingester } from "./ingester.js";

/**
 * Polls FEEDS on FEED_CRON while the bot runs (croner, `protect` on: a pass still running when the
 * next is due is not started twice). Each pass logs itself and counts in the day's digest; the corpus
 * watcher then indexes what it wrote.
 */
export class FeedSchedule {
  private job: Cron | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly ingester: Ingester,
    private readonly config: Config,
    private readonly log: Logger,
  ) {}

  start(): void {
    if (!this.config.ingest.feeds.length) return;
    // The callback returns the pass's promise: croner's `protect` only knows a run is still going by it.
    this.job = new Cron(this.config.ingest.feedCron, { timezone: this.config.digest.timeZone, protect: true }, () => {
      const run = this.ingester
        .poll()
        .then(
          () => undefined,
          (err: unknown) => this.log.error({ err }, "feed poll failed; the schedule goes on"),
        )
        .finally(() => (this.running = null));
      this.running = run;
      return run;
    });
    this.log.info({ cron: this.config.ingest.feedCron, feeds: this.config.ingest.feeds.length, next: this.job.nextRun()?.toISOString() }, "feed schedule started");
  }

  /** Stops the schedule; a pass under way finishes (its writes are atomic, and it records itself). */
  async stop(): Promise<void> {
    this.job?.stop();
    this.job = null;
    await this.running;
  }
}
