import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir, testCore } from "../helpers.js";

// A twenty-fourth invented set: nurses offering vaccines, a cup's qualifying round, a rally at a state
// capitol, a royal's interview. None of its names or phrases is in the bundled corpus. Each test names
// the stage it pins; each failed on the code before it.
const desk = tempDir();
writeFileSync(
  join(desk, "nurses.md"),
  `---\ntitle: Nurses offer free measles shots at border camps\npublished: 2021-07-01\n---\n` +
    `A group of nurses, alarmed that the agency is refusing vaccines to families in its camps, is urging the ministry to accept its offer to give free measles shots to detainees.\n\n` +
    `In a March 3 letter to the minister, the group said it would send 80 doses of the vaccine and five volunteer physicians to give them.\n\n` +
    `“We ask you to act now,” says the letter signed by nine nurses.\n\n` +
    `In a Rockport camp, a tent meant for 40 held 120 adult males with one tap.\n\n` +
    `Officials said people in the camps were kept warm.\n\n` +
    `The Agency for Disease Prevention recommends every child get a measles shot by the end of May.\n\n` +
    `Even the camp manual notes the ADP rule that children get a measles shot.\n`,
);
writeFileSync(
  join(desk, "cup.md"),
  `---\ntitle: Vale Cup 2030 qualifying ends\npublished: 2021-07-02\n---\n` +
    `Vale Cup 2030 qualifying is over.\n\n` +
    `The group stage of qualifying finished on Tuesday, and 16 teams have booked their places in next year's cup.\n\n` +
    `Ostland drew 1-1 at Merra, while Quill beat Tarn 5-0 to win Group K. The day before, Belo made it as Ivo Stann scored the winner.\n\n` +
    `The national coach of Brelland urged his players to win the group, but Brelland lost.\n`,
);
writeFileSync(
  join(desk, "rally.md"),
  `---\ntitle: Nurses fill the Varn capitol\npublished: 2021-07-03\n---\n` +
    `Published 9:12 AM Jul 3, 2021\n\n` +
    `Several thousand nurses wearing blue surrounded the Varn Capitol on Friday to call for better pay.\n\n` +
    `The union-organized rally represented the state’s biggest such nurse protest in a decade.\n\n` +
    `Ana Roe said she and more than 30 fellow nurses from the Pell clinic left at dawn for the rally.\n\n` +
    `It came as lawmakers meet ahead of their 2022 session that starts in late February.\n`,
);
writeFileSync(
  join(desk, "royal.md"),
  `---\ntitle: A duke's interview\npublished: 2021-07-04\n---\n` +
    `During the visit, the duke was photographed talking with the banker while strolling around Greenway Park.\n\n` +
    `He left the park at noon.\n`,
);
writeFileSync(
  join(desk, "vote.md"),
  `---\ntitle: Voters rebuke the governor\npublished: 2021-07-05\n---\n` +
    `Ostland Democrats beat incumbent Gov. Rolf Pike in a state Marr won by 25 points in 2016.\n\n` +
    `Their nominee in Tessin, Ida Lund, lost by four-and-a-half points, a turnaround from four years ago, when Republican Hal Dorn won in a landslide.\n\n` +
    `In Ostland, the Democratic candidate, Eli Varga — whose father, also as governor, built the state's roads — promised to protect schools and hammered Pike on his plan.\n\n` +
    `A new CAT News poll shows majority support for removal. Fifty-two percent say the governor should be removed.\n\n` +
    `A similarly fresh Norvo poll has lower numbers for removal (41 percent of voters say they want the governor removed).\n\n` +
    `The rear motor makes 380 lb-ft of torque.\n`,
);
const { core } = testCore({ CORPUS_DIR: desk });

