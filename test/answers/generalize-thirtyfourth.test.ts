import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load.js";
import { understandQuestion } from "../../src/questions/understand.js";
import { tempDir, testCore } from "../helpers.js";

// A thirty-fourth invented set: an export hold, a league's takings. None of its names or phrases is in the
// bundled corpus. Each test names the stage it pins; each failed on the code before it.
const desk = tempDir();
writeFileSync(
  join(desk, "export.md"),
  `---\ntitle: Varn holds back a key vaccine\npublished: 2020-04-07\n---\n` +
    `The ministry of Varn announced a hold on export of the vaccine on March 12.\n\n` +
    `Varn has reported over 3,000 cases so far.\n`,
);
writeFileSync(
  join(desk, "league.md"),
  `---\ntitle: Why hockey players are not overpaid\npublished: 2016-12-19\n---\n` +
    `Northern League Hockey reported gross revenues of close to $2 billion in 2016, per the Ledger.\n\n` +
    `Fans see an average NLH player making $3 million a year and think it's unfair, because NLH players are playing a kid's game.\n`,
);
const { core } = testCore({ CORPUS_DIR: desk });

describe("understand, decide and extract stages on a thirty-fourth unseen article set", () => {
  it("understand: 'put' is a light verb: 'when did X put a hold on Y' asks when the hold was", () => {
    expect(core.ask("when did varn put a hold on vaccine exports").answer).toMatch(/^March 12/);
  });

  it("decide: a name asked by its initials is named by the words they stand for ('NLH': 'Northern League Hockey reported …'), and 'close to' bounds its figure", () => {
    expect(core.ask("how much revenue did nlh make in 2016").answer).toMatch(/^close to \$2 billion/);
  });

  it("normalize: after 'the', a lower-case 'us' is the United States", () => {
    expect(understandQuestion(loadCorpus(desk), "how many cases in the us").named).toContain("US");
  });
});
