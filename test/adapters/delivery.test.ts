import { afterEach, describe, expect, it } from "vitest";
import { DELIVERY, type Entry } from "../../adapters/delivery.js";
import { DISCORD_REQUIRED_FIELDS } from "../../adapters/replay/discord.js";
import { ReplaySession, type ReplayOutput } from "../../adapters/replay/replay.js";
import type { Audience } from "../../src/core.js";
import { silentLogger } from "../../src/log.js";
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, acks, fixtureLines, httpCalls, replay, tempDir, testCore } from "../helpers.js";

let session: ReplaySession | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

async function open(env: Record<string, string> = {}) {
  const { core, config } = testCore({ DISCORD_APPLICATION_ID: "1400000000000000001", SLACK_MODERATORS: "U0MODERATOR", ...env });
  session = await ReplaySession.open(core, config, silentLogger());
  return { core, session };
}

const calls = (out: ReplayOutput[]) => httpCalls(out).map((c) => c.path);
const withText = (line: string, from: string, to: string) => {
  expect(line).toContain(from);
  return line.replace(from, to);
};

describe("the delivery table", () => {
  it("never shows what is for the asker alone where others read it, on any platform or entry", () => {
    for (const [platform, table] of Object.entries(DELIVERY)) {
      for (const [entry, row] of Object.entries(table) as Array<[Entry, Record<Audience, string>]>) {
        const privately = entry === "dm" ? ["in_conversation"] : ["ephemeral", "direct_message"];
        expect(privately, `${platform} ${entry}`).toContain(row.asker);
        expect(row.channel, `${platform} ${entry}`).not.toMatch(/ephemeral|direct_message/);
      }
    }
  });
});

