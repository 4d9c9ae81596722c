import type { App } from "@slack/bolt";
import { renderNotice, renderReply } from "../render.js";
import { isModerator, fromSlackText, type SlackDeps } from "../deps.js";

const EMPTY_MENTION = 'You mentioned me without a question. Ask me something, such as "who is Homan", or say "help".';

/** A mention in a channel is answered in a thread under the message; the thread is then followed. */
export function registerMention(app: App, deps: SlackDeps): void {
  app.event("app_mention", async ({ event, body, client }) => {
    const thread = event.thread_ts ?? event.ts;
    deps.threads.add(`${event.channel}:${thread}`);
    const text = fromSlackText(event.text ?? "");
    if (text === "") {
      await client.chat.postMessage({ channel: event.channel, thread_ts: thread, ...renderNotice(EMPTY_MENTION) });
      return;
    }
    const reply = await deps.core.handle({
      platform: "slack",
      user: { id: event.user ?? "", moderator: isModerator(deps, event.user) },
      channel: event.channel,
      server: body.team_id,
      public: !event.channel.startsWith("D"),
      conversation: `${event.channel}:${thread}`,
      text,
    });
    if (reply.kind === "refusal" || reply.kind === "limited") {
      await client.chat.postEphemeral({ channel: event.channel, user: event.user ?? "", thread_ts: thread, ...renderReply(reply) });
      return;
    }
    const where = reply.publish ? {} : { thread_ts: thread };
    await client.chat.postMessage({ channel: event.channel, ...where, ...renderReply({ ...reply, private: false }, { buttons: !reply.publish }), unfurl_links: false });
  });
}
