import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir, testCore } from "../helpers.js";

// A thirty-seventh invented set, for the failures of the held-back sets q57–q59 (a film review, a
// forecast for phone carriers, an article quoting embedded posts). None of its names or phrases is in
// the bundled corpus.
const desk = tempDir();
writeFileSync(
  join(desk, "review.md"),
  `---\ntitle: Sea Beasts drifts\npublished: 2018-03-02\n---\n` +
    `Crale's harbor at dawn. (Lena Ort/AFP/Getty Images)\n\n` +
    `Critics compared it with the stage version by Jon Lark (head of the Vell Players in Ostra).\n\n` +
    `The six Pellin novels, which ran for nearly a decade, had a fine group of readers at its center; the film's leads were cast at the age of twelve.\n\n` +
    `Sea Beasts, the first of a promised four films to spin off the Pellin books, shows only three beasts in its first hour.\n\n` +
    `The film takes place during the Roaring Twenties, and the plot revolves around Odo Tarnish (Felix Annand), a collector of rare maps, who takes his maps on a voyage from Lisbon to Cape Town. ` +
    `He is chased by Vira, a disgraced cartographer (Maud Kellaway), and Vira’s cousin (Ines Pohl), while a harbor boss, Crale (Tomas Ruhl), looks on.\n`,
);
writeFileSync(
  join(desk, "carriers.md"),
  `---\ntitle: Five carrier trends for next year\npublished: 2018-12-20\n---\n` +
    `Stellan CEO Ivo Brandt announced this month that the company will launch field trials in March.\n\n` +
    `Q&T has one test customer, Pollux, in Fargo.\n\n` +
    `Brightnet will pair its 12 million Wi-Fi hotspots with Stellan's network.\n\n` +
    `Meshlink runs on the universal 2.4GHz ISM frequency band, meaning its products work anywhere.\n\n` +
    `Kessler Group earlier this month said it plans to invest $40 billion in the US, aiming to create 30,000 jobs.\n\n` +
    `In a 2017 survey, 64 to 66 percent of customers described their data plans as confusing.\n\n` +
    `Last week, the board decided to ban Orvex star analyst Pim Okafor from its calls.\n\n` +
    `The regulator later restored the suspended account of pro-consumer activist Dana Morrow.\n`,
);
writeFileSync(
  join(desk, "posts.md"),
  `---\ntitle: Halden's posts about the council\npublished: 2018-06-01\n---\n` +
    `Halden had long complained about the council's attendance.\n\n` +
    `The council has skipped 41% of its own meetings. But it never skips a fundraiser.\n\n` +
    `— Rufus Halden (@rufushalden) April 3, 2016\n\n` +
    `The claims did not hold up, reporters found.\n\n` +
    `Since the vote, Rufus Halden has attended five hearings; council leader Agnes Plover chairs them.\n\n` +
    `Halden's fans harassed union chief Pell Marsh with posts numbering in the thousands.\n\n` +
    `Actress Nora Marsh had faced such a mob a year before.\n\n` +
    `Hundreds of the angry council members and trolls attacking Marsh tagged Halden in their replies.\n\n` +
    `Board chair Ida Fenn said she found Halden's attacks on Pell Marsh “interesting.”\n\n` +
    `Norwegian Prime Minister Taro Ando visited the council on Monday.\n`,
);
writeFileSync(
  join(desk, "budget.md"),
  `---\ntitle: The Varn budget\npublished: 2018-03-10\n---\n` +
    `Varncare is far from perfect.\n\n` +
    `Varncare, the joint city-county health program for low-income residents, covers 80,000 people.\n\n` +
    `The plan would slash $2.1 billion from funds for repairing bridges, $400 million from rental assistance payments (including vouchers for veterans), and $5 billion in transit grants, eliminating programs to combat urban decline.\n`,
);
const { core } = testCore({ CORPUS_DIR: desk });

