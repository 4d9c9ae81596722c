import type { Answer } from "../answers/answer.js";
import { dayIn } from "../digest/digest.js";
import type { Logger } from "../log.js";
import type { QuestionStore } from "../state/shared.js";
import type { Request } from "./messages.js";

/**
 * Writes an answered (or declined) question to the question log, on the day it was asked in the
 * digest's time zone, and logs it; returns its id, which feedback and "post to channel" refer to.
 */
export async function recordQuestion(questions: QuestionStore, timeZone: string, log: Logger, request: Request, answer: Answer, id: string, now = new Date()): Promise<string> {
  const docs = answer.sources.map((s) => s.doc);
  await questions.add({
    id,
    at: now.toISOString(),
    day: dayIn(timeZone, now),
    platform: request.platform,
    channel: request.channel,
    server: request.server,
    public: request.public === true,
    direct: request.direct === true,
    question: answer.question,
    answered: answer.answered,
    docs,
  });
  log.info({ platform: request.platform, channel: request.channel, questionId: id, answered: answer.answered, docs }, "question answered");
  return id;
}
