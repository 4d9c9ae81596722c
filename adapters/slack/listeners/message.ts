import type { Request } from "../../../src/core.js";
import type { App } from "@slack/bolt";
import { isModerator, fromSlackText, type SlackDeps } from "../deps.js";
import { answerSlack } from "../deliver.js";

interface PlainMessage {
  type: "message";
  text?: string;
  /** Always set: the inbound filter lets no message without a person through. */
  user: string;
  ts: string;
  thread_ts?: string;
  channel: string;
  channel_type?: string;
}

/**
 * Direct messages are answered in the DM; replies in a thread the bot answered in are answered in
 * that thread without a new mention, whether a plain message, a reply also sent to the channel or one
 * with a file. What is no person asking (bots, Slackbot, edits) never reaches here (`inbound.ts`).
 */
export function registerMessage(app: App, deps: SlackDeps): void {
  app.event("message", async ({ event, body, context, client }) => {
    const m = event as unknown as PlainMessage;
    const direct = m.channel_type === "im";
    const thread = m.thread_ts ? `${m.channel}:${m.thread_ts}` : null;
    const mentioned = context.botUserId !== undefined && (m.text ?? "").includes(`<@${context.botUserId}`);
    // The thread may have been answered by another replica: which threads the bot is in is shared state.
    if (!direct && (mentioned || !thread || (await deps.core.state.recall("thread", thread)) === undefined)) return;
    const text = fromSlackText(m.text ?? "");
    const request: Request = {
      platform: "slack",
      user: { id: m.user, moderator: isModerator(deps, m.user) },
      channel: m.channel,
      server: body.team_id,
      public: !direct,
      direct,
      conversation: thread ?? m.channel,
      text,
    };
    await answerSlack(deps, client, direct ? "dm" : "mention", { channel: m.channel, user: m.user, thread_ts: m.thread_ts }, request);
  });
}
