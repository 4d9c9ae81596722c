import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load.js";
import { findEntities } from "../../src/entities/extract.js";
import { tempDir, testCore } from "../helpers.js";

// A twenty-third invented set: trade talks, a crackdown on protests, a study of a drug, a space agency's
// plan. None of its names or phrases is in the bundled corpus. Each test names the stage it pins; each
// failed on the code before it.
const desk = tempDir();
writeFileSync(
  join(desk, "talks.md"),
  `---\ntitle: Trade talks drag on\npublished: 2021-06-01\n---\n` +
    `The deal was announced during a meeting in Vorn with Zhao He, Tarsk’s top trade negotiator.\n\n` +
    `“Without rolling back some of the tariffs, what is the incentive?” He Minxuan, the former executive director for Tarsk at the International Grain Fund, said at an event.\n\n` +
    `Eskil Brann, a trade professor at Lund, said the talks had stalled. The two sides have been unable to meet since March.\n\n` +
    `In a letter to the president in May, Olla Dree, the president of the Grain Growers Bureau, said farmers faced hardship.\n`,
);
writeFileSync(
  join(desk, "crackdown.md"),
  `---\ntitle: Crackdown in Marrow\npublished: 2021-06-02\n---\n` +
    `Security forces used lethal force to crush protests, said Harbor Watch International on Tuesday.\n\n` +
    `He said nothing more.\n\n` +
    `At least 90 protesters in 12 towns have been killed, rights groups said.\n\n` +
    `Police used force to crush protests in more than 80 towns across Marrow.\n\n` +
    `State media reported the deaths of at least three members of the security forces.\n\n` +
    `Snipers have also shot into crowds from rooftops and, in one case, a helicopter.\n`,
);
writeFileSync(
  join(desk, "space.md"),
  `---\ntitle: Sleeping to Vesta\npublished: 2021-06-03\n---\n` +
    `The agency took as its model a plan to send four humans to Vesta and back in a six year timescale.\n`,
);
writeFileSync(
  join(desk, "study.md"),
  `---\ntitle: A study of sleep at sea\npublished: 2021-06-04\n---\n` +
    `Scientists from Halvard Lenz University of Tarsk and the University of Vorn helped the agency with the study.\n\n` +
    `Ada Moe, an expert at the Department of Sea Studies at the U.K.'s University of Kell who did not work on the study, said so.\n\n` +
    `This graphic shows the U.S. states where the drug has been legalized.\n\n` +
    `The team looked at states where the drug had been legalized by 2016—Vermont,Maine, and Ohio—and at their clinics.\n`,
);
writeFileSync(
  join(desk, "fish.md"),
  `---\ntitle: Sleeping crews\npublished: 2021-06-05\n---\n` +
    `Like migrating fish, the crews would rest in winter pods.\n\n` +
    `The Vell fleet is the largest on the coast, and its boats are the oldest.\n`,
);
writeFileSync(
  join(desk, "games.md"),
  `---\ntitle: Cloudplay falls short at launch\npublished: 2021-06-06\n---\n` +
    `Before launch Orvel promised players powerful 12.5 teraflop hardware to play games on its Cloudplay service.\n\n` +
    `The Cloudplay Gold and Silver Editions, which come with a Streamstick Mini, launch on Tuesday in 11 countries.\n\n` +
    `In Eurogamer's review, Black Fen Odyssey 3 renders at 1440p and 30fps.\n\n` +
    `More traditional free-to-play and subscription options arrive in early 2022.\n\n` +
    `Following the 16-inch Slate Pro, Orvel plans to release a new 13-inch Slate Pro with a glass keyboard in 2022.\n`,
);
const { core } = testCore({ CORPUS_DIR: desk });
const entities = findEntities(loadCorpus(desk, null));
const people = entities.filter((e) => e.kind === "person");
const rolesOf = (name: string) => people.find((p) => p.name === name)?.roles.map((r) => r.text) ?? [];

