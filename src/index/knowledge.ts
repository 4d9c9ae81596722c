import type { Corpus, Doc, Sentence } from "../corpus/load.js";
import { findAcronyms, findEntities, findOrganizations, type Entity } from "../entities/extract.js";
import { attributeSpeakers } from "../entities/speakers.js";
import type { Logger } from "../log.js";
import { openIndex, type Retriever } from "./search.js";
import { termsOf } from "./terms.js";

/** Everything the answers are drawn from, built once per version of the corpus. */
export interface Knowledge {
  corpus: Corpus;
  entities: Entity[];
  /** Acronym → long form ("OPD" → "Oakland Police Department"). */
  acronyms: Map<string, string>;
  /** Every index term in the corpus, for telling known words from unknown ones. */
  vocabulary: Set<string>;
  /** How telling each term is: log(sentences / sentences containing it). */
  idf: (term: string) => number;
  /** Documents by id. */
  docs: Map<string, Doc>;
  /** Sentence id → entities it mentions. */
  mentions: Map<number, Entity[]>;
  /** Sentence id → ids of people quoted in it. */
  speakers: Map<number, string[]>;
  retriever: Retriever;
  /** Whether the index came from disk rather than being built. */
  indexLoaded: boolean;
}

/**
 * Derives entities, speakers, vocabulary and the passage index from a loaded corpus.
 *
 * @example const kb = buildKnowledge(loadCorpus("./corpus"), "./data", log)
 */
export function buildKnowledge(corpus: Corpus, dataDir: string | null, log: Logger): Knowledge {
  const acronyms = findAcronyms(corpus);
  const people = findEntities(corpus);
  const entities = [...people, ...findOrganizations(corpus, acronyms)];
  const mentions = new Map<number, Entity[]>();
  for (const e of entities) {
    for (const id of e.mentions) {
      const list = mentions.get(id);
      if (list) list.push(e);
      else mentions.set(id, [e]);
    }
  }
  const frequency = new Map<string, number>();
  let counted = 0;
  for (const s of corpus.sentences) {
    if (s.boilerplate) continue;
    counted++;
    for (const t of new Set(termsOf(s.text))) frequency.set(t, (frequency.get(t) ?? 0) + 1);
  }
  for (const d of corpus.docs) for (const t of termsOf(d.title)) if (!frequency.has(t)) frequency.set(t, 1);
  const vocabulary = new Set(frequency.keys());
  const idf = (t: string) => Math.log(1 + counted / (frequency.get(t) ?? 1));
  const namesOf = (s: Sentence) =>
    (mentions.get(s.id) ?? []).map((e) => `${e.name} ${e.aliases.map((a) => acronyms.get(a) ?? "").join(" ")}`).join(" ");
  const { retriever, loaded } = openIndex(corpus, namesOf, dataDir, log);
  return { corpus, docs: new Map(corpus.docs.map((d) => [d.id, d])), entities, acronyms, vocabulary, idf, mentions, speakers: attributeSpeakers(corpus, people), retriever, indexLoaded: loaded };
}
