import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import { isIP, type BlockList } from "node:net";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import { SanctuaryError } from "../errors.js";
import { isPrivateAddress } from "./addresses.js";

/** How the bot fetches from the web; every field comes from the settings (INGEST_*). */
export interface FetchPolicy {
  /** INGEST_ALLOW_PRIVATE: reach private, loopback and link-local addresses (an intranet CMS, a test server). */
  allowPrivate: boolean;
  timeoutMs: number;
  maxBytes: number;
  userAgent: string;
  maxRedirects: number;
  /** Name resolution; the system resolver unless a test stubs it. */
  resolve?: (hostname: string) => Promise<LookupAddress[]>;
  /** The ranges refused; the default list unless a test narrows it. */
  ranges?: BlockList;
}

/** Validators of a copy already held, sent so an unchanged resource costs a 304 and no body. */
export interface Validators {
  etag?: string;
  lastModified?: string;
}

export interface Fetched {
  /** The URL finally answered, after redirects. */
  url: string;
  status: number;
  contentType: string;
  /** Empty on a 304. */
  body: Buffer;
  notModified: boolean;
  validators: Validators;
}

export interface FetchOptions {
  validators?: Validators;
  accept?: string;
  /** Return a 4xx or 5xx answer instead of throwing (robots.txt: a 404 means no rules). */
  anyStatus?: boolean;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

const systemResolve = (hostname: string): Promise<LookupAddress[]> =>
  new Promise((resolve, reject) => dnsLookup(hostname, { all: true, verbatim: true }, (err, addresses) => (err ? reject(err) : resolve(addresses))));

const failure = (url: string, reason: string) => new SanctuaryError("ingest_fetch_failed", `${url}: ${reason}; nothing was added`);
const refusal = (url: string, reason: string) =>
  new SanctuaryError("ingest_refused", `${url}: ${reason}; refused (server-side request forgery guard); set INGEST_ALLOW_PRIVATE=1 only to fetch from an intranet`);

/**
 * GETs a URL the way the bot may: http(s) only, at most `maxRedirects` redirects, each hop's address
 * checked after resolution, at connect time, so neither a hostname that resolves to a private address
 * nor a redirect to one gets through (and a second resolution cannot differ from the checked one);
 * bodies over `maxBytes` and answers slower than `timeoutMs` are abandoned. Anything but a 2xx or a 304
 * throws with the URL and the reason, unless `anyStatus`.
 *
 * @example await fetchUrl("https://example.com/news/1.html", policy) // { status: 200, body: <Buffer …>, … }
 */
export async function fetchUrl(url: string, policy: FetchPolicy, options: FetchOptions = {}): Promise<Fetched> {
  const { validators = {}, accept = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5", anyStatus = false } = options;
  const deadline = AbortSignal.timeout(policy.timeoutMs);
  let current = url;
  for (let hop = 0; ; hop++) {
    const target = checkedUrl(current, url);
    if (!policy.allowPrivate && isIP(bareHost(target)) && isPrivateAddress(bareHost(target), policy.ranges)) {
      throw refusal(current, `${bareHost(target)} is a private, loopback or link-local address`);
    }
    const res = await get(target, policy, validators, accept, deadline);
    const location = res.headers.location;
    if (REDIRECTS.has(res.statusCode ?? 0) && location) {
      res.resume();
      if (hop >= policy.maxRedirects) throw failure(url, `more than ${policy.maxRedirects} redirects`);
      current = new URL(location, target).href;
      continue;
    }
    const status = res.statusCode ?? 0;
    const kept: Validators = { etag: header(res, "etag"), lastModified: header(res, "last-modified") };
    if (status === 304) {
      res.resume();
      return { url: target.href, status, contentType: "", body: Buffer.alloc(0), notModified: true, validators: { ...validators, ...definedOnly(kept) } };
    }
    if ((status < 200 || status >= 300) && !anyStatus) {
      res.resume();
      throw failure(current, `the server answered HTTP ${status}${res.statusMessage ? ` ${res.statusMessage}` : ""}`);
    }
    const body = await readBody(res, policy.maxBytes, current, deadline);
    return { url: target.href, status, contentType: header(res, "content-type") ?? "", body, notModified: false, validators: definedOnly(kept) };
  }
}

/** A URL the bot may fetch (http or https, no credentials in it); throws naming the link and the fix. `asked`: the link a redirect came from. */
export function checkedUrl(raw: string, asked = raw): URL {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw new SanctuaryError("ingest_fetch_failed", `${raw} is not a URL; write it in full, such as https://example.com/news/article.html`);
  }
  if (u.protocol !== "http:" && u.protocol !== "https:") {
    throw new SanctuaryError("ingest_refused", `${raw}${raw === asked ? "" : ` (redirected from ${asked})`}: only http and https URLs are fetched`);
  }
  if (u.username || u.password) throw new SanctuaryError("ingest_refused", `${u.origin}: URLs with a user name or password are not fetched; remove them from the link`);
  return u;
}

/** The host as an address: URL keeps IPv6 literals in brackets. */
function bareHost(u: URL): string {
  return u.hostname.replace(/^\[|\]$/g, "");
}

function get(target: URL, policy: FetchPolicy, validators: Validators, accept: string, signal: AbortSignal): Promise<IncomingMessage> {
  const resolve = policy.resolve ?? systemResolve;
  // net.connect calls this for every hostname it connects to; the addresses checked are the ones used.
  const lookup = (hostname: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    resolve(hostname).then(
      (addresses) => {
        const bad = policy.allowPrivate ? undefined : addresses.find((a) => isPrivateAddress(a.address, policy.ranges));
        if (bad) return callback(refusal(target.href, `${hostname} resolves to ${bad.address}, a private, loopback or link-local address`));
        if (!addresses.length) return callback(failure(target.href, `${hostname} has no address`));
        if (options.all) return callback(null, addresses);
        return callback(null, addresses[0].address, addresses[0].family);
      },
      (err: NodeJS.ErrnoException) => callback(failure(target.href, `${hostname} could not be resolved (${err.code ?? err.message})`)),
    );
  };
  const send = target.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolveResponse, reject) => {
    const req = send(
      target,
      {
        method: "GET",
        lookup: lookup as never,
        signal,
        headers: {
          "user-agent": policy.userAgent,
          accept,
          "accept-encoding": "gzip, deflate, br",
          ...(validators.etag ? { "if-none-match": validators.etag } : {}),
          ...(validators.lastModified ? { "if-modified-since": validators.lastModified } : {}),
        },
      },
      resolveResponse,
    );
    req.on("error", (err: NodeJS.ErrnoException) => {
      if (err instanceof SanctuaryError) return reject(err);
      if (signal.aborted) return reject(failure(target.href, `no complete answer within ${Math.round(policy.timeoutMs / 1000)} s (INGEST_TIMEOUT_MS)`));
      reject(failure(target.href, `the connection failed (${err.code ?? err.message})`));
    });
    req.end();
  });
}