describe("stages on a twenty-third unseen article set", () => {
  it("index: a noun for who does a thing is its own term ('protesters' is not 'protests'), so the passage on protests answers where they were", () => {
    expect(core.ask("how many towns had protests").answer).toMatch(/^more than 80 towns\b/);
  });

  it("extract: a bound before a figure is part of it ('more than 80', 'at least three')", () => {
    expect(core.ask("how many protesters were killed").answer).toMatch(/^At least 90 protesters\b/);
  });

  it("extract: a count of a body's members ('three members of the security forces') counts the body", () => {
    expect(core.ask("how many security forces died").answer).toMatch(/^at least three members\b/);
  });

  it("extract: a figure before a unit of time in the singular ('a six year timescale') counts nothing, and a kind of person is counted by a word for any people ('four humans')", () => {
    expect(core.ask("how many astronauts would the plan send").answer).toMatch(/^four\b/);
  });

  it("extract: a plural kind takes every name of it, a capitalized kind noun with its 'of' ('Halvard Lenz University of Tarsk, University of Vorn')", () => {
    expect(core.ask("what universities helped the agency").answer).toMatch(/^Halvard Lenz University of Tarsk, University of Vorn\. From/);
  });

  it("extract: a place before a kind's noun in lower case is whose they are ('the U.S. states'), not one of them", () => {
    expect(core.ask("which states legalized the drug by 2016").answer).toMatch(/^Vermont, Maine, Ohio\. From/);
  });

  it("extract: a part of a body is named with the body it is part of ('the Department of Sea Studies at the U.K.'s University of Kell')", () => {
    expect(core.ask("where does ada moe work").answer).toMatch(/^the Department of Sea Studies at the U\.K\.'s University of Kell\. From/);
  });

  it("decide: a superlative asked must be in the passage, as written or by a synonym's ('largest' for 'biggest'): migrating fish tell of no fish that migrates fastest", () => {
    const trap = core.ask("which fish migrates fastest");
    expect(trap.answered).toBe(false);
    expect(trap.declined).toMatch(/^relation_absent: fast\b/);
    expect(core.ask("which fleet is the biggest on the coast").answered).toBe(true);
  });

  it("decide: a relative clause between a subject and its verb is read past, and names joined by 'and' are one subject ('The Cloudplay Gold and Silver Editions, which come with a Streamstick Mini, launch')", () => {
    expect(core.ask("how many countries is cloudplay launching in").answer).toMatch(/^11 countries\. From/);
  });

  it("extract: a fraction counts no whole things ('12.5 teraflop hardware' is no count of games)", () => {
    expect(core.ask("how many games does cloudplay launch with").answered).toBe(false);
  });

  it("normalize: initials typed with the number that ends a name ('bfo3': Black Fen Odyssey 3)", () => {
    expect(core.ask("what framerate does bfo3 get").answer).toMatch(/30fps/);
  });

  it("normalize: words typed apart that the corpus writes as one hyphenated word ('free to play') ask of the compound, not of a verb it never uses alone", () => {
    expect(core.ask("when do the free to play options arrive").answer).toMatch(/^early 2022\. From/);
  });

  it("extract: a figure that names another model of the thing asked ('the 16-inch Slate Pro' for 'the 13 inch slate pro') gives no measure of it", () => {
    const a = core.ask("how big is the 13 inch slate pro screen");
    expect(a.answer).not.toMatch(/^16/);
  });

  it("extract: the preposition a 'where' question ends on, after the asked verb, gives the place though it is no name ('shot into crowds from rooftops')", () => {
    expect(core.ask("where did snipers shoot from").answer).toMatch(/^rooftops\b/);
  });

  it("entities: 'He' is a Chinese surname before a word no dictionary has ('He Minxuan') and a given name right after a name ('Zhao He'), but never an alias for 'He said'", () => {
    expect(rolesOf("He Minxuan")).toEqual(["the former executive director for Tarsk at the International Grain Fund"]);
    expect(rolesOf("Zhao He")).toEqual(["Tarsk’s top trade negotiator"]);
    expect(people.find((p) => p.name === "Zhao He")?.aliases).toEqual(["Zhao He"]);
    expect(core.ask("who is tarsks top trade negotiator").answer).toMatch(/^Zhao He: Tarsk’s top trade negotiator\./);
    expect(core.ask("who is he minxuan").answer).toMatch(/^He Minxuan: the former executive director/);
  });

  it("entities: a name ending in 'International' is a body, not a person, so its last word is no one's alias", () => {
    expect(people.map((p) => p.name)).not.toContain("Harbor Watch International");
  });

  it("entities: a phrase before a name that ends in when it happened ('to the president in May, Olla Dree,') is no role of hers", () => {
    expect(rolesOf("Olla Dree")).toEqual(["the president of the Grain Growers Bureau"]);
  });

  it("answer: a sentence opening 'The two sides have' describes no one person, so it adds nothing to who the person before it is", () => {
    expect(core.ask("who is eskil brann").answer).toBe("Eskil Brann: a trade professor at Lund.");
  });
});
