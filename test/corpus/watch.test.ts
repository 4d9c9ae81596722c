import { cpSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { watchCorpus } from "../../src/corpus/watch.js";
import { silentLogger } from "../../src/log.js";
import { CORPUS, tempDir, testCore } from "../helpers.js";

async function until(check: () => boolean, ms = 15000): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return check();
}

describe("a living corpus", () => {
  it("answers from an added article within seconds, and a bad file changes nothing", async () => {
    const corpus = tempDir();
    cpSync(CORPUS, corpus, { recursive: true });
    const { core, config } = testCore({ CORPUS_DIR: corpus });
    const watcher = watchCorpus(core, corpus, config.dataDir, silentLogger(), 100);
    try {
      expect(core.ask("who is Quentin Blorp").answered).toBe(false);
      writeFileSync(join(corpus, "zeta.md"), "---\ntitle: Zeta\npublished: 2026-11-20\n---\nZeta Mayor Quentin Blorp announced a curfew on Friday.\n");
      expect(await until(() => core.ask("who is Quentin Blorp").answered)).toBe(true);
      // Built by `sanctuary index` in its own process; this one only loaded the result.
      expect(core.knowledge.indexLoaded).toBe(true);
      expect(core.digest("2026-11-20").documents.map((d) => d.title)).toEqual(["Zeta"]);
      const before = watcher.reloaded();
      writeFileSync(join(corpus, "broken.md"), "---\npublished: someday\n---\nText.\n");
      expect(await until(() => watcher.reloaded() > before)).toBe(true);
      expect(core.problems.map((p) => p.file)).toEqual(["broken.md"]);
      expect(core.ask("who is Quentin Blorp").answered).toBe(true);
      expect(core.knowledge.corpus.docs).toHaveLength(6);
    } finally {
      watcher.close();
    }
  });
});
