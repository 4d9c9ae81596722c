import { cpSync, existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dayIn } from "../../src/digest/digest.js";
import { ingesterFor } from "../../src/ingest/ingester.js";
import { progressOn } from "../../src/ingest/progress.js";
import { localState } from "../../src/state/local.js";
import { FeedSchedule } from "../../src/ingest/schedule.js";
import { silentLogger } from "../../src/log.js";
import { pollsOn } from "../../src/state/polls.js";
import { postgresState } from "../../src/state/postgres/state.js";
import { CORPUS, tempDir, testConfig } from "../helpers.js";
import { TestPostgres } from "../postgres.js";
import { startNewsSite, type NewsSite } from "../web-server.js";

let site: NewsSite;
beforeAll(async () => {
  site = await startNewsSite();
});
afterAll(() => site.close());

describe("the feed schedule of the running bot", () => {
  it("polls FEEDS on FEED_CRON, writes the new articles into the corpus and counts the pass in the day's digest", async () => {
    const corpus = tempDir();
    cpSync(CORPUS, corpus, { recursive: true });
    const config = testConfig({ CORPUS_DIR: corpus, FEEDS: `${site.origin}/feeds/news.rss`, FEED_CRON: "* * * * * *", INGEST_ALLOW_PRIVATE: "1", INGEST_HOST_DELAY_MS: "0" });
    const schedule = new FeedSchedule(ingesterFor(config, silentLogger()), config, silentLogger(), localState(config.dataDir, silentLogger()));
    schedule.start();
    try {
      const deadline = Date.now() + 15_000;
      while (!pollsOn(config.dataDir, dayIn("UTC"), silentLogger()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    } finally {
      await schedule.stop();
    }
    expect(pollsOn(config.dataDir, dayIn("UTC"), silentLogger())).toMatchObject({ feeds: 1, added: 3, failed: 0 });
    expect(readdirSync(join(corpus, "web"))).toHaveLength(3);
  });

  it("never starts a pass while the last one runs, and lets it finish on stop", async () => {
    const corpus = tempDir();
    cpSync(CORPUS, corpus, { recursive: true });
    // Spaced requests make one pass (robots.txt, the feed, three pages) last over two seconds of a per-second schedule.
    const config = testConfig({ CORPUS_DIR: corpus, FEEDS: `${site.origin}/feeds/news.rss`, FEED_CRON: "* * * * * *", INGEST_ALLOW_PRIVATE: "1", INGEST_HOST_DELAY_MS: "600" });
    const schedule = new FeedSchedule(ingesterFor(config, silentLogger()), config, silentLogger(), localState(config.dataDir, silentLogger()));
    const before = site.requests.length;
    schedule.start();
    await new Promise((r) => setTimeout(r, 2_500));
    await schedule.stop();
    const paths = site.requests.slice(before).map((r) => r.path);
    expect(paths.filter((p) => p === "/feeds/news.rss")).toHaveLength(1);
    expect(new Set(paths).size).toBe(paths.length);
    expect(readdirSync(join(corpus, "web"))).toHaveLength(3);
  });

  it("does nothing without FEEDS", async () => {
    const config = testConfig();
    const schedule = new FeedSchedule(ingesterFor(config, silentLogger()), config, silentLogger(), localState(config.dataDir, silentLogger()));
    schedule.start();
    await schedule.stop();
    expect(existsSync(join(config.dataDir, "ingest"))).toBe(false);
  });
});

describe("the feed schedule of several replicas", () => {
  it("polls once per scheduled minute, whichever replica's schedule fires, with the minute claimed in PostgreSQL", async () => {
    const pg = await new TestPostgres().start();
    try {
      const url = await pg.database();
      const replicas = await Promise.all(
        [0, 1].map(async () => {
          const corpus = tempDir();
          cpSync(CORPUS, corpus, { recursive: true });
          const config = testConfig({ CORPUS_DIR: corpus, FEEDS: `${site.origin}/feeds/news.rss`, FEED_CRON: "* * * * * *", INGEST_ALLOW_PRIVATE: "1", INGEST_HOST_DELAY_MS: "0", DATABASE_URL: url });
          const state = await postgresState(config.database!, silentLogger());
          return { state, schedule: new FeedSchedule(ingesterFor(config, silentLogger()), config, silentLogger(), state) };
        }),
      );
      const before = site.requests.length;
      // Kept inside one minute, so both schedules fire several times for the same minute.
      const second = new Date().getSeconds();
      if (second > 55) await new Promise((r) => setTimeout(r, (61 - second) * 1000));
      for (const r of replicas) r.schedule.start();
      await new Promise((r) => setTimeout(r, 2_500));
      for (const r of replicas) await r.schedule.stop();
      await Promise.all(replicas.map((r) => r.state.close()));
      expect(site.requests.slice(before).filter((r) => r.path === "/feeds/news.rss")).toHaveLength(1);
    } finally {
      await pg.stop();
    }
  }, 60_000);
});

describe("politeness", () => {
  it("spaces requests to one site by INGEST_HOST_DELAY_MS, robots.txt included, and names the bot in its User-Agent", async () => {
    const corpus = tempDir();
    cpSync(CORPUS, corpus, { recursive: true });
    const config = testConfig({ CORPUS_DIR: corpus, INGEST_ALLOW_PRIVATE: "1", INGEST_HOST_DELAY_MS: "300" });
    const ingester = ingesterFor(config, silentLogger());
    const before = site.requests.length;
    await ingester.ingestUrl(`${site.origin}/news/world-us-canada-33646704.html`);
    await ingester.ingestUrl(`${site.origin}/blog/facebook-tracking-me.html`);
    const mine = site.requests.slice(before);
    expect(mine.map((r) => r.path)).toEqual(["/robots.txt", "/news/world-us-canada-33646704.html", "/blog/facebook-tracking-me.html"]);
    for (let i = 1; i < mine.length; i++) expect(mine[i].at - mine[i - 1].at).toBeGreaterThanOrEqual(290);
    expect(mine[0].userAgent).toMatch(/^SanctuaryBot\/\S+ \(/);
  });
});

describe("progress", () => {
  const capture = (tty: boolean) => {
    const stream = Object.assign(new PassThrough(), { isTTY: tty, columns: 60 });
    let text = "";
    stream.on("data", (d) => (text += d));
    return { stream, text: () => text };
  };

  it("is one line per step in a log or a pipe", () => {
    const out = capture(false);
    const p = progressOn(out.stream);
    p(0, 2, "http://a.example/feed");
    p(1, 2, "http://a.example/story");
    p(2, 2, "done");
    p.end();
    expect(out.text()).toBe("[1/2] http://a.example/feed\n[2/2] http://a.example/story\n");
  });

  it("is a bar redrawn in place on a terminal, ended with a newline", () => {
    const out = capture(true);
    const p = progressOn(out.stream);
    p(0, 4, "one");
    p(2, 4, "three");
    p.end();
    const frames = out.text().split("\r").filter(Boolean);
    expect(frames[0]).toMatch(/^\[-{24}\] 0\/4 one/);
    expect(frames[1]).toMatch(/^\[#{12}-{12}\] 2\/4 three/);
    expect(out.text().endsWith("\n")).toBe(true);
  });
});
