import type { Request } from "../../../src/core.js";
import type { App } from "@slack/bolt";
import { renderNotice } from "../render.js";
import { isModerator, fromSlackText, type SlackDeps } from "../deps.js";
import { answerSlack } from "../deliver.js";

/** A mention in a channel is answered in a thread under the message; the thread is then followed. */
export function registerMention(app: App, deps: SlackDeps): void {
  app.event("app_mention", async ({ event, body, client }) => {
    const thread = event.thread_ts ?? event.ts;
    await deps.core.state.remember("thread", `${event.channel}:${thread}`, true);
    const text = fromSlackText(event.text ?? "");
    if (text === "") {
      await client.chat.postMessage({ channel: event.channel, thread_ts: thread, ...renderNotice(deps.core.notice("empty_mention")) });
      return;
    }
    const request: Request = {
      platform: "slack",
      user: { id: event.user ?? "", moderator: isModerator(deps, event.user) },
      channel: event.channel,
      server: body.team_id,
      public: !event.channel.startsWith("D"),
      direct: event.channel.startsWith("D"),
      conversation: `${event.channel}:${thread}`,
      text,
    };
    await answerSlack(deps, client, event.channel.startsWith("D") ? "dm" : "mention", { channel: event.channel, user: event.user ?? "", thread_ts: thread }, request);
  });
}
