import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** One request the bot sent to a platform API, with its body parsed. */
export interface RecordedCall {
  method: string;
  path: string;
  body: unknown;
}

/**
 * A stand-in for the Slack Web API, Slack's response_url endpoints and the Discord REST API, on
 * 127.0.0.1: it records every request and answers as the platform would, so nothing leaves the machine.
 */
export class Recorder {
  readonly calls: RecordedCall[] = [];
  /** What apps.connections.open hands a Socket Mode client: a WebSocket stand-in on 127.0.0.1. */
  socketUrl: string | null = null;
  /** Paths answered as the platform answers a failure (Discord 404 Unknown interaction, Slack expired_url), for tests of failing replies. */
  failing: RegExp | null = null;
  /** Paths never answered (a hung platform API); the connection is held until `stop()`. */
  hanging: RegExp | null = null;
  /** Called as each request arrives (the load test times replies with it). */
  onCall: ((call: RecordedCall) => void) | null = null;
  private server: Server | null = null;
  private pending = 0;
  private idle: Array<() => void> = [];
  private messageCounter = 0;

  /** Starts listening on an ephemeral port of 127.0.0.1 and returns its base URL. */
  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    return this.url;
  }

  get url(): string {
    const { port } = this.server!.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    this.server = null;
  }

  /** Takes (and forgets) the calls recorded so far. */
  take(): RecordedCall[] {
    return this.calls.splice(0, this.calls.length);
  }

  /** Resolves once no request has been in flight for `quietMs`, or after `maxMs`. */
  async settle(quietMs = 50, maxMs = 3000): Promise<void> {
    const deadline = Date.now() + maxMs;
    let seen = -1;
    while (Date.now() < deadline) {
      const count = this.calls.length + this.pending;
      if (this.pending === 0 && count === seen) return;
      seen = count;
      await new Promise((r) => setTimeout(r, quietMs));
    }
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    this.pending++;
    try {
      const chunks: Buffer[] = [];
      for await (const c of req) chunks.push(c as Buffer);
      const raw = Buffer.concat(chunks).toString("utf8");
      const path = (req.url ?? "/").split("?")[0];
      const call = { method: req.method ?? "GET", path, body: parseBody(raw, req.headers["content-type"] ?? "") };
      this.calls.push(call);
      this.onCall?.(call);
      if (this.hanging?.test(path)) return;
      this.respond(path, req.method ?? "GET", res, call.body);
    } finally {
      this.pending--;
      if (this.pending === 0) for (const f of this.idle.splice(0)) f();
    }
  }

  private respond(path: string, method: string, res: ServerResponse, body: unknown): void {
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    if (this.failing?.test(path)) {
      if (path.startsWith("/api/v10/")) json(404, { message: "Unknown interaction", code: 10062 });
      else if (path.startsWith("/api/")) json(200, { ok: false, error: "internal_error" });
      else {
        res.writeHead(404, { "content-type": "text/plain" });
        res.end("expired_url");
      }
      return;
    }
    if (path.startsWith("/api/v10/interactions/")) {
      res.writeHead(204);
      res.end();
      return;
    }
    if (path === "/api/v10/users/@me/channels") {
      // Opening a DM: Discord answers with the DM channel.
      const recipient = String((body as { recipient_id?: string } | null)?.recipient_id ?? "0");
      json(200, { id: String(1600000000000000000n + BigInt(recipient.length ? recipient.slice(-6) : "0")), type: 1, last_message_id: null, flags: 0, recipients: [{ id: recipient, username: "user", discriminator: "0", avatar: null, global_name: null }] });
      return;
    }
    if (path.startsWith("/api/v10/")) {
      const id = String(1500000000000000000n + BigInt(++this.messageCounter));
      json(200, { id, type: 0, content: "", channel_id: "0", author: { id: "0", username: "sanctuary", discriminator: "0", bot: true, avatar: null }, attachments: [], embeds: [], mentions: [], mention_roles: [], pinned: false, mention_everyone: false, tts: false, timestamp: new Date(0).toISOString(), edited_timestamp: null, flags: 0, components: [] });
      return;
    }
    if (path === "/api/auth.test") {
      // As Slack answers it for a bot token (https://api.slack.com/methods/auth.test).
      json(200, { ok: true, url: "https://sanctuary-replay.slack.com/", team: "Sanctuary Replay", user: "sanctuary", team_id: "T0REPLAY1", user_id: "U0SAMBOT1", bot_id: "B0REPLAY", is_enterprise_install: false });
      return;
    }
    if (path === "/api/apps.connections.open") {
      json(200, this.socketUrl ? { ok: true, url: this.socketUrl } : { ok: false, error: "no_socket_stand_in" });
      return;
    }
    if (path.startsWith("/api/")) {
      const ts = `${1767000000 + this.messageCounter}.${String(++this.messageCounter).padStart(6, "0")}`;
      json(200, { ok: true, ts, channel: "C0REPLAY", message: { ts } });
      return;
    }
    void method;
    res.writeHead(200, { "content-type": "text/plain" });
    res.end("ok");
  }
}

function parseBody(raw: string, type: string): unknown {
  if (!raw) return null;
  if (type.includes("application/json")) {
    try {
      return JSON.parse(raw);
    } catch {
      return raw;
    }
  }
  if (type.includes("application/x-www-form-urlencoded")) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of new URLSearchParams(raw)) out[k] = /^(?:blocks|attachments)$/.test(k) ? safeJson(v) : v;
    return out;
  }
  return raw;
}

function safeJson(v: string): unknown {
  try {
    return JSON.parse(v);
  } catch {
    return v;
  }
}
