import type { Request } from "../../../src/core.js";
import { ChannelType, type Message } from "discord.js";
import { renderNotice } from "../render.js";
import { isModerator, type DiscordDeps } from "../deps.js";
import { deliverToMessage } from "../deliver.js";

/**
 * Mentions are answered as a reply to the message; replies to the bot's answers continue that
 * conversation without a new mention; direct messages are answered in the DM. What is for the asker
 * alone (a refusal, the rate limit) goes to them in a DM. Bots, webhooks and system messages never
 * reach here (`inbound.ts`).
 */
export async function handleMessage(message: Message, botId: string, deps: DiscordDeps): Promise<void> {
  const direct = message.channel.type === ChannelType.DM || !message.guildId;
  const mentioned = message.mentions.users.has(botId) || new RegExp(`<@!?${botId}>`).test(message.content);
  const replyTo = message.reference?.messageId;
  // The answer replied to may be another replica's: the bot's replies and their conversations are shared state.
  const chained = replyTo ? ((await deps.core.state.recall("reply", replyTo)) as string | undefined) : undefined;
  if (!direct && !mentioned && !chained) return;
  // Every replica's gateway session receives the message: the first to claim its id answers it.
  if (!(await deps.core.firstDelivery("discord", message.id))) return;
  const text = message.content.replace(new RegExp(`<@!?${botId}>`, "g"), " ").replace(/\s+/g, " ").trim();
  const conversation = chained ?? (direct ? `dm:${message.channelId}` : `${message.channelId}:${message.id}`);
  if (!text) {
    await message.reply(renderNotice(deps.core.notice("empty_mention")));
    return;
  }
  const member = message.member;
  const request: Request = {
    platform: "discord",
    user: { id: message.author.id, name: message.author.username, moderator: isModerator(deps.config, member) },
    channel: message.channelId,
    server: message.guildId ?? undefined,
    public: !direct,
    direct,
    conversation,
    text,
  };
  // Work that takes seconds shows Discord's typing indicator meanwhile.
  if (deps.core.pending(request) && "sendTyping" in message.channel) await message.channel.sendTyping();
  const sent = await deliverToMessage(message, direct ? "dm" : "mention", await deps.core.handle(request));
  if (sent?.id) await deps.core.state.remember("reply", sent.id, conversation);
}
