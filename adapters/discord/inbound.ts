import type { Message } from "discord.js";

/**
 * Why a gateway message is not a person speaking, or null when it is: the bot itself, another bot or
 * a webhook (which would answer each other forever), or a system message (a join, a pin, a boost),
 * whose text is Discord's, not a question. Edits never arrive: the client does not listen for them.
 */
export function ignoredBecause(message: Message, botId: string): string | null {
  if (message.author.id === botId) return "the bot itself";
  if (message.author.bot) return "a bot";
  if (message.webhookId) return "a webhook";
  if (message.system) return `system message type ${message.type}`;
  return null;
}
