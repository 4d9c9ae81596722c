import type { Server } from "node:http";
import { App, HTTPReceiver, LogLevel, SocketModeReceiver, webApi, type Logger as BoltLogger } from "@slack/bolt";
import { SanctuaryError, messageOf } from "../../src/errors.js";
import { guardedServer, listen } from "./receiver.js";
import { opsRoutes } from "../http/ops.js";
import { inflightCounter } from "../inflight.js";
import type { Config } from "../../src/config.js";
import type { ChatAdapter, Core, Reply } from "../../src/core.js";
import { renderReply } from "./render.js";
import type { Logger } from "../../src/log.js";
import type { SlackDeps } from "./deps.js";
import { inboundFilter } from "./inbound.js";
import { registerActions } from "./listeners/actions.js";
import { registerCommand } from "./listeners/command.js";
import { registerMention } from "./listeners/mention.js";
import { registerMessage } from "./listeners/message.js";
import { randomUUID } from "node:crypto";

/**
 * How long a Web API call may take, and how often it is tried again, in production and in tests alike.
 * Bolt's default (10 retries over about 30 minutes, no timeout) let a hung API hold SIGTERM for
 * ~100 s and answer an event long after Slack had given up on it; Slack's own deadline is 3 s.
 */
export const SLACK_WEB_API = { timeoutMs: 3_000, retries: 1, backoffMs: 1_000 };

/** The Web API client's address, deadline and retries (SLACK_WEB_API), for the app's client and the token check alike. */
function webClientOptions(apiUrl: string | undefined): webApi.WebClientOptions {
  return {
    ...(apiUrl ? { slackApiUrl: apiUrl } : {}),
    timeout: SLACK_WEB_API.timeoutMs,
    retryConfig: { retries: SLACK_WEB_API.retries, minTimeout: SLACK_WEB_API.backoffMs, maxTimeout: SLACK_WEB_API.backoffMs, factor: 1, randomize: false },
  };
}

/** Every listener, registered in this order: one handler per file, no globbing. */
const LISTENERS = [registerCommand, registerMention, registerMessage, registerActions];

export interface SlackAppOptions {
  /** Web API base ("http://127.0.0.1:PORT/api/") for replay and tests. */
  apiUrl?: string;
  /** Skip auth.test by naming the bot (replay). */
  botId?: string;
  botUserId?: string;
  port?: number;
  host?: string;
}

/** Bolt's logger interface over pino, so Bolt's own messages land in the same log, redacted. */
function boltLogger(log: Logger): BoltLogger {
  let level = LogLevel.INFO;
  return {
    debug: (...m: unknown[]) => log.debug(m.map(String).join(" ")),
    info: (...m: unknown[]) => log.info(m.map(String).join(" ")),
    warn: (...m: unknown[]) => log.warn(m.map(String).join(" ")),
    error: (...m: unknown[]) => log.error(m.map(String).join(" ")),
    setLevel: (l: LogLevel) => void (level = l),
    getLevel: () => level,
    setName: () => {},
  };
}

/**
 * The Bolt app with every Sanctuary listener: Socket Mode when SLACK_APP_TOKEN is set, otherwise the
 * HTTP receiver (signature-verified) on PORT.
 */
export function createSlackApp(core: Core, config: Config, log: Logger, options: SlackAppOptions = {}): { app: App; deps: SlackDeps; server: Server | null } {
  const socketMode = Boolean(config.slack.appToken);
  const logger = boltLogger(log);
  const http = socketMode ? null : new HTTPReceiver({ signingSecret: config.slack.signingSecret ?? "", processBeforeResponse: true, logger });
  const receiver =
    http ??
    new SocketModeReceiver({ appToken: config.slack.appToken!, logger, installerOptions: options.apiUrl ? { clientOptions: { slackApiUrl: options.apiUrl } } : {} });
  const app = new App({
    token: config.slack.botToken,
    receiver,
    botId: options.botId,
    botUserId: options.botUserId,
    logger,
    clientOptions: webClientOptions(options.apiUrl),
  });
  const server = http ? guardedServer(http, config.slack.signingSecret ?? "", log, { routes: opsRoutes(core, log) }) : null;
  const deps: SlackDeps = { core, config, log, background: inflightCounter() };
  app.use(inboundFilter(deps));
  for (const register of LISTENERS) register(app, deps);
  app.error(async (error) => {
    log.error({ errorId: randomUUID().slice(0, 8), err: error }, "slack: listener failed");
  });
  return { app, deps, server };
}

/** Posts a reply publicly into a channel through the Web API. */
export async function postSlackMessage(app: App, channel: string, reply: Reply): Promise<void> {
  await app.client.chat.postMessage({ channel, ...renderReply(reply, { buttons: false }), unfurl_links: false });
}

/** The bot's own ids, from auth.test: what Bolt needs to ignore the bot's own messages and see its mentions. */
async function whoAmI(config: Config, log: Logger): Promise<{ botId: string; botUserId: string }> {
  const client = new webApi.WebClient(config.slack.botToken, { logger: boltLogger(log), ...webClientOptions(config.slack.apiUrl) });
  let result;
  try {
    result = await client.auth.test();
  } catch (err) {
    const refused = (err as { data?: { error?: string } }).data?.error;
    throw new SanctuaryError(
      "slack_auth_failed",
      refused
        ? `SLACK_BOT_TOKEN: Slack refused the token (${refused}); copy the Bot User OAuth Token (xoxb-…) from the app's OAuth & Permissions page`
        : `Slack's Web API (${config.slack.apiUrl ?? "https://slack.com/api/"}) could not be reached to check SLACK_BOT_TOKEN (${messageOf(err)}); check the network, or SLACK_API_URL if it is set`,
      { cause: err },
    );
  }
  return { botId: String(result.bot_id ?? ""), botUserId: String(result.user_id ?? "") };
}

/**
 * The Slack side of the bot as a ChatAdapter. The token is checked as it starts, before it listens:
 * a refused token or an unreachable Slack stops the start with one clear error. (Left to Bolt, the
 * check ran in the background as the app was made, and its failure was an unhandled rejection.)
 */
export function createSlackAdapter(core: Core, config: Config, log: Logger): ChatAdapter {
  let made: ReturnType<typeof createSlackApp> | null = null;
  return {
    name: "slack",
    async start() {
      const ids = await whoAmI(config, log);
      made = createSlackApp(core, config, log, { apiUrl: config.slack.apiUrl, ...ids });
      const { app, server } = made;
      if (!server) {
        await app.start();
        log.info("slack: connected in Socket Mode");
      } else {
        await listen(server, config.slack.port);
        log.info({ port: config.slack.port, address: server.address() }, "slack: listening for events on /slack/events");
      }
    },
    async stop() {
      if (!made) return;
      const { app, deps, server } = made;
      if (server) {
        // Stop taking new requests; those in flight finish (processBeforeResponse answers after the listener).
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeIdleConnections();
        });
      } else await app.stop();
      await deps.background.idle;
    },
    async postToChannel(channel, reply) {
      // The digest schedule starts after the adapters (app/bot.ts), so the app is made by now.
      await postSlackMessage(made!.app, channel, reply);
    },
  };
}
