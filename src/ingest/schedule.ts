import { Cron } from "croner";
import type { Config } from "../config.js";
import type { Logger } from "../log.js";
import type { SharedState } from "../state/shared.js";
import type { Ingester } from "./ingester.js";

/**
 * Polls FEEDS on FEED_CRON while the bot runs (croner, `protect` on: a pass still running when the
 * next is due is not started twice). Each scheduled minute is claimed in shared state first, so of
 * several replicas one polls (and a site is asked once). Each pass logs itself and counts in the day's
 * digest; the corpus watcher then indexes what it wrote (and the corpus mirror hands it to the others).
 */
export class FeedSchedule {
  private job: Cron | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly ingester: Ingester,
    private readonly config: Config,
    private readonly log: Logger,
    private readonly state: Pick<SharedState, "claimOnce">,
  ) {}

  start(): void {
    if (!this.config.ingest.feeds.length) return;
    // The callback returns the pass's promise: croner's `protect` only knows a run is still going by it.
    this.job = new Cron(this.config.ingest.feedCron, { timezone: this.config.digest.timeZone, protect: true }, () => {
      const minute = new Date(Math.floor(Date.now() / 60_000) * 60_000).toISOString();
      const run = this.state
        .claimOnce("feed-poll", minute)
        .then(async (mine) => {
          if (mine) await this.ingester.poll();
          else this.log.debug({ minute }, "feed poll taken by another replica");
        })
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
