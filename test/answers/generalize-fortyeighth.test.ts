import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir, testCore } from "../helpers.js";

// A forty-eighth invented set, for the failures of the held-back set q79 (a memoir essay in the first
// person). None of its names or phrases is in the bundled corpus.
const desk = tempDir();
writeFileSync(
  join(desk, "memoir.md"),
  `---\ntitle: What My Father Taught Me | The Harbor Review\npublished: 2016-12-05\nbyline: Ivo Lantern\n---\n` +
    `My father was a surveyor, and my grandmother ran a small school in a cottage outside Tarrow.\n\n` +
    `I will never forget the day my father phoned me to ask for money. He was sixty-two, and close to being broke; I was twenty-five.\n\n` +
    `His hero was the engineer Hal Brennock, who rose at five in the morning to draw his bridges.\n\n` +
    `My father died a Quaker, sure of his place among friends.\n\n` +
    `The mayor, who hired my father less than three months ago, praised his maps.\n`,
);
const { core } = testCore({ CORPUS_DIR: desk });

describe("byline, where, figures, when and decide stages on a forty-eighth unseen article set", () => {
  it("byline: an article asked by its title's words is answered by its byline ('who wrote what my father taught me')", () => {
    expect(core.ask("who wrote what my father taught me").answer).toMatch(/^Ivo Lantern, by the byline\b/);
  });

  it("where: 'outside' before a place is told with it ('outside Tarrow')", () => {
    expect(core.ask("where was the small school").answer).toMatch(/^outside Tarrow\b/);
  });

  it("figures: a spelled-out number after a pronoun's 'was', the clause going on, is an age ('He was sixty-two, and …')", () => {
    expect(core.ask("how old was his father when he phoned").answer).toMatch(/^sixty-two\b/);
  });

  it("when: an hour in words is a time of day ('at five in the morning')", () => {
    expect(core.ask("what time did brennock rise").answer).toMatch(/^five in the morning\b/);
  });

  it("when: a bound before a date is told with it ('less than three months ago')", () => {
    expect(core.ask("when did the mayor hire his father").answer).toMatch(/^less than three months ago\b/);
  });

  it("decide: 'what did X die of' needs the passage to write the verb with 'of' or 'from' ('died a Quaker' tells no cause)", () => {
    expect(core.ask("what did his father die of").answered).toBe(false);
  });
});
