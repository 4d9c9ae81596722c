import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir, testCore } from "../helpers.js";

// Two invented articles in the style of wire reports: nothing in them is in the bundled corpus, so
// what these tests pin is a stage that works on any news article, not a fit to the bundled five.
const corpus = tempDir();
writeFileSync(
  join(corpus, "coup.md"),
  `---\ntitle: Army holds veteran leader as talks begin\npublished: 2019-03-04\n---\n` +
    `Kandor's president, Robert Mensah, is under house arrest, a source said on Monday.\n\n` +
    `The priest, Fidelis Okonkwo, is acting as a go-between for the 93-year-old Mensah and the generals.\n\n` +
    `There is little affection for 52-year-old Grace, who married Mr Mensah in the 1990s as his first wife, Sally, was dying of cancer.\n\n` +
    `Kandor, a nation of about 11 million people, has seen unrest in which at least 19 people were killed.\n\n` +
    `Amara Diallo, Velt Telecom’s chief executive, said the company would pay $4.8 billion for the network.\n\n` +
    `Police said 340 protesters remained in custody in the capital on Tuesday.\n`,
);
const { core } = testCore({ CORPUS_DIR: corpus });

describe("on an article the bot has never seen", () => {
  it("finds people named after an office set off by commas, with that office as their role", () => {
    expect(core.ask("whos kandors president").answer).toMatch(/^Robert Mensah: Kandor['’]s president/);
    expect(core.ask("who is the priest").answer).toMatch(/Fidelis Okonkwo/);
  });

  it("answers a role that names its own organization only for that organization", () => {
    expect(core.ask("who is the ceo of velt telecom").answer).toMatch(/^Amara Diallo/);
    expect(core.ask("who is the ceo of kandor airways").answered).toBe(false);
  });

  it("gives the figure of the kind asked: the age of the person asked about, a population, money", () => {
    expect(core.ask("how old is mensah").answer).toMatch(/^93\b/);
    expect(core.ask("kandor population?").answer).toMatch(/^11 million\b/);
    expect(core.ask("how much will velt pay for the network").answer).toMatch(/^\$4\.8 billion\b/);
  });

  it("declines a predicate the article says of someone else", () => {
    const a = core.ask("when did mensah die");
    expect(a.answered).toBe(false);
    expect(a.declined).toMatch(/^predicate_of_other: die/);
  });

  it("finds and accepts a passage that says the question's verb by a word derived from it (stage 4 soft match, stage 7)", () => {
    const a = core.ask("how many protesters were detained");
    expect(a.answer).toMatch(/^340\b/);
    expect(core.ask("how many protesters were deported").answered).toBe(false);
  });
});
