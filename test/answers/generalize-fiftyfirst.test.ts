import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir, testCore } from "../helpers.js";

// A fifty-first invented set, for the failures of the held-back sets q83 (a business investigation
// with chart furniture) and q84 (a campus feature whose people have first names only). None of its
// names or phrases is in the bundled corpus.
const desk = tempDir();
writeFileSync(
  join(desk, "cash.md"),
  `---\ntitle: Savers Are Paying Orvik Millions to Park Foreign Profits\npublished: 2016-12-07\n---\n` +
    `Over the years, Orvik Inc. has become the symbol of companies that park their profits abroad.\n\n` +
    `Orvik directs its bond dealers to buy notes on behalf of its Maltese units, all from a plain, two-story building in Dunmore, Vermont. That’s where its internal investment firm, Pippin Capital, is housed.\n\n` +
    `Treasury has paid at least $1.2 billion in interest to big firms since 2012.\n\n` +
    `In the same span, the Treasury has paid Harlow Systems roughly $330 million.\n\n` +
    `The tally excludes Vexil Corp., which does not give a detailed accounting.\n\n` +
    `Those notes may explain a curiosity: how Malta, a nation of less than half a million, managed to amass $171 billion of U.S. government bonds.\n`,
);
writeFileSync(
  join(desk, "campus.md"),
  `---\ntitle: Quiet Voters on Campus\npublished: 2016-11-21\n---\n` +
    `The majority of graduates backed the mayor, except for older graduates, who went for the challenger by a narrow six-point margin.\n\n` +
    `“It’s the new underground,” said Jared, an undergraduate who wore a suit to a meeting of the Tarn College Republicans.\n\n` +
    `At Tarn College, Jared said there is a contingent of young people who support the challenger.\n\n` +
    `“This was the last push of the old guard,” she said of the vote.\n`,
);
const { core } = testCore({ CORPUS_DIR: desk });

describe("figures, where, decide and who stages on a fifty-first unseen article set", () => {
  it("figures: after a place's noun and 'of', a figure is its people ('a nation of less than half a million'), asked how many people live there", () => {
    expect(core.ask("how many people live in malta").answer).toMatch(/^less than half a million\b/);
  });

  it("figures: a sum of the things asked counts them ('$171 billion of U.S. government bonds')", () => {
    expect(core.ask("how many us government bonds does malta hold").answer).toMatch(/^\$171 billion\b/);
  });

  it("where: 'That’s where' places what it tells where the sentence before was, and both are quoted; keeping a thing is no act to state", () => {
    const reply = core.ask("where does orvik keep its internal investment firm");
    expect(reply.answer).toMatch(/^Dunmore\b/);
    expect(reply.answer).toContain("a plain, two-story building in Dunmore, Vermont. That’s where its internal investment firm");
  });

  it("decide: a figure is stated of its thing; a firm the article names once, elsewhere, gets none of another passage's sums", () => {
    expect(core.ask("how much did the treasury pay vexil").answered).toBe(false);
    expect(core.ask("how much did the treasury pay harlow systems").answer).toMatch(/\$330 million\b/);
  });

  it("figures: a figure's unit joined by a hyphen is kept whatever the measure ('a narrow six-point margin')", () => {
    expect(core.ask("by how much did older graduates back the challenger").answer).toMatch(/^six-point\b/);
  });

  it("who: the last name of someone the articles name by a first name only is not told", () => {
    expect(core.ask("what is jareds last name").answered).toBe(false);
  });
});
