import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir, testCore } from "../helpers.js";

// A forty-seventh invented set, for the failures of the held-back set q78 (a museum feature: sections
// headed by an object, a donor's line and quote, captions printed twice). None of its names or phrases is
// in the bundled corpus.
const desk = tempDir();
writeFileSync(
  join(desk, "museum.md"),
  `---\ntitle: The Harbor Museum of Maritime Labor\npublished: 2016-09-15\n---\n` +
    `Produced by Ana Pike and Jo Marsh, Photographs by Ray Tull, Written by Owen Farrish, Graphics by Li Chen\n\n` +
    `The 250,000-square-foot building stands on a four-acre site by the river.\n\n` +
    `Okon’s Compass\n\n` +
    `Lena Dorsey, Mobile, Ala.\n\n` +
    `Photographs by Ray Tull\n\n` +
    `“It’s been in the family since 1908 and was kept in a sea chest, then a closet. I met with the Okon family two or three years ago and it was a good day.”\n\n` +
    `Mr. Pell is Okon’s great-nephew. Okon was a harbor pilot for forty years.\n\n` +
    `Ms. Arden’s grandfather was a member of the Dock Wardens, a unit of volunteers.\n\n` +
    `Ms. Arden’s grandfather was a member of the Dock Wardens, a unit of volunteers.\n`,
);
const { core } = testCore({ CORPUS_DIR: desk });

describe("figures, understand, decide and rank stages on a forty-seventh unseen article set", () => {
  it("figures: a 'square-foot' compound is a size in feet, told whole ('250,000-square-foot')", () => {
    expect(core.ask("how big is the building").answer).toMatch(/^250,000-square-foot\b/);
  });

  it("understand and extract: 'since when' asks when a state began, told by 'since' ('since 1908', not 'two or three years ago'); a section's heading names whom its quote is about", () => {
    expect(core.ask("since when has okons compass been in the family").answer).toMatch(/^1908\b/);
  });

  it("decide: a kin noun after a possessive tells how two people are related ('Mr. Pell is Okon’s great-nephew')", () => {
    expect(core.ask("how is pell related to okon").answer).toMatch(/great-nephew/);
  });

  it("byline: a feature without a byline is written by whom its credits at the top say ('Written by Owen Farrish')", () => {
    expect(core.ask("who wrote the article").answer).toMatch(/^Owen Farrish, by the credit line\b/);
  });

  it("rank: a paragraph the page prints twice is one passage", () => {
    const answer = core.ask("what unit was ardens grandfather in").answer;
    expect(answer).toMatch(/Dock Wardens/);
    expect(answer.match(/Dock Wardens, a unit/g)).toHaveLength(1);
  });
});
