import { describe, expect, it } from "vitest";
import { startAll, type Part } from "../../app/bot.js";
import { Recorder } from "../../adapters/replay/recorder.js";
import { createSlackAdapter } from "../../adapters/slack/app.js";
import { createCore } from "../../src/core.js";
import { silentLogger } from "../../src/log.js";
import { freePort, testConfig } from "../helpers.js";

describe("starting the bot", () => {
  it("starts all parts or none: a part that fails to start stops those already listening, in reverse order", async () => {
    const port = await freePort();
    // Bolt checks the token with auth.test as it starts: on the stand-in, never slack.com.
    const slackApi = new Recorder();
    await slackApi.start();
    const config = testConfig({ SLACK_BOT_TOKEN: "xoxb-test", SLACK_SIGNING_SECRET: "shh", PORT: String(port), SLACK_API_URL: `${slackApi.url}/api/` });
    const core = createCore(config, silentLogger());
    const order: string[] = [];
    const traced = (p: Part): Part => ({
      name: p.name,
      start: async () => (await p.start(), void order.push(`start ${p.name}`)),
      stop: async () => (await p.stop(), void order.push(`stop ${p.name}`)),
    });
    const first = traced(createSlackAdapter(core, config, silentLogger()));
    const watcher = traced({ name: "watcher", start: async () => undefined, stop: async () => undefined });
    // A second Slack adapter on the same port: a real EADDRINUSE after the first began listening.
    const second = traced(createSlackAdapter(core, config, silentLogger()));
    await expect(startAll([first, watcher, second], silentLogger())).rejects.toThrow(/EADDRINUSE/);
    expect(order).toEqual(["start slack", "start watcher", "stop watcher", "stop slack"]);
    await expect(fetch(`http://127.0.0.1:${port}/slack/events`, { method: "POST" })).rejects.toThrow();
    await slackApi.stop();
  });

  it("checks the Slack token before listening: a refused token or an unreachable Slack stops the start with one clear error", async () => {
    const port = await freePort();
    const slackApi = new Recorder();
    await slackApi.start();
    slackApi.failing = /auth\.test/;
    const refused = createSlackAdapter(createCore(testConfig(), silentLogger()), testConfig({ SLACK_BOT_TOKEN: "xoxb-test", SLACK_SIGNING_SECRET: "shh", PORT: String(port), SLACK_API_URL: `${slackApi.url}/api/` }), silentLogger());
    await expect(startAll([refused], silentLogger())).rejects.toThrow(/^SLACK_BOT_TOKEN: Slack refused the token \(internal_error\); copy the Bot User OAuth Token/);
    expect(slackApi.calls.map((c) => c.path)).toEqual(["/api/auth.test"]);
    await expect(fetch(`http://127.0.0.1:${port}/slack/events`, { method: "POST" })).rejects.toThrow();
    const api = `${slackApi.url}/api/`;
    await slackApi.stop();
    const unreachable = createSlackAdapter(createCore(testConfig(), silentLogger()), testConfig({ SLACK_BOT_TOKEN: "xoxb-test", SLACK_SIGNING_SECRET: "shh", PORT: String(port), SLACK_API_URL: api }), silentLogger());
    await expect(startAll([unreachable], silentLogger())).rejects.toThrow(/^Slack's Web API \(http:\/\/127\.0\.0\.1:\d+\/api\/\) could not be reached to check SLACK_BOT_TOKEN/);
  });
});
