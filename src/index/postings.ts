import { WEIGHTS } from "../answers/weights.js";
import type { Corpus, Sentence } from "../corpus/load.js";
import { resized } from "../collections.js";
import { BM25, byLength, scoredTerms, type ScoredTerm } from "./bm25.js";
import { passageTerms, type Hit, type Retriever } from "./search.js";
import { words } from "./terms.js";

/**
 * One field of the passages, inverted and packed: for each term, the passages that have it and how
 * often, in typed arrays (a term's postings at `starts[id]` up to `starts[id + 1]`). At a million words
 * minisearch's maps of maps held some 60 MB and scored a common word's 2,000 passages in 4 ms, an
 * object per passage; these hold a tenth of it and score them in a few hundred microseconds.
 */
class FieldPostings {
  constructor(
    readonly termIds: Map<string, number>,
    private readonly starts: Uint32Array,
    private readonly passages: Uint32Array,
    private readonly counts: Uint16Array,
    /** Each sentence's field length as minisearch counts it for BM25: its distinct words, stop words included. */
    private readonly lengths: Uint16Array,
    private readonly meanLength: number,
  ) {}

  /** Adds one term's BM25+ score, times `weight`, to each passage that has it, as minisearch scores a field. */
  score(term: string, weight: number, passageCount: number, into: Scores): void {
    const id = this.termIds.get(term);
    if (id === undefined) return;
    const from = this.starts[id];
    const to = this.starts[id + 1];
    const { k, b, d } = BM25;
    const matching = to - from;
    const idf = Math.log(1 + (passageCount - matching + 0.5) / (matching + 0.5));
    const norm = this.meanLength || 1;
    for (let i = from; i < to; i++) {
      const p = this.passages[i];
      const tf = this.counts[i];
      into.add(p, weight * idf * (d + (tf * (k + 1)) / (tf + k * (1 - b + (b * this.lengths[p]) / norm))));
    }
  }
}

/**
 * One search's sums, in arrays kept between searches (a passage's slot zeroed after each): each
 * passage's score, and how many of the asked terms it has, counted once each however many of a term's
 * near matches and fields it has (minisearch multiplies a passage's score by that count).
 */
class Scores {
  private readonly sums: Float64Array;
  private readonly matched: Uint16Array;
  /** The asked term a passage was last counted for, so that each counts once. */
  private readonly lastAsked: Uint32Array;
  private asked = 0;
  private touched: number[] = [];

  constructor(passages: number) {
    this.sums = new Float64Array(passages);
    this.matched = new Uint16Array(passages);
    this.lastAsked = new Uint32Array(passages);
  }

  /** From here on, scores added are for another asked term. */
  nextAsked(): void {
    if (++this.asked === 0xffffffff) {
      this.lastAsked.fill(0);
      this.asked = 1;
    }
  }

  add(passage: number, score: number): void {
    if (this.matched[passage] === 0) this.touched.push(passage);
    if (this.lastAsked[passage] !== this.asked) {
      this.lastAsked[passage] = this.asked;
      this.matched[passage]++;
    }
    this.sums[passage] += score;
  }

  /**
   * The best `limit` passages, each scored by its sum times its count of asked terms; the arrays are
   * left zeroed. Sums taken in another order differ in the last bits: equal scores are those equal to
   * 12 digits, and a tie goes to the earlier passage, as in the PostgreSQL retriever.
   */
  take(limit: number): Hit[] {
    const { sums, matched, touched } = this;
    const all = new Float64Array(touched.length);
    touched.forEach((p, i) => (all[i] = sums[p] *= matched[p]));
    const rounded = (n: number) => Number(n.toPrecision(12));
    // The cut: the limit-th best score, found by a numeric sort of the bare scores (thousands of passages
    // for a common word); only those at it or within rounding of it are kept and sorted as hits.
    all.sort();
    const cut = touched.length > limit ? rounded(all[touched.length - limit]) : -Infinity;
    const near = cut - Math.abs(cut) * 1e-11;
    const best = touched.filter((p) => sums[p] >= near).map((sentence) => ({ sentence, score: sums[sentence], key: rounded(sums[sentence]) }));
    best.sort((a, b) => b.key - a.key || a.sentence - b.sentence);
    for (const p of touched) {
      sums[p] = 0;
      matched[p] = 0;
    }
    this.touched = [];
    return best.slice(0, limit).map(({ sentence, score }) => ({ sentence, score }));
  }
}

/** Postings gathered passage by passage, then packed by term (a counting sort). */
class FieldBuilder {
  private readonly termIds = new Map<string, number>();
  private termOf = new Uint32Array(1024);
  private passageOf = new Uint32Array(1024);
  private countOf = new Uint16Array(1024);
  private used = 0;
  private total = 0;
  readonly lengths: Uint16Array;

