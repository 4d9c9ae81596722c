import { join } from "node:path";
import type { Config } from "../config.js";
import { loadCorpus, type CacheUse, type Corpus, type Doc, type Sentence } from "../corpus/load.js";
import { SanctuaryError } from "../errors.js";
import type { Logger } from "../log.js";
import { CacheWrites } from "../state/caches.js";
import { namesOf, type Names } from "./names.js";
import { PassagePostings } from "./postings.js";
import type { Retriever } from "./search.js";
import { vocabularyOf, type Vocabulary } from "./vocabulary.js";

/**
 * Everything the answers are drawn from, for one version of the corpus: the articles, the names found
 * in them (cached), their vocabulary and the passage index (both built in memory on every load).
 */
export interface Knowledge extends Names, Vocabulary {
  corpus: Corpus;
  /** Documents by id. */
  docs: Map<string, Doc>;
  /** The in-memory passage index; with `passageIndex: "on demand"` it is built at its first search. */
  retriever: Retriever;
  /** Whether the names (the costly part: minutes at a million words) came from the saved snapshot rather than being found. */
  indexLoaded: boolean;
  /** What a passage is also found by besides its words: the full names of those it mentions. */
  passageNames: (s: Sentence) => string;
}

export interface KnowledgeOptions extends CacheUse {
  /**
   * "on demand" when another retriever (PostgreSQL) finds the candidates: the in-memory index is then
   * not built at start-up, only at a first search that needs it (the database lost).
   */
  passageIndex?: "now" | "on demand";
}

/**
 * Derives names (or reads their snapshot), vocabulary and the passage index from a loaded corpus.
 *
 * @example const kb = buildKnowledge(loadCorpus("./corpus"), "./data", log)
 */
export function buildKnowledge(corpus: Corpus, dataDir: string | null, log: Logger, options: KnowledgeOptions = {}): Knowledge {
  // The entity stage reads sentences out of order, many times over: built with the texts held.
  const { loaded, ...names } = corpus.texts.holding(() => namesOf(corpus, dataDir, log, options));
  const vocabulary = vocabularyOf(corpus);
  // Each passage is also found by the full names of those it mentions ("Homan" finds "the director").
  const passageNames = (s: Sentence) =>
    (names.mentions.get(s.id) ?? []).map((e) => `${e.name} ${e.aliases.map((a) => names.acronyms.get(a) ?? "").join(" ")}`).join(" ");
  const kb: Knowledge = { corpus, docs: new Map(corpus.docs.map((d) => [d.id, d])), ...names, ...vocabulary, passageNames, retriever: { search: () => [] }, indexLoaded: loaded };
  if (options.passageIndex === "on demand") {
    let opened: Retriever | null = null;
    kb.retriever = {
      search(...args) {
        if (!opened) {
          log.warn({ sentences: corpus.sentences.length }, "passage index: building the in-memory index, as candidates cannot come from the database now");
          opened = PassagePostings.build(corpus, passageNames);
        }
        return opened.search(...args);
      },
    };
  } else {
    kb.retriever = PassagePostings.build(corpus, passageNames);
  }
  return kb;
}

/**
 * Loads the corpus and builds (or loads) everything answers are drawn from, saving the caches; no
 * templates, no state. What `sanctuary index` runs, in a process of its own, when the corpus changes.
 * Throws `corpus_empty` when no article can be used.
 */
export function loadKnowledge(config: Config, log: Logger, options: KnowledgeOptions = {}): Knowledge {
  const started = performance.now();
  const caches = new CacheWrites(log);
  const corpus = loadCorpus(config.corpusDir, join(config.dataDir, "index"), log, { ...options, caches });
  for (const p of corpus.problems) log.warn({ file: p.file, reason: p.reason }, `corpus: left out ${p.file}: ${p.reason}`);
  if (corpus.docs.length === 0) {
    const why = corpus.problems.length ? ` (${corpus.problems.length} file(s) could not be used: ${corpus.problems.map((p) => `${p.file}: ${p.reason}`).join("; ")})` : "";
    throw new SanctuaryError("corpus_empty", `CORPUS_DIR: no usable .md or .txt articles in ${config.corpusDir}${why}; add articles or point --corpus at a folder that has them`);
  }
  const kb = buildKnowledge(corpus, config.dataDir, log, { ...options, caches });
  // Save what was built now, after collecting the build's garbage: the first answers then run on a
  // clean heap, and a crash right after start-up loses no cache.
  caches.flush();
  log.info({ documents: corpus.docs.length, sentences: corpus.sentences.length, entities: kb.entities.length, indexLoaded: kb.indexLoaded, ms: Math.round(performance.now() - started) }, "corpus loaded");
  return kb;
}
