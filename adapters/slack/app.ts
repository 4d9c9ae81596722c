import type { Server } from "node:http";
import { App, HTTPReceiver, LogLevel, SocketModeReceiver, type Logger as BoltLogger } from "@slack/bolt";
import { guardedServer, listen } from "./receiver.js";
import { inflightCounter } from "../inflight.js";
import type { Config } from "../../src/config.js";
import type { ChatAdapter, Core, Reply } from "../../src/core.js";
import { renderReply } from "./render.js";
import type { Logger } from "../../src/log.js";
import { RecentSet } from "../../src/state/recent.js";
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
    clientOptions: {
      ...(options.apiUrl ? { slackApiUrl: options.apiUrl } : {}),
      timeout: SLACK_WEB_API.timeoutMs,
      retryConfig: { retries: SLACK_WEB_API.retries, minTimeout: SLACK_WEB_API.backoffMs, maxTimeout: SLACK_WEB_API.backoffMs, factor: 1, randomize: false },
    },
  });
  const server = http ? guardedServer(http, config.slack.signingSecret ?? "", log) : null;
  const deps: SlackDeps = { core, config, log, handledEvents: new RecentSet(5000), threads: new RecentSet(5000), background: inflightCounter() };
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

/** The Slack side of the bot as a ChatAdapter. */
export function createSlackAdapter(core: Core, config: Config, log: Logger): ChatAdapter {
  const { app, deps, server } = createSlackApp(core, config, log, { apiUrl: config.slack.apiUrl });
  return {
    name: "slack",
    async start() {
      if (!server) {
        await app.start();
        log.info("slack: connected in Socket Mode");
      } else {
        await listen(server, config.slack.port);
        log.info({ port: config.slack.port, address: server.address() }, "slack: listening for events on /slack/events");
      }
    },
    async stop() {
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
      await postSlackMessage(app, channel, reply);
    },
  };
}
