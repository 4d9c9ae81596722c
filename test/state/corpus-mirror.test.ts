import { cpSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { silentLogger } from "../../src/log.js";
import { CorpusMirror } from "../../src/state/postgres/corpus.js";
import { postgresState } from "../../src/state/postgres/state.js";
import { CORPUS, tempDir } from "../helpers.js";
import { TestPostgres } from "../postgres.js";

const server = new TestPostgres();
beforeAll(() => server.start().then(() => undefined), 120_000);
afterAll(() => server.stop());

const log = silentLogger();
const ARTICLE = "---\ntitle: Harbor Ferry Expands\npublished: 2026-12-01\n---\nThe harbor ferry will run every 20 minutes, port director Ana Ruiz said.\n";

async function replicaFolders(count: number) {
  const db = loadConfig({}, { DATABASE_URL: await server.database(), DATABASE_RETRY_MS: "100" }).database!;
  // The tables come from the migrations, as a replica's start-up makes them.
  await (await postgresState(db, log)).close();
  return Array.from({ length: count }, () => ({ db, dir: tempDir() }));
}

async function waitFor(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe("the corpus mirrored through PostgreSQL", () => {
  it("seeds the database from the first replica, fills an empty replica's folder, and carries an addition, a change and a removal to the others by NOTIFY", async () => {
    const [a, b] = await replicaFolders(2);
    cpSync(CORPUS, a.dir, { recursive: true });
    const first = new CorpusMirror(a.db, a.dir, log);
    const second = new CorpusMirror(b.db, b.dir, log);
    await first.start();
    await second.start();
    try {
      expect(readdirSync(b.dir).sort()).toEqual(readdirSync(a.dir).sort());
      writeFileSync(join(a.dir, "harbor.md"), ARTICLE);
      expect(await first.publish()).toBe(1);
      await waitFor(() => existsSync(join(b.dir, "harbor.md")));
      expect(readFileSync(join(b.dir, "harbor.md"), "utf8")).toBe(ARTICLE);
      writeFileSync(join(b.dir, "harbor.md"), ARTICLE.replace("20 minutes", "15 minutes"));
      expect(await second.publish()).toBe(1);
      await waitFor(() => readFileSync(join(a.dir, "harbor.md"), "utf8").includes("15 minutes"));
      rmSync(join(a.dir, "harbor.md"));
      expect(await first.publish()).toBe(1);
      await waitFor(() => !existsSync(join(b.dir, "harbor.md")));
      // Nothing changed: nothing is published, so replicas never echo each other's changes.
      expect(await second.publish()).toBe(0);
    } finally {
      await Promise.all([first.stop(), second.stop()]);
    }
  });

  it("catches a replica's folder up, at its start, on what changed while it was down", async () => {
    const [a, b] = await replicaFolders(2);
    writeFileSync(join(a.dir, "one.md"), ARTICLE);
    const first = new CorpusMirror(a.db, a.dir, log);
    await first.start();
    writeFileSync(join(a.dir, "two.md"), ARTICLE.replace("Harbor Ferry", "Second Ferry"));
    await first.publish();
    await first.stop();
    const late = new CorpusMirror(b.db, b.dir, log);
    await late.start();
    expect(readdirSync(b.dir).sort()).toEqual(["one.md", "two.md"]);
    await late.stop();
  });
});
