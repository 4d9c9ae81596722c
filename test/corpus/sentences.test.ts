import { readdirSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load.js";
import { FileText } from "../../src/corpus/sentences.js";
import type { PassageStats } from "../../src/index/bm25.js";
import { termsOf } from "../../src/index/terms.js";
import { vocabularyOf } from "../../src/index/vocabulary.js";
import { selective } from "../../src/state/postgres/passages.js";
import { CORPUS, tempDir } from "../helpers.js";

/** A text file of the given articles and its offsets, as the loader writes them. */
function textFile(texts: string[]): FileText & { path: string } {
  const path = join(tempDir(), "texts.text");
  writeFileSync(path, texts.join(""));
  const offsets = new Float64Array(texts.length + 1);
  texts.forEach((t, i) => (offsets[i + 1] = offsets[i] + Buffer.byteLength(t)));
  return Object.assign(new FileText(path, offsets, 12), { path });
}

describe("article texts read back from DATA_DIR", () => {
  it("reads each article's text by its byte range, curly quotes and all", () => {
    const texts = textFile(["Mayor “Bass” spoke.", "Ünïcode — fine.", "Third one."]);
    expect([0, 1, 2].map((i) => texts.textOf(i))).toEqual(["Mayor “Bass” spoke.", "Ünïcode — fine.", "Third one."]);
  });

  it("keeps the most recently read up to its budget, and a read in passing keeps nothing", () => {
    const texts = textFile(["aaaaaaaaaa", "bbbbbbbbbb", "cccccccccc"]);
    texts.textOf(0);
    texts.peek(1);
    texts.textOf(2); // 20 characters against a budget of 12: article 0 goes
    truncateSync(texts.path, 0);
    expect(texts.textOf(2)).toBe("cccccccccc");
    expect(() => texts.textOf(0)).toThrow(/cannot read article 0/);
    expect(() => texts.textOf(1)).toThrow(/cannot read article 1/);
  });

  it("keeps every text read while holding, then only its budget again", () => {
    const texts = textFile(["aaaaaaaaaa", "bbbbbbbbbb", "cccccccccc"]);
    texts.holding(() => {
      for (const i of [0, 1, 2]) texts.textOf(i);
      truncateSync(texts.path, 0);
      expect(texts.textOf(0)).toBe("aaaaaaaaaa");
    });
    expect(texts.textOf(0)).toBe("aaaaaaaaaa"); // the last read, kept
    expect(() => texts.textOf(1)).toThrow(/cannot read article 1/);
  });

  it("says which file and article it cannot read, and how to fix it", () => {
    const texts = textFile(["aaaaaaaaaa", "bbbbbbbbbb"]);
    truncateSync(texts.path, 15);
    expect(() => texts.textOf(1)).toThrow(/texts\.text: cannot read article 1 \(the file ends 5 bytes early\); delete DATA_DIR\/index/);
  });

  it("loads the same sentences from the saved parse and text file as from the articles, and re-parses when the text file is cut", () => {
    const data = tempDir();
    const parsed = loadCorpus(CORPUS, data);
    const again = loadCorpus(CORPUS, data);
    expect([...again.sentences]).toEqual([...parsed.sentences]);
    expect(again.docs.map((d) => d.text())).toEqual(parsed.docs.map((d) => d.text()));
    const file = readdirSync(data).find((f) => f.endsWith(".text"))!;
    truncateSync(join(data, file), 100);
    const cut = loadCorpus(CORPUS, data);
    expect([...cut.sentences].map((s) => s.text)).toEqual([...parsed.sentences].map((s) => s.text));
  });

  it("gives each sentence at its id, and nothing past either end", () => {
    const corpus = loadCorpus(CORPUS, tempDir());
    const last = corpus.sentences.length - 1;
    expect(corpus.sentences.get(last).id).toBe(last);
    expect(corpus.sentences.at(last + 1)).toBeUndefined();
    expect(corpus.sentences.at(-1)).toBeUndefined();
    const doc = corpus.docs[1];
    expect(doc.sentences.get(0)).toEqual(corpus.sentences.get(corpus.docs[0].sentences.length));
  });

  it("packs each sentence's distinct terms in first-seen order", () => {
    const corpus = loadCorpus(CORPUS);
    const { terms } = vocabularyOf(corpus);
    for (const s of corpus.sentences) expect(terms.of(s.id)).toEqual(s.boilerplate ? [] : [...new Set(termsOf(s.text))]);
  });
});

describe("which terms choose the passages PostgreSQL scores", () => {
  const stats = (counts: Record<string, number>): PassageStats => ({ passages: 100_000, text: { frequency: new Map(Object.entries(counts)), meanLength: 10 }, names: { frequency: new Map(), meanLength: 1 }, indexed: new Map() });
  const term = (t: string) => ({ asked: t, term: t, weight: 1 });

  it("takes the rarest terms until their passages reach the budget, and always the rarest", () => {
    const s = stats({ homan: 12, deportation: 900, year: 14_000, said: 40_000 });
    expect(selective(["said", "year", "homan", "deportation"].map(term), s)).toEqual(["homan", "deportation"]);
    expect(selective(["said", "year"].map(term), s)).toEqual(["year"]);
  });

  it("counts every passage of a small corpus", () => {
    const s = stats({ ice: 40, city: 60 });
    expect(selective(["ice", "city"].map(term), s)).toEqual(["ice", "city"]);
  });
});
