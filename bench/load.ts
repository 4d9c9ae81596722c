// npm run load: thousands of signed Slack slash commands and Discord interactions, sent concurrently
// at a fixed rate through the real receivers on 127.0.0.1; reports throughput, ack latency and any
// lost or duplicated reply. Bounded in count and time; traffic stays on this machine.
// Usage: node --import tsx bench/load.ts [RATE_PER_SECOND=200] [SECONDS=15]
//        node --import tsx bench/load.ts soak   (10 minutes at 200/s, memory sampled every 10 s)
// A request that fails (a refused connection, a reset) is counted as lost, never a crash.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createDiscordClient } from "../adapters/discord/client.js";
import { Recorder } from "../adapters/replay/recorder.js";
import { SlackReplayDriver } from "../adapters/replay/slack.js";
import { loadConfig } from "../src/config.js";
import { createCore } from "../src/core.js";
import { silentLogger } from "../src/log.js";

const ROOT = join(import.meta.dirname, "..");
const soak = process.argv[2] === "soak";
const rate = soak ? 200 : Number(process.argv[2] ?? 200);
const seconds = soak ? 600 : Number(process.argv[3] ?? 15);
const SAMPLE_MS = soak ? 10_000 : 1_000;
const QUESTIONS = ["who is Homan", "what did Sessions say about sanctuary cities", "who is the mayor of Oakland", "when did OPD provide traffic control for ICE", "who is Taylor Swift", "what share of people in ICE custody were other immigrant violators"];

function fixture(platform: string, name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(ROOT, "test", "fixtures", "events", platform, name), "utf8").split("\n")[0]).body;
}

async function main() {
  const config = loadConfig({}, { DATA_DIR: join(ROOT, "data", "load"), DISCORD_APPLICATION_ID: "1400000000000000001", RATE_LIMIT_USER: "0", RATE_LIMIT_CHANNEL: "0", LOG_LEVEL: "silent" });
  const core = createCore(config, silentLogger());
  const recorder = new Recorder();
  await recorder.start();
  const slack = new SlackReplayDriver(core, config, silentLogger(), recorder);
  await slack.start("U0SAMBOT1");
  const { client } = createDiscordClient(core, config, silentLogger(), { apiUrl: `${recorder.url}/api` });
  const actions = (client as unknown as { actions: { InteractionCreate: { handle(d: unknown): void } } }).actions;
  const slash = fixture("slack", "slash-commands.jsonl");
  const command = fixture("discord", "commands.jsonl");

  const sent = new Map<string, number>();
  const replies = new Map<string, number>();
  const latencies: number[] = [];
  recorder.onCall = (call) => {
    const m = /\/interactions\/(\d+)\//.exec(call.path);
    if (!m) return;
    replies.set(m[1], (replies.get(m[1]) ?? 0) + 1);
    const at = sent.get(m[1]);
    if (at !== undefined && replies.get(m[1]) === 1) latencies.push(performance.now() - at);
  };
  let slackOk = 0;
  let slackBad = 0;
  let errors = 0;
  const rssMb = () => Math.round(process.memoryUsage().rss / 1e6);
  const memory: Array<{ second: number; rssMb: number }> = [{ second: 0, rssMb: rssMb() }];
  // The stand-in keeps every call it records; the counts above are all this run needs, so what it
  // recorded is dropped each second, or the harness itself would grow by the size of every reply.
  const forget = setInterval(() => recorder.take(), 1000);
  const sampler = setInterval(() => memory.push({ second: Math.round((performance.now() - started) / 1000), rssMb: rssMb() }), SAMPLE_MS);
  const pending: Promise<void>[] = [];
  const total = rate * seconds;
  const started = performance.now();
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    const q = QUESTIONS[i % QUESTIONS.length];
    if (i % 2 === 0) {
      const t = performance.now();
      pending.push(
        slack.send("slash_command", { ...slash, text: q, user_id: `U${i}`, trigger_id: `t${i}` }).then(({ status, ack }) => {
          latencies.push(performance.now() - t);
          if (status === 200 && (ack as { text?: string })?.text) slackOk++;
          else slackBad++;
        }, () => {
          errors++;
          slackBad++;
        }),
      );
    } else {
      const id = String(1500000000000000000n + BigInt(i));
      sent.set(id, performance.now());
      try {
        actions.InteractionCreate.handle({ ...command, id, token: `tok${i}`, data: { ...(command.data as object), options: [{ name: "query", type: 3, value: q }] } });
      } catch {
        errors++;
      }
    }
  }
  await Promise.all(pending);
  clearInterval(sampler);
  clearInterval(forget);
  memory.push({ second: Math.round((performance.now() - started) / 1000), rssMb: rssMb() });
  const deadline = Date.now() + 10_000;
  while (replies.size < sent.size && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  const elapsed = (performance.now() - started) / 1000;
  const s = [...latencies].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
  const duplicated = [...replies.values()].filter((n) => n > 1).length;
  const lost = sent.size - replies.size + slackBad;
  const result = {
    requests: total,
    seconds: Number(elapsed.toFixed(1)),
    throughputPerSecond: Number((total / elapsed).toFixed(0)),
    ackP50Ms: Number(at(50).toFixed(1)),
    ackP99Ms: Number(at(99).toFixed(1)),
    slackAnswered: slackOk,
    discordAnswered: replies.size,
    lost,
    duplicated,
    errors,
    rssStartMb: memory[0].rssMb,
    rssPeakMb: Math.max(...memory.map((m) => m.rssMb)),
    rssEndMb: memory[memory.length - 1].rssMb,
    memory: memory.map((m) => m.rssMb).join(" "),
  };
  process.stdout.write(JSON.stringify(result, null, 2) + "\n");
  await slack.stop();
  await client.destroy();
  await recorder.stop();
  process.exit(lost === 0 && duplicated === 0 ? 0 : 1);
}

main();
