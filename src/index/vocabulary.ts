import type { Corpus } from "../corpus/load.js";
import { termsOf } from "./terms.js";
import { pushTo, resized } from "../collections.js";

/**
 * The corpus's words as the answer stages weigh and correct them: rebuilt in memory on every load
 * (a fraction of a second per million words, cheaper to count than to read back), never cached.
 */
export interface Vocabulary {
  /** Every index term in the corpus, for telling known words from unknown ones. */
  vocabulary: Set<string>;
  /** Vocabulary terms by first letter, for typo-tolerant lookups. */
  vocabularyByInitial: Map<string, string[]>;
  /** Each sentence's index terms, by sentence id (none for page furniture). */
  terms: TermLists;
  /** How telling each term is: log(1 + sentences / sentences containing it). */
  idf: (term: string) => number;
}

/**
 * Every sentence's distinct index terms, packed: one number per term in one array, the terms' text once
 * (at 9 M words an array of strings per sentence held 68 MB; this, a fifth of it). `of` makes the list.
 * Two bytes a term while the vocabulary has fewer than 65,536 words (9 M words of Brown have 32,000).
 */
export class TermLists {
  constructor(
    private readonly words: readonly string[],
    private readonly ids: Uint16Array | Uint32Array,
    /** Where each sentence's terms start in `ids`, and one past the last. */
    private readonly starts: Uint32Array,
  ) {}

  get length(): number {
    return this.starts.length - 1;
  }

  /** A sentence's terms, in the order they first appear. */
  of(sentence: number): string[] {
    const out: string[] = [];
    for (let i = this.starts[sentence]; i < this.starts[sentence + 1]; i++) out.push(this.words[this.ids[i]]);
    return out;
  }
}

/** Counts every sentence's terms (page furniture left out) and the titles' words. */
export function vocabularyOf(corpus: Corpus): Vocabulary {
  const frequency = new Map<string, number>();
  const idOf = new Map<string, number>();
  const words: string[] = [];
  // Grown by doubling rather than pushed to a number[]: eight bytes a term, and a copy at the end.
  let ids = new Uint32Array(Math.max(1024, corpus.sentences.length * 8));
  let used = 0;
  const starts = new Uint32Array(corpus.sentences.length + 1);
  let counted = 0;
  for (const s of corpus.sentences) {
    if (!s.boilerplate) {
      counted++;
      for (const t of new Set(termsOf(s.text))) {
        let id = idOf.get(t);
        if (id === undefined) idOf.set(t, (id = words.push(t) - 1));
        if (used === ids.length) ids = resized(ids, ids.length * 2);
        ids[used++] = id;
        frequency.set(t, (frequency.get(t) ?? 0) + 1);
      }
    }
    starts[s.id + 1] = used;
  }
  for (const d of corpus.docs) for (const t of termsOf(d.title)) if (!frequency.has(t)) frequency.set(t, 1);
  const vocabulary = new Set(frequency.keys());
  const vocabularyByInitial = new Map<string, string[]>();
  for (const v of vocabulary) {
    pushTo(vocabularyByInitial, v[0], v);
  }
  const idf = (t: string) => Math.log(1 + counted / (frequency.get(t) ?? 1));
  const packed = words.length <= 0x10000 ? Uint16Array.from(ids.subarray(0, used)) : resized(ids, used);
  return { vocabulary, vocabularyByInitial, terms: new TermLists(words, packed, starts), idf };
}
