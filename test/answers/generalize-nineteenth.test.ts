import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir, testCore } from "../helpers.js";

// A nineteenth invented set: a round-up of games, a hearing and a detention report. None of its names
// or phrases is in the bundled corpus. Each test names the stage it pins; each failed on the code before it.
const desk = tempDir();
writeFileSync(
  join(desk, "roundup.md"),
  `---\ntitle: Otters win in overtime\npublished: 2021-06-01\n---\n` +
    `Ivo Marten's second goal lifted the Vell Otters over the Dray Herons 4-3 on Tuesday night.\n\n` +
    `Anton Kessel added a goal, and Boris Pell stopped 31 shots as the Otters beat the Herons for the fifth time.\n\n` +
    `Nelle Varg fired a shot at Tomas Brisk late in the game.\n\n` +
    `Anton Kessel's first shot went past Rob Vantner in the second period.\n\n` +
    `Lynx 3, Badgers 1: Oskar Lind scored twice and Brayford beat Calder.\n`,
);
writeFileSync(
  join(desk, "hearing.md"),
  `---\ntitle: Envoys testify\npublished: 2021-06-02\n---\n` +
    `Ambassador Ruth Calloway, the most awaited witness, is likely to face questions about her talks in Latvia on Thursday.\n\n` +
    `Calloway, a hotel owner the president tapped as his ambassador to Norway, has amended her testimony.\n\n` +
    `Another diplomat, former special envoy to Moldova Peter Vassel, changed his account of the meeting.\n`,
);
writeFileSync(
  join(desk, "detention.md"),
  `---\ntitle: Crowded cells at the border\npublished: 2021-06-03\n---\n` +
    `In one station, a room meant for 40 held 162 adult males with one sink.\n\n` +
    `An outbreak at the Harlow station affected nearly three dozen detainees.\n`,
);
writeFileSync(
  join(desk, "landers.md"),
  `---\ntitle: Agency adds lander firms\npublished: 2021-06-04\n---\n` +
    `The agency plans to fly its Kestrel rover in 2024 to the far side of the moon.\n\n` +
    `Harlow Works will offer its Grey Moon lander, which can carry two tons.\n\n` +
    `Officials say "$12 million a month is coming across the river in timber."\n\n` +
    `The port "remains the primary entry point for timber into the valley."\n`,
);
writeFileSync(
  join(desk, "campaign.md"),
  `---\ntitle: Late hopeful tours the valley\npublished: 2021-06-05\n---\n` +
    `The newest hopeful, Corin Matlow, stopped by a diner on Tuesday.\n\n` +
    `When Matlow walked in, the diners turned around.\n\n` +
    `“Keep eating!” he told them.\n\n` +
    `But the former Tarrow County sheriff is eager to get their votes.\n\n` +
    `“He listens,” said Pell Arden, who owns a small printing firm and headed out early.\n`,
);
writeFileSync(
  join(desk, "board.md"),
  `---\ntitle: Board refuses to help the agency\npublished: 2021-06-06\n---\n` +
    `The agency, which planned to detain around 500 workers in Vell in May, said the tip-off prevented the arrest of as many as 300 people.\n\n` +
    `“We will not lend our officers,” wrote Board members Ada Lind, Bo Sten, and Cai Moro in a June 2 letter.\n`,
);
writeFileSync(
  join(desk, "streaming.md"),
  `---\ntitle: Kora streaming service opens\npublished: 2021-06-07\n---\n` +
    `The firm's long-gestating foray into streaming has finally arrived as its long-awaited streaming service, Kora, launched Tuesday morning.\n\n` +
    `Kora is not the only service capitalizing on the trend, as Vellum launched its rival service across 13 markets earlier this year, with plans for its full launch next year.\n\n` +
    `Kora is offered at a $7.99 monthly rate for its Kora Plus plan (a $99.99 bundle is also offered).\n\n` +
    `A big difference was the list of titles available at launch (more than 40) for Vellum's offering.\n\n` +
    `“We are in,” says Ola Fenn, senior vp sales and service at Kora.\n`,
);
writeFileSync(
  join(desk, "tarn.md"),
  `---\ntitle: First map of the moon Tarn\npublished: 2021-06-08\nbyline: Reuters\n---\n` +
    `Probes will reach Tarn in 2031.\n\n` +
    `Hills represent 12 percent of Tarn's surface.\n\n` +
    `Tarn, with a diameter of 2,100 miles, is the second-biggest moon.\n\n` +
    `“It is cold,” said study co-author Lena Brisk.\n\n` +
    `“We worked hard,” comments Robin Lamm of the KDF.\n`,
);
writeFileSync(
  join(desk, "coupe.md"),
  `---\ntitle: Vell unveils the Arrow coupe\npublished: 2021-06-09\n---\n` +
    `Joining the Vell SUV, the new Arrow will have up to 280 miles of range in Europe.\n\n` +
    `The Arrow 40 should deliver around 210 miles on a charge, while the Arrow 60 is rated for up to 280 miles.\n\n` +
    `With the 1.9 cu.ft. front trunk, or frunk, you are looking at 20.5 cu.ft. in total.\n\n` +
    `Regular European pricing will start at 61,200 euro with deliveries from spring.\n\n` +
    `The test required 12,000 processor cores of the Odra supercomputer.\n\n` +
    `The results appear in the journal Letters of the Northern Society.\n\n` +
    `The Big Thaw is a festival held in the town.\n`,
);
writeFileSync(
  join(desk, "markets.md"),
  `---\ntitle: Timber slides, stocks drift\npublished: 2021-06-10\n---\n` +
    `In Vell, the Harbor Composite Index .HCI fell 88.4 points, or 0.31%, to 25,101.20, the Lind 300 .LND lost 2.15 points, or 0.08%, to 2,410.55 and the Varg Composite .VGC added 18.62 points, or 0.22%, to 7,440.10.\n\n` +
    `The pan-Nordic Brisk 200 index lost 0.14% while the Tarrow gauge of stocks gained 0.03%.\n\n` +
    `Timber futures fell 2.9% to $41.10 per cord.\n\n` +
    `Spot silver added 0.2% to $17.40 an ounce.\n`,
);
writeFileSync(
  join(desk, "park.md"),
  `---\ntitle: Mayor Ostrander issues a new order\npublished: 2021-06-11\n---\n` +
    `Since early May, dozens of immigration raids have been carried out across the valley.\n\n` +
    `The order will prohibit seeking records from federal agencies regarding the raids.\n\n` +
    `“I will never accept these chaotic attacks,” Mayor Kira Ostrander said.\n\n` +
    `She adds that this comes after what happened at Linden Park on Monday, when federal agents marched through the park.\n\n` +
    `The Arrow 60 should do 0-62 mph in 5.9 seconds, and its top speed is 130 mph.\n\n` +
    `Vell is a town of the valley.\n\n` +
    `(Mara Quill/Valley Press)\n`,
);
writeFileSync(
  join(desk, "solar.md"),
  `---\ntitle: Valley roadmap to cut solar costs\npublished: 2021-06-12\n---\n` +
    `The Valley’s Office of Trade, Industry and Power (OTIP) has unveiled a plan to cut solar module costs.\n\n` +
    `In 2017, the Department of Energy announced the $0.05/kWh benchmark had been met.\n\n` +
    `A recent report by the Global Energy Agency’s Solar Power Program stated the industry had a capacity of 8 GW.\n\n` +
    `There are now 120 million monthly active “sellers” across the firm’s platforms.\n`,
);
writeFileSync(
  join(desk, "money.md"),
  `---\ntitle: The valley is broke\npublished: 2021-06-13\n---\n` +
    `Sixty-one percent of valley residents live paycheck to paycheck.\n\n` +
    `Forty percent of the valley's timber is sold abroad.\n`,
);
writeFileSync(
  join(desk, "trade.md"),
  `---\ntitle: Valley trade talks stall\npublished: 2021-06-14\n---\n` +
    `Buyers want the $20-30 billion in annual timber purchases promised by the council in May.\n\n` +
    `Ostrander and US Trade Envoy Ansel Brook spoke on Friday.\n`,
);
const { core } = testCore({ CORPUS_DIR: desk });
const bundled = testCore().core;

