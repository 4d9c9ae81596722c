import { QUESTION_WORDS, STOP_WORDS, normalizeWord } from "../index/terms.js";
import { regularForms } from "../lexicon/nlp.js";
import { baseForms, isDictionaryWord, isVerb, synonyms } from "../lexicon/wordnet.js";
import { editDistance } from "./distance.js";
import type { SurfaceVocabulary } from "./vocabulary.js";

/** A word of the question replaced by the corpus word it was most likely meant to be. */
export interface Correction {
  typed: string;
  meant: string;
}

/**
 * How many edits a word may carry and still be recognised: the one typo policy of the answer path
 * (retrieval's fuzzy matching and name lookups use it too).
 */
export function allowedTypos(length: number): number {
  return length >= 8 ? 2 : length >= 3 ? 1 : 0;
}

/**
 * Stage 2 of the answer path: each word the corpus lacks, that is no English dictionary word either,
 * becomes the corpus word nearest to it (fewest edits, then most frequent), names included: "macarthur
 * prk" → "macarthur park", "garceti" → "Garcetti". A short word (four letters or fewer) is corrected
 * only when one corpus word alone is that close, so a stranger's name is not turned into another's.
 *
 * @example correctQuestion("who is homen", vocab).text // "who is Homan"
 */
export function correctQuestion(text: string, vocab: SurfaceVocabulary): { text: string; corrections: Correction[] } {
  const corrections: Correction[] = [];
  // A word runs on through digits, joined ("RAV4") or after a hyphen ("LGP-30"): one word, not "RAV" to correct.
  const out = text.replace(/\p{L}[\p{L}\p{N}']*(?:-[\p{L}\p{N}']+)*/gu, (word, at: number) => {
    // The end of a web address ("obamawhitehouse.gov") is no word to correct ("God").
    if (/\p{L}\.$/u.test(text.slice(0, at))) return word;
    const key = normalizeWord(word);
    // A code with digits ("MS-05") names one thing exactly: never corrected to a near one ("MS-04").
    if (key.length < 3 || /\d/.test(key) || vocab.words.has(key) || STOP_WORDS.has(key) || QUESTION_WORDS.has(key)) return word;
    const hyphened = vocab.hyphened(key);
    if (hyphened) {
      corrections.push({ typed: word, meant: hyphened });
      return hyphened;
    }
    const meant = spellingVariant(key, vocab) ?? (isDictionaryWord(key) ? corpusSynonym(key, vocab) : nearest(key, vocab));
    if (!meant) return word;
    const form = vocab.words.get(meant)!.form;
    const replacement = vocab.isName(meant) ? form : form.toLowerCase();
    corrections.push({ typed: word, meant: replacement });
    return replacement;
  });
  return { text: out, corrections };
}

/**
 * British and American spellings of one word ("colour": color, "organise": organize, "centre": center,
 * "travelled": traveled, "catalogue": catalog), both ways: a question typed in one and an article
 * written in the other. Each is an ending (or a middle) swapped for its counterpart.
 */
const SPELLING_VARIANTS: Array<[RegExp, string]> = [
  [/our(s|ed|ing|ful|ite|ites)?$/, "or$1"],
  [/or(s|ed|ing|ful|ite|ites)?$/, "our$1"],
  [/is(e|es|ed|ing|ation|ations)$/, "iz$1"],
  [/iz(e|es|ed|ing|ation|ations)$/, "is$1"],
  [/tre(s|d)?$/, "ter$1"],
  [/ter(s|ed)?$/, "tre$1"],
  [/ll(ed|ing|er|ers)$/, "l$1"],
  [/([^l])l(ed|ing|er|ers)$/, "$1ll$2"],
  [/ogue(s)?$/, "og$1"],
  [/og(s)?$/, "ogue$1"],
  [/yse(s|d)?$/, "yze$1"],
  [/yze(s|d)?$/, "yse$1"],
  [/ence$/, "ense"],
  [/ense$/, "ence"],
];

/** The other spelling of a word the corpus lacks, when the corpus has it. */
function spellingVariant(key: string, vocab: SurfaceVocabulary): string | null {
  for (const [pattern, replacement] of SPELLING_VARIANTS) {
    if (!pattern.test(key)) continue;
    const other = key.replace(pattern, replacement);
    if (other !== key && vocab.words.has(other)) return other;
  }
  return null;
}

/**
 * An English noun the corpus lacks, said the way the corpus says it: a word of its commonest sense
 * that the corpus uses ("promo" → promotions). A word with no such synonym is left as typed, and an
 * article that never mentions it is told so.
 */
function corpusSynonym(key: string, vocab: SurfaceVocabulary): string | null {
  // The corpus has the word in another form ("pass": passed), or the word is also a verb, whose synonyms are another matter.
  // So does one it writes as its base ("agencys", a possessive typed without its apostrophe: "agency").
  if (regularForms(key).some((f) => vocab.words.has(f)) || baseForms(key).some((f) => vocab.words.has(f)) || [key, ...baseForms(key)].some(isVerb)) return null;
  for (const lemma of [key, key.replace(/s$/, "")]) {
    for (const synonym of synonyms(lemma, "noun", SYNONYM_SENSES)) {
      const found = [synonym, ...regularForms(synonym)].find((f) => vocab.words.has(f));
      if (found) return found;
    }
  }
  return null;
}

/** Senses of an unknown noun whose synonyms may stand in for it: the commonest only, as a question means it. */
const SYNONYM_SENSES = 1;

/** Corrections already worked out, per vocabulary: a scan of the vocabulary is paid once per unknown word. */
const remembered = new WeakMap<SurfaceVocabulary, Map<string, string | null>>();
const REMEMBERED_MAX = 10_000;

/** The corpus word closest to an unknown one, within the typo budget; null when none, or when a short word's match is ambiguous. */
function nearest(key: string, vocab: SurfaceVocabulary): string | null {
  let known = remembered.get(vocab);
  if (!known) remembered.set(vocab, (known = new Map()));
  const hit = known.get(key);
  if (hit !== undefined) return hit;
  const meant = scan(key, vocab);
  if (known.size >= REMEMBERED_MAX) known.clear();
  known.set(key, meant);
  return meant;
}

function scan(key: string, vocab: SurfaceVocabulary): string | null {
  const budget = allowedTypos(key.length);
  if (budget === 0) return null;
  let best: string | null = null;
  let bestDistance = Infinity;
  let bestCount = -1;
  let ties = 0;
  for (let len = key.length - budget; len <= key.length + budget; len++) {
    for (const candidate of vocab.byLength.get(len) ?? []) {
      if (candidate.length < 3) continue;
      const d = editDistance(candidate, key, budget);
      if (d > budget || d > bestDistance) continue;
      const count = vocab.words.get(candidate)!.count;
      if (d < bestDistance) [best, bestDistance, bestCount, ties] = [candidate, d, count, 1];
      else {
        ties++;
        if (count > bestCount) [best, bestCount] = [candidate, count];
      }
    }
  }
  if (best && key.length <= 4 && ties > 1) return null;
  return best;
}
