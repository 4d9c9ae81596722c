import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir, testCore } from "../helpers.js";

// A forty-fifth invented set, for the failures of the held-back set q76 (a long magazine essay on a
// political idea's history). None of its names or phrases is in the bundled corpus.
const desk = tempDir();
writeFileSync(
  join(desk, "league.md"),
  `---\ntitle: 'The Northern League: an old dream revived'\npublished: 2017-03-01\n---\n` +
    `On a cold Monday in March 1998, Greta Holloway rose to deliver a speech in Oslo. Her hosts were the English-Speaking Union (ESU), founded in 1921 to promote ties between the “English-speaking peoples.” The English-speaking world, she proclaimed, had a providential task to fulfil.\n\n` +
    `Indeed she was drawing on a proposal that the historian Piet Marrow had sketched in a lecture a few months earlier.\n\n` +
    `The latest iteration of this idea is NORISFAR (Norway, Iceland, and the Faroe Islands). It envisages integration as if distance did not exist.\n\n` +
    `Marrow imagined a time when the capital of the union would alternate between Oslo and Reykjavik.\n\n` +
    `The two sides have been unable to arrange a meeting between Mr. Dahl and his Icelandic counterpart in Bergen this month.\n`,
);
const { core } = testCore({ CORPUS_DIR: desk });

describe("understand, extract and who stages on a forty-fifth unseen article set", () => {
  it("understand: a verb's irregular past is no name, though WordNet lists a person so spelled ('drew')", () => {
    expect(core.ask("who sketched the proposal holloway drew on").answer).toMatch(/^Piet Marrow\b/);
  });

  it("understand: a name written with a hyphen and a participle inside is one word typed apart ('english speaking union')", () => {
    expect(core.ask("when was the english speaking union founded").answer).toMatch(/^1921\b/);
  });

  it("extract: what a blend of names stands for is the list in brackets right after it ('NORISFAR (Norway, Iceland, and the Faroe Islands)')", () => {
    expect(core.ask("what does norisfar stand for").answer).toMatch(/^Norway, Iceland, and the Faroe Islands\b/);
  });

  it("where: 'between X and Y' names both places ('alternate between Oslo and Reykjavik')", () => {
    expect(core.ask("where did marrow want the capital to alternate").answer).toMatch(/^Oslo and Reykjavik\b/);
  });

  it("where: a name after a courtesy title is a person, no place ('a meeting between Mr. Dahl and …, in Bergen')", () => {
    expect(core.ask("where was the meeting with dahl supposed to be").answer).toMatch(/^Bergen\b/);
  });

  it("who: a possessive's agent noun of the asked verb names the doer ('Her hosts were the English-Speaking Union'); hosting is the act asked", () => {
    expect(core.ask("who hosted holloways speech").answer).toMatch(/^the English-Speaking Union\b/);
  });
});
