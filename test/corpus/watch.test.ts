import { cpSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildInChildProcess, watchCorpus } from "../../src/corpus/watch.js";
import { createLogger, silentLogger } from "../../src/log.js";
import { CORPUS, ROOT, tempDir, testCore } from "../helpers.js";

/** The build the bot runs: `sanctuary index` in a process of its own. */
const indexCommand = (corpus: string, data: string) => [process.execPath, join(ROOT, "app", "sanctuary.mjs"), "index", "--corpus", corpus, "--data", data];

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
    const watcher = watchCorpus(core, corpus, silentLogger(), { debounceMs: 100, rebuild: buildInChildProcess(indexCommand(corpus, config.dataDir), silentLogger()) });
    try {
      expect(core.ask("who is Quentin Blorp").answered).toBe(false);
      writeFileSync(join(corpus, "zeta.md"), "---\ntitle: Zeta\npublished: 2026-11-20\n---\nZeta Mayor Quentin Blorp announced a curfew on Friday.\n");
      expect(await until(() => core.ask("who is Quentin Blorp").answered)).toBe(true);
      // Built by `sanctuary index` in its own process; this one only loaded the result.
      expect(core.knowledge.indexLoaded).toBe(true);
      expect((await core.digest("2026-11-20")).documents.map((d) => d.title)).toEqual(["Zeta"]);
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

  const zeta = "---\ntitle: Zeta\npublished: 2026-11-20\n---\nZeta Mayor Quentin Blorp announced a curfew on Friday.\n";
  const eta = "---\ntitle: Eta\npublished: 2026-11-21\n---\nEta Sheriff Ramona Quill resigned on Monday.\n";
  type Build = { command: string[]; timeoutMs?: number };
  const watched = (options: Build | ((corpus: string, data: string) => Build)) => {
    const corpus = tempDir();
    cpSync(CORPUS, corpus, { recursive: true });
    const { core, config } = testCore({ CORPUS_DIR: corpus });
    let logged = "";
    const log = createLogger("info", { write: (l: string) => void (logged += l) });
    const { command, timeoutMs } = typeof options === "function" ? options(corpus, config.dataDir) : options;
    const watcher = watchCorpus(core, corpus, log, { debounceMs: 100, rebuild: buildInChildProcess(command, log, timeoutMs) });
    return { core, corpus, watcher, logged: () => logged };
  };

  it("never builds on its own thread: articles added during a background build wait for the next build", async () => {
    // The real build, and an article arriving after it read the corpus but before it finished.
    const buildThenAdd = (corpus: string, data: string) => ({
      command: [
        process.execPath,
        "-e",
        `const fs = require("node:fs");
         const built = require("node:child_process").spawnSync(process.execPath, ${JSON.stringify([join(ROOT, "app", "sanctuary.mjs"), "index", "--corpus", corpus, "--data", data])}, { stdio: "ignore" });
         if (!fs.existsSync(${JSON.stringify(join(corpus, "eta.md"))})) fs.writeFileSync(${JSON.stringify(join(corpus, "eta.md"))}, ${JSON.stringify(eta)});
         process.exit(built.status);`,
      ],
    });
    const { core, corpus, watcher, logged } = watched(buildThenAdd);
    try {
      writeFileSync(join(corpus, "zeta.md"), zeta);
      expect(await until(() => core.ask("who is Quentin Blorp").answered && core.ask("who is Ramona Quill").answered, 30000)).toBe(true);
      const lines = logged().trim().split("\n").map((l) => JSON.parse(l) as { msg: string; indexLoaded?: boolean });
      expect(lines.filter((l) => l.msg === "corpus loaded").every((l) => l.indexLoaded === true)).toBe(true);
      expect(lines.some((l) => l.msg.startsWith("articles changed during the background build"))).toBe(true);
    } finally {
      watcher.close();
    }
  });

  it("keeps the previous corpus when the build saved nothing for the current articles", async () => {
    const { core, corpus, watcher, logged } = watched({ command: [process.execPath, "-e", "process.exit(0)"] });
    try {
      writeFileSync(join(corpus, "zeta.md"), zeta);
      expect(await until(() => logged().includes("saved no index for the current articles"))).toBe(true);
      expect(core.knowledge.corpus.docs).toHaveLength(5);
      expect(core.ask("who is Quentin Blorp").answered).toBe(false);
      expect(watcher.reloaded()).toBe(0);
    } finally {
      watcher.close();
    }
  });

  it("stops a build that runs past its time limit, and builds again on the next change", async () => {
    const { core, corpus, watcher, logged } = watched({ command: [process.execPath, "-e", "setInterval(() => {}, 1000)"], timeoutMs: 400 });
    const stopped = () => logged().split("\n").filter((l) => l.includes("still running after")).length;
    try {
      writeFileSync(join(corpus, "zeta.md"), zeta);
      expect(await until(() => stopped() === 1)).toBe(true);
      writeFileSync(join(corpus, "eta.md"), eta);
      expect(await until(() => stopped() === 2)).toBe(true);
      expect(core.ask("who is Homan").answered).toBe(true);
      expect(core.knowledge.corpus.docs).toHaveLength(5);
    } finally {
      watcher.close();
    }
  });
});
