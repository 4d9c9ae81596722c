import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir, testCore } from "../helpers.js";

// A thirty-ninth invented set, for the failures of the held-back set q65 (an ambassador resigns).
// None of its names or phrases is in the bundled corpus.
const desk = tempDir();
writeFileSync(
  join(desk, "envoy.md"),
  `---\ntitle: Mara Olsen to leave the U.C.\npublished: 2022-10-09\n---\n` +
    `Wins and Clashes: Mara Olsen’s Time at the U.C.\n\n` +
    `Mara Olsen will be leaving her role as the Veland ambassador to the United Council by the end of the year.\n\n` +
    `Her disclosure report shows Ms. Olsen has at least $2.5 million in debts, including a mortgage of more than $1 million.\n\n` +
    `Ms. Olsen has been criticized by Friends of Open Ledgers in Veland, a nonprofit watchdog group. On Monday, the group sent a letter to Tove Brandt asking for an investigation.\n\n` +
    `But she has been close to Ms. Larkin and her husband, Jared Roscoe.\n\n` +
    `“Jared is such a quiet genius,” Ms. Olsen said.\n\n` +
    `Those who know her believe that she is likely to run for president in 2030.\n`,
);
const { core } = testCore({ CORPUS_DIR: desk });

describe("understand, extract and who stages on a thirty-ninth unseen article set", () => {
  it("extract: the end of a calendar period is a date ('by the end of the year')", () => {
    expect(core.ask("when will olsen leave the united council").answer).toMatch(/^the end of the year\b/);
  });

  it("entities: a dotted acronym ('U.C.') stands for the name whose initials it is in the same article", () => {
    expect(core.ask("when will olsen leave the uc").answer).toMatch(/^the end of the year\b/);
  });

  it("extract: a figure written as the value of the asked noun ('a mortgage of more than $1 million'), not the one nearer the name", () => {
    expect(core.ask("how big is olsens mortgage").answer).toMatch(/^more than \$1 million\b/);
  });

  it("who: a doer given by a definite description ('the group sent a letter') is the name the sentence before introduced with that noun", () => {
    expect(core.ask("who sent the letter").answer).toMatch(/^Friends of Open Ledgers in Veland\b/);
  });

  it("who: a kin role after a pronoun ('Ms. Larkin and her husband') is of the last name before it, not of the asked owner", () => {
    expect(core.ask("who is olsens husband").declined).toBeTruthy();
    expect(core.ask("who is larkins husband").answer).toMatch(/^Jared Roscoe\b/);
  });

  it("quote: a topic typed in lower case is a person where it is their whole name ('about jared roscoe', 'jared' left in lower case as a word's past tense), named by the given name alone", () => {
    expect(core.ask("what did olsen say about jared roscoe").answer).toMatch(/quiet genius/);
  });

  it("extract: a past question is not told by a year after the article's ('likely to run for president in 2030')", () => {
    expect(core.ask("when did olsen run for president").declined).toBeTruthy();
  });
});
