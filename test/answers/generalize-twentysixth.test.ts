import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir, testCore } from "../helpers.js";

// A twenty-sixth invented set: a band's reunion tour, a candidate's visit. None of its names or phrases
// is in the bundled corpus. Each test names the stage it pins; each failed on the code before it.
const desk = tempDir();
writeFileSync(
  join(desk, "tour.md"),
  `---\ntitle: The Larkfield Five reunite for a 40th anniversary tour\npublished: 2021-09-01\n---\n` +
    `Kicking off in May 2022, the 25-date Larkfield Five tour will mark the first time the band has toured together in decades.\n\n` +
    `Founding members Ada Quill, Bo Renner, Cy Marsh and Dee Voss will reunite for the tour.\n\n` +
    `The Larkfield Five tour kicks off May 4th in Sandmouth Beach, Oregon, and ends July 9th in Dunmore, Ohio.\n\n` +
    `Tickets go on sale Friday at TourHouse.com.\n\n` +
    `Earlier this year, the Larkfield Five were in the studio with producer Ned Fall (Mia Crane, Otto Lind), recording six songs for an EP.\n\n` +
    `The Larkfield Five closed out their September 1st concert at the Orpheum Hall in Kell.\n\n` +
    `Renner joined the Larkfield Five in 1979 and remained in the lineup until 1986.\n\n` +
    `Expect to hear many hits, including “Long Road Running,” “Cold Rain” and others.\n`,
);
writeFileSync(
  join(desk, "visit.md"),
  `---\ntitle: Deon Talley takes his campaign to Tarn\npublished: 2021-09-02\n---\n` +
    `A dozen shop owners were meeting in Tarn on Tuesday when they were told that the presidential hopeful Deon Talley would stop by.\n\n` +
    `When Talley walked into the back of the room, the owners turned around as he apologized for being late.\n\n` +
    `“Don’t get up!” he told them.\n\n` +
    `But the former governor is eager to win their votes.\n\n` +
    `“I am running because the country needs healing,” Talley said later at a diner.\n\n` +
    `Rita Holm said she knew little about Talley before Tuesday’s event, but he left her curious and wanting to learn more.\n\n` +
    `Nia Cole didn’t know Talley was coming to the gathering but saw his visit as a pleasant surprise.\n`,
);
writeFileSync(
  join(desk, "trade.md"),
  `---\ntitle: Ostland trade deal may be delayed\npublished: 2021-09-03\n---\n` +
    `Ostland wants tariffs on its goods removed, people familiar with the talks say.\n\n` +
    `A trade deal was expected within weeks of a March news conference between Deon Talley and Ostland's premier Vor Kant.\n`,
);
const { core } = testCore({ CORPUS_DIR: desk });

describe("stages on a twenty-sixth unseen article set", () => {
  it("extract (where): a phrasal verb's particle ('kick off') strands no preposition, and a month is no place", () => {
    expect(core.ask("where does the larkfield tour kick off").answer).toMatch(/^Sandmouth Beach\. From/);
  });

  it("extract (where): a web address ('at TourHouse.com') is no place", () => {
    expect(core.ask("where do tickets go on sale").answer).not.toMatch(/^TourHouse/);
  });

  it("decide: a thing the asked verb takes ('leave office') is not stated by the verb done to a person ('he left her curious')", () => {
    expect(core.ask("when did talley leave office as governor").declined).toBeTruthy();
  });

  it("extract (who): the asked verb's agent noun as a name's title ('with producer Ned Fall (Mia Crane, …)') names the doer", () => {
    expect(core.ask("who produced the larkfield five songs").answer).toMatch(/^Ned Fall\. From/);
  });

  it("extract (who): every holder of an office asked in the plural is listed ('who are the founding members')", () => {
    const answer = core.ask("who are the founding members").answer;
    for (const name of ["Ada Quill", "Bo Renner", "Cy Marsh", "Dee Voss"]) expect(answer).toContain(name);
  });

  it("extract (quote): words said at a time told by an event ('when he walked in') are those beside the sentence telling it", () => {
    const answer = core.ask("what did talley say when he walked in").answer;
    expect(answer).toContain("“Don’t get up!” he told them.");
    expect(answer).not.toContain("I am running");
  });

  it("decide: a show's noun ('their September 1st concert at the Orpheum Hall') states playing", () => {
    expect(core.ask("where did larkfield play on sept 1st").answer).toMatch(/^the Orpheum Hall\. From/);
  });

  it("decide (when): staying 'until' a time ('remained in the lineup until 1986') states leaving then", () => {
    expect(core.ask("when did renner leave the larkfield five lineup").answer).toMatch(/^1986\. From/);
  });

  it("extract (who): whom the asked verb was done to is not told by a passage with the act only as a noun ('saw his visit as a surprise')", () => {
    expect(core.ask("who did talley visit in tarn").declined).toBeTruthy();
  });

  it("decide, extract (who): a meeting's noun and its sides ('a news conference between Talley and … Vor Kant') tell who met", () => {
    expect(core.ask("who met talley at the march news conference").answer).toMatch(/^Vor Kant\. From/);
    expect(core.ask("who did talley meet in march").answer).toMatch(/^Vor Kant\. From/);
  });

  it("decide: words of a quoted title ('“Long Road Running,”') state no act", () => {
    expect(core.ask("which larkfield songs were running").declined).toBeTruthy();
  });
});
