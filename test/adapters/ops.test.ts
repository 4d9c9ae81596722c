import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { opsServer } from "../../adapters/http/ops.js";
import { listen } from "../../adapters/http/listen.js";
import { Recorder } from "../../adapters/replay/recorder.js";
import { slackRequest } from "../../adapters/replay/slack.js";
import { createSlackAdapter } from "../../adapters/slack/app.js";
import { loadConfig } from "../../src/config.js";
import { createCore } from "../../src/core.js";
import { silentLogger } from "../../src/log.js";
import { postgresState } from "../../src/state/postgres/state.js";
import { fixtureLines, freePort, testConfig } from "../helpers.js";
import { TestPostgres } from "../postgres.js";

const pg = new TestPostgres();
beforeAll(() => pg.start().then(() => undefined), 120_000);
afterAll(() => pg.stop());

const SECRET = "ops-test-secret";

describe("health and metrics", () => {
  it("serves /healthz, /readyz and /metrics beside Slack's events, counting questions, declines, answer time and redeliveries", async () => {
    const slackApi = new Recorder();
    await slackApi.start();
    const port = await freePort();
    const config = testConfig({ SLACK_BOT_TOKEN: "xoxb-test", SLACK_SIGNING_SECRET: SECRET, PORT: String(port), SLACK_API_URL: `${slackApi.url}/api/` });
    const core = createCore(config, silentLogger());
    const slack = createSlackAdapter(core, config, silentLogger());
    await slack.start();
    try {
      const base = `http://127.0.0.1:${port}`;
      expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ alive: true });
      const ready = await fetch(`${base}/readyz`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ ready: true, reasons: [], documents: 5, state: "local" });
      expect((await fetch(`${base}/metrics`, { method: "POST" })).status).toBe(405);

      // A recorded slash command, a question the articles cannot answer, and an event Slack delivers twice.
      const slash = JSON.parse(fixtureLines("slack", "slash-commands.jsonl")[0]).body as Record<string, unknown>;
      const send = (kind: "slash_command" | "event", payload: Record<string, unknown>, retry?: number) => {
        const r = slackRequest(kind, payload, SECRET, retry);
        return fetch(`${base}/slack/events`, { method: "POST", headers: r.headers, body: r.body });
      };
      expect((await send("slash_command", slash)).status).toBe(200);
      expect((await send("slash_command", { ...slash, text: "who won the 1962 World Cup", trigger_id: "t2" })).status).toBe(200);
      const mention = JSON.parse(fixtureLines("slack", "mention-thread.jsonl")[0]).body as Record<string, unknown>;
      expect((await send("event", mention)).status).toBe(200);
      expect((await send("event", mention, 1)).status).toBe(200);
      await waitFor(() => slackApi.calls.some((c) => c.path === "/api/chat.postMessage"));

      const metrics = await fetch(`${base}/metrics`);
      expect(metrics.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
      const text = await metrics.text();
      expect(text).toMatch(/^sanctuary_questions_total\{platform="slack",answered="true"\} 2$/m);
      expect(text).toMatch(/^sanctuary_questions_total\{platform="slack",answered="false"\} 1$/m);
      expect(text).toMatch(/^sanctuary_declines_total\{rule="[a-z_]+"\} 1$/m);
      expect(text).toMatch(/^sanctuary_answer_seconds_count 3$/m);
      expect(text).toMatch(/^sanctuary_events_deduplicated_total\{platform="slack"\} 1$/m);
      expect(text).toMatch(/^sanctuary_shared_state_up 1$/m);
      expect((await fetch(`${base}/nowhere`)).status).toBe(404);
    } finally {
      await slack.stop();
      await slackApi.stop();
    }
  });

  it("says not ready, with the reason, while PostgreSQL is away, and ready again when it is back", async () => {
    const url = await pg.database();
    const config = testConfig({ DATABASE_URL: url, DATABASE_RETRY_MS: "100", DATABASE_CONNECT_TIMEOUT_MS: "300" });
    const state = await postgresState(loadConfig({}, { DATABASE_URL: url, DATABASE_RETRY_MS: "100", DATABASE_CONNECT_TIMEOUT_MS: "300" }).database!, silentLogger());
    const core = createCore(config, silentLogger(), { state });
    const server = await listen(opsServer(core, silentLogger()), 0, "127.0.0.1");
    const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    try {
      // Ready once this replica's articles are searchable in PostgreSQL, which its first answer waits for.
      await core.answer("who is Homan");
      expect((await fetch(`${base}/readyz`)).status).toBe(200);
      await pg.pause();
      try {
        const away = await fetch(`${base}/readyz`);
        expect(away.status).toBe(503);
        expect(await away.json()).toEqual({ ready: false, reasons: ["shared state (postgres) unreachable"], documents: 5, state: "postgres" });
        expect(await (await fetch(`${base}/metrics`)).text()).toMatch(/^sanctuary_shared_state_up 0$/m);
        expect((await fetch(`${base}/healthz`)).status).toBe(200);
      } finally {
        await pg.restart();
      }
      await waitFor(() => state.healthy());
      expect((await fetch(`${base}/readyz`)).status).toBe(200);
    } finally {
      await new Promise((r) => server.close(r));
      await state.close();
    }
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 25));
  }
}
