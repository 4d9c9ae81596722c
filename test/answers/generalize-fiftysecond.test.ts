import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir, testCore } from "../helpers.js";

// A fifty-second invented set, for the failures of the held-back set q85 (a box-office column whose
// figures are labelled lines under each film's title). None of its names or phrases is in the bundled corpus.
const desk = tempDir();
writeFileSync(
  join(desk, "column.md"),
  `---\ntitle: "Box Office: A Quiet Weekend for 'Lanterns'"\npublished: 2016-10-02\nbyline: Remy Stroud\n---\n` +
    `Each week, I guess how much new films will make on their opening weekend, and so does our editor Ola Brisk.\n\n` +
    `Last Week:\n\n` +
    `House of Amber Lanterns\n\n` +
    `My Guess: $14,000,000\n\n` +
    `Ola’s Guess: $16,500,000\n\n` +
    `Actual: $15,200,000\n\n` +
    `Result: A narrow win for Ola.\n\n` +
    `Tide Runners\n\n` +
    `My Guess: $9,000,000\n\n` +
    `Ola’s Guess: $7,500,000\n\n` +
    `Actual: $8,100,000\n\n` +
    `This week:\n\n` +
    `The Keeper of Salt\n\n` +
    `My guess: $21,000,000\n\n` +
    `Ola’s guess: $24,000,000\n`,
);
const { core } = testCore({ CORPUS_DIR: desk });

describe("labelled values under a heading (labels stage) on a fifty-second unseen article set", () => {
  it("a title-case heading keeps its small words in lower case ('House of Amber Lanterns'), and the label the question's word names answers ('actually': Actual)", () => {
    const reply = core.ask("what did house of amber lanterns actually make");
    expect(reply.answer).toMatch(/^\$15,200,000\. From "Box Office: A Quiet Weekend for 'Lanterns'": House of Amber Lanterns … Actual: \$15,200,000$/);
  });

  it("a name the heading does not give is the label's ('Ola’s Guess')", () => {
    expect(core.ask("what was olas guess for tide runners").answer).toMatch(/^\$7,500,000\b/);
  });

  it("asked what was done, with no label's word, the line of what was answers, not a guess", () => {
    expect(core.ask("how much did tide runners make").answer).toMatch(/^\$8,100,000\b/);
  });

  it("a heading with no such line answers nothing of it; nor does the line of what was answer an attribute no label names", () => {
    expect(core.ask("how much did the keeper of salt actually make").answered).toBe(false);
    expect(core.ask("what was the budget of tide runners").answered).toBe(false);
  });
});
