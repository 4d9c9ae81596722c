import { cpSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { createCore } from "../../src/core.js";
import { loadCorpus, MAX_DOCUMENT_BYTES } from "../../src/corpus/load.js";
import { silentLogger } from "../../src/log.js";
import { CORPUS, ROOT, tempDir } from "../helpers.js";

describe("corpus faults", () => {
  it("reports an unreadable file, a huge file and a file gone mid-load by name, and answers from the rest", () => {
    const dir = tempDir();
    cpSync(CORPUS, dir, { recursive: true });
    symlinkSync(join(dir, "no-such-target.md"), join(dir, "gone.md"));
    writeFileSync(join(dir, "huge.txt"), "word ".repeat(MAX_DOCUMENT_BYTES / 5 + 10));
    const corpus = loadCorpus(dir);
    const reasons = Object.fromEntries(corpus.problems.map((p) => [p.file, p.reason]));
    expect(reasons["gone.md"]).toMatch(/ENOENT/);
    expect(reasons["huge.txt"]).toMatch(/over the 5242880-byte limit; split the file/);
    expect(corpus.docs).toHaveLength(5);
  });
});

describe("state faults", () => {
  it("goes on answering when DATA_DIR cannot be written at all", async () => {
    const parent = tempDir();
    writeFileSync(join(parent, "file"), "not a folder");
    const config = loadConfig({}, { CORPUS_DIR: CORPUS, DATA_DIR: join(parent, "file", "data"), PROMPTS_DIR: join(ROOT, "prompts") });
    const core = createCore(config, silentLogger());
    const reply = await core.handle({ platform: "slack", user: { id: "U1", moderator: false }, channel: "C1", text: "who is Homan" });
    expect(reply.kind).toBe("answer");
    expect(await core.feedback(reply.questionId!, "U1", true)).toBe(true);
    expect((await core.digest()).questions).toBe(1);
  });
});
