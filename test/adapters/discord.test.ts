import { afterEach, describe, expect, it } from "vitest";
import { ReplaySession, type ReplayOutput } from "../../adapters/replay/replay.js";
import { DISCORD_LIMITS, embedSize, renderReply } from "../../adapters/discord/render.js";
import type { Reply } from "../../src/core.js";
import { silentLogger } from "../../src/log.js";
import { allStrings, docTexts, fixtureLines, httpCalls, isVerbatim, testCore } from "../helpers.js";
import { replay } from "../helpers.js";

let session: ReplaySession | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

async function open(env: Record<string, string> = {}) {
  const { core, config } = testCore({ DISCORD_APPLICATION_ID: "1400000000000000001", DISCORD_MODERATOR_ROLES: "1400000000000000077", ...env });
  session = await ReplaySession.open(core, config, silentLogger());
  return { core, session };
}

interface Callback {
  type: number;
  data: { content?: string; flags?: number; embeds?: Array<{ description: string; fields: Array<{ name: string; value: string }> }>; components?: Array<{ components: Array<{ custom_id: string }> }>; allowed_mentions?: unknown; choices?: Array<{ name: string; value: string }> };
}
const callbacks = (out: ReplayOutput[]) => httpCalls(out).filter((c) => c.path.endsWith("/callback"));
const EPHEMERAL = 64;

