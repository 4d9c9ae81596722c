import { afterEach, describe, expect, it } from "vitest";
import { ReplaySession } from "../../adapters/replay/replay.js";
import { SLACK_WEB_API } from "../../adapters/slack/app.js";
import { ignoredBecause } from "../../adapters/slack/inbound.js";
import { silentLogger } from "../../src/log.js";
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, acks, allStrings, docTexts, fixtureLines, httpCalls, isVerbatim, tempDir, testCore } from "../helpers.js";
import { replay } from "../helpers.js";

let session: ReplaySession | null = null;
afterEach(async () => {
  await session?.close();
  session = null;
});

async function open(env: Record<string, string> = {}) {
  const { core, config } = testCore({ SLACK_MODERATORS: "U0MODERATOR", ...env });
  session = await ReplaySession.open(core, config, silentLogger());
  return { core, session };
}

type Block = { type: string; text?: { text: string }; elements?: Array<{ action_id?: string; value?: string; text?: unknown }> };
const blocksOf = (body: unknown) => ((body as { blocks?: Block[] }).blocks ?? []) as Block[];
const textOf = (body: unknown) => blocksOf(body).map((b) => b.text?.text ?? "").join("\n");

describe("Slack slash command", () => {
  it("answers privately with the answer, then each verbatim quote with its article and date, and the buttons", async () => {
    const { core, session } = await open();
    const [ack] = acks(await replay(session, fixtureLines("slack", "slash-commands.jsonl").slice(0, 1)));
    expect(ack.status).toBe(200);
    const body = ack.body as { response_type: string; text: string; blocks: Block[] };
    expect(body.response_type).toBe("ephemeral");
    expect(body.text).toMatch(/Thomas Homan: .*Director/);
    const quotes = body.blocks.filter((b) => b.text?.text.startsWith("*[")).map((b) => b.text!.text.replace(/^\*\[\d+\]\*\n>/, ""));
    expect(quotes.length).toBeGreaterThan(0);
    const answer = core.ask("who is Homan");
    answer.sources.forEach((s, i) => expect(quotes[i]).toBe(s.quote.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")));
    expect(answer.sources.every((s) => isVerbatim(docTexts(core), s.doc, s.quote))).toBe(true);
    const contexts = body.blocks.filter((b) => b.type === "context").map((b) => JSON.stringify(b));
    expect(contexts.some((c) => c.includes("2018-01-18"))).toBe(true);
    const buttons = body.blocks.find((b) => b.type === "actions")!.elements!.map((e) => e.action_id);
    expect(buttons).toEqual(["sanctuary_post", "sanctuary_helpful", "sanctuary_not_helpful"]);
  });

  it("answers in the channel when ANSWER_VISIBILITY=public, without a Post button", async () => {
    const { session } = await open({ ANSWER_VISIBILITY: "public" });
    const [ack] = acks(await replay(session, fixtureLines("slack", "slash-commands.jsonl").slice(0, 1)));
    const body = ack.body as { response_type: string; blocks: Block[] };
    expect(body.response_type).toBe("in_channel");
    expect(body.blocks.find((b) => b.type === "actions")!.elements!.map((e) => e.action_id)).not.toContain("sanctuary_post");
  });

  it("gives help for `help` and for an empty command, and says plainly when it does not know", async () => {
    const { session } = await open();
    const out = acks(await replay(session, fixtureLines("slack", "slash-commands.jsonl")));
    const [, help, empty, unknown, badDigest] = out.map((a) => a.body as { text: string; response_type: string; blocks: Block[] });
    expect(help.text).toContain("Ask things like");
    expect(help.text).toContain("digest [YYYY-MM-DD]");
    expect(empty.text).toBe(help.text);
    expect(unknown.text).toMatch(/^I don't know/);
    expect(unknown.text).toContain("Taylor");
    expect(badDigest.text).toContain('"2018-13-45" is not a date');
    expect([help, empty, unknown, badDigest].every((b) => b.response_type === "ephemeral")).toBe(true);
  });

  it("escapes what users type so no broadcast or mention reaches Slack", async () => {
    const { session } = await open();
    const out = await replay(session, fixtureLines("slack", "slash-escaping.jsonl"));
    const text = allStrings(out).join("\n");
    for (const ping of ["<!channel>", "<!here>", "<!everyone>", "<!subteam^", "<@U0OTHER>"]) expect(text).not.toContain(ping);
    expect(textOf(acks(out)[0].body)).toMatch(/Thomas Homan/);
    const texts: Array<{ type: string; verbatim?: boolean }> = [];
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === "object") {
        const o = v as { type?: string; verbatim?: boolean };
        if (o.type === "mrkdwn") texts.push(o as { type: string; verbatim?: boolean });
        Object.values(o).forEach(walk);
      }
    };
    walk(out);
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.every((t) => t.verbatim === true)).toBe(true);
  });

  it("replies to an over-long question with a short clear message", async () => {
    const { session } = await open();
    const [ack] = acks(await replay(session, fixtureLines("slack", "slash-long.jsonl")));
    expect((ack.body as { text: string }).text).toMatch(/at most 2000/);
  });
});

