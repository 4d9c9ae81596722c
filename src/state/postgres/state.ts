import type pg from "pg";
import { messageOf } from "../../errors.js";
import type { Logger } from "../../log.js";
import { QUESTION_LOG_LIMITS, type DayQuestions, type LoggedQuestion, type QuestionRecord } from "../questions.js";
import { RateLimiter } from "../ratelimit.js";
import { RecentMap, RecentSet } from "../recent.js";
import { localMemory } from "../local.js";
import { MEMORY_KINDS, SHARED_STATE_LIMITS, type DigestClaims, type QuestionStore, type SharedState } from "../shared.js";
import { connectDatabase, describeDatabase, type Database } from "./connect.js";
import { migrate } from "./migrations.js";
import { PostgresPassages } from "./passages.js";

/** How the PostgreSQL state rides out a lost database, and keeps its tables small. */
export const POSTGRES_STATE_LIMITS = {
  /** Writes held while the database is away (question log, votes, digests posted); past this the oldest are dropped and counted. */
  heldWrites: 10_000,
  /** How often expired event ids, old rate windows, stale conversations and questions past QUESTION_LOG_LIMITS.days are deleted. */
  sweepEveryMs: 60_000,
};

/** A write kept for later: one statement, applied in the order it was made. */
interface HeldWrite {
  sql: string;
  params: unknown[];
}

/** Whether an error means the database cannot be reached (and not that a statement is wrong). */
export function isConnectionError(err: unknown): boolean {
  const code = (err as { code?: unknown })?.code;
  // SQLSTATE classes 08 (connection exception), 57 (operator intervention: shutdown, crash) and 53
  // (insufficient resources) are the server going away; any other five-character code is the statement.
  if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return /^(08|57|53)/.test(code);
  return true;
}

/**
 * Shared state in PostgreSQL, for any number of replicas: event ids claimed by a unique key, rate
 * counts in fixed one-minute windows, follow-up subjects, the question log and votes, digest claims.
 * Connects (DATABASE_CONNECT_ATTEMPTS tries) and migrates at creation; throws `database_unreachable`
 * when it cannot.
 *
 * When the database is lost while running, the replica goes on from what it has: event ids, rate
 * counts and subjects in its own memory, reads of the question log empty; writes are held in order
 * (bounded) and applied when the database answers again, which is tried every DATABASE_RETRY_MS.
 * `healthy()` is false meanwhile, and /readyz says so.
 */
