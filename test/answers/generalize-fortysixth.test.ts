import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir, testCore } from "../helpers.js";

// A forty-sixth invented set, for the failures of the held-back set q77 (a short political column, a
// conference talk on technology and work). None of its names or phrases is in the bundled corpus.
const desk = tempDir();
writeFileSync(
  join(desk, "talk.md"),
  `---\ntitle: What comes after the mill?\npublished: 2016-10-19\n---\n` +
    `We heard recently from researchers at Vellum College that up to 38% of clerical tasks, including many filing jobs, could be eliminated by software within the next 15 years.\n\n` +
    `Back in 1764 and 1765, a group of spinners led by Tam Hollin staged a revolt, burning the frames that threatened their trade.\n\n` +
    `Mara Queln, author of Owing: A History of Credit, pointed out that we went from 12% of farms in the county having telephones in 1925 to 55% ten years later.\n\n` +
    `A ballot review being led by Corin Vash (with an assist from Dela Marsh) shows the same elites at work.\n`,
);
const { core } = testCore({ CORPUS_DIR: desk });

describe("clauses, dates, figures and who stages on a forty-sixth unseen article set", () => {
  it("clauses: an aside opened by 'including' ends no clause ('38% of clerical tasks, including many filing jobs, could be eliminated')", () => {
    expect(core.ask("what share of clerical tasks could be eliminated by software").answer).toMatch(/^up to 38%/);
  });

  it("extract: dates given together are told together, whichever is nearest ('in 1764 and 1765')", () => {
    expect(core.ask("when did the spinners revolt").answer).toMatch(/^1764 and 1765\b/);
  });

  it("figures: the year asked, written between a figure and the next, picks that figure ('from 12% … in 1925 to 55% ten years later')", () => {
    expect(core.ask("what share of farms had telephones in 1925").answer).toMatch(/^12%/);
  });

  it("who: the asked verb's own spelling as a noun after an article, then who did it ('with an assist from Dela Marsh')", () => {
    expect(core.ask("who assisted the ballot review").answer).toMatch(/^Dela Marsh\b/);
  });
});
