import type { Audience } from "../src/core.js";

/** Where a request reached the bot, as far as who can see a reply there is concerned. */
export type Entry =
  /** A slash command: the response can be seen by the one who typed it alone, or by the channel. */
  | "command"
  /** A mention in a channel, or a follow-up in a thread or reply chain the bot is in. */
  | "mention"
  /** A direct message: everything said there is private already. */
  | "dm"
  /** A button under one of the bot's messages. */
  | "button";

/** How a platform shows a reply to an audience from an entry. */
export type Means =
  /** Seen by the asker alone, in place: Slack `ephemeral` / `chat.postEphemeral`, Discord flags 64. */
  | "ephemeral"
  /** Seen by the asker alone, in a DM: where the entry has nothing private (a Discord message). */
  | "direct_message"
  /** Seen by everyone in the conversation: the Slack thread or DM, the Discord reply, an in-channel command response. */
  | "in_conversation"
  /** A new message in the channel, outside any thread (a digest). */
  | "in_channel";

type Table = Record<Entry, Record<Audience, Means>>;

/**
 * Who sees a reply, decided once for every platform: the core says whom it is for, this says how each
 * platform gets it there. Nothing meant for the asker alone is ever posted where others read it.
 */
export const DELIVERY: Record<"slack" | "discord", Table> = {
  slack: {
    command: { asker: "ephemeral", conversation: "in_conversation", channel: "in_channel" },
    mention: { asker: "ephemeral", conversation: "in_conversation", channel: "in_channel" },
    dm: { asker: "in_conversation", conversation: "in_conversation", channel: "in_conversation" },
    button: { asker: "ephemeral", conversation: "in_conversation", channel: "in_channel" },
  },
  discord: {
    command: { asker: "ephemeral", conversation: "in_conversation", channel: "in_channel" },
    // A message cannot be answered privately in a channel; a DM is Discord's only private place.
    mention: { asker: "direct_message", conversation: "in_conversation", channel: "in_channel" },
    dm: { asker: "in_conversation", conversation: "in_conversation", channel: "in_conversation" },
    button: { asker: "ephemeral", conversation: "in_conversation", channel: "in_channel" },
  },
};

/** How a reply for `audience` reaches it on `platform` from `entry`. */
export function meansOf(platform: keyof typeof DELIVERY, entry: Entry, audience: Audience): Means {
  return DELIVERY[platform][entry][audience];
}

/** What a renderer shows of a reply's buttons. */
export interface RenderOptions {
  /** Render the reply's buttons (default true). */
  buttons?: boolean;
  /** Offer "Post to channel". */
  shareable?: boolean;
}

/**
 * The buttons a reply shown this way carries: none on a channel post (a digest), and "Post to
 * channel" only on what the asker alone saw.
 */
export function renderOptionsFor(means: Means): RenderOptions {
  return { buttons: means !== "in_channel", shareable: means === "ephemeral" };
}
