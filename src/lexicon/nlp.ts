import winkNLP, { type WinkMethods } from "wink-nlp";
import model from "wink-eng-lite-web-model";

/** A word as wink-nlp reads it in context: its part of speech (Universal POS) and its lemma. */
export interface Tagged {
  text: string;
  lower: string;
  pos: string;
  lemma: string;
}

let nlp: WinkMethods | null = null;

/** wink-nlp with its English model, loaded on first use (about 170 ms and 50 MB, once per process). */
function engine(): WinkMethods {
  nlp ??= winkNLP(model, ["sbd", "pos"]);
  return nlp;
}

/**
 * Parts of speech and lemmas of a short text (a question, a passage): "When did Homan leave ICE?" →
 * leave/VERB/leave, … Punctuation is dropped.
 *
 * @example tag("who replaced Sessions").map((t) => t.lemma) // ["who", "replace", "session"]
 */
export function tag(text: string): Tagged[] {
  const doc = engine().readDoc(text);
  const its = engine().its;
  const values = doc.tokens().out(its.value) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
  const out: Tagged[] = [];
  for (let i = 0; i < values.length; i++) {
    if (pos[i] === "PUNCT" || pos[i] === "SYM" || pos[i] === "SPACE") continue;
    out.push({ text: values[i], lower: values[i].toLowerCase(), pos: pos[i], lemma: lemmas[i].toLowerCase() });
  }
  return out;
}

/** The lemmas of a text's words ("became" → "become", "left" → "leave", "arrests" → "arrest"). */
export function lemmasOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const t of tag(text)) {
    out.add(t.lemma);
    out.add(t.lower);
  }
  return out;
}
