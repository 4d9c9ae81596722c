import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { SanctuaryError } from "../errors.js";
import { cleanByline } from "../corpus/meta.js";

/** An article as read from its page: the text in paragraphs, and what the page says about itself. */
export interface Article {
  title: string;
  /** YYYY-MM-DD, or null when neither the page, the feed nor the URL gives a date. */
  published: string | null;
  byline: string | null;
  /** The site's name as the page gives it, else the canonical link's host ("nytimes.com"). */
  site: string;
  /** The page's canonical link (absolute); the fetched URL when the page names none. */
  canonical: string;
  /** The article's paragraphs, each its text as extracted with runs of whitespace made one space. */
  paragraphs: string[];
}

/** What is known of an article before its page is read: a feed item's title and date. */
export interface Hints {
  title?: string;
  published?: string | null;
}

/**
 * Cards a page shows only while the pointer is over a link: The Hill follows each politician's name
 * with a hidden block of that person's latest headlines ("Rep. Ilhan OmarIlhan OmarHillicon Valley: …
 * MORE (D-Minn.)"). Their stylesheet hides them, which Readability cannot see, so they are known by
 * the names pages give them. The same names mark the wrapper that holds the link and its card, which
 * is text ("Rep. <span class=rollover-people><a>Ilhan Omar</a><span class=rollover-people-block>…"):
 * a card is the part that hangs right after a link, or holds no link at all (a tooltip's text); the
 * link itself ("rollover-people-link") is text.
 */
const HOVER_CARDS = ['[class*="rollover"]', '[class*="tooltip"]', '[class*="popover"]', '[class*="hovercard"]', '[class*="hover-card"]'].join(", ");

function isHoverCard(el: Element): boolean {
  if (el.tagName === "A") return false;
  const before = el.previousSibling as Element | null;
  return before?.nodeType === ELEMENT_NODE && before.tagName === "A" ? true : !el.querySelector("a");
}

const ELEMENT_NODE = 1;

/** Below these, Readability found page furniture (a cookie wall, an index page), not an article. */
export const ARTICLE_MINIMUM = { characters: 400, paragraphs: 2 };

/**
 * The elements whose text is one paragraph of the article; one nested in another is a paragraph of its
 * own. A table's row is one ("DL Chad Thomas 57 77% 3 tackles"), its cells apart by a space.
 */
const BLOCKS = "p, h2, h3, h4, h5, h6, li, blockquote, pre, tr";

/**
 * Reads the article out of a page with Mozilla's Readability (Firefox's reader view) over linkedom,
 * and its metadata from the page's own markup: JSON-LD (`NewsArticle` and kin), `og:` and `article:`
 * meta tags, `<link rel=canonical>`, `<time>`; then the feed's hints, then a date in the URL.
 * Throws `ingest_not_article` when the page holds no readable article.
 *
 * @example extractArticle(html, "https://www.bbc.com/news/world-us-canada-33646704").published // "2015-07-24"
 */
export function extractArticle(html: string, pageUrl: string, hints: Hints = {}): Article {
  const { document } = parseHTML(html);
  // Readability rewrites the document it reads, so the markup is read first.
  const meta = pageMetadata(document, pageUrl);
  for (const card of [...document.querySelectorAll(HOVER_CARDS)].filter(isHoverCard)) card.remove();
  // An empty or markup-less body parses to a document with no root, which Readability refuses with a bare Error.
  const read = document.documentElement ? new Readability(document as unknown as Document).parse() : null;
  const paragraphs = read?.content ? paragraphsOf(read.content) : [];
  const characters = paragraphs.reduce((n, p) => n + p.length, 0);
  if (!read || paragraphs.length < ARTICLE_MINIMUM.paragraphs || characters < ARTICLE_MINIMUM.characters) {
    throw new SanctuaryError(
      "ingest_not_article",
      `${pageUrl}: no article text on the page (${characters} readable characters in ${paragraphs.length} paragraph(s); an article has at least ${ARTICLE_MINIMUM.characters}); link the article's own page, not an index or a login page; nothing was added`,
    );
  }
  const title = clean(meta.headline ?? read.title ?? hints.title ?? "") || paragraphs[0].slice(0, 120);
  const canonical = meta.canonical ?? pageUrl;
  return {
    title,
    // Each source in turn: a page may fill one with a placeholder ("0001-01-01T00:00:00Z") and the next with the day.
    published:
      isoDay(meta.published) ?? isoDay(read.publishedTime ?? undefined) ?? isoDay(hints.published ?? undefined) ?? dayInUrl(meta.canonical ?? pageUrl) ?? dayInUrl(pageUrl),
    byline: cleanByline(meta.author ?? read.byline ?? null),
    site: clean(meta.site ?? read.siteName ?? "") || new URL(canonical).hostname.replace(/^www\./, ""),
    canonical,
    paragraphs,
  };
}

