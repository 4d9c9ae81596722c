import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CORPUS, ROOT, tempDir, testCore } from "./helpers.js";

/** Every file under a folder, recursively. */
const filesUnder = (dir: string): string[] => readdirSync(dir, { recursive: true, encoding: "utf8" }).map((f) => join(dir, f));

describe("npm run build", () => {
  it("compiles the bot to dist/, which plain node runs with no TypeScript loader and answers as the sources do", () => {
    execFileSync("npm", ["run", "build", "--silent"], { cwd: ROOT, stdio: "pipe" });
    const built = filesUnder(join(ROOT, "dist")).filter((f) => f.endsWith(".js"));
    expect(built).toContain(join(ROOT, "dist", "app", "cli.js"));
    expect(built.some((f) => /from ["']tsx/.test(readFileSync(f, "utf8")))).toBe(false);
    expect(built.some((f) => f.includes(`${join("dist", "test")}`))).toBe(false);
    const env = { PATH: process.env.PATH, CORPUS_DIR: CORPUS, DATA_DIR: tempDir(), PROMPTS_DIR: join(ROOT, "prompts") };
    const out = execFileSync(process.execPath, [join(ROOT, "dist", "app", "cli.js"), "ask", "--json", "who is Homan"], { cwd: ROOT, env, encoding: "utf8" });
    const { core } = testCore();
    expect(JSON.parse(out).answer).toBe(core.ask("who is Homan").answer);
    // The corpus watcher rebuilds the index through the compiled command, which must exist beside bot.js.
    expect(existsSync(join(ROOT, "dist", "app", "cli.js")) && readFileSync(join(ROOT, "dist", "app", "bot.js"), "utf8").includes('"./cli.js"')).toBe(true);
  }, 120_000);
});
