import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load.js";
import { findEntities } from "../../src/entities/extract.js";
import { tempDir, testCore } from "../helpers.js";

// A thirteenth invented article, a court report with a club's new coach in it: none of its names or
// phrases is in the bundled corpus. Each test names the stage or feature it pins; each failed on the
// code before it.
const desk = tempDir();
writeFileSync(
  join(desk, "court.md"),
  `---\ntitle: Judges drop the Halvor case against Oskar Lindqvist\npublished: 2021-05-04\n---\n` +
    `Judges in Halvor have dropped the fraud case against shipping heir Oskar Lindqvist.\n\n` +
    `Lindqvist, who denies the claims, fled to Marrow in 2016.\n\n` +
    `The 61-year-old Norwegian was arrested in March and fined 40,000 crowns.\n\n` +
    `He is currently being held at Crane Hill prison.\n\n` +
    `Now Lindqvist faces nine charges in Marrow.\n\n` +
    `Chief Prosecutor of the Northern District Anna-Lise Berg took the decision, the court said.\n\n` +
    `Ms Berg said the evidence had grown too old.\n\n` +
    `Halvor Post editor-in-chief Tomas Rudd said the ruling was overdue.\n\n` +
    `"The case was weak from the start," said Pia Sand, Halvor Bank's chief economist.\n\n` +
    `Lena Moss, an expert in maritime law at the University of Grenby who did not work on the case, told the Post it was rare.\n\n` +
    `Harbor United named Kai Brenner as coach until the end of the 2027 season.\n\n` +
    `The Danish coach had been out of work since leaving Vale Town in May.\n\n` +
    `The 48-year-old said he was proud to join.\n`,
);
const { core } = testCore({ CORPUS_DIR: desk });
const people = findEntities(loadCorpus(desk, null)).filter((e) => e.kind === "person");
const rolesOf = (name: string) => people.find((p) => p.name === name)?.roles.map((r) => r.text) ?? [];

describe("entity, rank and decide stages on a thirteenth unseen article", () => {
  it("entity stage: a word opening a sentence before a surname the article gives someone else is no given name ('Now Lindqvist faces'), so Oskar Lindqvist keeps his surname", () => {
    expect(people.map((p) => p.name)).not.toContain("Now Lindqvist");
    expect(people.find((p) => p.name === "Oskar Lindqvist")?.aliases).toContain("Lindqvist");
  });

  it("entity stage: an office's capitalized words before a name are no part of it ('Chief Prosecutor of the Northern District Anna-Lise Berg'), and a surname after 'Ms' is a person's", () => {
    expect(people.map((p) => p.name)).toContain("Anna-Lise Berg");
    expect(rolesOf("Anna-Lise Berg")).toContain("Chief Prosecutor of the Northern District");
  });

  it("entity stage: a role after a name may open with its employer's possessive ('Halvor Bank's chief economist') or run on to where they work ('an expert in maritime law at …'); 'editor-in-chief' is a title", () => {
    expect(rolesOf("Pia Sand")).toContain("Halvor Bank's chief economist");
    expect(rolesOf("Lena Moss")).toContain("an expert in maritime law at the University of Grenby");
    expect(rolesOf("Tomas Rudd")).toContain("Halvor Post editor-in-chief");
    expect(core.ask("who is lena moss").answer).toMatch(/an expert in maritime law/);
  });

  it("rank and decide stages: a sentence opening with a description goes on about the person named before it ('The 61-year-old Norwegian was arrested', 'He is currently being held')", () => {
    expect(core.ask("how old is lindqvist").answer).toMatch(/^61\b/);
    expect(core.ask("when was lindqvist arrested").answer).toMatch(/^in March\b/);
    expect(core.ask("where is lindqvist being held").answer).toMatch(/^Crane Hill\b/);
  });

  it("rank stage: a chain of descriptions ('The Danish coach …', 'The 48-year-old said …') is followed back to the name", () => {
    expect(core.ask("how old is brenner").answer).toMatch(/^48\b/);
  });
});
