import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server } from "node:http";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { FIXTURES } from "./helpers.js";

/**
 * A local news site on 127.0.0.1 serving recorded real pages and feeds (test/fixtures/web, see its
 * SOURCES.md), with what real sites do: robots.txt, redirects, ETags, gzip, 404s, a PDF, a login page.
 */
export interface NewsSite {
  origin: string;
  /** Every request received, in order: method, path and the conditional headers sent. */
  requests: Array<{ path: string; at: number; userAgent?: string; ifNoneMatch?: string }>;
  /** Replaces a page's body (an article corrected at its source). */
  edit(path: string, html: string): void;
  close(): Promise<void>;
}

const WEB = join(FIXTURES, "web");

/** Path on the site → fixture file and content type. */
const ROUTES: Record<string, { file: string; type: string; gzip?: boolean }> = {
  "/news/world-us-canada-33646704.html": { file: "bbc-1.html", type: "text/html; charset=utf-8", gzip: true },
  "/2017/01/13/world/africa/sudan-sanctions.html": { file: "nytimes-1.html", type: "text/html; charset=utf-8" },
  "/world/gunmen-storm-museum-in-tunisia/2015/03/18/story.html": { file: "wapo-1.html", type: "text/html; charset=utf-8" },
  "/blog/facebook-tracking-me.html": { file: "aclu.html", type: "text/html; charset=utf-8" },
  "/mirror/facebook-tracking.html": { file: "aclu.html", type: "text/html; charset=utf-8" },
  "/feeds/news.rss": { file: "news.rss", type: "application/rss+xml; charset=utf-8" },
  "/feeds/mirror.atom": { file: "mirror.atom", type: "application/atom+xml; charset=utf-8" },
};

const ROBOTS = "User-agent: *\nDisallow: /private/\n\nUser-agent: SanctuaryBot\nDisallow: /members/\n";
const LOGIN = "<!doctype html><html><head><title>Sign in</title></head><body><form><label>Email <input name=email></label><button>Sign in</button></form></body></html>";

export async function startNewsSite(): Promise<NewsSite> {
  const edits = new Map<string, string>();
  const requests: NewsSite["requests"] = [];
  let origin = "";
  const server: Server = createServer((req: IncomingMessage, res) => {
    const path = (req.url ?? "/").split("?")[0];
    requests.push({ path, at: Date.now(), userAgent: req.headers["user-agent"], ifNoneMatch: req.headers["if-none-match"] });
    if (path === "/robots.txt") return void res.writeHead(200, { "content-type": "text/plain" }).end(ROBOTS);
    if (path === "/go/obama") return void res.writeHead(301, { location: "/news/world-us-canada-33646704.html" }).end();
    if (path === "/go/loop") return void res.writeHead(302, { location: "/go/loop" }).end();
    if (path === "/go/metadata") return void res.writeHead(302, { location: "http://169.254.169.254/latest/meta-data/" }).end();
    if (path === "/go/intranet") return void res.writeHead(302, { location: "http://intranet.example/wiki/" }).end();
    if (path === "/login") return void res.writeHead(200, { "content-type": "text/html" }).end(LOGIN);
    if (path === "/report.pdf") return void res.writeHead(200, { "content-type": "application/pdf" }).end("%PDF-1.4\n");
    if (path === "/slow") return void setTimeout(() => res.writeHead(200, { "content-type": "text/html" }).end(LOGIN), 5_000);
    const route = ROUTES[path];
    if (!route) return void res.writeHead(404, { "content-type": "text/html" }).end("<h1>Not found</h1>");
    const body = (edits.get(path) ?? readFileSync(join(WEB, route.file), "utf8")).replaceAll("{{origin}}", origin);
    const etag = `"${Buffer.from(body).length.toString(16)}-${edits.has(path) ? "e" : "o"}"`;
    if (req.headers["if-none-match"] === etag) return void res.writeHead(304, { etag }).end();
    const gzip = route.gzip && /gzip/.test(String(req.headers["accept-encoding"]));
    res.writeHead(200, { "content-type": route.type, etag, ...(gzip ? { "content-encoding": "gzip" } : {}) });
    res.end(gzip ? gzipSync(body) : body);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  return {
    origin,
    requests,
    edit: (path, html) => void edits.set(path, html),
    close: () => new Promise((r) => server.close(() => r())),
  };
}
