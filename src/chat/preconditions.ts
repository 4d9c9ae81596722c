import type { Templates } from "../answers/templates.js";
import type { Config } from "../config.js";
import type { Logger } from "../log.js";
import { RateLimiter } from "../state/ratelimit.js";
import { reply, type Reply, type Request } from "./messages.js";

/** The window the per-user and per-channel limits count requests in. */
const RATE_WINDOW_MS = 60_000;

/**
 * What a request must pass before it is read at all, in order: the asker's and the channel's rate
 * limits (a refused request is not counted against the channel), then the length limit. Returns the
 * refusal, or null to go on.
 */
export function preconditions(config: Config, templates: Templates, log: Logger, clock: { now(): number }): (request: Request) => Reply | null {
  const perUser = new RateLimiter(config.rateLimit.perUser, RATE_WINDOW_MS, () => clock.now());
  const perChannel = new RateLimiter(config.rateLimit.perChannel, RATE_WINDOW_MS, () => clock.now());
  return (request) => {
    const wait = perUser.take(`${request.platform}:${request.user.id}`) || (request.channel ? perChannel.take(`${request.platform}:${request.channel}`) : 0);
    if (wait > 0) {
      const seconds = Math.ceil(wait / 1000);
      log.warn({ platform: request.platform, channel: request.channel }, "rate limit reached");
      return reply("limited", templates.notice("limited", { seconds, plural: seconds === 1 ? "" : "s" }), { retryAfterMs: wait });
    }
    return tooLong(request.text.trim(), config.maxQuestionLength, templates);
  };
}

/** The refusal of a request longer than MAX_QUESTION_LENGTH (chat and `ask` alike), or null. */
export function tooLong(text: string, max: number, templates: Pick<Templates, "notice">): Reply | null {
  return text.length > max ? reply("invalid", templates.notice("too_long", { length: text.length, max })) : null;
}
