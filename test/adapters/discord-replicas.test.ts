import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ReplaySession } from "../../adapters/replay/replay.js";
import { createCore } from "../../src/core.js";
import { silentLogger } from "../../src/log.js";
import { postgresState } from "../../src/state/postgres/state.js";
import { fixtureLines, httpCalls, replay, testConfig } from "../helpers.js";
import { TestPostgres } from "../postgres.js";

const pg = new TestPostgres();
beforeAll(() => pg.start().then(() => undefined), 120_000);
afterAll(() => pg.stop());

/**
 * Two replicas logged in with one bot token each receive every gateway event (a mention, a slash
 * command): sharing PostgreSQL, exactly one of them answers each, through the real discord.js handlers.
 */
describe("Discord, two replicas on one database", () => {
  it("answers each recorded mention and command once though both replicas receive it", async () => {
    const url = await pg.database();
    const sessions = await Promise.all(
      [0, 1].map(async () => {
        const config = testConfig({ DISCORD_APPLICATION_ID: "1400000000000000001", DATABASE_URL: url });
        const core = createCore(config, silentLogger(), { state: await postgresState(config.database!, silentLogger()) });
        return { core, session: await ReplaySession.open(core, config, silentLogger()) };
      }),
    );
    try {
      const events = [...fixtureLines("discord", "messages.jsonl").slice(0, 1), ...fixtureLines("discord", "commands.jsonl").slice(0, 1)];
      const [a, b] = await Promise.all(sessions.map(({ session }) => replay(session, events)));
      const replies = [...httpCalls(a), ...httpCalls(b)].filter((c) => c.method === "POST" && (c.path.endsWith("/messages") || c.path.endsWith("/callback")));
      expect(replies.filter((c) => c.path.endsWith("/messages"))).toHaveLength(1);
      expect(replies.filter((c) => c.path.endsWith("/callback"))).toHaveLength(1);
      expect(await pg.query(url, "SELECT count(*)::int AS n FROM questions")).toEqual([{ n: 2 }]);
    } finally {
      for (const { core, session } of sessions) {
        await session.close();
        await core.state.close();
      }
    }
  });
});
