import type { Source } from "../../src/answers/answer.js";
import type { Reply } from "../../src/core.js";
import type { RenderOptions } from "../delivery.js";
import { quotedInAnswer } from "../quotes.js";
import { clip, escapeSlack } from "./escape.js";

/** Slack's limits: a section's text, blocks per message, a button's value. */
export const SLACK_LIMITS = { sectionText: 3000, blocks: 50, fallbackText: 3000, contextText: 2000 } as const;

export const ACTION_POST = "sanctuary_post";
export const ACTION_HELPFUL = "sanctuary_helpful";
export const ACTION_NOT_HELPFUL = "sanctuary_not_helpful";

export interface SlackMessage {
  text: string;
  blocks: Array<Record<string, unknown>>;
}

// Every text is `verbatim`: what a user typed or an article says ("Oakland @here", a domain, #general) is
// shown as written, never turned into a link, a channel or a mention by Slack's automatic parsing.
const mrkdwn = (text: string, max: number) => ({ type: "mrkdwn", text: clip(text, max), verbatim: true });
const section = (text: string) => ({ type: "section", text: mrkdwn(text, SLACK_LIMITS.sectionText) });
const context = (text: string) => ({ type: "context", elements: [mrkdwn(text, SLACK_LIMITS.contextText)] });

/**
 * One quote as Slack renders it: the verbatim sentence quoted, then its article (linked) and date. A
 * quote the answer already shows, numbered, gets only its article and date.
 */
function sourceBlocks(s: Source, n: number, inAnswer: boolean): Array<Record<string, unknown>> {
  const title = escapeSlack(s.title);
  const linked = s.url && /^https?:\/\/[^\s|<>]+$/.test(s.url) ? `<${s.url}|${title.replace(/\|/g, "¦")}>` : title;
  if (inAnswer) return [context(`*[${n}]* ${linked} · ${s.published ?? "undated"}`)];
  return [section(`*[${n}]*\n>${escapeSlack(s.quote)}`), context(`${linked} · ${s.published ?? "undated"}`)];
}

/**
 * A core reply as a Block Kit message: the answer, each quote with its article and date, and the
 * buttons the reply offers; who asked, above an answer shared to the channel.
 */
export function renderReply(reply: Reply, options: RenderOptions = {}): SlackMessage {
  const blocks: Array<Record<string, unknown>> = [];
  if (reply.askedBy && reply.answer) blocks.push(context(`<@${reply.askedBy.replace(/[^A-Z0-9]/gi, "")}> asked: ${escapeSlack(reply.answer.question)}`));
  blocks.push(section(escapeSlack(reply.text)));
  if (reply.sources.length) {
    if (reply.kind === "noanswer" && reply.note) blocks.push(context(escapeSlack(reply.note)));
    reply.sources.forEach((s, i) => blocks.push(...sourceBlocks(s, i + 1, quotedInAnswer(reply, i + 1))));
  }
  const buttons = options.buttons !== false ? actionButtons(reply, options.shareable === true) : [];
  if (buttons.length) blocks.push({ type: "actions", block_id: "sanctuary_actions", elements: buttons });
  return { text: clip(escapeSlack(reply.text), SLACK_LIMITS.fallbackText), blocks: blocks.slice(0, SLACK_LIMITS.blocks) };
}

function actionButtons(reply: Reply, shareable: boolean): Array<Record<string, unknown>> {
  const labels = reply.labels;
  if (!reply.questionId || !labels) return [];
  const out: Array<Record<string, unknown>> = [];
  const button = (action_id: string, text: string, style?: string) => ({
    type: "button",
    action_id,
    text: { type: "plain_text", text, emoji: true },
    value: reply.questionId,
    ...(style ? { style } : {}),
  });
  if (reply.actions.includes("post_to_channel") && shareable) out.push(button(ACTION_POST, labels.post, "primary"));
  if (reply.actions.includes("feedback")) out.push(button(ACTION_HELPFUL, labels.helpful), button(ACTION_NOT_HELPFUL, labels.notHelpful));
  return out;
}

/** A short private notice (refusals, errors, confirmations). */
export function renderNotice(text: string): SlackMessage {
  return { text: clip(escapeSlack(text), SLACK_LIMITS.fallbackText), blocks: [section(escapeSlack(text))] };
}
