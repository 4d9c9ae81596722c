import { MessageFlags, type ButtonInteraction } from "discord.js";
import { BUTTON_HELPFUL, BUTTON_NOT_HELPFUL, BUTTON_POST, renderNotice } from "../render.js";
import type { DiscordDeps } from "../deps.js";
import { deliverToInteraction } from "../deliver.js";

/** "Post to channel" posts the private answer the person saw, saying who asked; feedback buttons record one vote per person. */
export async function handleButton(interaction: ButtonInteraction, deps: DiscordDeps): Promise<void> {
  const id = interaction.customId;
  const questionId = id.slice(id.lastIndexOf(":") + 1);
  const privately = { flags: MessageFlags.Ephemeral } as const;
  if (id.startsWith(`${BUTTON_POST}:`)) {
    const shared = await deps.core.share(questionId, { platform: "discord", userId: interaction.user.id });
    if (shared.audience === "asker") return void (await interaction.reply({ ...renderNotice(shared.text), ...privately }));
    return deliverToInteraction(interaction, "button", shared);
  }
  if (id.startsWith(`${BUTTON_HELPFUL}:`) || id.startsWith(`${BUTTON_NOT_HELPFUL}:`)) {
    const ok = await deps.core.feedback(questionId, interaction.user.id, id.startsWith(`${BUTTON_HELPFUL}:`));
    await interaction.reply({ ...renderNotice(deps.core.notice(ok ? "feedback_recorded" : "answer_gone")), ...privately });
    return;
  }
  await interaction.reply({ ...renderNotice(deps.core.notice("not_mine")), ...privately });
}