describe("a hung Slack Web API", () => {
  it("is given up on after the production timeout and one retry, not after half an hour", async () => {
    const { session } = await open();
    session.recorder.hanging = /^\/api\/chat\.postMessage$/;
    const started = Date.now();
    const out = await replay(session, fixtureLines("slack", "mention-thread.jsonl").slice(0, 1));
    const elapsed = Date.now() - started;
    const tries = httpCalls(out).filter((c) => c.path === "/api/chat.postMessage").length;
    expect(tries).toBe(1 + SLACK_WEB_API.retries);
    expect(elapsed).toBeGreaterThanOrEqual(SLACK_WEB_API.timeoutMs);
    expect(elapsed).toBeLessThan((1 + SLACK_WEB_API.retries) * SLACK_WEB_API.timeoutMs + SLACK_WEB_API.retries * SLACK_WEB_API.backoffMs + 3000);
  }, 20_000);
});

describe("Slack mentions, threads and DMs", () => {
  it("answers a mention in a thread, understands a follow-up in that thread, and ignores a redelivery", async () => {
    const { session } = await open();
    const out = await replay(session, fixtureLines("slack", "mention-thread.jsonl"));
    const posts = httpCalls(out).filter((c) => c.path === "/api/chat.postMessage");
    expect(posts).toHaveLength(2);
    const [first, second] = posts.map((p) => p.body as { channel: string; thread_ts: string; text: string });
    expect(first.thread_ts).toBe("1767000100.000100");
    expect(first.text).toContain("Thomas Homan");
    expect(second.thread_ts).toBe("1767000100.000100");
    expect(second.text).toMatch(/Thomas Homan, on Oakland/);
    expect(httpCalls(out).filter((c) => c.event === 2)).toHaveLength(0);
  });

  it("answers a direct message in the DM", async () => {
    const { session } = await open();
    const posts = httpCalls(await replay(session, fixtureLines("slack", "dm.jsonl")));
    expect(posts).toHaveLength(1);
    const body = posts[0].body as { channel: string; thread_ts?: string; text: string };
    expect(body.channel).toBe("D0SAMPLE01");
    expect(body.thread_ts).toBeUndefined();
    expect(body.text).toMatch(/rule of law|common sense|reconsider/);
    // Quotes the answer shows, numbered, are not quoted twice: their sources give article and date only.
    const blocks = blocksOf(posts[0].body);
    expect(body.text).toMatch(/^\[1\] /m);
    expect(blocks.filter((b) => b.type === "section" && b.text!.text.startsWith("*["))).toHaveLength(0);
    expect(JSON.stringify(blocks.filter((b) => b.type === "context"))).toContain("*[1]* Atty. General Sessions warns");
  });

  it("quotes nothing twice when the quote template numbers its quotes another way: the answer says which it shows", async () => {
    const prompts = tempDir();
    cpSync(join(ROOT, "prompts"), prompts, { recursive: true });
    writeFileSync(join(prompts, "quote.md"), readFileSync(join(prompts, "quote.md"), "utf8").replace("[{{n}}]", "({{n}})"));
    const { session } = await open({ PROMPTS_DIR: prompts });
    const [post] = httpCalls(await replay(session, fixtureLines("slack", "dm.jsonl")));
    expect((post.body as { text: string }).text).toMatch(/^\(1\) /m);
    expect(blocksOf(post.body).filter((b) => b.type === "section" && b.text!.text.startsWith("*["))).toHaveLength(0);
  });

  it("ignores its own messages, edits, and channel messages outside its threads", async () => {
    const { session } = await open();
    const out = await replay(session, fixtureLines("slack", "ignored.jsonl"));
    expect(httpCalls(out)).toHaveLength(0);
    expect(acks(out).every((a) => a.status === 200)).toBe(true);
  });

  it("answers a person's file share in a DM once, however often Slack delivers it, and never Slackbot", async () => {
    const { session } = await open();
    const out = await replay(session, fixtureLines("slack", "inbound-dm.jsonl"));
    const posts = httpCalls(out);
    expect(posts).toHaveLength(1);
    expect(posts[0].body).toMatchObject({ channel: "D0442US94JD" });
    expect(acks(out).every((a) => a.status === 200)).toBe(true);
  });

  it("answers a thread reply also sent to the channel, and not an edited mention, its message_changed or another bot", async () => {
    const { session } = await open();
    const out = await replay(session, fixtureLines("slack", "inbound-thread.jsonl"));
    const posts = httpCalls(out).filter((c) => c.path.endsWith("chat.postMessage"));
    // The mention that starts the thread, then the broadcast reply in it: nothing for lines 2-4.
    expect(posts.map((p) => p.event)).toEqual([0, 1]);
    expect(posts.map((p) => (p.body as { thread_ts?: string }).thread_ts)).toEqual(["1694190770.058699", "1694190770.058699"]);
    expect(acks(out).every((a) => a.status === 200)).toBe(true);
  });

  it("tells a person asking from everything else, on real payloads (one filter for every listener)", () => {
    const events = [...fixtureLines("slack", "inbound-dm.jsonl"), ...fixtureLines("slack", "inbound-thread.jsonl")].map(
      (l) => (JSON.parse(l) as { body: { event: Parameters<typeof ignoredBecause>[0] } }).body.event,
    );
    expect(events.map((e) => ignoredBecause(e, "U0SAMBOT1"))).toEqual([
      "Slackbot", null, null, null, null, "subtype message_changed", "an edit", "a bot",
    ]);
    expect(ignoredBecause({ type: "message", user: "U0SAMBOT1" }, "U0SAMBOT1")).toBe("the bot itself");
    expect(ignoredBecause({ type: "message", subtype: "message_deleted" }, "U0SAMBOT1")).toBe("subtype message_deleted");
  });

  it("answers an empty mention with a hint, never silence", async () => {
    const { session } = await open();
    const posts = httpCalls(await replay(session, fixtureLines("slack", "mention-empty.jsonl")));
    expect((posts[0].body as { text: string }).text).toMatch(/without a question/);
  });

  it("escapes broadcasts typed in a mention", async () => {
    const { session } = await open();
    const out = await replay(session, fixtureLines("slack", "mention-broadcast.jsonl"));
    const text = allStrings(out).join("\n");
    expect(text).not.toMatch(/<!everyone>|<!here>/);
    expect(httpCalls(out)).toHaveLength(1);
  });
});

