import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expectDeclined, tempDir, testCore } from "../helpers.js";

// A twentieth invented set: a prosecution dropped abroad, an advertising row and a record-label feud.
// None of its names or phrases is in the bundled corpus. Each test names the stage it pins; each failed
// on the code before it.
const desk = tempDir();
writeFileSync(
  join(desk, "inquiry.md"),
  `---\ntitle: Prosecutors drop the Varn inquiry\npublished: 2021-07-01\n---\n` +
    `The 51-year-old Dutchman was evicted in May.\n\n` +
    `Deputy Director of Public Prosecution Ilse Marten took the decision, the Prosecution Authority said.\n\n` +
    `Orla Brisk, Northern Broadcasting legal correspondent\n\n` +
    `Prosecutors in Dalmark have dropped an inquiry into a fraud claim made against Tomas Varn in 2012.\n\n` +
    `Varn is said to be tired of the affair, according to a new report by K! Daily.\n\n` +
    `The inquiry had stalled, but it was re-opened while Tomas Varn denied everything.\n`,
);
writeFileSync(
  join(desk, "adverts.md"),
  `---\ntitle: Ad agencies split on the fentanyl campaign\npublished: 2021-07-02\n---\n` +
    `The campaign has drawn mockery, but Nadia Kell’s response was concern.\n\n` +
    `Kell is the CEO of KLM Partners, the Tarrow branding firm behind the state's opioid campaign.\n\n` +
    `Alma Ruud said she thought the state's campaign – run by a Tarrow-based firm with a budget of $312,000 – was meant to shock.\n\n` +
    `The campaign did not appeal to Rhea Voss, Tarrow County Department of Health public information officer, she said.\n`,
);
writeFileSync(
  join(desk, "label.md"),
  `---\ntitle: Singer and label feud\npublished: 2021-07-03\n---\n` +
    `In the midst of the feud with her label, Orvel Records, Dane Holt, 41 – who reps the likes of Ama Sen – has tried to call Lira Fay, 27, without luck.\n\n` +
    `“Since Lira's decision to leave Orvel Records last fall, we have honored all of her requests,” the label said.\n\n` +
    `Holt bought the Harrow catalogue in the summer of 2018.\n\n` +
    `Lira Fay's first four albums came out on Orvel Records, which was bought by a firm owned by talent manager Dane Holt.\n\n` +
    `Holt is unhappy with the way his business partner Ivo Stamm has handled the feud.\n\n` +
    `“Orvel is trying to make this about money by saying she owes them, but an auditor has determined that Orvel Records owes Lira $2.4 million of unpaid royalties,” her rep said.\n`,
);
writeFileSync(
  join(desk, "awards.md"),
  `---\ntitle: Awards week\npublished: 2021-07-04\n---\n` +
    `Lira Fay will be honored at the 2021 Northern Song Awards ceremony; Ama Sen is opening a pop-up shop in March 2022.\n\n` +
    `Orvel Records says she will be allowed to play her old songs at the Northern Song Awards on Sunday.\n\n` +
    `The pop-up shop is twice the size of the old one.\n`,
);
writeFileSync(
  join(desk, "laptop.md"),
  `---\ntitle: The new Vell laptop looks back\npublished: 2021-07-05\n---\n` +
    `The new 15-inch Vell Book looks like a fine laptop for a starting price of $1,900.\n\n` +
    `The firm was still trying to fix its keys as recently as April of this year when it launched an updated 13-inch Vell Book.\n\n` +
    `As one of the thousands of people with broken Vell keyboards, I welcome the return of the more robust design of the Kestrel Keyboard.\n\n` +
    `The new machine comes with a bigger battery and better speakers.\n\n` +
    `The report says the Tarrow ad agency Harlow Co. came up with the slogan, and the state paid the agency $90,000.\n\n` +
    `According to a report in the Vell Courier, Gov. Ada Lind launched the slogan on Monday.\n`,
);
writeFileSync(
  join(desk, "raids.md"),
  `---\ntitle: Council stands firm on raids\npublished: 2021-07-06\n---\n` +
    `Her letter said the officials were wrong, and that the May 3 raid was to arrest and deport resident Ivo Brand.\n\n` +
    `The agency is rumored to have set a goal to arrest 900 workers in coming raids.\n\n` +
    `“The agency is causing fear in Vell,” wrote council member Ada Lind in a letter.\n\n` +
    `Vell boasts a vast student community; approximately one in 5 residents are students according to a 2015 Tarrow University study.\n\n` +
    `This comes after what happened at Linden Green on Monday, when agents marched through the green where children were attending a chess camp.\n`,
);
writeFileSync(
  join(desk, "debate.md"),
  `---\ntitle: Six questions before the Vell debate\npublished: 2021-07-07\n---\n` +
    `The Valley Party’s top 8 face off in Harlow just 40 days before primary voting begins.\n\n` +
    `Three of the 8 candidates on stage will serve as jurors in the council trial.\n\n` +
    `Six big questions heading into the debate, to be carried on VBCN:\n\n` +
    `Six questions heading into the 2021 Liberal debate\n\n` +
    `The White Council called the inquiry a farce.\n\n` +
    `White Council Press Secretary Mira Holt spoke at length.\n\n` +
    `Catch up on the race with our experts on our weekly politics podcast, “Ground Truth.”\n`,
);
writeFileSync(
  join(desk, "sales.md"),
  `---\ntitle: Valley car sales slide\npublished: 2021-07-08\n---\n` +
    `New vehicle sales in the Vell area plunged 8 percent last month, despite low rates.\n\n` +
    `Local dealers sold 12,400 new cars, trucks and vans in June, according to the Harlow report.\n\n` +
    `Vell-area fleet sales -- new vehicles sold to companies -- began trending upwards last month, representing 11.5 percent of all sales.\n\n` +
    `Although fleet sales were up from 9.1 percent in May, they are still down from the March high.\n\n` +
    `Dealers last year sold 140,210 new vehicles, up 3 percent from the year before.\n\n` +
    `The annual percentage rate on new financed vehicles averaged 4.9 percent in June.\n\n` +
    `The new Arrow sedan puts out 148 PS along with 190 Nm of torque.\n\n` +
    `As to when it will arrive in Dalmark, we're not entirely sure yet, but it could make its debut at the 2022 Harlow International Motor Show.\n`,
);
writeFileSync(
  join(desk, "autoshow.md"),
  `---\ntitle: New models at the Vell show\npublished: 2021-07-09\n---\n` +
    `The 2022 Kestrel, which goes on sale in late March, loses the old version's boxy look.\n\n` +
    `It's built on a new frame that lowers it three inches.\n\n` +
    `The new version gets a new 161 horsepower, 2-liter engine that's 15% more powerful than the old one.\n\n` +
    `Analysts expect the number of electric vehicles for sale in Vell to grow from 12 currently to as many as 70 by 2025.\n\n` +
    `The 2023 KV8 Prime will be able to go 41 miles on battery power alone.\n\n` +
    `The system will take the car from zero to 60 mph in 6.1 seconds — a full two seconds faster than the current KV8.\n\n` +
    `The KV8 Prime goes on sale in the autumn.\n\n` +
    `Price and fuel economy were not announced.\n\n` +
    `The new version will offer better fuel economy, with a new 2-liter engine and a longer list of standard features than before, the company says.\n\n` +
    `A test drive lasts for 20-25 minutes and leaves you wanting more.\n`,
);
writeFileSync(
  join(desk, "camp.md"),
  `---\ntitle: The Vessa camp\npublished: 2021-07-10\n---\n` +
    `Some 300 U.S. military personnel are believed to remain at the Tarn base.\n\n` +
    `The population in the Vessa camp has fluctuated and currently is estimated at around 25,000.\n\n` +
    `Orla Quist said Tuesday in a chat with Harlow Works founder and co-CEO Ivo Brandt that the camp is safe.\n`,
);
writeFileSync(
  join(desk, "health.md"),
  `---\ntitle: The governor's health\npublished: 2021-07-11\n---\n` +
    `At the time of his 2018 checkup, Dr. Lena Morrow, who was then serving as the Governor's physician, suggested a new diet.\n\n` +
    `In December 2015, Governor Abel Varga released a letter from his longtime physician Dr. Piet Hallam.\n`,
);
writeFileSync(
  join(desk, "stocks.md"),
  `---\ntitle: Kora shares surge\npublished: 2021-07-12\n---\n` +
    `The stock added more than 3% to begin the week after Kora took a majority stake in a cosmetics firm.\n\n` +
    `Those gains add to a major gain for shares, climbing more than 70% so far this year.\n`,
);
writeFileSync(
  join(desk, "mayor.md"),
  `---\ntitle: The mayor answers the agency\npublished: 2021-07-13\n---\n` +
    `The mayor, however, defended her move in an article to The Valley Herald, saying she would do it again.\n\n` +
    `“If members of the council are truly concerned, they should look in the mirror,” agency director Arno Pike said in a statement.\n\n` +
    `“Open towns knowingly shelter wanted fugitives, putting the valley at risk.”\n\n` +
    `The council met again on Tuesday.\n`,
);
writeFileSync(
  join(desk, "threat.md"),
  `---\ntitle: Valley man pleads guilty to threats\npublished: 2021-07-14\n---\n` +
    `Tomas Brekke, 47, could face up to 8 years in prison after pleading guilty to threatening a councillor.\n\n` +
    `His sentencing is scheduled for March 3, according to the office release.\n\n` +
    `The councillor asked for mercy during Brekke's sentencing in a letter posted on Tuesday, saying a harsh sentence would not help.\n\n` +
    `On Nov. 5, councillor Nina Dahl testified before the Valley Council Ethics Committee in the inquiry.\n\n` +
    `Some users claimed that Dahl’s net worth far exceeded her salary.\n`,
);
writeFileSync(
  join(desk, "duke.md"),
  `---\ntitle: The duke's interview\npublished: 2021-07-15\n---\n` +
    `The host pressed the duke on what he was doing on the night of April 12, during which the party took place.\n\n` +
    `At the time, the duke was the patron of the ‘Safe Harbor’ campaign against cruelty.\n`,
);
const { core } = testCore({ CORPUS_DIR: desk });

