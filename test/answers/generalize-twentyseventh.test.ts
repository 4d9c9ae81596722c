import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load.js";
import { findEntities } from "../../src/entities/extract.js";
import { tempDir, testCore } from "../helpers.js";

// A twenty-seventh invented set: a court plea, a police blotter. None of its names or phrases is in the
// bundled corpus. Each test names the stage it pins; each failed on the code before it.
const desk = tempDir();
writeFileSync(
  join(desk, "plea.md"),
  `---\ntitle: Man pleads guilty to threatening a councilwoman\npublished: 2021-10-01\n---\n` +
    `A Vermont man pleaded guilty Monday to threatening to kill councilwoman Rosa Vint, prosecutors said.\n\n` +
    `Dale K. Pruett Jr., 61, of Ashby, a town north of Kell, pleaded guilty to threatening an official, the district attorney said in a statement.\n\n` +
    `Pruett's lawyer, Mina Osk, said in an email to The Daily Ledger that Pruett never intended to harm Vint.\n\n` +
    `Pruett faces a maximum of 8 years in prison. Sentencing is scheduled for March 3.\n\n` +
    `Get our news in your inbox. The stories that matter, delivered weekday mornings.\n\n` +
    `He was arrested in May for the April 2 call to the offices of Vint.\n\n` +
    `Pruett is a convicted felon and possessed a loaded rifle at his home. He was convicted of fraud in 2004 and was barred from owning a gun.\n`,
);
writeFileSync(
  join(desk, "blotter.md"),
  `---\ntitle: Police arrest four in drug case\npublished: 2021-10-02\n---\n` +
    `Officers arrested Lena R. Gault, 28, of Brisk, after stopping her car near Fifth Street.\n\n` +
    `Officers also arrested Tom E. Hale, 40, who resides at 88 Marrow Lane, Sgt. Ivo Penn said.\n\n` +
    `Penn said all four were taken to the county jail, and officers are still working on the case.\n`,
);
writeFileSync(
  join(desk, "swap.md"),
  `---\ntitle: Rebels free two teachers in a prisoner swap\npublished: 2021-10-03\n---\n` +
    `Two hostages — a Finn and a Dane — who had been held by rebels in Norland since 2018 were released Tuesday in a prisoner swap for three commanders.\n\n` +
    `The Finn Aku Lemm and the Dane Ole Brask were handed over to UN forces.\n\n` +
    `The two sides were on the verge of a deal when President Vel Omar scuttled the talks in March, citing rebel violence.\n\n` +
    `The Tarn camp, also known as the Ridge, is located in the desert near the border. Omar paid a visit to the city’s Marl prison, dubbed the “Kell Palace” by sailors held there.\n`,
);
writeFileSync(
  join(desk, "probe.md"),
  `---\ntitle: Northland State Fire Marshal investigating Oster Mills\npublished: 2021-10-04\n---\n` +
    `The Northland State Fire Marshal (NFM) is investigating Oster Mills, according to two people familiar with the matter.\n\n` +
    `The company, which is expected to close two plants, confirmed on Monday that it had been contacted by the office of the NFM, Helen Vasko.\n\n` +
    `Among the issues the NFM is examining is whether the mill’s founder and former chief, Carl Oster, cut corners to enrich himself.\n`,
);
writeFileSync(
  join(desk, "stream.md"),
  `---\ntitle: Vellix+ glitches blamed on heavy demand\npublished: 2021-10-05\n---\n` +
    `Vellix executive Ona Reyes said heavy demand led to problems when Vellix launched Vellix+.\n\n` +
    `“We had some issues,” Reyes, Vellix’s chairman of streaming, said Tuesday at the Orbit Media’s Code Stream conference in Kell.\n\n` +
    `Vellix’s $7.99-a-month service is stocked with films and shows from Arrow Studios and classic Vellix fare.\n\n` +
    `Analysts are trying to assess how many streaming services consumers will sign up for. Reyes said it depends on the cost of the service, but she thinks the number will be between three to five services.\n\n` +
    `The deal could start a new trend, says John Petrin, portfolio manager at Cask Asset Management.\n\n` +
    `Reyes still has a partnership with Kell Media to sell her shows abroad. That relationship began last May and led to several quarters of revenue growth for Kell Media.\n`,
);
writeFileSync(
  join(desk, "stock.md"),
  `---\ntitle: Orvo Stock Falls After Earnings Report Disappoints\npublished: 2021-10-06\n---\n` +
    `Shares of tool maker Orvo are dropping after the company cut its sales forecast.\n\n` +
    `Orvo (ticker: OV) reported $1.12 in per-share earnings for the third quarter. Analysts predicted $1.10 a share. The results look fine, but the stock was down 4% in recent trading.\n`,
);
writeFileSync(
  join(desk, "film.md"),
  `---\ntitle: Lenna Varr in talks to direct the fifth Moonward film\npublished: 2021-10-07\n---\n` +
    `After a long silence, there is news on the fifth film in the rebooted Moonward series: Lenna Varr, best known for creating the Dust Line series, is in final talks to write and direct it.\n\n` +
    `Unlike the first two films, Moonward Rising was directed by Sam Okoro; the first two were directed by Ida Wren.\n\n` +
    `The fifth Moonward film was greenlit in 2019, with reports that Kit Dorne would be returning to the franchise to reprise his role as Ben Varro, the father of Ola Finn’s Captain Ruth Varro.\n\n` +
    `Varr's own thriller, Dust Line, comes out in May 2022.\n\n` +
    `The fifth Moonward movie will be Varr’s second film. Salt Flats, her debut, is a quiet story about a pilot dealing with life at home. That movie was panned by critics, making $210,000 on a budget of $14 million.\n`,
);
writeFileSync(
  join(desk, "laptop.md"),
  `---\ntitle: Slate Mini with scissor keyboard expected in first half of 2023\npublished: 2021-10-08\n---\n` +
    `Following the Slate 16, Orvo plans to release a new Slate Mini with a scissor switch keyboard in the first half of 2023, according to industry sources.\n\n` +
    `The Slate 16 has a larger battery and costs $2,399.\n`,
);
writeFileSync(
  join(desk, "navy.md"),
  `---\ntitle: Voss accuses Ostmark of intimidating smaller nations\npublished: 2021-10-09\n---\n` +
    `KELL, Norland (AP) — Defense chief Hana Voss on Wednesday accused Ostmark of using coercion against smaller nations to impose its will in the Grey Sea.\n\n` +
    `As part of an effort to forge closer relations with Norland, Voss announced that her country will provide Norland’s coast guard with a surplus patrol ship. She said it would be provided next year, but she gave no details on payment.\n\n` +
    `Voss was elected to parliament in 2015. In her previous physical conducted in 2019, Voss was diagnosed with high cholesterol. In her most recent physical exam, conducted in February, she weighed in at 150 pounds.\n\n` +
    `Voss made an unscheduled trip to a Kell hospital on Saturday for the first stage of her annual physical.\n`,
);
writeFileSync(
  join(desk, "sales.md"),
  `---\ntitle: New car sales fall 8 percent in October\npublished: 2021-10-10\n---\n` +
    `Kell-area dealers sold 20,100 new cars, trucks and SUVs in October, down 8 percent from a year ago.\n\n` +
    `Orvo is set to raise up to $2.1bn from its second listing in Kell, pricing its shares at a discount.\n`,
);
writeFileSync(
  join(desk, "show.md"),
  `---\ntitle: New SUVs and battery cars highlight the Kell Auto Show\npublished: 2021-10-11\n---\n` +
    `Ada Renn, Nord Auto Writer\n\n` +
    `New battery cars and a redesigned sedan are among the models on display this week at the Kell Auto Show. The show opens to the public on Friday.\n\n` +
    `ORVO DART\n\n` +
    `Orvo is hoping a sleek redesign of the Dart sedan will pull in more buyers.\n\n` +
    `The 2022 Dart, which goes on sale in March, loses the old version’s boxy look. It’s built on new underpinnings that lower it two inches. The new version gets a new 151 horsepower engine that’s 20% more powerful than the current model.\n\n` +
    `VELO ARC SPACE CONCEPT\n\n` +
    `Velo is giving us a glimpse into the car of the future with a battery wagon called the Arc Space Concept.\n\n` +
    `The German automaker, which has focused on battery cars, says the wagon will be able to go 310 miles on a single battery charge. It has a rear-mounted 280-horsepower motor.\n`,
);
const { core } = testCore({ CORPUS_DIR: desk });
const people = findEntities(loadCorpus(desk, null)).filter((e) => e.kind === "person").map((p) => p.name);

