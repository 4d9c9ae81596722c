import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { dayInUrl, extractArticle, isoDay } from "../../src/ingest/extract.js";
import { readFeed } from "../../src/ingest/feeds.js";
import { FIXTURES } from "../helpers.js";

const page = (name: string) => readFileSync(join(FIXTURES, "web", name), "utf8");
const collapse = (s: string) => s.replace(/\s+/g, " ");

describe("reading an article out of a real news page", () => {
  it("BBC: text in paragraphs, and title, date, site and canonical link from the page's meta tags", () => {
    const a = extractArticle(page("bbc-1.html"), "http://127.0.0.1:9/news/world-us-canada-33646704.html");
    expect(a).toMatchObject({
      title: "Obama admits US gun laws are his 'biggest frustration'",
      published: "2015-07-24",
      site: "BBC News",
      canonical: "http://www.bbc.com/news/world-us-canada-33646704",
    });
    expect(a.paragraphs[0]).toBe('President Barack Obama has admitted that his failure to pass "common sense gun safety laws" in the US is the greatest frustration of his presidency.');
    // Every paragraph is text of the page, not furniture from around the article.
    const source = collapse(page("bbc-1.html"));
    for (const p of a.paragraphs.slice(0, 5)) expect(source).toContain(p.slice(0, 40));
    expect(a.paragraphs.join(" ")).not.toMatch(/Share this page|Related Topics/);
  });

  it("New York Times: the date from article:published, the byline, the canonical link over og:url", () => {
    const a = extractArticle(page("nytimes-1.html"), "http://127.0.0.1:9/sudan.html");
    expect(a).toMatchObject({ title: "United States to Lift Sudan Sanctions", published: "2017-01-13", byline: "Jeffrey Gettleman", site: "nytimes.com", canonical: "https://www.nytimes.com/2017/01/13/world/africa/sudan-sanctions.html" });
  });

  it("Washington Post: no date in the markup, so the date in the canonical link's path; the byline without its 'By'", () => {
    const a = extractArticle(page("wapo-1.html"), "http://127.0.0.1:9/story.html");
    expect(a).toMatchObject({ published: "2015-03-18", byline: "Erin Cunningham", site: "Washington Post" });
    expect(a.paragraphs[0]).toMatch(/^CAIRO — Gunmen opened fire on visitors at Tunisia’s most renowned museum/);
  });

  it("ACLU: date and author from JSON-LD", () => {
    const a = extractArticle(page("aclu.html"), "http://127.0.0.1:9/blog.html");
    expect(a).toMatchObject({ published: "2018-04-05", byline: "Daniel Kahn Gillmor", site: "American Civil Liberties Union" });
  });

  it("drops invisible formatting inside words (a soft hyphen, a zero-width space), which would split a word in two", () => {
    const html = `<html><head><title>Hostages freed</title></head><body><article><h1>Hostages freed</h1>` +
      `<p>The two men were handed over to US \u00adforces in the southern province, an insurgent source told reporters on Tuesday evening.</p>` +
      `<p>Both men had been held since 2016 and were flown out of the re\u200bgion on US choppers, according to a local police source.</p>` +
      `<p>Their release came hours after the government freed three prisoners and sent them abroad, officials said in a statement late on Tuesday night.</p>` +
      `<p>Both sides said they were hopeful the swap could lead to a breakthrough in stalled efforts to begin talks toward a political settlement.</p></article></body></html>`;
    const a = extractArticle(html, "http://127.0.0.1:9/hostages.html");
    expect(a.paragraphs.join(" ")).toContain("to US forces in the southern province");
    expect(a.paragraphs.join(" ")).toContain("out of the region");
  });

  it("Billboard: each line of a block broken by <br> (a tour's dates) is a paragraph, never run into the next line's first word", () => {
    const a = extractArticle(page("billboard-tour.html"), "http://127.0.0.1:9/tour.html");
    expect(a.paragraphs).toContain("June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL");
    expect(a.paragraphs).toContain("June 10 -- MIDFLORIDA Credit Union Amphitheatre, Tampa, FL");
    expect(a.paragraphs.join("\n")).not.toMatch(/FLJune/);
  });

  it("USA Today: a placeholder date in the page's JSON-LD (0001-01-01) gives way to the day in its URL", () => {
    const url = "https://www.usatoday.com/story/news/politics/2019/11/19/prison-guards-arrested-alleged-failure-check-jeffrey-epstein/4082679002/";
    const a = extractArticle(page("usatoday-epstein-guards.html"), url);
    expect(a.published).toBe("2019-11-19");
    expect(isoDay("0001-01-01T00:00:00Z")).toBeNull();
  });

  it("ProFootballTalk: a JSON-LD headline written HTML-escaped is read as text ('&#8220;' is a quote mark, '&nbsp;' a space)", () => {
    const a = extractArticle(page("pft-lynn.html"), "http://127.0.0.1:9/lynn.html");
    expect(a.title).toBe("Anthony Lynn: “We needed to win this game”");
  });

  it("AppleInsider: headings and paragraphs nested in one paragraph are paragraphs of their own, never run together", () => {
    const a = extractArticle(page("appleinsider-macbook.html"), "http://127.0.0.1:9/macbook.html");
    expect(a.paragraphs).toContain("Testing the silicon");
    expect(a.paragraphs.find((p) => p.startsWith("In regards to reliability"))).toMatch(/^In regards to reliability, across the entire AppleInsider staff, exactly one unit had to be replaced\. .{0,400}$/);
    expect(a.paragraphs.join("\n")).not.toMatch(/Testing the silicon Apple/);
  });

  it("The Hill: the hover cards a stylesheet hides after each politician's name are no part of the text", () => {
    const a = extractArticle(page("thehill-omar.html"), "http://127.0.0.1:9/omar.html");
    expect(a.paragraphs).toContain(
      "A New York man pleaded guilty to charges he threatened to kill Rep. Ilhan Omar (D-Minn.), the U.S. Attorney’s Office for the Western District of New York announced Monday.",
    );
    expect(a.paragraphs.join("\n")).not.toMatch(/Hillicon Valley/);
  });

  it("Dawgs By Nature: a table's row is one paragraph, its cells apart", () => {
    const a = extractArticle(page("dbn-browns-snaps.html"), "http://127.0.0.1:9/snaps.html");
    expect(a.paragraphs).toContain("DL Chad Thomas 57 77% 3 tackles (3 combined). 1 sack, 1 TFL, 1 QH, 1 pass defended.");
    expect(a.paragraphs).not.toContain("Chad Thomas");
  });

  it("a feed item's date stands in when the page gives none", () => {
    const bare = "<html><head><title>Council votes</title></head><body><article>" + "<p>The council voted on the budget late on Monday after a long debate about the schools and the roads in the county.</p>".repeat(5) + "</article></body></html>";
    expect(extractArticle(bare, "http://127.0.0.1:9/a.html", { published: "2020-02-03" }).published).toBe("2020-02-03");
    expect(extractArticle(bare, "http://127.0.0.1:9/a.html").published).toBeNull();
  });

  it("refuses a page with no article (a sign-in form)", () => {
    expect(() => extractArticle("<html><body><form><input name=email><button>Sign in</button></form></body></html>", "http://127.0.0.1:9/login")).toThrow(/login: no article text on the page.*nothing was added/);
    // An empty body (a server's 200 with nothing in it) is no article either, not Readability's bare "First argument …" error.
    expect(() => extractArticle("", "http://127.0.0.1:9/empty")).toThrow(/empty: no article text on the page/);
  });
});

