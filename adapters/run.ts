import type { Config } from "../src/config.js";
import { createCore, type ChatAdapter } from "../src/core.js";
import type { Logger } from "../src/log.js";
import { createConsoleAdapter } from "./console/console.js";
import { watchCorpus } from "../src/corpus/watch.js";
import { DigestScheduler, type DigestTarget } from "../src/digest/schedule.js";

/**
 * Runs the bot: Slack and/or Discord when their credentials are configured, otherwise the console
 * chat. Stops cleanly on SIGINT/SIGTERM.
 */
export async function runBot(config: Config, log: Logger): Promise<void> {
  log.info({ corpus: config.corpusDir }, "loading the corpus");
  const core = createCore(config, log);
  const adapters: ChatAdapter[] = [];
  if (config.slack.botToken) {
    const { createSlackAdapter } = await import("./slack/app.js");
    adapters.push(createSlackAdapter(core, config, log.child({ platform: "slack" })));
  }
  if (config.discord.token) {
    const { createDiscordAdapter } = await import("./discord/client.js");
    adapters.push(createDiscordAdapter(core, config, log.child({ platform: "discord" })));
  }
  if (adapters.length === 0) {
    const watcher = watchCorpus(core, config.corpusDir, config.dataDir, log);
    const console = createConsoleAdapter(core);
    await console.start();
    await console.closed;
    watcher.close();
    return;
  }
  for (const a of adapters) await a.start();
  const watcher = watchCorpus(core, config.corpusDir, config.dataDir, log);
  const targets = digestTargets(config, adapters);
  const scheduler = new DigestScheduler(core, config, log, targets);
  await scheduler.start();
  log.info({ adapters: adapters.map((a) => a.name) }, "bot running");
  await new Promise<void>((resolve) => {
    const stop = async (signal: string) => {
      log.info({ signal }, "stopping");
      scheduler.stop();
      watcher.close();
      for (const a of adapters) await a.stop().catch((err) => log.error({ err }, "adapter failed to stop"));
      resolve();
    };
    process.once("SIGINT", () => void stop("SIGINT"));
    process.once("SIGTERM", () => void stop("SIGTERM"));
  });
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