describe("Discord /sanctuary", () => {
  it("answers privately in an embed: the answer, each verbatim quote with its article and date, the buttons", async () => {
    const { core, session } = await open();
    const [call] = callbacks(await replay(session, fixtureLines("discord", "commands.jsonl").slice(0, 1)));
    expect(call.path).toBe("/api/v10/interactions/1400000000000000120/aW50ZXJhY3Rpb246c2FtcGxl20/callback");
    const body = call.body as Callback;
    expect(body.type).toBe(4);
    expect(body.data.flags).toBe(EPHEMERAL);
    expect(body.data.allowed_mentions).toEqual({ parse: [], replied_user: false });
    const embed = body.data.embeds![0];
    expect(embed.description).toMatch(/Eric Garcetti: LA Mayor/);
    const answer = core.ask("who is Eric Garcetti");
    expect(embed.fields).toHaveLength(answer.sources.length);
    embed.fields.forEach((f, i) => {
      expect(f.name).toContain(answer.sources[i].title.slice(0, 40));
      expect(f.name).toMatch(/undated|\d{4}-\d{2}-\d{2}/);
    });
    expect(answer.sources.every((s) => isVerbatim(docTexts(core), s.doc, s.quote))).toBe(true);
    expect(body.data.components![0].components.map((c) => c.custom_id.split(":")[1])).toEqual(["post", "helpful", "nothelpful"]);
  });

  it("answers help, says plainly when it does not know, and lets no text ping anyone", async () => {
    const { session } = await open();
    const out = await replay(session, fixtureLines("discord", "commands.jsonl"));
    const [, help, unknown, pings] = callbacks(out).map((c) => c.body as Callback);
    expect(help.data.embeds![0].description).toContain("Ask things like");
    expect(unknown.data.embeds![0].description).toMatch(/^I don't know/);
    expect(callbacks(out).every((c) => JSON.stringify((c.body as Callback).data.allowed_mentions) === `{"parse":[],"replied_user":false}`)).toBe(true);
    const text = allStrings(pings).join("\n");
    expect(text).not.toMatch(/(?<!\u200b)@everyone|(?<!\u200b)@here|<@&\d/);
  });

  it("ignores interactions for another application", async () => {
    const { session } = await open();
    expect(httpCalls(await replay(session, fixtureLines("discord", "foreign-app.jsonl")))).toHaveLength(0);
  });
});

describe("Discord autocomplete", () => {
  it("suggests the people the corpus knows for what was typed", async () => {
    const { session } = await open();
    const [call] = callbacks(await replay(session, fixtureLines("discord", "autocomplete.jsonl")));
    const body = call.body as Callback;
    expect(body.type).toBe(8);
    expect(body.data.choices!.map((c) => c.name)).toContain("who is Thomas Homan");
    expect(body.data.choices!.length).toBeLessThanOrEqual(25);
  });

  it("suggests questions asked in public in the same server, never one asked in a DM, on Slack or in another server", async () => {
    const { core, session } = await open();
    const slackDm = fixtureLines("slack", "dm.jsonl")[0].replace("what did Sessions say about sanctuary cities", "what did Homan say about Oakland, my brother was arrested there");
    const mention = fixtureLines("discord", "messages.jsonl")[0].replace("who is Homan", "what did Homan say about the brother council");
    await replay(session, [slackDm, mention]);
    expect((await core.digest()).questions).toBe(2);
    const typing = (value: string, guild: string | null) => {
      const line = JSON.parse(fixtureLines("discord", "autocomplete.jsonl")[0]);
      line.body.data.options[0].value = value;
      line.body.id = String(1400000000000000900n + BigInt(Math.floor(Math.random() * 1e6)));
      if (!guild) {
        for (const k of ["guild_id", "guild", "member", "guild_locale"]) delete line.body[k];
        delete line.body.data.guild_id;
        line.body.user = { avatar: null, discriminator: "0", global_name: "Sam", id: "1400000000000000004", public_flags: 0, username: "sam" };
        line.body.channel = { flags: 0, id: "1400000000000000050", last_message_id: null, recipients: [], type: 1 };
        line.body.channel_id = "1400000000000000050";
        line.body.context = 1;
      } else {
        line.body.guild_id = guild;
        line.body.guild.id = guild;
        line.body.data.guild_id = guild;
      }
      return JSON.stringify(line);
    };
    const choicesFor = async (value: string, guild: string | null) => {
      const [call] = callbacks(await replay(session!, [typing(value, guild)]));
      return (call.body as Callback).data.choices!.map((c) => c.name);
    };
    expect(await choicesFor("brother", "1400000000000000002")).toEqual(["what did Homan say about the brother council"]);
    expect(await choicesFor("brother", "1400000000000000999")).toEqual(["brother"]);
    expect(await choicesFor("brother", null)).toEqual(["brother"]);
  });
});

describe("Discord buttons", () => {
  it("posts the answer publicly saying who asked, and records one feedback vote per person", async () => {
    const { core, session } = await open();
    const [first] = callbacks(await replay(session, fixtureLines("discord", "commands.jsonl").slice(0, 1)));
    const id = (first.body as Callback).data.components![0].components[0].custom_id.split(":")[2];
    const out = await replay(session, fixtureLines("discord", "buttons.jsonl").map((l) => l.replace(/QUESTION_ID/g, id)));
    const [post, helpful, notHelpful, again] = callbacks(out).map((c) => c.body as Callback);
    expect(post.data.flags).toBeUndefined();
    expect(post.data.content).toContain("Asked by <@1400000000000000004>");
    expect(post.data.embeds![0].description).toContain("Eric Garcetti");
    expect(post.data.allowed_mentions).toEqual({ parse: [], replied_user: false });
    for (const r of [helpful, notHelpful, again]) {
      expect(r.data.flags).toBe(EPHEMERAL);
      expect(r.data.content).toMatch(/feedback was recorded/);
    }
    expect((await core.question(id))?.feedback).toEqual({ helpful: 1, notHelpful: 0 });
  });

  it("shares the very answer shown, as no new question, even at the rate limit; only the asker may", async () => {
    const { core, session } = await open({ RATE_LIMIT_USER: "1" });
    const [first] = callbacks(await replay(session, fixtureLines("discord", "commands.jsonl").slice(0, 1)));
    const shown = first.body as Callback;
    const id = shown.data.components![0].components[0].custom_id.split(":")[2];
    const counted = (await core.digest()).questions;
    const [post] = fixtureLines("discord", "buttons.jsonl").map((l) => JSON.parse(l.replace(/QUESTION_ID/g, id)));
    const [shared] = callbacks(await replay(session, [JSON.stringify(post)])).map((c) => c.body as Callback);
    expect(shared.data.flags).toBeUndefined();
    expect(shared.data.embeds![0].description).toBe(shown.data.embeds![0].description);
    expect((await core.digest()).questions).toBe(counted);
    post.body.id = "1400000000000000999";
    post.body.member.user.id = "1400000000000000777";
    const [refused] = callbacks(await replay(session, [JSON.stringify(post)])).map((c) => c.body as Callback);
    expect(refused.data.flags).toBe(EPHEMERAL);
    expect(refused.data.content).toMatch(/^Only the person who asked/);
  });
});

describe("Discord digest", () => {
  it("posts publicly for Manage Server or a moderator role, privately refuses everyone else", async () => {
    const { session } = await open();
    const [byPermission, byNobody, byRole] = callbacks(await replay(session, fixtureLines("discord", "digest.jsonl"))).map((c) => c.body as Callback);
    expect(byPermission.data.flags).toBeUndefined();
    expect(byPermission.data.embeds![0].description).toContain("Sanctuary digest for 2018\\-01\\-18".replace(/\\/g, ""));
    expect(byNobody.data.flags).toBe(EPHEMERAL);
    expect(byNobody.data.embeds![0].description).toMatch(/Only moderators/);
    expect(byRole.data.flags).toBeUndefined();
  });
});

describe("Discord mentions and DMs", () => {
  it("answers a mention as a reply, a reply to that answer in context, a DM; ignores other chatter", async () => {
    const { session } = await open();
    const lines = fixtureLines("discord", "messages.jsonl");
    const out1 = await replay(session, lines.slice(0, 1));
    const [mention] = httpCalls(out1);
    expect(mention.path).toBe("/api/v10/channels/1400000000000000003/messages");
    const mBody = mention.body as { message_reference: { message_id: string }; embeds: Array<{ description: string }>; allowed_mentions: unknown };
    expect(mBody.message_reference.message_id).toBe("1400000000000000400");
    expect(mBody.embeds[0].description).toContain("Thomas Homan");
    expect(mBody.allowed_mentions).toEqual({ parse: [], replied_user: false });
    const botReplyId = "1500000000000000001";
    const rest = lines.slice(1).map((l) => l.replace("BOT_REPLY_ID", botReplyId));
    const out2 = await replay(session, rest);
    const [followUp, dm] = httpCalls(out2);
    expect((followUp.body as { embeds: Array<{ description: string }> }).embeds[0].description).toMatch(/Thomas Homan, on Oakland/);
    expect(dm.path).toBe("/api/v10/channels/1400000000000000050/messages");
    expect(httpCalls(out2)).toHaveLength(2);
  });
});

describe("Discord embed limits", () => {
  it("keeps a long answer with many long quotes within every limit without dropping a source", () => {
    const quote = "word ".repeat(400).trim();
    const reply: Reply = {
      kind: "answer",
      text: "answer ".repeat(1000),
      sources: Array.from({ length: 12 }, (_, i) => ({ doc: `d${i}`, title: "T".repeat(300), published: null, url: "https://example.org/a(b)", quote })),
      audience: "asker",
      note: "Quotes are verbatim from the articles.",
      actions: [],
    };
    const m = renderReply(reply);
    const e = m.embeds[0];
    expect(e.description!.length).toBeLessThanOrEqual(DISCORD_LIMITS.description);
    expect(e.fields).toHaveLength(12);
    for (const f of e.fields!) {
      expect(f.name.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldName);
      expect(f.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldValue);
      expect(f.value).toMatch(/…/);
    }
    expect(embedSize(e)).toBeLessThanOrEqual(DISCORD_LIMITS.total);
  });
});