interface PageMetadata {
  headline?: string;
  published?: string;
  author?: string;
  site?: string;
  canonical?: string;
}

type Doc = ReturnType<typeof parseHTML>["document"];

function pageMetadata(document: Doc, pageUrl: string): PageMetadata {
  const metaContent = (...selectors: string[]) => {
    for (const s of selectors) {
      const v = document.querySelector(s)?.getAttribute("content")?.trim();
      if (v) return v;
    }
    return undefined;
  };
  const ld = jsonLdArticle(document);
  const absolute = (href: string | undefined) => {
    if (!href) return undefined;
    try {
      const u = new URL(href, pageUrl);
      return u.protocol === "http:" || u.protocol === "https:" ? u.href : undefined;
    } catch {
      return undefined;
    }
  };
  const timeElement = document.querySelector("article time[datetime], time[datetime][pubdate], time[datetime]")?.getAttribute("datetime") ?? undefined;
  return {
    headline: str(ld?.headline) ?? metaContent('meta[property="og:title"]', 'meta[name="twitter:title"]'),
    published:
      str(ld?.datePublished) ??
      metaContent(
        'meta[property="article:published_time"]',
        'meta[property="article:published"]',
        'meta[itemprop="datePublished"]',
        'meta[name="pubdate"]',
        'meta[name="publish-date"]',
        'meta[name="parsely-pub-date"]',
        'meta[name="sailthru.date"]',
        'meta[name="dc.date.issued"]',
        'meta[name="DC.date.issued"]',
        'meta[name="date"]',
        'meta[name="pdate"]',
      ) ??
      timeElement,
    author: authorOf(ld?.author) ?? metaContent('meta[name="author"]', 'meta[property="article:author"]'),
    site: str((ld?.publisher as Record<string, unknown> | undefined)?.name) ?? metaContent('meta[property="og:site_name"]', 'meta[name="application-name"]'),
    canonical:
      absolute(document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? undefined) ??
      absolute(metaContent('meta[property="og:url"]')) ??
      absolute(str(ld?.url) ?? str((ld?.mainEntityOfPage as Record<string, unknown> | undefined)?.["@id"]) ?? str(ld?.mainEntityOfPage)),
  };
}

const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|Report|ScholarlyArticle|BackgroundNewsArticle)$/;

/** The first JSON-LD object of an article type, looking inside arrays and `@graph`. */
function jsonLdArticle(document: Doc): Record<string, unknown> | undefined {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? "");
    } catch {
      continue;
    }
    const queue: unknown[] = [data];
    while (queue.length) {
      const item = queue.shift();
      if (Array.isArray(item)) queue.push(...item);
      else if (item && typeof item === "object") {
        const o = item as Record<string, unknown>;
        const types = ([] as unknown[]).concat(o["@type"] ?? []);
        if (types.some((t) => typeof t === "string" && ARTICLE_TYPES.test(t))) return o;
        if (o["@graph"]) queue.push(o["@graph"]);
      }
    }
  }
  return undefined;
}

function str(v: unknown): string | undefined {
  return typeof v === "string" && v.trim() ? decodeEntities(v.trim()) : undefined;
}

/**
 * Some sites write JSON-LD strings HTML-escaped ("Anthony Lynn: &#8220;We needed to win this&nbsp;game&#8221;",
 * ProFootballTalk's WordPress): decoded as the page's own text would be.
 */
