import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load.js";
import { findEntities } from "../../src/entities/extract.js";
import { expectDeclined, tempDir, testCore } from "../helpers.js";

// A twelfth invented article, a game report with an airline order and a survey in it: none of its
// names or phrases is in the bundled corpus. Each test names the stage or feature it pins; each failed
// on the code before it.
const desk = tempDir();
writeFileSync(
  join(desk, "gulls.md"),
  `---\ntitle: Gulls hold off Owls 98-91 as Keane sets a club mark\npublished: 2022-03-14\n---\n` +
    `Rosa Keane scored 28 points as the Harbor Gulls beat the Pine Valley Owls 98-91 on Saturday night.\n\n` +
    `A Keane layup put the Gulls up 90-80 with 2:10 to play.\n\n` +
    `Keane finished with 14 rebounds, six assists and three steals.\n\n` +
    `Mara Tovik left the game with a sprained ankle in the first quarter. Tovik did not return.\n\n` +
    `The crowd of 9,000 was the largest of the season.\n\n` +
    `The Owls scored 11 straight points late to cut the lead to three.\n\n` +
    `Delta Wing Air ordered 12 Corvan jets at the show. The order is valued at $2.1 billion at list prices.\n\n` +
    `Delta Wing Air is the largest buyer of the Corvan K90, with 41 of the planes in its fleet.\n\n` +
    `Last year Delta Wing Air bought 20 of Tessel's 550-8 freighters.\n\n` +
    `There is a reason for the run: Although Keane rested in March, the Gulls won nine of ten.\n\n` +
    `“We trust each other,” Keane said.\n\n` +
    `Rosa Keane has led the league in steals for two seasons.\n\n` +
    `A study of her shooting, by two coaches, was published on Monday in the journal Court Science.\n\n` +
    `Ticket sales at the arena plunged 8 percent this season.\n\n` +
    `Season ticket sales are still down from a high of 41 percent of all seats, and parking sales are up 3 percent.\n\n` +
    `The club cut its order of Corvan K95 jets, down by 6 to 18.\n\n` +
    `The three players, picked from 11 who submitted tapes to the club, join the squad in May.\n\n` +
    `Fans will send in designs this month and a panel of former coaches will pick the winning logo, the Sports Ministry said.\n\n` +
    `The new arena is due to open in the second half of next year.\n\n` +
    `A practice rink will follow in the mid-2030s.\n\n` +
    `The trophy parade is due to be held downtown next Saturday.\n\n` +
    `The arena roof carries a 4.5 MW solar array, and a 12 MW wind farm is planned nearby.\n\n` +
    `Two mascots who had been missing since 2019 were found Sunday in a storage room.\n\n` +
    `The mascots were handed over to club staff in the city’s northern Dunmore district.\n\n` +
    `Tickets for the parade cost $40 each.\n\n` +
    `“A Harlow bus was hit and burned near the arena,” the club said.\n\n` +
    `The club will offer fans its new Skyway shuttle, which it unveiled in May. It declined to say when the shuttle would be ready.\n\n` +
    `“Attendance will recover,” said Ravi Ostrander, Director, Harbor Sports Research.\n\n` +
    `“Prices are too high,” said Lucia Brenner, senior ticket analyst and strategist at Norcap Inc.\n\n` +
    `Club shares added 2.5% to $18.40 on Monday.\n\n` +
    `On the exchange, the Harbor Composite .HBX fell 12.5 points, or 0.4%, to 3,021.77, and the Pine 100 index added 3.1 points, or 0.2%, to 1,450.10.\n\n` +
    `Keane was named captain of the club’s senior and reserve squads in April 2020 after years of serving as a scout and youth coach at the club.\n\n` +
    `At the time, Dr. Ines Vardy, who was then serving as the club's physician, cleared her to play.\n\n` +
    `The club lost 14 players to knee injuries between 2015 and 2021.\n\n` +
    `Keane signed a boot deal worth $2 million with Strida.\n\n` +
    `Guard Ola Brant has led her team in scoring since she joined the league in 2016.\n\n` +
    `Before the Owls, Brant was a reserve for the Talvens.\n\n` +
    `The city unveiled a plan to cut the cost of bus passes from $80 to $50.\n\n` +
    `To reach the 20,000 season-ticket holders the owners promised, the club must sell more in the suburbs.\n`,
);
writeFileSync(
  join(desk, "glacier.md"),
  `---\ntitle: Scientists plan a long stay on the Varn glacier\npublished: 2022-03-10\n---\n` +
    `The glacier expedition will take six weeks, its leader said.\n\n` +
    `Twelve researchers will camp on the ice.\n`,
);
const { core } = testCore({ CORPUS_DIR: desk });
const people = findEntities(loadCorpus(desk, null)).filter((e) => e.kind === "person");

