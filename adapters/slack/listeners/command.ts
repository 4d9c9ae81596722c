import type { Request } from "../../../src/core.js";
import type { App } from "@slack/bolt";
import { meansOf, renderOptionsFor } from "../../delivery.js";
import { renderNotice, renderReply } from "../render.js";
import { afterAck, fromSlackText, isModerator, type SlackDeps } from "../deps.js";

/**
 * `/sanctuary TEXT`: the answer comes back in the command's own response (within Slack's 3 seconds),
 * to whom the delivery table says; a moderator's digest is posted into the channel.
 */
export function registerCommand(app: App, deps: SlackDeps): void {
  app.command(/^\/sanctuary/, async ({ command, ack, respond, client, logger }) => {
    const request: Request = {
      platform: "slack",
      user: { id: command.user_id, name: command.user_name, moderator: isModerator(deps, command.user_id) },
      channel: command.channel_id,
      server: command.team_id,
      direct: command.channel_id.startsWith("D") || command.channel_name === "directmessage",
      conversation: `${command.channel_id}:${command.user_id}`,
      text: fromSlackText(command.text ?? ""),
    };
    const pending = deps.core.pending(request);
    if (pending) {
      // Work that takes seconds (fetching an article): acknowledged at once, answered through the response URL.
      await ack({ response_type: "ephemeral", ...renderNotice(pending.text) });
      afterAck(deps, async () => {
        const done = await deps.core.handle(request);
        await respond({ response_type: "ephemeral", replace_original: true, ...renderReply(done, renderOptionsFor(meansOf("slack", "command", done.audience))) });
      });
      return;
    }
    const reply = await deps.core.handle(request);
    const means = meansOf("slack", "command", reply.audience);
    if (means === "in_channel") {
      await ack({ response_type: "ephemeral", ...renderNotice(deps.core.notice("digest_posting")) });
      try {
        await client.chat.postMessage({ channel: command.channel_id, ...renderReply(reply, { buttons: false }), unfurl_links: false });
      } catch (err) {
        logger.error(`slack: could not post the digest to ${command.channel_id}: ${String(err)}`);
      }
      return;
    }
    await ack({ response_type: means === "ephemeral" ? "ephemeral" : "in_channel", ...renderReply(reply, renderOptionsFor(means)) });
  });
}
