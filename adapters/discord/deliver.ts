import { MessageFlags, type ButtonInteraction, type ChatInputCommandInteraction, type Message } from "discord.js";
import type { Reply } from "../../src/core.js";
import { meansOf, renderOptionsFor } from "../delivery.js";
import { renderReply } from "./render.js";

/**
 * Answers a command or a button click by the means the delivery table gives: flags 64 (the clicker
 * alone) or a response the channel sees.
 */
export async function deliverToInteraction(interaction: ChatInputCommandInteraction | ButtonInteraction, entry: "command" | "button", reply: Reply): Promise<void> {
  const means = meansOf("discord", entry, reply.audience);
  const message = renderReply(reply, renderOptionsFor(means));
  // A deferred reply is edited; it keeps the visibility it was deferred with (the asker's alone).
  if (interaction.deferred) {
    await interaction.editReply(message);
    return;
  }
  await interaction.reply({ ...message, ...(means === "ephemeral" ? { flags: MessageFlags.Ephemeral } : {}) });
}

/**
 * Answers a message (a mention, a reply to the bot, a DM) by the means the delivery table gives: a
 * reply, a new message in the channel, or a DM to its author when it is for them alone. Returns the
 * message sent in the conversation, whose replies continue it.
 */
export async function deliverToMessage(message: Message, entry: "mention" | "dm", reply: Reply): Promise<Message | null> {
  const means = meansOf("discord", entry, reply.audience);
  const rendered = renderReply(reply, renderOptionsFor(means));
  if (means === "direct_message") {
    await message.author.send(rendered);
    return null;
  }
  if (means === "in_channel" && "send" in message.channel) {
    await message.channel.send(rendered);
    return null;
  }
  return message.reply(rendered);
}
