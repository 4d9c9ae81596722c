import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load.js";
import { SanctuaryError } from "../../src/errors.js";
import { buildKnowledge } from "../../src/index/knowledge.js";
import { RemoteSearchFailed, withRemoteSearch, type RemoteRetriever, type SearchQuery } from "../../src/index/remote.js";
import { silentLogger } from "../../src/log.js";
import { tempDir } from "../helpers.js";

const dir = tempDir();
mkdirSync(join(dir, "corpus"));
writeFileSync(join(dir, "corpus", "mill.md"), "---\ntitle: Mill\n---\nThe Harlow paper mill closed on Monday.\n\nIts owner, Calder Pulp, said orders fell.\n");
const kb = buildKnowledge(loadCorpus(join(dir, "corpus")), null, silentLogger());

/** A retriever in another place, here the knowledge's own index behind a promise, counting its searches. */
function counted(): RemoteRetriever & { asked: SearchQuery[] } {
  const asked: SearchQuery[] = [];
  return {
    asked,
    prepare: async () => {},
    isPrepared: () => true,
    search: async (k, q) => (asked.push(q), k.retriever.search(q.terms, q.limit, q.weights)),
  };
}

describe("retrieve stage on a remote retriever: the synchronous answer path replayed with the searches it asked for", () => {
  it("runs each search once, remotely, and returns what the path returns with their results", async () => {
    const remote = counted();
    const found = await withRemoteSearch(kb, remote, (k) => [k.retriever.search(["mill"], 5), k.retriever.search(["owner"], 5)].map((hits) => hits.map((h) => kb.corpus.sentences.get(h.sentence).text)));
    expect(found).toEqual([["The Harlow paper mill closed on Monday."], ["Its owner, Calder Pulp, said orders fell."]]);
    expect(remote.asked.map((q) => q.terms)).toEqual([["mill"], ["owner"]]);
  });

  it("gives up with search_not_deterministic, for an answer from memory, when every replay asks a new search", async () => {
    let n = 0;
    const failure = await withRemoteSearch(kb, counted(), (k) => k.retriever.search([`term${n++}`], 5)).catch((err: unknown) => err);
    expect(failure).toBeInstanceOf(RemoteSearchFailed);
    expect(((failure as RemoteSearchFailed).reason as SanctuaryError).code).toBe("search_not_deterministic");
  });
});
