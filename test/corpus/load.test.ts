import { execFileSync } from "node:child_process";
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load.js";
import { CORPUS, tempDir } from "../helpers.js";

describe("loading the corpus", () => {
  it("loads the five bundled articles with titles, the stated date, stable ids and exact sentence slices", () => {
    const corpus = loadCorpus(CORPUS);
    expect(corpus.problems).toEqual([]);
    expect(corpus.docs).toHaveLength(5);
    const homan = corpus.docs.find((d) => d.text().includes("ICE Deputy Director Thomas Homan"))!;
    expect(homan.published).toBe("2018-01-18");
    expect(corpus.docs.filter((d) => d.published).map((d) => d.id)).toEqual([homan.id]);
    for (const d of corpus.docs) {
      expect(d.title.length).toBeGreaterThan(10);
      for (const s of d.sentences) expect(d.text().slice(s.start, s.end)).toBe(s.text);
    }
    expect(loadCorpus(CORPUS).docs.map((d) => d.id)).toEqual(corpus.docs.map((d) => d.id));
    expect(loadCorpus(CORPUS).hash).toBe(corpus.hash);
  });

  it("reports each unusable file by name and reason, and loads the rest", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "sub"));
    writeFileSync(join(dir, "good.txt"), "Headline Here\nThe council voted on Tuesday to act.\n");
    writeFileSync(join(dir, "sub", "nested.md"), "---\ntitle: Nested\npublished: 2020-02-03\nurl: https://example.org/a\n---\nA nested article says something.\n");
    writeFileSync(join(dir, "bad-date.md"), "---\ntitle: X\npublished: March 3rd\n---\nText here.\n");
    writeFileSync(join(dir, "feb-30.md"), "---\ntitle: X\npublished: 2018-02-30\n---\nText here.\n");
    writeFileSync(join(dir, "month-13.md"), "---\ntitle: X\nadded: 2018-13-01\n---\nText here.\n");
    writeFileSync(join(dir, "bad-url.md"), "---\ntitle: X\nurl: not a link\n---\nText here.\n");
    writeFileSync(join(dir, "bad-yaml.md"), "---\ntitle: [unclosed\n---\nText here.\n");
    writeFileSync(join(dir, "binary.txt"), Buffer.from([0x48, 0x00, 0x49]));
    writeFileSync(join(dir, "empty.txt"), "   \n");
    writeFileSync(join(dir, "notes.pdf"), "ignored");
    const corpus = loadCorpus(dir);
    expect(corpus.docs.map((d) => d.id).sort()).toEqual(["good", "sub/nested"]);
    const reasons = Object.fromEntries(corpus.problems.map((p) => [p.file, p.reason]));
    expect(Object.keys(reasons).sort()).toEqual(["bad-date.md", "bad-url.md", "bad-yaml.md", "binary.txt", "empty.txt", "feb-30.md", "month-13.md"]);
    expect(reasons["feb-30.md"]).toBe('invalid front-matter: published: "2018-02-30" is not a date; write YYYY-MM-DD');
    expect(reasons["month-13.md"]).toBe('invalid front-matter: added: "2018-13-01" is not a date; write YYYY-MM-DD');
    expect(reasons["bad-date.md"]).toMatch(/published.*"March 3rd" is not a date; write YYYY-MM-DD/);
    expect(reasons["bad-url.md"]).toMatch(/url/);
    expect(reasons["binary.txt"]).toMatch(/binary/);
    const nested = corpus.docs.find((d) => d.id === "sub/nested")!;
    expect(nested).toMatchObject({ title: "Nested", published: "2020-02-03", url: "https://example.org/a" });
    expect(corpus.docs.find((d) => d.id === "good")!.title).toBe("Headline Here");
  });

  it("never completes a date without a year, and takes no date from the story itself", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.txt"), "Posted on Tuesday January 16\nThe council met on August 16, 2017 to vote.\n");
    expect(loadCorpus(dir).docs[0].published).toBeNull();
  });

  it("fails with a clear error for a missing folder", () => {
    expect(() => loadCorpus("/nonexistent/corpus")).toThrow(/CORPUS_DIR: cannot read "\/nonexistent\/corpus".*point --corpus/);
  });
});

describe("reading only what is inside the corpus", () => {
  it("refuses links out of the corpus, to devices and to FIFOs, and still loads the rest", () => {
    const root = tempDir();
    const corpus = join(root, "corpus");
    mkdirSync(corpus);
    writeFileSync(join(root, "secret.md"), "SLACK_BOT_TOKEN=xoxb-do-not-quote-me is what this file holds.\n");
    writeFileSync(join(corpus, "article.md"), "---\ntitle: An article\n---\n\nThe council met on Tuesday and voted on the budget.\n");
    symlinkSync(join(root, "secret.md"), join(corpus, "leak.md"));
    symlinkSync("/dev/zero", join(corpus, "zero.md"));
    execFileSync("mkfifo", [join(corpus, "inner.fifo")]);
    symlinkSync(join(corpus, "inner.fifo"), join(corpus, "pipe.md"));
    const started = performance.now();
    const loaded = loadCorpus(corpus);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(loaded.docs.map((d) => d.id)).toEqual(["article"]);
    expect(loaded.problems.map((p) => p.file).sort()).toEqual(["leak.md", "pipe.md", "zero.md"]);
    expect(JSON.stringify(loaded)).not.toContain("xoxb-do-not-quote-me");
  });
});
