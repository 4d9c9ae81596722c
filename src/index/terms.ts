import { stemmer } from "stemmer";
import { detached } from "../collections.js";
import { CHAT_FORMS, ORDINAL_WORDS, TITLE_ABBREVIATIONS } from "../lexicon/english.js";
import { irregularLemma } from "../lexicon/nlp.js";
import { isLemma, isPersonNoun } from "../lexicon/wordnet.js";

/** Words that carry no meaning for retrieval, in articles or in questions. */
export const STOP_WORDS = new Set(
  `a about above after again against all also am an and any are aren't as at be because been before being below
between both but by can could did do does doing down during each few for from further had has have having he her
here hers herself him himself his how i if in into is it its itself just let me more most my myself no nor not of
off on once only or our ours ourselves out over own same she should so some such than that the their theirs
them themselves then there these they this those through to too under until up very was we were what when where
which while who whom why will with would you your yours yourself yourselves s t don isn wasn weren didn doesn
us ever get got may might must shall upon via per among amid yet isnt arent wasnt werent dont doesnt didnt cant
wont hasnt havent hadnt wouldnt couldnt shouldnt`.split(/\s+/),
);

/** Words that shape a question but are not what it is about. */
export const QUESTION_WORDS = new Set(
  `tell show explain describe know say said says saying told tells think thinks thought please kind sort anything
something someone somebody one many much share percentage percent proportion fraction number happen happened
happening mean means meaning like give find mention mentions mentioned discuss discusses discussed`.split(/\s+/),
);

const WORD = /[\p{L}\p{N}]+(?:[.'’-][\p{L}\p{N}]+|(?<=\p{L})&\p{L}+)*/gu;

/**
 * Splits text into raw word tokens, keeping dotted abbreviations ("U.S."), hyphenated words and capitals
 * joined by an ampersand ("AT&T", "S&P": split, they are two stop words) whole.
 */
export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** The words of a text as `words` splits it, each with where it starts. */
export function wordsAt(text: string): IterableIterator<RegExpMatchArray> {
  return text.matchAll(WORD);
}

/** Lower-cases, strips accents and possessives, and folds a dotted abbreviation ("U.S." → "us"). */
export function normalizeWord(word: string): string {
  return word
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]s?$/, "")
    .replace(/['’]/g, "")
    .replace(/\./g, "");
}

/** A name as it is compared: words lower-cased, accents and punctuation dropped. */
export function fold(s: string): string {
  return words(s).map(normalizeWord).join(" ");
}

const termCache = new Map<string, string | null>();
const TERM_CACHE_MAX = 200_000;

/** A word as the index stores it: normalized and stemmed, or null for a stop word. Memoized: stemming is the hot path. */
export function indexTerm(word: string): string | null {
  const cached = termCache.get(word);
  if (cached !== undefined) return cached;
  const normal = normalizeWord(word);
  // "Gov. Deval Patrick" is found by "which former governor".
  const w = ORDINALS_IN_FIGURES.get(normal) ?? (TITLE_ABBREVIATIONS.has(normal) ? CHAT_FORMS[normal] : normal);
  // "F-35s" are F-35s: a hyphened code's plural is its own term, as a word's plural is.
  const code = /[-&]/.test(w) ? w.replace(CODE_PLURAL, "$1") : w;
  const term = !w || STOP_WORDS.has(w) ? null : detached(/^\d+$/.test(w) || /[-&]/.test(w) ? code : agentNoun(w) ?? stemmer(yLemma(pastToLemma(w))));
  if (termCache.size >= TERM_CACHE_MAX) termCache.clear();
  termCache.set(detached(word), term);
  return term;
}

/** A hyphened code ending in digits, then the plural's "s": "f-35s", "b-52s". */
const CODE_PLURAL = /^(.*-\d+)s$/;

/**
 * A noun for the person who does a thing ("protesters", "officer", "developers") as its singular, unstemmed:
 * the stemmer would make "protest" of "protesters", "offic" of "officer" and "office", "develop" of
 * "developers" and "development", and a passage on protests would answer for protesters.
 */
function agentNoun(w: string): string | null {
  if (!AGENT_ENDING.test(w)) return null;
  const singular = w.replace(/s$/, "");
  return AGENT_ENDING.test(singular) && isPersonNoun(singular) && stemmer(singular) !== singular ? singular : null;
}
const AGENT_ENDING = /(?:er|or)s?$/;

/** Ordinals written in figures as the words they are ("3rd quarter" is the "third quarter"). */
const ORDINALS_IN_FIGURES = new Map(ORDINAL_WORDS.map((w, i) => [`${i + 1}${i === 0 ? "st" : i === 1 ? "nd" : i === 2 ? "rd" : "th"}`, w]));

/**
 * An irregular past form ("came", "went", "took", "bought") as its verb's lemma, so that a passage that
 * says "the threat came from a server" is found for "where did the threat come from": a stem never
 * joins them. A form that is itself a dictionary word of some class ("left", "found", "saw", "won",
 * "wound") stays as written: it may be that word, and "wounded" must still find "wound".
 */
function pastToLemma(w: string): string {
  const lemma = irregularLemma(w, "verb");
  return lemma && !lemma.includes("_") && !isLemma(w) ? lemma : w;
}

/**
 * "tried" and "tries" as "try": the stemmer makes "tri" of them but "try" of "trying", so a question
 * that says "trying" would never find "tried". Only where the word in "-y" is in the dictionary
 * ("series" stays).
 */
function yLemma(w: string): string {
  if (!Y_INFLECTED.test(w)) return w;
  const lemma = `${w.slice(0, -3)}y`;
  // Two letters are a symbol, no verb ("died": WordNet's "Dy" is dysprosium).
  return lemma.length > 2 && isLemma(lemma) ? lemma : w;
}

const Y_INFLECTED = /[^aeiou]ie[sd]$/;

/** The index terms of a text, in order, stop words dropped. */
export function termsOf(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) {
    const t = indexTerm(w);
    if (t) {
      out.push(t);
      if (t.includes("-")) for (const part of t.split("-")) if (part && !STOP_WORDS.has(part)) out.push(stemmer(part));
    }
  }
  return out;
}
