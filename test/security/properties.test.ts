import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DISCORD_LIMITS, embedSize, renderReply as renderDiscord, toRestBody } from "../../adapters/discord/render.js";
import { SLACK_LIMITS, renderReply as renderSlack } from "../../adapters/slack/render.js";
import { fromSlackText } from "../../adapters/slack/deps.js";
import { parseCommand, parseQuestion } from "../../src/questions/parse.js";
import { allStrings, docTexts, isVerbatim, testCore } from "../helpers.js";

const { core } = testCore({ RATE_LIMIT_USER: "0", RATE_LIMIT_CHANNEL: "0" });
const texts = docTexts(core);

/** What people type: any Unicode, chat markup and mention syntax, very long words, blank input. */
const typed = fc.oneof(
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc.constantFrom("", " ", "\n\t", "<!channel>", "<!here> who is Homan", "@everyone what is ICE", "<@U123> <#C123|general>", "<!subteam^S1|@devs>", "**who** _is_ `Homan`", "digest 9999-99-99", "help", "a".repeat(5000)),
  fc.array(fc.constantFrom("who", "is", "Homan", "what", "did", "say", "about", "<!here>", "@here", "ICE", "Oakland", "¿", "😀", "x".repeat(300)), { maxLength: 30 }).map((w) => w.join(" ")),
);

const BROADCAST = /<!(?:channel|here|everyone|subteam\^)/;

describe("hostile input (property-based)", () => {
  it("the grammar and the question parser never throw", () => {
    fc.assert(
      fc.property(typed, (text) => {
        const c = parseCommand(text);
        expect(["help", "digest", "invalid", "question"]).toContain(c.kind);
        parseQuestion(text);
      }),
      { numRuns: 300 },
    );
  });

  it("answers never throw, and every quote is a verbatim slice of its document", async () => {
    await fc.assert(
      fc.asyncProperty(typed, async (text) => {
        const reply = await core.handle({ platform: "slack", user: { id: "U1", moderator: false }, channel: "C1", text });
        expect(reply.kind).not.toBe("error");
        for (const s of reply.sources) expect(isVerbatim(texts, s.doc, s.quote)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it("Slack messages carry no broadcast and fit Slack's limits", async () => {
    await fc.assert(
      fc.asyncProperty(typed, async (text) => {
        const reply = await core.handle({ platform: "slack", user: { id: "U1", moderator: true }, channel: "C1", text: fromSlackText(text) });
        const m = renderSlack({ ...reply, askedBy: "U1" }, { buttons: true });
        expect(allStrings(m).some((s) => BROADCAST.test(s))).toBe(false);
        expect(m.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
        expect(m.text.length).toBeLessThanOrEqual(SLACK_LIMITS.fallbackText);
        for (const b of m.blocks as Array<{ text?: { text: string }; elements?: Array<{ text?: string; value?: string }> }>) {
          if (b.text) expect(b.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
          for (const e of b.elements ?? []) if (typeof e.value === "string") expect(e.value.length).toBeLessThanOrEqual(2000);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("Discord messages parse no mentions and fit the embed limits", async () => {
    await fc.assert(
      fc.asyncProperty(typed, async (text) => {
        const reply = await core.handle({ platform: "discord", user: { id: "1", moderator: true }, channel: "2", text });
        const m = renderDiscord({ ...reply, askedBy: "1400000000000000004" }, { buttons: true });
        expect(toRestBody(m).allowed_mentions).toEqual({ parse: [], replied_user: false });
        for (const e of m.embeds) {
          expect(embedSize(e)).toBeLessThanOrEqual(DISCORD_LIMITS.total);
          expect((e.description ?? "").length).toBeLessThanOrEqual(DISCORD_LIMITS.description);
          expect((e.fields ?? []).length).toBeLessThanOrEqual(DISCORD_LIMITS.fields);
          for (const f of e.fields ?? []) {
            expect(f.name.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldName);
            expect(f.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldValue);
          }
        }
        expect((m.content ?? "").length).toBeLessThanOrEqual(DISCORD_LIMITS.content);
        expect(allStrings(m.embeds).some((s) => /(?<!\u200b)@(everyone|here)/.test(s))).toBe(false);
      }),
      { numRuns: 150 },
    );
  });
});