describe("who sees a refusal or a rate-limit notice", () => {
  it("Slack: a non-moderator's digest by mention and a mention past the rate limit go to the asker alone, by postEphemeral", async () => {
    const { session } = await open({ RATE_LIMIT_USER: "1" });
    const [root] = fixtureLines("slack", "mention-thread.jsonl");
    const digest = withText(root, "who is Homan", "digest 2018-01-18");
    const out = await replay(session, [digest, withText(digest, "Ev", "EvAgain").replace(/"event_id":\s*"[^"]+"/, '"event_id": "Ev0AGAIN01"')]);
    expect(calls(out)).toEqual(["/api/chat.postEphemeral", "/api/chat.postEphemeral"]);
    const [refusal, limited] = httpCalls(out).map((c) => c.body as { text: string; thread_ts?: string; user: string });
    expect(refusal.text).toMatch(/^Only moderators can post the digest/);
    expect(limited.text).toMatch(/asking faster than I can answer/);
  });

  it("Discord: the same by mention go by DM to the asker, never into the channel", async () => {
    const { session } = await open({ RATE_LIMIT_USER: "1" });
    const [mention] = fixtureLines("discord", "messages.jsonl");
    const digest = withText(mention, "who is Homan", "digest 2018-01-18");
    const again = digest.replace(/"id": "1400000000000000400"/, '"id": "1400000000000000401"');
    const out = await replay(session, [digest, again]);
    const paths = calls(out);
    // discord.js opens the DM once and keeps its channel.
    expect(paths.filter((p) => p === "/api/v10/users/@me/channels")).toHaveLength(1);
    const posted = httpCalls(out).filter((c) => c.path.endsWith("/messages"));
    expect(posted.map((c) => c.path)).toEqual(Array(2).fill(posted[0].path));
    expect(posted[0].path).not.toContain("1400000000000000003");
    const [refusal, limited] = posted.map((c) => (c.body as { embeds: Array<{ description: string }> }).embeds[0].description);
    expect(refusal).toMatch(/^Only moderators can post the digest/);
    expect(limited).toMatch(/asking faster than I can answer/);
  });
});

describe("interactions that are not the bot's", () => {
  it("Slack: every shortcut, form, legacy button, foreign or modal click and options request gets 200, with a private notice where someone waits", async () => {
    const { session } = await open();
    const lines = fixtureLines("slack", "not-mine.jsonl");
    const started = Date.now();
    const out = await replay(session, lines);
    expect(Date.now() - started).toBeLessThan(lines.length * 1000);
    expect(acks(out).map((a) => a.status)).toEqual(Array(lines.length).fill(200));
    expect(out.filter((o) => o.kind === "error")).toEqual([]);
    const byEvent = (n: number) => httpCalls(out).filter((c) => c.event === n);
    // The global shortcut: a modal is the only private place; the message shortcut, legacy button and foreign button answer through response_url.
    expect(byEvent(0).map((c) => c.path)).toEqual(["/api/views.open"]);
    for (const n of [1, 4, 5]) {
      const [notice] = byEvent(n);
      expect(notice.path).toMatch(/^\/response\//);
      expect(notice.body).toMatchObject({ response_type: "ephemeral", replace_original: false });
      expect((notice.body as { text: string }).text).toMatch(/^That is not something I can do/);
    }
    // Submitted or closed forms, a click inside a modal (no response_url, no channel), a dialog: acknowledged, nothing posted.
    for (const n of [2, 3, 6, 8]) expect(byEvent(n)).toEqual([]);
    expect(acks(out)[7].body).toEqual({ options: [] });
  });

  it("Discord: context-menu commands, foreign buttons and selects (in a channel or a DM), forms and other commands' suggestions all get a response", async () => {
    const { session } = await open();
    const lines = fixtureLines("discord", "not-mine.jsonl");
    const out = await replay(session, lines);
    expect(out.filter((o) => o.kind === "error")).toEqual([]);
    const responses = httpCalls(out).filter((c) => c.path.endsWith("/callback"));
    expect(responses.map((c) => c.event)).toEqual(lines.map((_, i) => i));
    for (const r of responses.slice(0, -1)) expect(r.body).toMatchObject({ type: 4, data: { flags: 64, content: expect.stringMatching(/^That is not something I can do/) } });
    expect(responses.at(-1)!.body).toEqual({ type: 8, data: { choices: [] } });
  });
});

describe("replay of payloads discord.js cannot take", () => {
  it("names each missing field and what Discord sends for it, instead of a TypeError", async () => {
    const { session } = await open();
    const [userCommand] = fixtureLines("discord", "not-mine.jsonl");
    const old = JSON.parse(userCommand);
    delete old.body.entitlements;
    delete old.body.authorizing_integration_owners;
    const [error] = await replay(session, [JSON.stringify(old)]);
    expect(error).toEqual({ event: 0, kind: "error", message: expect.stringContaining("lacks `entitlements` and `authorizing_integration_owners`") });
    expect((error as { message: string }).message).toContain('"entitlements": []');
    expect(DISCORD_REQUIRED_FIELDS.interaction.map((f) => f.name)).toContain("entitlements");
  });

  it("answers a message the gateway delivers twice once, without an error", async () => {
    const { session } = await open();
    const [mention] = fixtureLines("discord", "messages.jsonl");
    const out = await replay(session, [mention, mention]);
    expect(out.filter((o) => o.kind === "error")).toEqual([]);
    expect(httpCalls(out).map((c) => c.event)).toEqual([0]);
  });
});

describe("the Discord inbound filter", () => {
  it("answers a person's mention, and not the pin notice of that answer, a webhook or another bot", async () => {
    const { session } = await open({ DISCORD_APPLICATION_ID: "1457469483726668048" });
    const out = await replay(session, fixtureLines("discord", "inbound.jsonl"));
    expect(out.filter((o) => o.kind === "error")).toEqual([]);
    expect(httpCalls(out).map((c) => c.event)).toEqual([0]);
  });
});

describe("chat text from one catalogue", () => {
  it("words the buttons on both platforms from prompts/notices.yml", async () => {
    const prompts = tempDir();
    cpSync(join(ROOT, "prompts"), prompts, { recursive: true });
    const notices = readFileSync(join(prompts, "notices.yml"), "utf8");
    writeFileSync(join(prompts, "notices.yml"), notices.replace(/^button_post: .*$/m, 'button_post: "Share with the channel"').replace(/^button_helpful: .*$/m, 'button_helpful: "Useful"'));
    const { session } = await open({ PROMPTS_DIR: prompts });
    const out = await replay(session, [fixtureLines("slack", "slash-commands.jsonl")[0], fixtureLines("discord", "commands.jsonl")[0]]);
    const slackButtons = (acks(out)[0].body as { blocks: Array<{ type: string; elements?: Array<{ text: { text: string } }> }> }).blocks.find((b) => b.type === "actions")!.elements!.map((e) => e.text.text);
    expect(slackButtons).toEqual(["Share with the channel", "Useful", "Not helpful"]);
    const discord = httpCalls(out).find((c) => c.path.endsWith("/callback"))!.body as { data: { components: Array<{ components: Array<{ label: string }> }> } };
    expect(discord.data.components[0].components.map((c) => c.label)).toEqual(["Share with the channel", "Useful", "Not helpful"]);
  });
});
