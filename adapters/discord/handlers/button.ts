import { MessageFlags, type ButtonInteraction } from "discord.js";
import { BUTTON_HELPFUL, BUTTON_NOT_HELPFUL, BUTTON_POST, renderNotice, renderReply } from "../render.js";
import { ANSWER_GONE } from "../../../src/core.js";
import type { DiscordDeps } from "../deps.js";

/** "Post to channel" posts the private answer the person saw, saying who asked; feedback buttons record one vote per person. */
export async function handleButton(interaction: ButtonInteraction, deps: DiscordDeps): Promise<void> {
  const id = interaction.customId;
  const questionId = id.slice(id.lastIndexOf(":") + 1);
  const privately = { flags: MessageFlags.Ephemeral } as const;
  if (id.startsWith(`${BUTTON_POST}:`)) {
    const shared = deps.core.share(questionId, { platform: "discord", userId: interaction.user.id });
    if (shared.private) return void (await interaction.reply({ ...renderNotice(shared.text), ...privately }));
    await interaction.reply(renderReply(shared));
    return;
  }
  if (id.startsWith(`${BUTTON_HELPFUL}:`) || id.startsWith(`${BUTTON_NOT_HELPFUL}:`)) {
    const ok = deps.core.feedback(questionId, interaction.user.id, id.startsWith(`${BUTTON_HELPFUL}:`));
    await interaction.reply({ ...renderNotice(ok ? "Thanks, your feedback was recorded." : ANSWER_GONE), ...privately });
    return;
  }
  await interaction.reply({ ...renderNotice("That button is not one of mine any more. Ask the question again."), ...privately });
}
