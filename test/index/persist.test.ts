import { cpSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { createCore } from "../../src/core.js";
import { silentLogger } from "../../src/log.js";
import { flushPendingWrites } from "../../src/state/files.js";
import { CORPUS, ROOT, tempDir } from "../helpers.js";

describe("the saved index", () => {
  it("is built once, loaded on the next start, and rebuilt when the corpus changes", () => {
    const data = tempDir();
    const corpus = tempDir();
    cpSync(CORPUS, corpus, { recursive: true });
    const config = loadConfig({}, { CORPUS_DIR: corpus, DATA_DIR: data, PROMPTS_DIR: join(ROOT, "prompts") });
    const first = createCore(config, silentLogger());
    expect(first.knowledge.indexLoaded).toBe(false);
    flushPendingWrites();
    expect(readdirSync(join(data, "index")).filter((f) => f.startsWith("passages-"))).toHaveLength(1);
    const second = createCore(config, silentLogger());
    expect(second.knowledge.indexLoaded).toBe(true);
    expect(second.ask("who is Homan").answer).toBe(first.ask("who is Homan").answer);
    writeFileSync(join(corpus, "new.txt"), "Zeta Mayor Quentin Blorp announced a curfew.\n");
    flushPendingWrites();
    const third = createCore(config, silentLogger());
    expect(third.knowledge.indexLoaded).toBe(false);
    expect(third.ask("who is Quentin Blorp").answered).toBe(true);
  });

  it("is rebuilt when the saved file is corrupt", () => {
    const data = tempDir();
    const config = loadConfig({}, { CORPUS_DIR: CORPUS, DATA_DIR: data, PROMPTS_DIR: join(ROOT, "prompts") });
    createCore(config, silentLogger());
    flushPendingWrites();
    const file = readdirSync(join(data, "index")).find((f) => f.startsWith("passages-"))!;
    writeFileSync(join(data, "index", file), "{not json");
    const core = createCore(config, silentLogger());
    expect(core.knowledge.indexLoaded).toBe(false);
    expect(core.ask("who is Homan").answered).toBe(true);
  });
});