describe("understand, entity, extract and decide stages on a thirty-seventh unseen article set", () => {
  it("extract: who plays a part is the name in brackets after it, or after its apposition ('Vira, a disgraced cartographer (Maud Kellaway)'), not another part's", () => {
    expect(core.ask("who plays odo tarnish").answer).toMatch(/^Felix Annand\b/);
    expect(core.ask("who plays vira").answer).toMatch(/^Maud Kellaway\b/);
    expect(core.ask("who plays crale").answer).toMatch(/^Tomas Ruhl\b/);
  });

  it("extract: where something is taken is its route's end ('from Lisbon to Cape Town'); a part with its actor in brackets is no place", () => {
    expect(core.ask("where does odo take his maps").answer).toMatch(/^Cape Town\b/);
  });

  it("decide: a verb of beginning is stated by another ('will launch field trials' for 'start')", () => {
    expect(core.ask("when will stellan start trials").answer).toMatch(/^(?:in )?March\b/);
  });

  it("extract: figures listed after one the verb governs are its too, each told apart by its own phrase ('$400 million from rental assistance payments (including …)')", () => {
    expect(core.ask("how much would be cut from rental assistance").answer).toMatch(/^\$400 million\b/);
  });

  it("decide: asked what a thing is, a passage that says so ('Varncare, the joint … program …,') before one that only tells of it", () => {
    expect(core.ask("what is varncare").answer).toMatch(/the joint city-county health program/);
  });

  it("normalize: a word always after the same given name is a surname, typed alone in lower case ('plover': Agnes Plover)", () => {
    // Halden's hearings are no count of Plover's.
    expect(core.ask("how many hearings has plover attended").declined).toBeTruthy();
  });

  it("extract: a figure after 'numbering' counts the noun before it ('posts numbering in the thousands' is no count of fans), one 'of the' a plural counts that plural", () => {
    expect(core.ask("how many fans does halden have").declined).toBeTruthy();
    // Nor is "Hundreds of the angry council members and trolls".
    expect(core.ask("how many followers does halden have").declined).toBeTruthy();
  });

  it("quote: a person asked of by full name is not one of the same surname ('Nora Marsh' is not 'Pell Marsh')", () => {
    expect(core.ask("what did ida fenn say about nora marsh").declined).toBeTruthy();
    expect(core.ask("what did ida fenn say about pell marsh").answer).toMatch(/interesting/);
  });

  it("rank and decide: a place is named by its adjective ('Norwegian Prime Minister' for Norway)", () => {
    expect(core.ask("when did the prime minister of norway visit the council").answer).toMatch(/^(?:on )?Monday\b/);
  });

  it("understand: 'what frequency' asks a figure in hertz ('the universal 2.4GHz ISM frequency band'), not the band's name", () => {
    expect(core.ask("what frequency does meshlink run on").answer).toMatch(/^2\.4GHz\b/);
  });

  it("byline: who took the photo is told by the caption's credit ('(Lena Ort/AFP/Getty Images)')", () => {
    expect(core.ask("who took the photo in the sea beasts review").answer).toMatch(/^Lena Ort\b/);
  });

  it("entities: a role in brackets after a name is theirs ('Jon Lark (head of the Vell Players in Ostra)')", () => {
    expect(core.ask("who is jon lark").answer).toMatch(/^Jon Lark: head of the Vell Players\b/);
  });

  it("extract: a named period answers when ('during the Roaring Twenties'); an age is told 'at the age of twelve'", () => {
    expect(core.ask("when does sea beasts take place").answer).toMatch(/^the Roaring Twenties\b/);
    expect(core.ask("how old were the leads when cast").answer).toMatch(/^twelve\b/);
  });

  it("understand: a plural noun before another modifies it ('how many sea beasts films'), the unit is the last", () => {
    expect(core.ask("how many sea beasts films are promised").answer).toMatch(/^four films\b/);
  });

  it("normalize: a hyphenated word typed whole is the corpus's ('wifi': Wi-Fi); a name joined by '&' is one word ('q&t')", () => {
    expect(core.ask("how many wifi hotspots does brightnet have").answer).toMatch(/^12 million Wi-Fi hotspots\b/);
    expect(core.ask("who is q&t's test customer").answer).toMatch(/Pollux/);
    // Stellan's CEO is no CEO of Q&T.
    expect(core.ask("who is the ceo of q&t").declined).toBeTruthy();
  });

  it("decide: 'in the US' is the place asked, though 'US' is a stop word's term", () => {
    expect(core.ask("how much does kessler group plan to invest in the us").answer).toMatch(/^\$40 billion\b/);
  });

  it("extract: a range's unit written once after its higher end is the range's ('64 to 66 percent')", () => {
    expect(core.ask("what percent of customers described their data plans as confusing").answer).toMatch(/^64 to 66 percent\b/);
  });

  it("entities: a verb after 'to' is no part of an office ('to ban Orvex star analyst'); a hyphened modifier is ('pro-consumer activist'); an office's 'of' follows an office word ('the account of')", () => {
    expect(core.ask("who is pim okafor").answer).toMatch(/^Pim Okafor: Orvex star analyst\b/);
    expect(core.ask("who is dana morrow").answer).toMatch(/^Dana Morrow: pro-consumer activist\b/);
  });

  it("decide and extract: an embedded post is its signer's ('— Rufus Halden (@rufushalden) April 3, 2016'), posted on the day it signs", () => {
    expect(core.ask("what percent of meetings did halden say the council skipped").answer).toMatch(/^41%/);
    expect(core.ask("when did halden post that the council skipped meetings").answer).toMatch(/^April 3, 2016\b/);
  });
});
