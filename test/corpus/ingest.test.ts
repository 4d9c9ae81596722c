import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ingestFile } from "../../src/corpus/ingest.js";
import { MAX_DOCUMENT_BYTES, loadCorpus } from "../../src/corpus/load.js";
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
    expect(doc.text()).toBe(text);
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

  it("adds only what the loader will read: no hidden name, no file over the cap, no second file under one id", () => {
    const src = tempDir();
    const corpus = tempDir();
    writeFileSync(join(src, ".draft.txt"), "Council Votes\n\nThe council voted on Monday.\n");
    expect(ingestFile(join(src, ".draft.txt"), corpus).target).toBe(join(corpus, "draft.md"));
    writeFileSync(join(src, "huge.txt"), "word ".repeat(MAX_DOCUMENT_BYTES / 5 + 10));
    expect(() => ingestFile(join(src, "huge.txt"), corpus)).toThrow(/huge\.txt \(over the 5242880-byte limit of an article; split the file\); nothing was added/);
    writeFileSync(join(corpus, "story.txt"), "Old Story\n\nThe mayor spoke on Friday.\n");
    writeFileSync(join(src, "story.md"), "---\ntitle: New Story\n---\nThe governor spoke on Sunday.\n");
    expect(() => ingestFile(join(src, "story.md"), corpus)).toThrow(/already has .*story\.txt under the id "story"; rename .*story\.md/);
    const loaded = loadCorpus(corpus);
    expect(loaded.docs.map((d) => d.title).sort()).toEqual(["Council Votes", "Old Story"]);
    expect(loaded.problems).toEqual([]);
  });
});
