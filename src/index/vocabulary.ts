import type { Corpus } from "../corpus/load.js";
import { termsOf } from "./terms.js";
import { pushTo } from "../collections.js";

/**
 * The corpus's words as the answer stages weigh and correct them: rebuilt in memory on every load
 * (a fraction of a second per million words, cheaper to count than to read back), never cached.
 */
export interface Vocabulary {
  /** Every index term in the corpus, for telling known words from unknown ones. */
  vocabulary: Set<string>;
  /** Vocabulary terms by first letter, for typo-tolerant lookups. */
  vocabularyByInitial: Map<string, string[]>;
  /** Each sentence's index terms, by sentence id (empty for page furniture). */
  terms: string[][];
  /** How telling each term is: log(1 + sentences / sentences containing it). */
  idf: (term: string) => number;
}

/** Counts every sentence's terms (page furniture left out) and the titles' words. */
export function vocabularyOf(corpus: Corpus): Vocabulary {
  const frequency = new Map<string, number>();
  // One string per distinct term, shared by every sentence that has it: a large corpus's term lists
  // would otherwise hold millions of copies of the same few thousand words.
  const canonical = new Map<string, string>();
  const intern = (t: string) => canonical.get(t) ?? (canonical.set(t, t), t);
  let counted = 0;
  const terms: string[][] = corpus.sentences.map((s) => {
    if (s.boilerplate) return [];
    counted++;
    const list = [...new Set(termsOf(s.text))].map(intern);
    for (const t of list) frequency.set(t, (frequency.get(t) ?? 0) + 1);
    return list;
  });
  for (const d of corpus.docs) for (const t of termsOf(d.title)) if (!frequency.has(t)) frequency.set(t, 1);
  const vocabulary = new Set(frequency.keys());
  const vocabularyByInitial = new Map<string, string[]>();
  for (const v of vocabulary) {
    pushTo(vocabularyByInitial, v[0], v);
  }
  const idf = (t: string) => Math.log(1 + counted / (frequency.get(t) ?? 1));
  return { vocabulary, vocabularyByInitial, terms, idf };
}
