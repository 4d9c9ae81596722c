import { createHash } from "node:crypto";
import type pg from "pg";
import { WEIGHTS } from "../../answers/weights.js";
import type { Doc } from "../../corpus/load.js";
import type { Knowledge } from "../../index/knowledge.js";
import { BM25, expandQuery, fieldLength, passageStats, type PassageStats, type ScoredTerm } from "../../index/bm25.js";
import type { RemoteRetriever, SearchQuery } from "../../index/remote.js";
import { PASSAGE_FORMAT, indexedTerms, type Hit } from "../../index/search.js";
import type { Logger } from "../../log.js";

/** An article's passages no replica has searched for this long are deleted. */
const KEEP_UNUSED_DAYS = 7;
/** How often a replica marks the passages it searches as in use, so a long-running one keeps them. */
const TOUCH_EVERY_MS = 3_600_000;
/** Passages written per statement when an article version is new to the database. */
const WRITE_BATCH = 2_000;
/** Rows fetched beyond a search's limit, for articles added elsewhere that this replica has yet to load. */
const FOREIGN_SLACK = 10;
/** PostgreSQL's highest position in a tsvector. */
const MAX_POSITION = 16_383;

/** A word as a tsquery or tsvector literal writes it: quoted, so PostgreSQL takes it as it is, unparsed. */
const lexeme = (term: string) => `'${term.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`;

/**
 * A passage's terms as a tsvector literal, the same terms the in-memory index holds: the sentence's own at
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

/**
 * The query's terms that choose which passages are scored: the rarest first, up to `scoredPassages`
 * passages between them (the rarest always, and the search then scores that many of its passages).
 */
export function selective(terms: ScoredTerm[], stats: PassageStats, scoredPassages: number = WEIGHTS.retrieval.scoredPassages): string[] {
  const found = (t: string) => (stats.text.frequency.get(t) ?? 0) + (stats.names.frequency.get(t) ?? 0);
  const rarest = [...new Set(terms.map((t) => t.term))].sort((a, b) => found(a) - found(b));
  const out: string[] = [];
  let passages = 0;
  for (const t of rarest) {
    if (out.length && passages + found(t) > scoredPassages) break;
    out.push(t);
    passages += found(t);
  }
  return out;
}

/**
 * A query that a passage matches when it has every one of the question's own words (the terms of the
 * highest weight; a synonym or a misspelling's neighbour weighs less): those passages are scored first,
 * since BM25 sums over the words matched and the score multiplies by their count, so they are the likely
 * best; passages with only some of the words fill the rest of `scoredPassages`. Without it a common word
 * asked beside a rare synonym ("persons turned": "zigzag", "crank") left out the passages that say it.
 */
export function everyAsked(terms: ScoredTerm[]): string {
  const top = Math.max(...terms.map((t) => t.weight));
  return [...new Set(terms.filter((t) => t.weight === top).map((t) => lexeme(t.term)))].join(" & ");
}

interface Version {
  /** Each article's key: its id, its passages and what they are found by, and the index format. */
  docs: Map<string, Doc>;
  keys: string[];
  /**
   * The articles the database holds that this version lacks (other versions of changed articles, ones
   * removed here, ones other replicas added since): left out of searches by a short list, rather than
   * this version's articles sent with every search (tens of thousands of keys).
   */
  foreign: string[];
  touched: number;
}

