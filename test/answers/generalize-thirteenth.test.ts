import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load.js";
import { findEntities } from "../../src/entities/extract.js";
import { expectDeclined, tempDir, testCore } from "../helpers.js";

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
    `The 48-year-old said he was proud to join.\n\n` +
    `Harbor United said in a statement: "Kai is one of the league's finest coaches, having won 14 trophies."\n\n` +
    `Harbor United have won seven of their last eleven games, and lie fourth in the table.\n\n` +
    `Brave coach Ruth Amsel said the Vale Town club wished him well.\n\n` +
    `Lindqvist spent three-and-a-half years in Marrow, and eight out of ten of his ships were sold.\n\n` +
    `The storm cut power to 9,000 homes in 12 Eastern and coastal Halvor districts.\n\n` +
    `Winds gusted to 60 mph (97 kph), which could set off fires.\n\n` +
    `The utility lowered the number of homes that could lose power from an early estimate of about 20,000.\n\n` +
    `The team looked at ports where fishing had been banned by 2015, Halvor and Marrow among them.\n\n` +
    `Harbor United beat Vale Town 3-1 at Gull Park on Saturday.\n\n` +
    `Defender Ivo Kant had scored first for United before winger Sam Orla’s long-range goal sealed it.\n\n` +
    `Rudd has run the paper for six years after buying it from the Lund family in 2015.\n\n` +
    `Of the 4,000 fans surveyed, just over half were men, 61 percent were season-ticket holders, 22 percent were students.\n\n` +
    `Halvor & Marrow Lines, or H&M Lines, owns the ferries.\n\n` +
    `H&M Lines chief executive Dora Veld said the route would stay open.\n\n` +
    `Halvor Post Ferry Expert Jorun Aavik said the ships were sound.\n\n` +
    `Tiran Quellvo, however, wanted the ferries checked again.\n\n` +
    `The port awarded the first four contracts to Nordby Docks as Quellvo waited.\n`,
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

  it("entity stage: an article that has named someone in full may go on by their given name alone ('Kai is one of …')", () => {
    expect(core.ask("how many trophies has brenner won").answer).toMatch(/^14\b/);
  });

  it("extract stage: a half and the whole counted out of are part of a figure ('three-and-a-half years', 'eight out of ten')", () => {
    expect(core.ask("how long did lindqvist spend in marrow").answer).toMatch(/^three-and-a-half years\b/);
    expect(core.ask("how many of lindqvists ships were sold").answer).toMatch(/^eight out of ten\b/);
  });

  it("extract and decide stages: a figure counts the plural after its modifiers ('12 Eastern and coastal Halvor districts'), no count is in a unit of measure ('97 kph') or is 'the number of' another thing", () => {
    expect(core.ask("how many districts did the storm cut power to").answer).toMatch(/^12\b/);
    expectDeclined(core, "how many fires did the storm start", /./);
    expectDeclined(core, "how many districts could lose power", /./);
  });

  it("who stage: a role that names its body by a capitalized English adjective names that body ('Brave coach' is no Vale Town coach)", () => {
    expect(core.ask("who is the brave coach").answer).toMatch(/^Ruth Amsel\b/);
    expectDeclined(core, "who is the vale town coach", /./);
  });

  it("extract stage: 'where … next' is not answered by where it was; a date after 'by' bounds a state, it dates no event", () => {
    expect(core.ask("where did harbor united beat vale town").answer).toMatch(/^Gull Park\b/);
    expectDeclined(core, "where do harbor united play next", /./);
    expectDeclined(core, "when did marrow ban fishing", /./);
  });

  it("extract stage: a gerund after a preposition of time heads a clause ('after buying it … in 2015'), and a span of time after 'for' is how long, not when", () => {
    expect(core.ask("when did rudd buy the paper").answer).toMatch(/^2015\b/);
  });

  it("extract stage: of the figures of a list each as far from the asked words in all, the one right beside an asked word is the answer ('61 percent were season-ticket holders')", () => {
    expect(core.ask("what percentage of fans were students").answer).toMatch(/^22 percent\b/);
  });

  it("normalize stage: a possessive typed without its apostrophe after a name joined by '&' ('h&m lines ceo' asked as 'h&ms')", () => {
    expect(core.ask("who is h&ms chief executive").answer).toMatch(/^Dora Veld\b/);
  });

  it("who stage: the person whose possessive stands before what the question asks was done ('winger Sam Orla’s long-range goal') did it", () => {
    expect(core.ask("who scored the long range goal").answer).toMatch(/^Sam Orla\b/);
  });

  it("entity stage: a word no dictionary has before one the article writes alone is a given name the list lacks ('Tiran Quellvo' beside 'as Quellvo waited'); a capitalized noun for a person after a name is a role ('Ferry Expert')", () => {
    expect(people.map((p) => p.name)).toContain("Tiran Quellvo");
    expect(rolesOf("Jorun Aavik")).toContain("Halvor Post Ferry Expert");
  });

  it("extract stage: 'how much' asks an amount, which a count of things ('the first four contracts') is not", () => {
    expectDeclined(core, "how much did nordby docks get", /./);
  });

  it("rank stage: a chain of descriptions ('The Danish coach …', 'The 48-year-old said …') is followed back to the name", () => {
    expect(core.ask("how old is brenner").answer).toMatch(/^48\b/);
  });
});
