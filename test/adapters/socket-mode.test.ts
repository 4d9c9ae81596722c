import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { WebSocketServer, type WebSocket } from "ws";
import { Recorder } from "../../adapters/replay/recorder.js";
import { createSlackApp } from "../../adapters/slack/app.js";
import { silentLogger } from "../../src/log.js";
import { fixtureLines, testCore } from "../helpers.js";

describe("Slack Socket Mode", () => {
  it("connects with SLACK_APP_TOKEN through apps.connections.open and answers a slash command envelope over the socket", async () => {
    const recorder = new Recorder();
    await recorder.start();
    const wss = new WebSocketServer({ port: 0, host: "127.0.0.1" });
    await new Promise((r) => wss.once("listening", r));
    recorder.socketUrl = `ws://127.0.0.1:${(wss.address() as AddressInfo).port}/`;
    const { core, config } = testCore({ SLACK_BOT_TOKEN: "xoxb-test", SLACK_APP_TOKEN: "xapp-test" });
    const { app, server } = createSlackApp(core, config, silentLogger(), { apiUrl: `${recorder.url}/api/`, botId: "B1", botUserId: "U0SAMBOT1" });
    expect(server).toBeNull();
    const connected = new Promise<WebSocket>((resolve) => wss.once("connection", (socket) => resolve(socket)));
    const started = app.start();
    const socket = await connected;
    socket.send(JSON.stringify({ type: "hello", num_connections: 1, connection_info: { app_id: "A0SAMPLE1" } }));
    await started;
    const payload = JSON.parse(fixtureLines("slack", "slash-commands.jsonl")[0]).body;
    const reply = new Promise<{ envelope_id: string; payload: { response_type: string; text: string } }>((resolve) => socket.on("message", (data) => resolve(JSON.parse(String(data)))));
    socket.send(JSON.stringify({ envelope_id: "env-1", type: "slash_commands", accepts_response_payload: true, payload }));
    const ack = await reply;
    try {
      expect(recorder.calls.map((c) => c.path)).toContain("/api/apps.connections.open");
      expect(ack.envelope_id).toBe("env-1");
      expect(ack.payload.response_type).toBe("ephemeral");
      expect(ack.payload.text).toMatch(/^Thomas Homan: /);
    } finally {
      await app.stop();
      for (const c of wss.clients) c.terminate();
      await new Promise((r) => wss.close(r));
      await recorder.stop();
    }
  });
});
