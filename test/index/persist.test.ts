import { cpSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { createCore } from "../../src/core.js";
import { silentLogger } from "../../src/log.js";
import { CORPUS, ROOT, tempDir } from "../helpers.js";

describe("the saved caches (the parsed corpus and its names)", () => {
  it("is built once, loaded on the next start, and rebuilt when the corpus changes", () => {
    const data = tempDir();
    const corpus = tempDir();
    cpSync(CORPUS, corpus, { recursive: true });
    const config = loadConfig({}, { CORPUS_DIR: corpus, DATA_DIR: data, PROMPTS_DIR: join(ROOT, "prompts") });
    const first = createCore(config, silentLogger());
    expect(first.knowledge.indexLoaded).toBe(false);
    expect(readdirSync(join(data, "index")).filter((f) => f.startsWith("knowledge-"))).toHaveLength(1);
    const second = createCore(config, silentLogger());
    expect(second.knowledge.indexLoaded).toBe(true);
    expect(second.ask("who is Homan").answer).toBe(first.ask("who is Homan").answer);
    writeFileSync(join(corpus, "new.txt"), "Zeta Mayor Quentin Blorp announced a curfew.\n");
    const third = createCore(config, silentLogger());
    expect(third.knowledge.indexLoaded).toBe(false);
    expect(third.ask("who is Quentin Blorp").answered).toBe(true);
  });

  it("is rebuilt when the saved file is corrupt", () => {
    const data = tempDir();
    const config = loadConfig({}, { CORPUS_DIR: CORPUS, DATA_DIR: data, PROMPTS_DIR: join(ROOT, "prompts") });
    createCore(config, silentLogger());
    const file = readdirSync(join(data, "index")).find((f) => f.startsWith("knowledge-"))!;
    writeFileSync(join(data, "index", file), "{not json");
    const core = createCore(config, silentLogger());
    expect(core.knowledge.indexLoaded).toBe(false);
    expect(core.ask("who is Homan").answered).toBe(true);
  });

  it("treats every saved cache of the wrong shape as missing, and answers as before", () => {
    const data = tempDir();
    const config = loadConfig({}, { CORPUS_DIR: CORPUS, DATA_DIR: data, PROMPTS_DIR: join(ROOT, "prompts") });
    const expected = createCore(config, silentLogger()).ask("who is Homan").answer;
    const files = readdirSync(join(data, "index"));
    expect(files.map((f) => f.split("-")[0]).sort()).toEqual(["corpus", "corpus", "knowledge"]);
    for (const shape of ["{}", "[1,2]", '{"docs":[{"id":"x"}],"people":5,"acronyms":{}}', "null"]) {
      for (const f of files) writeFileSync(join(data, "index", f), shape);
      const core = createCore(config, silentLogger());
      expect(core.ask("who is Homan").answer).toBe(expected);
    }
  });
});

describe("documents that share an id", () => {
  it("keeps the first of x.md and x.txt, reports the other by name, and never applies one's cached parse to the other's bytes", () => {
    const corpus = tempDir();
    const data = tempDir();
    writeFileSync(join(corpus, "story.md"), "---\ntitle: The Markdown Story\npublished: 2020-01-02\n---\nMayor Ada Lark opened the new bridge on Monday.\n");
    writeFileSync(join(corpus, "story.txt"), "The Text Story\n\nCouncil member Bo Reyes voted against the budget.\n");
    const config = loadConfig({}, { CORPUS_DIR: corpus, DATA_DIR: data, PROMPTS_DIR: join(ROOT, "prompts") });
    for (let start = 0; start < 2; start++) {
      const core = createCore(config, silentLogger());
      expect(core.knowledge.corpus.docs.map((d) => d.title)).toEqual(["The Markdown Story"]);
      expect(core.knowledge.corpus.problems).toEqual([{ file: "story.txt", reason: 'has the same id "story" as story.md (ids leave out .md/.txt); rename one of them' }]);
      const reply = core.ask("who opened the bridge");
      expect(reply.sources[0]?.quote).toContain("Mayor Ada Lark opened the new bridge");
    }
  });
});