  constructor(sentences: number) {
    this.lengths = new Uint16Array(sentences);
  }

  add(passage: number, value: string): void {
    const tokens = words(value);
    const length = new Set(tokens).size;
    this.lengths[passage] = Math.min(length, 0xffff);
    this.total += length;
    const counts = new Map<string, number>();
    for (const token of tokens) for (const t of passageTerms(token)) counts.set(t, (counts.get(t) ?? 0) + 1);
    for (const [term, count] of counts) {
      let id = this.termIds.get(term);
      if (id === undefined) this.termIds.set(term, (id = this.termIds.size));
      if (this.used === this.termOf.length) {
        const size = this.used * 2;
        this.termOf = resized(this.termOf, size);
        this.passageOf = resized(this.passageOf, size);
        this.countOf = resized(this.countOf, size);
      }
      this.termOf[this.used] = id;
      this.passageOf[this.used] = passage;
      this.countOf[this.used++] = Math.min(count, 0xffff);
    }
  }

  pack(passageCount: number): FieldPostings {
    const starts = new Uint32Array(this.termIds.size + 1);
    for (let i = 0; i < this.used; i++) starts[this.termOf[i] + 1]++;
    for (let t = 0; t < this.termIds.size; t++) starts[t + 1] += starts[t];
    const next = starts.slice(0, -1);
    const passages = new Uint32Array(this.used);
    const counts = new Uint16Array(this.used);
    // Gathered in passage order, so each term's passages come out in passage order too.
    for (let i = 0; i < this.used; i++) {
      const at = next[this.termOf[i]]++;
      passages[at] = this.passageOf[i];
      counts[at] = this.countOf[i];
    }
    return new FieldPostings(this.termIds, starts, passages, counts, this.lengths, passageCount ? this.total / passageCount : 0);
  }
}

/**
 * The in-memory passage index: every passage (a sentence that is no page furniture) by the terms of
 * its own words and of the full names of those it mentions, scored by BM25+ as minisearch scores them
 * (k 1.2, b 0.7, d 0.5, `WEIGHTS.retrieval.fieldBoost`, near matches for a word the corpus lacks) and
 * as the PostgreSQL retriever does in SQL. Built on every load, as the vocabulary is: Brown's 1.2 M
 * words take 0.6 s, no slower than reading minisearch's saved index back.
 */
export class PassagePostings implements Retriever {
  private readonly scores: Scores;
  private byLength: Map<number, string[]> | null = null;

  private constructor(
    private readonly text: FieldPostings,
    private readonly names: FieldPostings,
    private readonly passageCount: number,
    sentences: number,
  ) {
    this.scores = new Scores(sentences);
  }

  static build(corpus: Corpus, namesOf: (s: Sentence) => string): PassagePostings {
    const text = new FieldBuilder(corpus.sentences.length);
    const names = new FieldBuilder(corpus.sentences.length);
    let passages = 0;
    for (const s of corpus.sentences) {
      if (s.boilerplate) continue;
      passages++;
      text.add(s.id, s.text);
      names.add(s.id, namesOf(s));
    }
    return new PassagePostings(text.pack(passages), names.pack(passages), passages, corpus.sentences.length);
  }

  search(terms: string[], limit: number, weights?: Record<string, number>, isKnown?: (term: string) => boolean): Hit[] {
    if (terms.length === 0 || limit <= 0) return [];
    const { fieldBoost } = WEIGHTS.retrieval;
    for (const [, expanded] of this.expand(terms, weights, isKnown)) {
      this.scores.nextAsked();
      for (const { term, weight } of expanded) {
        this.text.score(term, weight * fieldBoost.text, this.passageCount, this.scores);
        this.names.score(term, weight * fieldBoost.names, this.passageCount, this.scores);
      }
    }
    return this.scores.take(limit);
  }

  /** The asked terms with their near matches (`scoredTerms`), grouped by asked term: one given twice is scored twice but counted once, as minisearch does. */
  private expand(terms: string[], weights: Record<string, number> | undefined, isKnown: ((term: string) => boolean) | undefined): Map<string, ScoredTerm[]> {
    const byAsked = new Map<string, ScoredTerm[]>();
    for (const asked of terms) {
      const scored = scoredTerms(asked, weights?.[asked] ?? 1, isKnown?.(asked) ?? false, (n) => this.termsOfLength(n));
      byAsked.set(asked, [...(byAsked.get(asked) ?? []), ...scored]);
    }
    return byAsked;
  }

  /** The indexed terms (of either field) of one length, grouped on the first near match asked for. */
  private termsOfLength(length: number): readonly string[] {
    this.byLength ??= byLength(new Set([...this.text.termIds.keys(), ...this.names.termIds.keys()]));
    return this.byLength.get(length) ?? [];
  }
}
