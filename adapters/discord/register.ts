import { REST, Routes, type RESTPostAPIChatInputApplicationCommandsJSONBody } from "discord.js";
import type { Config } from "../../src/config.js";
import { SanctuaryError } from "../../src/errors.js";
import { COMMAND_NAME } from "./client.js";

/** The chat-input command: one required string option `query`, with autocomplete. */
export const COMMAND: RESTPostAPIChatInputApplicationCommandsJSONBody = {
  name: COMMAND_NAME,
  description: "Ask about the news articles on sanctuary cities (or: help, digest [YYYY-MM-DD])",
  options: [{ type: 3, name: "query", description: "A question, help, or digest [YYYY-MM-DD]", required: true, autocomplete: true, max_length: 2000 }],
};

/**
 * Registers the command: guild-scoped when DISCORD_GUILD_ID is set (immediate), global otherwise
 * (can take up to an hour to appear). Returns what it did.
 */
export async function registerCommands(config: Config, apiUrl?: string): Promise<string> {
  const { token, applicationId, guildId } = config.discord;
  if (!token || !applicationId) {
    throw new SanctuaryError("config_invalid", "discord-register: set DISCORD_TOKEN and DISCORD_APPLICATION_ID (Developer Portal → your app) first");
  }
  const rest = new REST(apiUrl ? { api: apiUrl, retries: 0 } : {}).setToken(token);
  const route = guildId ? Routes.applicationGuildCommands(applicationId, guildId) : Routes.applicationCommands(applicationId);
  await rest.put(route, { body: [COMMAND] });
  return guildId ? `registered /${COMMAND_NAME} in guild ${guildId} (available now)` : `registered /${COMMAND_NAME} globally (may take up to an hour to appear)`;
}
