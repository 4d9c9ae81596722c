import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir, testCore } from "../helpers.js";

// A forty-third invented set, for the failures of the held-back set q74 (a long magazine feature on a
// technology race). None of its names or phrases is in the bundled corpus.
const desk = tempDir();
writeFileSync(
  join(desk, "lattice.md"),
  `---\ntitle: Cracking the lattice and the countdown to photonic computing\npublished: 2016-10-03\n---\n` +
    `Tomas Vellner, a professor at the Ardent Institute for Photonic Computing and the co-host of the symposium, pegged the odds of a working machine by 2026 at one in seven.\n\n` +
    `Rhea Castellan, the head of security at Corvane Research, has a working estimate of 2031. The company expects to scale up to a hundred gates, still short of the thousand or so that Castellan estimates would represent a threat.\n\n` +
        `When photonic computing was first proposed it was a curiosity. That changed in 1991, when Daniel Vahlen, then at B.K. & L.’s Marrow Labs, demonstrated how it could apply to code-breaking.\n\n` +
    `Among the biggest players was the national government, which by 2009 was spending about forty million dollars a year on photonic research.\n\n` +
    `So far, the best photonic computers have just a handful of gates—six, for example, in a system that Korvel announced earlier this year. Lumetra Systems announced a two-thousand-gate computer last year.\n\n` +
    `The standards office may be ready to issue rules in draft form, an engineer at the symposium estimated, by 2024 or 2025.\n\n` +
    `Lumetra engineers gathered for a seminar at Orrin Hall. Many people at the lattice workshop held that the threat was near.\n\n` +
    `The exact date matters little, because the time needed to invent, test and roll out new security methods Web-wide may be just as long.\n`,
);
const { core } = testCore({ CORPUS_DIR: desk });

describe("decide, extract and who stages on a forty-third unseen article set", () => {
  it("extract: a 'when' clause states the act by a synonym ('when Daniel Vahlen … demonstrated', asked when he showed it)", () => {
    expect(core.ask("when did daniel vahlen show photonic computing applies to code-breaking").answer).toMatch(/^1991\b/);
  });

  it("extract: a 'when' clause after a date runs through an apposition set off by commas ('in 1991, when Daniel Vahlen, then at …, demonstrated')", () => {
    expect(core.ask("when did vahlen demonstrate it could apply to code-breaking").answer).toMatch(/^1991\b/);
  });

  it("extract: a place's words may be joined by '&' ('at B.K. & L.’s Marrow Labs')", () => {
    expect(core.ask("where did vahlen work").answer).toMatch(/^B\.K\. & L\.’s Marrow Labs\b/);
  });

  it("figures: a spelled-out sum keeps the currency written after it ('forty million dollars')", () => {
    expect(core.ask("how much was the government spending on photonic research in 2009").answer).toMatch(/^forty million dollars\b/);
  });

  it("figures: a figure set off after its unit by a dash counts it ('a handful of gates—six')", () => {
    expect(core.ask("how many gates does the korvel system have").answer).toMatch(/^six\b/);
  });

  it("extract: dates the article gives as alternatives are told together ('by 2024 or 2025')", () => {
    expect(core.ask("when might the standards office issue draft rules").answer).toMatch(/^2024 or 2025\b/);
  });

  it("rank: a possessive subject is defined where its owner is written as one ('Castellan's estimate', not 'Castellan estimates')", () => {
    expect(core.ask("whats castellans estimate").answer).toMatch(/has a working estimate of 2031/);
  });

  it("who: a doer asked of a thing the passage never writes beside the verb is declined ('time to invent' new methods, no lattice gate)", () => {
    const reply = core.ask("who invented the gate");
    expect(reply.answered).toBe(false);
  });

  it("where: the asked thing is no place of itself ('at the lattice workshop' does not say where the workshop was held)", () => {
    expect(core.ask("where was the workshop held").answer).not.toMatch(/^lattice workshop\b/);
  });
});
