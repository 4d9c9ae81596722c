import { HTTPReceiver } from "@slack/bolt";
import type { Server } from "node:http";
import { createConnection, type AddressInfo, type Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { ReplaySession } from "../../adapters/replay/replay.js";
import { signSlack, slackRequest } from "../../adapters/replay/slack.js";
import { guardedServer, HTTP_LIMITS, listen, SignatureLedger } from "../../adapters/slack/receiver.js";
import { silentLogger } from "../../src/log.js";
import { fixtureLines, testCore } from "../helpers.js";

const SECRET = "the-real-secret";
let session: ReplaySession | null = null;
let bare: Server | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
  if (bare) await new Promise<void>((resolve) => bare!.close(() => resolve()));
  bare = null;
});

async function openSession() {
  const { core, config } = testCore({ SLACK_SIGNING_SECRET: SECRET, SLACK_BOT_TOKEN: "xoxb-test" });
  session = await ReplaySession.open(core, config, silentLogger());
  return { core, slack: await session.slackDriver() };
}

describe("the Slack HTTP front (the real Bolt receiver on 127.0.0.1)", () => {
  it("answers stray requests 404 or 405 and stays up answering signed ones", async () => {
    const { core, slack } = await openSession();
    const events = slack.url;
    const root = events.replace(/\/slack\/events$/, "");
    const statuses = [
      (await fetch(`${root}/`)).status,
      (await fetch(events)).status,
      (await fetch(events, { method: "HEAD" })).status,
      (await fetch(events, { method: "OPTIONS" })).status,
      (await fetch(`${root}/other`, { method: "POST", body: "x" })).status,
      (await fetch(`${root}/slack/events/../../etc/passwd`)).status,
    ];
    expect(statuses).toEqual([404, 405, 405, 405, 404, 404]);
    const before = (await core.digest()).questions;
    const payload = JSON.parse(fixtureLines("slack", "dm.jsonl")[0]).body;
    const { body, headers } = slackRequest("event", payload, SECRET);
    expect(await slack.sendRaw(body, headers)).toBe(200);
    expect((await core.digest()).questions - before).toBe(1);
  });

  it("acts once on one signed request sent three times at once", async () => {
    const { core, slack } = await openSession();
    const payload = JSON.parse(fixtureLines("slack", "dm.jsonl")[0]).body;
    const { body, headers } = slackRequest("event", payload, SECRET);
    const before = (await core.digest()).questions;
    const statuses = await Promise.all([1, 2, 3].map(() => slack.sendRaw(body, headers)));
    expect(statuses.sort()).toEqual([200, 401, 401]);
    expect((await core.digest()).questions - before).toBe(1);
  });

  it("refuses a request signed in the future, even with the right secret", async () => {
    const { slack } = await openSession();
    const payload = JSON.parse(fixtureLines("slack", "dm.jsonl")[0]).body;
    const body = JSON.stringify(payload);
    const tomorrow = Math.floor(Date.now() / 1000) + 24 * 3600;
    expect(await slack.sendRaw(body, { "content-type": "application/json", ...signSlack(body, SECRET, tomorrow) })).toBe(401);
  });

  it("remembers only signatures it verified: unsigned and forged requests leave the ledger empty", async () => {
    const receiver = new HTTPReceiver({ signingSecret: SECRET, processBeforeResponse: true });
    const ledger = new SignatureLedger();
    bare = await listen(guardedServer(receiver, SECRET, silentLogger(), { ledger }), 0, "127.0.0.1");
    const url = `http://127.0.0.1:${(bare.address() as AddressInfo).port}/slack/events`;
    const now = String(Math.floor(Date.now() / 1000));
    for (let i = 0; i < 200; i++) {
      const res = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", "x-slack-signature": `v0=${String(i).padStart(4000, "f")}`, "x-slack-request-timestamp": now },
        body: "ssl_check=1&token=x",
      });
      await res.text();
    }
    expect(ledger.size).toBe(0);
    const body = "ssl_check=1&token=x";
    const res = await fetch(url, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded", ...signSlack(body, SECRET) }, body });
    await res.text();
    expect(ledger.size).toBe(1);
  });

  describe("slow and idle connections", () => {
    const limits = { ...HTTP_LIMITS, headersTimeoutMs: 400, requestTimeoutMs: 600, checkEveryMs: 100, maxConnections: 4, maxBufferedBytes: 256 * 1024 };
    const open = async () => {
      const receiver = new HTTPReceiver({ signingSecret: SECRET, processBeforeResponse: true });
      bare = await listen(guardedServer(receiver, SECRET, silentLogger(), { limits }), 0, "127.0.0.1");
      return (bare.address() as AddressInfo).port;
    };
    /** A raw connection and when the server closed it (ms after connecting), with what it answered. */
    const connect = (port: number, send = "") =>
      new Promise<{ socket: Socket; closed: Promise<{ after: number; reply: string }> }>((resolve) => {
        const started = Date.now();
        let reply = "";
        const socket = createConnection(port, "127.0.0.1", () => {
          if (send) socket.write(send);
          resolve({ socket, closed });
        });
        socket.on("data", (d) => (reply += d));
        socket.on("error", () => undefined);
        const closed = new Promise<{ after: number; reply: string }>((done) => socket.on("close", () => done({ after: Date.now() - started, reply })));
      });

    it("drops a body that stalls after the request timeout, answering 408", async () => {
      const port = await open();
      const { closed } = await connect(port, `POST /slack/events HTTP/1.1\r\nhost: x\r\ncontent-length: 3990000\r\n\r\n${"a".repeat(64 * 1024)}`);
      const { after, reply } = await closed;
      expect(reply.split("\r\n")[0]).toBe("HTTP/1.1 408 Request Timeout");
      expect(after).toBeLessThan(limits.requestTimeoutMs + 1500);
    });

    it("answers 503 to a body that would take the bytes held across connections past the cap", async () => {
      const port = await open();
      const head = `POST /slack/events HTTP/1.1\r\nhost: x\r\ncontent-length: 3990000\r\n\r\n`;
      const first = await connect(port, head + "a".repeat(200 * 1024));
      await new Promise((r) => setTimeout(r, 100));
      const second = await connect(port, head + "a".repeat(200 * 1024));
      const refused = await second.closed;
      expect(refused.reply.split("\r\n")[0]).toBe("HTTP/1.1 503 Service Unavailable");
      expect(refused.after).toBeLessThan(300);
      // The first was held, not refused: it ends at the request timeout.
      expect((await first.closed).reply.split("\r\n")[0]).toBe("HTTP/1.1 408 Request Timeout");
    });

    it("closes connections past the cap as they arrive, and idle ones after the header timeout", async () => {
      const port = await open();
      const sockets = await Promise.all(Array.from({ length: 6 }, () => connect(port)));
      const closings = sockets.map((s) => s.closed);
      const early = await Promise.race([Promise.all(closings.slice(4)), new Promise<null>((r) => setTimeout(() => r(null), 300))]);
      expect(early?.map((c) => c.after < 300)).toEqual([true, true]);
      const kept = await Promise.all(closings.slice(0, 4));
      expect(kept.every((c) => c.after >= 300 && c.after < limits.headersTimeoutMs + 1500)).toBe(true);
    });
  });
});
