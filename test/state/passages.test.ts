import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Answer } from "../../src/answers/answer.js";
import { loadConfig } from "../../src/config.js";
import { createCore, type Core } from "../../src/core.js";
import { createLogger, silentLogger } from "../../src/log.js";
import { PostgresPassages, passageVector } from "../../src/state/postgres/passages.js";
import { postgresState } from "../../src/state/postgres/state.js";
import type { SharedState } from "../../src/state/shared.js";
import { CORPUS, FIXTURES, ROOT, cli, tempDir } from "../helpers.js";
import { TestPostgres } from "../postgres.js";

const server = new TestPostgres();
beforeAll(() => server.start().then(() => undefined), 120_000);
afterAll(() => server.stop());

const QUESTIONS = readFileSync(join(FIXTURES, "questions", "both-retrievers.txt"), "utf8")
  .split("\n")
  .filter((l) => l.trim() && !l.startsWith("#"));

/** A core whose answers find their passages in PostgreSQL, as a replica's do, with what it logs. */
async function replica(url: string, corpus = CORPUS): Promise<{ core: Core; state: SharedState; logged: () => string }> {
  let logged = "";
  const log = createLogger("info", { write: (l: string) => void (logged += l) });
  const config = loadConfig({}, { CORPUS_DIR: corpus, DATA_DIR: tempDir(), PROMPTS_DIR: join(ROOT, "prompts"), DATABASE_URL: url, DATABASE_RETRY_MS: "100", DATABASE_CONNECT_ATTEMPTS: "1" });
  expect(config.retriever).toBe("postgres");
  const state = await postgresState(config.database!, log);
  return { core: createCore(config, log, { state }), state, logged: () => logged };
}

/** What a reader and `--explain` see of an answer; scores to 9 places, as the two sum the same terms in another order. */
const shown = (a: Answer) => ({
  ...a,
  explain: a.explain?.map((e) => ({ ...e, score: Number(e.score.toFixed(9)), features: Object.fromEntries(Object.entries(e.features).map(([k, v]) => [k, Number(v.toFixed(9))])) })),
});

