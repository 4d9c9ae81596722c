import type { App } from "@slack/bolt";
import type { Reply, Request } from "../../src/core.js";
import { meansOf, renderOptionsFor, type Entry } from "../delivery.js";
import { afterAck, type SlackDeps } from "./deps.js";
import { renderReply } from "./render.js";

/** Where a message-borne request was made: its channel, the person, and the thread it is answered in. */
export interface SlackPlace {
  channel: string;
  user: string;
  /** The thread the answer goes in; none in a DM. */
  thread_ts?: string;
}

/**
 * Sends a reply to a mention, a thread reply or a DM by the means the delivery table gives: for the
 * asker alone with `chat.postEphemeral`, in the thread or DM, or as a new message in the channel.
 */
export async function deliverSlack(client: App["client"], entry: Entry, place: SlackPlace, reply: Reply): Promise<void> {
  const means = meansOf("slack", entry, reply.audience);
  const thread = place.thread_ts ? { thread_ts: place.thread_ts } : {};
  const message = renderReply(reply, renderOptionsFor(means));
  if (means === "ephemeral") {
    await client.chat.postEphemeral({ channel: place.channel, user: place.user, ...thread, ...message });
    return;
  }
  await client.chat.postMessage({ channel: place.channel, ...(means === "in_channel" ? {} : thread), ...message, unfurl_links: false });
}

/**
 * Answers a mention, thread reply or DM. Work that takes seconds (`add URL`) shows its progress now and
 * is answered after the listener returns: the receiver acknowledges the event only then.
 */
export async function answerSlack(deps: SlackDeps, client: App["client"], entry: Entry, place: SlackPlace, request: Request): Promise<void> {
  const pending = deps.core.pending(request);
  if (!pending) return deliverSlack(client, entry, place, await deps.core.handle(request));
  await deliverSlack(client, entry, place, pending);
  afterAck(deps, async () => deliverSlack(client, entry, place, await deps.core.handle(request)));
}