function decodeEntities(s: string): string {
  if (!/&(?:#\d+|#x[\da-f]+|[a-z]+\d*);/i.test(s)) return s;
  const p = parseHTML("<!doctype html><html><body><p></p></body></html>").document.querySelector("p")!;
  p.innerHTML = s;
  return p.textContent ?? s;
}

function authorOf(v: unknown): string | undefined {
  const names = ([] as unknown[])
    .concat(v ?? [])
    .map((a) => (typeof a === "string" ? a : str((a as Record<string, unknown> | null)?.name)))
    .filter((a): a is string => Boolean(a && a.trim()));
  return names.length ? names.join(", ") : undefined;
}

/** The article's paragraphs in reading order from Readability's cleaned HTML. */
function paragraphsOf(content: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${content}</body></html>`);
  // A line break ends a line of its own ("June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL<br>June
  // 10 -- …"): each line is a paragraph, never run into the next line's first word ("FLJune").
  for (const br of [...document.querySelectorAll("br")]) br.replaceWith(document.createTextNode(LINE_BREAK));
  for (const cell of [...document.querySelectorAll("td, th")]) cell.after(document.createTextNode(" "));
  const all = [...document.querySelectorAll(BLOCKS)];
  // A block inside another (a page's <h2> and <p>s wrapped in one <p>, as AppleInsider writes its
  // reviews) is a paragraph of its own, though read with the outer one: never run into its neighbours.
  for (const el of all) {
    if (!el.parentElement?.closest(BLOCKS)) continue;
    el.before(document.createTextNode(LINE_BREAK));
    el.after(document.createTextNode(LINE_BREAK));
  }
  const blocks = all.filter((el) => !el.parentElement?.closest(BLOCKS));
  const out: string[] = [];
  for (const el of blocks) {
    for (const line of (el.textContent ?? "").split(LINE_BREAK)) {
      const text = clean(line);
      if (text) out.push(text);
    }
  }
  if (out.length) return out;
  return (document.body?.textContent ?? "").split(new RegExp(`\\n\\s*\\n|${LINE_BREAK}`)).map(clean).filter(Boolean);
}

const LINE_BREAK = "\u2028";

/** Invisible formatting a page may carry inside words: soft hyphens and zero-width spaces and joiners ("US \u00adforces"). */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

function clean(s: string): string {
  return s.replace(INVISIBLE, "").replace(/\s+/g, " ").trim();
}

/**
 * A date as YYYY-MM-DD, as the source wrote it: an ISO timestamp keeps its own calendar day (not
 * moved to UTC), "20170113" is read as a day, anything else through Date; a year before the first
 * printed newspaper is no date.
 */
export function isoDay(raw: string | undefined): string | null {
  if (!raw) return null;
  const s = raw.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})(?:\d{6})?$/.exec(s);
  const [y, m, d] = iso ? [Number(iso[1]), Number(iso[2]), Number(iso[3])] : fromDate(s);
  if (y < FIRST_NEWSPAPER_YEAR || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const check = new Date(Date.UTC(y, m - 1, d));
  if (check.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** Earlier years are a content system's empty date (Go's zero time is 0001-01-01), not a publication day. */
const FIRST_NEWSPAPER_YEAR = 1605;

function fromDate(s: string): [number, number, number] {
  const t = Date.parse(s);
  if (Number.isNaN(t)) return [0, 0, 0];
  const d = new Date(t);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

/** A date in a news URL's path: /2017/01/13/, /2019/jan/03/ or /2015-03-18/. */
export function dayInUrl(url: string): string | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const numeric = /\/((?:19|20)\d\d)[/-](\d\d)[/-](\d\d)(?:\/|[-_.]|$)/.exec(path);
  if (numeric) return isoDay(`${numeric[1]}-${numeric[2]}-${numeric[3]}`);
  const named = /\/((?:19|20)\d\d)\/(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\/(\d\d?)\//i.exec(path);
  if (!named) return null;
  const month = "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(named[2].toLowerCase()) / 3 + 1;
  return isoDay(`${named[1]}-${String(month).padStart(2, "0")}-${named[3].padStart(2, "0")}`);
}
