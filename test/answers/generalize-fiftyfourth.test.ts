import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir, testCore } from "../helpers.js";

// A fifty-fourth invented set, for the failures of the held-back set q87 (an explainer on a city's
// smog, thick with figures). None of its names or phrases is in the bundled corpus.
const desk = tempDir();
writeFileSync(
  join(desk, "smog.md"),
  `---\ntitle: "Varna smog: the rule that feeds the city's haze"\npublished: 2019-11-08\n---\n` +
    `Another cloud of dust is set to settle upon the 4 million residents of Varna this week, forecasters warn.\n\n` +
    `The health agency reported last year that 7 of the 10 cities with the most PM2.5 pollution were in the region.\n\n` +
    `The urban sources of haze have also increased as the valley's population has boomed by more than 900,000 people in the past decade.\n`,
);
const { core } = testCore({ CORPUS_DIR: desk });

describe("figures and decide stages on a fifty-fourth unseen article set", () => {
  it("figures: a count of a population's unit, of the place asked, right after the figure ('the 4 million residents of Varna')", () => {
    expect(core.ask("how many people live in varna").answer).toMatch(/^4 million residents\b/);
  });

  it("figures: the digits after a decimal point are no figure of their own ('PM2.5' counts no cities)", () => {
    expect(core.ask("how many of the 10 most polluted cities are in the region").answer).toMatch(/^7\b/);
  });

  it("figures: 'boom' is a change, and a change of a population is told in people", () => {
    expect(core.ask("by how much has the valleys population grown").answer).toMatch(/^more than 900,000 people\b/);
  });
});
