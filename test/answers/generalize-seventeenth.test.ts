import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load.js";
import { normalizeQuestion } from "../../src/questions/normalize.js";
import { surfaceVocabulary } from "../../src/questions/vocabulary.js";
import { expectDeclined, tempDir, testCore } from "../helpers.js";

// A seventeenth invented article, a police blotter and a game story: none of its names or phrases is
// in the bundled corpus. Each test names the stage or feature it pins; each failed on the code before it.
const desk = tempDir();
writeFileSync(
  join(desk, "blotter.md"),
  `---\ntitle: Police arrest three in Dray raid\npublished: 2021-05-04\n---\n` +
    `Officers arrested Marta K. Vell, 41, of Lindenford, after a traffic stop.\n\n` +
    `All three were taken to the Dray County Jail.\n\n` +
    `Marta K. Vell: Two counts of theft, held in jail with no bond.\n\n` +
    `Victor P. Hask: Three counts of burglary, held in jail in lieu of $45,000 bond.\n\n` +
    `Ilse M. Dorn: Theft, held in jail in lieu of $12,500 bond.\n`,
);
writeFileSync(
  join(desk, "game.md"),
  `---\ntitle: Otters beat Herons\npublished: 2021-05-04\n---\n` +
    `The Otters led 10-7 at halftime before scoring 21 points in the third quarter.\n\n` +
    `At 6-3, including 4-2 in the North Division, the Otters lead the league.\n\n` +
    `The Herons lost the game 31-14 after a late loss of form, said coach Ada Brill after the loss to the Pikes last week.\n`,
);
writeFileSync(
  join(desk, "advice.md"),
  `---\ntitle: Husband books a business class flight to Vessa\npublished: 2021-05-05\n---\n` +
    `My husband just purchased plane tickets to Vessa.\n\n` +
    `Ask Mira is written by Ada Lorne, also known as Ida Venn, and was founded by her mother, Pauline Venn.\n`,
);
writeFileSync(
  join(desk, "lights.md"),
  `---\ntitle: The Varno Light Festival\npublished: 2018-09-15\n---\n` +
    `The Varno Light Festival can be enjoyed until 20 January 2019.\n\n` +
    `Tomas Brel and Ivo Kann (Croatia) found inspiration for their work in an old painting.\n\n` +
    `VKE Group (Israel) is an expert on light art, the founders Ari Dov and Sara Lev are the artistic directors of its shows.\n\n` +
    `Lanterns by VKE Group\n\n` +
    `Dawn Works Studio (Peru) made the lanterns.\n`,
);
const { core } = testCore({ CORPUS_DIR: desk });

describe("index, place, figure and decide stages on a seventeenth unseen article", () => {
  it("index: an ordinal written in figures is the word ('3rd quarter' is the 'third quarter')", () => {
    const a = core.ask("how many points did the otters score in the 3rd quarter");
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^21\b/);
  });

  it("figures: a team's record is a score ('At 6-3'), the part a qualifier names when asked ('4-2 in the North Division'); a game's score is the one its result tells ('lost 31-14', 'led 10-7')", () => {
    expect(core.ask("whats the otters record").answer).toMatch(/^6-3\b/);
    expect(core.ask("what is the otters north division record").answer).toMatch(/^4-2\b/);
    expect(core.ask("what was the score of the herons game").answer).toMatch(/^31-14\b/);
    expect(core.ask("what was the halftime score").answer).toMatch(/^10-7\b/);
  });

  it("doer: who beat a team, told from the loser's side ('the loss to the Pikes'), is the winner; asked who beat the winner, no one", () => {
    expect(core.ask("who beat the herons").answer).toMatch(/^the Pikes\. From/);
    expectDeclined(core, "who beat the pikes", /./);
  });

  it("decide: a headline's words state a verb as its terms do ('flight' in the headline: flying)", () => {
    expect(core.ask("where is the husband flying to").answer).toMatch(/^Vessa\b/);
  });

  it("doer: the agent of the asked verb, described before its name ('founded by her mother, Pauline Venn'), not the agent of another ('written by Ada Lorne')", () => {
    expect(core.ask("who founded ask mira").answer).toMatch(/^Pauline Venn\. From/);
    expect(core.ask("who writes ask mira").answer).toMatch(/^Ada Lorne\. From/);
  });

  it("decide: 'until' a date states when something ends ('can be enjoyed until 20 January 2019')", () => {
    expect(core.ask("when does the varno light festival end").answer).toMatch(/^20 January 2019\b/);
  });

  it("decide: a name typed in other capitals is the same name, no rival ('vke group' for 'VKE Group')", () => {
    expect(core.ask("who founded vke group").answer).toMatch(/^Ari Dov, Sara Lev\. From/);
  });

  it("place: where a person is from, the country in brackets after the name ('Ivo Kann (Croatia)')", () => {
    expect(core.ask("where is ivo kann from").answer).toMatch(/^Croatia\b/);
  });

  it("normalize: a plural noun the articles capitalize, once, after 'the' is a name ('the Pikes')", () => {
    expect(normalizeQuestion("who beat the pikes", surfaceVocabulary(loadCorpus(desk, null)))).toBe("who beat the Pikes");
  });

  it("place: where a person is from, their age between as papers write it ('Marta K. Vell, 41, of Lindenford')", () => {
    expect(core.ask("where is marta vell from").answer).toMatch(/^Lindenford\b/);
  });

  it("figures and decide: 'how much was X's bond' asks a sum of money, so a count on X's line ('Two counts of theft') is no answer; and the next line's sum is another person's, named there", () => {
    expect(core.ask("how much was victor hasks bond").answer).toMatch(/^\$45,000\b/);
    expectDeclined(core, "how much was marta vells bond", /name_absent/);
  });
});
