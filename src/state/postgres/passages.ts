import { createHash } from "node:crypto";
import type pg from "pg";
import { WEIGHTS } from "../../answers/weights.js";
import type { Doc } from "../../corpus/load.js";
import type { Knowledge } from "../../index/knowledge.js";
import { expandQuery, scoreByBm25 } from "../../index/bm25.js";
import type { RemoteRetriever, SearchQuery } from "../../index/remote.js";
import { PASSAGE_FORMAT, indexedTerms, type Hit } from "../../index/search.js";
import type { Logger } from "../../log.js";

/** An article's passages no replica has searched for this long are deleted. */
const KEEP_UNUSED_DAYS = 7;
/** How often a replica marks the passages it searches as in use, so a long-running one keeps them. */
const TOUCH_EVERY_MS = 3_600_000;
/** Passages written per statement when an article version is new to the database. */
const WRITE_BATCH = 2_000;
/** PostgreSQL's highest position in a tsvector. */
const MAX_POSITION = 16_383;

/** A word as a tsquery or tsvector literal writes it: quoted, so PostgreSQL takes it as it is, unparsed. */
const lexeme = (term: string) => `'${term.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`;

/**
 * A passage's terms as a tsvector literal, the same terms minisearch indexes: the sentence's own at
 * weight A, the full names of those it mentions at weight B. Built here rather than by `to_tsvector`,
 * whose parser would split and fold the words otherwise than the answer path does.
 */
export function passageVector(text: string, names: string): string {
  const positions = new Map<string, string[]>();
  let at = 0;
  const add = (terms: string[], weight: "A" | "B") => {
    for (const t of terms) {
      at = Math.min(at + 1, MAX_POSITION);
      const list = positions.get(t) ?? [];
      list.push(`${at}${weight}`);
      positions.set(t, list);
    }
  };
  add(indexedTerms(text), "A");
  add(indexedTerms(names), "B");
  return [...positions].map(([t, list]) => `${lexeme(t)}:${list.join(",")}`).join(" ");
}

interface Version {
  /** Each article's key: its id, its passages and what they are found by, and the index format. */
  docs: Map<string, Doc>;
  keys: string[];
  touched: number;
}

/**
 * The passage index in PostgreSQL (CONTRACTS.md §5): every replica searches one copy with full-text
 * search (a GIN index on a tsvector per sentence, ranked by `ts_rank_cd`), and keeps no passage index
 * in memory. A replica makes its version of the corpus searchable before answering from it, writing
 * only the articles the database lacks (the first replica writes the corpus once; an added article
 * adds its own rows); two replicas writing one article wait on its key and write it once.
 */
export class PostgresPassages implements RemoteRetriever {
  private readonly versions = new WeakMap<Knowledge, Version>();
  private readonly prepared = new WeakMap<Knowledge, Promise<void>>();
  private readonly searchable = new WeakSet<Knowledge>();

  constructor(
    private readonly pool: pg.Pool,
    private readonly log: Logger,
    private readonly clock: { now(): number } = Date,
  ) {}

  prepare(kb: Knowledge): Promise<void> {
    let done = this.prepared.get(kb);
    if (!done) {
      done = this.write(kb);
      this.prepared.set(kb, done);
      // A failed write (the database lost) is tried again by the next question.
      done.then(
        () => this.searchable.add(kb),
        () => this.prepared.delete(kb),
      );
    }
    return done;
  }

  /** Whether this version of the corpus is searchable in the database (for /readyz). */
  isPrepared(kb: Knowledge): boolean {
    return this.searchable.has(kb);
  }

  /**
   * Finds the passages that have any of the query's terms (a near match for a word the corpus lacks)
   * with the GIN index, at most WEIGHTS.retrieval.remotePool of them, most relevant by `ts_rank_cd`
   * (with each term's weight times its IDF, which `ts_rank_cd` lacks); then scores those by minisearch's
   * BM25, so that the ranking after retrieval sees the same scores from either retriever.
   */
  async search(kb: Knowledge, query: SearchQuery): Promise<Hit[]> {
    const version = this.versionOf(kb);
    const terms = expandQuery(kb, query);
    if (terms.length === 0) return [];
    this.touch(version);
    const { fieldBoost, remotePool } = WEIGHTS.retrieval;
    const weight = new Map<string, number>();
    for (const t of terms) weight.set(t.term, (weight.get(t.term) ?? 0) + t.weight * kb.idf(t.term));
    const lexemes = [...weight.keys()].map(lexeme);
    const rows = (
      await this.pool.query<{ doc_key: string; ordinal: number }>(
        `SELECT p.doc_key, p.ordinal
           FROM passages p,
                LATERAL (SELECT sum(u.w * ts_rank_cd($4::float4[], p.terms, u.q, 1)) AS score
                           FROM unnest($2::tsquery[], $3::float8[]) AS u (q, w)) s
          WHERE p.doc_key = ANY($1) AND p.terms @@ $5::tsquery
          ORDER BY s.score DESC, p.doc_key, p.ordinal
          LIMIT $6`,
        [version.keys, lexemes, [...weight.values()], [0, 0, fieldBoost.names / fieldBoost.text, 1], lexemes.join(" | "), Math.max(remotePool, query.limit)],
      )
    ).rows;
    const found: number[] = [];
    for (const r of rows) {
      const sentence = version.docs.get(r.doc_key)?.sentences[r.ordinal];
      if (sentence) found.push(sentence.id);
    }
    return scoreByBm25(kb, found, terms, query.limit);
  }

