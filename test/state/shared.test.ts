import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { silentLogger } from "../../src/log.js";
import { localState } from "../../src/state/local.js";
import { MIGRATIONS } from "../../src/state/postgres/migrations.js";
import { postgresState } from "../../src/state/postgres/state.js";
import type { QuestionRecord } from "../../src/state/questions.js";
import type { SharedState } from "../../src/state/shared.js";
import { cli, tempDir } from "../helpers.js";
import { TestPostgres } from "../postgres.js";

const server = new TestPostgres();
beforeAll(() => server.start().then(() => undefined), 120_000);
afterAll(() => server.stop());

const log = silentLogger();
const databaseOf = (url: string, extra: Record<string, string> = {}) => loadConfig({}, { DATABASE_URL: url, DATABASE_RETRY_MS: "100", DATABASE_CONNECT_ATTEMPTS: "1", ...extra }).database!;
const question = (id: string, extra: Partial<QuestionRecord> = {}): QuestionRecord => ({
  id,
  at: new Date().toISOString(),
  day: "2026-12-04",
  platform: "slack",
  channel: "C1",
  server: "T1",
  public: true,
  question: "who is Homan",
  answered: true,
  docs: ["a"],
  ...extra,
});

/** The same behaviour asked of both implementations: what one replica sees of its own state. */
const implementations: Array<[string, (clock: { now(): number }) => Promise<SharedState>]> = [
  ["local", async (clock) => localState(tempDir(), log, clock)],
  ["postgres", async (clock) => postgresState(databaseOf(await server.database()), log, clock)],
];

describe.each(implementations)("shared state (%s)", (_, make) => {
  it("sees an event id once: its redelivery is not new", async () => {
    const state = await make(Date);
    expect(await state.claimOnce("slack", "Ev1")).toBe(true);
    expect(await state.claimOnce("slack", "Ev1")).toBe(false);
    expect(await state.claimOnce("discord", "Ev1")).toBe(true);
    await state.close();
  });

  it("counts requests per key against a limit per minute, and says how long to wait", async () => {
    let now = 120_000;
    const state = await make({ now: () => now });
    expect(await state.takeRate("user:slack:U1", 2)).toBe(0);
    expect(await state.takeRate("user:slack:U1", 2)).toBe(0);
    expect(await state.takeRate("user:slack:U1", 2)).toBe(60_000);
    expect(await state.takeRate("user:slack:U2", 2)).toBe(0);
    expect(await state.takeRate("user:slack:U1", 0)).toBe(0);
    now += 60_000;
    expect(await state.takeRate("user:slack:U1", 2)).toBe(0);
    await state.close();
  });

  it("keeps a conversation's subject for its follow-ups", async () => {
    const state = await make(Date);
    expect(await state.subject("C1:1")).toBeUndefined();
    await state.rememberSubject("C1:1", "Thomas Homan");
    await state.rememberSubject("C1:1", "Libby Schaaf");
    expect(await state.subject("C1:1")).toBe("Libby Schaaf");
    await state.close();
  });

  it("remembers threads, replies and held answers by kind and key, as JSON", async () => {
    const state = await make(Date);
    await state.remember("thread", "C1:1767000100.000100", true);
    await state.remember("held_answer", "q1", { reply: { kind: "answer", text: "Thomas Homan: …" }, platform: "slack", userId: "U1" });
    expect(await state.recall("thread", "C1:1767000100.000100")).toBe(true);
    expect(await state.recall("reply", "C1:1767000100.000100")).toBeUndefined();
    expect(await state.recall("held_answer", "q1")).toEqual({ reply: { kind: "answer", text: "Thomas Homan: …" }, platform: "slack", userId: "U1" });
    await state.close();
  });

  it("logs questions and votes: the day's count, its distinct unanswered questions (none from a DM), votes by person", async () => {
    const state = await make(Date);
    const q = state.questions;
    await q.open();
    await q.add(question("q1"));
    await q.add(question("q2", { question: "who sued oakland", answered: false }));
    await q.add(question("q3", { question: "who sued oakland", answered: false }));
    await q.add(question("q4", { question: "my own question", answered: false, direct: true, public: false }));
    await q.add(question("q5", { question: "who is Homan really", server: "T2" }));
    expect(await q.vote("q1", "U1", true)).toBe(true);
    expect(await q.vote("q1", "U2", true)).toBe(true);
    expect(await q.vote("q1", "U1", false)).toBe(true);
    expect(await q.vote("nope", "U1", true)).toBe(false);
    expect(await q.get("q1")).toEqual({ question: "who is Homan", day: "2026-12-04", answered: true, feedback: { helpful: 1, notHelpful: 1 } });
    expect(await q.get("nope")).toBeUndefined();
    expect(await q.day("2026-12-04")).toEqual({ questions: 5, unanswered: ["who sued oakland"], unansweredInDirect: 1, helpful: 1, notHelpful: 1 });
    expect((await q.day("2026-12-05")).questions).toBe(0);
    expect(await q.popularIn("slack", "T1", "homan", 5)).toEqual(["who is Homan"]);
    expect(await q.popularIn("slack", undefined, "homan", 5)).toEqual([]);
    await state.close();
  });

  it("lets one claim of a day's digest through of many at once, again after a release, and remembers the last posted", async () => {
    const state = await make(Date);
    const d = state.digests;
    const claims = await Promise.all(Array.from({ length: 5 }, () => d.claim("slack", "C1", "2026-12-03")));
    expect(claims.filter(Boolean)).toHaveLength(1);
    await d.release("slack", "C1", "2026-12-03");
    expect(await d.claim("slack", "C1", "2026-12-03")).toBe(true);
    expect(await d.lastPosted("slack", "C1")).toBeNull();
    await d.posted("slack", "C1", "2026-12-03");
    expect(await d.claim("slack", "C1", "2026-12-03")).toBe(false);
    expect(await d.lastPosted("slack", "C1")).toBe("2026-12-03");
    expect(await d.lastPosted("slack", "C2")).toBeNull();
    await state.close();
  });
});

