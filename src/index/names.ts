import { join } from "node:path";
import { z } from "zod";
import { notBuilt, type CacheUse, type Corpus } from "../corpus/load.js";
import { findAcronyms, findEntities, findOrganizations, type Entity } from "../entities/extract.js";
import { attributeSpeakers } from "../entities/speakers.js";
import type { Logger } from "../log.js";
import { saveCache } from "../state/caches.js";
import { readCache } from "../state/files.js";
import { INDEX_VERSION } from "./search.js";
import { fold } from "./terms.js";
import { PackedLists, pushTo } from "../collections.js";

/**
 * Who and what the corpus names, and who says what: slow to find (parts of speech over every sentence),
 * so what is found is cached beside the index, one snapshot per version of the corpus.
 */
export interface Names {
  entities: Entity[];
  /** Acronym → long form ("OPD" → "Oakland Police Department"). */
  acronyms: Map<string, string>;
  /** Every alias, folded (lower case, no accents or punctuation), with its entity: for name lookups. */
  aliases: Array<{ entity: Entity; folded: string }>;
  /** Sentence id → entities it mentions. */
  mentions: PackedLists<Entity>;
  /** Sentence id → ids of people quoted in it. */
  speakers: PackedLists<string>;
}

/**
 * The corpus's names, read from the cached snapshot when there is one for this corpus, else found and
 * the snapshot saved (`loaded` says which). With `cachedOnly` a missing snapshot throws `index_not_built`.
 */
export function namesOf(corpus: Corpus, dataDir: string | null, log: Logger, options: CacheUse = {}): Names & { loaded: boolean } {
  const snapshotFile = dataDir ? join(dataDir, "index", `knowledge-v${INDEX_VERSION}-${corpus.hash}.json`) : null;
  const saved = snapshotFile ? readCache(snapshotFile, SNAPSHOT, log) : null;
  if (!saved && options.cachedOnly) throw notBuilt(corpus.dir, "entity snapshot");
  const people = saved ? saved.people : findEntities(corpus);
  const acronyms = saved ? new Map(saved.acronyms) : findAcronyms(corpus, new Set(people.map((p) => p.name)));
  const entities = saved ? [...people, ...saved.organizations] : [...people, ...findOrganizations(corpus, acronyms)];
  const speakers = new PackedLists(saved ? saved.speakers : attributeSpeakers(corpus, people));
  if (saved) shareDocIds(corpus, entities);
  if (snapshotFile && !saved) {
    const snapshot: Snapshot = { acronyms: [...acronyms], people, organizations: entities.filter((e) => e.kind !== "person"), speakers: [...speakers] };
    saveCache(options.caches, log, snapshotFile, "entity snapshot", () => JSON.stringify(snapshot));
  }
  const bySentence = new Map<number, Entity[]>();
  for (const e of entities) {
    for (const id of e.mentions) pushTo(bySentence, id, e);
  }
  const mentions = new PackedLists(bySentence);
  const aliases = entities.flatMap((entity) => entity.aliases.map((a) => ({ entity, folded: fold(a) })));
  return { entities, acronyms, aliases, mentions, speakers, loaded: saved !== null };
}

/**
 * A snapshot read back holds its own copy of each article id in every entity's articles (at 9 M words,
 * 35,000 strings): made to point at the one string the corpus holds.
 */
function shareDocIds(corpus: Corpus, entities: Entity[]): void {
  const docIds = new Map(corpus.docs.map((d) => [d.id, d.id]));
  for (const e of entities) e.docs = e.docs.map((id) => docIds.get(id) ?? id);
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

/** What entity finding derives from a corpus, as it is saved. */
const SNAPSHOT = z.object({
  acronyms: z.array(z.tuple([z.string(), z.string()])),
  people: z.array(ENTITY),
  organizations: z.array(ENTITY),
  speakers: z.array(z.tuple([z.number().int(), z.array(z.string())])),
});
type Snapshot = z.infer<typeof SNAPSHOT>;
