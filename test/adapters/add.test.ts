import { cpSync } from "node:fs";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ReplaySession } from "../../adapters/replay/replay.js";
import { createCore } from "../../src/core.js";
import { silentLogger } from "../../src/log.js";
import { CORPUS, acks, chatOnConsole, fixtureLines, httpCalls, replay, tempDir, testConfig } from "../helpers.js";
import { startNewsSite, type NewsSite } from "../web-server.js";

let site: NewsSite;
let session: ReplaySession | null = null;
beforeAll(async () => {
  site = await startNewsSite();
});
afterAll(() => site.close());
afterEach(async () => {
  await session?.close();
  session = null;
});

/** A bot over a copy of the bundled corpus that may fetch from the test site on 127.0.0.1. */
async function open() {
  const corpus = tempDir();
  cpSync(CORPUS, corpus, { recursive: true });
  const config = testConfig({ CORPUS_DIR: corpus, INGEST_ALLOW_PRIVATE: "1", INGEST_HOST_DELAY_MS: "0", SLACK_MODERATORS: "U0MODERATOR", DISCORD_APPLICATION_ID: "1400000000000000001" });
  const core = createCore(config, silentLogger());
  session = await ReplaySession.open(core, config, silentLogger());
  return { core, session };
}

const asking = (line: string, text: string) => {
  expect(line).toContain("digest 2018-01-18");
  return line.replace("digest 2018-01-18", text);
};
const article = () => `${site.origin}/news/world-us-canada-33646704.html`;

describe("add URL in chat", () => {
  it("Slack: a moderator's /sanctuary add is acknowledged at once with progress, then answered through the response URL; the article is then answered from", async () => {
    const { core, session } = await open();
    const [moderator, member] = fixtureLines("slack", "slash-digest.jsonl");
    const before = site.requests.length;
    const refused = await replay(session, [asking(member, `add ${article()}`)]);
    expect(acks(refused)[0].body).toMatchObject({ response_type: "ephemeral", text: expect.stringMatching(/^Only moderators can add articles/) });
    expect(site.requests.length).toBe(before);

    const out = await replay(session, [asking(moderator, `add <${article()}>`)]);
    expect(acks(out)[0]).toMatchObject({ status: 200, body: { response_type: "ephemeral", text: `Fetching ${article()}…` } });
    const [respond] = httpCalls(out);
    expect(respond.path).toMatch(/^\/response\/commands\//);
    expect(respond.body).toMatchObject({ response_type: "ephemeral", replace_original: true, text: expect.stringMatching(/^Added: Obama admits US gun laws are his 'biggest frustration' \(2015-07-24\), \d+ sentences\./) });

    core.reload();
    const answer = core.ask("what is obamas biggest frustration");
    expect(answer.sources[0]).toMatchObject({ doc: "web/obama-admits-us-gun-laws-are-his-biggest-frustration", url: "http://www.bbc.com/news/world-us-canada-33646704" });

    const twice = await replay(session, [asking(moderator, `add ${article()}`)]);
    expect(httpCalls(twice)[0].body).toMatchObject({ text: expect.stringMatching(/^Already in the corpus: Obama admits/) });
  });

  it("Slack: a page that cannot be added is explained to the moderator, with the URL and the reason", async () => {
    const { session } = await open();
    const [moderator] = fixtureLines("slack", "slash-digest.jsonl");
    const out = await replay(session, [asking(moderator, `add ${site.origin}/login`)]);
    expect(httpCalls(out)[0].body).toMatchObject({ text: expect.stringMatching(new RegExp(`^Could not add it: ${site.origin}/login: no article text on the page`)) });
  });

  it("Discord: a moderator's add is deferred (for the asker alone), then the deferred reply is edited; anyone else is refused privately", async () => {
    const { session } = await open();
    const [moderator, member] = fixtureLines("discord", "digest.jsonl");
    const before = site.requests.length;
    const refused = httpCalls(await replay(session, [asking(member, `add ${article()}`)]));
    expect(refused[0].body).toMatchObject({ type: 4, data: { flags: 64, embeds: [{ description: expect.stringMatching(/^Only moderators can add articles/) }] } });
    expect(site.requests.length).toBe(before);

    const calls = httpCalls(await replay(session, [asking(moderator, `add ${article()}`)]));
    expect(calls.map((c) => `${c.method} ${c.path.replace(/\/[\w-]{20,}\//, "/TOKEN/")}`)).toEqual([
      "POST /api/v10/interactions/1400000000000000124/TOKEN/callback",
      "PATCH /api/v10/webhooks/1400000000000000001/TOKEN/messages/%40original",
    ]);
    expect(calls[0].body).toMatchObject({ type: 5, data: { flags: 64 } });
    expect(calls[1].body).toMatchObject({ embeds: [{ description: expect.stringMatching(/^Added: Obama admits US gun laws/) }] });
  });

  it("console: the operator is a moderator; progress, then the result", async () => {
    const { core } = await open();
    const printed = await chatOnConsole(core, `add ${article()}\n`);
    expect(printed).toContain(`Fetching ${article()}…\nAdded: Obama admits US gun laws are his 'biggest frustration' (2015-07-24)`);
  });
});
