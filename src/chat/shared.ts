import type { Templates } from "../answers/templates.js";
import type { Logger } from "../log.js";
import { RecentMap } from "../state/recent.js";
import { reply, type Platform, type Reply } from "./messages.js";

/**
 * Answers shown to the asker alone that they may still post to the channel ("post to channel"): the
 * most recent `max` (a few KB each), in memory. Sharing shows the very answer the person was shown,
 * with who asked; nothing is asked again.
 */
export class ShareableAnswers {
  private readonly held: RecentMap<{ reply: Reply; platform: Platform; userId: string }>;

  constructor(
    max: number,
    private readonly templates: Templates,
    private readonly log: Logger,
  ) {
    this.held = new RecentMap(max);
  }

  hold(questionId: string, shown: Reply, by: { platform: Platform; userId: string }): void {
    this.held.set(questionId, { reply: shown, ...by });
  }

  /** The answer for its conversation, or a private notice when it is gone or was shown to someone else. */
  share(questionId: string, by: { platform: Platform; userId: string }): Reply {
    const shown = this.held.get(questionId);
    if (!shown) return reply("refusal", this.templates.notice("answer_gone"));
    if (shown.platform !== by.platform || shown.userId !== by.userId) return reply("refusal", this.templates.notice("share_not_yours"));
    this.log.info({ platform: by.platform, questionId }, "answer shared to the channel");
    return { ...shown.reply, audience: "conversation", actions: ["feedback"], askedBy: by.userId };
  }
}
