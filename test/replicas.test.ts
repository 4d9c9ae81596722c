import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Recorder, type RecordedCall } from "../adapters/replay/recorder.js";
import { slackRequest } from "../adapters/replay/slack.js";
import { CORPUS, ROOT, fixtureLines, freePort, tempDir } from "./helpers.js";
import { TestPostgres } from "./postgres.js";

/**
 * Two bot processes in Slack HTTP mode on one PostgreSQL, against a local Slack Web API stand-in, as
 * two replicas behind a load balancer would run (CONTRACTS.md §5): each event is delivered to one and
 * its redelivery to the other.
 */
const SECRET = "replicas-test-secret";
const EVENTS = 300;
const pg = new TestPostgres();
const slackApi = new Recorder();
let database = "";
const replicas: Array<{ child: ChildProcess; base: string; log: string[]; corpus: string }> = [];

beforeAll(async () => {
  await Promise.all([pg.start(), slackApi.start()]);
  database = await pg.database();
  const data = tempDir();
  for (let i = 0; i < 2; i++) {
    // Each replica has its own copy of the articles, as on two machines; the database carries changes between them.
    const corpus = tempDir();
    cpSync(CORPUS, corpus, { recursive: true });
    replicas.push(await startReplica(data, corpus));
  }
  await Promise.all(replicas.map((r) => waitUntilReady(r.base, r.log)));
}, 180_000);

afterAll(async () => {
  for (const r of replicas) r.child.kill("SIGKILL");
  await Promise.all([pg.stop(), slackApi.stop()]);
});

async function startReplica(data: string, corpus: string): Promise<{ child: ChildProcess; base: string; log: string[]; corpus: string }> {
  const port = await freePort();
  const env = {
    PATH: process.env.PATH,
    CORPUS_DIR: corpus,
    DATA_DIR: data,
    PROMPTS_DIR: join(ROOT, "prompts"),
    SLACK_BOT_TOKEN: "xoxb-replicas-test",
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: `${slackApi.url}/api/`,
    SLACK_DIGEST_CHANNEL: "C0DIGEST",
    // Every second, in both replicas: the same day's digest is due in both at once, again and again.
    DIGEST_CRON: "* * * * * *",
    PORT: String(port),
    DATABASE_URL: database,
    RATE_LIMIT_USER: "0",
    RATE_LIMIT_CHANNEL: "0",
    LOG_LEVEL: "warn",
  };
  const child = spawn(process.execPath, ["--expose-gc", join(ROOT, "app", "sanctuary.mjs")], { cwd: ROOT, env, stdio: ["ignore", "ignore", "pipe"] });
  const log: string[] = [];
  child.stderr!.on("data", (d: Buffer) => log.push(d.toString()));
  return { child, base: `http://127.0.0.1:${port}`, log, corpus };
}

