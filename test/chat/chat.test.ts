import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/answers/answer.js";
import { loadTemplates } from "../../src/answers/templates.js";
import type { Reply, Request } from "../../src/chat/messages.js";
import { preconditions, tooLong } from "../../src/chat/preconditions.js";
import { recordQuestion } from "../../src/chat/record.js";
import { answerReply, route, type Handlers } from "../../src/chat/route.js";
import { ShareableAnswers } from "../../src/chat/shared.js";
import { suggestQuestions } from "../../src/chat/suggest.js";
import type { Digest } from "../../src/digest/digest.js";
import { silentLogger } from "../../src/log.js";
import { localState } from "../../src/state/local.js";
import { MEMORY_KINDS } from "../../src/state/shared.js";
import { ROOT, tempDir, testConfig, testCore } from "../helpers.js";

const templates = loadTemplates(join(ROOT, "prompts"));
const log = silentLogger();
const LABELS = { post: "Post", helpful: "Yes", notHelpful: "No" };
const asked = (text: string, extra: Partial<Request> = {}): Request => ({ platform: "slack", user: { id: "U1", moderator: false }, channel: "C1", text, ...extra });
const answer = (answered: boolean): Answer => ({ question: "who is Homan", answered, intent: "who", answer: answered ? "Thomas Homan: the acting director." : "I don't know.", sources: [] });

describe("preconditions", () => {
  it("refuses the asker past their rate limit, with the wait, before reading the text; the channel's limit counts everyone in it", async () => {
    let now = 0;
    const admit = preconditions(testConfig({ RATE_LIMIT_USER: "2", RATE_LIMIT_CHANNEL: "3" }), templates, log, localState(tempDir(), log, { now: () => now }));
    expect(await admit(asked("who is Homan"))).toBeNull();
    expect(await admit(asked("who is Homan"))).toBeNull();
    const limited = await admit(asked("x".repeat(10_000)));
    expect(limited?.kind).toBe("limited");
    expect(limited?.retryAfterMs).toBe(60_000);
    expect(await admit(asked("who is Homan", { user: { id: "U2", moderator: false } }))).toBeNull();
    expect((await admit(asked("who is Homan", { user: { id: "U3", moderator: false } })))?.kind).toBe("limited");
    now = 60_000;
    expect(await admit(asked("who is Homan"))).toBeNull();
  });

  it("refuses a request over MAX_QUESTION_LENGTH, naming its length and the limit; the limit itself passes", async () => {
    const admit = preconditions(testConfig({ MAX_QUESTION_LENGTH: "20" }), templates, log, localState(tempDir(), log));
    expect(await admit(asked("x".repeat(20)))).toBeNull();
    const refused = await admit(asked("x".repeat(21)));
    expect(refused?.kind).toBe("invalid");
    expect(refused?.text).toContain("21");
    expect(refused?.text).toContain("20");
    expect(tooLong("  short  ".trim(), 5, templates)).toBeNull();
  });
});

