import type { App, BlockButtonAction } from "@slack/bolt";
import { ANSWER_GONE } from "../../../src/core.js";
import { ACTION_HELPFUL, ACTION_NOT_HELPFUL, ACTION_POST, renderNotice, renderReply } from "../render.js";
import type { SlackDeps } from "../deps.js";

/**
 * "Post to channel" posts the private answer the person saw into the channel (in its thread), saying
 * who asked; feedback buttons record a vote.
 */
export function registerActions(app: App, deps: SlackDeps): void {
  app.action<BlockButtonAction>(ACTION_POST, async ({ ack, body, action, client, respond }) => {
    await ack();
    const channel = body.channel?.id ?? body.container?.channel_id;
    const shared = deps.core.share(action.value ?? "", { platform: "slack", userId: body.user.id });
    if (shared.private || !channel) {
      await respond({ response_type: "ephemeral", replace_original: false, ...renderNotice(shared.private ? shared.text : ANSWER_GONE) });
      return;
    }
    const thread = typeof body.container?.thread_ts === "string" ? { thread_ts: body.container.thread_ts } : {};
    await client.chat.postMessage({ channel, ...thread, ...renderReply(shared), unfurl_links: false });
    await respond({ response_type: "ephemeral", replace_original: false, ...renderNotice("Posted to the channel.") });
  });
  // A button from an old message, or from another app's blocks: acknowledged, never left to time out.
  app.action(/.*/, async ({ ack, action, respond }) => {
    const id = "action_id" in action ? action.action_id : "";
    if ([ACTION_POST, ACTION_HELPFUL, ACTION_NOT_HELPFUL].includes(id)) return;
    await ack();
    await respond({ response_type: "ephemeral", replace_original: false, ...renderNotice("That button is not one of mine any more. Ask the question again.") });
  });
  for (const [id, helpful] of [[ACTION_HELPFUL, true], [ACTION_NOT_HELPFUL, false]] as const) {
    app.action<BlockButtonAction>(id, async ({ ack, body, action, respond }) => {
      await ack();
      const ok = deps.core.feedback(action.value ?? "", body.user.id, helpful);
      await respond({ response_type: "ephemeral", replace_original: false, ...renderNotice(ok ? "Thanks, your feedback was recorded." : ANSWER_GONE) });
    });
  }
}
