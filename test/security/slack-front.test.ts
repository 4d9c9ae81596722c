import { HTTPReceiver } from "@slack/bolt";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { ReplaySession } from "../../adapters/replay/replay.js";
import { signSlack, slackRequest } from "../../adapters/replay/slack.js";
import { guardedServer, listen, SignatureLedger } from "../../adapters/slack/receiver.js";
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
    const before = core.digest().questions;
    const payload = JSON.parse(fixtureLines("slack", "dm.jsonl")[0]).body;
    const { body, headers } = slackRequest("event", payload, SECRET);
    expect(await slack.sendRaw(body, headers)).toBe(200);
    expect(core.digest().questions - before).toBe(1);
  });

  it("acts once on one signed request sent three times at once", async () => {
    const { core, slack } = await openSession();
    const payload = JSON.parse(fixtureLines("slack", "dm.jsonl")[0]).body;
    const { body, headers } = slackRequest("event", payload, SECRET);
    const before = core.digest().questions;
    const statuses = await Promise.all([1, 2, 3].map(() => slack.sendRaw(body, headers)));
    expect(statuses.sort()).toEqual([200, 401, 401]);
    expect(core.digest().questions - before).toBe(1);
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
    bare = await listen(guardedServer(receiver, SECRET, silentLogger(), Date.now, ledger), 0, "127.0.0.1");
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
});