describe("routing", () => {
  const calls: string[] = [];
  const digest = { text: "the digest" } as Digest;
  const handlers: Handlers = {
    help: () => (calls.push("help"), "help text"),
    digest: async (date) => (calls.push(`digest ${date}`), digest),
    add: async (url) => (calls.push(`add ${url}`), { kind: "added", text: url, sources: [], audience: "asker", actions: [] }),
    question: async (text) => (calls.push(`question ${text}`), { kind: "answer", text, sources: [], audience: "asker", actions: [] }),
  };

  it("sends each command of the chat grammar to its handler", async () => {
    calls.length = 0;
    await route(asked("  help "), handlers, templates);
    await route(asked("digest 2018-01-18"), handlers, templates);
    await route(asked("add https://example.com/a", { user: { id: "U1", moderator: true } }), handlers, templates);
    await route(asked("who is Homan"), handlers, templates);
    expect(calls).toEqual(["help", "digest 2018-01-18", "add https://example.com/a", "question who is Homan"]);
    expect((await route(asked("digest 2018-02-30"), handlers, templates)).kind).toBe("invalid");
  });

  it("answers help where it was typed in public, and a digest to the channel for moderators only", async () => {
    expect((await route(asked("help", { public: true }), handlers, templates)).audience).toBe("conversation");
    expect((await route(asked("help"), handlers, templates)).audience).toBe("asker");
    const posted = await route(asked("digest", { user: { id: "M", moderator: true } }), handlers, templates);
    expect(posted).toMatchObject({ kind: "digest", audience: "channel", text: "the digest" });
    const refused = await route(asked("digest"), handlers, templates);
    expect(refused).toMatchObject({ kind: "refusal", audience: "asker" });
    expect(refused.text).toContain("the digest");
  });

  it("shows an answer where it was asked unless ANSWER_VISIBILITY is public; 'I don't know' is never posted for all", () => {
    const privately = answerReply(answer(true), "q1", asked("who is Homan"), "private", templates, LABELS);
    expect(privately).toMatchObject({ kind: "answer", audience: "asker", actions: ["post_to_channel", "feedback"], questionId: "q1", labels: LABELS });
    expect(answerReply(answer(true), "q1", asked("who is Homan"), "public", templates, LABELS).audience).toBe("conversation");
    const unknown = answerReply(answer(false), "q2", asked("who is Homan"), "public", templates, LABELS);
    expect(unknown).toMatchObject({ kind: "noanswer", audience: "asker", actions: ["feedback"] });
    expect(unknown.note).toBe(templates.notice("closest_passages"));
  });
});

describe("the question log", () => {
  it("records each question on its day in the digest's time zone, with where it was asked", async () => {
    const questions = localState(tempDir(), log).questions;
    await questions.open();
    // 03:00 UTC on the 19th is still the 18th in Los Angeles.
    await recordQuestion(questions, "America/Los_Angeles", log, asked("who is Homan", { public: true }), answer(false), "q1", new Date("2018-01-19T03:00:00Z"));
    expect(await questions.get("q1")).toMatchObject({ question: "who is Homan", day: "2018-01-18", answered: false });
    expect(await questions.day("2018-01-18")).toMatchObject({ questions: 1, unanswered: ["who is Homan"] });
    expect((await questions.day("2018-01-19")).questions).toBe(0);
  });
});

describe("suggestions", () => {
  it("offers people, then organisations, whose names have a word starting with what was typed; else what was typed", async () => {
    const { core } = testCore();
    const questions = localState(tempDir(), log).questions;
    const people = await suggestQuestions(core.knowledge, questions, "hom", 5);
    expect(people[0]).toMatch(/^who is .*Homan/);
    const all = await suggestQuestions(core.knowledge, questions, "", 50);
    const firstOrg = all.findIndex((q) => q.startsWith("what is "));
    expect(firstOrg).toBeGreaterThan(0);
    expect(all.slice(firstOrg).every((q) => q.startsWith("what is "))).toBe(true);
    expect(await suggestQuestions(core.knowledge, questions, "zzqx", 5)).toEqual(["zzqx"]);
  });
});

describe("post to channel", () => {
  it("shares the very answer with the conversation, only for the person it was shown to, while it is held", async () => {
    const held = new ShareableAnswers(localState(tempDir(), log), templates, log);
    const shown: Reply = answerReply(answer(true), "q1", asked("who is Homan"), "private", templates, LABELS);
    await held.hold("q1", shown, { platform: "slack", userId: "U1" });
    expect(await held.share("q1", { platform: "slack", userId: "U2" })).toMatchObject({ kind: "refusal", text: templates.notice("share_not_yours") });
    expect((await held.share("q1", { platform: "discord", userId: "U1" })).kind).toBe("refusal");
    expect(await held.share("q1", { platform: "slack", userId: "U1" })).toMatchObject({ kind: "answer", text: shown.text, audience: "conversation", actions: ["feedback"], askedBy: "U1" });
    for (let i = 0; i < MEMORY_KINDS.held_answer.local; i++) await held.hold(`q${i + 2}`, shown, { platform: "slack", userId: "U1" });
    expect(await held.share("q1", { platform: "slack", userId: "U1" })).toMatchObject({ kind: "refusal", text: templates.notice("answer_gone") });
  });
});
