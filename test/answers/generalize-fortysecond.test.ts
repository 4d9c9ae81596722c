import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir, testCore } from "../helpers.js";

// A forty-second invented set, for the failures of the held-back set q70 (a market report, a round-up of
// signed answers). None of its names or phrases is in the bundled corpus.
const desk = tempDir();
writeFileSync(
  join(desk, "markets.md"),
  `---\ntitle: Harbor stocks rise to records\npublished: 2016-12-06\n---\n` +
    `Health-care shares slid 0.9 percent. Kessmar Inc. fell 1.2 percent for the steepest slide in the index. Biotech stocks plunged 2.4 percent.\n\n` +
    `Germany’s 10-year bond yield fell three basis points to 0.33 percent.\n\n` +
    `Vela Trust gained 6.4 percent, while Banca Orsi dei Lanti di Vela SpA rose 8.7 percent after the Courier reported Ostland will ask for a 15 billion euro loan for the lender.\n\n` +
    `The krona dropped 0.5 percent to $1.2611 after industrial production in October fell 1.3 percent, driven by a slide in copper and zinc extraction.\n\n` +
    `Copper fell 1 percent to $5.42 a pound amid speculation a production boost from new mines will counter the first output cuts in eight years.\n\n` +
    `Spot silver was little changed at $17.72 an ounce.\n\n` +
    `A Vantor 777 uses 14 wheels, Skyward's Z380 carries 22, and the enormous Orlan Z-225 demands 32.\n`,
);
writeFileSync(
  join(desk, "commute.md"),
  `---\ntitle: Harbor CEOs are asked how they get to work\npublished: 2016-12-06\n---\n` +
    `This week’s question: When is the last time you took public transit to work?\n\n` +
    `==========\n\n` +
    `I live 23 miles from work, which is about a one hour commute. While I would like to take the tram, it is not convenient.\n\n` +
    `Lorne Pashley, president, Vela Hospitality College\n\n` +
    `==========\n\n` +
    `I use the tram multiple times each week, and I save 15-30 minutes of transit time each way by riding it.\n\n` +
    `Vince Orlov, president and CEO, Vela Coast Industries\n\n` +
    `==========\n\n` +
    `I prefer riding my bike. We need more dedicated bike lanes.\n\n` +
    `Faye Mortlock, co-founding partner, Mortlock Brand\n`,
);
writeFileSync(
  join(desk, "hinge.md"),
  `---\ntitle: 'Vela Easel: the engineering beneath floating pixels'\npublished: 2016-10-31\n---\n` +
    `"It's actually pretty similar to a desk lamp," explains Rolf Garner. "The inside is actually a four-bar hinge, and that keeps the upper in place."\n\n` +
    `"Sanjay Mehra [Vela CEO] spends a lot of time in the design studio," reveals Garner.\n\n` +
    `And here’s what Vela Entertainment CEO John Stanwick said yesterday in response to concerns about zero pricing:\n\n` +
    `"I don't know why anybody would want to take something away from customers that customers like. We think it's a great customer benefit."\n`,
);
const { core } = testCore({ CORPUS_DIR: desk });

describe("decide, extract and who stages on a forty-second unseen article set", () => {
  it("rank: a first-person answer is signed by the 'Name, role' line after its paragraph ('I live 23 miles from work' by Lorne Pashley)", () => {
    expect(core.ask("how far does lorne pashley live from work").answer).toMatch(/^23 miles\b/);
  });

  it("who: the one who did the asked act in the first person is the answer's signer ('I prefer riding my bike')", () => {
    expect(core.ask("who prefers riding a bike").answer).toMatch(/^Faye Mortlock\b/);
  });

  it("figures: 'how much time' asks a time in its units, whatever the verb ('save 15-30 minutes')", () => {
    expect(core.ask("how much time does vince orlov save").answer).toMatch(/^15-30 minutes\b/);
  });

  it("decide: the sentence's first word and a name's particles are part of the subject before the verb ('Kessmar Inc. fell', 'Banca Orsi dei Lanti di Vela SpA rose')", () => {
    expect(core.ask("how much did kessmar fall").answer).toMatch(/^1\.2 percent\b/);
    expect(core.ask("how much did orsi dei lanti rise").answer).toMatch(/^8\.7 percent\b/);
  });

  it("decide: a sum for each unit of a thing is its price ('at $17.72 an ounce')", () => {
    expect(core.ask("what is the price of silver").answer).toMatch(/^\$17\.72\b/);
  });

  it("decide: a passage where the asked subject does the asked verb ('Copper fell 1 percent') before one where another thing does it beside the subject's word", () => {
    expect(core.ask("how much did copper fall").answer).toMatch(/^1 percent\b/);
  });

  it("entities: an editor's words in square brackets after a name say who they are ('Sanjay Mehra [Vela CEO] spends')", () => {
    expect(core.ask("who is sanjay mehra").answer).toMatch(/^Sanjay Mehra: Vela CEO\b/);
  });

  it("quote: a sentence ending in a colon introduces the speaker's words in the paragraph after it, which are quoted instead", () => {
    expect(core.ask("what did stanwick say about zero pricing").answer).toMatch(/\[1\] "I don't know why anybody would want to take something away/);
  });

  it("kinds: 'what kind of hinge' is told by the word before the noun ('a four-bar hinge'), not a name beside it", () => {
    expect(core.ask("what kind of hinge is inside the easel").answer).toMatch(/^four-bar hinge\b/);
  });

  it("extract: in clauses listed with no conjunction between, the figure after the asked name with no other name between is its own ('Skyward's Z380 carries 22')", () => {
    expect(core.ask("how many wheels does the z380 have").answer).toMatch(/^22\b/);
  });

  it("decide: a model number after its maker's name names one model ('Vantor 747'): a passage numbering another ('A Vantor 777 uses 14 wheels') does not answer", () => {
    expect(core.ask("how many wheels does a vantor 747 have").declined).toBeTruthy();
    expect(core.ask("how many wheels does a vantor 777 use").answer).toMatch(/^14 wheels\b/);
  });

  it("extract: a currency word after a figure is part of a sum however it is asked ('a 15 billion euro loan')", () => {
    expect(core.ask("how big is the loan ostland will ask for").answer).toMatch(/^15 billion euro\b/);
  });
});
