import type { Corpus } from "../corpus/load.js";
import { LIGHT_VERBS, NOW_WORDS, SPEECH_VERBS_ASKED } from "../lexicon/english.js";
import { tag } from "../lexicon/nlp.js";
import { correctQuestion, type Correction } from "./correct.js";
import { normalizeQuestion } from "./normalize.js";
import { parseQuestion, type Intent, type Question } from "./parse.js";
import { surfaceVocabulary } from "./vocabulary.js";

/** What kind of thing the answer is: what the extract stage looks for in a passage. */
export type AnswerType = "person" | "date" | "number" | "place" | "reason" | "quotation" | "definition" | "passage";

/** A question after the normalize, correct and understand stages: what it asks, of what, about which relation. */
export interface Understood extends Question {
  /** The question as the later stages read it: normalized and corrected. */
  normalized: string;
  corrections: Correction[];
  answerType: AnswerType;
  /**
   * The relation asked about, as lemmas of its verbs ("become", "leave", "replace"): a passage that
   * answers must state it (exactly, by lemma or by synonym). Empty when the question names none
   * ("who is X", "what did X say").
   */
  predicate: string[];
  /** The question asks about the present ("who is the mayor now"): newer articles win. */
  now: boolean;
}

const ANSWER_TYPE: Record<Intent, AnswerType> = {
  who: "person",
  what: "definition",
  when: "date",
  where: "place",
  howmany: "number",
  quote: "quotation",
  search: "passage",
};

const NOW = new RegExp(`\\b(?:${NOW_WORDS.join("|")})\\b`, "i");
const NOT_PREDICATE = new Set([...LIGHT_VERBS, ...SPEECH_VERBS_ASKED, "call", "stand", "happen", "ask"]);

/**
 * Stages 1 to 3 of the answer path: normalize, correct, then understand (kind, subject, predicate, time).
 *
 * @example understandQuestion(corpus, "when did homan leave ICE").predicate // ["leave"]
 */
export function understandQuestion(corpus: Corpus, typed: string): Understood {
  const vocab = surfaceVocabulary(corpus);
  const normalized = normalizeQuestion(typed, vocab);
  const { text, corrections } = correctQuestion(normalized, vocab);
  const parsed = parseQuestion(text);
  const now = NOW.test(text);
  const tagged = tag(text);
  const predicate = parsed.intent === "quote" ? [] : predicateOf(tagged, parsed);
  return {
    ...parsed,
    text: typed.replace(/\s+/g, " ").trim(),
    normalized: text,
    corrections,
    answerType: parsed.asksWhy ? "reason" : ANSWER_TYPE[parsed.intent],
    predicate,
    now,
  };
}

/**
 * The verbs that carry the question's relation: main verbs (not auxiliaries, not light verbs such as
 * be, do, have, say), as lemmas. In "how many people live in Los Angeles" it is "live"; in "who is
 * Homan" there is none.
 */
function predicateOf(tagged: ReturnType<typeof tag>, parsed: Question): string[] {
  const out: string[] = [];
  const subject = new Set((parsed.subject ?? "").toLowerCase().split(/\s+/));
  tagged.forEach((t, i) => {
    if (t.pos !== "VERB" || NOT_PREDICATE.has(t.lemma) || NOW_WORDS.includes(t.lower)) return;
    // A verb inside the subject's name or a participle used as an adjective ("the detained immigrants") describes, it does not ask.
    if (subject.has(t.lower) && parsed.intent !== "search") return;
    if (/(?:ed|en)$/.test(t.lower) && tagged[i + 1]?.pos === "NOUN" && tagged[i - 1]?.pos !== "AUX") return;
    out.push(t.lemma);
  });
  return [...new Set(out)];
}
