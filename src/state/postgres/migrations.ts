import type pg from "pg";
import { SanctuaryError, messageOf } from "../../errors.js";
import type { Logger } from "../../log.js";

/**
 * The schema, as numbered steps applied in order and never edited once released: a change is a new
 * step. `schema_migrations` records which are applied.
 */
export const MIGRATIONS: ReadonlyArray<{ version: number; name: string; sql: string }> = [
  {
    version: 1,
    name: "shared state",
    sql: `
      CREATE TABLE questions (
        id text PRIMARY KEY,
        at timestamptz NOT NULL,
        day text NOT NULL,
        platform text NOT NULL,
        channel text,
        server text,
        public boolean NOT NULL DEFAULT false,
        direct boolean NOT NULL DEFAULT false,
        question text NOT NULL,
        answered boolean NOT NULL,
        docs text[] NOT NULL DEFAULT '{}'
      );
      CREATE INDEX questions_by_day ON questions (day, at);
      CREATE INDEX questions_suggested ON questions (platform, server) WHERE answered AND public;
      CREATE TABLE feedback (
        question_id text NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
        user_id text NOT NULL,
        helpful boolean NOT NULL,
        at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (question_id, user_id)
      );
      CREATE TABLE digest_claims (
        platform text NOT NULL,
        channel text NOT NULL,
        day text NOT NULL,
        status text NOT NULL CHECK (status IN ('posting', 'posted')),
        at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (platform, channel, day)
      );
      CREATE TABLE seen_events (
        key text PRIMARY KEY,
        expires_at timestamptz NOT NULL
      );
      CREATE TABLE rate_counts (
        key text NOT NULL,
        window_start timestamptz NOT NULL,
        n integer NOT NULL,
        PRIMARY KEY (key, window_start)
      );
      CREATE TABLE conversations (
        conversation text PRIMARY KEY,
        subject text NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
      );
    `,
  },
  {
    version: 2,
    name: "corpus files",
    sql: `
      CREATE TABLE corpus_files (
        path text PRIMARY KEY,
        content text NOT NULL,
        hash text NOT NULL,
        deleted boolean NOT NULL DEFAULT false,
        updated_at timestamptz NOT NULL DEFAULT now()
      );
    `,
  },
  {
    version: 3,
    name: "conversation memory",
    sql: `
      CREATE TABLE remembered (
        kind text NOT NULL,
        key text NOT NULL,
        value jsonb NOT NULL,
        at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (kind, key)
      );
      CREATE INDEX remembered_by_age ON remembered (kind, at);
    `,
  },
  {
    version: 4,
    name: "passages for full-text search",
    sql: `
      -- One row per version of an article's passages (its key hashes its text and what it is indexed by),
      -- so replicas on different versions of the corpus search their own, and an added article adds only its rows.
      CREATE TABLE passage_docs (
        doc_key text PRIMARY KEY,
        used_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE passages (
        doc_key text NOT NULL REFERENCES passage_docs (doc_key) ON DELETE CASCADE,
        ordinal integer NOT NULL,
        -- Each field's distinct words, stop words included: BM25's field length, as minisearch counts it.
        text_length integer NOT NULL,
        names_length integer NOT NULL,
        terms tsvector NOT NULL,
        PRIMARY KEY (doc_key, ordinal)
      );
      CREATE INDEX passages_terms ON passages USING gin (terms);
    `,
  },
];

/** Any number stays the same for every replica: the advisory lock that lets one process migrate at a time. */
const MIGRATION_LOCK = 0x5a4e_c7a1;

/**
 * Applies the steps not yet applied, each in its own transaction, holding an advisory lock so that
 * replicas starting together migrate one at a time (the others wait, then find nothing to do).
 * Returns the versions it applied.
 */
export async function migrate(pool: pg.Pool, log: Logger): Promise<number[]> {
  const client = await pool.connect();
  const applied: number[] = [];
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
    await client.query("CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())");
    const done = new Set((await client.query<{ version: number }>("SELECT version FROM schema_migrations")).rows.map((r) => r.version));
    for (const step of MIGRATIONS) {
      if (done.has(step.version)) continue;
      try {
        await client.query("BEGIN");
        await client.query(step.sql);
        await client.query("INSERT INTO schema_migrations (version, name) VALUES ($1, $2)", [step.version, step.name]);
        await client.query("COMMIT");
      } catch (err) {
        await client.query("ROLLBACK").catch(() => {});
        throw new SanctuaryError("database_migration_failed", `database: migration ${step.version} (${step.name}) failed (${messageOf(err)}); the schema is left as it was before it`, { cause: err });
      }
      applied.push(step.version);
      log.info({ version: step.version, name: step.name }, "database: migration applied");
    }
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK]).catch(() => {});
    client.release();
  }
  return applied;
}