describe("the passage index in PostgreSQL", () => {
  it("gives every answer the in-memory index gives, explanation included, keeping no index in memory", async () => {
    const url = await server.database();
    const { core, state, logged } = await replica(url);
    const inMemory = createCore(loadConfig({}, { CORPUS_DIR: CORPUS, DATA_DIR: tempDir(), PROMPTS_DIR: join(ROOT, "prompts") }), silentLogger());
    expect(QUESTIONS.length).toBeGreaterThan(100);
    for (const q of QUESTIONS) expect(shown(await core.answer(q, { explain: true })), q).toEqual(shown(inMemory.ask(q, { explain: true })));
    expect(logged()).not.toContain("building the in-memory index");
    const sentences = core.knowledge.corpus.sentences.filter((s) => !s.boilerplate).length;
    const [{ n }] = await server.query<{ n: string }>(url, "SELECT count(*) AS n FROM passages");
    expect(Number(n)).toBeGreaterThan(sentences * 0.95);
    expect(Number(n)).toBeLessThanOrEqual(sentences);
    expect((await core.ready()).reasons).toEqual([]);
    await state.close();
  });

  it("is written once for replicas on one corpus, and an added article writes only its own passages", async () => {
    const url = await server.database();
    const dir = tempDir();
    cpSync(CORPUS, dir, { recursive: true });
    const first = await replica(url, dir);
    await first.core.answer("who is Homan");
    const second = await replica(url, dir);
    await second.core.answer("who is Homan");
    const writes = (logged: string) => logged.split("\n").filter((l) => l.includes("corpus searchable in the database")).map((l) => JSON.parse(l) as { articles: number; written: number });
    expect(writes(first.logged())).toMatchObject([{ articles: 5, written: 5 }]);
    expect(writes(second.logged())).toMatchObject([{ articles: 5, written: 0 }]);

    writeFileSync(join(dir, "mill.md"), "---\ntitle: Mill town\npublished: 2026-11-30\n---\nThe Harlow paper mill closed on Monday after 112 years, the owner, Calder Pulp, said.\n");
    first.core.reload();
    const a = await first.core.answer("when did the Harlow paper mill close");
    expect(a.answer).toMatch(/^Monday\b/);
    expect(writes(first.logged()).at(-1)).toMatchObject({ articles: 6, written: 1 });
    expect(await server.query(url, "SELECT count(*)::int AS n FROM passage_docs")).toEqual([{ n: 6 }]);
    await first.state.close();
    await second.state.close();
  });

  it("is written by `sanctuary index` with DATABASE_URL, which then builds no in-memory index", async () => {
    const url = await server.database();
    const data = tempDir();
    const r = await cli(["index", "--corpus", CORPUS, "--data", data], { env: { DATABASE_URL: url } });
    expect(r.err).toBe("");
    expect(r.out).toMatch(/^indexed 5 articles \(0 left out\) in \d+ ms; the passages searchable in PostgreSQL at 127\.0\.0\.1:\d+, the names saved under /);
    expect(await server.query(url, "SELECT count(*)::int AS n FROM passage_docs")).toEqual([{ n: 5 }]);
  });

  it("is searched by `sanctuary ask` with DATABASE_URL, as the bot's replicas search it, giving the in-memory answer", async () => {
    const url = await server.database();
    const data = tempDir();
    const inMemory = createCore(loadConfig({}, { CORPUS_DIR: CORPUS, DATA_DIR: tempDir(), PROMPTS_DIR: join(ROOT, "prompts") }), silentLogger());
    const r = await cli(["ask", "--json", "--corpus", CORPUS, "--data", data, "when was the ICE raid in West Oakland"], { env: { DATABASE_URL: url } });
    expect(r.err).toBe("");
    expect(JSON.parse(r.out).answer).toBe(inMemory.ask("when was the ICE raid in West Oakland").answer);
    expect(await server.query(url, "SELECT count(*)::int AS n FROM passage_docs")).toEqual([{ n: 5 }]);
  });

  it("is not ready on /readyz until its version of the corpus is searchable in the database", async () => {
    const url = await server.database();
    await (await replica(url)).state.close();
    const blocker = new pg.Client({ connectionString: url });
    await blocker.connect();
    await blocker.query("BEGIN; LOCK TABLE passage_docs IN ACCESS EXCLUSIVE MODE");
    const { core, state } = await replica(url);
    try {
      expect(await core.ready()).toMatchObject({ ready: false, reasons: ["passages not yet searchable in the database"] });
    } finally {
      await blocker.query("ROLLBACK");
      await blocker.end();
    }
    await core.answer("who is Homan");
    expect(await core.ready()).toMatchObject({ ready: true, reasons: [] });
    await state.close();
  });

  it("answers from an in-memory index, built then, while the database is down, and says so", async () => {
    const url = await server.database();
    const { core, state, logged } = await replica(url);
    const before = await core.answer("when was the ICE raid in West Oakland");
    await server.pause();
    try {
      const during = await core.answer("when was the ICE raid in West Oakland");
      expect(during.answer).toBe(before.answer);
      expect(logged()).toContain("the database cannot be searched; answering from the in-memory index");
      expect(logged()).toContain("building the in-memory index");
    } finally {
      await server.restart();
    }
    await state.close();
  });

  it("scores first the passages with every one of the question's own words when it may score only some", async () => {
    const url = await server.database();
    const dir = tempDir();
    const filler = ["Persons waited at the gate.", "Persons left the hall early.", "The road turned north.", "Persons sang in the square."];
    writeFileSync(
      join(dir, "parade.md"),
      `---\ntitle: A parade in Vell\npublished: 2021-05-04\n---\n` + [...filler, "A crank handle rusted on the cart.", "Many persons turned out to watch the parade."].join("\n\n") + "\n",
    );
    const { core, state } = await replica(url, dir);
    await core.answer("who is Vell");
    const kb = core.knowledge;
    const id = (text: string) => kb.corpus.sentences.find((s) => s.text === text)!.id;
    // "persons turned" with a rarer synonym of "turn": chosen by rarity alone, the two scored passages were the crank's and one other.
    const pool = new pg.Pool({ connectionString: url });
    const hits = await new PostgresPassages(pool, silentLogger(), Date, 2).search(kb, { terms: ["person", "turn", "crank"], limit: 3, weights: { person: 1, turn: 1, crank: 0.5 } });
    expect(hits[0].sentence).toBe(id("Many persons turned out to watch the parade."));
    await pool.end();
    await state.close();
  });

  it("holds each passage's terms as the in-memory index does: its own at weight A, the names it mentions at B", () => {
    expect(passageVector("Officials' covid-19 plans, the officials said.", "Thomas Homan")).toBe("'offici':1A,6A 'covid-19':2A 'covid':3A '19':4A 'plan':5A 'said':7A 'thoma':8B 'homan':9B");
    expect(passageVector("It was.", "")).toBe("");
  });
});
