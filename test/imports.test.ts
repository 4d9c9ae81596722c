import { execFile } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers.js";

/** Every TypeScript module under a folder: the core's by default. */
function coreModules(dir = join(ROOT, "src")): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return coreModules(path);
    return /\.ts$/.test(e.name) ? [path] : [];
  });
}

// Imported in a fresh Node process: this one has test servers and timers of its own.
const PROBE = `
import { pathToFileURL } from "node:url";
const events = ["exit", "beforeExit", "SIGINT", "SIGTERM", "uncaughtException", "unhandledRejection", "warning"];
const listeners = () => Object.fromEntries(events.map((e) => [e, process.listenerCount(e)]));
const before = { resources: process.getActiveResourcesInfo(), listeners: listeners() };
for (const file of JSON.parse(process.env.MODULES)) await import(pathToFileURL(file).href);
await new Promise((resolve) => setImmediate(resolve));
console.log(JSON.stringify({ before, after: { resources: process.getActiveResourcesInfo(), listeners: listeners() } }));
`;

describe("the core as a library", () => {
  it("imports every module under src/ without starting anything: no timer, handle or process listener is left", async () => {
    const modules = coreModules();
    expect(modules.length).toBeGreaterThan(30);
    const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", "--input-type=module", "-e", PROBE], {
      cwd: ROOT,
      env: { ...process.env, MODULES: JSON.stringify(modules) },
    });
    const { before, after } = JSON.parse(stdout.trim().split("\n").pop()!) as Record<"before" | "after", { resources: string[]; listeners: Record<string, number> }>;
    expect(after.listeners).toEqual(before.listeners);
    // Nothing new is open (the TypeScript loader's own port may close meanwhile).
    const count = (list: string[]) => list.reduce((m, r) => m.set(r, (m.get(r) ?? 0) + 1), new Map<string, number>());
    const opened = [...count(after.resources)].filter(([r, n]) => n > (count(before.resources).get(r) ?? 0));
    expect(opened).toEqual([]);
  });

  it("flips no V8 flag and registers no process hook at run time", () => {
    const offending = coreModules()
      .filter((f) => /setFlagsFromString|process\.(?:once|on)\(/.test(readFileSync(f, "utf8")))
      .map((f) => relative(ROOT, f));
    expect(offending).toEqual([]);
  });

  it("throws only SanctuaryErrors, and every declared error code is thrown somewhere", () => {
    const sources = coreModules().filter((f) => !f.endsWith("errors.ts")).map((f) => readFileSync(f, "utf8"));
    expect(sources.filter((text) => /throw new Error\(/.test(text))).toEqual([]);
    const declared = [...readFileSync(join(ROOT, "src", "errors.ts"), "utf8").matchAll(/\|\s*"([a-z_]+)"/g)].map((m) => m[1]);
    expect(declared.length).toBeGreaterThan(10);
    const outside = [...coreModules(join(ROOT, "adapters")), ...coreModules(join(ROOT, "app"))].map((f) => readFileSync(f, "utf8"));
    const everything = [...sources, ...outside].join("\n");
    expect(declared.filter((code) => !everything.includes(`"${code}"`))).toEqual([]);
  });

  it("has one composition root: the core imports no adapter and no part of app/, adapters import nothing of app/", () => {
    const importsOf = (file: string) => [...readFileSync(file, "utf8").matchAll(/(?:from|import\()\s*"(\.[^"]+)"/g)].map((m) => relative(ROOT, join(file, "..", m[1])));
    const reaching = (files: string[], into: string[]) =>
      files.flatMap((f) => importsOf(f).filter((target) => into.some((dir) => target.startsWith(`${dir}/`))).map((target) => `${relative(ROOT, f)} -> ${target}`));
    expect(reaching(coreModules(), ["adapters", "app"])).toEqual([]);
    expect(reaching(coreModules(join(ROOT, "adapters")), ["app"])).toEqual([]);
    // The check reads imports at all: the root does import the core and the adapters.
    expect(reaching(coreModules(join(ROOT, "app")), ["src", "adapters"]).length).toBeGreaterThan(10);
  });
});
