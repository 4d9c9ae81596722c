import { SanctuaryError } from "../errors.js";
import type { Knowledge } from "./knowledge.js";
import type { Hit } from "./search.js";

/** One search the answer path makes: the index terms, how many passages, and each term's weight. */
export interface SearchQuery {
  terms: string[];
  limit: number;
  weights?: Record<string, number>;
}

/** A retriever in another process (PostgreSQL): asynchronous, so the answer path cannot call it directly. */
export interface RemoteRetriever {
  /** Makes a version of the corpus searchable (writes what the store lacks of it); cheap once done. */
  prepare(kb: Knowledge): Promise<void>;
  /** Whether `prepare` finished for this version (for /readyz). */
  isPrepared(kb: Knowledge): boolean;
  search(kb: Knowledge, query: SearchQuery): Promise<Hit[]>;
}

/** The remote retriever failed (the database is unreachable): the caller may answer from memory instead. */
export class RemoteSearchFailed extends Error {
  constructor(readonly reason: unknown) {
    super(`remote search failed: ${reason instanceof Error ? reason.message : String(reason)}`);
  }
}

/** Thrown by the answer path's retriever for a search not yet run; never escapes `withRemoteSearch`. */
class SearchPending {
  constructor(
    readonly key: string,
    readonly query: SearchQuery,
  ) {}
}

/** A question needs one to three searches; more means the path asks for a new one on every replay. */
const MAX_SEARCHES = 8;

/**
 * Runs the synchronous answer path on a remote retriever. The path is deterministic given its search
 * results, so it is run with a retriever that knows only the searches done so far: a new one stops the
 * run, is made remotely, and the run starts again with its results (as React's Suspense replays a
 * render). The answer engine thus stays synchronous (plain data in, plain data out, microseconds per
 * stage) for the in-memory retriever and its tests, at the cost of replaying a few milliseconds of
 * ranking once per search.
 */
export async function withRemoteSearch<T>(kb: Knowledge, remote: RemoteRetriever, run: (kb: Knowledge) => T): Promise<T> {
  const done = new Map<string, Hit[]>();
  const replay = replayOf(kb);
  for (;;) {
    // Runs are synchronous, so the one copy of the knowledge per version can hold this question's searches.
    replay.done = done;
    try {
      return run(replay.kb);
    } catch (err) {
      if (!(err instanceof SearchPending)) throw err;
      // A search that differs on every replay would never end: the question is answered from memory instead.
      if (done.size >= MAX_SEARCHES) {
        throw new RemoteSearchFailed(new SanctuaryError("search_not_deterministic", `answer path: more than ${MAX_SEARCHES} searches for one question ("${err.query.terms.join(" ")}" last); a search that differs on every replay is a bug in the answer path`));
      }
      try {
        done.set(err.key, await remote.search(kb, err.query));
      } catch (failure) {
        throw new RemoteSearchFailed(failure);
      }
    }
  }
}

interface Replay {
  kb: Knowledge;
  done: Map<string, Hit[]>;
}

/** One replaying copy per version of the knowledge: what the answer stages cache by knowledge (name indexes, dates) is built once. */
const replays = new WeakMap<Knowledge, Replay>();

function replayOf(kb: Knowledge): Replay {
  let replay = replays.get(kb);
  if (replay) return replay;
  const made: Replay = {
    done: new Map(),
    kb: {
      ...kb,
      retriever: {
        search(terms, limit, weights) {
          const query: SearchQuery = { terms, limit, weights };
          const key = JSON.stringify(query);
          const hits = made.done.get(key);
          if (hits) return hits;
          throw new SearchPending(key, query);
        },
      },
    },
  };
  replay = made;
  replays.set(kb, replay);
  return replay;
}
