import type { Answer } from "../answers/answer.js";
import type { Templates } from "../answers/templates.js";
import type { Digest } from "../digest/digest.js";
import { parseCommand } from "../questions/parse.js";
import { reply, type Audience, type ButtonLabels, type Reply, type Request } from "./messages.js";

/** What each kind of chat command is answered with. */
export interface Handlers {
  help(): string;
  digest(date?: string): Promise<Digest>;
  /** A moderator's `add URL`. */
  add(url: string, request: Request): Promise<Reply>;
  question(text: string, request: Request): Promise<Reply>;
}

/**
 * Reads a request by the chat grammar and sends it to its handler, deciding who sees the reply: help
 * typed where others read it is answered there; a digest is for moderators (posted to the channel),
 * others get it privately with a notice; anything else goes to the asker.
 */
export async function route(request: Request, handlers: Handlers, templates: Templates): Promise<Reply> {
  const command = parseCommand(request.text.trim());
  switch (command.kind) {
    case "help":
      return reply("help", handlers.help(), { audience: typedIn(request) });
    case "invalid":
      return reply("invalid", command.message);
    case "add":
      return handlers.add(command.url, request);
    case "digest": {
      const digest = await handlers.digest(command.date);
      if (!request.user.moderator) return { ...reply("refusal", templates.notice("digest_moderators_only", { digest: digest.text })), digest };
      return { ...reply("digest", digest.text), audience: "channel", digest };
    }
    case "question":
      return handlers.question(command.question.text, request);
  }
}

/** Who sees what was asked: those who could read the question, else the asker alone. */
function typedIn(request: Request): Audience {
  return request.public ? "conversation" : "asker";
}

/**
 * The reply to a question: the answer and its quotes, the note on them, and the buttons. An answer
 * goes where the question was typed, or to the whole conversation when ANSWER_VISIBILITY is public;
 * "I don't know" always goes where the question was typed.
 */
export function answerReply(answer: Answer, questionId: string, request: Request, visibility: "public" | "private", templates: Templates, labels: ButtonLabels): Reply {
  return {
    ...reply(answer.answered ? "answer" : "noanswer", answer.answer),
    sources: answer.sources,
    audience: answer.answered && visibility === "public" ? "conversation" : typedIn(request),
    note: templates.notice(answer.answered ? "quotes_verbatim" : "closest_passages"),
    actions: answer.answered ? ["post_to_channel", "feedback"] : ["feedback"],
    labels,
    questionId,
    answer,
  };
}
