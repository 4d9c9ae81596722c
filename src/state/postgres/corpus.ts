import { createHash } from "node:crypto";
import { readFileSync, rmSync } from "node:fs";
import { join, relative, sep } from "node:path";
import pg from "pg";
import { listDocumentFiles } from "../../corpus/load.js";
import { SanctuaryError, messageOf } from "../../errors.js";
import type { Logger } from "../../log.js";
import { writeFileAtomic } from "../files.js";
import { describeDatabase, type Database } from "./connect.js";

/** The channel replicas hear corpus changes on. */
export const CORPUS_CHANNEL = "sanctuary_corpus";

const hashOf = (content: string) => createHash("sha256").update(content).digest("hex");

/**
 * The corpus's files kept in PostgreSQL (`corpus_files`), so that an article added on one replica (a
 * moderator's `add URL`, a feed poll, `sanctuary ingest`, a file copied into its CORPUS_DIR) reaches
 * every other: the replica that sees a change in its folder publishes it and sends NOTIFY; every
 * replica LISTENs, writes what changed into its own CORPUS_DIR, and its corpus watcher rebuilds and
 * swaps the index in, without a restart. A file removed from one folder is removed from all.
 *
 * At start a replica first takes what the database has (its folder catches up on changes made while
 * it was down), then publishes what only it has (the first replica seeds the database with its
 * articles). A lost connection is tried again every DATABASE_RETRY_MS, and the folder re-read on reconnect.
 */
export class CorpusMirror {
  private client: pg.Client | null = null;
  private retry: NodeJS.Timeout | null = null;
  private stopped = false;
  /** Serialises pulls and publishes, so a notification arriving mid-publish waits for it. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly db: Database,
    private readonly dir: string,
    private readonly log: Logger,
  ) {}

  /** Connects, listens, and brings the folder and the database level. Throws when the database cannot be reached. */
  async start(): Promise<void> {
    await this.connect();
    await this.serially(async () => {
      await this.pullNow();
      await this.publishNow();
    });
  }

  /** Publishes what changed in this replica's folder (the corpus watcher calls it); never throws. */
  publish(): Promise<number> {
    return this.serially(() => this.publishNow()).catch((err: unknown) => {
      this.log.error({ err: messageOf(err) }, "corpus: changes could not be published to the database; tried again at the next change or reconnect");
      return 0;
    });
  }

  /** Writes into this replica's folder what changed in the database; returns how many files it wrote or removed. */
  pull(): Promise<number> {
    return this.serially(() => this.pullNow());
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    await this.queue.catch(() => {});
    await this.client?.end().catch(() => {});
    this.client = null;
  }

  private serially<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => {});
    return next;
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.db.url, connectionTimeoutMillis: this.db.connectTimeoutMs, statement_timeout: this.db.statementTimeoutMs });
    await client.connect();
    client.on("notification", (n) => {
      if (n.channel !== CORPUS_CHANNEL) return;
      void this.pull().catch((err: unknown) => this.log.error({ err: messageOf(err) }, "corpus: a change from another replica could not be taken; tried again at reconnect"));
    });
    client.on("error", (err) => this.lost(err));
    client.on("end", () => this.lost(new Error("connection ended")));
    await client.query(`LISTEN ${CORPUS_CHANNEL}`);
    this.client = client;
  }

  private lost(err: unknown): void {
    if (this.stopped || !this.client) return;
    this.client = null;
    this.log.error({ database: describeDatabase(this.db.url), err: messageOf(err) }, "corpus: lost the database; articles added elsewhere arrive when it is back");
    const again = () => {
      this.retry = null;
      if (this.stopped) return;
      this.start().then(
        () => this.log.info("corpus: database back; folder and database level again"),
        () => (this.retry = setTimeout(again, this.db.retryMs)),
      );
    };
    this.retry = setTimeout(again, this.db.retryMs);
  }

  /** This replica's files as database paths (forward slashes) with their content's hash. */
  private local(): Map<string, { file: string; hash: string; content: string }> {
    const out = new Map<string, { file: string; hash: string; content: string }>();
    for (const file of listDocumentFiles(this.dir)) {
      let content: string;
      try {
        content = readFileSync(file, "utf8");
      } catch {
        continue;
      }
      out.set(relative(this.dir, file).split(sep).join("/"), { file, hash: hashOf(content), content });
    }
    return out;
  }

  private async pullNow(): Promise<number> {
    const client = this.need();
    const rows = (await client.query<{ path: string; hash: string; deleted: boolean }>("SELECT path, hash, deleted FROM corpus_files")).rows;
    const here = this.local();
    let changed = 0;
    for (const row of rows) {
      const mine = here.get(row.path);
      if (row.deleted) {
        if (mine && mine.hash === row.hash) {
          rmSync(mine.file, { force: true });
          changed++;
        }
        continue;
      }
      if (mine?.hash === row.hash) continue;
      const content = (await client.query<{ content: string }>("SELECT content FROM corpus_files WHERE path = $1", [row.path])).rows[0]?.content;
      if (content === undefined || row.path.split("/").includes("..")) continue;
      writeFileAtomic(join(this.dir, ...row.path.split("/")), content);
      changed++;
    }
    if (changed) this.log.info({ files: changed }, "corpus: took changes from the database");
    return changed;
  }

  private async publishNow(): Promise<number> {
    const client = this.need();
    const rows = new Map((await client.query<{ path: string; hash: string; deleted: boolean }>("SELECT path, hash, deleted FROM corpus_files")).rows.map((r) => [r.path, r]));
    const here = this.local();
    let changed = 0;
    for (const [path, mine] of here) {
      const row = rows.get(path);
      if (row && !row.deleted && row.hash === mine.hash) continue;
      await client.query(
        `INSERT INTO corpus_files (path, content, hash, deleted, updated_at) VALUES ($1, $2, $3, false, now())
         ON CONFLICT (path) DO UPDATE SET content = EXCLUDED.content, hash = EXCLUDED.hash, deleted = false, updated_at = now()`,
        [path, mine.content, mine.hash],
      );
      changed++;
    }
    for (const [path, row] of rows) {
      if (row.deleted || here.has(path)) continue;
      // Only the version this replica had is marked removed: one changed meanwhile elsewhere stays.
      const r = await client.query("UPDATE corpus_files SET deleted = true, updated_at = now() WHERE path = $1 AND hash = $2", [path, row.hash]);
      changed += r.rowCount ?? 0;
    }
    if (changed) {
      await client.query(`NOTIFY ${CORPUS_CHANNEL}`);
      this.log.info({ files: changed }, "corpus: changes published to the other replicas");
    }
    return changed;
  }

  private need(): pg.Client {
    if (!this.client) throw new SanctuaryError("database_unreachable", `corpus: no connection to ${describeDatabase(this.db.url)}; changes are exchanged when it is back`);
    return this.client;
  }
}
