import { describe, expect, it } from "vitest";
import { loadConfig, secretsOf } from "../src/config.js";

describe("config", () => {
  it("has defaults for everything, so no settings open the console over ./corpus", () => {
    const c = loadConfig({});
    expect(c.corpusDir).toMatch(/corpus$/);
    expect(c.answerVisibility).toBe("private");
    expect(c.slack.botToken).toBeUndefined();
    expect(c.digest).toEqual({ timeZone: "UTC", cron: "0 9 * * *", quoteQuestions: true });
  });

  it("lists every missing or contradictory setting at once, each with its fix", () => {
    let message = "";
    try {
      loadConfig({ SLACK_APP_TOKEN: "xoxb-wrong", DISCORD_TOKEN: "abc", DIGEST_TIMEZONE: "Mars/Olympus", DIGEST_CRON: "every morning", ANSWER_VISIBILITY: "loud" });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(/SLACK_BOT_TOKEN: required with SLACK_APP_TOKEN/);
    expect(message).toMatch(/SLACK_APP_TOKEN: must be an app-level token starting with xapp-/);
    expect(message).toMatch(/DISCORD_APPLICATION_ID: required with DISCORD_TOKEN/);
    expect(message).toMatch(/DIGEST_TIMEZONE: not an IANA time zone/);
    expect(message).toMatch(/DIGEST_CRON: not a cron pattern; use five fields/);
    expect(message).toMatch(/ANSWER_VISIBILITY/);
  });

  it("reads the moderator lists and knows which values are secrets", () => {
    const c = loadConfig({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: "s3cret", SLACK_MODERATORS: "U1, U2", DISCORD_MODERATOR_ROLES: "123,Mods" });
    expect(c.slack.moderators).toEqual(["U1", "U2"]);
    expect(c.discord.moderatorRoles).toEqual(["123", "Mods"]);
    expect(secretsOf(c)).toEqual(["xoxb-1", "s3cret"]);
  });

  it("reads DATABASE_URL and its pool settings, refuses a URL that is not PostgreSQL's, and counts its password a secret", () => {
    expect(loadConfig({}).database).toBeUndefined();
    const c = loadConfig({ DATABASE_URL: "postgres://bot:p%40ss@db:5432/sanctuary", DATABASE_POOL_MAX: "4" });
    expect(c.database).toEqual({ url: "postgres://bot:p%40ss@db:5432/sanctuary", poolMax: 4, connectTimeoutMs: 5000, statementTimeoutMs: 5000, connectAttempts: 3, retryMs: 2000 });
    expect(secretsOf(c)).toEqual(["p@ss"]);
    expect(() => loadConfig({ DATABASE_URL: "mysql://db/sanctuary" })).toThrow(/DATABASE_URL: not a PostgreSQL connection string; write postgres:\/\/USER:PASSWORD@HOST:5432\/DATABASE/);
  });

  it("searches passages in PostgreSQL when there is a database, unless RETRIEVER says memory, and refuses postgres without one", () => {
    expect(loadConfig({}).retriever).toBe("memory");
    expect(loadConfig({ DATABASE_URL: "postgres://bot:pw@db:5432/sanctuary" }).retriever).toBe("postgres");
    expect(loadConfig({ DATABASE_URL: "postgres://bot:pw@db:5432/sanctuary", RETRIEVER: "memory" }).retriever).toBe("memory");
    expect(() => loadConfig({ RETRIEVER: "postgres" })).toThrow(/RETRIEVER: postgres needs DATABASE_URL/);
    expect(() => loadConfig({ RETRIEVER: "elastic" })).toThrow(/RETRIEVER/);
  });
});
