import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir, testCore } from "../helpers.js";

// A fifty-sixth invented set, for the failures of the held-back set q89 (a festival preview). None of its
// names or phrases is in the bundled corpus.
const desk = tempDir();
writeFileSync(
  join(desk, "festival.md"),
  `---\ntitle: "The 4th Harlow Lantern Festival"\npublished: 2018-09-15\n---\n` +
    `As of 3 December 2018, twenty lanterns will light up the old harbor of Harlow for the fourth year in a row.\n\n` +
    `All lanterns will be lit together during the 40-day-long festival.\n\n` +
    `Exclusively for the festival, a collective built a boat of lights ten meters long.\n`,
);
const { core } = testCore({ CORPUS_DIR: desk });

describe("decide and figures stages on a fifty-sixth unseen article set", () => {
  it("decide: a beginning is stated by the date a thing runs from ('As of 3 December 2018, twenty lanterns will light up')", () => {
    expect(core.ask("when does the harlow lantern festival start").answer).toMatch(/^3 December 2018\b/);
  });

  it("figures: a unit joined to its figure by a hyphen measures the noun asked of ('the 40-day-long festival')", () => {
    expect(core.ask("how long is the festival").answer).toMatch(/^40-day\b/);
  });
});
