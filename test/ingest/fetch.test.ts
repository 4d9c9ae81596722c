import { BlockList } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isPrivateAddress } from "../../src/ingest/addresses.js";
import { fetchUrl, type FetchPolicy } from "../../src/ingest/fetch.js";
import { startNewsSite, type NewsSite } from "../web-server.js";

let site: NewsSite;
beforeAll(async () => {
  site = await startNewsSite();
});
afterAll(() => site.close());

const policy = (extra: Partial<FetchPolicy> = {}): FetchPolicy => ({ allowPrivate: false, timeoutMs: 5_000, maxBytes: 2_000_000, userAgent: "SanctuaryBot/test", maxRedirects: 5, ...extra });

/** The refused ranges with loopback taken out, so the test site on 127.0.0.1 stands for a public site. */
function loopbackCountsAsPublic(): BlockList {
  const list = new BlockList();
  list.addSubnet("10.0.0.0", 8);
  list.addSubnet("169.254.0.0", 16);
  list.addSubnet("192.168.0.0", 16);
  list.addSubnet("fc00::", 7, "ipv6");
  return list;
}

describe("the server-side request forgery guard", () => {
  it("classes loopback, private, link-local, metadata and IPv4-in-IPv6 addresses as private, public ones as public", () => {
    for (const a of ["127.0.0.1", "127.1.2.3", "::1", "10.0.0.1", "172.16.5.4", "192.168.1.1", "169.254.169.254", "100.100.100.200", "0.0.0.0", "fd00:ec2::254", "fe80::1", "::ffff:127.0.0.1", "::ffff:7f00:1", "64:ff9b::a9fe:a9fe", "not-an-address"]) {
      expect(isPrivateAddress(a), a).toBe(true);
    }
    for (const a of ["93.184.216.34", "151.101.1.69", "2606:4700::1111", "::ffff:5db8:d822"]) expect(isPrivateAddress(a), a).toBe(false);
  });

  it("refuses 127.0.0.1, [::1], 10.x and 169.254.169.254 typed as addresses, before connecting", async () => {
    for (const url of [`${site.origin}/news/world-us-canada-33646704.html`, "http://[::1]/", "http://10.1.2.3/", "http://169.254.169.254/latest/meta-data/", "http://[::ffff:127.0.0.1]/", "http://2130706433/"]) {
      await expect(fetchUrl(url, policy()), url).rejects.toMatchObject({ code: "ingest_refused", message: expect.stringMatching(/private, loopback or link-local.*INGEST_ALLOW_PRIVATE=1/) });
    }
    expect(site.requests).toEqual([]);
  });

  it("refuses a hostname that resolves to a private address (resolution stubbed)", async () => {
    const resolve = async () => [{ address: "10.0.0.7", family: 4 }];
    await expect(fetchUrl("http://news.example.com/story.html", policy({ resolve }))).rejects.toMatchObject({ code: "ingest_refused", message: expect.stringContaining("news.example.com resolves to 10.0.0.7") });
  });

  it("connects to the address it checked: a public-resolving name reaches the site", async () => {
    const port = new URL(site.origin).port;
    const resolve = async () => [{ address: "127.0.0.1", family: 4 }];
    const page = await fetchUrl(`http://news.example.com:${port}/blog/facebook-tracking-me.html`, policy({ resolve, ranges: loopbackCountsAsPublic() }));
    expect(page.status).toBe(200);
    expect(page.body.toString()).toContain("Facebook");
  });

  it("refuses a redirect from a public address to a private one, at the hop", async () => {
    const before = site.requests.length;
    await expect(fetchUrl(`${site.origin}/go/metadata`, policy({ ranges: loopbackCountsAsPublic() }))).rejects.toMatchObject({ code: "ingest_refused", message: expect.stringContaining("169.254.169.254") });
    expect(site.requests.slice(before).map((r) => r.path)).toEqual(["/go/metadata"]);
    const resolve = async (host: string) => [{ address: host === "intranet.example" ? "192.168.0.10" : "127.0.0.1", family: 4 }];
    const bounce = `http://public.example:${new URL(site.origin).port}/go/intranet`;
    await expect(fetchUrl(bounce, policy({ resolve, ranges: loopbackCountsAsPublic() }))).rejects.toMatchObject({ code: "ingest_refused", message: expect.stringContaining("intranet.example resolves to 192.168.0.10") });
  });

  it("fetches from 127.0.0.1 with INGEST_ALLOW_PRIVATE, following a redirect and decoding gzip", async () => {
    const page = await fetchUrl(`${site.origin}/go/obama`, policy({ allowPrivate: true }));
    expect(page.url).toBe(`${site.origin}/news/world-us-canada-33646704.html`);
    expect(page.body.toString("utf8")).toContain("biggest frustration");
    expect(site.requests.at(-1)?.userAgent).toBe("SanctuaryBot/test");
  });
});

describe("fetching", () => {
  const open = policy({ allowPrivate: true });
  it("reports a 404, a redirect loop, a page over the size cap, a timeout and a non-http scheme with the URL and the reason", async () => {
    await expect(fetchUrl(`${site.origin}/no/such/page.html`, open)).rejects.toThrow(/no\/such\/page\.html: the server answered HTTP 404/);
    await expect(fetchUrl(`${site.origin}/go/loop`, open)).rejects.toThrow(/go\/loop: more than 5 redirects/);
    await expect(fetchUrl(`${site.origin}/2017/01/13/world/africa/sudan-sanctions.html`, { ...open, maxBytes: 50_000 })).rejects.toThrow(/over the 50000-byte limit \(INGEST_MAX_BYTES\)/);
    await expect(fetchUrl(`${site.origin}/slow`, { ...open, timeoutMs: 1_000 })).rejects.toThrow(/slow: no complete answer within 1 s \(INGEST_TIMEOUT_MS\)/);
    await expect(fetchUrl("ftp://example.com/a.html", open)).rejects.toThrow(/only http and https/);
    await expect(fetchUrl("not a url", open)).rejects.toThrow(/is not a URL; write it in full/);
  });

  it("sends the ETag it holds and gets a 304 with no body", async () => {
    const first = await fetchUrl(`${site.origin}/feeds/news.rss`, open);
    expect(first.validators.etag).toBeTruthy();
    const again = await fetchUrl(`${site.origin}/feeds/news.rss`, open, { validators: first.validators });
    expect(again).toMatchObject({ status: 304, notModified: true, body: Buffer.alloc(0) });
    expect(site.requests.at(-1)?.ifNoneMatch).toBe(first.validators.etag);
  });
});
