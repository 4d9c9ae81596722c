import MiniSearch from "minisearch";
import { describe, expect, it } from "vitest";
import { WEIGHTS } from "../../src/answers/weights.js";
import { loadCorpus } from "../../src/corpus/load.js";
import { buildKnowledge } from "../../src/index/knowledge.js";
import { PassagePostings } from "../../src/index/postings.js";
import { passageTerms } from "../../src/index/search.js";
import { words } from "../../src/index/terms.js";
import { silentLogger } from "../../src/log.js";
import { CORPUS } from "../helpers.js";

// The in-memory index scores passages by BM25+ as minisearch does; minisearch (a development
// dependency, the bench's floor) is the reference it is held to, field by field and near match by near match.
describe("the in-memory passage index", () => {
  const kb = buildKnowledge(loadCorpus(CORPUS), null, silentLogger());
  const passages = kb.corpus.sentences.filter((s) => !s.boilerplate).map((s) => ({ id: s.id, text: s.text, names: kb.passageNames(s) }));
  const reference = new MiniSearch<(typeof passages)[number]>({
    fields: ["text", "names"],
    tokenize: (text) => words(text),
    processTerm: (term) => {
      const terms = passageTerms(term);
      return terms.length === 0 ? null : terms.length === 1 ? terms[0] : terms;
    },
  });
  reference.addAll(passages);
  const postings = PassagePostings.build(kb.corpus, kb.passageNames);
  const { fieldBoost, fuzzy } = WEIGHTS.retrieval;
  const isKnown = (t: string) => kb.vocabulary.has(t);

  function minisearch(terms: string[], weights?: Record<string, number>) {
    const near = (t: string) => (t.length >= fuzzy.minLength && !isKnown(t) ? fuzzy.fraction : false);
    const query = weights
      ? { combineWith: "OR" as const, queries: terms.map((t) => ({ queries: [t], boost: { text: fieldBoost.text * (weights[t] ?? 1), names: fieldBoost.names * (weights[t] ?? 1) } })) }
      : terms.join(" ");
    return reference.search(query as string, { processTerm: (t) => t, fuzzy: near, boost: { ...fieldBoost }, prefix: false, combineWith: "OR" });
  }

  /** Every passage either finds, with its score: the same passages, the same scores to 12 digits. */
  function expectSameScores(terms: string[], weights?: Record<string, number>) {
    const expected = minisearch(terms, weights);
    const found = postings.search(terms, Infinity, weights, isKnown);
    expect(found.length, terms.join(" ")).toBe(expected.length);
    const score = new Map(found.map((h) => [h.sentence, h.score]));
    for (const r of expected) expect(score.get(r.id as number)! / r.score, `${terms.join(" ")} → ${r.id}`).toBeCloseTo(1, 12);
    return found;
  }

  const vocabulary = [...kb.vocabulary].sort();
  const sample = (i: number) => vocabulary[(i * 7919) % vocabulary.length];

  it("scores one term, and several, as minisearch's BM25+ does over the sentence and the names it mentions", () => {
    for (let i = 0; i < 200; i++) expectSameScores([sample(i)]);
    for (let i = 0; i < 200; i++) expectSameScores([sample(i), sample(i + 1), sample(i + 2)]);
    // A name is found by its full form in the names field too: "thoma" (Thomas Homan) in passages that say "Homan".
    expect(expectSameScores(["thoma"]).some((h) => !/Thomas/.test(kb.corpus.sentences.get(h.sentence).text))).toBe(true);
  });

  it("weighs each term by its weight, and a word the corpus lacks by its near matches, as minisearch does", () => {
    for (let i = 0; i < 100; i++) expectSameScores([sample(i), sample(i + 3)], { [sample(i)]: 0.5, [sample(i + 3)]: 2 });
    // Two letters swapped inside a long term: two edits, in reach of the term itself.
    const typos = vocabulary
      .filter((t) => /^[a-z]{8,}$/.test(t))
      .map((t) => t.slice(0, 3) + t[4] + t[3] + t.slice(5))
      .filter((t) => !isKnown(t))
      .slice(0, 40);
    expect(typos.length).toBe(40);
    for (const t of typos) expect(expectSameScores([t]).length, t).toBeGreaterThan(0);
    expectSameScores([typos[0], "citi"], { [typos[0]]: 1.5 });
  });

  it("returns the best first, a tie to the earlier passage, at most as many as asked", () => {
    const hits = postings.search(["citi", "sanctuari"], 10, undefined, isKnown);
    expect(hits).toHaveLength(10);
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1].score > hits[i].score || (hits[i - 1].score === hits[i].score && hits[i - 1].sentence < hits[i].sentence)).toBe(true);
    expect(postings.search([], 10)).toEqual([]);
    expect(postings.search(["zzzqqq"], 10, undefined, isKnown)).toEqual([]);
    // Nothing is left of one search in the next: the same search scores the same.
    expect(postings.search(["citi", "sanctuari"], 10, undefined, isKnown)).toEqual(hits);
  });
});