describe("stages on a twenty-seventh unseen article set", () => {
  it("extract (where from): the hometown news style tags a name with ('Dale K. Pruett Jr., 61, of Ashby,')", () => {
    expect(core.ask("where is pruett from").answer).toMatch(/^Ashby\. From/);
    expect(core.ask("where is gault from").answer).toMatch(/^Brisk\. From/);
  });

  it("extract (where live): a relative clause of living after a name ('Tom E. Hale, 40, who resides at 88 Marrow Lane')", () => {
    expect(core.ask("where does tom hale live").answer).toMatch(/^88 Marrow Lane\. From/);
  });

  it("entities: a listed given name that is also a word ('Tom') opens a name the corpus never writes as the word", () => {
    expect(people).toContain("Tom E. Hale");
  });

  it("entities: a street's name after a house number ('88 Marrow Lane') is an address, no person", () => {
    expect(people).not.toContain("Marrow Lane");
  });

  it("extract (how long): a time lasted is told by when it began ('held … since 2018'), asked by a participle", () => {
    expect(core.ask("how long were the hostages held").answer).toMatch(/^since 2018\. From/);
  });

  it("extract (who): a person set beside a body by a comma ('the office of the NFM, Helen Vasko') is who it is, by its acronym or its long form", () => {
    expect(core.ask("who is the nfm").answer).toMatch(/^Helen Vasko\. From/);
    expect(core.ask("who is the northland state fire marshal").answer).toMatch(/^Helen Vasko\. From/);
  });

  it("decide: a pronoun is of the person named before the sentences between that name no one, and a person the question names is no other one", () => {
    expect(core.ask("when did pruett call vints office").answer).toMatch(/^April 2\. From/);
  });

  it("decide: a sum a time ('Vellix’s $7.99-a-month service') states what it costs, and the passage saying 'cost' without a sum is no better", () => {
    expect(core.ask("how much does vellix+ cost").answer).toMatch(/^\$7\.99/);
  });

  it("rank (how much, a change): a figure right after the change's direction ('the stock was down 4%') before one that only fits its measure ('$1.12 in per-share earnings')", () => {
    expect(core.ask("how much did orvo stock fall").answer).toMatch(/^4%\. From/);
  });

  it("understand: a light verb with its particle ('come out') is the act asked, so a passage without it ('was greenlit in 2019') is declined", () => {
    expect(core.ask("when does the fifth moonward come out").declined).toBeTruthy();
    expect(core.ask("when does dust line come out").answer).toMatch(/^(?:in )?May 2022\. From/);
  });

  it("extract (who): who played a part is the name before 'his role as' it ('Kit Dorne would be returning … to reprise his role as Ben Varro')", () => {
    expect(core.ask("who played ben varro").answer).toMatch(/^Kit Dorne\. From/);
  });

  it("decide: the last word after do-support and a name is the verb ('where does John Petrin work'), no noun the passage must write", () => {
    expect(core.ask("where does john petrin work").answer).toMatch(/^Cask Asset Management\. From/);
  });

  it("decide: a noun English builds on the verb itself states it ('has a partnership with' for 'partner')", () => {
    expect(core.ask("who does reyes partner with to sell shows").answer).toMatch(/^Kell Media\. From/);
  });

  it("decide: an attribute asked of a name ('Vellix's revenue') that a passage gives only as another's ('revenue growth for Kell Media') is declined", () => {
    expect(core.ask("what is vellix's revenue").declined).toBeTruthy();
  });

  it("understand, rank, extract (who will): a verb after 'will' is asked as one, a passage telling it to come ('in final talks to write and direct it') goes before one telling it done, and names its doer past an aside", () => {
    expect(core.ask("who will direct the next moonward").answer).toMatch(/^Lenna Varr\. From/);
  });

  it("decide (how many): the sentence before asking the count itself ('how many streaming services consumers will sign up for') lends its verb to the figure after", () => {
    expect(core.ask("how many streaming services will people sign up for").answer).toMatch(/^between three to five\b/);
  });

  it("decide: a light verb's phrasal is stated by a further sense in the passage itself ('plans to release … in the first half of 2023' for 'come out')", () => {
    expect(core.ask("when will the new slate mini come out").answer).toMatch(/^(?:in )?the first half of 2023\. From/);
  });

  it("extract (where): a gathering named by its name and its noun is told whole ('at the Orbit Media’s Code Stream conference')", () => {
    expect(core.ask("where did reyes speak").answer).toMatch(/^the Orbit Media’s Code Stream conference\. From/);
  });

  it("rank (when will): 'to impose its will' is no future, so a dated passage of the past does not go before one telling what is to come", () => {
    expect(core.ask("when will norland get the ship").answer).toMatch(/^next year \(the article is dated [A-Z][a-z]+ \d{1,2}, \d{4}\)\. From/);
  });

  it("rank (what is X's N): a passage saying the possessive's noun ('on a budget of $14 million') goes before one only naming X", () => {
    expect(core.ask("what was salt flats's budget").answer).toContain("on a budget of $14 million");
  });

  it("decide: a pronoun before a passive ('He was convicted') is no other person the act is said of", () => {
    expect(core.ask("when was pruett convicted before").answer).toMatch(/^(?:in )?2004\. From/);
  });

  it("understand: a dictionary word modifying what is counted ('electric cars') is absent when the corpus never writes it, though it is one letter from a word it does ('elected')", () => {
    expect(core.ask("how many electric cars were sold in kell").declined).toBeTruthy();
  });

  it("decide: 'up to' before a figure ('raise up to $2.1bn') is a bound, no phrasal verb 'raise up'", () => {
    expect(core.ask("how much will orvo raise").answer).toMatch(/^up to \$2\.1bn\. From/);
  });

  it("decide (when): 'next' asks of one to come: 'his previous physical' and a past visit tell of others", () => {
    expect(core.ask("when is voss's next physical").declined).toBeTruthy();
  });

  it("decide: a word placing the asked thing in a series ('her first physical') opposed by the passage's ('her most recent physical exam') tells of another one", () => {
    expect(core.ask("how much did voss weigh at her first physical").declined).toBeTruthy();
    expect(core.ask("how much did voss weigh at her most recent physical").answer).toMatch(/^150 pounds\. From/);
  });

  it("understand: only a light verb's phrasal is asked as an act: 'call off' stays unasked, so 'scuttled the talks' may answer", () => {
    expect(core.ask("who called off the talks in march").answer).toContain("President Vel Omar scuttled the talks");
  });

  it("rank, decide: a section's heading ('ORVO DART', 'VELO ARC SPACE CONCEPT') names what its paragraphs speak of", () => {
    expect(core.ask("how much horsepower does the dart have").answer).toMatch(/^151 horsepower\. From/);
    expect(core.ask("how far can the arc space go").answer).toMatch(/^310 miles\. From/);
  });

  it("extract: a thing's other name, after 'also known as' or 'dubbed' ('The Tarn camp, also known as the Ridge')", () => {
    expect(core.ask("what is the tarn camp also called").answer).toMatch(/^the Ridge\. From/);
    expect(core.ask("what is marl prison known as").answer).toMatch(/^the Kell Palace\. From/);
  });

  it("entities: the words of an office in title case after a name ('Ada Renn, Nord Auto Writer') are no second name listed", () => {
    expect(people).not.toContain("Nord Auto");
    expect(core.ask("when does the kell auto show open to the public").answer).toMatch(/^(?:on )?Friday\. From/);
  });
});
