import { notBuilt, type CacheUse, type Corpus, type Doc, type Sentence } from "../corpus/load.js";
import { findAcronyms, findEntities, findOrganizations, type Entity } from "../entities/extract.js";
import { attributeSpeakers } from "../entities/speakers.js";
import type { Logger } from "../log.js";
import { join } from "node:path";
import { z } from "zod";
import { readCache } from "../state/files.js";
import { saveCache } from "../state/caches.js";
import { INDEX_VERSION, openIndex, type Retriever } from "./search.js";
import { normalizeWord, termsOf, words } from "./terms.js";

/** A name as it is compared: words lower-cased, accents and punctuation dropped. */
export function fold(s: string): string {
  return words(s).map(normalizeWord).join(" ");
}

/** Everything the answers are drawn from, built once per version of the corpus. */
export interface Knowledge {
  corpus: Corpus;
  entities: Entity[];
  /** Acronym → long form ("OPD" → "Oakland Police Department"). */
  acronyms: Map<string, string>;
  /** Every index term in the corpus, for telling known words from unknown ones. */
  vocabulary: Set<string>;
  /** Each sentence's index terms, by sentence id (empty for page furniture). */
  terms: string[][];
  /** Every alias, folded (lower case, no accents or punctuation), with its entity: for name lookups. */
  aliases: Array<{ entity: Entity; folded: string }>;
  /** Vocabulary terms by first letter, for typo-tolerant lookups. */
  vocabularyByInitial: Map<string, string[]>;
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
export function buildKnowledge(corpus: Corpus, dataDir: string | null, log: Logger, options: CacheUse = {}): Knowledge {
  const snapshotFile = dataDir ? join(dataDir, "index", `knowledge-v${INDEX_VERSION}-${corpus.hash}.json`) : null;
  const saved = snapshotFile ? readCache(snapshotFile, SNAPSHOT, log) : null;
  if (!saved && options.cachedOnly) throw notBuilt(corpus.dir, "entity snapshot");
  const acronyms = saved ? new Map(saved.acronyms) : findAcronyms(corpus);
  const people = saved ? saved.people : findEntities(corpus);
  const entities = saved ? [...people, ...saved.organizations] : [...people, ...findOrganizations(corpus, acronyms)];
  const speakers = saved ? new Map(saved.speakers) : attributeSpeakers(corpus, people);
  if (snapshotFile && !saved) {
    const snapshot: Snapshot = { acronyms: [...acronyms], people, organizations: entities.filter((e) => e.kind !== "person"), speakers: [...speakers] };
    saveCache(options.caches, log, snapshotFile, "entity snapshot", () => JSON.stringify(snapshot));
  }
  const mentions = new Map<number, Entity[]>();
  for (const e of entities) {
    for (const id of e.mentions) {
      const list = mentions.get(id);
      if (list) list.push(e);
      else mentions.set(id, [e]);
    }
  }
  const frequency = new Map<string, number>();
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
    const group = vocabularyByInitial.get(v[0]);
    if (group) group.push(v);
    else vocabularyByInitial.set(v[0], [v]);
  }
  const aliases = entities.flatMap((entity) => entity.aliases.map((a) => ({ entity, folded: fold(a) })));
  const idf = (t: string) => Math.log(1 + counted / (frequency.get(t) ?? 1));
  const namesOf = (s: Sentence) =>
    (mentions.get(s.id) ?? []).map((e) => `${e.name} ${e.aliases.map((a) => acronyms.get(a) ?? "").join(" ")}`).join(" ");
  const { retriever, loaded } = openIndex(corpus, namesOf, dataDir, log, options);
  return { corpus, docs: new Map(corpus.docs.map((d) => [d.id, d])), entities, acronyms, vocabulary, vocabularyByInitial, terms, aliases, idf, mentions, speakers, retriever, indexLoaded: loaded };
}

const ENTITY = z.object({
  id: z.string(),
  kind: z.enum(["person", "organization"]),
  name: z.string(),
  aliases: z.array(z.string()),
  roles: z.array(z.object({ text: z.string(), sentence: z.number().int() })),
  mentions: z.array(z.number().int()),
  docs: z.array(z.string()),
});

/** What entity finding derives from a corpus, saved beside the index so a restart need not redo it. */
const SNAPSHOT = z.object({
  acronyms: z.array(z.tuple([z.string(), z.string()])),
  people: z.array(ENTITY),
  organizations: z.array(ENTITY),
  speakers: z.array(z.tuple([z.number().int(), z.array(z.string())])),
});
type Snapshot = z.infer<typeof SNAPSHOT>;
