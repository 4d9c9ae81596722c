import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ReplaySession, replayEvents } from "../../adapters/replay/replay.js";
import { secretsOf } from "../../src/config.js";
import { createCore } from "../../src/core.js";
import { createLogger } from "../../src/log.js";
import { FIXTURES, fixtureLines, testConfig } from "../helpers.js";

describe("logs", () => {
  it("never contain a token, signing secret, interaction token or response_url in a full replay", async () => {
    const config = testConfig({
      SLACK_BOT_TOKEN: "xoxb-1111-SECRET-BOT-TOKEN",
      SLACK_SIGNING_SECRET: "SECRET-SIGNING-0000",
      DISCORD_TOKEN: "SECRET.DISCORD.TOKEN",
      DISCORD_APPLICATION_ID: "1400000000000000001",
      SLACK_MODERATORS: "U0MODERATOR",
      LOG_LEVEL: "trace",
    });
    let logged = "";
    const log = createLogger("trace", { write: (line: string) => void (logged += line) });
    const core = createCore(config, log);
    const lines = ["slack", "discord"].flatMap((p) => readdirSync(join(FIXTURES, "events", p)).flatMap((f) => fixtureLines(p as "slack" | "discord", f)));
    const outputs: unknown[] = [];
    await replayEvents(lines, core, config, log, (o) => outputs.push(o));
    expect(outputs.length).toBeGreaterThan(20);
    expect(logged.length).toBeGreaterThan(1000);
    const interactionTokens = lines.map((l) => JSON.parse(l).body).flatMap((b) => [b.token, b.response_url].filter((x) => typeof x === "string" && x.length > 8));
    for (const secret of [...secretsOf(config), ...interactionTokens]) expect(logged).not.toContain(secret);
    expect(logged).not.toContain("SECRET");
  });

  it("never contain an interaction token or response_url when a reply fails and the error (with its URL) is logged", async () => {
    const config = testConfig({ DISCORD_APPLICATION_ID: "1400000000000000001", LOG_LEVEL: "trace" });
    let logged = "";
    const log = createLogger("trace", { write: (line: string) => void (logged += line) });
    const session = await ReplaySession.open(createCore(config, log), config, log);
    try {
      session.recorder.failing = /./;
      const lines = [...fixtureLines("discord", "commands.jsonl"), ...fixtureLines("slack", "slash-commands.jsonl")];
      for (const [i, line] of lines.entries()) await session.send(line, i);
    } finally {
      await session.close();
    }
    expect(logged).toMatch(/Unknown interaction/);
    expect(logged).toMatch(/\/interactions\/\d+\/\[redacted\]\/callback/);
    const tokens = fixtureLines("discord", "commands.jsonl").map((l) => JSON.parse(l).body.token as string);
    expect(tokens.length).toBeGreaterThan(0);
    for (const token of tokens) expect(logged).not.toContain(token);
  });
});