describe("Slack buttons", () => {
  it("posts a private answer to the channel saying who asked, and records feedback privately", async () => {
    const { core, session } = await open();
    const [ack] = acks(await replay(session, fixtureLines("slack", "slash-commands.jsonl").slice(0, 1)));
    const id = blocksOf(ack.body).find((b) => b.type === "actions")!.elements![0].value!;
    const lines = fixtureLines("slack", "buttons.jsonl").map((l) => l.replace(/QUESTION_ID/g, id));
    const out = await replay(session, lines);
    const post = httpCalls(out).find((c) => c.path === "/api/chat.postMessage")!;
    const body = post.body as { channel: string; text: string; blocks: Block[] };
    expect(body.channel).toBe("C0SAMPLE1");
    expect(JSON.stringify(body.blocks)).toContain("<@U0SAMPLE1> asked: who is Homan");
    expect(body.text).toContain("Thomas Homan");
    const responses = httpCalls(out).filter((c) => c.path.startsWith("/response/actions/"));
    expect(responses.map((r) => (r.body as { text: string }).text)).toEqual(["Posted to the channel.", "Thanks, your feedback was recorded.", "Thanks, your feedback was recorded."]);
    expect(responses.every((r) => (r.body as { response_type: string }).response_type === "ephemeral")).toBe(true);
    expect((await core.question(id))?.feedback).toEqual({ helpful: 0, notHelpful: 1 });
  });

  it("shares the very answer shown, in its thread, as no new question, even at the rate limit; only the asker may", async () => {
    const { core, session } = await open({ RATE_LIMIT_USER: "1" });
    const [ack] = acks(await replay(session, fixtureLines("slack", "slash-commands.jsonl").slice(0, 1)));
    const id = blocksOf(ack.body).find((b) => b.type === "actions")!.elements![0].value!;
    const counted = (await core.digest()).questions;
    const [post] = fixtureLines("slack", "buttons.jsonl").map((l) => JSON.parse(l.replace(/QUESTION_ID/g, id)));
    post.body.container.thread_ts = "1767000000.000100";
    const out = await replay(session, [JSON.stringify(post)]);
    const shared = httpCalls(out).find((c) => c.path === "/api/chat.postMessage")!.body as { thread_ts?: string; text: string };
    expect(shared.thread_ts).toBe("1767000000.000100");
    expect(shared.text).toBe((ack.body as { text: string }).text);
    expect((await core.digest()).questions).toBe(counted);
    post.body.user = { ...post.body.user, id: "U0SOMEONE2" };
    const stranger = httpCalls(await replay(session, [JSON.stringify(post)]));
    expect(stranger.map((c) => c.path)).not.toContain("/api/chat.postMessage");
    expect(stranger.map((c) => (c.body as { response_type?: string; text: string }))).toEqual([
      expect.objectContaining({ response_type: "ephemeral", text: expect.stringMatching(/^Only the person who asked/) }),
    ]);
  });
});

describe("Slack digest", () => {
  it("posts a moderator's digest into the channel and refuses anyone else privately", async () => {
    const { session } = await open();
    const out = await replay(session, fixtureLines("slack", "slash-digest.jsonl"));
    const posted = httpCalls(out).filter((c) => c.path === "/api/chat.postMessage");
    expect(posted).toHaveLength(1);
    expect(posted[0].event).toBe(0);
    expect((posted[0].body as { text: string }).text).toContain("Sanctuary digest for 2018-01-18");
    const refusal = acks(out)[1].body as { response_type: string; text: string };
    expect(refusal.response_type).toBe("ephemeral");
    expect(refusal.text).toMatch(/Only moderators/);
  });
});