describe("entity and figure stages on a twentieth unseen article set", () => {
  it("figures: an age set off by a dash after a name ('Dane Holt, 41 – who reps…') is that name's, not the next one's", () => {
    expect(core.ask("how old is dane holt").answer).toMatch(/^41\b/);
    expect(core.ask("how old is lira fay").answer).toMatch(/^27\b/);
  });

  it("entities: a role told by 'is' right after a surname ('Kell is the CEO of KLM Partners')", () => {
    expect(core.ask("who is nadia kell").answer).toMatch(/^Nadia Kell: the CEO of KLM Partners/);
  });

  it("entities: an office after a name may open with the body's capitalized name ('Tarrow County Department of Health public information officer')", () => {
    expect(core.ask("who is rhea voss").answer).toMatch(/^Rhea Voss: Tarrow County Department of Health public information officer/);
  });

  it("entities: a name with its employer and a noun for a kind of person after it, on a line of its own ('Orla Brisk, Northern Broadcasting legal correspondent')", () => {
    expect(core.ask("who is orla brisk").answer).toMatch(/^Orla Brisk: Northern Broadcasting legal correspondent/);
  });

  it("rank and decide: a season told as a date ('last fall'), by the asked person's given name ('Lira's decision to leave')", () => {
    expect(core.ask("when did fay leave orvel records").answer).toMatch(/^last fall\b/);
    expect(core.ask("when did holt buy the harrow catalogue").answer).toMatch(/^in the summer of 2018\b|^the summer of 2018\b|^summer of 2018/);
  });

  it("doer: the head of the subject before a place ('Prosecutors in Dalmark have dropped'), not the place", () => {
    expect(core.ask("who dropped the varn fraud inquiry").answer).toMatch(/^Prosecutors in Dalmark\b/);
  });

  it("doer: a passive set off after what was done ('the state's campaign – run by a Tarrow-based firm'), over a person the sentence names", () => {
    expect(core.ask("who ran the states campaign").answer).toMatch(/^a Tarrow-based firm\b/);
  });

  it("doer and text: 'who reported' is the outlet a report is by ('according to a new report by K! Daily'), a name with '!' ending no sentence", () => {
    expect(core.ask("who reported varn is tired").answer).toMatch(/^K! Daily\b/);
  });

  it("resolve: a person's office for another person is said as theirs ('his business partner Ivo Stamm'), not by naming both ('Fay's albums … talent manager Dane Holt')", () => {
    expect(core.ask("who is lira fays manager").answered).toBe(false);
    expect(core.ask("who is holt's business partner").answer).toMatch(/^Ivo Stamm\b/);
  });

  it("decide: an act told the other way round ('Orvel Records owes Lira $2.4 million') does not answer what she owes them", () => {
    expect(core.ask("how much does orvel records owe lira fay").answer).toMatch(/^\$2\.4 million\b/);
    expectDeclined(core, "how much does lira fay owe orvel records", /^predicate_of_other: owe/);
  });

  it("extract: a year naming the event asked ('the 2021 Northern Song Awards') dates none of it, nor does a date across a semicolon", () => {
    expect(core.ask("when are the northern song awards").answer).toMatch(/^Sunday\b/);
  });

  it("understand: 'what is the battery size of X' asks the compound's head ('size'), which the articles never give", () => {
    expectDeclined(core, "what is the battery size of the 15-inch vell book", /^relation_absent: size/);
    expect(core.ask("what is the starting price of the 15-inch vell book").answer).toMatch(/^\$1,900\b/);
  });

  it("rank: a month 'of this year' is a date ('as recently as April of this year')", () => {
    expect(core.ask("when did the firm launch the updated 13 inch vell book").answer).toMatch(/^April of this year\b/);
  });

  it("kinds: 'which ad agency' asks for an agency, the compound's head ('the Tarrow ad agency Harlow Co.')", () => {
    expect(core.ask("which ad agency came up with the slogan").answer).toMatch(/^Harlow Co\b/);
  });

  it("doer: 'who reported' is the paper a report is in ('According to a report in the Vell Courier'), written with a capital", () => {
    expect(core.ask("who reported the slogan launch").answer).toMatch(/^the Vell Courier\b/);
  });

  it("who: an act written only as its noun ('the robust design of the Kestrel Keyboard') tells of no one who did it", () => {
    expect(core.ask("who designed the kestrel keyboard").answered).toBe(false);
  });

  it("decide: a count of what was done is not an aim's figure ('set a goal to arrest 900', 'the raid was to arrest')", () => {
    expectDeclined(core, "how many people were arrested in the may 3 raid", /^predicate_planned: arrest/);
  });

  it("answer: a plural the articles never write is known by a synonym in any of its forms ('kids': children)", () => {
    const a = core.ask("what were kids doing at linden green");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("chess camp");
  });

  it("decide: 'according to a … study' states what the study found ('which study found 1 in 5 …')", () => {
    expect(core.ask("which study found 1 in 5 vell residents are students").answer).toMatch(/^Tarrow University\b/);
  });

  it("quote: a topic of several words is named by its head; words only of its modifier ('Vell') are not on 'the Vell campaign'", () => {
    expect(core.ask("what did ada lind say about the vell campaign").answered).toBe(false);
    expect(core.ask("what did ada lind say about the agency").answer).toContain("causing fear in Vell");
  });

  it("figures: units of time are counted where a date would be blanked ('just 40 days before primary voting begins')", () => {
    expect(core.ask("how many days before primary voting begins").answer).toMatch(/^40\b/);
  });

  it("figures: 'how many of the X' is the part, not the whole ('Three of the 8 candidates')", () => {
    expect(core.ask("how many of the candidates on stage will be jurors").answer).toMatch(/^Three\b/);
  });

  it("kinds: 'the name of the politics podcast' asks a kind WordNet lacks, named after a comma ('podcast, “Ground Truth.”')", () => {
    expect(core.ask("whats the name of the politics podcast").answer).toMatch(/^Ground Truth\b/);
  });

  it("place: a channel ('carried on VBCN') and a capitalized adjective before its noun ('the 2021 Liberal debate') are no places", () => {
    expect(core.ask("where is the debate").answer).not.toMatch(/^(?:VBCN|Liberal|the Liberal)\b/);
  });

  it("who: a sentence opening with a body's name ('The White Council called') is not its officer's ('White Council Press Secretary Mira Holt')", () => {
    expect(core.ask("who called the inquiry a farce").answer).not.toMatch(/^Mira Holt\b/);
    expect(core.ask("who called the inquiry a farce").answer).toContain("The White Council called the inquiry a farce");
  });

  it("understand and decide: 'how much did … sales drop last month' asks 'drop' (a verb before a time), and a passage telling a rise does not answer it", () => {
    expect(core.ask("how much did vell new vehicle sales drop last month").answer).toMatch(/^8 percent\b/);
  });

  it("figures: a count of a kind of the unit counts it ('12,400 new cars, trucks and vans' for vehicles)", () => {
    expect(core.ask("how many new vehicles did local dealers sell in june").answer).toMatch(/^12,400\b/);
  });

  it("normalize: a general abbreviation the articles spell out ('apr': annual percentage rate)", () => {
    expect(core.ask("what was the average apr on new financed vehicles in june").answer).toContain("4.9 percent");
  });

  it("figures: a unit symbol after a figure is part of it ('190 Nm of torque')", () => {
    expect(core.ask("how much torque does the arrow sedan make").answer).toMatch(/^190 Nm\b/);
  });

  it("place: a year may stand between 'the' and the place ('at the 2022 Harlow International Motor Show')", () => {
    expect(core.ask("where could the arrow make its debut").answer).toMatch(/^Harlow International Motor Show\b/);
  });

  it("decide: a passage saying it is not sure when ('we're not entirely sure yet') gives no date", () => {
    expectDeclined(core, "when will the arrow arrive in dalmark", /^answer_unknown: arrive/);
  });

  it("decide: a month asked that the passage never writes, where it places its figure at another time ('last year')", () => {
    expectDeclined(core, "how many vehicles did vell dealers sell in september", /^name_absent: September/);
  });

  it("choose and extract: a passage with a figure of the asked unit over one naming the thing with none ('161 horsepower'), its unit written", () => {
    expect(core.ask("how much horsepower does the new kestrel engine have").answer).toMatch(/^161 horsepower\b/);
  });

  it("normalize and extract: a plural abbreviation ('evs': electric vehicles); the level now or the one foreseen, as asked", () => {
    expect(core.ask("how many evs are for sale in vell now").answer).toMatch(/^12\b/);
    expect(core.ask("how many evs are expected by 2025").answer).toMatch(/^as many as 70\b/);
  });

  it("extract: a level, not a difference from something else ('6.1 seconds — a full two seconds faster than')", () => {
    expect(core.ask("how fast does the kv8 prime go 0-60").answer).toMatch(/^6\.1 seconds\b/);
  });

  it("extract and decide: a model year naming the thing asked ('The 2023 KV8 Prime') dates nothing; 'goes' is 'go'", () => {
    expect(core.ask("when does the kv8 prime go on sale").answer).toMatch(/^in the autumn\b/);
  });

  it("extract: figures joined by a dash are one range, its unit after the second ('20-25 minutes')", () => {
    expect(core.ask("how long does a test drive last").answer).toMatch(/^20-25 minutes\b/);
  });

  it("decide: a passage saying what is asked was not announced gives it to no other passage ('Price and fuel economy were not announced')", () => {
    expectDeclined(core, "what is the kestrels fuel economy", /^answer_unknown: fuel/);
  });

  it("normalize and figures: 'us' before a noun is the US; 'Some 300 U.S. …' is a figure, not a number in a name", () => {
    expect(core.ask("how many us military personnel remain at the tarn base").answer).toMatch(/^300\b/);
  });

  it("figures: a population estimated at a figure, its unit named before ('The population … is estimated at around 25,000')", () => {
    expect(core.ask("whats the population of the vessa camp").answer).toMatch(/^25,000\b/);
  });

  it("decide: an agent noun ('Harlow Works founder … Ivo Brandt') tells who did the act, not when", () => {
    expectDeclined(core, "when did brandt found harlow works", /^predicate_absent: found/);
  });

  it("resolve: a role that says whose it is ('the Governor's physician') answers for a person; a year asked rules out a role dated otherwise; 'now' one held before", () => {
    expect(core.ask("who was vargas physician in 2018").answer).toMatch(/^Lena Morrow\b/);
    expect(core.ask("who is vargas physician now").answered).toBe(false);
  });

  it("understand and choose: 'how much did Kora stock rise this year' asks 'rise' ('stock' heads the subject), from the passage that says 'this year' itself", () => {
    expect(core.ask("how much did kora stock rise this year").answer).toMatch(/^(?:more than )?70%/);
  });

  it("decide: a written work in a paper states its publishing ('an article to The Valley Herald')", () => {
    expect(core.ask("where did the mayor publish her article").answer).toMatch(/^The Valley Herald\b/);
  });

  it("speakers: a quotation alone in the paragraph after a quoted speaker goes on in their voice", () => {
    const a = core.ask("what did pike say open towns shelter");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("Open towns knowingly shelter wanted fugitives");
  });

  it("extract: 'how many years' is told in years ('up to 8 years in prison')", () => {
    expect(core.ask("how many years in prison could brekke face").answer).toMatch(/^up to 8 years\b/);
  });

  it("understand and choose: 'when is Brekke's sentencing' asks a noun, and is told by the date a word of what is to come leads to", () => {
    expect(core.ask("when is brekkes sentencing").answer).toMatch(/^March 3\b/);
  });

  it("doer: whom someone acted before, after the preposition the question ends with ('testified before the Valley Council Ethics Committee')", () => {
    expect(core.ask("who did nina dahl testify before").answer).toMatch(/^Valley Council Ethics Committee\b/);
  });

  it("decide: a sum asked ('what is her salary') is not told by a passage that names it with no sum", () => {
    expectDeclined(core, "what is dahls salary", /^answer_elsewhere: salary/);
  });

  it("parse: 'what night did …' asks when ('on the night of April 12')", () => {
    expect(core.ask("what night did the party take place").answer).toMatch(/^April 12\b/);
  });

  it("kinds: a quoted name right before the kind's noun ('the ‘Safe Harbor’ campaign')", () => {
    expect(core.ask("what campaign was the duke patron of").answer).toMatch(/^Safe Harbor\b/);
  });
});