async function readBody(res: IncomingMessage, maxBytes: number, url: string, signal: AbortSignal): Promise<Buffer> {
  const declared = Number(res.headers["content-length"]);
  if (declared > maxBytes) {
    res.destroy();
    throw failure(url, `the page is ${declared} bytes, over the ${maxBytes}-byte limit (INGEST_MAX_BYTES)`);
  }
  const encoding = (header(res, "content-encoding") ?? "").toLowerCase();
  const decoder = encoding === "gzip" || encoding === "x-gzip" ? createGunzip() : encoding === "deflate" ? createInflate() : encoding === "br" ? createBrotliDecompress() : null;
  const stream = decoder ? res.pipe(decoder) : res;
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > maxBytes) throw failure(url, `the page is over the ${maxBytes}-byte limit (INGEST_MAX_BYTES)`);
      chunks.push(chunk);
    }
  } catch (err) {
    res.destroy();
    if (err instanceof SanctuaryError) throw err;
    if (signal.aborted) throw failure(url, "the page did not arrive in time (INGEST_TIMEOUT_MS)");
    throw failure(url, `the page could not be read (${(err as Error).message})`);
  }
  return Buffer.concat(chunks);
}

function header(res: IncomingMessage, name: string): string | undefined {
  const v = res.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function definedOnly(v: Validators): Validators {
  return Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined));
}

/**
 * Text from bytes in the charset the response declares (header first, then the document's own
 * `<meta charset>` or XML declaration); UTF-8 when none is named or the name is unknown.
 */
export function decodeText(body: Buffer, contentType: string): string {
  const head = body.subarray(0, 2048).toString("latin1");
  const named =
    /charset=["']?([\w:.-]+)/i.exec(contentType)?.[1] ??
    /<meta[^>]+charset=["']?([\w:.-]+)/i.exec(head)?.[1] ??
    /<\?xml[^>]+encoding=["']([\w:.-]+)/i.exec(head)?.[1] ??
    "utf-8";
  try {
    return new TextDecoder(named.toLowerCase()).decode(body);
  } catch {
    return new TextDecoder("utf-8").decode(body);
  }
}
