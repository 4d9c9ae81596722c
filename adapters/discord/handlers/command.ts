import type { Request } from "../../../src/core.js";
import { MessageFlags, type ChatInputCommandInteraction } from "discord.js";
import { deliverToInteraction } from "../deliver.js";
import { isModerator, type DiscordDeps } from "../deps.js";

/** `/sanctuary query:<text>`: answered at once as an embed, to whom the delivery table says. */
export async function handleCommand(interaction: ChatInputCommandInteraction, deps: DiscordDeps): Promise<void> {
  const text = interaction.options.getString("query") ?? "";
  const request: Request = {
    platform: "discord",
    user: { id: interaction.user.id, name: interaction.user.username, moderator: isModerator(deps.config, interaction.member) },
    channel: interaction.channelId,
    server: interaction.guildId ?? undefined,
    direct: !interaction.guildId,
    conversation: `${interaction.channelId}:${interaction.user.id}`,
    text,
  };
  const pending = deps.core.pending(request);
  // Discord wants an answer within 3 s: work that takes longer is deferred ("thinking…", for the asker alone).
  if (pending) await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  await deliverToInteraction(interaction, "command", await deps.core.handle(request));
}