export async function postgresState(db: Database, log: Logger, clock: { now(): number } = Date): Promise<SharedState & { sweep(): Promise<void> }> {
  const pool = await connectDatabase(db, log);
  try {
    await migrate(pool, log);
  } catch (err) {
    await pool.end().catch(() => {});
    throw err;
  }
  const where = describeDatabase(db.url);
  const seen = new RecentSet(SHARED_STATE_LIMITS.localEvents);
  const subjects = new RecentMap<string>(SHARED_STATE_LIMITS.localSubjects);
  const limiters = new Map<number, RateLimiter>();
  const memory = localMemory();
  const held: HeldWrite[] = [];
  let dropped = 0;
  let up = true;
  let probe: NodeJS.Timeout | null = null;
  let closed = false;

  const lost = (err: unknown, what: string) => {
    if (!up) return;
    up = false;
    log.error({ database: where, err: messageOf(err), during: what }, "database: lost; answering from this replica's memory and holding writes until it is back");
    probe = setInterval(() => void recover(), db.retryMs);
    probe.unref();
  };
  const recover = async () => {
    try {
      await pool.query("SELECT 1");
    } catch {
      return;
    }
    if (!(await flush())) return;
    up = true;
    if (probe) clearInterval(probe);
    probe = null;
    log.info({ database: where, dropped }, "database: back; held writes applied");
    dropped = 0;
  };
  /** Applies held writes in order; false when the database went away again midway. */
  const flush = async (): Promise<boolean> => {
    while (held.length) {
      const w = held[0];
      try {
        await pool.query(w.sql, w.params);
      } catch (err) {
        if (isConnectionError(err)) return false;
        log.error({ err: messageOf(err), sql: w.sql.slice(0, 60) }, "database: a held write was refused and is dropped");
      }
      held.shift();
    }
    return true;
  };
  /** Runs a read or claim; when the database cannot be reached, what this replica has instead. */
  const attempt = async <T>(what: string, work: () => Promise<T>, instead: () => T): Promise<T> => {
    if (!up) return instead();
    try {
      return await work();
    } catch (err) {
      if (!isConnectionError(err)) throw err;
      lost(err, what);
      return instead();
    }
  };
  /** A write that must not be lost: applied now, or held until the database is back. */
  const write = async (sql: string, params: unknown[]): Promise<void> => {
    if (up) {
      try {
        await pool.query(sql, params);
        return;
      } catch (err) {
        if (!isConnectionError(err)) throw err;
        lost(err, "write");
      }
    }
    held.push({ sql, params });
    if (held.length > POSTGRES_STATE_LIMITS.heldWrites) dropped += held.splice(0, held.length - POSTGRES_STATE_LIMITS.heldWrites).length;
  };

  /** Deletes what is past its time; run every POSTGRES_STATE_LIMITS.sweepEveryMs by whichever replicas run. */
  const sweep = async (): Promise<void> => {
    if (!up) return;
    const before = (ms: number) => new Date(clock.now() - ms);
    await Promise.all([
      pool.query("DELETE FROM seen_events WHERE expires_at < now()"),
      pool.query("DELETE FROM rate_counts WHERE window_start < $1", [before(2 * SHARED_STATE_LIMITS.rateWindowMs)]),
      pool.query("DELETE FROM conversations WHERE at < $1", [before(SHARED_STATE_LIMITS.subjectTtlMs)]),
      // As the local log keeps them: the days a digest may still be asked for (their votes go with them).
      pool.query("DELETE FROM questions WHERE at < $1", [before(QUESTION_LOG_LIMITS.days * 86_400_000)]),
      ...Object.entries(MEMORY_KINDS).map(([kind, { days }]) => pool.query("DELETE FROM remembered WHERE kind = $1 AND at < $2", [kind, before(days * 86_400_000)])),
    ]);
  };
  const sweeper = setInterval(() => void sweep().catch((err: unknown) => log.warn({ err: messageOf(err) }, "database: sweeping old rows failed; tried again later")), POSTGRES_STATE_LIMITS.sweepEveryMs);
  sweeper.unref();

  const localRate = (key: string, limit: number) => {
    let limiter = limiters.get(limit);
    if (!limiter) limiters.set(limit, (limiter = new RateLimiter(limit, SHARED_STATE_LIMITS.rateWindowMs, () => clock.now())));
    return limiter.take(key);
  };

  const state: SharedState & { sweep(): Promise<void> } = {
    kind: "postgres",
    sweep,
    claimOnce(scope, id) {
      const key = `${scope}:${id}`;
      const locally = () => {
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      };
      return attempt(
        "event claim",
        async () => {
          const r = await pool.query(
            `INSERT INTO seen_events (key, expires_at) VALUES ($1, now() + $2 * interval '1 millisecond')
             ON CONFLICT (key) DO UPDATE SET expires_at = EXCLUDED.expires_at WHERE seen_events.expires_at < now()
             RETURNING key`,
            [key, SHARED_STATE_LIMITS.eventTtlMs],
          );
          seen.add(key);
          return r.rowCount === 1;
        },
        locally,
      );
    },
    takeRate(key, limit) {
      if (limit <= 0) return Promise.resolve(0);
      return attempt(
        "rate count",
        async () => {
          const t = clock.now();
          const windowStart = t - (t % SHARED_STATE_LIMITS.rateWindowMs);
          const r = await pool.query<{ n: number }>(
            `INSERT INTO rate_counts (key, window_start, n) VALUES ($1, $2, 1)
             ON CONFLICT (key, window_start) DO UPDATE SET n = rate_counts.n + 1 RETURNING n`,
            [key, new Date(windowStart)],
          );
          return r.rows[0].n > limit ? windowStart + SHARED_STATE_LIMITS.rateWindowMs - t : 0;
        },
        () => localRate(key, limit),
      );
    },
    subject(conversation) {
      return attempt(
        "follow-up subject",
        async () => (await pool.query<{ subject: string }>("SELECT subject FROM conversations WHERE conversation = $1", [conversation])).rows[0]?.subject,
        () => subjects.get(conversation),
      );
    },
    async rememberSubject(conversation, subject) {
      subjects.set(conversation, subject);
      await write("INSERT INTO conversations (conversation, subject, at) VALUES ($1, $2, now()) ON CONFLICT (conversation) DO UPDATE SET subject = EXCLUDED.subject, at = now()", [conversation, subject]);
    },
    async remember(kind, key, value) {
      memory(kind).set(key, value);
      await write("INSERT INTO remembered (kind, key, value, at) VALUES ($1, $2, $3, now()) ON CONFLICT (kind, key) DO UPDATE SET value = EXCLUDED.value, at = now()", [kind, key, JSON.stringify(value)]);
    },
    recall(kind, key) {
      return attempt(
        "conversation memory",
        async () => (await pool.query<{ value: unknown }>("SELECT value FROM remembered WHERE kind = $1 AND key = $2", [kind, key])).rows[0]?.value,
        () => memory(kind).get(key),
      );
    },
    questions: postgresQuestions(pool, attempt, write),
    digests: postgresDigestClaims(pool, write),
    passages: new PostgresPassages(pool, log, clock),
    healthy: () => up,
    ping: () => (up ? attempt("health check", async () => (await pool.query("SELECT 1"), true), () => false) : Promise.resolve(false)),
    async close() {
      if (closed) return;
      closed = true;
      clearInterval(sweeper);
      if (probe) clearInterval(probe);
      if (held.length) log.error({ database: where, held: held.length }, "database: stopping with writes it could not apply");
      await pool.end().catch(() => {});
    },
  };
  return state;
}

