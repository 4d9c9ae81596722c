import type { APIActionRowComponent, APIButtonComponent, APIEmbed } from "discord.js";
import type { Source } from "../../src/answers/answer.js";
import type { Reply } from "../../src/core.js";
import { clipText } from "../clip.js";
import type { RenderOptions } from "../delivery.js";
import { quotedInAnswer } from "../quotes.js";

/** Discord's embed limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits). */
export const DISCORD_LIMITS = { title: 256, description: 4096, fields: 25, fieldName: 256, fieldValue: 1024, footer: 2048, total: 6000, content: 2000 } as const;

export const BUTTON_POST = "sanctuary:post";
export const BUTTON_HELPFUL = "sanctuary:helpful";
export const BUTTON_NOT_HELPFUL = "sanctuary:nothelpful";

export interface DiscordMessage {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
  /** Parse nothing: no text can ping @everyone, @here, a role or a user. */
  allowedMentions: { parse: []; repliedUser: false };
}

const EMBED_COLOR = 0x2f6f4f;

/** Escapes Discord markdown and neutralises mention syntax, so quoted text shows as written. */
export function escapeDiscord(text: string): string {
  return text
    .replace(/([\\*_~`|>#[\]])/g, "\\$1")
    .replace(/@(everyone|here)/g, "@\u200b$1")
    .replace(/<([@#&!:])/g, "<\u200b$1");
}

/** Cut to fit, never leaving half a markdown escape. */
function clip(text: string, max: number): string {
  return clipText(text, max, /\\+$/);
}

/** A link to the article, when it has one. */
function link(s: Source): string {
  return s.url ? `[source](${s.url.replace(/[()\s]/g, encodeURIComponent)})` : "";
}

/** A quote as a field value: "> quote", then a link to the article when it has one; cut to fit. */
function fieldValue(s: Source, max: number): string {
  const l = link(s) ? `\n${link(s)}` : "";
  return clip(`> ${escapeDiscord(s.quote)}`, Math.max(20, max - l.length)) + l;
}

/**
 * A core reply as a Discord message: one embed with the answer and each quote as a field (article
 * title, date, link), kept within every embed limit by trimming quotes with "…", never dropping a
 * source; buttons when the reply offers them.
 */
export function renderReply(reply: Reply, options: RenderOptions = {}): DiscordMessage {
  const heading = reply.askedBy && reply.answer ? clip(`Asked by <@${reply.askedBy.replace(/\D/g, "")}>: ${escapeDiscord(reply.answer.question)}`, DISCORD_LIMITS.content) : undefined;
  const sources = reply.sources.slice(0, DISCORD_LIMITS.fields);
  const footer = reply.note ?? "";
  const names = sources.map((s, i) => clip(`[${i + 1}] ${s.title} · ${s.published ?? "undated"}`, DISCORD_LIMITS.fieldName));
  const fixed = footer.length + names.reduce((n, x) => n + x.length, 0) + 16;
  const MIN_FIELD = 80;
  const description = clip(escapeDiscord(reply.text), Math.min(DISCORD_LIMITS.description, DISCORD_LIMITS.total - fixed - MIN_FIELD * sources.length));
  const perField = Math.min(DISCORD_LIMITS.fieldValue, Math.floor((DISCORD_LIMITS.total - fixed - description.length) / Math.max(1, sources.length)));
  const fields = sources.map((s, i) => ({ name: names[i], value: quotedInAnswer(reply, i + 1) ? link(s) || "(quoted above)" : fieldValue(s, perField) }));
  const embed: APIEmbed = { description, color: EMBED_COLOR, fields, ...(footer ? { footer: { text: footer } } : {}) };
  const components = options.buttons !== false ? buttons(reply, options.shareable === true) : [];
  return { ...(heading ? { content: heading } : {}), embeds: [embed], components, allowedMentions: { parse: [], repliedUser: false } };
}

function buttons(reply: Reply, shareable: boolean): APIActionRowComponent<APIButtonComponent>[] {
  const labels = reply.labels;
  if (!reply.questionId || !labels) return [];
  const row: APIButtonComponent[] = [];
  const id = reply.questionId;
  if (reply.actions.includes("post_to_channel") && shareable) row.push({ type: 2, style: 1, label: labels.post, custom_id: `${BUTTON_POST}:${id}` });
  if (reply.actions.includes("feedback")) {
    row.push({ type: 2, style: 2, label: labels.helpful, custom_id: `${BUTTON_HELPFUL}:${id}` });
    row.push({ type: 2, style: 2, label: labels.notHelpful, custom_id: `${BUTTON_NOT_HELPFUL}:${id}` });
  }
  return row.length ? [{ type: 1, components: row }] : [];
}

/** A short notice (refusals, errors, confirmations), as plain content. */
export function renderNotice(text: string): DiscordMessage {
  return { content: clip(escapeDiscord(text), DISCORD_LIMITS.content), embeds: [], components: [], allowedMentions: { parse: [], repliedUser: false } };
}

/** Total characters Discord counts against the 6,000 limit of a message's embeds. */
export function embedSize(e: APIEmbed): number {
  return (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) + (e.author?.name.length ?? 0) + (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
}

/** A message as the REST API takes it (snake_case allowed_mentions). */
export function toRestBody(m: DiscordMessage): Record<string, unknown> {
  const { allowedMentions, ...rest } = m;
  return { ...rest, allowed_mentions: { parse: allowedMentions.parse, replied_user: allowedMentions.repliedUser } };
}
