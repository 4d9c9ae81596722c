import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { ErrorCode, isValidSlackRequest, type HTTPReceiver } from "@slack/bolt";
import type { Logger } from "../../src/log.js";

export { listen } from "../http/listen.js";

/** Slack's window: a request older than this is refused, and a signature is remembered this long. */
export const SIGNATURE_WINDOW_MS = 5 * 60 * 1000;

/**
 * Limits of the HTTP front, in one place. Slack's own requests are small and fast; these bound what a
 * stranger can make the process hold.
 */
export const HTTP_LIMITS: HttpLimits = {
  /** Where Slack posts events, commands and interactions (Bolt's default endpoint). */
  path: "/slack/events",
  /** Bolt's own body limit (4 MB): a larger body is refused before it is read whole. */
  maxBodyBytes: 4 * 1024 * 1024,
  /** Verified signatures remembered at most; beyond it the oldest go first (only a secret-holder fills it). */
  maxRemembered: 50_000,
  /** A request must send its headers within this, and its whole body within requestTimeoutMs. */
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 15_000,
  /**
   * How often Node looks for requests past those timeouts (its default, 30 s, let a stalled body be
   * held for up to 45 s instead of 15).
   */
  checkEveryMs: 1_000,
  /** Open connections at once; more are closed as they arrive. */
  maxConnections: 512,
  /**
   * Bytes of unfinished bodies held at once, across connections; a body that would pass it is
   * answered 503. Slack's own requests are a few KB, so only a flood of large bodies meets it.
   */
  maxBufferedBytes: 64 * 1024 * 1024,
};

export interface HttpLimits {
  path: string;
  maxBodyBytes: number;
  maxRemembered: number;
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  checkEveryMs: number;
  maxConnections: number;
  maxBufferedBytes: number;
}

type BufferedRequest = IncomingMessage & { rawBody?: Buffer };

/** Other routes served beside Slack's: a handler that answers and returns true, or returns false for a 404. */
export type Routes = (req: IncomingMessage, res: ServerResponse, path: string) => boolean;

export interface GuardOptions {
  now?: () => number;
  ledger?: SignatureLedger;
  limits?: HttpLimits;
  /** The health and metrics routes (`adapters/http/ops.ts`). */
  routes?: Routes;
}

/** Signatures Slack-signed requests arrived with in the last five minutes, bounded. */
export class SignatureLedger {
  private readonly seen = new Map<string, number>();

  /** Claims a verified signature at time t; false when it was already claimed (a replay). */
  claim(signature: string, t: number): boolean {
    for (const [sig, at] of this.seen) {
      if (t - at <= SIGNATURE_WINDOW_MS && this.seen.size < HTTP_LIMITS.maxRemembered) break;
      this.seen.delete(sig);
    }
    if (this.seen.has(signature)) return false;
    this.seen.set(signature, t);
    return true;
  }

  get size(): number {
    return this.seen.size;
  }
}

/**
 * The HTTP front of the Bolt receiver. Only `POST /slack/events` reaches Bolt (anything else is 404 or
 * 405, and never throws). Bolt refuses unsigned, wrongly signed and stale requests (401); in front of
 * it, this verifies the signature itself and claims it as the request arrives, so the same signed
 * request sent again (or three times at once) is refused as a replay. Only verified signatures are
 * remembered, so strangers cannot grow the ledger; timestamps more than five minutes ahead are refused.
 */
export function guardedServer(receiver: HTTPReceiver, signingSecret: string, log: Logger, options: GuardOptions = {}): Server {
  const { now = Date.now, ledger = new SignatureLedger(), limits = HTTP_LIMITS, routes } = options;
  let buffered = 0;
  const timeouts = { headersTimeout: limits.headersTimeoutMs, requestTimeout: limits.requestTimeoutMs, connectionsCheckingInterval: limits.checkEveryMs };
  const server = createServer(timeouts, (req: BufferedRequest, res: ServerResponse) => {
    const answer = (status: number, headers: Record<string, string> = {}) => {
      if (!res.headersSent) res.writeHead(status, { "content-type": "text/plain", ...headers });
      res.end("");
      req.resume();
    };
    let path: string;
    try {
      path = new URL(req.url ?? "/", "http://localhost").pathname;
    } catch {
      return answer(400);
    }
    if (path !== limits.path) return routes?.(req, res, path) ? undefined : answer(404);
    if (req.method !== "POST") return answer(405, { allow: "POST" });
    const declared = Number(req.headers["content-length"] ?? 0);
    if (declared > limits.maxBodyBytes) return answer(413);

    const chunks: Buffer[] = [];
    let size = 0;
    const release = () => {
      buffered -= size;
      size = 0;
    };
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      buffered += chunk.length;
      if (size > limits.maxBodyBytes || buffered > limits.maxBufferedBytes) {
        answer(size > limits.maxBodyBytes ? 413 : 503);
        release();
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on("error", () => answer(400));
    req.on("close", release);
    req.on("end", () => {
      release();
      if (res.writableEnded) return;
      const body = Buffer.concat(chunks);
      // Bolt reads a body already buffered here instead of the (consumed) stream.
      req.rawBody = body;
      const signature = req.headers["x-slack-signature"];
      const timestamp = Number(req.headers["x-slack-request-timestamp"]);
      const t = now();
      if (typeof signature === "string" && Number.isFinite(timestamp)) {
        if (timestamp * 1000 - t > SIGNATURE_WINDOW_MS) {
          log.warn({ path }, "slack: request signed in the future refused");
          return answer(401);
        }
        const valid = isValidSlackRequest({
          signingSecret,
          body: body.toString(),
          headers: { "x-slack-signature": signature, "x-slack-request-timestamp": timestamp },
          nowMilliseconds: t,
        });
        if (valid && !ledger.claim(signature, t)) {
          log.warn({ path }, "slack: replayed request refused");
          return answer(401);
        }
      }
      dispatch(receiver, req, res, log);
    });
  });
  server.maxConnections = limits.maxConnections;
  return server;
}

/** Hands a request to Bolt as its own server does, answering (never throwing) when Bolt cannot take it. */
function dispatch(receiver: HTTPReceiver, req: IncomingMessage, res: ServerResponse, log: Logger): void {
  try {
    receiver.requestListener(req, res);
  } catch (err) {
    log.warn({ err, method: req.method, path: req.url }, "slack: request not handled");
    if (!res.headersSent) res.writeHead((err as { code?: string }).code === ErrorCode.HTTPReceiverDeferredRequestError ? 404 : 500);
    res.end();
  }
}

