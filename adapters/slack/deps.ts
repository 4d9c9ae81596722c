import type { Config } from "../../src/config.js";
import type { Core } from "../../src/core.js";
import type { Logger } from "../../src/log.js";
import { track, type Inflight } from "../inflight.js";

/** What every Slack listener needs. */
export interface SlackDeps {
  core: Core;
  config: Config;
  log: Logger;
  /**
   * Work finished after its request was acknowledged (a moderator's `add URL`): the receiver answers
   * Slack only when a listener returns, and Slack wants that within 3 seconds.
   */
  background: Inflight;
}

/**
 * Runs work after the listener has returned, so Slack gets its acknowledgement now; counted in
 * `background` (replay and shutdown wait for it), and a failure is logged, never thrown.
 */
export function afterAck(deps: SlackDeps, work: () => Promise<void>): void {
  void track(deps.background, work).catch((err: unknown) => deps.log.error({ err }, "slack: work after the acknowledgement failed"));
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
    // A link Slack made of a typed address (`<http://example.com/a|example.com/a>`) is the address itself, so `add` gets the real link.
    .replace(/<(https?:[^|>]+)\|([^>]*)>/g, (_, url: string, label: string) => (url.replace(/^https?:\/\//, "") === label ? url : label))
    .replace(/<(https?:[^>]+)>/g, "$1")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}
