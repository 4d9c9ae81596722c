import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load.js";
import { refusalFor } from "../../src/answers/decide.js";
import { buildKnowledge } from "../../src/index/knowledge.js";
import { silentLogger } from "../../src/log.js";
import { understandQuestion } from "../../src/questions/understand.js";
import { tempDir, testCore } from "../helpers.js";

// A thirtieth invented set: a stadium plan, a custody fight over stored samples, a state visit. None of
// its names or phrases is in the bundled corpus. Each test names the stage it pins; each failed on the
// code before it.
const desk = tempDir();
writeFileSync(
  join(desk, "arena.md"),
  `---\ntitle: Tolsen State wants an operator for its arena\npublished: 2019-08-27\n---\n` +
    `Earlier this month, the school published a request to manage the $250 million arena it plans to build on city land.\n`,
);
writeFileSync(
  join(desk, "samples.md"),
  `---\ntitle: The fight over the Orwin samples takes a detour\npublished: 2016-12-19\n---\n` +
    `Lawyers will ask the Rowe Clinic in Palo Alto, Calif. — where the samples have been stored since 2013 — to send them to a lab in Ohio.\n\n` +
    `Lawyers asked the Marn Institute in Dover, Del., where the samples were frozen in 2012, to send them to Ohio.\n\n` +
    `The samples’ “keeper,” Dana Orwin, was also named in the suit.\n`,
);
writeFileSync(
  join(desk, "visit.md"),
  `---\ntitle: Varn shifts its stance\npublished: 2019-10-08\n---\n` +
    `The talks come ahead of Lin Tao’s visit to Osk, which is expected to take place between October 11 and 13, when Varn foreign minister Ode Bakr had visited Tamsk.\n\n` +
    `Meanwhile, Tamsk has not yet formally announced Lin’s visit to Osk. It has called a press conference on Wednesday to discuss the President’s “outbound tour” where the announcement might be made. Referring to Bakr’s visit to the Varnese city of Wuhan which hosted an informal summit between him and Lin, Geng said: “Both are major developing countries.”\n`,
);
writeFileSync(
  join(desk, "protest.md"),
  `---\ntitle: Camp holds out\npublished: 2016-11-28\n---\n` +
    `On Monday, the Lawyers Union filed a federal class action lawsuit against the Tarn County sheriff’s office, alleging excessive force.\n\n` +
    `The Osk, North Varn, police chief, Jonas Keffer, said officers may use whatever force is needed.\n\n` +
    `“WANTED: Rafe Doran, 28-yr-old male. Call 9-1-1 if seen.”\n\n` +
    `The city sent an alert about Rafe Doran to every phone.\n\n` +
    `Spokesman Ivo Marr said the notice went out at 8.\n\n` +
    `Tamsk Fund chief economist Jorin Vallant said growth would slow.\n\n` +
    `The woman -- Nora Jean Halvorsen -- filed a request to remove the bank as administrator of the estate.\n\n` +
    `Nora even claims there is a marriage certificate to back her up.\n\n` +
    `Ada Lorne, a former fund economist who now teaches at the University of Norland, Tamsk, has warned against haste.\n`,
);
writeFileSync(
  join(desk, "gadget.md"),
  `---\ntitle: A second Kite Stylus is rumored\npublished: 2017-01-18\n---\n` +
    `Kite may be planning to introduce a second Kite Stylus this year, according to rumors. The new Kite Stylus could be unveiled at an event rumored to take place in March, where it would be shown off along with the next Kite Slate.\n\n` +
    `Though the rumored Slate will use a larger 11-inch display, it is said to be the same size as the existing 9.5-inch Kite Slate.\n`,
);
const { core } = testCore({ CORPUS_DIR: desk });

