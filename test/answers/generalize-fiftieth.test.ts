import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir, testCore } from "../helpers.js";

// A fiftieth invented set, for the failures of the held-back set q82 (a two-voice holiday address and an
// opinion post quoting a think tank's figures). None of its names or phrases is in the bundled corpus.
const desk = tempDir();
writeFileSync(
  join(desk, "message.md"),
  `---\ntitle: "Weekly Message: Happy Holidays from the Governor"\npublished: 2019-03-03\n---\n` +
    `In this week’s message, the Governor and her husband thanked the volunteers of Corrin County.\n\n` +
    `Over these past six years we have welcomed over half a million visitors to the residence.\n\n` +
    `And on behalf of the whole family – Ana, Tomas, and that rascal Pip – happy holidays, everybody.\n`,
);
writeFileSync(
  join(desk, "clinics.md"),
  `---\ntitle: The Trouble With County Clinics\npublished: 2019-02-11\n---\n` +
    `Since World War II, spending per patient in county clinics has increased by 500 percent.\n\n` +
    `Between 1980 and 2010, the county's clinics saw a 40 percent increase in patients. During that time, the clinics increased their staff by 210 percent.\n\n` +
    `We have expanded library funding by almost three-fold in the last 20 years.\n\n` +
    `From 1995 to 2015, the clinics saw a 12 percent increase in visits. Patient fees have been flat since 1995.\n`,
);
const { core } = testCore({ CORPUS_DIR: desk });

describe("figures, when, ranking and decide stages on a fiftieth unseen article set", () => {
  it("figures: 'half a million' is one figure", () => {
    expect(core.ask("how many visitors did they welcome").answer).toMatch(/^over half a million visitors\b/);
  });

  it("ranking: a sentence opening 'During that time' takes the years of the one before", () => {
    expect(core.ask("how much did clinic staff increase between 1980 and 2010").answer).toMatch(/^210 percent\b/);
  });

  it("figures: 'expand' is a change, told by a multiple", () => {
    expect(core.ask("by how much has library funding expanded in 20 years").answer).toMatch(/^almost three-fold\b/);
  });

  it("when: a date told from the article's own day is anchored to the article's date", () => {
    expect(core.ask("when was the governors message").answer).toMatch(/^this week \(the article is dated March 3, 2019\)\. From/);
  });

  it("questions: 'ww2' is World War II", () => {
    expect(core.ask("how much has spending per patient increased since ww2").answer).toMatch(/^500 percent\b/);
  });

  it("decide: a light verb's object asked by 'what' is the act, and a passage that never names it gives none ('what gift did ana give tomas')", () => {
    expect(core.ask("what gift did ana give tomas").answered).toBe(false);
  });

  it("decide: what a how-much change is asked of is named where the figure is ('fees', not the visits' increase)", () => {
    expect(core.ask("how much did patient fees rise since 1995").answered).toBe(false);
  });
});
