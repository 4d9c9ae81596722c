import { createHash } from "node:crypto";
import { STOP_WORDS, indexTerm, words } from "./terms.js";

/** Bump when what is indexed, how terms are processed or how entities and speakers are found changes, so saved indexes and snapshots are rebuilt. */
export const INDEX_VERSION = 80;

/** Changes when the stop words change, so an index saved with other ones is not reused. */
const PROCESSING = createHash("sha256").update([...STOP_WORDS].join(" ")).digest("hex").slice(0, 8);

/** What a stored passage index (PostgreSQL's) was made with: one made otherwise is not searched. */
export const PASSAGE_FORMAT = `v${INDEX_VERSION}-${PROCESSING}`;

export interface Hit {
  sentence: number;
  score: number;
}

/** The retriever behind one interface: the in-memory postings (`postings.ts`) or PostgreSQL's full-text search. */
export interface Retriever {
  /**
   * The best passages for some index terms. `weights` scales a term's importance; `isKnown` tells
   * which terms the corpus has, so only the others are looked up allowing typos (a known word is no typo).
   */
  search(terms: string[], limit: number, weights?: Record<string, number>, isKnown?: (term: string) => boolean): Hit[];
}

/** A word as the passage index holds it: its index term, and a hyphenated one's parts too. */
export function passageTerms(word: string): string[] {
  const t = indexTerm(word);
  if (!t) return [];
  return t.includes("-") ? [t, ...t.split("-").filter(Boolean)] : [t];
}

/** A text's terms as every retriever indexes them, in order: the in-memory postings and PostgreSQL search the same terms. */
export function indexedTerms(text: string): string[] {
  return words(text).flatMap(passageTerms);
}