describe("decide, extract and entity stages on a thirtieth unseen article set", () => {
  it("decide: a sum set before a thing's noun states what it costs ('the $250 million arena')", () => {
    expect(core.ask("how much will the arena cost").answer).toMatch(/^\$250 million/);
  });

  it("corpus: a piece opening with a dash and a lower-case word goes on the sentence before ('Palo Alto, Calif. — where …')", () => {
    const corpus = loadCorpus(desk);
    const sentence = [...corpus.sentences].find((s) => s.text.includes("Rowe Clinic"));
    expect(sentence?.text).toContain("where the samples have been stored");
  });

  it("extract: a place is told of the 'where' clause after it ('the Marn Institute in Dover, Del., where the samples were frozen')", () => {
    expect(core.ask("where were the samples frozen").answer).toMatch(/^Dover\b/);
  });

  it("who: a role set off in quotation marks beside a name is apposed to it ('The samples’ “keeper,” Dana Orwin')", () => {
    expect(core.ask("who is the samples keeper").answer).toMatch(/^Dana Orwin/);
  });

  it("decide: a name's other word before an act's noun is the one asked ('Lin Tao’s visit', asked of Lin), not someone else doing it", () => {
    const corpus = loadCorpus(desk);
    const kb = buildKnowledge(corpus, null, silentLogger());
    const passage = [...corpus.sentences].find((s) => s.text.startsWith("The talks come"))!;
    expect(refusalFor(kb, understandQuestion(corpus, "when is lin visiting osk"), passage)).toBeNull();
  });

  it("extract: a relative clause after the act's noun dates the act, and a span of days is told whole ('visit …, which is expected to take place between October 11 and 13')", () => {
    expect(core.ask("when is lin tao visiting osk").answer).toMatch(/^between October 11 and 13\b/);
  });

  it("decide: a sentence going on by a pronoun borrows no act from the sentence after it ('It has called a press conference on Wednesday' before 'Referring to Bakr’s visit to … Wuhan')", () => {
    expect(core.ask("when did bakr visit wuhan").answered).toBe(false);
  });

  it("who: a role that names its own place ('Varn foreign minister') answers for no other place the question names", () => {
    expect(core.ask("who is osks foreign minister").answered).toBe(false);
    expect(core.ask("who is varns foreign minister").answer).toMatch(/^Ode Bakr/);
  });

  it("who: whom an act told by its noun was aimed at follows 'against' ('filed a … lawsuit against the Tarn County sheriff’s office')", () => {
    expect(core.ask("who did the lawyers union sue").answer).toMatch(/^Tarn County sheriff’s office/);
  });

  it("entities: a role before a name may hold a town tagged with its state ('The Osk, North Varn, police chief, Jonas Keffer')", () => {
    expect(core.ask("who is jonas keffer").answer).toMatch(/^Jonas Keffer: Osk, North Varn, police chief\b/);
  });

  it("extract: an age abbreviated as alerts write it ('28-yr-old') is an age", () => {
    expect(core.ask("how old is rafe doran").answer).toMatch(/^28\b/);
  });

  it("who: 'who was X about' is answered by the name written after 'about' beside X, not by whoever a passage on X names", () => {
    expect(core.ask("who was the alert about").answer).toMatch(/^Rafe Doran/);
    expect(core.ask("who was the notice about").answered).toBe(false);
  });

  it("extract: a university's campus after a comma is part of its name ('the University of Norland, Tamsk')", () => {
    expect(core.ask("where does ada lorne teach").answer).toMatch(/^the University of Norland, Tamsk\b/);
  });

  it("extract: a date before a 'where' clause that states the act dates it ('an event … in March, where it would be shown off')", () => {
    expect(core.ask("when might kite show the new stylus").answer).toMatch(/^in March\b/);
  });

  it("extract: asked of the new thing, a figure of the one told as existing is not its measure ('the existing 9.5-inch Kite Slate'), and the other way round", () => {
    expect(core.ask("how big is the new kite slate display").answer).toMatch(/^11-inch/);
    expect(core.ask("how big is the current kite slate").answer).toMatch(/^9\.5-inch/);
  });

  it("who: a word said otherwise before an occupation only qualifies it: a 'chief economist' is no head of the fund", () => {
    expect(core.ask("who is the head of the tamsk fund").answered).toBe(false);
    expect(core.ask("who is the tamsk fund chief economist").answer).toMatch(/^Jorin Vallant/);
  });

  it("quote: words a person 'claims', told of them by their given name alone ('Nora even claims …'), are theirs", () => {
    expect(core.ask("what does nora claim").answer).toMatch(/^Nora Jean Halvorsen, in the articles:\n\[1\] Nora even claims there is a marriage certificate/);
  });
});
