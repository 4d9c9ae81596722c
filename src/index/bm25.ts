import { distance } from "fastest-levenshtein";
import { WEIGHTS } from "../answers/weights.js";
import type { Knowledge } from "./knowledge.js";
import type { SearchQuery } from "./remote.js";
import { indexedTerms } from "./search.js";
import { words } from "./terms.js";
import { pushTo } from "../collections.js";

/** minisearch's BM25+ parameters (its defaults, which the in-memory index uses). */
export const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

/** What BM25 needs of the whole corpus, per field: how many passages have each term, and the fields' mean length. */
export interface PassageStats {
  passages: number;
  text: FieldStats;
  names: FieldStats;
  /** Every term of either field once, by length, for near matches of a word the corpus lacks. */
  indexed: Map<number, string[]>;
}

export interface FieldStats {
  frequency: Map<string, number>;
  meanLength: number;
}

/** One term of a query as scored: the asked term it stands for, and its weight (below 1 for a near match). */
export interface ScoredTerm {
  asked: string;
  term: string;
  weight: number;
}

const built = new WeakMap<Knowledge, PassageStats>();

/** A field's length as minisearch counts it for BM25: its distinct words, stop words included. */
export function fieldLength(value: string): number {
  return new Set(words(value)).size;
}

/**
 * Counts the corpus's passages as minisearch counts them: a field's length is its distinct words,
 * stop words included; a term's frequency is how many passages have it in that field.
 */
export function passageStats(kb: Knowledge): PassageStats {
  const known = built.get(kb);
  if (known) return known;
  const field = (): FieldStats & { total: number } => ({ frequency: new Map(), meanLength: 0, total: 0 });
  const text = field();
  const names = field();
  let passages = 0;
  const count = (f: FieldStats & { total: number }, value: string) => {
    f.total += fieldLength(value);
    for (const t of new Set(indexedTerms(value))) f.frequency.set(t, (f.frequency.get(t) ?? 0) + 1);
  };
  for (const s of kb.corpus.sentences) {
    if (s.boilerplate) continue;
    passages++;
    count(text, s.text);
    count(names, kb.passageNames(s));
  }
  for (const f of [text, names]) f.meanLength = passages ? f.total / passages : 0;
  const stats = { passages, text, names, indexed: byLength(new Set([...text.frequency.keys(), ...names.frequency.keys()])) };
  built.set(kb, stats);
  return stats;
}

/** Terms grouped by length, for near matches: a word is within n edits only of terms at most n letters longer or shorter. */
export function byLength(terms: Iterable<string>): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const term of terms) pushTo(out, term.length, term);
  return out;
}

/**
 * One asked term as both retrievers look it up: itself, and for one the corpus lacks (of
 * WEIGHTS.retrieval.fuzzy.minLength letters or more) the indexed terms a fifth of its length of edits
 * away (six at most), weighted down by their edits as minisearch weighs fuzzy matches.
 */
export function scoredTerms(asked: string, boost: number, known: boolean, termsOfLength: (length: number) => readonly string[]): ScoredTerm[] {
  const { fuzzy, fuzzyWeight } = WEIGHTS.retrieval;
  const out: ScoredTerm[] = [{ asked, term: asked, weight: boost }];
  if (asked.length < fuzzy.minLength || known) return out;
  const most = Math.min(6, Math.round(asked.length * fuzzy.fraction));
  for (let length = asked.length - most; length <= asked.length + most; length++) {
    for (const term of termsOfLength(length)) {
      if (term === asked) continue;
      const d = distance(term, asked);
      if (d <= most) out.push({ asked, term, weight: (boost * fuzzyWeight * term.length) / (term.length + d) });
    }
  }
  return out;
}

/** A query's terms as the PostgreSQL retriever scores them: each asked term and its near matches (`scoredTerms`). */
export function expandQuery(kb: Knowledge, query: SearchQuery): ScoredTerm[] {
  const stats = passageStats(kb);
  return query.terms.flatMap((asked) => scoredTerms(asked, query.weights?.[asked] ?? 1, kb.vocabulary.has(asked), (n) => stats.indexed.get(n) ?? []));
}
