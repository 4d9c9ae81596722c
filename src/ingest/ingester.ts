import { join } from "node:path";
import robotsModule from "robots-parser";
import { z } from "zod";
import type { Config } from "../config.js";
import { dayIn } from "../digest/digest.js";
import { SanctuaryError, messageOf } from "../errors.js";
import type { Logger } from "../log.js";
import { readCache, writeFileAtomic } from "../state/files.js";
import { recordPoll } from "../state/polls.js";
import type { Hints } from "./extract.js";
import { checkedUrl, decodeText, fetchUrl, type FetchOptions, type FetchPolicy, type Fetched, type Validators } from "./fetch.js";
import { CorpusCatalogue, comparableUrl, type Stored } from "./store.js";

export interface IngestSettings {
  corpusDir: string;
  dataDir: string;
  feeds: string[];
  policy: FetchPolicy;
  /** Least time between two requests to one host (a site's robots.txt Crawl-delay can ask for more). */
  hostDelayMs: number;
}

/** One pass over the feeds, for the log, the command line and the digest. */
export interface PollSummary {
  feeds: number;
  /** Feeds that could not be read (unreachable, not a feed). */
  feedsFailed: number;
  added: number;
  updated: number;
  /** Items already held, and feeds unchanged since the last pass (HTTP 304). */
  unchanged: number;
  /** Items whose page could not be fetched or held no article. */
  failed: number;
  problems: Array<{ url: string; reason: string }>;
}

/** Progress of a long piece of work: `done` of `total` steps, and what the last one was. */
export type Progress = (done: number, total: number, label: string) => void;

/** Redirects followed before a fetch gives up (a loop, or a chain through trackers). */
const MAX_REDIRECTS = 5;

const LIMITS = {
  /** A Crawl-delay longer than this is treated as this: one slow site must not hold a poll for hours. */
  maxCrawlDelayMs: 30_000,
  /** Items remembered per feed; a feed re-listing one older than these is caught by the corpus's links. */
  seenPerFeed: 2_000,
  /** How long a site's robots.txt is trusted before it is read again. */
  robotsTtlMs: 60 * 60_000,
};

/** The package is CommonJS (`module.exports = function`); its typings describe an ES default export. */
const robotsParser = robotsModule as unknown as (url: string, robotsTxt: string) => {
  isAllowed(url: string, userAgent?: string): boolean | undefined;
  getCrawlDelay(userAgent?: string): number | undefined;
};

const FEED_STATE = z.object({
  feeds: z.record(
    z.string(),
    z.object({
      etag: z.string().optional(),
      lastModified: z.string().optional(),
      seen: z.array(z.string()),
    }),
  ),
});
type FeedState = z.infer<typeof FEED_STATE>;

/**
 * Brings articles in from the web: one page (`ingest URL`, a moderator's `add URL`) or every new item
 * of the feeds (`poll`). Polite: robots.txt obeyed, requests to a host spaced, feeds asked with their
 * ETag and Last-Modified so an unchanged one costs a 304. Each article is written once (store.ts).
 * The page and feed parsers (about 250 ms and 30 MB to load) are loaded at the first fetch, so a bot
 * that never ingests, and every `ask`, never pays for them.
 */
export class Ingester {
  private readonly lastRequest = new Map<string, number>();
  private readonly robots = new Map<string, { at: number; allowed: (url: string) => boolean; delayMs: number }>();

  constructor(
    private readonly settings: IngestSettings,
    private readonly log: Logger,
    private readonly today: () => string,
  ) {}

  /** Fetches one article page and writes it into the corpus; throws with the URL and the reason. */
  async ingestUrl(url: string, hints: Hints = {}, catalogue = new CorpusCatalogue(this.settings.corpusDir)): Promise<Stored> {
    const page = await this.politeFetch(url);
    const type = page.contentType.split(";")[0].trim().toLowerCase();
    if (type && type !== "text/html" && type !== "application/xhtml+xml") {
      throw new SanctuaryError("ingest_not_article", `${url}: not a web page (the server sent ${type}); link the article's HTML page; nothing was added`);
    }
    const { extractArticle } = await import("./extract.js");
    const article = extractArticle(decodeText(page.body, page.contentType), page.url, hints);
    const stored = catalogue.store(article, page.url, this.today());
    const line = { url: page.url, canonical: article.canonical, file: stored.file, sentences: stored.sentences };
    if (stored.status === "updated") this.log.warn(line, "article changed at its source; its file was replaced with the new text");
    else if (stored.status === "added") this.log.info(line, "article added");
    else this.log.info(line, stored.status === "unchanged" ? "article already held, unchanged" : "article already held under another link");
    return stored;
  }

