import type { Templates } from "../answers/templates.js";
import type { Config } from "../config.js";
import type { Logger } from "../log.js";
import type { SharedState } from "../state/shared.js";
import { reply, type Reply, type Request } from "./messages.js";

/**
 * What a request must pass before it is read at all, in order: the asker's and the channel's rate
 * limits (a refused request is not counted against the channel), counted in shared state so that every
 * replica counts alike, then the length limit. Returns the refusal, or null to go on.
 */
export function preconditions(config: Config, templates: Templates, log: Logger, state: Pick<SharedState, "takeRate">): (request: Request) => Promise<Reply | null> {
  const { perUser, perChannel } = config.rateLimit;
  return async (request) => {
    const wait =
      (await state.takeRate(`user:${request.platform}:${request.user.id}`, perUser)) ||
      (request.channel ? await state.takeRate(`channel:${request.platform}:${request.channel}`, perChannel) : 0);
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
