import { cpSync, existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import matter from "gray-matter";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dayIn } from "../../src/digest/digest.js";
import { CORPUS, ROOT, cli, tempDir } from "../helpers.js";
import { startNewsSite, type NewsSite } from "../web-server.js";

/** The command line in this process (the test site answers from the same event loop). */
const run = (args: string[], env: Record<string, string>, input?: string) => cli(args, { env, input });

let site: NewsSite;
beforeAll(async () => {
  site = await startNewsSite();
});
afterAll(() => site.close());

function newsroom() {
  const corpus = tempDir();
  cpSync(CORPUS, corpus, { recursive: true });
  const env = { CORPUS_DIR: corpus, DATA_DIR: tempDir(), INGEST_ALLOW_PRIVATE: "1", INGEST_HOST_DELAY_MS: "0" };
  return { corpus, env, web: () => readdirSync(join(corpus, "web")).sort() };
}

describe("following a newsroom: poll, ingest, poll again, ask", () => {
  it("adds each article once, with the page's own title, date and canonical link, and answers from them verbatim", async () => {
    const { corpus, env, web } = newsroom();
    const feeds = { FEEDS: `${site.origin}/feeds/news.rss` };
    const first = await run(["poll"], { ...env, ...feeds });
    expect(first.err).toContain(`[1/1] ${site.origin}/feeds/news.rss`);
    expect(first.out).toBe("polled 1 feed(s): 3 new, 0 updated, 0 unchanged, 0 failed\n");
    expect(first.code).toBe(0);

    const added = await run(["ingest", `${site.origin}/blog/facebook-tracking-me.html`], env);
    expect(added.code).toBe(0);
    expect(added.out).toMatch(/^added: .*web\/facebook-is-tracking-me-even-though-i-m-not-on-facebook\.md: "Facebook Is Tracking Me Even Though I’m Not on Facebook" \(published: 2018-04-05\), \d+ sentences, https:\/\/www\.aclu\.org\/blog\//);

    // The same article under a second link (the Atom feed's mirror) and the old feed items: nothing new.
    const again = await run(["poll"], { ...env, FEEDS: `${site.origin}/feeds/news.rss,${site.origin}/feeds/mirror.atom` });
    expect(again.out).toBe("polled 2 feed(s): 0 new, 0 updated, 2 unchanged, 0 failed\n");
    expect(web()).toHaveLength(4);
    expect(site.requests.filter((r) => r.path === "/feeds/news.rss").at(-1)?.ifNoneMatch).toMatch(/^"/);

    const file = matter(readFileSync(join(corpus, "web", "obama-admits-us-gun-laws-are-his-biggest-frustration.md"), "utf8"));
    expect(file.data).toEqual({
      title: "Obama admits US gun laws are his 'biggest frustration'",
      published: "2015-07-24",
      source: "BBC News",
      url: "http://www.bbc.com/news/world-us-canada-33646704",
      added: dayIn("UTC"),
      byline: "BBC News",
    });

    const asked = await run(["ask", "--json"], env, "what is obamas biggest frustration\nwhen was the attack on the tunisian museum\n");
    const [obama, tunisia] = asked.out.trim().split("\n").map((l) => JSON.parse(l));
    expect(obama.answered).toBe(true);
    expect(obama.sources[0]).toMatchObject({ title: "Obama admits US gun laws are his 'biggest frustration'", published: "2015-07-24", url: "http://www.bbc.com/news/world-us-canada-33646704" });
    const page = readFileSync(join(ROOT, "test", "fixtures", "web", "bbc-1.html"), "utf8").replace(/\s+/g, " ");
    expect(page).toContain(obama.sources[0].quote);
    expect(tunisia.sources[0]).toMatchObject({ published: "2015-03-18", url: expect.stringContaining("washingtonpost.com/world/gunmen-storm-museum-in-tunisia") });

    const digest = JSON.parse((await run(["digest", "--json"], env)).out);
    expect(digest.documents.map((d: { title: string }) => d.title)).toContain("United States to Lift Sudan Sanctions");
    expect(digest.polls).toMatchObject({ polls: 2, added: 3, failed: 0 });
    expect(digest.text).toMatch(/4 new article\(s\)/);
    expect(digest.text).toMatch(/Feeds: 2 polled 2 time\(s\); 3 new, 0 updated, 2 unchanged, 0 failed\./);
  });

  it("replaces an article changed at its source, and says so; adds nothing for an unchanged one", async () => {
    const { corpus, env } = newsroom();
    const url = `${site.origin}/blog/facebook-tracking-me.html`;
    expect((await run(["ingest", url], env)).code).toBe(0);
    const same = await run(["ingest", url], env);
    expect(same.out).toMatch(/^already held, unchanged: /);
    const original = readFileSync(join(ROOT, "test", "fixtures", "web", "aclu.html"), "utf8");
    site.edit("/blog/facebook-tracking-me.html", original.replaceAll("I don't use Facebook.", "I have never used Facebook."));
    try {
      const changed = await run(["ingest", url], { ...env, LOG_LEVEL: "warn" });
      expect(changed.out).toMatch(/^updated \(the article changed at its source\): /);
      expect(changed.err).toContain("article changed at its source; its file was replaced with the new text");
      const files = readdirSync(join(corpus, "web"));
      expect(files).toHaveLength(1);
      expect(readFileSync(join(corpus, "web", files[0]), "utf8")).toContain("I have never used Facebook.");
    } finally {
      site.edit("/blog/facebook-tracking-me.html", original);
    }
  });
});

describe("what is refused or reported, with nothing written", () => {
  it("a loopback URL without INGEST_ALLOW_PRIVATE; robots.txt's Disallow; a sign-in page; a PDF; a 404, each with the URL and the reason", async () => {
    const { corpus, env } = newsroom();
    const { INGEST_ALLOW_PRIVATE: _, ...closed } = env;
    const before = site.requests.length;
    const loopback = await run(["ingest", `${site.origin}/blog/facebook-tracking-me.html`], closed);
    expect(loopback.code).toBe(1);
    expect(loopback.err).toMatch(/127\.0\.0\.1 is a private, loopback or link-local address; refused .*INGEST_ALLOW_PRIVATE=1/);
    expect(site.requests.length).toBe(before);

    const urls = ["/members/briefing.html", "/login", "/report.pdf", "/gone.html"].map((p) => `${site.origin}${p}`);
    const bad = await run(["ingest", ...urls], env);
    expect(bad.code).toBe(1);
    const reasons = bad.err.split("\n").filter((l) => !l.startsWith("["));
    expect(reasons).toEqual([
      `${urls[0]}: the site's robots.txt disallows it for SanctuaryBot; ask the site, or add the article as a file`,
      expect.stringMatching(new RegExp(`^${urls[1]}: no article text on the page`)),
      `${urls[2]}: not a web page (the server sent application/pdf); link the article's HTML page; nothing was added`,
      `${urls[3]}: the server answered HTTP 404 Not Found; nothing was added`,
      "",
    ]);
    expect(bad.err).toContain(`[1/4] ${urls[0]}`);
    expect(existsSync(join(corpus, "web"))).toBe(false);
  });

  it("poll with no FEEDS names the setting", async () => {
    const { env } = newsroom();
    const r = await run(["poll"], env);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/poll: FEEDS is empty; set FEEDS to the RSS or Atom links/);
  });
});