/**
 * The passage index in PostgreSQL (CONTRACTS.md §5): every replica searches one copy with full-text
 * search (a GIN index on a tsvector per sentence, ranked by BM25 in SQL), and keeps no passage index
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
    /** `WEIGHTS.retrieval.scoredPassages`; smaller in tests, to see what is chosen. */
    private readonly scoredPassages: number = WEIGHTS.retrieval.scoredPassages,
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
   * The best passages for a query, scored in PostgreSQL by the BM25 minisearch computes: the GIN index
   * finds the passages with any of the query's terms (a word the corpus lacks also by the corpus's words
   * a few edits away), and each one's score is summed over its matching terms from the tsvector's
   * positions (a term's count in each field, told apart by weight A or B) and its fields' lengths, with
   * the corpus's term counts (`passageStats`). Both retrievers thus rank alike; ties go by corpus order.
   */
  async search(kb: Knowledge, query: SearchQuery): Promise<Hit[]> {
    const version = this.versionOf(kb);
    const terms = expandQuery(kb, query);
    if (terms.length === 0) return [];
    this.touch(version);
    const stats = passageStats(kb);
    const { fieldBoost } = WEIGHTS.retrieval;
    const asked = [...new Set(terms.map((t) => t.asked))];
    // Past 63 asked terms (no question has so many) two share a bit and count once.
    const askedIndex = (a: string) => asked.indexOf(a) % 63;
    const rows = (
      await this.pool.query<{ doc_key: string; ordinal: number; score: number }>(
        `WITH matched AS (
           (SELECT doc_key, ordinal, terms, text_length, names_length FROM passages
             WHERE terms @@ $18::tsquery AND NOT (doc_key = ANY($1))
             LIMIT $17)
           UNION ALL
           (SELECT doc_key, ordinal, terms, text_length, names_length FROM passages
             WHERE terms @@ $15::tsquery AND NOT terms @@ $18::tsquery AND NOT (doc_key = ANY($1))
             LIMIT $17)
           LIMIT $17
         )
         SELECT p.doc_key, p.ordinal, s.score
           FROM matched p,
                LATERAL (
                  SELECT sum(q.w * (
                           CASE WHEN f.a > 0 THEN $8::float8 * ln(1 + ($7::float8 - q.dft + 0.5) / (q.dft + 0.5)) * ($12::float8 + f.a * ($13::float8 + 1) / (f.a + $13::float8 * (1 - $14::float8 + $14::float8 * p.text_length / $9::float8))) ELSE 0 END
                         + CASE WHEN f.b > 0 THEN $10::float8 * ln(1 + ($7::float8 - q.dfn + 0.5) / (q.dfn + 0.5)) * ($12::float8 + f.b * ($13::float8 + 1) / (f.b + $13::float8 * (1 - $14::float8 + $14::float8 * p.names_length / $11::float8))) ELSE 0 END
                         )) * bit_count(bit_or(q.asked)::bit(63)) AS score
                    FROM unnest(p.terms) AS u (lexeme, positions, weights)
                    JOIN unnest($2::text[], $3::int8[], $4::float8[], $5::float8[], $6::float8[]) AS q (term, asked, w, dft, dfn) ON q.term = u.lexeme
                    CROSS JOIN LATERAL (SELECT cardinality(array_positions(u.weights, 'A')) AS a, cardinality(array_positions(u.weights, 'B')) AS b) f
                ) s
          ORDER BY s.score DESC
          LIMIT $16`,
        [
          version.foreign,
          terms.map((t) => t.term),
          // Each asked term as one bit, so that a passage's count of asked terms matched is a bit count
          // (a sort per passage for count(DISTINCT) cost a quarter of the search).
          terms.map((t) => String(2n ** BigInt(askedIndex(t.asked)))),
          terms.map((t) => t.weight),
          terms.map((t) => stats.text.frequency.get(t.term) ?? 0),
          terms.map((t) => stats.names.frequency.get(t.term) ?? 0),
          stats.passages,
          fieldBoost.text,
          stats.text.meanLength || 1,
          fieldBoost.names,
          stats.names.meanLength || 1,
          BM25.d,
          BM25.k,
          BM25.b,
          selective(terms, stats, this.scoredPassages).map(lexeme).join(" | "),
          // More than asked: a tie at the last place is broken by corpus order as in memory, and an
          // article another replica added since this version's list was read is dropped below.
          query.limit + 1 + FOREIGN_SLACK,
          this.scoredPassages,
          everyAsked(terms),
        ],
      )
    ).rows;
    const hits: Hit[] = [];
    let strangers = 0;
    for (const r of rows) {
      const sentence = version.docs.get(r.doc_key)?.sentences.at(r.ordinal);
      if (sentence) hits.push({ sentence: sentence.id, score: Number(r.score) });
      else strangers++;
    }
    if (strangers) void this.readForeign(version).catch(() => {});
    // Sums taken in another order differ in the last bits: equal scores are those equal to 12 digits.
    const rounded = (n: number) => Number(n.toPrecision(12));
    return hits.sort((a, b) => rounded(b.score) - rounded(a.score) || a.sentence - b.sentence).slice(0, query.limit);
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
    version = { docs, keys: [...docs.keys()], foreign: [], touched: this.clock.now() };
    this.versions.set(kb, version);
    return version;
  }

  private async write(kb: Knowledge): Promise<void> {
    const started = performance.now();
    const version = this.versionOf(kb);
    // Counted now, while the replica is not yet answering from this version, not at its first search.
    passageStats(kb);
    await this.markUsed(version);
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
    // Now, not at autovacuum's next pass: the GIN index's pending list (new rows not yet merged, read
    // row by row at every search) merged in, and statistics without which the planner reads every passage.
    if (articles) {
      await this.pool.query("SELECT gin_clean_pending_list('passages_terms'::regclass)");
      await this.pool.query("ANALYZE passages");
    }
    const removed = (await this.pool.query("DELETE FROM passage_docs WHERE used_at < now() - make_interval(days => $1)", [KEEP_UNUSED_DAYS])).rowCount ?? 0;
    await this.readForeign(version);
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
      const textLengths: number[] = [];
      const namesLengths: number[] = [];
      const vectors: string[] = [];
      for (const [key, doc] of batch) {
        if (!mine.has(key)) continue;
        for (const s of doc.sentences) {
          if (s.boilerplate) continue;
          const names = kb.passageNames(s);
          const vector = passageVector(s.text, names);
          if (!vector) continue;
          keys.push(key);
          ordinals.push(s.index);
          textLengths.push(fieldLength(s.text));
          namesLengths.push(fieldLength(names));
          vectors.push(vector);
        }
      }
      if (keys.length) {
        await client.query(
          "INSERT INTO passages (doc_key, ordinal, text_length, names_length, terms) SELECT k, o, t, n, v::tsvector FROM unnest($1::text[], $2::int[], $3::int[], $4::int[], $5::text[]) AS u (k, o, t, n, v)",
          [keys, ordinals, textLengths, namesLengths, vectors],
        );
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

  /** Reads which articles in the database this version lacks. */
  private async readForeign(version: Version): Promise<void> {
    const rows = (await this.pool.query<{ doc_key: string }>("SELECT doc_key FROM passage_docs")).rows;
    version.foreign = rows.map((r) => r.doc_key).filter((k) => !version.docs.has(k));
  }

  private markUsed(version: Version): Promise<unknown> {
    return this.pool.query("UPDATE passage_docs SET used_at = now() WHERE doc_key = ANY($1)", [version.keys]);
  }

  /** Marks a version's passages in use now and then, so that KEEP_UNUSED_DAYS counts from its last search. */
  private touch(version: Version): void {
    if (this.clock.now() - version.touched < TOUCH_EVERY_MS) return;
    version.touched = this.clock.now();
    this.markUsed(version).catch(() => {});
  }
}
