import { MessageFlags, type ChatInputCommandInteraction } from "discord.js";
import { renderReply } from "../render.js";
import { isModerator, type DiscordDeps } from "../deps.js";

/** `/sanctuary query:<text>`: answered at once as an embed, private by default; a moderator's digest is public. */
export async function handleCommand(interaction: ChatInputCommandInteraction, deps: DiscordDeps): Promise<void> {
  const text = interaction.options.getString("query") ?? "";
  const reply = await deps.core.handle({
    platform: "discord",
    user: { id: interaction.user.id, name: interaction.user.username, moderator: isModerator(deps.config, interaction.member) },
    channel: interaction.channelId,
    server: interaction.guildId ?? undefined,
    conversation: `${interaction.channelId}:${interaction.user.id}`,
    text,
  });
  const message = renderReply(reply, { buttons: !reply.publish });
  const ephemeral = reply.publish ? false : reply.private || reply.kind !== "answer";
  await interaction.reply({ ...message, ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}) });
}