  /**
   * Reads every feed once and ingests each item not seen before, and adds the pass to the day's count
   * for the digest. Never throws for one bad feed or page.
   */
  async poll(progress: Progress = () => {}): Promise<PollSummary> {
    const summary: PollSummary = { feeds: this.settings.feeds.length, feedsFailed: 0, added: 0, updated: 0, unchanged: 0, failed: 0, problems: [] };
    const stateFile = join(this.settings.dataDir, "ingest", "feeds.json");
    const state: FeedState = readCache(stateFile, FEED_STATE, this.log) ?? { feeds: {} };
    const catalogue = new CorpusCatalogue(this.settings.corpusDir);
    const work: Array<{ feed: string; item: { link: string; title?: string; published: string | null } }> = [];
    let done = 0;
    for (const feed of this.settings.feeds) {
      progress(done, this.settings.feeds.length, feed);
      const known = state.feeds[feed] ?? { seen: [] };
      try {
        const validators: Validators = { etag: known.etag, lastModified: known.lastModified };
        const fetched = await this.politeFetch(feed, { validators, accept: "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5" });
        if (fetched.notModified) {
          summary.unchanged++;
        } else {
          const { readFeed } = await import("./feeds.js");
          const { items } = readFeed(decodeText(fetched.body, fetched.contentType), fetched.url, fetched.contentType);
          const seen = new Set(known.seen);
          for (const item of items) {
            if (seen.has(comparableUrl(item.link)) || catalogue.fileOf(item.link)) summary.unchanged++;
            else work.push({ feed, item });
          }
          known.etag = fetched.validators.etag;
          known.lastModified = fetched.validators.lastModified;
        }
        state.feeds[feed] = known;
      } catch (err) {
        summary.feedsFailed++;
        summary.problems.push({ url: feed, reason: messageOf(err) });
        this.log.warn({ feed, err }, "feed could not be read");
      }
      done++;
    }
    const total = this.settings.feeds.length + work.length;
    for (const { feed, item } of work) {
      progress(done, total, item.link);
      try {
        const stored = await this.ingestUrl(item.link, { title: item.title, published: item.published }, catalogue);
        if (stored.status === "added") summary.added++;
        else if (stored.status === "updated") summary.updated++;
        else summary.unchanged++;
        remember(state.feeds[feed], item.link);
      } catch (err) {
        summary.failed++;
        summary.problems.push({ url: item.link, reason: messageOf(err) });
        this.log.warn({ feed, url: item.link, err }, "feed item could not be ingested");
        // A page that is not an article stays one; a network failure is tried again next pass.
        if (err instanceof SanctuaryError && (err.code === "ingest_not_article" || err.code === "ingest_refused")) remember(state.feeds[feed], item.link);
      }
      done++;
    }
    progress(total, total, "done");
    writeFileAtomic(stateFile, JSON.stringify(state));
    const { problems, ...counts } = summary;
    this.log.info({ ...counts, problems: problems.length }, "feeds polled");
    recordPoll(this.settings.dataDir, this.today(), summary, this.log);
    return summary;
  }

  /** GETs what the site's robots.txt allows our User-Agent, spaced from our other requests to it. */
  private async politeFetch(url: string, options: FetchOptions = {}): Promise<Fetched> {
    const u = checkedUrl(url);
    const rules = await this.robotsOf(u);
    if (!rules.allowed(u.href)) {
      throw new SanctuaryError("ingest_refused", `${url}: the site's robots.txt disallows it for ${this.settings.policy.userAgent.split(/[\s/]/)[0]}; ask the site, or add the article as a file`);
    }
    return this.spacedFetch(url, u.host, rules.delayMs, options);
  }

  private async robotsOf(u: URL): Promise<{ allowed: (url: string) => boolean; delayMs: number }> {
    const cached = this.robots.get(u.origin);
    if (cached && Date.now() - cached.at < LIMITS.robotsTtlMs) return cached;
    const robotsUrl = `${u.origin}/robots.txt`;
    const agent = this.settings.policy.userAgent;
    let entry: { at: number; allowed: (url: string) => boolean; delayMs: number };
    try {
      const res = await this.spacedFetch(robotsUrl, u.host, 0, { accept: "text/plain", anyStatus: true });
      if (res.status >= 500) {
        // After RFC 9309 §2.3.1.3: a server error means the site cannot say, so nothing is fetched.
        entry = { at: Date.now(), allowed: () => false, delayMs: 0 };
      } else if (res.status >= 400) {
        entry = { at: Date.now(), allowed: () => true, delayMs: 0 };
      } else {
        const robot = robotsParser(robotsUrl, decodeText(res.body, res.contentType));
        const delay = Math.min((robot.getCrawlDelay(agent) ?? 0) * 1000, LIMITS.maxCrawlDelayMs);
        entry = { at: Date.now(), allowed: (x: string) => robot.isAllowed(x, agent) !== false, delayMs: delay };
      }
    } catch (err) {
      if (err instanceof SanctuaryError && err.code === "ingest_refused") throw err;
      // Unreachable robots.txt: the page fetch that follows reports the real reason.
      entry = { at: Date.now(), allowed: () => true, delayMs: 0 };
    }
    this.robots.set(u.origin, entry);
    return entry;
  }

  /**
   * Fetches once the host's delay has passed since our last request to it ended: counted from the end,
   * so a slow answer never lets the next request in early, whatever the network did.
   */
  private async spacedFetch(url: string, host: string, crawlDelayMs: number, options: FetchOptions): Promise<Fetched> {
    const gap = Math.max(this.settings.hostDelayMs, crawlDelayMs);
    const last = this.lastRequest.get(host);
    const wait = last === undefined ? 0 : last + gap - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    try {
      return await fetchUrl(url, this.settings.policy, options);
    } finally {
      this.lastRequest.set(host, Date.now());
    }
  }
}

/** The ingester the settings describe; `today` is the day written as `added`, in DIGEST_TIMEZONE. */
export function ingesterFor(config: Config, log: Logger): Ingester {
  const { feeds, allowPrivate, timeoutMs, maxBytes, userAgent, hostDelayMs } = config.ingest;
  return new Ingester(
    { corpusDir: config.corpusDir, dataDir: config.dataDir, feeds, hostDelayMs, policy: { allowPrivate, timeoutMs, maxBytes, userAgent, maxRedirects: MAX_REDIRECTS } },
    log,
    () => dayIn(config.digest.timeZone),
  );
}

function remember(feed: { seen: string[] } | undefined, link: string): void {
  if (!feed) return;
  feed.seen.push(comparableUrl(link));
  if (feed.seen.length > LIMITS.seenPerFeed) feed.seen.splice(0, feed.seen.length - LIMITS.seenPerFeed);
}
