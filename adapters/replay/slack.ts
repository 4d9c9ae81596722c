import type { Inflight } from "../inflight.js";
import { createHmac } from "node:crypto";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Config } from "../../src/config.js";
import type { Core } from "../../src/core.js";
import type { Logger } from "../../src/log.js";
import { createSlackApp } from "../slack/app.js";
import { listen } from "../slack/receiver.js";
import type { Recorder } from "./recorder.js";

export type SlackEventKind = "slash_command" | "event" | "interaction";

export interface SignedRequest {
  body: string;
  headers: Record<string, string>;
}

/** Signs a request body as Slack does: v0= HMAC-SHA256 of "v0:TIMESTAMP:BODY" with the signing secret. */
export function signSlack(body: string, secret: string, timestamp = Math.floor(Date.now() / 1000)): Record<string, string> {
  const signature = "v0=" + createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex");
  return { "x-slack-signature": signature, "x-slack-request-timestamp": String(timestamp) };
}

/** The exact HTTP request Slack sends for a recorded payload (form fields, payload= or JSON), signed. */
export function slackRequest(kind: SlackEventKind, payload: Record<string, unknown>, secret: string, retry?: number): SignedRequest {
  let body: string;
  let type: string;
  if (kind === "slash_command") {
    body = new URLSearchParams(Object.entries(payload).map(([k, v]) => [k, v == null ? "" : String(v)])).toString();
    type = "application/x-www-form-urlencoded";
  } else if (kind === "interaction") {
    body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
    type = "application/x-www-form-urlencoded";
  } else {
    body = JSON.stringify(payload);
    type = "application/json";
  }
  // A redelivery is a new request, sent (and signed) later than the first.
  const headers: Record<string, string> = { "content-type": type, ...signSlack(body, secret, Math.floor(Date.now() / 1000) + (retry ?? 0)) };
  if (retry !== undefined) {
    headers["x-slack-retry-num"] = String(retry);
    headers["x-slack-retry-reason"] = "http_timeout";
  }
  return { body, headers };
}

/**
 * Drives recorded Slack payloads through the real Bolt app on 127.0.0.1, with the Web API and every
 * response_url pointed at the recorder.
 */
export class SlackReplayDriver {
  private server: Server | null = null;
  private background: Inflight | null = null;
  readonly secret: string;

  constructor(
    private readonly core: Core,
    private readonly config: Config,
    private readonly log: Logger,
    private readonly recorder: Recorder,
  ) {
    this.secret = config.slack.signingSecret ?? "replay-signing-secret";
  }

  async start(botUserId: string): Promise<void> {
    const config: Config = { ...this.config, slack: { ...this.config.slack, botToken: this.config.slack.botToken ?? "xoxb-replay", signingSecret: this.secret, appToken: undefined } };
    const { server, deps } = createSlackApp(this.core, config, this.log, { apiUrl: `${this.recorder.url}/api/`, botId: "B0REPLAY", botUserId });
    this.background = deps.background;
    this.server = await listen(server!, 0, "127.0.0.1");
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}/slack/events`;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (server) await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeIdleConnections();
        });
  }

  /** Sends a raw request to the receiver (for tests of unsigned, stale or replayed requests). */
  async sendRaw(body: string, headers: Record<string, string>): Promise<number> {
    const res = await fetch(this.url, { method: "POST", headers, body });
    await res.text();
    return res.status;
  }

  /** Sends one payload as Slack would; returns the HTTP status and the ack body (parsed when JSON). */
  async send(kind: SlackEventKind, payload: Record<string, unknown>, retry?: number): Promise<{ status: number; ack: unknown }> {
    const rewritten = this.pointResponseUrl(payload);
    const { body, headers } = slackRequest(kind, rewritten, this.secret, retry);
    const res = await fetch(this.url, { method: "POST", headers, body });
    const text = await res.text();
    // What a listener left running after its acknowledgement belongs to this event too.
    await this.background?.idle;
    let ack: unknown = text === "" ? undefined : text;
    try {
      if (text) ack = JSON.parse(text);
    } catch {
      /* a plain-text ack stays text */
    }
    return { status: res.status, ack };
  }

  /** response_url points at hooks.slack.com: send it to the recorder instead, keeping its path. */
  private pointResponseUrl(payload: Record<string, unknown>): Record<string, unknown> {
    const url = payload.response_url;
    if (typeof url !== "string" || !url) return payload;
    const path = url.replace(/^https?:\/\/[^/]+/, "");
    return { ...payload, response_url: `${this.recorder.url}/response${path}` };
  }
}
