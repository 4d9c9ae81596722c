import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir, testCore } from "../helpers.js";

// A forty-ninth invented set, for the failures of the held-back set q81 (a long magazine account of a
// broadcaster's fall, many names, dates and sums). None of its names or phrases is in the bundled corpus.
const desk = tempDir();
writeFileSync(
  join(desk, "station.md"),
  `---\ntitle: How the Anchors of Kestrel Radio Ended an Era\npublished: 2031-06-10\n---\n` +
    `It took 12 weeks to end the long 30-year tenure of Vera Halloran at Kestrel Radio, one of the most storied runs in the trade.\n\n` +
    `Of all the people who might have sued, the former anchor Marla Quist was among the least likely. A 44-year-old former rower, she was the station's best-known voice.\n\n` +
    `Quist’s husband, shipping broker Dale Frost, put her in touch with his lawyer Omar Pell, who introduced her to labor attorney Nancy Lee Varga.\n\n` +
    `The owners also persuaded the board to hire the law firm Boyd, Lerner, Tash & Ocampo to conduct an internal inquiry into the matter.\n\n` +
    `After news broke on the evening of May 3 that Quist had come forward, Halloran’s lawyer Petra Voss tried to send a denial to reporters but mistakenly emailed a draft of Halloran’s severance deal.\n\n` +
    `The chairman, Tobias Wren, had bought the station for his son, Milo Wren, who ran its sales.\n\n` +
    `Milo had wanted Halloran to be fired for cause, but after reviewing the contract, Tobias decided to pay him $12 million and keep him as an adviser.\n\n` +
    `The first payment to Halloran was approved by Kestrel Radio CFO Mark Toller.\n\n` +
    `In 2001, two years after launching the station, Halloran got married for the second time, to a woman named Greta Lund, a producer who had worked for him.\n`,
);
const { core } = testCore({ CORPUS_DIR: desk });

describe("figures, entities, who and decide stages on a forty-ninth unseen article set", () => {
  it("figures: 'how long did it take' is told by what 'took' took, not by a duration that measures a noun ('the long 30-year tenure')", () => {
    expect(core.ask("how long did it take to end hallorans tenure").answer).toMatch(/^12 weeks\b/);
  });

  it("ranking: a description set before its pronoun goes on about the person named before ('A 44-year-old former rower, she was')", () => {
    expect(core.ask("how old was marla quist").answer).toMatch(/^44\b/);
  });

  it("kinds: a relation's name set beside it after a role's words ('Quist’s husband, shipping broker Dale Frost,')", () => {
    expect(core.ask("who is quists husband").answer).toMatch(/^Dale Frost\. From/);
  });

  it("entities: a given name that is also a place, after a role, opens the name ('labor attorney Nancy Lee Varga')", () => {
    expect(core.ask("who is varga").answer).toMatch(/\bNancy Lee Varga\b/);
  });

  it("kinds: a firm named by its partners, commas between and '&' before the last, is one name", () => {
    expect(core.ask("which law firm did the board hire").answer).toMatch(/^Boyd, Lerner, Tash & Ocampo\b/);
  });

  it("who: the name in the verb's own clause, not one in a clause set off before it ('that Quist had come forward, … Petra Voss … emailed')", () => {
    expect(core.ask("who emailed the severance deal").answer).toMatch(/^Petra Voss\. From/);
  });

  it("who: a kind of person then a relative clause asks who did its act; an adverb built on a verb's form knows the word ('mistakenly': mistake)", () => {
    expect(core.ask("who was hallorans lawyer that emailed the severance deal by mistake").answer).toMatch(/^Petra Voss\b/);
  });

  it("decide: a surname several people share names each of them ('Tobias decided to pay him', asked of Wren)", () => {
    expect(core.ask("how much did wren pay halloran").answer).toMatch(/^\$12 million\b/);
  });

  it("who: a passive's agent runs on past four words while its name does ('by Kestrel Radio CFO Mark Toller')", () => {
    expect(core.ask("who approved the first payment").answer).toMatch(/\bMark Toller\. From/);
  });

  it("who: a spouse written after 'to', a time between, and introduced by 'a woman named'", () => {
    expect(core.ask("who did halloran marry in 2001").answer).toMatch(/^Greta Lund\b/);
  });

  it("decide: a year no article writes nor was published in is a time they do not reach", () => {
    const reply = core.ask("how many women sued kestrel radio in 2035");
    expect(reply.answered).toBe(false);
    expect(reply.answer).toMatch(/never mention 2035/);
  });
});
