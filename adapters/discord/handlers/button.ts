import { MessageFlags, type ButtonInteraction } from "discord.js";
import { BUTTON_HELPFUL, BUTTON_NOT_HELPFUL, BUTTON_POST, renderNotice, renderReply } from "../render.js";
import type { DiscordDeps } from "../deps.js";

const GONE = "That answer is no longer available (the bot restarted or it is too old). Ask the question again.";

/** "Post to channel" answers publicly, saying who asked; feedback buttons record one vote per person. */
export async function handleButton(interaction: ButtonInteraction, deps: DiscordDeps): Promise<void> {
  const id = interaction.customId;
  const questionId = id.slice(id.lastIndexOf(":") + 1);
  const privately = { flags: MessageFlags.Ephemeral } as const;
  if (id.startsWith(`${BUTTON_POST}:`)) {
    const logged = deps.core.question(questionId);
    if (!logged) return void (await interaction.reply({ ...renderNotice(GONE), ...privately }));
    const reply = await deps.core.handle({ platform: "discord", user: { id: interaction.user.id, moderator: false }, channel: interaction.channelId, text: logged.question });
    await interaction.reply(renderReply({ ...reply, private: false, actions: ["feedback"] }, { askedBy: interaction.user.id }));
    return;
  }
  if (id.startsWith(`${BUTTON_HELPFUL}:`) || id.startsWith(`${BUTTON_NOT_HELPFUL}:`)) {
    const ok = deps.core.feedback(questionId, interaction.user.id, id.startsWith(`${BUTTON_HELPFUL}:`));
    await interaction.reply({ ...renderNotice(ok ? "Thanks, your feedback was recorded." : GONE), ...privately });
    return;
  }
  await interaction.reply({ ...renderNotice("That button is not one of mine any more. Ask the question again."), ...privately });
}