  private versionOf(kb: Knowledge): Version {
    let version = this.versions.get(kb);
    if (version) return version;
    const docs = new Map<string, Doc>();
    for (const doc of kb.corpus.docs) {
      const hash = createHash("sha256").update(`${PASSAGE_FORMAT}\n${doc.id}\n`);
      for (const s of doc.sentences) if (!s.boilerplate) hash.update(`${s.index}\n${s.text}\n${kb.passageNames(s)}\n`);
      docs.set(hash.digest("hex"), doc);
    }
    version = { docs, keys: [...docs.keys()], touched: this.clock.now() };
    this.versions.set(kb, version);
    return version;
  }

  private async write(kb: Knowledge): Promise<void> {
    const started = performance.now();
    const version = this.versionOf(kb);
    await this.pool.query("UPDATE passage_docs SET used_at = now() WHERE doc_key = ANY($1)", [version.keys]);
    const held = new Set((await this.pool.query<{ doc_key: string }>("SELECT doc_key FROM passage_docs WHERE doc_key = ANY($1)", [version.keys])).rows.map((r) => r.doc_key));
    let articles = 0;
    let passages = 0;
    let batch: Array<[string, Doc]> = [];
    let size = 0;
    const flush = async () => {
      if (!batch.length) return;
      const written = await this.writeBatch(kb, batch);
      articles += written.articles;
      passages += written.passages;
      batch = [];
      size = 0;
    };
    for (const [key, doc] of version.docs) {
      if (held.has(key)) continue;
      batch.push([key, doc]);
      size += doc.sentences.length;
      if (size >= WRITE_BATCH) await flush();
    }
    await flush();
    const removed = (await this.pool.query("DELETE FROM passage_docs WHERE used_at < now() - make_interval(days => $1)", [KEEP_UNUSED_DAYS])).rowCount ?? 0;
    this.log.info({ articles: version.keys.length, written: articles, passages, removed, ms: Math.round(performance.now() - started) }, "passages: corpus searchable in the database");
  }

  /** Writes some articles' passages in one transaction; an article another replica holds (or is writing) is skipped. */
  private async writeBatch(kb: Knowledge, batch: Array<[string, Doc]>): Promise<{ articles: number; passages: number }> {
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      // Waits on a key another replica is inserting, then skips it: each article is written once.
      const mine = new Set(
        (await client.query<{ doc_key: string }>("INSERT INTO passage_docs (doc_key) SELECT unnest($1::text[]) ON CONFLICT DO NOTHING RETURNING doc_key", [batch.map(([k]) => k)])).rows.map((r) => r.doc_key),
      );
      const keys: string[] = [];
      const ordinals: number[] = [];
      const vectors: string[] = [];
      for (const [key, doc] of batch) {
        if (!mine.has(key)) continue;
        for (const s of doc.sentences) {
          if (s.boilerplate) continue;
          const vector = passageVector(s.text, kb.passageNames(s));
          if (!vector) continue;
          keys.push(key);
          ordinals.push(s.index);
          vectors.push(vector);
        }
      }
      if (keys.length) {
        await client.query("INSERT INTO passages (doc_key, ordinal, terms) SELECT k, o, v::tsvector FROM unnest($1::text[], $2::int[], $3::text[]) AS u (k, o, v)", [keys, ordinals, vectors]);
      }
      await client.query("COMMIT");
      return { articles: mine.size, passages: keys.length };
    } catch (err) {
      await client.query("ROLLBACK").catch(() => {});
      throw err;
    } finally {
      client.release();
    }
  }

  /** Marks a version's passages in use now and then, so that KEEP_UNUSED_DAYS counts from its last search. */
  private touch(version: Version): void {
    if (this.clock.now() - version.touched < TOUCH_EVERY_MS) return;
    version.touched = this.clock.now();
    this.pool.query("UPDATE passage_docs SET used_at = now() WHERE doc_key = ANY($1)", [version.keys]).catch(() => {});
  }
}
