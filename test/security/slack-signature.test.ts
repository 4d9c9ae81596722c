import { afterEach, describe, expect, it } from "vitest";
import { ReplaySession } from "../../adapters/replay/replay.js";
import { signSlack, slackRequest } from "../../adapters/replay/slack.js";
import { silentLogger } from "../../src/log.js";
import { fixtureLines, httpCalls, testCore } from "../helpers.js";

let session: ReplaySession | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

describe("Slack request verification (HTTP mode, the real receiver on 127.0.0.1)", () => {
  it("refuses unsigned, wrongly signed, stale and replayed requests with 401, reaching no handler", async () => {
    const { core, config } = testCore({ SLACK_SIGNING_SECRET: "the-real-secret", SLACK_BOT_TOKEN: "xoxb-test" });
    session = await ReplaySession.open(core, config, silentLogger());
    const slack = await session.slackDriver();
    const payload = JSON.parse(fixtureLines("slack", "dm.jsonl")[0]).body;
    const { body, headers } = slackRequest("event", payload, "the-real-secret");
    const contentType = { "content-type": "application/json" };

    expect(await slack.sendRaw(body, contentType)).toBe(401);
    expect(await slack.sendRaw(body, { ...contentType, ...signSlack(body, "a-wrong-secret") })).toBe(401);
    const stale = Math.floor(Date.now() / 1000) - 6 * 60;
    expect(await slack.sendRaw(body, { ...contentType, ...signSlack(body, "the-real-secret", stale) })).toBe(401);
    expect(await slack.sendRaw(body + " ", headers)).toBe(401);
    const before = (await core.digest()).questions;
    expect(await slack.sendRaw(body, headers)).toBe(200);
    expect(await slack.sendRaw(body, headers)).toBe(401);
    expect((await core.digest()).questions - before).toBe(1);
  });

  it("lets a signed redelivery through to the adapter, which answers it only once", async () => {
    const { core, config } = testCore({ SLACK_SIGNING_SECRET: "the-real-secret", SLACK_BOT_TOKEN: "xoxb-test" });
    session = await ReplaySession.open(core, config, silentLogger());
    const dm = fixtureLines("slack", "dm.jsonl")[0];
    const retry = JSON.stringify({ ...JSON.parse(dm), retry: 1 });
    const first = await session.send(dm, 0);
    const second = await session.send(retry, 1);
    expect(httpCalls(first)).toHaveLength(1);
    expect(second.find((o) => o.kind === "ack")).toMatchObject({ status: 200 });
    expect(httpCalls(second)).toHaveLength(0);
  });
});
