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
    `Long thought a slight of the Music Hall of Fame, the Larkfield Five last month were finally nominated for induction.\n\n` +
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
    `Nia Cole didn’t know Talley was coming to the gathering but saw his visit as a pleasant surprise.\n\n` +
    `On Sunday, Deon Talley granted a long interview to the Tarn Times about his campaign.\n\n` +
    `Deon Talley, the 58-year-old younger brother of the state's treasurer, Ruth Talley Moss, has told friends the visit was a success.\n`,
);
writeFileSync(
  join(desk, "trade.md"),
  `---\ntitle: Ostland trade deal may be delayed\npublished: 2021-09-03\n---\n` +
    `Ostland wants tariffs on its goods removed, people familiar with the talks say.\n\n` +
    `A trade deal was expected within weeks of a March news conference between Deon Talley and Ostland's premier Vor Kant.\n`,
);
writeFileSync(
  join(desk, "harbor.md"),
  `---\ntitle: Pressure grows on Ostmark\npublished: 2021-09-04\n---\n` +
    `On Monday, the Nation’s Voice, the mouthpiece of the ruling party, warned that there is “no room for retreat”.\n\n` +
    `The crisis has boosted the prospects of Ostmark’s incumbent premier, Lio Vantry, as she faces an election.\n\n` +
    `Among the issues the auditor is examining is whether the founder enriched himself.\n\n` +
    `Harrow Bank agreed to inject $2.5 billion in debt into Quillhouse.\n`,
);
writeFileSync(
  join(desk, "label.md"),
  `---\ntitle: Singer in a row with her label\npublished: 2021-09-05\n---\n` +
    `Dana Kell might not be able to sing her hits due to a dispute with Rory Vance (which owns her former label, Ember Row).\n\n` +
    `Her fans seem intent on not angering Gov. Rory Vance, who lost his reelection bid.\n\n` +
    `According to Kell, her former label Ember Row, which owns her masters, is preventing her from performing her hits at the Harbor Music Awards.\n\n` +
    `The league decided to move the teams' Week 9 rematch in Dunmore from a 4:25 kickoff to a 1 p.m. start.\n\n` +
    `Out of 14 observations by the Marrow Observatory, the scientists spotted vapor in one.\n`,
);
writeFileSync(
  join(desk, "gadgets.md"),
  `---\ntitle: Best gadgets of the year\npublished: 2021-09-06\nbyline: Lena Okafor\n---\n` +
    `Vellum Tab Mini for $200\n\n` +
    `The smaller Vellum Tab gives up the dock, but it gains battery life and new colors.\n\n` +
    `The screen has been shrunk to 6.5-inches, and the keys are gone.\n\n` +
    `Orbit Sense Kit for $25\n\n` +
    `DJX Hopper Mini for $399\n\n` +
    `See it now: Amazon\n\n` +
    `The Hopper Mini is the ideal combination of a capable drone in a small package. With a range of up to 5km and battery life of 40 minutes, it's hard to believe it's priced at $399. It's perfect for those new to drones.\n`,
);
writeFileSync(
  join(desk, "dance.md"),
  `---\ntitle: Rik Sallow voted off 'Singing with the Sharks'\npublished: 2021-09-07\n---\n` +
    `Rik Sallow has been eliminated from “Singing with the Sharks.”\n\n` +
    `Sallow was voted off on Monday in a tight race against singer Mae Corrin.\n\n` +
    `'SINGING WITH THE SHARKS' JUDGE OPENS UP ABOUT HER HEALTH\n\n` +
    `Sallow was eliminated in what host Ted Brill called the hardest verdict of the season.\n\n` +
    `The news came after Sallow’s announcement that his wife, Ilse, had been ill.\n\n` +
    `Sallow had thanked the fans of “SWTS” on a previous episode.\n`,
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

  it("entities: the role before a name and a comma is the shortest phrase whose head names a role ('the prospects of Ostmark’s incumbent premier, Lio Vantry')", () => {
    expect(core.ask("who is lio vantry").answer).toMatch(/^Lio Vantry: Ostmark’s incumbent premier\./);
  });

  it("normalize, decide (quote): a possessive opening a name typed without its apostrophe ('nations voice') is the name, and its words are its own", () => {
    expect(core.ask("what did the nations voice say").answer).toContain("“no room for retreat”");
  });

  it("decide (figure): a verb of placing ('putting into Quillhouse') is stated by any verb that takes it there ('inject … into Quillhouse')", () => {
    expect(core.ask("how much is harrow bank putting into quillhouse").answer).toMatch(/^\$2\.5 billion\. From/);
  });

  it("parse: 'what is X looking at' asks what is being done, no definition of 'X looking at'", () => {
    const answer = core.ask("what is the auditor looking at");
    expect(answer.intent).toBe("search");
    expect(answer.answer).toContain("Among the issues the auditor is examining");
  });

  it("decide: an act someone is only nominated for ('nominated for induction') has not happened", () => {
    expect(core.ask("when did larkfield get inducted into the music hall of fame").declined).toBeTruthy();
    expect(core.ask("when was larkfield nominated for the music hall of fame").answer).toMatch(/^last month \(the article is dated [A-Z][a-z]+ \d{1,2}, \d{4}\)\. From/);
  });

  it("decide, extract (who): a passage where the name asked does the act ('Ember Row, which owns her masters') is not who does it to them; a relative clause after a name names the doer", () => {
    expect(core.ask("who owns ember row").answer).toMatch(/^Rory Vance\. From/);
    // A person so named is given by their own name, not the titles before it.
    expect(core.ask("who lost his reelection bid").answer).toMatch(/^Rory Vance\. From/);
  });

  it("extract (where): a gerund after 'from' is its clause's act ('preventing her from performing … at the Harbor Music Awards'), and 'can't' asks what is prevented", () => {
    expect(core.ask("where cant kell perform her hits").answer).toMatch(/^the Harbor Music Awards\. From/);
    expect(core.ask("where is kell performing her hits").declined).toBeTruthy();
  });

  it("parse, extract (when): 'what time' needs no 'time' in the passage, and a time moved from ('from a 4:25 kickoff to a 1 p.m. start') is no answer", () => {
    expect(core.ask("what time is the rematch now").answer).toMatch(/^1 p\.m\. From/);
  });

  it("extract (figure): 'how much vapor' is no count of events ('14 observations by the Marrow Observatory')", () => {
    expect(core.ask("how much vapor was spotted").answer).not.toMatch(/^14\b/);
  });

  it("extract (who): kin told from the other side ('X, the younger brother of the state's treasurer, Ruth Talley Moss') answers 'who is X's brother'", () => {
    const answer = core.ask("who is deon talleys brother");
    expect(answer.answer).toMatch(/^Ruth Talley Moss\. From/);
    expect(core.ask("who is deon talleys father").declined).toBeTruthy();
  });

  it("extract (who): an act given to someone ('granted a long interview to the Tarn Times') is theirs to do", () => {
    expect(core.ask("who interviewed deon talley").answer).toMatch(/^Tarn Times\. From/);
  });

  it("byline: 'who wrote the gadgets list' asks the byline of the article the list is", () => {
    expect(core.ask("who wrote the gadgets list").answer).toMatch(/^Lena Okafor, by the byline of "Best gadgets of the year"/);
  });

  it("extract (figure): 'how big is the screen', of a made thing, is never told by a sum of money", () => {
    expect(core.ask("how big is the tab mini screen").answer).toMatch(/^6\.5-inches\. From/);
  });

  it("decide (figure): what a thing costs is told by a sum after 'for' beside its name ('Orbit Sense Kit for $25')", () => {
    expect(core.ask("how much does the orbit sense kit cost").answer).toMatch(/^\$25\. From/);
  });

  it("decide: 'what is the range of X' is answered by a passage that says 'range', X named beside it", () => {
    expect(core.ask("what is the range of the hopper mini").answer).toContain("With a range of up to 5km");
  });

  it("extract (who): whom one competed against is named after 'race against' and a word for a person ('against singer Mae Corrin')", () => {
    expect(core.ask("who did sallow compete against").answer).toMatch(/^Mae Corrin\. From/);
  });

  it("resolve: initials the articles never spell out in brackets ('SWTS') stand for the name whose initials they are", () => {
    expect(core.ask("whos the host of SWTS").answer).toMatch(/^Ted Brill: host\./);
  });

  it("extract (who): kin named beside the owner ('Sallow’s announcement that his wife, Ilse, …'), asked by name too", () => {
    expect(core.ask("who is sallows wife").answer).toMatch(/^Ilse\. From/);
    expect(core.ask("what is sallows wifes name").answer).toMatch(/^Ilse\. From/);
  });

  it("decide: words of a quoted title ('“Long Road Running,”') state no act", () => {
    expect(core.ask("which larkfield songs were running").declined).toBeTruthy();
  });
});