describe("shared state in PostgreSQL, across replicas", () => {
  it("migrates once when replicas start together, and shares event ids, subjects, questions and claims between them", async () => {
    const url = await server.database();
    const [a, b] = await Promise.all([postgresState(databaseOf(url), log), postgresState(databaseOf(url), log)]);
    expect(await server.query(url, "SELECT version FROM schema_migrations ORDER BY version")).toEqual(MIGRATIONS.map((m) => ({ version: m.version })));
    expect(await a.claimOnce("slack", "Ev9")).toBe(true);
    expect(await b.claimOnce("slack", "Ev9")).toBe(false);
    await a.rememberSubject("C1:7", "Thomas Homan");
    expect(await b.subject("C1:7")).toBe("Thomas Homan");
    await a.remember("reply", "1500000000000000001", "C9:1");
    expect(await b.recall("reply", "1500000000000000001")).toBe("C9:1");
    await a.questions.add(question("x1"));
    expect(await b.questions.vote("x1", "U1", true)).toBe(true);
    expect((await a.questions.get("x1"))?.feedback).toEqual({ helpful: 1, notHelpful: 0 });
    const both = await Promise.all([a.digests.claim("discord", "D1", "2026-12-04"), b.digests.claim("discord", "D1", "2026-12-04")]);
    expect(both.sort()).toEqual([false, true]);
    expect(await a.takeRate("channel:slack:C1", 1)).toBe(0);
    expect(await b.takeRate("channel:slack:C1", 1)).toBeGreaterThan(0);
    await Promise.all([a.close(), b.close()]);
  });

  it("deletes, when swept, questions past the kept days, expired event ids and old rate windows, and keeps the rest", async () => {
    const url = await server.database();
    const state = await postgresState(databaseOf(url), log);
    const old = new Date(Date.now() - 401 * 86_400_000).toISOString();
    await state.questions.add(question("old", { at: old, day: old.slice(0, 10) }));
    await state.questions.add(question("new"));
    await state.questions.vote("old", "U1", true);
    await state.claimOnce("slack", "EvNew");
    await server.query(url, "INSERT INTO seen_events (key, expires_at) VALUES ('slack:EvOld', now() - interval '1 minute')");
    await server.query(url, "INSERT INTO rate_counts (key, window_start, n) VALUES ('user:slack:U1', now() - interval '1 hour', 3)");
    await state.sweep();
    expect(await server.query(url, "SELECT id FROM questions")).toEqual([{ id: "new" }]);
    expect(await server.query(url, "SELECT count(*)::int AS n FROM feedback")).toEqual([{ n: 0 }]);
    expect(await server.query(url, "SELECT key FROM seen_events")).toEqual([{ key: "slack:EvNew" }]);
    expect(await server.query(url, "SELECT count(*)::int AS n FROM rate_counts")).toEqual([{ n: 0 }]);
    await state.close();
  });

  it("refuses to start on an unreachable database with one line naming the server, never the password", async () => {
    const err = await postgresState(databaseOf(`postgres://postgres:${server.password}@127.0.0.1:1/nowhere`), log).then(
      () => new Error("it started") as Error & { code?: string },
      (e: unknown) => e as Error & { code?: string },
    );
    expect(err).toMatchObject({ code: "database_unreachable" });
    expect(err.message).toMatch(/^DATABASE_URL: cannot reach PostgreSQL at 127\.0\.0\.1:1\/nowhere after 1 attempt\(s\) \(ECONNREFUSED/);
    expect(err.message).not.toContain(server.password);
  });

  it("answers from memory while the database is away, holds what it must write, and writes it when it is back", async () => {
    const url = await server.database();
    const state = await postgresState(databaseOf(url, { DATABASE_CONNECT_TIMEOUT_MS: "300" }), log);
    await state.questions.add(question("before"));
    await server.pause();
    try {
      await state.questions.add(question("during"));
      expect(state.healthy()).toBe(false);
      expect(await state.claimOnce("slack", "EvOut")).toBe(true);
      expect(await state.claimOnce("slack", "EvOut")).toBe(false);
      await state.rememberSubject("C1:9", "Libby Schaaf");
      expect(await state.subject("C1:9")).toBe("Libby Schaaf");
      expect(await state.takeRate("user:slack:U1", 5)).toBe(0);
      expect(await state.digests.claim("slack", "C1", "2026-12-04").catch(() => "refused")).toBe("refused");
    } finally {
      await server.restart();
    }
    await waitFor(() => state.healthy());
    const ids = (await server.query<{ id: string }>(url, "SELECT id FROM questions ORDER BY at")).map((r) => r.id);
    expect(ids).toEqual(["before", "during"]);
    expect(await server.query(url, "SELECT subject FROM conversations")).toEqual([{ subject: "Libby Schaaf" }]);
    await state.close();
  });
});

describe("the command line with DATABASE_URL", () => {
  it("builds the digest from the questions logged in PostgreSQL", async () => {
    const url = await server.database();
    const state = await postgresState(databaseOf(url), log);
    await state.questions.add(question("d1", { day: "2018-01-18", question: "who sued oakland", answered: false }));
    await state.close();
    const r = await cli(["digest", "--date", "2018-01-18", "--json"], { env: { DATABASE_URL: url } });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ questions: 1, unanswered: ["who sued oakland"] });
  });

  it("exits 1 with one line when the database cannot be reached", async () => {
    const r = await cli(["digest"], { env: { DATABASE_URL: `postgres://postgres:${server.password}@127.0.0.1:1/nowhere`, DATABASE_CONNECT_ATTEMPTS: "1" } });
    expect(r.code).toBe(1);
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.err).toMatch(/^sanctuary: DATABASE_URL: cannot reach PostgreSQL at 127\.0\.0\.1:1\/nowhere/);
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 50));
  }
}
