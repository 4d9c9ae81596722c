import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir, testCore } from "../helpers.js";

// A fifty-sixth invented set, for the failures of the held-back sets q89 (a festival preview) and q90 (a
// celebrity photo flash). None of its names or phrases is in the bundled corpus.
const desk = tempDir();
writeFileSync(
  join(desk, "festival.md"),
  `---\ntitle: "The 4th Harlow Lantern Festival"\npublished: 2018-09-15\n---\n` +
    `As of 3 December 2018, twenty lanterns will light up the old harbor of Harlow for the fourth year in a row.\n\n` +
    `All lanterns will be lit together during the 40-day-long festival.\n\n` +
    `Exclusively for the festival, a collective built a boat of lights ten meters long.\n`,
);
writeFileSync(
  join(desk, "flash.md"),
  `---\ntitle: "Actress Ada Osei Is Looking Stunning In New Photos"\npublished: 2018-10-06\n---\n` +
    `Veteran actress Ada Osei has taken to her Instagram page to share new photos of herself.\n\n` +
    `The 52 year old was one of the guests invited to an event by the mogul Tunde Bello.\n`,
);
const { core } = testCore({ CORPUS_DIR: desk });

describe("decide and figures stages on a fifty-sixth unseen article set", () => {
  it("decide: a beginning is stated by the date a thing runs from ('As of 3 December 2018, twenty lanterns will light up')", () => {
    expect(core.ask("when does the harlow lantern festival start").answer).toMatch(/^3 December 2018\b/);
  });

  it("ranking: a sentence opening on an age written without hyphens goes on about the person before ('The 52 year old was')", () => {
    expect(core.ask("how old is ada osei").answer).toMatch(/^52\b/);
  });

  it("figures: a unit joined to its figure by a hyphen measures the noun asked of ('the 40-day-long festival')", () => {
    expect(core.ask("how long is the festival").answer).toMatch(/^40-day\b/);
  });
});
