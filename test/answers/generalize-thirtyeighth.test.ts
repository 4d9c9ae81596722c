import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir, testCore } from "../helpers.js";

// A thirty-eighth invented set, for the failures of the held-back set q63 (an electoral college vote).
// None of its names or phrases is in the bundled corpus.
const desk = tempDir();
writeFileSync(
  join(desk, "electors.md"),
  `---\ntitle: Electors defect in Vell\npublished: 2016-12-20\n---\n` +
    `Tomas Vrell, who wrote in the Vell Ledger that he would not vote for Ada Quint, voted for Hal Brisk instead.\n\n` +
    `Another elector voted for Rona Pike, but Quint still won with 41 votes.\n\n` +
    `In Harrowgate, Rona Pike won 9 votes, but two electors defected.\n\n` +
    `Overall, the north gave Quint 12 votes, pushing her to 41 votes, well over the 26 needed.\n\n` +
    `That vote belonged to Robert Kessing of Vell’s Harrow Tribe.\n\n` +
    `For renters, it can be tricky to navigate the aisles of smart heaters, fans, and vacuums.\n\n` +
    `As a rule, smart heaters are typically off-limits for renters. These products require rewiring that's hidden behind walls, after all.\n\n` +
    `The Kessler fund agreed to inject $6 billion in debt and equity into the party and to fund a $2 billion buyout of existing donors, including $1 billion for some of Quint’s pledges.\n\n` +
    `In a stunning move on Sunday, Quint's campaign manager, Lia Dorn, slammed her boss’s flirtation with Pell Varga for the Treasury Department.\n`,
);
writeFileSync(
  join(desk, "album.md"),
  `---\ntitle: 'Harbor Lights: Harbor Lights Album Review'\nbyline: Cora Vant\npublished: 2017-01-09\n---\n` +
    `The duo's latest record finds them back to a two-person setup.\n\n` +
    `Dane Orrin is a marketing and sales expert who has worked with Kessler, Brightnet, and other firms.\n`,
);
const { core } = testCore({ CORPUS_DIR: desk });

describe("who and entity stages on a thirty-eighth unseen article set", () => {
  it("who: whom someone did something for is the name after the verb and its preposition, not one a denying clause names ('would not vote for Ada Quint, voted for Hal Brisk')", () => {
    expect(core.ask("who did tomas vrell vote for").answer).toMatch(/^Hal Brisk\b/);
  });

  it("who: where the passages name the one asked only as the object ('voted for Rona Pike'), whom they did it for is not told", () => {
    expect(core.ask("who did rona pike vote for").declined).toBeTruthy();
  });

  it("where: a name before 'for' is whom, not where ('flirtation with Pell Varga for the Treasury Department')", () => {
    expect(core.ask("where did lia dorn slam the varga flirtation").answer).not.toMatch(/^Treasury Department\b/);
  });

  it("why: a sentence ending in 'after all' gives the reason for the one before it", () => {
    expect(core.ask("why are smart heaters off limits").answer).toMatch(/rewiring/);
  });

  it("understand and extract: a count needed is told by the figure before 'needed', the act it is needed for left unsaid ('well over the 26 needed')", () => {
    expect(core.ask("how many votes are needed to win").answer).toMatch(/^26\b/);
  });

  it("extract: a list item's phrase ends at the next figure ('$6 billion in debt … and to fund a $2 billion buyout' is no figure of the buyout)", () => {
    expect(core.ask("how big is the buyout of donors").answer).toMatch(/^\$2 billion\b/);
  });

  it("decide: asked a whole ('overall'), a figure the passage scopes to one place ('In Harrowgate, Rona Pike won 9 votes') is a part", () => {
    expect(core.ask("how many votes did rona pike win overall").declined).toBeTruthy();
    expect(core.ask("how many votes did rona pike win in harrowgate").answer).toMatch(/^9 votes\b/);
  });

  it("byline: who reviewed the album is the review's writer ('Album Review', by its byline)", () => {
    expect(core.ask("who reviewed the album").answer).toMatch(/^Cora Vant\b/);
  });

  it("entities: a role told by 'is' ends before its relative clause ('a marketing and sales expert who has worked with Kessler')", () => {
    expect(core.ask("who is dane orrin").answer).toMatch(/^Dane Orrin: a marketing and sales expert\b/);
  });

  it("entities: a body after 'of' ending the sentence is a person's, its full stop no part of it ('of Vell’s Harrow Tribe.')", () => {
    expect(core.ask("who is robert kessing").answer).toMatch(/^Robert Kessing: Vell’s Harrow Tribe\b/);
  });
});
