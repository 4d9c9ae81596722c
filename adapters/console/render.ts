import type { Source } from "../../src/answers/answer.js";
import type { Reply } from "../../src/core.js";
import { quotedInAnswer } from "../quotes.js";

/** A source as one plain line: the verbatim quote (unless the answer shows it already), then its article and date. */
export function sourceLine(s: Source, n: number, inAnswer: boolean): string {
  const where = [s.title, s.published ?? "undated", s.url].filter(Boolean).join(", ");
  // A quote that opens with its own quote mark is not wrapped in another ("““If members…").
  const shown = /^[“"‘]/.test(s.quote) ? s.quote : `“${s.quote}”`;
  return inAnswer ? `[${n}] ${where}` : `[${n}] ${shown} (${where})`;
}

/** A reply as terminal text: the answer, then its numbered quotes and sources. */
export function renderPlain(reply: Pick<Reply, "text" | "sources" | "kind" | "note" | "answer">): string {
  const lines = [reply.text];
  if (reply.sources.length) {
    lines.push("", reply.kind === "noanswer" && reply.note ? reply.note : "Sources:");
    reply.sources.forEach((s, i) => lines.push(sourceLine(s, i + 1, quotedInAnswer(reply, i + 1))));
  }
  return lines.join("\n");
}