async function waitUntilReady(base: string, log: string[]): Promise<void> {
  const until = Date.now() + 120_000;
  for (;;) {
    const ok = await fetch(`${base}/readyz`).then((r) => r.ok, () => false);
    if (ok) return;
    if (Date.now() > until) throw new Error(`replica at ${base} never became ready:\n${log.join("")}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** A recorded app_mention event (test/fixtures/events/slack/mention-thread.jsonl) with its own id, time and text. */
const TEMPLATE = JSON.parse(fixtureLines("slack", "mention-thread.jsonl")[0]).body as { event: Record<string, unknown> } & Record<string, unknown>;
function mention(n: number, text: string, threadOf?: number): Record<string, unknown> {
  const ts = `1767100000.${String(n).padStart(6, "0")}`;
  const event = { ...TEMPLATE.event, ts, event_ts: ts, text: `<@U0SAMBOT1> ${text}`, client_msg_id: `00000000-0000-4000-8000-${String(n).padStart(12, "0")}` };
  if (threadOf !== undefined) Object.assign(event, { thread_ts: `1767100000.${String(threadOf).padStart(6, "0")}` });
  return { ...TEMPLATE, event, event_id: `Ev0REPL${n}`, event_time: 1767100000 + n };
}

function deliver(base: string, payload: Record<string, unknown>, retry?: number): Promise<number> {
  const r = slackRequest("event", payload, SECRET, retry);
  return fetch(`${base}/slack/events`, { method: "POST", headers: r.headers, body: r.body }).then((res) => res.status, () => 0);
}

async function waitForPosts(condition: () => boolean): Promise<void> {
  const until = Date.now() + 10_000;
  while (!condition()) {
    if (Date.now() > until) throw new Error("the reply was never posted");
    await new Promise((r) => setTimeout(r, 50));
  }
}

const posts = (calls: RecordedCall[]) => calls.filter((c) => c.path === "/api/chat.postMessage").map((c) => c.body as { channel: string; thread_ts?: string; text?: string });

describe("two replicas on one database", () => {
  it(`answers ${EVENTS} events exactly once, each delivered to one replica and redelivered to the other`, async () => {
    const [a, b] = replicas;
    const ids = Array.from({ length: EVENTS }, (_, i) => i + 1);
    // Ten at a time; the first delivery and its redelivery race each other, to different replicas.
    for (let i = 0; i < ids.length; i += 10) {
      const statuses = await Promise.all(
        ids.slice(i, i + 10).flatMap((n) => {
          const [first, second] = n % 2 ? [a, b] : [b, a];
          const event = mention(n, n % 3 ? "who is Homan" : "what did Libby Schaaf say");
          return [deliver(first.base, event), deliver(second.base, event, 1)];
        }),
      );
      expect(statuses.every((s) => s === 200)).toBe(true);
    }
    const answered = posts(slackApi.calls).filter((p) => p.channel === TEMPLATE.event.channel);
    const perThread = new Map<string, number>();
    for (const p of answered) perThread.set(p.thread_ts!, (perThread.get(p.thread_ts!) ?? 0) + 1);
    expect(perThread.size).toBe(EVENTS);
    expect([...perThread.values()].every((n) => n === 1)).toBe(true);
    const logged = await pg.query<{ n: number }>(database, "SELECT count(*)::int AS n FROM questions");
    expect(logged[0].n).toBe(EVENTS);
  }, 240_000);

  it("posts one digest a day while both replicas' schedules fire every second", async () => {
    await new Promise((r) => setTimeout(r, 2_500));
    const digests = posts(slackApi.calls).filter((p) => p.channel === "C0DIGEST");
    expect(digests).toHaveLength(1);
    expect(await pg.query(database, "SELECT platform, channel, status FROM digest_claims")).toEqual([{ platform: "slack", channel: "C0DIGEST", status: "posted" }]);
  });

  it("answers a follow-up in a thread in context though it reaches the other replica", async () => {
    const [a, b] = replicas;
    expect(await deliver(a.base, mention(5001, "who is Homan"))).toBe(200);
    expect(await deliver(b.base, mention(5002, "what did he say about Oakland?", 5001))).toBe(200);
    const thread = posts(slackApi.calls).filter((p) => p.thread_ts === "1767100000.005001");
    expect(thread).toHaveLength(2);
    expect(thread[1].text).toMatch(/^Thomas Homan, on Oakland/);
    // A reply in that thread with no mention (a plain message event) reaches replica A, which did not answer there last.
    const reply = mention(5003, "", 5001) as { event: Record<string, unknown> } & Record<string, unknown>;
    reply.event = { ...reply.event, type: "message", channel_type: "channel", text: "what did he say about sanctuary cities?" };
    expect(await deliver(a.base, reply)).toBe(200);
    await waitForPosts(() => posts(slackApi.calls).filter((p) => p.thread_ts === "1767100000.005001").length === 3);
  });

  it("answers from an article added to one replica's folder on the other, with no restart (NOTIFY, then its own rebuild)", async () => {
    const [a, b] = replicas;
    writeFileSync(join(a.corpus, "harbor.md"), "---\ntitle: Harbor Ferry Expands\npublished: 2026-12-01\n---\nThe harbor ferry will run every 20 minutes, port director Ana Ruiz said on Tuesday.\n");
    const until = Date.now() + 90_000;
    for (let n = 8000; ; n++) {
      expect(await deliver(b.base, mention(n, "who is Ana Ruiz"))).toBe(200);
      const reply = posts(slackApi.calls).find((p) => p.thread_ts === `1767100000.${String(n).padStart(6, "0")}`);
      if (JSON.stringify(reply).includes("Harbor Ferry Expands")) break;
      if (Date.now() > until) throw new Error(`replica B never answered from the new article:\n${b.log.join("")}`);
      await new Promise((r) => setTimeout(r, 500));
    }
  }, 120_000);

  it("loses no logged question when a replica is killed with SIGKILL mid-run", async () => {
    const a = replicas[0];
    const acked: number[] = [];
    const sends = Array.from({ length: 60 }, (_, i) => 7000 + i).map(async (n, i) => {
      await new Promise((r) => setTimeout(r, i * 5));
      if ((await deliver(a.base, mention(n, `who is Homan q${n}`))) === 200) acked.push(n);
    });
    // Killed once it has acknowledged one, not after a fixed time: on a loaded machine 150 ms may pass before the first answer.
    const killed = (async () => {
      while (acked.length === 0) await new Promise((r) => setTimeout(r, 2));
      a.child.kill("SIGKILL");
    })();
    await Promise.all(sends);
    await killed;
    expect(acked.length).toBeGreaterThan(0);
    expect(acked.length).toBeLessThan(60);
    const rows = await pg.query<{ question: string }>(database, "SELECT question FROM questions WHERE question LIKE 'who is Homan q%'");
    const logged = new Set(rows.map((r) => Number(/q(\d+)/.exec(r.question)![1])));
    for (const n of acked) expect(logged.has(n), `question q${n} was acknowledged but not logged`).toBe(true);
  });
});
