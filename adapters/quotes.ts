import type { Reply } from "../src/core.js";

/** Whether the answer text already shows source number `n` (from 1) in full, as the answer says. */
export function quotedInAnswer(reply: Pick<Reply, "answer">, n: number): boolean {
  return reply.answer?.quoted?.includes(n) === true;
}
