import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ingestFile } from "../../src/corpus/ingest.js";
import { loadCorpus } from "../../src/corpus/load.js";
import { tempDir } from "../helpers.js";

describe("ingest", () => {
  it("turns a .txt article into a .md document with inferred front-matter and the text kept exactly", () => {
    const src = tempDir();
    const corpus = tempDir();
    const text = "Posted by on January 18, 2018\n\nCity Acts On Raids\n\nThe council voted “no” — again.\n";
    writeFileSync(join(src, "story.txt"), text);
    const r = ingestFile(join(src, "story.txt"), corpus, new Date("2026-11-22T12:00:00Z"));
    expect(r).toMatchObject({ title: "City Acts On Raids", published: "2018-01-18" });
    const written = readFileSync(join(corpus, "story.md"), "utf8");
    expect(written).toMatch(/^---\ntitle: City Acts On Raids\npublished: '2018-01-18'\nadded: '2026-11-22'\n---\n/);
    const doc = loadCorpus(corpus).docs[0];
    expect(doc.text).toBe(text);
    expect(doc.published).toBe("2018-01-18");
  });

  it("adds nothing when the file cannot be used", () => {
    const src = tempDir();
    const corpus = tempDir();
    writeFileSync(join(src, "bad.md"), "---\npublished: yesterday\n---\nText.\n");
    expect(() => ingestFile(join(src, "bad.md"), corpus)).toThrow(/bad\.md: invalid front-matter: published.*nothing was added/);
    expect(() => ingestFile(join(src, "missing.txt"), corpus)).toThrow(/cannot read/);
    expect(() => ingestFile(join(src, "x.pdf"), corpus)).toThrow(/not a \.txt or \.md file/);
    expect(readdirSync(corpus)).toEqual([]);
  });
});
