import type { Sentence } from "../corpus/load.js";
import type { Knowledge } from "../index/knowledge.js";
import { termsOf } from "../index/terms.js";
import type { Understood } from "../questions/understand.js";
import { isHeadingLine, sectionHeading } from "./rank.js";

/**
 * The extract stage for a value a page sets after a label under a heading, as round-ups and fact boxes
 * print them:
 *
 *     Miss Peregrine’s Home for Peculiar Children
 *     My Guess: $25,000,000
 *     Actual: $28,500,000
 *
 * Asked "what did Miss Peregrine actually make", the heading names what the question names, the label
 * one of its other words ("actual"), and the value after the colon answers, verbatim. A label that
 * shares no word with the question answers nothing: "how much did it make" does not say which of a
 * guess and an actual figure is asked.
 *
 * @example labelledValue(kb, q, [headingLine]) // { value: "$28,500,000", line, heading }
 */
export function labelledValue(kb: Knowledge, q: Understood, passages: Sentence[]): { value: string; line: Sentence; heading: Sentence } | null {
  const named = q.named.flatMap((n) => termsOf(n));
  if (!named.length) return null;
  const seen = new Set<number>();
  for (const passage of passages) {
    const heading = isHeadingLine(passage) ? passage : sectionHeading(kb, passage);
    if (!heading || seen.has(heading.id)) continue;
    seen.add(heading.id);
    const headed = termsOf(heading.text);
    if (!named.some((t) => headed.includes(t))) continue;
    // The question's words the heading does not give are the label's to match, as typed: "actually" is
    // no hedge here, it asks the "Actual" line. A name the heading does not give must be the label's ("Nick’s Guess").
    const rest = termsOf(q.text).filter((t) => !headed.includes(t));
    const owned = named.filter((t) => !headed.includes(t));
    // Asked what was done ("what did Queen of Katwe make"), with no label's word: the line of what was, not of a guess.
    // Not one asking an attribute no label names ("what was the budget of Masterminds").
    const asksFact = PAST_FACT.test(q.normalized) && !q.relationNouns.length;
    let fact: { value: string; line: Sentence; heading: Sentence } | null = null;
    for (let id = heading.id + 1; id <= heading.id + LABEL_LINES_REACH; id++) {
      const line = kb.corpus.sentences.at(id);
      if (!line || line.doc !== heading.doc || isHeadingLine(line)) break;
      const m = LABEL_LINE.exec(line.text.trim());
      const label = m ? termsOf(m[1]) : [];
      if (m && label.some((t) => rest.includes(t)) && owned.every((t) => label.includes(t))) return { value: m[2].trim(), line, heading };
      if (m && asksFact && !owned.length && !fact && label.some((t) => FACT_LABELS.includes(t))) fact = { value: m[2].trim(), line, heading };
    }
    if (fact) return fact;
  }
  return null;
}

/** A line of a label and its value: "Actual: $28,500,000", "Nick’s Guess: $29,000,000". */
const LABEL_LINE = /^([\p{L}’'\s]{2,30}?):\s+(\S.{0,80})$/u;
/** A question of what was done: "what did it make", "how much did it earn", "what was the turnout". */
const PAST_FACT = /^(?:what|how much|how many)\s+(?:\p{L}+\s+)?(?:did|was|were)\b/u;
/** Labels of what was, set against guesses and forecasts ("Actual: $28,500,000"), as index terms. */
const FACT_LABELS = termsOf("actual final official");
/** Lines after a heading read for its labelled values. */
const LABEL_LINES_REACH = 8;
