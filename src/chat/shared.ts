import type { Templates } from "../answers/templates.js";
import type { Logger } from "../log.js";
import type { SharedState } from "../state/shared.js";
import { reply, type Platform, type Reply } from "./messages.js";

type Held = { reply: Reply; platform: Platform; userId: string };

/**
 * Answers shown to the asker alone that they may still post to the channel ("post to channel"), kept
 * in shared state (the click may reach another replica; MEMORY_KINDS.held_answer says how many and how
 * long). Sharing shows the very answer the person was shown, with who asked; nothing is asked again.
 */
export class ShareableAnswers {
  constructor(
    private readonly state: Pick<SharedState, "remember" | "recall">,
    private readonly templates: Templates,
    private readonly log: Logger,
  ) {}

  hold(questionId: string, shown: Reply, by: { platform: Platform; userId: string }): Promise<void> {
    return this.state.remember("held_answer", questionId, { reply: shown, ...by } satisfies Held);
  }

  /** The answer for its conversation, or a private notice when it is gone or was shown to someone else. */
  async share(questionId: string, by: { platform: Platform; userId: string }): Promise<Reply> {
    const shown = (await this.state.recall("held_answer", questionId)) as Held | undefined;
    if (!shown) return reply("refusal", this.templates.notice("answer_gone"));
    if (shown.platform !== by.platform || shown.userId !== by.userId) return reply("refusal", this.templates.notice("share_not_yours"));
    this.log.info({ platform: by.platform, questionId }, "answer shared to the channel");
    return { ...shown.reply, audience: "conversation", actions: ["feedback"], askedBy: by.userId };
  }
}
