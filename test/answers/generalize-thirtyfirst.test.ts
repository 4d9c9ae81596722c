import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { silentLogger } from "../../src/log.js";
import { buildKnowledge } from "../../src/index/knowledge.js";
import { loadCorpus } from "../../src/corpus/load.js";
import { tempDir, testCore } from "../helpers.js";

// A thirty-first invented set: a verdict, a strike, a launch failure, a school closing. None of its names
// or phrases is in the bundled corpus. Each test names the stage it pins; each failed on the code before it.
const desk = tempDir();
writeFileSync(
  join(desk, "verdict.md"),
  `---\ntitle: Jury convicts Orlen Vasque\npublished: 2016-12-15\n---\n` +
    `A jury in Tarnville found Orlen Vasque guilty on all 12 counts he faced for murdering four people and attempting to kill two others at a harbor festival.\n\n` +
    `Vasque's defense attorneys did not call any witnesses.\n\n` +
    `During closing arguments on Thursday, defense attorney Pell Amundsen asked the jury for mercy.\n`,
);
writeFileSync(
  join(desk, "strike.md"),
  `---\ntitle: Dock workers walk out at Kessly Harbor\npublished: 2016-11-29\n---\n` +
    `Hundreds of workers are striking at Kessly Harbor on Tuesday.\n\n` +
    `Crane operators, deck cleaners and forklift attendants are asking for a $19 hourly wage. Some currently make $12.25 an hour, which is the minimum in the county.\n`,
);
writeFileSync(
  join(desk, "launch.md"),
  `---\ntitle: What is holding up Orbax?\npublished: 2016-12-13\n---\n` +
    `The months following the Lark 4 explosion have brought many questions as investigators seek to determine the cause.\n\n` +
    `Orbax hopes to fly again in February.\n`,
);
writeFileSync(
  join(desk, "schools.md"),
  `---\ntitle: Report on the Dunmore school closing\npublished: 2016-12-16\n---\n` +
    `Dunmore schools Supt. Ramona Feld was about to retire and had handed day-to-day control to her second-in-command, Michelle King (who, a month later, would be named her successor).\n\n` +
    `The drama began at 9:12 p.m. on Monday, Dec. 14, when board President Aldo Brisk received the emailed threat.\n\n` +
    `Feld awoke to a conference call that included Brisk, King, Tolver and city Asst. Chief Earl Danner.\n\n` +
    `In Rellport, Commissioner Jana Voss decided no school shutdown was necessary.\n`,
);
writeFileSync(
  join(desk, "cleaners.md"),
  `---\ntitle: The cleaners' new employer\npublished: 2019-11-20\n---\n` +
    `The group said the firm Harlo had reached an agreement with Brannock to accept close to 900 maintenance and cleaning workers.\n\n` +
    `Ann Smith agreed: “It is a different job altogether.”\n`,
);
const { core } = testCore({ CORPUS_DIR: desk });

describe("entity, understand, extract and decide stages on a thirty-first unseen article set", () => {
  it("index: a title abbreviated before a name ('Supt. Ramona Feld') is found by the word spelled out", () => {
    expect(core.ask("who is the superintendent").answer).toMatch(/^Ramona Feld/);
  });

  it("entities: a title word right after a given name is a surname ('Michelle King'), her role the one set before her", () => {
    const kb = buildKnowledge(loadCorpus(desk), null, silentLogger());
    const king = kb.entities.find((e) => e.name === "Michelle King");
    expect(king?.kind).toBe("person");
    expect(king?.aliases).toContain("King");
    expect(core.ask("who is michelle king").answer).toMatch(/^Michelle King: second-in-command/);
  });

  it("entities: in a list, a name after a comma is the next one listed, and a title before a later name is that one's office", () => {
    const kb = buildKnowledge(loadCorpus(desk), null, silentLogger());
    const roles = (name: string) => kb.entities.find((e) => e.name === name)?.roles.map((r) => r.text) ?? [];
    expect(roles("Aldo Brisk")).not.toContain("King");
    expect(roles("Michelle King").some((r) => r.includes("Danner"))).toBe(false);
  });

  it("resolve: an office is someone's where the sentence before writes it as theirs ('Vasque's defense attorneys')", () => {
    expect(core.ask("who is vasques defense attorney").answer).toMatch(/^Pell Amundsen/);
  });

  it("extract: a time of day before the day chosen is told with it ('9:12 p.m. on Monday, Dec. 14')", () => {
    expect(core.ask("when did brisk get the email").answer).toMatch(/^9:12 p\.m\. on Monday, Dec\. 14/);
  });

  it("extract: a count of an act done in its manner ('murdering four people'), not of one only tried; asked the trying, that one", () => {
    expect(core.ask("how many people did vasque kill").answer).toMatch(/^four people/);
    expect(core.ask("how many people did vasque try to kill").answer).toMatch(/^two/);
  });

  it("understand: 'what wage do X want' asks a sum", () => {
    expect(core.ask("what wage do the kessly workers want").answer).toMatch(/^\$19/);
  });

  it("soft match: people asked by a plural noun ('workers') are said by kinds of them ('deck cleaners', 'forklift attendants')", () => {
    expect(core.ask("how much do the kessly workers make").answer).toMatch(/^\$12\.25/);
    // Not by a kind whose word is someone's name ("smiths" are workers; Ann Smith is none).
    expect(core.ask("who agreed to take the cleaning workers").answer).not.toMatch(/^Ann Smith/);
  });

  it("decide: a cause still being determined is no answer to what caused it, or why", () => {
    expect(core.ask("what caused the lark 4 explosion").declined).toBeTruthy();
    expect(core.ask("why did the lark 4 explode").declined).toBeTruthy();
  });

  it("decide: a phrasal synonym's noun written as one word ('shutdown' for 'close') states the act", () => {
    expect(core.ask("who decided not to close the rellport schools").answer).toMatch(/^Jana Voss/);
  });
});
