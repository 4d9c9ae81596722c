import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import yaml from "js-yaml";
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

// No Docker engine runs where the tests do: what can be checked without one is that the image and the
// compose file name only what exists, run as a non-root user, and wire replicas to one database and one port.
describe("the container image and compose file", () => {
  it("builds from files that exist, runs the compiled bot as a non-root user, and health-checks it", () => {
    const lines = readFileSync(join(ROOT, "Dockerfile"), "utf8").split("\n");
    const copied = lines.filter((l) => /^COPY (?!--from)/.test(l)).flatMap((l) => l.split(/\s+/).slice(1, -1));
    for (const source of copied) expect(existsSync(join(ROOT, source)), source).toBe(true);
    expect(lines.filter((l) => l.startsWith("FROM "))).toHaveLength(2);
    expect(lines).toContain("USER node");
    expect(lines.find((l) => l.startsWith("CMD "))).toBe('CMD ["node", "--expose-gc", "--heap-growing-percent=25", "dist/app/cli.js"]');
    expect(lines.some((l) => l.includes("/healthz"))).toBe(true);
  });

  it("runs two replicas of the bot on one PostgreSQL behind one port", () => {
    const compose = yaml.load(readFileSync(join(ROOT, "compose.yaml"), "utf8")) as {
      services: Record<string, { deploy?: { replicas?: number }; environment?: Record<string, string>; ports?: string[]; volumes?: string[]; image?: string }>;
    };
    const { bot, db, proxy } = compose.services;
    expect(bot.deploy?.replicas).toBe(2);
    expect(bot.environment?.DATABASE_URL).toMatch(/^postgres:\/\/sanctuary:.*@db:5432\/sanctuary$/);
    expect(db.image).toMatch(/^postgres:1[4-9]/);
    expect(proxy.ports).toEqual(["${PORT:-3000}:3000"]);
    const conf = proxy.volumes![0].split(":")[0];
    expect(readFileSync(join(ROOT, conf), "utf8")).toMatch(/proxy_pass \$bot;/);
  });
});
