import type { Answer, Source } from "../answers/answer.js";
import type { Digest } from "../digest/digest.js";

export type Platform = "slack" | "discord" | "console" | "cli";

/** A chat event, as every adapter translates it: who asked, where, and what they typed. */
export interface Request {
  platform: Platform;
  user: { id: string; name?: string; moderator: boolean };
  /** Where the request was made; replies to "post" go there. */
  channel?: string;
  /** The workspace (Slack team id) or server (Discord guild id); none in a DM. */
  server?: string;
  /**
   * Whether others in a shared channel can read the question as the user typed it (a mention, a
   * thread reply); not a DM, not a slash command. Only such questions are ever suggested to others.
   */
  public?: boolean;
  /** A direct message (or a command typed in one): its questions are counted in digests, never quoted. */
  direct?: boolean;
  /** A thread, reply chain or DM: follow-up questions are read in its context. */
  conversation?: string;
  text: string;
}

/**
 * Who a reply is for: the person who asked alone, everyone in the conversation it was asked in (the
 * thread, the DM, the channel a command was typed in), or the whole channel (a digest). Each platform
 * maps it to its own means in one table (`adapters/delivery.ts`).
 */
export type Audience = "asker" | "conversation" | "channel";

/** A button the adapter may render under a reply. */
export type Action = "post_to_channel" | "feedback";

/** What the buttons say, from the notices, so no adapter words them itself. */
export interface ButtonLabels {
  post: string;
  helpful: string;
  notHelpful: string;
}

/** What the core answers: plain data that each adapter renders in its platform's format. */
export interface Reply {
  kind: "answer" | "noanswer" | "help" | "digest" | "added" | "progress" | "refusal" | "invalid" | "limited" | "error";
  /** Plain text, no platform markup. */
  text: string;
  sources: Source[];
  audience: Audience;
  /** On `limited`: how long until the asker may ask again. */
  retryAfterMs?: number;
  /** A line about the quotes (closest passages, not an answer; quotes are verbatim), from the notices. */
  note?: string;
  actions: Action[];
  /** Present whenever `actions` is not empty. */
  labels?: ButtonLabels;
  /** For feedback and "post to channel": which logged question this answers. */
  questionId?: string;
  /** Present on errors: the id also written to the log. */
  errorId?: string;
  /** On an answer shared to the channel: the user id of the person who asked, shown above it. */
  askedBy?: string;
  answer?: Answer;
  digest?: Digest;
}

/** A reply for the asker alone unless `extra` says otherwise. */
export function reply(kind: Reply["kind"], text: string, extra: Partial<Reply> = {}): Reply {
  return { kind, text, sources: [], audience: "asker", actions: [], ...extra };
}