describe("decide and extract stages on a twelfth unseen article", () => {
  it("decide stage: a person asked a figure of must be named in the passage or beside it ('the Owls scored 11' is not Tovik’s score)", () => {
    expectDeclined(core, "how many points did tovik score", /^name_absent: Tovik/);
    expect(core.ask("how many points did keane score").answer).toMatch(/^28\b/);
  });

  it("parse and extract stages: 'what is X worth' and 'what did X cost' ask a sum, as 'how much' does", () => {
    expect(core.ask("whats the corvan order worth").answer).toMatch(/^\$2\.1 billion\b/);
    expect(core.ask("what did the corvan jets cost").answer).toMatch(/^\$2\.1 billion\b/);
  });

  it("parse and extract stages: a score is asked by 'what was the final score' and answered by both sides' points, not the score on the way ('up 90-80 with 2:10 to play'); names typed side by side are no rival of the passage's", () => {
    expect(core.ask("what was the final score gulls owls").answer).toMatch(/^98-91\b/);
  });

  it("entity stage: a clause's opening word after a colon is no given name ('…: Although Keane rested'), so Rosa Keane keeps her surname", () => {
    expect(people.map((p) => p.name)).not.toContain("Although Keane");
    expect(people.find((p) => p.name === "Rosa Keane")?.aliases).toContain("Keane");
  });

  it("rank stage: a person asked by one name is named where the passage calls them by another ('rosa' is the Keane of 'Keane finished with …')", () => {
    const a = core.ask("how many steals did rosa have", { explain: true });
    expect(a.answer).toMatch(/^three\b/);
    expect(a.explain?.find((e) => e.quote.startsWith("Keane finished"))?.coverage).toBe(1);
  });

  it("extract stage: a journal or magazine is where something is published ('in the journal Court Science')", () => {
    expect(core.ask("where was the study published").answer).toMatch(/^Court Science\b/);
  });

  it("rank stage: a change is said by any verb of its direction ('plunged 8 percent' for 'how much did ticket sales drop')", () => {
    expect(core.ask("how much did ticket sales drop").answer).toMatch(/^8 percent\b/);
  });

  it("extract stage: 'down by 6 to 18' is a change by one figure to another: the level is asked, unless a change is", () => {
    expect(core.ask("how many k95s are on order now").answer).toMatch(/^18\b/);
    expect(core.ask("how many k95 jets did the club cut").answer).toMatch(/^6\b/);
    // "added 2.5% to $18.40": a share changed by, then the level.
    expect(core.ask("how much are club shares").answer).toMatch(/^\$18\.40\b/);
  });

  it("understand and extract stages: a figure whose relative clause states the asked verb counts those who did it ('picked from 11 who submitted tapes')", () => {
    expect(core.ask("how many players submitted tapes").answer).toMatch(/^11\b/);
  });

  it("entity and who stages: a body that speaks is no person ('the Sports Ministry said'); the subject a clause describes does the asked act ('a panel of former coaches will pick')", () => {
    expect(people.map((p) => p.name)).not.toContain("Sports Ministry");
    expect(core.ask("who will pick the winning logo").answer).toMatch(/^a panel of former coaches\. From/);
  });

  it("decide stage: a word of what is counted that no article has is absent ('how many electric jets': the articles count jets, never electric ones)", () => {
    expectDeclined(core, "how many electric jets did delta wing air order", /^unknown_words: electric/);
    expect(core.ask("how many corvan jets did delta wing air order").answer).toMatch(/^12\b/);
  });

  it("extract stage: a part of a year, an early, mid or late decade and a weekday after next or last are dates whole ('the second half of next year', 'mid-2030s', 'next Saturday')", () => {
    expect(core.ask("when will the new arena open").answer).toMatch(/^the second half of next year\b/);
    expect(core.ask("when will the practice rink follow").answer).toMatch(/^mid-2030s\b/);
    expect(core.ask("when is the trophy parade").answer).toMatch(/^next Saturday\b/);
  });

  it("extract stage: a game's clock is the time left, not when ('up 90-80 with 2:10 to play' tells no time of day)", () => {
    expect(core.ask("when did the gulls go up 90-80").answer).not.toMatch(/2:10/);
  });

  it("extract stage: a unit's symbol after a space is part of the figure ('4.5 MW'), and power is a size", () => {
    expect(core.ask("how big is the solar array on the arena roof").answer).toMatch(/^4\.5 MW\. From/);
    expect(core.ask("how much solar does the arena roof carry").answer).toMatch(/^4\.5 MW\. From/);
  });

  it("extract stage: a date after 'since' starts a state, no event ('missing since 2019 were found Sunday')", () => {
    expect(core.ask("when were the mascots found").answer).toMatch(/^Sunday\b/);
  });

  it("extract stage: a place may follow whose it is ('in the city’s northern Dunmore district')", () => {
    expect(core.ask("where were the mascots handed over").answer).toMatch(/^Dunmore\b/);
  });

  it("decide stage: a thing asked a figure of that the passage's article never names is another article's ('how much would the expedition cost' is not the parade's $40)", () => {
    expectDeclined(core, "how much would the expedition cost", /^relation_absent: expedition/);
    expect(core.ask("how much did parade tickets cost").answer).toMatch(/^\$40\b/);
  });

  it("kind stage: 'what kind of X' and 'which X was hit' ask the name written before the noun ('A Harlow bus was hit')", () => {
    expect(core.ask("what kind of bus was hit").answer).toMatch(/^Harlow\. From/);
    expect(core.ask("which bus was hit").answer).toMatch(/^Harlow\. From/);
  });

  it("understand and decide stages: 'when will X be ready' asks the date of the state, which the sentence beside the date ('unveiled in May') does not give", () => {
    expectDeclined(core, "when will the skyway shuttle be ready", /^predicate_of_other: ready/);
  });

  it("entity stage: a capitalized office after a name is its role, with the body after it ('Ravi Ostrander, Director, Harbor Sports Research.'), and so is a bare role of two nouns ('senior ticket analyst and strategist at Norcap Inc.')", () => {
    expect(people.find((p) => p.name === "Ravi Ostrander")?.roles.map((r) => r.text)).toEqual(["Director, Harbor Sports Research"]);
    expect(people.find((p) => p.name === "Lucia Brenner")?.roles.map((r) => r.text)).toEqual(["senior ticket analyst and strategist at Norcap Inc"]);
    // "who was then serving as …": a role told with a time and a verb of serving.
    expect(people.find((p) => p.name === "Ines Vardy")?.roles.map((r) => r.text)).toEqual(["the club's physician"]);
  });

  it("parse and extract stages: 'where did X close' asks a market's level, told after its change ('fell 12.5 points, or 0.4%, to 3,021.77'); a number inside a name ('the Pine 100 index') is no figure", () => {
    expect(core.ask("where did the harbor composite close").answer).toMatch(/^3,021\.77\b/);
    expect(core.ask("where did the pine 100 end").answer).toMatch(/^1,450\.10\b/);
  });

  it("extract stage: an 'and' between two nouns or adjectives joins no clauses, and a gerund after a preposition is no clause's verb ('named captain of the senior and reserve squads in April 2020 after years of serving as …')", () => {
    expect(core.ask("when was keane named captain").answer).toMatch(/^in April 2020\b/);
  });

  it("decide stage: 'this year' is not answered by a count over a span of years ('between 2015 and 2021')", () => {
    expectDeclined(core, "how many players did the club lose to knee injuries this year", /^name_absent: this year/);
    expect(core.ask("how many players did the club lose to knee injuries").answer).toMatch(/^14\b/);
  });

  it("decide stage: a 'worth' or 'cost' said of another thing answers no 'how much is X worth / will X cost' ('a boot deal worth $2 million' is not Keane's worth)", () => {
    expectDeclined(core, "how much is rosa keane worth", /^predicate_of_other: worth/);
    expect(core.ask("how much is keane's boot deal worth").answer).toMatch(/^\$2 million\b/);
    // "the cost of bus passes" is the passes' cost, not the plan's.
    expectDeclined(core, "how much will the city's plan cost", /^predicate_of_other: cost/);
    expect(core.ask("how much did parade tickets cost").answer).toMatch(/^\$40\b/);
  });

  it("decide stage: a name asked as the verb's object ('join the Talvens') is not answered where the verb has another ('joined the league in 2016')", () => {
    expectDeclined(core, "when did brant join the talvens", /^name_absent: Talvens/);
    expect(core.ask("when did brant join the league").answer).toMatch(/^(?:in )?2016\b/);
  });

  it("extract stage: a goal ('to reach the 20,000 … the owners promised') tells no count of now", () => {
    expect(core.ask("how many season-ticket holders does the club have now").answered).toBe(false);
    expect(core.ask("how many season-ticket holders did the owners promise").answer).toMatch(/^20,000\b/);
  });

  it("extract stage: a model's code is counted by what it is ('41 of the planes', '20 of Tessel's 550-8 freighters')", () => {
    expect(core.ask("how many k90s does delta wing air have").answer).toMatch(/^41\b/);
    expect(core.ask("how many 550s did delta wing air buy").answer).toMatch(/^20\b/);
  });
});
