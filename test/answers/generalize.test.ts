import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findEntities } from "../../src/entities/extract.js";
import { loadCorpus } from "../../src/corpus/load.js";
import { tempDir, testCore } from "../helpers.js";

// An invented report in the style of a city-hall story: none of its names or phrases is in the
// bundled corpus. Each test names the stage or feature it pins; each failed on the code before it.
const corpus = tempDir();
writeFileSync(
  join(corpus, "harbor.md"),
  `---\ntitle: Harbor city weighs its budget as bond costs climb\npublished: 2021-05-10\n---\n` +
    `Within five years, more than $90 million in bond payments will be due each year, the finance office said.\n\n` +
    `The port's cargo business saw faster growth in the first quarter, expanding at an annual rate of 6 percent.\n\n` +
    `Bond costs will overtake the parks budget in 2024.\n\n` +
    `No, the city is not at risk of bankruptcy.\n\n` +
    `The council voted on Tuesday to raise the budget for the ferry.\n\n` +
    `Most analysts say that is unlikely because the port earns steady fees.\n\n` +
    `“Nobody wanted to talk about it,” said Senator Ruth Alvarez, a Democrat.\n\n` +
    `The budget office expects the shortfall to narrow, and the budget will be debated again in June.\n\n` +
    `Mayor Dana Cole said she stayed up until 3 a.m. to take down the old posters.\n\n` +
    `The ferry promotion cut the ticket price to $2.50 this month.\n\n` +
    `From his trawler, skipper Anton Reyes has watched the harbor change for 40 years.\n\n` +
    `“Prices keep going up,” Reyes said.\n\n` +
    `“Fees are steady,” said Maria Okafor, who follows the port for a bank.\n\n` +
    `The port handled 1,200 containers and 75 ships in April.\n\n` +
    `The new crane weighs 900 tons.\n\n` +
    `Blue Anchor said it would open a store on the pier. Blue Anchor stores sell fish.\n\n` +
    `Blue Anchor plans two more. Critics said Blue Anchor was late.\n`,
);
const { core } = testCore({ CORPUS_DIR: corpus });

describe("decide stage: a passage states the asked relation in other words", () => {
  it("by a derived word with its regular ending (pay: payments)", () => {
    expect(core.ask("how much will the govt pay in bonds each year").answer).toMatch(/^\$90 million/);
  });

  it("by a word built on the same root from a further sense (grow: growth, expanded)", () => {
    const a = core.ask("how fast did the cargo business grow in the first quarter");
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/6 percent/);
  });

  it("by a passage verb whose commonest senses list the asked one (overtake lists pass)", () => {
    expect(core.ask("when will bond costs pass the parks budget").answer).toMatch(/^2024/);
  });

  it("a participle after the relation is not required (stay up deleting: stayed up to take down)", () => {
    expect(core.ask("how late did cole stay up deleting posters").answer).toMatch(/3 a\.m\./);
  });
});

describe("normalize and correct stages: what people type", () => {
  it("reads 'sen' as senator, and answers what X said in an article about the topic", () => {
    const a = core.ask("what did sen alvarez say about the budget");
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/Nobody wanted to talk about it/);
  });

  it("reads an English noun the corpus lacks as its synonym the corpus uses (promo: promotion), and 'the X price' as money", () => {
    expect(core.ask("whats the ferry promo price").answer).toMatch(/^\$2\.50/);
  });

  it("spells out a contraction typed without its apostrophe and quotes the reason that follows a 'why'", () => {
    const a = core.ask("why isnt the city at risk of bankruptcy");
    expect(a.answer).toMatch(/because the port earns steady fees/);
    expect(a.sources.map((s) => s.quote)).toContain("Most analysts say that is unlikely because the port earns steady fees.");
  });
});

describe("understand and extract stages", () => {
  it("counts the head noun of 'how many' (ships, not cargo)", () => {
    expect(core.ask("how many cargo ships did the port handle in april").answer).toMatch(/^75\b/);
  });

  it("reads 'how heavy' as asking for a figure", () => {
    expect(core.ask("how heavy is the new crane").answer).toMatch(/^900/);
  });

  it("answers 'what is X's name' with a name, and declines it when no name is given", () => {
    expect(core.ask("whats the skippers name").answer).toMatch(/^Anton Reyes/);
    const wife = core.ask("whats reyes wifes name");
    expect(wife.answered).toBe(false);
  });
});

describe("entity stage on an unseen article", () => {
  const people = findEntities(loadCorpus(corpus, null)).filter((e) => e.kind === "person");

  it("takes a noun for a kind of person before a name as its role (WordNet noun.person)", () => {
    expect(people.find((e) => e.name === "Anton Reyes")?.roles.map((r) => r.text)).toContain("skipper");
    expect(core.ask("who is anton reyes").answer).toMatch(/^Anton Reyes: skipper/);
  });

  it("takes a name after a speech verb as a person's ('said Maria Okafor, who follows the port')", () => {
    expect(people.map((e) => e.name)).toContain("Maria Okafor");
  });

  it("takes no company for a person because it 'said' something (a name never shortened)", () => {
    expect(people.map((e) => e.name)).not.toContain("Blue Anchor");
  });
});
