import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Recorder } from "../../adapters/replay/recorder.js";
import { slackRequest } from "../../adapters/replay/slack.js";
import { ROOT, fixtureLines, freePort, tempDir } from "../helpers.js";

describe("graceful shutdown", () => {
  it("on SIGTERM stops taking events, keeps what it recorded, and exits 0", async () => {
    const recorder = new Recorder();
    await recorder.start();
    const port = await freePort();
    const data = tempDir();
    const child = spawn(process.execPath, [join(ROOT, "app", "sanctuary.mjs")], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, SLACK_BOT_TOKEN: "xoxb-test", SLACK_SIGNING_SECRET: "shh", PORT: String(port), SLACK_API_URL: `${recorder.url}/api/`, DATA_DIR: data, LOG_LEVEL: "info" },
    });
    let logs = "";
    child.stderr.on("data", (d) => (logs += d));
    const exited = new Promise<number | null>((r) => child.on("exit", (code) => r(code)));
    try {
      const deadline = Date.now() + 20_000;
      while (!logs.includes("listening for events") && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      expect(logs).toContain("listening for events");
      const payload = { ...JSON.parse(fixtureLines("slack", "slash-commands.jsonl")[0]).body, response_url: `${recorder.url}/response/x` };
      const { body, headers } = slackRequest("slash_command", payload, "shh");
      const res = await fetch(`http://127.0.0.1:${port}/slack/events`, { method: "POST", headers, body });
      expect(res.status).toBe(200);
      expect(((await res.json()) as { text: string }).text).toContain("Thomas Homan");
      child.kill("SIGTERM");
      expect(await exited).toBe(0);
      expect(logs).toContain('"signal":"SIGTERM"');
      const logged = readFileSync(join(data, "questions.jsonl"), "utf8").trim().split("\n");
      expect(logged).toHaveLength(1);
      await expect(fetch(`http://127.0.0.1:${port}/slack/events`, { method: "POST", headers, body })).rejects.toThrow();
    } finally {
      child.kill("SIGKILL");
      await recorder.stop();
    }
  }, 40_000);

  it("the console chat, too, stops its parts and exits 0 on SIGTERM, with its input still open", async () => {
    const child = spawn(process.execPath, [join(ROOT, "app", "sanctuary.mjs")], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, DATA_DIR: tempDir(), LOG_LEVEL: "info" },
    });
    let out = "";
    let logs = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (logs += d));
    const exited = new Promise<number | null>((r) => child.on("exit", (code) => r(code)));
    try {
      const deadline = Date.now() + 20_000;
      while (!out.includes("sanctuary> ") && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      child.kill("SIGTERM");
      expect(await exited).toBe(0);
      expect(logs).toContain('"signal":"SIGTERM"');
      expect(out).toContain("Bye.");
    } finally {
      child.kill("SIGKILL");
    }
  }, 40_000);
});
