import { describe, expect, it } from "vitest";
import { startAll, type Part } from "../../adapters/run.js";
import { createSlackAdapter } from "../../adapters/slack/app.js";
import { createCore } from "../../src/core.js";
import { silentLogger } from "../../src/log.js";
import { freePort, testConfig } from "../helpers.js";

describe("starting the bot", () => {
  it("starts all parts or none: a part that fails to start stops those already listening, in reverse order", async () => {
    const port = await freePort();
    const config = testConfig({ SLACK_BOT_TOKEN: "xoxb-test", SLACK_SIGNING_SECRET: "shh", PORT: String(port) });
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
  });
});
