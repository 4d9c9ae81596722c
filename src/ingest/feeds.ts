import { extractFromJson, extractFromXml, type FeedData } from "@extractus/feed-extractor";
import { SanctuaryError, messageOf } from "../errors.js";
import { isoDay } from "./extract.js";

/** One item of a feed: the article's link, and what the feed says of it before its page is read. */
export interface FeedItem {
  link: string;
  title?: string;
  published: string | null;
}

/**
 * The items of an RSS (0.9x, 1.0, 2.0), Atom or JSON Feed document, with links made absolute against
 * the feed's URL; items with no http(s) link are left out.
 *
 * @example readFeed(xml, "https://www.theguardian.com/us/rss").items[0].link
 */
export function readFeed(text: string, feedUrl: string, contentType = ""): { title: string | null; items: FeedItem[] } {
  let data: FeedData;
  try {
    const json = /json/i.test(contentType) || /^\s*\{/.test(text);
    data = json ? extractFromJson(text, { baseUrl: feedUrl, descriptionMaxLen: 0 }) : extractFromXml(text, { baseUrl: feedUrl, descriptionMaxLen: 0 });
  } catch (err) {
    throw new SanctuaryError("ingest_not_feed", `${feedUrl}: not an RSS, Atom or JSON feed (${messageOf(err).split("\n")[0]}); check the FEEDS entry`);
  }
  const items: FeedItem[] = [];
  for (const entry of data.entries ?? []) {
    let link: URL;
    try {
      link = new URL(entry.link ?? "", feedUrl);
    } catch {
      continue;
    }
    if (link.protocol !== "http:" && link.protocol !== "https:") continue;
    items.push({ link: link.href, title: entry.title?.trim() || undefined, published: isoDay(entry.published) });
  }
  return { title: data.title?.trim() || null, items };
}
