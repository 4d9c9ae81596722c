import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { createLogger } from "../../src/log.js";
import { connectDatabase } from "../../src/state/postgres/connect.js";
import { CORPUS, tempDir } from "../helpers.js";
import { TestPostgres } from "../postgres.js";

const server = new TestPostgres();
beforeAll(() => server.start().then(() => undefined), 120_000);
afterAll(() => server.stop());

describe("the database connection", () => {
  it("logs a connection in use that the server ends between two queries, and raises no unhandled error", async () => {
    const url = await server.database();
    let logged = "";
    const log = createLogger("info", { write: (l: string) => void (logged += l) });
    const config = loadConfig({}, { CORPUS_DIR: CORPUS, DATA_DIR: tempDir(), DATABASE_URL: url, DATABASE_CONNECT_ATTEMPTS: "1" });
    const pool = await connectDatabase(config.database!, log);
    // Checked out as a transaction's client is while its batch is built: no query of its own running.
    const client = await pool.connect();
    const [{ pid }] = (await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows;
    await server.query(url, `SELECT pg_terminate_backend(${pid})`);
    await expect.poll(() => logged, { timeout: 5_000 }).toContain("database: a connection in use was lost");
    await expect(client.query("SELECT 1")).rejects.toThrow();
    client.release(true);
    await expect(pool.query("SELECT 1 AS one")).resolves.toMatchObject({ rows: [{ one: 1 }] });
    await pool.end();
  });
});