type Attempt = <T>(what: string, work: () => Promise<T>, instead: () => T) => Promise<T>;
type Write = (sql: string, params: unknown[]) => Promise<void>;

/** The question log and votes as rows; the digest's day summary and suggestions are queries. */
function postgresQuestions(pool: pg.Pool, attempt: Attempt, write: Write): QuestionStore {
  const emptyDay = (): DayQuestions => ({ questions: 0, unanswered: [], unansweredInDirect: 0, helpful: 0, notHelpful: 0 });
  return {
    open: async () => {},
    add: (r: QuestionRecord) =>
      write(
        `INSERT INTO questions (id, at, day, platform, channel, server, public, direct, question, answered, docs)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT (id) DO NOTHING`,
        [r.id, r.at, r.day, r.platform, r.channel ?? null, r.server ?? null, r.public === true, r.direct === true, r.question, r.answered, r.docs],
      ),
    vote: (id, user, helpful) =>
      attempt(
        "vote",
        async () => {
          const r = await pool.query(
            `INSERT INTO feedback (question_id, user_id, helpful) SELECT $1, $2, $3 WHERE EXISTS (SELECT 1 FROM questions WHERE id = $1)
             ON CONFLICT (question_id, user_id) DO UPDATE SET helpful = EXCLUDED.helpful, at = now()`,
            [id, user, helpful],
          );
          return r.rowCount === 1;
        },
        // While the database is away the vote is held, and counted if its question turns out to be logged.
        () => {
          void write("INSERT INTO feedback (question_id, user_id, helpful) SELECT $1, $2, $3 WHERE EXISTS (SELECT 1 FROM questions WHERE id = $1) ON CONFLICT (question_id, user_id) DO UPDATE SET helpful = EXCLUDED.helpful, at = now()", [id, user, helpful]);
          return true;
        },
      ),
    get: (id) =>
      attempt(
        "question",
        async (): Promise<LoggedQuestion | undefined> => {
          const r = await pool.query<{ question: string; day: string; answered: boolean; helpful: number; not_helpful: number }>(
            `SELECT q.question, q.day, q.answered,
                    count(f.*) FILTER (WHERE f.helpful)::int AS helpful, count(f.*) FILTER (WHERE NOT f.helpful)::int AS not_helpful
             FROM questions q LEFT JOIN feedback f ON f.question_id = q.id WHERE q.id = $1 GROUP BY q.id`,
            [id],
          );
          const row = r.rows[0];
          return row && { question: row.question, day: row.day, answered: row.answered, feedback: { helpful: row.helpful, notHelpful: row.not_helpful } };
        },
        () => undefined,
      ),
    day: (day) =>
      attempt(
        "day's questions",
        async () => {
          const [counts, unanswered, votes] = await Promise.all([
            pool.query<{ questions: number; in_direct: number }>(
              "SELECT count(*)::int AS questions, count(*) FILTER (WHERE NOT answered AND direct)::int AS in_direct FROM questions WHERE day = $1",
              [day],
            ),
            pool.query<{ question: string }>(
              "SELECT question FROM questions WHERE day = $1 AND NOT answered AND NOT direct GROUP BY question ORDER BY min(at), question LIMIT $2",
              [day, QUESTION_LOG_LIMITS.unansweredPerDay],
            ),
            pool.query<{ helpful: number; not_helpful: number }>(
              `SELECT count(*) FILTER (WHERE f.helpful)::int AS helpful, count(*) FILTER (WHERE NOT f.helpful)::int AS not_helpful
               FROM feedback f JOIN questions q ON q.id = f.question_id WHERE q.day = $1`,
              [day],
            ),
          ]);
          return {
            questions: counts.rows[0].questions,
            unanswered: unanswered.rows.map((r) => r.question),
            unansweredInDirect: counts.rows[0].in_direct,
            helpful: votes.rows[0].helpful,
            notHelpful: votes.rows[0].not_helpful,
          };
        },
        emptyDay,
      ),
    popularIn: (platform, server, text, limit) =>
      server
        ? attempt(
            "suggestions",
            async () =>
              (
                await pool.query<{ question: string }>(
                  `SELECT question FROM questions WHERE platform = $1 AND server = $2 AND answered AND public AND strpos(lower(question), $3) > 0
                   GROUP BY question ORDER BY count(*) DESC, question LIMIT $4`,
                  [platform, server, text.toLowerCase(), limit],
                )
              ).rows.map((r) => r.question),
            () => [],
          )
        : Promise.resolve([]),
  };
}

/** Digest claims as rows keyed by platform, channel and day: the INSERT that succeeds is the one claim. */
function postgresDigestClaims(pool: pg.Pool, write: Write): DigestClaims {
  return {
    // A claim is never taken from memory: with the database away the post waits for its retry.
    async claim(platform, channel, day) {
      const r = await pool.query("INSERT INTO digest_claims (platform, channel, day, status) VALUES ($1, $2, $3, 'posting') ON CONFLICT DO NOTHING", [platform, channel, day]);
      return r.rowCount === 1;
    },
    async release(platform, channel, day) {
      await pool.query("DELETE FROM digest_claims WHERE platform = $1 AND channel = $2 AND day = $3 AND status = 'posting'", [platform, channel, day]);
    },
    posted: (platform, channel, day) => write("UPDATE digest_claims SET status = 'posted', at = now() WHERE platform = $1 AND channel = $2 AND day = $3", [platform, channel, day]),
    async lastPosted(platform, channel) {
      const r = await pool.query<{ day: string | null }>("SELECT max(day) AS day FROM digest_claims WHERE platform = $1 AND channel = $2 AND status = 'posted'", [platform, channel]);
      return r.rows[0]?.day ?? null;
    },
  };
}
