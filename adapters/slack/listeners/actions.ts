import type { App, BlockButtonAction } from "@slack/bolt";
import { ACTION_HELPFUL, ACTION_NOT_HELPFUL, ACTION_POST, renderNotice, renderReply } from "../render.js";
import type { SlackDeps } from "../deps.js";

const GONE = "That answer is no longer available (the bot restarted or it is too old). Ask the question again.";

/** "Post to channel" shares a private answer publicly, saying who asked; feedback buttons record a vote. */
export function registerActions(app: App, deps: SlackDeps): void {
  app.action<BlockButtonAction>(ACTION_POST, async ({ ack, body, action, client, respond }) => {
    await ack();
    const logged = deps.core.question(action.value ?? "");
    const channel = body.channel?.id ?? body.container?.channel_id;
    if (!logged || !channel) {
      await respond({ response_type: "ephemeral", replace_original: false, ...renderNotice(GONE) });
      return;
    }
    const reply = await deps.core.handle({ platform: "slack", user: { id: body.user.id, moderator: false }, channel, text: logged.question });
    await client.chat.postMessage({ channel, ...renderReply({ ...reply, private: false, actions: ["feedback"] }, { askedBy: body.user.id }), unfurl_links: false });
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
      await respond({ response_type: "ephemeral", replace_original: false, ...renderNotice(ok ? "Thanks, your feedback was recorded." : GONE) });
    });
  }
}
