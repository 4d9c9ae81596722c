import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createDiscordClient, postDiscordMessage } from "../../adapters/discord/client.js";
import { Recorder } from "../../adapters/replay/recorder.js";
import { createSlackApp, postSlackMessage } from "../../adapters/slack/app.js";
import type { Config } from "../../src/config.js";
import { createCore, type Core } from "../../src/core.js";
import { localState } from "../../src/state/local.js";
import { DigestScheduler, type DigestTarget } from "../../src/digest/schedule.js";
import { silentLogger } from "../../src/log.js";
import { tempDir, testConfig } from "../helpers.js";

const recorder = new Recorder();
const clients: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const stop of clients.splice(0)) await stop();
  await recorder.stop();
});

/** The real adapters' posting code, pointed at the recorder on 127.0.0.1. */
async function targets(core: Core, config: Config): Promise<DigestTarget[]> {
  const { app } = createSlackApp(core, { ...config, slack: { ...config.slack, botToken: "xoxb-test", signingSecret: "s" } }, silentLogger(), { apiUrl: `${recorder.url}/api/`, botId: "B1", botUserId: "U1" });
  const { client } = createDiscordClient(core, config, silentLogger(), { apiUrl: `${recorder.url}/api` });
  client.rest.setToken("test-token");
  clients.push(() => client.destroy());
  return [
    { platform: "slack", channel: "C0DIGEST", post: (r) => postSlackMessage(app, "C0DIGEST", r) },
    { platform: "discord", channel: "1400000000000000888", post: (r) => postDiscordMessage(client, "1400000000000000888", r) },
  ];
}

const posts = () => recorder.calls.filter((c) => c.path === "/api/chat.postMessage" || c.path === "/api/v10/channels/1400000000000000888/messages");

