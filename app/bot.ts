import type { Config } from "../src/config.js";
import { createCore, type ChatAdapter, type Core } from "../src/core.js";
import { openState } from "../src/state/open.js";
import { opsServer } from "../adapters/http/ops.js";
import { listen } from "../adapters/http/listen.js";
import { Metrics } from "../src/metrics.js";
import type { Logger } from "../src/log.js";
import { createConsoleAdapter } from "../adapters/console/console.js";
import { buildInChildProcess, watchCorpus } from "../src/corpus/watch.js";
import { DigestScheduler, type DigestTarget } from "../src/digest/schedule.js";
import { FeedSchedule } from "../src/ingest/schedule.js";
import { fileURLToPath } from "node:url";

/**
 * The executable the corpus watcher runs `index` with: the composition root is what knows it, not the
 * core. From the sources, the tsx launcher; compiled (`npm run build`), dist/app/cli.js under plain node.
 */
const CLI = fileURLToPath(new URL(import.meta.url.endsWith(".ts") ? "./sanctuary.mjs" : "./cli.js", import.meta.url));

/** Something the bot starts and stops: an adapter, the corpus watcher, the digest schedule. */
export interface Part {
  readonly name: string;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts the parts in order, all or nothing: when one fails to start, those already started are stopped
 * in reverse order and the error is rethrown, so the bot never runs half-started (listening for Slack
 * with no schedule, or with no SIGTERM handler).
 */
export async function startAll(parts: Part[], log: Logger): Promise<() => Promise<void>> {
  const started: Part[] = [];
  const stopAll = async () => {
    for (const p of started.splice(0).reverse()) await p.stop().catch((err: unknown) => log.error({ err, part: p.name }, "failed to stop"));
  };
  for (const p of parts) {
    try {
      await p.start();
      started.push(p);
    } catch (err) {
      log.error({ err, part: p.name }, "failed to start; stopping what had started");
      await stopAll();
      throw err;
    }
  }
  return stopAll;
}

/**
 * Runs the bot: Slack and/or Discord when their credentials are configured, otherwise the console
 * chat. Starts every part or none, and stops them in reverse order on SIGINT/SIGTERM (or when the
 * console's input ends).
 */
export async function runBot(config: Config, log: Logger): Promise<void> {
  const state = await openState(config, log);
  log.info({ corpus: config.corpusDir }, "loading the corpus");
  let core: Core;
  try {
    core = createCore(config, log, { state, metrics: new Metrics({ processMetrics: true }) });
    await core.readQuestionLog();
  } catch (err) {
    await state.close();
    throw err;
  }
  const adapters: ChatAdapter[] = [];
  if (config.slack.botToken) {
    const { createSlackAdapter } = await import("../adapters/slack/app.js");
    adapters.push(createSlackAdapter(core, config, log.child({ platform: "slack" })));
  }
  if (config.discord.token) {
    const { createDiscordAdapter } = await import("../adapters/discord/client.js");
    adapters.push(createDiscordAdapter(core, config, log.child({ platform: "discord" })));
  }
  let watcher: { close(): void } | null = null;
  const mirror = config.database ? new (await import("../src/state/postgres/corpus.js")).CorpusMirror(config.database, config.corpusDir, log) : null;
  const watch: Part = {
    name: "corpus watcher",
    start: async () =>
      void (watcher = watchCorpus(core, config.corpusDir, log, {
        rebuild: buildInChildProcess([process.execPath, "--expose-gc", CLI, "index", "--corpus", config.corpusDir, "--data", config.dataDir], log),
        onChange: mirror ? () => void mirror.publish() : undefined,
      })),
    stop: async () => watcher?.close(),
  };
  // After the watcher: what the mirror takes from the database at start is then built and swapped in.
  const corpusParts: Part[] = mirror ? [watch, { name: "corpus mirror", start: () => mirror.start(), stop: () => mirror.stop() }] : [watch];
  const feedSchedule = new FeedSchedule(core.ingester, config, log, core.state);
  const feeds: Part = { name: "feed schedule", start: async () => feedSchedule.start(), stop: () => feedSchedule.stop() };
  let parts: Part[];
  // The console chat ends when its input does; the chat platforms run until a signal.
  let ended: Promise<void> = new Promise(() => {});
  if (adapters.length === 0) {
    const console = createConsoleAdapter(core);
    parts = [...corpusParts, feeds, console];
    ended = console.closed;
  } else {
    const scheduler = new DigestScheduler(core, config, log, digestTargets(config, adapters));
    const schedule: Part = { name: "digest schedule", start: () => scheduler.start(), stop: async () => scheduler.stop() };
    parts = [...adapters, ...corpusParts, feeds, schedule];
    // Slack's HTTP receiver serves /healthz, /readyz and /metrics itself; otherwise they get a server of their own.
    if (!(config.slack.botToken && !config.slack.appToken)) parts.unshift(opsPart(core, config, log));
  }
  const signalled = new Promise<string>((resolve) => {
    process.once("SIGINT", () => resolve("SIGINT"));
    process.once("SIGTERM", () => resolve("SIGTERM"));
  });
  // A signal during start-up waits for the start to finish (or fail), then stops what started.
  const stopAll = await startAll([{ name: "shared state", start: async () => {}, stop: () => state.close() }, ...parts], log);
  if (adapters.length) log.info({ adapters: adapters.map((a) => a.name) }, "bot running");
  const signal = await Promise.race([signalled, ended.then(() => null)]);
  if (signal) log.info({ signal }, "stopping");
  await stopAll();
}

/** /healthz, /readyz and /metrics on PORT, for a bot with no Slack HTTP receiver. */
function opsPart(core: Core, config: Config, log: Logger): Part {
  const server = opsServer(core, log);
  return {
    name: "health and metrics",
    start: async () => {
      await listen(server, config.slack.port);
      log.info({ port: config.slack.port }, "health and metrics on /healthz, /readyz, /metrics");
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Where the scheduled digest goes: SLACK_DIGEST_CHANNEL and DISCORD_DIGEST_CHANNEL, through their adapters. */
export function digestTargets(config: Config, adapters: ChatAdapter[]): DigestTarget[] {
  const out: DigestTarget[] = [];
  const channels: Record<string, string | undefined> = { slack: config.slack.digestChannel, discord: config.discord.digestChannel };
  for (const a of adapters) {
    const channel = channels[a.name];
    if (channel && a.postToChannel) out.push({ platform: a.name, channel, post: (reply) => a.postToChannel!(channel, reply) });
  }
  return out;
}