describe("stages on a twenty-fourth unseen article set", () => {
  it("extract (who): an act told only by its noun, owned by a pronoun ('accept its offer'), was done by the sentence's subject", () => {
    expect(core.ask("who offered free measles shots").answer).toMatch(/^A group of nurses\. From/);
  });

  it("extract (who): the subject of a clause whose purpose is the asked act did it ('Quill beat Tarn 5-0 to win Group K'), not the object of a verb of asking ('urged his players to win')", () => {
    expect(core.ask("who won group k").answer).toMatch(/^Quill\. From/);
    expect(core.ask("who won the group for brelland").answer).not.toMatch(/^The national coach/);
  });

  it("corpus: a lone capital's full stop before a word of grammar ends a sentence ('Group K. The day before'), so a scorer for another side is no answer for this one", () => {
    const trap = core.ask("who scored for ostland against merra");
    expect(trap.answered).toBe(false);
  });

  it("extract: a figure that is part of a number the question gives is still a figure ('16 teams' for 'Vale Cup 2030')", () => {
    expect(core.ask("how many teams qualified for vale cup 2030").answer).toMatch(/^16 teams\. From/);
  });

  it("extract: a verb right after 'how many' counts whoever did it ('how many signed the letter': nine nurses)", () => {
    expect(core.ask("how many signed the letter").answer).toMatch(/^nine\b/);
  });

  it("extract: a count of people may be told by a noun whose second sense is people ('120 adult males')", () => {
    expect(core.ask("how many people were in the rockport tent").answer).toMatch(/^120\b/);
  });

  it("retrieve: a noun of the question is matched by a synonym of its commonest sense ('doctors': physicians)", () => {
    expect(core.ask("how many doctors would give the shots").answer).toMatch(/^five volunteer physicians\b/);
  });

  it("entities: a capitalized name with 'for' whose initials the article uses ('Agency for Disease Prevention', 'ADP') is known by them", () => {
    expect(core.ask("when does the adp say to get a measles shot").answer).toMatch(/^the end of May\. From/);
  });

  it("extract (where): a place after 'around' is where something happened ('strolling around Greenway Park')", () => {
    expect(core.ask("where was the duke photographed with the banker").answer).toMatch(/^Greenway Park\. From/);
  });

  it("decide: a lede after a dateline is carried on by the next paragraph when that refers back ('The union-organized rally'), so its figure answers", () => {
    expect(core.ask("how many nurses rallied at the varn capitol").answer).toMatch(/^Several thousand nurses\. From/);
  });

  it("extract: 'by how much did X win' asks a margin, in points or votes ('won by 25 points', 'lost by four-and-a-half points')", () => {
    expect(core.ask("by how much did marr win ostland in 2016").answer).toMatch(/^25 points\. From/);
    expect(core.ask("by how much did ida lund lose").answer).toMatch(/^four-and-a-half points\. From/);
  });

  it("extract: a unit's symbol joined by a hyphen is the whole unit ('380 lb-ft')", () => {
    expect(core.ask("how much torque does the rear motor make").answer).toMatch(/^380 lb-ft\. From/);
  });

  it("decide (who): a relation asked of a full name ('Eli Varga's father') is answered only where a passage names that person, not by someone else the sentence names", () => {
    const trap = core.ask("who is eli vargas father");
    expect(trap.answered).toBe(false);
  });

  it("decide (who): a doer in a clause set at an earlier time ('four years ago, when Republican Hal Dorn won') did it then, not in what is asked", () => {
    expect(core.ask("who won the tessin governor race").answered).toBe(false);
  });

  it("normalize: initials the corpus writes in capitals before a name ('CAT News', though 'cat' is a word) are that name typed in lower case, so the poll asked of is found", () => {
    expect(core.ask("what percent support removal in the cat poll").answer).toMatch(/^Fifty-two percent\. From/);
  });

  it("rank: a demand ('to call for better pay') gives the reason asked by 'why'", () => {
    expect(core.ask("why did the nurses protest").answer).toMatch(/\[[12]\] Several thousand nurses wearing blue surrounded the Varn Capitol on Friday to call for better pay\./);
  });

  it("extract (when): a year naming the asked thing ('their 2022 session') gives way to the date the asked verb has ('starts in late February')", () => {
    expect(core.ask("when does the legislative session start").answer).toMatch(/^late February\. From/);
  });
});
