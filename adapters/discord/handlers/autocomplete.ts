import type { AutocompleteInteraction } from "discord.js";
import type { DiscordDeps } from "../deps.js";

const MAX_CHOICES = 25;
const MAX_CHOICE_LENGTH = 100;

/** Suggestions for `query`: people and organizations the corpus knows, and the questions most asked. */
export async function handleAutocomplete(interaction: AutocompleteInteraction, deps: DiscordDeps): Promise<void> {
  const typed = String(interaction.options.getFocused() ?? "");
  const choices = (await deps.core.suggest(typed, MAX_CHOICES, { platform: "discord", server: interaction.guildId ?? undefined }))
    .map((s) => s.slice(0, MAX_CHOICE_LENGTH))
    .filter((s) => s.trim().length > 0)
    .map((s) => ({ name: s, value: s }));
  await interaction.respond(choices);
}