describe("dates", () => {
  it("keep the day the source wrote, in its own time zone", () => {
    expect(isoDay("2015-07-24T05:36:09+01:00")).toBe("2015-07-24");
    expect(isoDay("2019-01-03T23:30:00-08:00")).toBe("2019-01-03");
    expect(isoDay("20170113")).toBe("2017-01-13");
    expect(isoDay("Wed, 18 Mar 2015 18:00:00 GMT")).toBe("2015-03-18");
    expect(isoDay("2018-02-30")).toBeNull();
    expect(dayInUrl("https://www.theguardian.com/environment/2019/jan/03/whales")).toBe("2019-01-03");
    expect(dayInUrl("https://example.com/about/team")).toBeNull();
  });
});

describe("feeds", () => {
  it("reads RSS 2.0 (a Guardian feed) and Atom (a heise feed), links made absolute", () => {
    const rss = readFeed(page("news.rss").replaceAll("{{origin}}", "http://news.test"), "http://news.test/feeds/news.rss");
    expect(rss.title).toBe("The Guardian");
    expect(rss.items.map((i) => [i.link, i.published])).toEqual([
      ["http://news.test/news/world-us-canada-33646704.html", "2015-07-24"],
      ["http://news.test/2017/01/13/world/africa/sudan-sanctions.html?smid=rss", "2017-01-13"],
      ["http://news.test/world/gunmen-storm-museum-in-tunisia/2015/03/18/story.html", "2015-03-18"],
    ]);
    const atom = readFeed(page("mirror.atom").replaceAll("{{origin}}", "http://news.test"), "http://news.test/feeds/mirror.atom");
    expect(atom.items).toHaveLength(1);
    expect(atom.items[0].link).toBe("http://news.test/mirror/facebook-tracking.html?wt_mc=rss.developer.beitrag.atom");
  });

  it("says what is wrong with a page that is not a feed", () => {
    expect(() => readFeed("<html><body>hello</body></html>", "http://news.test/feed")).toThrow(/news\.test\/feed: not an RSS, Atom or JSON feed.*check the FEEDS entry/);
  });
});
