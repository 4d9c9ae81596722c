import { Cron } from "croner";
import type { Config } from "../config.js";
import { dayIn } from "../digest/digest.js";
import type { Logger } from "../log.js";
import { recordPoll } from "../state/polls.js";
import type { Ingester, PollSummary } from "./ingester.js";

/**
 * Polls FEEDS on FEED_CRON while the bot runs (croner, `protect` on: a pass still running when the
 * next is due is not started twice). Each pass is logged and added to the day's digest; the corpus
 * watcher then indexes what it wrote.
 */
export class FeedSchedule {
  private job: Cron | null = null;

  constructor(
    private readonly ingester: Ingester,
    private readonly config: Config,
    private readonly log: Logger,
  ) {}

  start(): void {
    if (!this.config.ingest.feeds.length) return;
    this.job = new Cron(this.config.ingest.feedCron, { timezone: this.config.digest.timeZone, protect: true }, () => {
      this.pass().catch((err: unknown) => this.log.error({ err }, "feed poll failed; the schedule goes on"));
    });
    this.log.info({ cron: this.config.ingest.feedCron, feeds: this.config.ingest.feeds.length, next: this.job.nextRun()?.toISOString() }, "feed schedule started");
  }

  stop(): void {
    this.job?.stop();
    this.job = null;
  }

  /** One pass over the feeds, recorded for the day's digest. */
  async pass(): Promise<PollSummary> {
    const summary = await this.ingester.poll();
    recordPoll(this.config.dataDir, dayIn(this.config.digest.timeZone), summary, this.log);
    return summary;
  }
}
