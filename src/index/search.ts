import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import MiniSearch, { type Options, type SearchResult } from "minisearch";
import { notBuilt, type CacheUse, type Corpus, type Sentence } from "../corpus/load.js";
import type { Logger } from "../log.js";
import { STOP_WORDS, indexTerm, words } from "./terms.js";
import { saveCache } from "../state/caches.js";
import { WEIGHTS } from "../answers/weights.js";

/** Bump when what is indexed, how terms are processed or how entities and speakers are found changes, so saved indexes and snapshots are rebuilt. */
export const INDEX_VERSION = 34;

/** Changes when the stop words change, so an index saved with other ones is not reused. */
const PROCESSING = createHash("sha256").update([...STOP_WORDS].join(" ")).digest("hex").slice(0, 8);

/** What a stored passage index was made with: one made otherwise is not searched. */
export const PASSAGE_FORMAT = `v${INDEX_VERSION}-${PROCESSING}`;

/** One indexed passage: a sentence and the names it mentions (full names for surnames, long forms for acronyms). */
interface Passage {
  id: number;
  text: string;
  names: string;
}

export interface Hit {
  sentence: number;
  score: number;
}

/** The retriever behind one interface, so another engine can replace minisearch. */
export interface Retriever {
  /**
   * The best passages for some index terms. `weights` scales a term's importance; `isKnown` tells
   * which terms the corpus has, so only the others are looked up allowing typos (a known word is no typo).
   */
  search(terms: string[], limit: number, weights?: Record<string, number>, isKnown?: (term: string) => boolean): Hit[];
}

/** A word as the passage index holds it: its index term, and a hyphenated one's parts too. */
function passageTerms(word: string): string[] {
  const t = indexTerm(word);
  if (!t) return [];
  return t.includes("-") ? [t, ...t.split("-").filter(Boolean)] : [t];
}

/** A text's terms as every retriever indexes them, in order: minisearch and PostgreSQL search the same terms. */
export function indexedTerms(text: string): string[] {
  return words(text).flatMap(passageTerms);
}

const OPTIONS: Options<Passage> = {
  fields: ["text", "names"],
  tokenize: (text) => words(text),
  processTerm: (term) => {
    const terms = passageTerms(term);
    return terms.length === 0 ? null : terms.length === 1 ? terms[0] : terms;
  },
  searchOptions: {
    boost: { ...WEIGHTS.retrieval.fieldBoost },
    prefix: false,
    combineWith: "OR",
  },
};

/** Passages one at a time: a million-word corpus never holds them all at once. */
function* passagesOf(corpus: Corpus, namesOf: (s: Sentence) => string): Generator<Passage> {
  for (const s of corpus.sentences) if (!s.boilerplate) yield { id: s.id, text: s.text, names: namesOf(s) };
}

/**
 * Builds the passage index, or loads the one saved for this corpus hash under `dataDir/index/`.
 * A saved index that is missing, stale or unreadable is rebuilt and saved again.
 */
export function openIndex(
  corpus: Corpus,
  namesOf: (s: Sentence) => string,
  dataDir: string | null,
  log: Logger,
  options: CacheUse = {},
): { retriever: Retriever; loaded: boolean } {
  const file = dataDir ? join(dataDir, "index", `passages-${PASSAGE_FORMAT}-${corpus.hash}.json`) : null;
  let ms: MiniSearch<Passage> | null = null;
  let loaded = false;
  if (file) {
    try {
      ms = MiniSearch.loadJSON<Passage>(readFileSync(file, "utf8"), OPTIONS);
      loaded = true;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "ENOENT") log.warn({ file, err }, "saved index unreadable; rebuilding");
    }
  }
  if (!ms && options.cachedOnly) throw notBuilt(corpus.dir, "passage index");
  if (!ms) {
    ms = new MiniSearch<Passage>(OPTIONS);
    for (const p of passagesOf(corpus, namesOf)) ms.add(p);
    const built = ms;
    if (file) saveCache(options.caches, log, file, "passage index", () => JSON.stringify(built));
  }
  const index = ms;
  return {
    loaded,
    retriever: {
      search(terms, limit, weights, isKnown) {
        if (terms.length === 0) return [];
        const { fuzzy: near, fieldBoost } = WEIGHTS.retrieval;
        const fuzzy = (term: string) => (term.length >= near.minLength && !isKnown?.(term) ? near.fraction : false);
        const query = weights
          ? { combineWith: "OR" as const, queries: terms.map((t) => ({ queries: [t], boost: { text: fieldBoost.text * (weights[t] ?? 1), names: fieldBoost.names * (weights[t] ?? 1) } })) }
          : terms.join(" ");
        const results: SearchResult[] = index.search(query as string, { processTerm: (t) => t, fuzzy });
        return results.slice(0, limit).map((r) => ({ sentence: r.id as number, score: r.score }));
      },
    },
  };
}


