import type { Config } from "../../src/config.js";
import type { Core } from "../../src/core.js";
import type { Logger } from "../../src/log.js";

/** A bounded set: remembers the latest `max` keys (handled event ids, threads the bot is in). */
export class RecentSet {
  private readonly items = new Set<string>();
  constructor(private readonly max: number) {}
  has(key: string): boolean {
    return this.items.has(key);
  }
  add(key: string): void {
    this.items.delete(key);
    this.items.add(key);
    if (this.items.size > this.max) this.items.delete(this.items.values().next().value!);
  }
}

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

/** The text with mentions of the bot removed ("<@U0BOT> who is Homan" → "who is Homan"). */
export function withoutBotMention(text: string, botUserId: string | undefined): string {
  const mention = botUserId ? new RegExp(`<@${botUserId}(?:\\|[^>]*)?>`, "g") : /^\s*<@[A-Z0-9]+(?:\|[^>]*)?>/;
  return text.replace(mention, " ").replace(/\s+/g, " ").trim();
}