describe("the scheduled digest", () => {
  it("posts each day's digest once per channel, across a restart and two triggers at once", async () => {
    await recorder.start();
    const config = testConfig({ DIGEST_TIMEZONE: "America/Los_Angeles", DIGEST_CRON: "0 9 * * *" });
    const core1 = createCore(config, silentLogger());
    const first = new DigestScheduler(core1, config, silentLogger(), await targets(core1, config));
    const day = new Date("2018-01-18T18:00:00Z");
    expect(await first.tick(day)).toEqual(["posted", "posted"]);
    expect(posts()).toHaveLength(2);
    const slack = posts()[0].body as { channel: string; text: string };
    expect(slack.channel).toBe("C0DIGEST");
    expect(slack.text).toContain("Sanctuary digest for 2018-01-18");
    const discord = posts()[1].body as { embeds: Array<{ description: string }>; allowed_mentions: unknown };
    expect(discord.embeds[0].description).toContain("Sanctuary digest for 2018");
    expect(discord.allowed_mentions).toEqual({ parse: [], replied_user: false });

    // A restart: a new core and scheduler over the same DATA_DIR, and two triggers at once.
    const core2 = createCore(config, silentLogger());
    const t2 = await targets(core2, config);
    const a = new DigestScheduler(core2, config, silentLogger(), t2);
    const b = new DigestScheduler(core2, config, silentLogger(), t2);
    const outcomes = (await Promise.all([a.tick(day), b.tick(day), first.tick(day)])).flat();
    expect(outcomes.every((o) => o === "already")).toBe(true);
    expect(posts()).toHaveLength(2);
  });

  it("posts a day missed while the bot was down when it comes back", async () => {
    await recorder.start();
    const config = testConfig({ DIGEST_TIMEZONE: "UTC", DIGEST_CRON: "0 9 * * *" });
    const core = createCore(config, silentLogger());
    const t = await targets(core, config);
    await new DigestScheduler(core, config, silentLogger(), t).tick(new Date("2018-01-17T10:00:00Z"));
    recorder.take();
    // Down on the 18th and 19th; back on the 20th at 08:00, before that day's run.
    await new DigestScheduler(core, config, silentLogger(), t).catchUp(new Date("2018-01-20T08:00:00Z"));
    const texts = posts().map((c) => JSON.stringify(c.body));
    expect(texts.filter((x) => x.includes("2018-01-18"))).toHaveLength(2);
    expect(texts.filter((x) => x.includes("2018-01-19"))).toHaveLength(2);
    expect(texts.filter((x) => x.includes("2018-01-20"))).toHaveLength(0);
  });

  it("tries a failed post again at the next trigger", async () => {
    const config = testConfig();
    const core = createCore(config, silentLogger());
    let fail = true;
    let posted = 0;
    const target: DigestTarget = {
      platform: "slack",
      channel: "C1",
      post: async () => {
        if (fail) throw new Error("slack is down");
        posted++;
      },
    };
    const s = new DigestScheduler(core, config, silentLogger(), [target]);
    expect(await s.tick(new Date("2018-01-18T12:00:00Z"))).toEqual(["failed"]);
    fail = false;
    expect(await s.tick(new Date("2018-01-18T13:00:00Z"))).toEqual(["posted"]);
    expect(await s.tick(new Date("2018-01-18T14:00:00Z"))).toEqual(["already"]);
    expect(posted).toBe(1);
  });

  it("goes on when DATA_DIR cannot take the claim, and posts the day when it can again", async () => {
    const config = testConfig();
    const data = tempDir();
    const core = createCore(config, silentLogger(), { state: localState(data, silentLogger()) });
    writeFileSync(join(data, "digests"), "a file where the digests folder should be");
    let posted = 0;
    const target: DigestTarget = { platform: "slack", channel: "C1", post: async () => void posted++ };
    const s = new DigestScheduler(core, { ...config, dataDir: data }, silentLogger(), [target], { delayMs: 20, attempts: 3 });
    expect(await s.tick(new Date("2018-01-18T12:00:00Z"))).toEqual(["failed"]);
    expect(posted).toBe(0);
    rmSync(join(data, "digests"));
    await waitFor(() => posted === 1);
    expect(readdirSync(join(data, "digests", "slack", "C1"))).toEqual(["2018-01-18.json"]);
    expect(await s.tick(new Date("2018-01-18T13:00:00Z"))).toEqual(["already"]);
    s.stop();
  });

  // A full disk is made with a 16 KB tmpfs where the machine allows mounting one (root, not in a container
  // that forbids it): the claim file is created but its content cannot be written.
  it.runIf(canMountTmpfs())("leaves no empty claim on a full disk, so the day is posted once space is free", async () => {
    const config = testConfig();
    const data = tempDir();
    const core = createCore(config, silentLogger(), { state: localState(data, silentLogger()) });
    execFileSync("mount", ["-t", "tmpfs", "-o", "size=16k", "tmpfs", data]);
    try {
      mkdirSync(join(data, "digests", "slack", "C1"), { recursive: true });
      try {
        writeFileSync(join(data, "filler"), Buffer.alloc(1024 * 1024));
      } catch {
        // ENOSPC: the disk is full, as intended.
      }
      let posted = 0;
      const target: DigestTarget = { platform: "slack", channel: "C1", post: async () => void posted++ };
      const s = new DigestScheduler(core, { ...config, dataDir: data }, silentLogger(), [target], { delayMs: 20, attempts: 3 });
      expect(await s.tick(new Date("2018-01-18T12:00:00Z"))).toEqual(["failed"]);
      expect(readdirSync(join(data, "digests", "slack", "C1"))).toEqual([]);
      rmSync(join(data, "filler"));
      await waitFor(() => posted === 1);
      expect(JSON.parse(readFileSync(join(data, "digests", "slack", "C1", "2018-01-18.json"), "utf8")).status).toBe("posted");
      s.stop();
    } finally {
      execFileSync("umount", [data]);
    }
  });
});

function canMountTmpfs(): boolean {
  const dir = tempDir();
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", "size=16k", "tmpfs", dir], { stdio: "ignore" });
    execFileSync("umount", [dir], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

async function waitFor(done: () => boolean, ms = 5000): Promise<void> {
  const until = Date.now() + ms;
  while (!done()) {
    if (Date.now() > until) throw new Error(`not done within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
