import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load.js";
import { normalizeQuestion, trimPunctuation } from "../../src/questions/normalize.js";
import { surfaceVocabulary } from "../../src/questions/vocabulary.js";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { CORPUS, tempDir } from "../helpers.js";

const vocab = surfaceVocabulary(loadCorpus(CORPUS, null));

describe("normalize stage", () => {
  it("spells out chat forms typed without apostrophes, and drops filler", () => {
    expect(normalizeQuestion("whos the head of ice", vocab)).toBe("who is the head of ICE");
    expect(normalizeQuestion("hey, any idea wat ppl said abt raids??", vocab)).toBe("what people said about raids");
    expect(normalizeQuestion("what was the raid really for", vocab)).toBe("what was the raid for");
    expect(normalizeQuestion("ice vs sanctuary cities", vocab)).toBe("ICE against sanctuary cities");
    // What "how many" counts is a plural, no one's possessive.
    expect(normalizeQuestion("how many oaklands are there", vocab)).toBe("how many oaklands are there");
  });

  it("leaves a word the corpus capitalizes only at the end of one name ('Motor Show') as typed after another name ('when did orlen show')", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.md"), `---\ntitle: Cars\npublished: 2020-01-01\n---\nOrlen brought its coupe to the Vell Motor Show.\n\nBuyers crowd the Vell Motor Show each spring.\n`);
    const cars = surfaceVocabulary(loadCorpus(dir, null));
    expect(normalizeQuestion("when did orlen show the coupe", cars)).toBe("when did Orlen show the coupe");
    expect(normalizeQuestion("when is the vell motor show", cars)).toBe("when is the Vell Motor Show");
  });

  it("opens no name with a word before one written mostly in lower case ('photonic computing', once 'Institute for Photonic Computing')", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.md"), `---\ntitle: Chips\npublished: 2020-01-01\n---\nShe teaches at the Ardent Institute for Photonic Computing.\n\nWhen photonic computing was proposed it was a curiosity.\n\nMost photonic computing labs are small.\n`);
    const chips = surfaceVocabulary(loadCorpus(dir, null));
    expect(normalizeQuestion("what is photonic computing", chips)).toBe("what is photonic computing");
  });

  it("reads a contraction's stem that is a given name, typed before a name of the corpus, as that name's first word ('don felder'), and leaves 'will' a word", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.md"), `---\ntitle: Gifts\npublished: 2020-01-01\n---\nThe racket was given by Don Felder of Orange.\n\nMr. Felder is her cousin. I don't know why.\n`);
    const gifts = surfaceVocabulary(loadCorpus(dir, null));
    expect(normalizeQuestion("how is don felder related to her", gifts)).toBe("how is Don Felder related to her");
    expect(normalizeQuestion("when will felder visit", gifts)).toBe("when will Felder visit");
  });

  it("takes no capitals from a headline set in the page ('… Daring Rescue of Kidnapped Boy'): 'kidnapped' stays a word", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.md"), `---\ntitle: Boy found\npublished: 2020-01-01\n---\nA video showing a kidnapped boy was released.\n\n'We Found Him!' Video Shows Daring Rescue of Kidnapped Boy\n\nOfficers found him.\n`);
    const rescue = surfaceVocabulary(loadCorpus(dir, null));
    expect(normalizeQuestion("how old was the kidnapped boy", rescue)).toBe("how old was the kidnapped boy");
  });

  it("restores the apostrophe of a possessive that always opens a name ('nations voice' → 'Nation's Voice'), and the name's capitals after it", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.md"), `---\ntitle: Papers\npublished: 2020-01-01\n---\nOn Monday, the Nation’s Voice warned of unrest.\n\nEvery nation votes.\n`);
    expect(normalizeQuestion("what did the nations voice say", surfaceVocabulary(loadCorpus(dir, null)))).toBe("what did the Nation's Voice say");
  });

  it("leaves the word after 'how' as typed, what is asked, though the corpus writes it only in a name ('how big', beside 'the Big Bang')", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.md"), `---\ntitle: Cosmos\npublished: 2020-01-01\n---\nThe universe arose from the Big Bang.\n\nIt has grown since the Big Bang.\n\nStars formed long after the Big Bang.\n`);
    expect(normalizeQuestion("how big is the universe", surfaceVocabulary(loadCorpus(dir, null)))).toBe("how big is the universe");
  });

  it("reads a percent sign typed alone as the word, and 'by how much' as 'how much'", () => {
    expect(normalizeQuestion("what % of raids were in oakland", vocab)).toBe("what percent of raids were in Oakland");
    expect(normalizeQuestion("by how much did arrests rise", vocab)).toBe("how much did arrests rise");
  });

  it("restores possessives and capitals from the corpus's own names, leaving month names as typed", () => {
    expect(normalizeQuestion("what was schaafs warning", vocab)).toBe("what was Schaaf's warning");
    expect(normalizeQuestion("who is karen bass", vocab)).toBe("who is Karen Bass");
    expect(normalizeQuestion("where did agents march", vocab)).toBe("where did agents march");
    // "How" opens one sentence of the corpus and never stands inside one: a function word is still no name.
    expect(normalizeQuestion("how many raids were there", vocab)).toBe("how many raids were there");
  });

  it("reads 'X?? who is that' as a question about X", () => {
    expect(normalizeQuestion("homan?? who is that", vocab)).toBe("who is Homan");
  });

  it("expands a common abbreviation only when the corpus uses its long form and not the abbreviation", () => {
    expect(normalizeQuestion("who is the AG", vocab)).toBe("who is the attorney general");
    // The corpus writes "LA" itself: the abbreviation stays, and the corpus's own long form is found by the index.
    expect(normalizeQuestion("LA mayor", vocab)).toBe("LA mayor");
  });

  it("reads initials the corpus never writes as the capitalized name they spell, but not an English word typed in lower case", () => {
    expect(normalizeQuestion("what did the occ vote on", vocab)).toBe("what did the Oakland City Council vote on");
    expect(normalizeQuestion("what did the OCC vote on", vocab)).toBe("what did the Oakland City Council vote on");
    expect(normalizeQuestion("who is the cat", vocab)).toBe("who is the cat");
  });

  it("takes an English word the corpus shouts in capitals once for no acronym ('A HIGH-powered team'), one it writes so often for one (ICE)", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.md"), `---\ntitle: Shouted\npublished: 2020-01-01\n---\nA HIGH-powered team met the agents of ICE. Then ICE left.\n`);
    const shouted = surfaceVocabulary(loadCorpus(dir, null));
    expect(normalizeQuestion("how high did it fly", shouted)).toBe("how high did it fly");
    expect(normalizeQuestion("when did ice leave", shouted)).toBe("when did ICE leave");
  });

  it("gives a place typed in lower case that the corpus never writes WordNet's capitals, and leaves common phrases", () => {
    expect(normalizeQuestion("how many raids were there in new zealand", vocab)).toBe("how many raids were there in New Zealand");
    expect(normalizeQuestion("who sells hot dogs in the park", vocab)).toBe("who sells hot dogs in the park");
  });

  it("gives a name the corpus's own capitals, not a shouted headline's ('Singing on the Pier', not 'SINGING')", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.md"), "---\ntitle: Show\n---\nPia Lund left “Singing on the Pier.”\n\nEXCLUSIVE: 'SINGING ON THE PIER' JUDGE OPENS UP\n");
    expect(normalizeQuestion("who hosts singing on the pier", surfaceVocabulary(loadCorpus(dir, null)))).toBe("who hosts Singing on the Pier");
  });

  it("gives one word the corpus never writes that WordNet knows only as a name its capital (toyota), not a word of other uses (ford, nice), an abbreviation (ipo) or a name the corpus writes in the plural", () => {
    expect(normalizeQuestion("how many cars did toyota sell in oakland", vocab)).toBe("how many cars did Toyota sell in Oakland");
    expect(normalizeQuestion("did ford build a nice car", vocab)).toBe("did ford build a nice car");
    expect(normalizeQuestion("when did they shelve the ipo", vocab)).toBe("when did they shelve the ipo");
    const dir = tempDir();
    writeFileSync(join(dir, "a.md"), "---\ntitle: Votes\n---\nThe Tories defended the party.\n");
    expect(normalizeQuestion("who defended the tory party", surfaceVocabulary(loadCorpus(dir, null)))).toBe("who defended the tory party");
  });

  it("gives a month typed in lower case before a day or a year its capital ('the may 3 raid'), and leaves the verb ('it may rain')", () => {
    expect(normalizeQuestion("how many people were arrested in the may 3 raid", vocab)).toBe("how many people were arrested in the May 3 raid");
    expect(normalizeQuestion("what happened in march 2018", vocab)).toBe("what happened in March 2018");
    expect(normalizeQuestion("will they march on city hall", vocab)).toBe("will they march on city hall");
  });

  it("reads 'us' after a determiner, a quantifier or do-support and before a noun as the US, and leaves the pronoun", () => {
    expect(normalizeQuestion("how many us military personnel remain", vocab)).toBe("how many US military personnel remain");
    expect(normalizeQuestion("what did the us government say", vocab)).toBe("what did the US government say");
    expect(normalizeQuestion("can you tell us about the raids", vocab)).toBe("can you tell us about the raids");
    expect(normalizeQuestion("how many of us know", vocab)).toBe("how many of us know");
  });

  it("trims punctuation in linear time: 100,000 question marks take milliseconds", () => {
    const started = performance.now();
    expect(trimPunctuation("?".repeat(100_000))).toBe("");
    expect(trimPunctuation(`who is Homan${"?".repeat(100_000)}`)).toBe("who is Homan");
    expect(performance.now() - started).toBeLessThan(500);
  });
});
