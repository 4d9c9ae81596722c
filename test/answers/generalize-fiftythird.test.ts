import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir, testCore } from "../helpers.js";

// A fifty-third invented set, for the failures of the held-back set q86 (a health case study and a fact
// check whose answers stand in sentences that never repeat the headline's words). None of its names or
// phrases is in the bundled corpus.
const desk = tempDir();
writeFileSync(
  join(desk, "case.md"),
  `---\ntitle: A Woman Developed 'Wool Rug Cough' After Buying a New Carpet\npublished: 2019-11-18\n---\n` +
    `A Welsh woman’s decision to change her carpet left her short of breath for a year, her doctors say.\n\n` +
    `According to the study, the 38-year-old woman had suffered months of coughing by the time she saw her doctor in March 2017.\n\n` +
    `The cough was later named after the rug itself, and doctors call it wool rug cough in their case report on the woman.\n`,
);
writeFileSync(
  join(desk, "bar.md"),
  `---\ntitle: "Fact Check: Is A 'Silence Booth' In Lyon Selling Quiet For 5 Euros?"\npublished: 2019-11-19\n---\n` +
    `According to the website, the name of the silence booth is ‘Calm Cube’.\n\n` +
    `The silence booth charges 5 euros for ten minutes of quiet.\n`,
);
const { core } = testCore({ CORPUS_DIR: desk });

describe("decide and which stages on a fifty-third unseen article set", () => {
  it("decide: a word of the article's headline is no word the answering passage lacks ('the woman with wool rug cough')", () => {
    expect(core.ask("how old was the woman with wool rug cough").answer).toMatch(/^38\b/);
  });

  it("which: 'what is X called' asks X's name, and 'the name of the X is ‘Y’' gives it", () => {
    expect(core.ask("what is the silence booth called").answer).toMatch(/^Calm Cube\. From/);
    expect(core.ask("what is the name of the silence booth").answer).toMatch(/^Calm Cube\. From/);
  });
});
