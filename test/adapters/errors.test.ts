import { afterEach, describe, expect, it } from "vitest";
import { registerCommands } from "../../adapters/discord/register.js";
import { Recorder } from "../../adapters/replay/recorder.js";
import { ReplaySession, type ReplayOutput } from "../../adapters/replay/replay.js";
import { createLogger } from "../../src/log.js";
import { createCore } from "../../src/core.js";
import { acks, fixtureLines, httpCalls, testConfig } from "../helpers.js";

let session: ReplaySession | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

/** A core whose name lookup fails, and the log it writes. */
function brokenCore() {
  const config = testConfig({ DISCORD_APPLICATION_ID: "1400000000000000001" });
  let logged = "";
  const log = createLogger("error", { write: (l: string) => void (logged += l) });
  const core = createCore(config, log);
  Object.defineProperty(core.knowledge, "aliases", {
    get() {
      throw new Error("disk on fire");
    },
  });
  return { core, config, log, logs: () => logged };
}

describe("an error inside the core", () => {
  it("gets a short private reply with an id that is in the log, on Slack and on Discord, never a stack trace", async () => {
    const { core, config, log, logs } = brokenCore();
    session = await ReplaySession.open(core, config, log);
    const out: ReplayOutput[] = [];
    out.push(...(await session.send(fixtureLines("slack", "slash-commands.jsonl")[0], 0)));
    out.push(...(await session.send(fixtureLines("discord", "commands.jsonl")[0], 1)));
    const slack = acks(out)[0].body as { response_type: string; text: string };
    expect(slack.response_type).toBe("ephemeral");
    const id = /error ([0-9a-f]{8})/.exec(slack.text)![1];
    expect(logs()).toContain(id);
    expect(slack.text).not.toMatch(/disk on fire|at \w+ \(/);
    const discord = httpCalls(out).find((c) => c.path.endsWith("/callback"))!.body as { data: { flags: number; embeds: Array<{ description: string }> } };
    expect(discord.data.flags).toBe(64);
    expect(discord.data.embeds[0].description).toMatch(/Something went wrong on my side \(error [0-9a-f]{8}\)/);
  });
});

describe("discord-register", () => {
  it("registers the command guild-scoped when DISCORD_GUILD_ID is set, globally otherwise", async () => {
    const recorder = new Recorder();
    await recorder.start();
    try {
      const env = { DISCORD_TOKEN: "t", DISCORD_APPLICATION_ID: "1400000000000000001" };
      expect(await registerCommands(testConfig({ ...env, DISCORD_GUILD_ID: "1400000000000000002" }), `${recorder.url}/api`)).toMatch(/in guild 1400000000000000002/);
      expect(await registerCommands(testConfig(env), `${recorder.url}/api`)).toMatch(/globally/);
      const [guild, global] = recorder.calls;
      expect(guild).toMatchObject({ method: "PUT", path: "/api/v10/applications/1400000000000000001/guilds/1400000000000000002/commands" });
      expect(global).toMatchObject({ method: "PUT", path: "/api/v10/applications/1400000000000000001/commands" });
      const [command] = guild.body as Array<{ name: string; options: Array<{ name: string; required: boolean; autocomplete: boolean }> }>;
      expect(command.name).toBe("sanctuary");
      expect(command.options[0]).toMatchObject({ name: "query", required: true, autocomplete: true });
      await expect(registerCommands(testConfig())).rejects.toThrow(/set DISCORD_TOKEN and DISCORD_APPLICATION_ID/);
    } finally {
      await recorder.stop();
    }
  });
});
