import pg from "pg";
import type { Config } from "../../config.js";
import { SanctuaryError, messageOf } from "../../errors.js";
import type { Logger } from "../../log.js";

export type Database = NonNullable<Config["database"]>;

/** Where DATABASE_URL points, without its password: what logs and errors may show. */
export function describeDatabase(url: string): string {
  const u = new URL(url);
  return `${u.hostname}:${u.port || 5432}${u.pathname}`;
}

/**
 * A pool on DATABASE_URL, checked with one query: tried `connectAttempts` times, `retryMs` apart, then
 * a SanctuaryError naming the server (never the password), why, and what to check. A client that
 * errors while idle or checked out (the server restarted) is logged, never an unhandled 'error' event.
 */
export async function connectDatabase(db: Database, log: Logger): Promise<pg.Pool> {
  const pool = new pg.Pool({
    connectionString: db.url,
    max: db.poolMax,
    connectionTimeoutMillis: db.connectTimeoutMs,
    statement_timeout: db.statementTimeoutMs,
    query_timeout: db.statementTimeoutMs + 1_000,
    application_name: "sanctuary",
  });
  const lost = (which: string) => (err: Error) => log.warn({ err: messageOf(err), database: describeDatabase(db.url) }, `database: ${which} was lost`);
  pool.on("error", lost("an idle connection"));
  // A client checked out between two queries (a transaction's batch being built) hears the server end
  // its connection too: the next query fails and is handled where it is made; the event itself is logged.
  pool.on("connect", (client) => client.on("error", lost("a connection in use")));
  let last: unknown;
  for (let attempt = 1; attempt <= db.connectAttempts; attempt++) {
    try {
      await pool.query("SELECT 1");
      return pool;
    } catch (err) {
      last = err;
      if (attempt < db.connectAttempts) {
        log.warn({ database: describeDatabase(db.url), attempt, err: messageOf(err) }, `database: cannot connect; trying again in ${db.retryMs} ms`);
        await new Promise((r) => setTimeout(r, db.retryMs));
      }
    }
  }
  await pool.end().catch(() => {});
  throw new SanctuaryError(
    "database_unreachable",
    `DATABASE_URL: cannot reach PostgreSQL at ${describeDatabase(db.url)} after ${db.connectAttempts} attempt(s) (${reasonOf(last)}); check that the server runs and that the URL's host, port, user, password and database are right`,
    { cause: last },
  );
}

/** A connection error as one short phrase: pg's errors are an AggregateError with no message for a refused connection. */
function reasonOf(err: unknown): string {
  const e = err as { code?: string; message?: string; errors?: Array<{ code?: string; message?: string }> };
  const inner = e?.errors?.[0];
  return [e?.code ?? inner?.code, e?.message || inner?.message].filter(Boolean).join(": ") || String(err);
}
