import { randomUUID } from "node:crypto";
import { Client, Events, GatewayIntentBits, MessageFlags, Partials, Routes, type Interaction } from "discord.js";
import type { Config } from "../../src/config.js";
import type { ChatAdapter, Core, Reply } from "../../src/core.js";
import type { Logger } from "../../src/log.js";
import { inflightCounter, track } from "../inflight.js";
import type { DiscordDeps } from "./deps.js";
import { handleAutocomplete } from "./handlers/autocomplete.js";
import { handleButton } from "./handlers/button.js";
import { handleCommand } from "./handlers/command.js";
import { handleMessage } from "./handlers/message.js";
import { ignoredBecause } from "./inbound.js";
import { renderNotice, renderReply, toRestBody } from "./render.js";

export const COMMAND_NAME = "sanctuary";

/**
 * The fewest intents the features need: Guilds (commands and channels), GuildMessages and
 * DirectMessages (mentions and DMs; a bot sees the text of messages that mention it, and of DMs,
 * without the privileged MessageContent intent).
 */
export const INTENTS = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages];

export interface DiscordClientOptions {
  /** REST base ("http://127.0.0.1:PORT/api") for replay and tests. */
  apiUrl?: string;
}

/** The discord.js client with every Sanctuary handler attached; not logged in. */
export function createDiscordClient(core: Core, config: Config, log: Logger, options: DiscordClientOptions = {}): { client: Client; deps: DiscordDeps } {
  const client = new Client({
    intents: INTENTS,
    partials: [Partials.Channel],
    allowedMentions: { parse: [] },
    rest: options.apiUrl ? { api: options.apiUrl, retries: 0 } : {},
  });
  const deps: DiscordDeps = { core, config, log, inflight: inflightCounter() };
  const own = (applicationId: string | undefined) => !config.discord.applicationId || applicationId === config.discord.applicationId;

  client.on(Events.InteractionCreate, (interaction: Interaction) => {
    if (!own(interaction.applicationId)) {
      log.warn({ applicationId: interaction.applicationId }, "discord: interaction for another application ignored");
      return;
    }
    // With several replicas logged in, each session may receive the interaction: one answers it.
    const once = async () => void ((await core.firstDelivery("discord", interaction.id)) && (await dispatch(interaction, deps)));
    void track(deps.inflight, once).catch(async (err) => {
      const errorId = randomUUID().slice(0, 8);
      log.error({ errorId, err }, "discord: handler failed");
      if (interaction.isRepliable() && !interaction.replied && !interaction.deferred) {
        await interaction
          .reply({ ...renderNotice(core.notice("error", { errorId })), flags: MessageFlags.Ephemeral })
          .catch(() => {});
      }
    });
  });
  client.on(Events.MessageCreate, (message) => {
    const botId = client.user?.id ?? config.discord.applicationId ?? "";
    const ignored = ignoredBecause(message, botId);
    if (ignored) {
      log.debug({ messageId: message.id, because: ignored }, "discord: message ignored");
      return;
    }
    void track(deps.inflight, () => handleMessage(message, botId, deps)).catch((err) => log.error({ errorId: randomUUID().slice(0, 8), err }, "discord: message handler failed"));
  });
  client.on(Events.Error, (err) => log.error({ err }, "discord: client error"));
  return { client, deps };
}

/**
 * Every interaction gets a response, so no one sees "This interaction failed": what is not one of the
 * bot's own (a context-menu command or a component left from an old registration, another app's
 * button on a message, a form) gets a private notice, and suggestions for another command get none.
 */
async function dispatch(interaction: Interaction, deps: DiscordDeps): Promise<void> {
  if (interaction.isAutocomplete()) return interaction.commandName === COMMAND_NAME ? handleAutocomplete(interaction, deps) : interaction.respond([]);
  if (interaction.isChatInputCommand() && interaction.commandName === COMMAND_NAME) return handleCommand(interaction, deps);
  if (interaction.isButton() && interaction.customId.startsWith("sanctuary:")) return handleButton(interaction, deps);
  if (!interaction.isRepliable()) return;
  deps.log.info({ type: interaction.type, name: interaction.isCommand() ? interaction.commandName : undefined }, "discord: interaction that is not one of mine answered with a notice");
  await interaction.reply({ ...renderNotice(deps.core.notice("not_mine")), flags: MessageFlags.Ephemeral });
}

/** Posts a reply publicly into a channel through the REST API (mentions parse nothing). */
export async function postDiscordMessage(client: Client, channel: string, reply: Reply): Promise<void> {
  await client.rest.post(Routes.channelMessages(channel), { body: toRestBody(renderReply(reply, { buttons: false })) });
}

/** The Discord side of the bot as a ChatAdapter. */
export function createDiscordAdapter(core: Core, config: Config, log: Logger): ChatAdapter {
  const { client, deps } = createDiscordClient(core, config, log);
  return {
    name: "discord",
    async start() {
      await client.login(config.discord.token);
      log.info({ user: client.user?.tag }, "discord: logged in");
    },
    async stop() {
      await deps.inflight.idle;
      await client.destroy();
    },
    async postToChannel(channel, reply) {
      await postDiscordMessage(client, channel, reply);
    },
  };
}
