import { ChannelType, type Message } from "discord.js";
import { renderNotice, renderReply } from "../render.js";
import { isModerator, rememberConversation, type DiscordDeps } from "../deps.js";

const EMPTY_MENTION = 'You mentioned me without a question. Ask me something, such as "who is Homan", or say "help".';

/**
 * Mentions are answered as a reply to the message; replies to the bot's answers continue that
 * conversation without a new mention; direct messages are answered in the DM.
 */
export async function handleMessage(message: Message, botId: string, deps: DiscordDeps): Promise<void> {
  if (message.author.bot || message.author.id === botId) return;
  const direct = message.channel.type === ChannelType.DM || !message.guildId;
  const mentioned = message.mentions.users.has(botId) || new RegExp(`<@!?${botId}>`).test(message.content);
  const replyTo = message.reference?.messageId;
  const chained = replyTo ? deps.conversations.get(replyTo) : undefined;
  if (!direct && !mentioned && !chained) return;
  if (deps.handled.has(message.id)) return;
  deps.handled.add(message.id);
  const text = message.content.replace(new RegExp(`<@!?${botId}>`, "g"), " ").replace(/\s+/g, " ").trim();
  const conversation = chained ?? (direct ? `dm:${message.channelId}` : `${message.channelId}:${message.id}`);
  if (!text) {
    await message.reply(renderNotice(EMPTY_MENTION));
    return;
  }
  const member = message.member;
  const reply = await deps.core.handle({
    platform: "discord",
    user: { id: message.author.id, name: message.author.username, moderator: isModerator(deps.config, member) },
    channel: message.channelId,
    server: message.guildId ?? undefined,
    public: !direct,
    conversation,
    text,
  });
  // A public reply to every flooded message would flood the channel itself; the log records it.
  if (reply.kind === "limited") return;
  if (reply.kind === "refusal") {
    await message.reply(renderNotice("Only moderators can post the digest. Use /sanctuary digest to see it privately."));
    return;
  }
  const sent = await message.reply(renderReply({ ...reply, private: false }, { buttons: !reply.publish }));
  if (sent?.id) rememberConversation(deps, sent.id, conversation);
}
