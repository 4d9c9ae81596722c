import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load.js";
import { namesOf } from "../../src/index/names.js";
import { vocabularyOf } from "../../src/index/vocabulary.js";
import { silentLogger } from "../../src/log.js";
import { CORPUS, tempDir } from "../helpers.js";

const log = silentLogger();

describe("what knowledge is made of", () => {
  const corpus = loadCorpus(CORPUS);

  it("names: found once and cached per corpus; a cache-only load reads the snapshot and builds nothing", () => {
    const data = tempDir();
    expect(() => namesOf(corpus, data, log, { cachedOnly: true })).toThrow(/entity snapshot/);
    const found = namesOf(corpus, data, log);
    const cached = namesOf(corpus, data, log, { cachedOnly: true });
    expect(cached.entities.map((e) => e.name)).toEqual(found.entities.map((e) => e.name));
    expect([...cached.speakers]).toEqual([...found.speakers]);
    const homan = found.aliases.find((a) => a.folded === "homan")?.entity;
    expect(homan?.kind).toBe("person");
    expect(homan?.mentions.every((id) => found.mentions.get(id)?.includes(homan))).toBe(true);
  });

  it("vocabulary: every sentence's terms, none for page furniture, and rarer terms weigh more", () => {
    const words = vocabularyOf(corpus);
    expect(words.terms).toHaveLength(corpus.sentences.length);
    [...corpus.sentences].forEach((s, i) => expect(s.boilerplate ? words.terms.of(i) : words.terms.of(i).length).toEqual(s.boilerplate ? [] : expect.any(Number)));
    const common = [...words.vocabulary].sort((a, b) => words.idf(a) - words.idf(b))[0];
    const counts = (t: string) => [...corpus.sentences].filter((s) => words.terms.of(s.id).includes(t)).length;
    expect(counts(common)).toBeGreaterThan(counts("homan"));
    expect(words.idf(common)).toBeLessThan(words.idf("homan"));
    expect(words.vocabularyByInitial.get("h")).toContain("homan");
  });
});
