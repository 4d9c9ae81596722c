import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createLogger } from "../../src/log.js";
import { CacheWrites, saveCache } from "../../src/state/caches.js";
import { tempDir } from "../helpers.js";

describe("cache writes", () => {
  it("are queued until flushed, serialized only then, and written whole", () => {
    const dir = tempDir();
    const caches = new CacheWrites(createLogger("silent"));
    let serialized = 0;
    caches.add(join(dir, "index", "a.json"), "passage index", () => (serialized++, '{"a":1}'));
    expect(serialized).toBe(0);
    expect(existsSync(join(dir, "index", "a.json"))).toBe(false);
    caches.flush();
    expect(serialized).toBe(1);
    expect(readFileSync(join(dir, "index", "a.json"), "utf8")).toBe('{"a":1}');
    caches.flush();
    expect(serialized).toBe(1);
  });

  it("log a cache that cannot be written, by name, and go on with the others", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "blocked"), "a file where a folder should be");
    let logged = "";
    const caches = new CacheWrites(createLogger("warn", { write: (l: string) => void (logged += l) }));
    caches.add(join(dir, "blocked", "x.json"), "entity snapshot", () => "{}");
    caches.add(join(dir, "ok.json"), "corpus parse", () => "{}");
    expect(() => caches.flush()).not.toThrow();
    expect(JSON.parse(logged.trim()).msg).toBe("could not save the entity snapshot; it will be rebuilt on the next start");
    expect(existsSync(join(dir, "ok.json"))).toBe(true);
  });

  it("without a build's writer, are written at once", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "index"));
    saveCache(undefined, createLogger("silent"), join(dir, "index", "b.json"), "corpus parse", () => "[]");
    expect(readFileSync(join(dir, "index", "b.json"), "utf8")).toBe("[]");
  });
});
