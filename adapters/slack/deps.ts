import type { Config } from "../../src/config.js";
import type { Core } from "../../src/core.js";
import type { Logger } from "../../src/log.js";
import type { RecentSet } from "../../src/state/recent.js";

/** What every Slack listener needs. */
export interface SlackDeps {
  core: Core;
  config: Config;
  log: Logger;
  /** Event ids already handled: Slack's redeliveries of them are dropped. */
  handledEvents: RecentSet;
  /** Threads ("channel:thread_ts") the bot answered in: replies there need no new mention. */
  threads: RecentSet;
}

export function isModerator(deps: SlackDeps, user: string | undefined): boolean {
  return Boolean(user) && deps.config.slack.moderators.includes(user!);
}

/**
 * What a person typed, from Slack's markup: broadcasts and user or group mentions (the bot's own
 * included) dropped, channels and links shown by their label, entities decoded.
 *
 * @example fromSlackText("<@U0BOT> who is <!here> Homan &amp; co") // "who is Homan & co"
 */
export function fromSlackText(text: string): string {
  return text
    .replace(/<[@!][^>]*>/g, " ")
    .replace(/<#[A-Z0-9]+\|([^>]*)>/g, "#$1")
    .replace(/<(https?:[^|>]+)\|([^>]*)>/g, "$2")
    .replace(/<(https?:[^>]+)>/g, "$1")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}