describe("entity, resolve, figure and doer stages on a nineteenth unseen article set", () => {
  it("answer: 'who is' a name the articles give no role is told by the passages naming it, never by another person they name", () => {
    const a = core.ask("who is tomas brisk");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("fired a shot at Tomas Brisk");
    expect(a.answer).not.toMatch(/^Nelle Varg/);
  });

  it("entities: a listed given name that is also an English word ('Rob') opens a name where the corpus never writes it as the word", () => {
    expect(core.ask("who is rob vantner").answer).toMatch(/^Rob Vantner\b/);
    // Another goalie's saves are not his: the passage that counts them never names him.
    expect(core.ask("how many shots did rob vantner stop").answered).toBe(false);
  });

  it("entities: the place an office is of, before its holder's name, is no part of the name ('envoy to Moldova Peter Vassel')", () => {
    expect(core.ask("who is peter vassel").answer).toMatch(/^Peter Vassel: former special envoy to Moldova/);
  });

  it("resolve: a bare title is not the office of a place the sentence names, when the person holds it of another ('ambassador to Norway')", () => {
    expect(core.ask("who is the ambassador to norway").answer).toMatch(/^Ruth Calloway/);
    expect(core.ask("who is the ambassador to latvia").answered).toBe(false);
  });

  it("figures: a count in dozens is the whole figure ('nearly three dozen'); a unit after a second figure is that figure's ('for 40 held 162 adult males')", () => {
    expect(core.ask("how many detainees did the harlow outbreak affect").answer).toMatch(/^nearly three dozen\b/);
    expect(core.ask("how many men were held in the room").answer).toMatch(/^162\b/);
  });

  it("figures: a round-up's score line ('Lynx 3, Badgers 1:') is a game's score, and 'lifted A over B 4-3' is one too", () => {
    expect(core.ask("what was the lynx badgers score").answer).toMatch(/^Lynx 3, Badgers 1\b/);
    expect(core.ask("what was the otters score").answer).toMatch(/^4-3\b/);
  });

  it("doer: a game's winner and loser are read from its score line or 'lifted A over B'; a game no passage gives a result of is declined", () => {
    expect(core.ask("who won the lynx badgers game").answer).toMatch(/^Lynx\b/);
    expect(core.ask("who did the lynx beat").answer).toMatch(/^Badgers\b/);
    expect(core.ask("who won the otters herons game").answer).toMatch(/^Vell Otters\b/);
    expect(core.ask("who won the otters lynx game").answered).toBe(false);
  });

  it("entities: a relative clause of what someone does for a living is their role ('who owns a small printing firm')", () => {
    expect(core.ask("who is pell arden").answer).toMatch(/^Pell Arden: owns a small printing firm\./);
  });

  it("answer: a description the article goes on with, after a conjunction and a quotation between ('But the former … sheriff is eager'), adds to a person's roles", () => {
    expect(core.ask("who is corin matlow").answer).toMatch(/^Corin Matlow: newest hopeful; former Tarrow County sheriff\./);
  });

  it("decide: an act the passage says was prevented ('prevented the arrest of as many as 300 people') gives no count of it", () => {
    const a = core.ask("how many people did the agency arrest in vell");
    expect(a.answered).toBe(false);
    expect(a.declined).toMatch(/^predicate_prevented: arrest/);
    expect(core.ask("how many arrests did the tip-off prevent").answer).toMatch(/^as many as 300\b/);
  });

  it("doer: the subject after its verb may follow a title ('wrote Board members Ada Lind, …'), and those listed with it act with it", () => {
    expect(core.ask("who wrote the june 2 letter").answer).toMatch(/^Ada Lind, Bo Sten, Cai Moro\b/);
  });

  it("decide: a thing's act is not told by another name right before the same verb ('Vellum launched … earlier this year' is no date of Kora's launch)", () => {
    expect(core.ask("when did kora launch").answer).toMatch(/^Tuesday morning\b/);
  });

  it("figures: a rate asked ('a month') is the sum told as that rate ('a $7.99 monthly rate'), not another in the sentence", () => {
    expect(core.ask("how much is kora plus a month").answer).toMatch(/^\$7\.99\b/);
  });

  it("figures: a count in brackets after what it counts ('titles available at launch (more than 40)') is that count, no age", () => {
    expect(core.ask("how many titles did vellum have at launch").answer).toMatch(/^more than 40\b/);
  });

  it("figures: a size in the scale's own units ('a diameter of 2,100 miles') comes before a share it may also be told by", () => {
    expect(core.ask("how big is tarn").answer).toMatch(/^2,100 miles\b/);
  });

  it("entities: 'co-author' is a kind of person, 'vp' a title, and a body's initials after 'of the' say whom someone speaks for", () => {
    expect(core.ask("who is lena brisk").answer).toMatch(/^Lena Brisk: study co-author\./);
    expect(core.ask("who is ola fenn").answer).toMatch(/^Ola Fenn: senior vp sales and service at Kora\./);
    expect(core.ask("who is robin lamm").answer).toMatch(/^Robin Lamm: KDF\./);
  });

  it("byline: 'who reported the … story' is asked of the article's byline", () => {
    expect(core.ask("who reported the tarn story").answer).toMatch(/^Reuters, by the byline of "First map of the moon Tarn"/);
  });

  it("decide: a model's name and number ('Arrow 40') the article writes whole is not told by a passage naming the model alone", () => {
    expect(core.ask("how much range does the arrow 40 have").answer).toMatch(/^210\b/);
  });

  it("text: a sentence does not end after an abbreviation it does not know when a lower-case word follows ('1.9 cu.ft. front trunk')", () => {
    const a = core.ask("how big is the front trunk");
    expect(a.sources[0].quote).toMatch(/^With the 1\.9 cu\.ft\. front trunk/);
  });

  it("figures: a sum's currency written after it is part of it ('61,200 euro'); a count held or used is asked by its noun ('how many cores did it use': 'required 12,000 processor cores')", () => {
    expect(core.ask("how much will the arrow cost in europe").answer).toMatch(/^61,200 euro\b/);
    expect(core.ask("how many processor cores did the test use").answer).toMatch(/^12,000\b/);
  });

  it("kinds: a name after its kind may hold 'of the' ('the journal Letters of the Northern Society')", () => {
    expect(core.ask("what journal are the results in").answer).toMatch(/^Letters of the Northern Society\b/);
  });

  it("decide: a name's whole run before the verb, a ticker after it, is its subject ('the Harbor Composite Index .HCI fell')", () => {
    expect(core.ask("how many points did the harbor composite fall").answer).toMatch(/^88\.4\b/);
  });

  it("figures: 'add' and 'gain' ask a change, told by a share or points alike; the figure after the asked name's own verb, not one of the clause before 'and the …'", () => {
    expect(core.ask("how much did silver add").answer).toMatch(/^0\.2%/);
    expect(core.ask("how much did timber fall").answer).toMatch(/^2\.9%/);
    expect(core.ask("how much did the varg composite gain").answer).toMatch(/^18\.62 points\b/);
  });

  it("decide: of passages that may answer, one that names what the question names comes before one whose article names it only elsewhere", () => {
    expect(core.ask("how much did the varg composite gain").sources[0].quote).toContain("Varg Composite");
  });

  it("extract: a date before a 'when' clause is that clause's too ('on Monday, when federal agents marched through the park')", () => {
    expect(core.ask("when did federal agents march through linden park").answer).toMatch(/^Monday\b/);
  });

  it("figures: a sprint from standstill ('0-62') is asked in seconds, however 'how fast' is worded", () => {
    expect(core.ask("how fast does the arrow 60 do 0-62").answer).toMatch(/^5\.9 seconds\b/);
  });

  it("quote: what someone said about a topic their article names in two sentences is their words there (bundled: Bass on 'the raids')", () => {
    const a = bundled.ask("what did bass say about the raids");
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^Karen Bass, on the raids/);
  });

  it("answer: 'who is the sheriff of <place>' asks for a person in an office, never what the place is (bundled: Los Angeles)", () => {
    expect(bundled.ask("who is the sheriff of los angeles").answered).toBe(false);
  });

  it("byline: a credit in brackets closing a story ('(Mara Quill/Valley Press)') is its byline", () => {
    expect(core.ask("who wrote the article about linden park").answer).toMatch(/^Mara Quill, by the byline of "Mayor Ostrander issues a new order"/);
  });

  it("doer: a body written with its initials in brackets before the verb ('… and Power (OTIP) has unveiled') is answered by them", () => {
    expect(core.ask("who unveiled the solar plan").answer).toMatch(/^OTIP\b/);
  });

  it("entities: a word of a body's name before a speech verb ('the Department of Energy announced') is no one's surname, so 'Global Energy' is no person", () => {
    expect(core.ask("who is global energy").answer).not.toMatch(/^Global Energy\b/);
    expect(core.ask("who unveiled the solar plan").answer).not.toMatch(/^Global Energy\b/);
  });

  it("figures: what 'how many' counts may follow an adverb and adjectives ('how many monthly active sellers')", () => {
    expect(core.ask("how many monthly active sellers are there").answer).toMatch(/^120 million\b/);
  });

  it("figures: a share of the asked unit ('Sixty-one percent of valley residents') answers how many of them, written in words as one figure; a share of something else counts nothing", () => {
    expect(core.ask("how many valley residents live paycheck to paycheck").answer).toMatch(/^Sixty-one percent\b/);
    expect(core.ask("how many loggers sell timber abroad").answered).toBe(false);
  });

  it("entities: a title written in capitals ('US Trade Envoy') is whole, 'US' no pronoun", () => {
    expect(core.ask("who is ansel brook").answer).toMatch(/^Ansel Brook: US Trade Envoy\./);
  });

  it("figures: a range of sums is one figure ('$20-30 billion'), and a sum of what 'how much' names answers it ('in annual timber purchases')", () => {
    expect(core.ask("how much timber purchases did the council promise").answer).toMatch(/^\$20-30 billion\b/);
  });

  it("decide: a name of several words the article writes whole elsewhere, but the passage does not ('Grey Moon'), gets no date from it", () => {
    const a = core.ask("when will Grey Moon fly");
    expect(a.answered).toBe(false);
    expect(a.declined).toMatch(/^name_absent: Grey Moon/);
    expect(core.ask("how many tons can Grey Moon carry").answer).toMatch(/^two\b/);
  });

  it("decide: a verb of motion and its preposition state the verb ('coming across the river' crosses it)", () => {
    expect(core.ask("how much timber crosses the river a month").answer).toMatch(/^\$12 million\b/);
  });

  it("answer: a describing word the articles write as a synonym is not unknown ('the main entry point': 'the primary entry point')", () => {
    const a = core.ask("whats the main entry point for timber");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("primary entry point");
  });

  it("doer: whom the one asked did the act to is named right after the verb ('the Otters beat the Herons', 'Brayford beat Calder')", () => {
    expect(core.ask("who did brayford beat").answer).toMatch(/^Calder\b/);
    expect(core.ask("who did the otters beat").answer).toMatch(/^(?:Dray )?Herons\b/);
  });
});
