import { describe, expect, it } from "vitest";
import { derivations, impliedBy, isAbbreviation, isInstanceOf, isDictionaryWord, isPersonNoun, isProperName, nounLemma, synonyms } from "../../src/lexicon/wordnet.js";

describe("WordNet, read in place", () => {
  it("gives the words of a lemma's commonest senses", () => {
    expect(synonyms("replace", "verb", 3)).toEqual(["supplant", "supersede"]);
    expect(synonyms("replace", "verb")).toContain("substitute");
    expect(synonyms("leave", "verb")).toContain("depart");
    expect(synonyms("boycott", "verb")).toEqual([]);
  });

  it("finds the first and the last lemma of an index file (binary search edges)", () => {
    expect(synonyms("aah", "verb")).toEqual(["ooh"]);
    expect(isDictionaryWord("zymurgy")).toBe(true);
  });

  it("tells dictionary words, inflected or not, from typos and names", () => {
    for (const w of ["born", "arrested", "detainees", "cities"]) expect(isDictionaryWord(w), w).toBe(true);
    for (const w of ["prk", "garceti", "schaafs"]) expect(isDictionaryWord(w), w).toBe(false);
  });

  it("gives the words derived from a lemma's commonest sense, only where that is a common sense of theirs", () => {
    const words = (w: string) => derivations(w, "verb", 1).map((d) => `${d.word}/${d.cls}`);
    expect(words("detain")).toEqual(expect.arrayContaining(["detention/noun", "custody/noun", "detainee/noun"]));
    // "hold" is in custody's synset, but holding someone is not among the commonest senses of "hold".
    expect(words("detain")).not.toContain("hold/noun");
    expect(words("die").map((w) => w.split("/")[0])).not.toContain("last");
    expect(words("become")).toEqual([]);
  });

  it("gives the verbs that cause or entail a verb's commonest sense, never the other way round", () => {
    expect(impliedBy("die", 1)).toContain("kill");
    expect(impliedBy("pay", 1)).toEqual(expect.arrayContaining(["buy", "purchase"]));
    // Killing causes dying; dying does not kill.
    expect(impliedBy("kill", 1)).not.toContain("die");
    expect(impliedBy("become", 1)).toEqual([]);
  });

  it("gives the noun a plural is of, irregular or regular, and keeps a noun that ends in s", () => {
    expect(["longshoremen", "workers", "children", "news", "cities", "buses"].map(nounLemma)).toEqual(["longshoreman", "worker", "child", "news", "city", "bus"]);
    expect(isPersonNoun(nounLemma("immigrants"))).toBe(true);
  });

  it("tells what a name is an instance of, through the classes above its own, and nothing of a name WordNet lacks", () => {
    expect(isInstanceOf("Italy", "country")).toBe(true);
    expect(isInstanceOf("Khartoum", "city")).toBe(true);
    expect(isInstanceOf("Nile", "river")).toBe(true);
    expect(isInstanceOf("Italy", "river")).toBe(false);
    expect(isInstanceOf("Zorbavia", "country")).toBe(false);
  });

  it("tells an abbreviation (written in capitals in its commonest sense) and a proper name of several words", () => {
    expect(["afp", "fbi", "cat", "ice"].map(isAbbreviation)).toEqual([true, true, false, false]);
    expect(["new york", "white house", "ice cream"].map(isProperName)).toEqual([true, true, false]);
  });
});
