import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expectDeclined, tempDir, testCore } from "../helpers.js";

// A twenty-first invented set: a company selling up, a rescheduled meeting, a space agency's offices
// and an actress turned songwriter. None of its names or phrases is in the bundled corpus. Each test
// names the stage it pins; each failed on the code before it.
const desk = tempDir();
writeFileSync(
  join(desk, "firm.md"),
  `---\ntitle: Orvel names a new strategist\npublished: 2020-03-02\n---\n` +
    `Dana Pell served as the CEO of Kestrel Mobile, a messaging company, from 2003 – 2013, earning a fine return for its investors by selling Kestrel Mobile to Harlow Systems in 2010.\n\n` +
    `In a memo sent by chairman Ivo Stamm, staff were told that a planned all-hands meeting will be postponed from Tuesday to Friday, where Stamm will present the plan.\n\n` +
    ["said the deal confused staff", "asked staff to wait", "told staff to sign", "met staff on Monday"].map((said) => `The group of staff ${said}.\n\n`).join("") +
    `More than a third of Orvel’s 900 workers will likely receive notice this week, in layoffs to cut costs.\n\n` +
    `Those include 300 cleaners, according to a group of staff. The group, Tarn Workers Union, formed in recent weeks and wrote to the board.\n`,
);
writeFileSync(
  join(desk, "agency.md"),
  `---\ntitle: The agency picks its landers\npublished: 2020-03-03\n---\n` +
    `“We saw a need,” said Lena Morrow, deputy associate administrator for exploration in the Vell Space Agency’s science directorate.\n\n` +
    `In May, the agency’s Administrator Abel Varga said returning to the moon was needed.\n\n` +
    `A group of engineers met in May, and the group agreed on a plan.\n`,
);
writeFileSync(
  join(desk, "singer.md"),
  `---\ntitle: The actress who writes songs\npublished: 2020-03-04\n---\n` +
    `Award-winning actress Rhea Voss went into hospital for a routine operation in 2011.\n\n` +
    `She wrote dozens of songs that winter and sent 9 of the best ones to a producer under her sister’s name.\n\n` +
    `She joined a group of writers, and the group met every week.\n\n` +
    `Mara Quill’s son, filmmaker Tomas Brisk (“The Night”), remembers it as a hard time.\n`,
);
const { core } = testCore({ CORPUS_DIR: desk });

describe("extract and decide stages on a twenty-first unseen article set", () => {
  it("extract: a kind's name given in the sentence after the passage, which takes the kind up again ('a group of staff. The group, Tarn Workers Union, formed')", () => {
    expect(core.ask("whats the name of the staff group").answer).toMatch(/^Tarn Workers Union\b/);
  });

  it("doer: an act told from the other side ('selling Kestrel Mobile to Harlow Systems') names who did it after 'to'", () => {
    expect(core.ask("who bought kestrel mobile").answer).toMatch(/^Harlow Systems\b/);
    expect(core.ask("who acquired kestrel mobile").answer).toMatch(/^Harlow Systems\b/);
    expect(core.ask("who bought harlow systems").answered).toBe(false);
  });

  it("decide: a phrasal verb asked ('laid off') is stated by the noun English joins it into ('layoffs')", () => {
    expect(core.ask("what share of orvel workers will be laid off").answer).toMatch(/^More than a third\b/);
  });

  it("resolve: a relation asked of someone ('quills son', typed without the apostrophe) is answered where an article sets the person beside it ('Mara Quill’s son, filmmaker Tomas Brisk'); one it never names is declined", () => {
    expect(core.ask("who is quills son").answer).toMatch(/^Tomas Brisk\b/);
    expect(core.ask("who is quills lawyer").answered).toBe(false);
  });

  it("extract: a gerund after 'by' heads its own clause, whose date is the act's ('by selling Kestrel Mobile to Harlow Systems in 2010')", () => {
    expect(core.ask("when was kestrel mobile sold").answer).toMatch(/^2010\b/);
  });

  it("extract: a determiner 'that' opens no clause ('songs that winter and sent 9'): the count is the asked verb's", () => {
    expect(core.ask("how many songs did rhea voss send to the producer").answer).toMatch(/^9\b/);
  });

  it("extract: of an event moved 'from Tuesday to Friday', it happens on the day it was moved to", () => {
    expect(core.ask("when will the all hands meeting happen").answer).toMatch(/^Friday\b/);
  });

  it("resolve: a title under a rank ('deputy associate administrator') is not the title itself", () => {
    expect(core.ask("who is the agency administrator").answer).toMatch(/^Abel Varga\b/);
    expect(core.ask("who is the deputy associate administrator").answer).toMatch(/^Lena Morrow\b/);
  });

  it("decide: an asked verb written only inside a compound modifier ('Award-winning actress … in 2011') dates nothing", () => {
    expectDeclined(core, "when did rhea voss win her award", /predicate_absent: win/);
  });
});
