import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load.js";
import { correctQuestion } from "../../src/questions/correct.js";
import { editDistance } from "../../src/questions/distance.js";
import { surfaceVocabulary } from "../../src/questions/vocabulary.js";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { CORPUS, tempDir } from "../helpers.js";

const vocab = surfaceVocabulary(loadCorpus(CORPUS, null));

describe("correct stage", () => {
  it("corrects words the corpus lacks to its nearest word, names with their capitals", () => {
    expect(correctQuestion("what happened at macarthur prk", vocab).text).toBe("what happened at macarthur park");
    expect(correctQuestion("who is garceti", vocab).text).toBe("who is Garcetti");
    expect(correctQuestion("who is rebeca kaplan", vocab).corrections).toEqual([{ typed: "rebeca", meant: "Rebecca" }]);
    expect(correctQuestion("who is hoamn", vocab).text).toBe("who is Homan");
  });

  it("leaves the end of a web address alone ('vellandarchive.gov' is not corrected to 'God')", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.md"), `---\ntitle: Archive\npublished: 2017-01-17\n---\nThe site moves to VellandArchive.gov next week.\n\nGod bless you all.\n`);
    const site = surfaceVocabulary(loadCorpus(dir, null));
    expect(correctQuestion("who maintains vellandarchive.gov", site).text).toBe("who maintains vellandarchive.gov");
  });

  it("leaves English words alone even when the corpus lacks them: a trap's 'born' is not a typo", () => {
    expect(correctQuestion("where was schaaf born", vocab).corrections).toEqual([]);
    expect(correctQuestion("what is his salary", vocab).corrections).toEqual([]);
  });

  it("leaves an irregular form alone ('went' is go, no typo of a corpus's 'sent')", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.md"), `---\ntitle: Aid\npublished: 2020-01-01\n---\nThe ministry sent $28 billion to farmers.\n`);
    const aid = surfaceVocabulary(loadCorpus(dir, null));
    expect(correctQuestion("how much went to farmers", aid).text).toBe("how much went to farmers");
  });

  it("reads a British spelling as the corpus's American one, and back", () => {
    expect(correctQuestion("which organisations were there", vocab).text).toBe("which organizations were there");
    expect(correctQuestion("who did they honour", vocab).text).toBe("who did they honor");
  });

  it("reads a code of letters and digits typed together ('rav4') as one word, never correcting its letters alone", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.md"), "---\ntitle: Cars\n---\nThe RAV4 Prime goes 39 miles on battery power.\n");
    expect(correctQuestion("how far does the rav4 prime go", surfaceVocabulary(loadCorpus(dir, null))).text).toBe("how far does the rav4 prime go");
  });

  it("does not guess a short word that two corpus words are equally near", () => {
    expect(correctQuestion("who is zzq", vocab).corrections).toEqual([]);
  });

  it("counts a swap of two letters as one edit", () => {
    expect(editDistance("hoamn", "homan")).toBe(1);
    expect(editDistance("rebbeca", "rebecca")).toBe(2);
    expect(editDistance("homan", "homen")).toBe(1);
    expect(editDistance("abc", "xyz", 1)).toBe(2);
  });
});
