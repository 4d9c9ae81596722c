import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load.js";
import { findEntities } from "../../src/entities/extract.js";
import { refusalFor } from "../../src/answers/decide.js";
import { buildKnowledge } from "../../src/index/knowledge.js";
import { silentLogger } from "../../src/log.js";
import { understandQuestion } from "../../src/questions/understand.js";
import { tempDir, testCore } from "../helpers.js";

// A twenty-eighth invented set: a celebrity item, a home listing, a fraud arrest, a magazine cover,
// a dig. None of its names or phrases is in the bundled corpus. Each test names the stage it pins;
// each failed on the code before it.
const desk = tempDir();
writeFileSync(
  join(desk, "split.md"),
  `---\ntitle: Pop star Mira Vane shares a photo of her ex Dell Orrin\npublished: 2021-11-02\n---\n` +
    `Mira Vane shared a photo of her ex-fiancé, Dell Orrin, giving fans hope of a reunion.\n\n` +
    `The duo posed with her mother, Ilse Vane, to support the singer's charity, the Kind Hands Fund.\n\n` +
    `Vane and Orrin ended their engagement in June after four years together, an insider told the magazine.\n\n` +
    `RELATED PHOTOS: Mira Vane’s Lovely Garden Wedding\n`,
);
writeFileSync(
  join(desk, "listing.md"),
  `---\ntitle: Late actress Greta Lorne's desert home is for sale\npublished: 2021-11-03\n---\n` +
    `The $845,000 listing says Lorne lived here, but it’s not clear whether the home was her own purchase (or rental), or acquired from one of her five divorces.\n\n` +
    `“Every time I leave a man, I keep his house,” Greta Lorne once joked.\n`,
);
writeFileSync(
  join(desk, "fraud.md"),
  `---\ntitle: Two held in a gift card fraud\npublished: 2021-11-04\n---\n` +
    `Deputies arrested the two suspects on Interstate 40 on Tuesday when they drove back into the county, Agent Ross Pell said.\n\n` +
    `These cloned cards were made for the ring from stolen numbers, Pell said.\n\n` +
    `The suspects are being held in the county jail.\n\n` +
    `Ostrander allegedly shot Pell's partner when the officer asked to see his hands.\n\n` +
    `The couple rents an apartment in downtown Varn, and neighbors said they rarely left it.\n\n` +
    `Varn's economy grew 2.1% last year, though the growth is not keeping up with the needs of population growth.\n\n` +
    `Oil prices fell below Varn’s budgetary benchmark of $61 per barrel.\n\n` +
    `Lina Marr, a realtor, said buyers have grown cautious.\n\n` +
    `Realtor Marr said selling prices have declined considerably in Osk since the spring.\n`,
);
writeFileSync(
  join(desk, "cover.md"),
  `---\ntitle: Actor Jon Wexler talks fatherhood\npublished: 2021-11-05\n---\n` +
    `Wexler, who graces the magazine's cover, says fatherhood changed him.\n\n` +
    `On the show, the host asked about the tags still attached inside his Varda jacket.\n\n` +
    `Trend Monthly's March 2022 issue is on newsstands nationwide Feb. 14.\n`,
);
writeFileSync(
  join(desk, "dig.md"),
  `---\ntitle: A lost town found on a hill\npublished: 2021-11-06\n---\n` +
    `Last month, Danish archaeologists excavated parts of Korvath, a lost port.\n\n` +
    `Now a similar discovery has been made in Norland.\n\n` +
    `A team led by Ari Sollen made the discovery of a larger town on the Pell ridge.\n\n` +
    `“Our oldest finds are from around 400 BC, but the town seems to have flourished later,” Sollen said.\n`,
);
writeFileSync(
  join(desk, "coach.md"),
  `---\ntitle: Tarn hires Bo Quill as head coach\npublished: 2021-11-07\n---\n` +
    `Tarn has promoted offensive coordinator Bo Quill to become the school’s next head coach, the school announced Friday.\n\n` +
    `Quill had been the offensive coordinator for two seasons.\n`,
);
writeFileSync(
  join(desk, "probe.md"),
  `---\ntitle: A probe's long sleep ends\npublished: 2021-11-08\n---\n` +
    `The probe and its tiny companion, the Wren lander, reached the comet in 2014.\n\n` +
    `The probe had to go into hibernation from May 2009 until March 2012 while it drifted.\n\n` +
    `The agency released the images through its official mission website, SkyTrail.\n\n` +
    `Parts came from several makers, including top-seller Lumo Inc. of Fenwick, which said it met every target.\n\n` +
    `Other parts were based on older designs.\n`,
);
writeFileSync(
  join(desk, "outlook.md"),
  `---\ntitle: Fund trims its outlook\npublished: 2022-10-11\n---\n` +
    `The fund forecast Tuesday that the world economy would eke out growth of just 2.6% next year, down from the 2.8% it had estimated in July.\n\n` +
    `The fund foresees Norland’s economy growing just 3.1% this year, down drastically from 7.9% last year.\n\n` +
    `The influential lobby group Home Appliance Assn. is fighting the fund's advice.\n\n` +
    `Developer Quarry called 'Dust Line' "a flagship game."\n\n` +
    `The Daily Ledger reported on Sunday that the fund is preparing to cut 400 jobs.\n\n` +
    `The slump comes even as the average rate on a new home loan stayed below 5 percent for a fourth month.\n`,
);
writeFileSync(
  join(desk, "agency.md"),
  `---\ntitle: Harbor Safety Board chief Ina Voss is leaving\npublished: 2016-12-15\n---\n` +
    `Harbor Safety Board chairwoman Ina Voss announced this morning that she will leave the agency on Jan. 20 when the new council is sworn in.\n\n` +
    `The HSB adopted its pier rules in 2015.\n\n` +
    `Rolf Ardan, the suspect in the Kessel attack, was killed in a shootout outside Tamsk, officials said.\n\n` +
    `Brightline is holding its event at 4:30pm on February 26 in Osk.\n\n` +
    `The firm has extended its HarborUp Ferry Program through May.\n\n` +
    `He denied it, a point he himself confirmed in a phone interview with Harbor Radio host Lea Munk.\n\n` +
    `Voss explained that the crews flying the drones were from the coast guard.\n\n` +
    `The former mayor, a favorite of pundits for the top job at the Port Office, announced his decision via a statement by Rina Holt and a phone interview with Harbor Radio.\n`,
);
const { core } = testCore({ CORPUS_DIR: desk });

describe("understand, decide, extract and entity stages on a twenty-eighth unseen article set", () => {
  it("understand: after 'get', a participle read as an adjective is the act asked ('get married'); a passage without it declines", () => {
    expect(core.ask("when did vane and orrin get married").answered).toBe(false);
  });

  it("decide: an act told only by its noun as what was called off ('ended their engagement') does not date the act", () => {
    expect(core.ask("when did vane and orrin get engaged").answered).toBe(false);
    expect(core.ask("when did vane and orrin end their engagement").answer).toMatch(/^in June\b/);
  });

  it("understand: the last noun of a 'when is the …' subject is the event asked, which the passage must state ('the suspects trial')", () => {
    expect(core.ask("when is the suspects trial").answered).toBe(false);
  });

  it("understand: 'what is the average X' asks a figure, and a noun after an adjective is no participle ('rent'): a passage without one declines", () => {
    const a = core.ask("what is the average rent in varn");
    expect(a.intent).toBe("howmany");
    expect(a.answered).toBe(false);
  });

  it("decide: a measure asked by its noun needs a figure of it ('population growth' gives no population)", () => {
    const a = core.ask("what is varns population");
    expect(a.answered).toBe(false);
  });

  it("decide: 'who made X' where every use of the verb is a passive with no 'by' ('were made for the ring') declines", () => {
    const a = core.ask("who made the cloned cards");
    expect(a.answered).toBe(false);
    expect(a.declined).toMatch(/^answer_unknown: make/);
  });

  it("decide: asked who did something to a name, a passage whose window never names it is no answer ('who excavated Korvath' is not the other dig's leader)", () => {
    const corpus = loadCorpus(desk);
    const kb = buildKnowledge(corpus, null, silentLogger());
    const q = understandQuestion(corpus, "who discovered korvath");
    const passage = [...corpus.sentences].find((s) => s.text.startsWith("A team led by Ari Sollen"))!;
    expect(refusalFor(kb, q, passage)).toEqual({ rule: "name_absent", missing: "Korvath" });
    expect(core.ask("who led the team").answer).toMatch(/Ari Sollen/);
  });

  it("extract: a date before the noun asked names which one, where a day follows ('Trend Monthly's March 2022 issue is on newsstands … Feb. 14')", () => {
    expect(core.ask("when is the trend monthly issue on newsstands").answer).toMatch(/^Feb\. 14\b/);
  });

  it("decide: a relation noun is stated by what its commonest sense is a kind of ('house': the home a listing is of)", () => {
    expect(core.ask("how much is greta lornes house").answer).toMatch(/^\$845,000\b/);
  });

  it("figures: 'how many times was she divorced' is counted by the act's own noun ('her five divorces')", () => {
    expect(core.ask("how many times was greta lorne divorced").answer).toMatch(/^five divorces\b/);
  });

  it("who: kin as chat says it ('mom') is the kin an article writes ('her mother, Ilse Vane')", () => {
    expect(core.ask("whats mira vanes moms name").answer).toMatch(/^Ilse Vane\b/);
  });

  it("extract: a road named by its number is named whole ('on Interstate 40')", () => {
    expect(core.ask("where were the suspects arrested").answer).toMatch(/^Interstate 40\b/);
  });

  it("understand: a subject's noun the articles write only as a word built on it is known ('budget': 'budgetary benchmark')", () => {
    expect(core.ask("what is varns budget benchmark for oil").answer).toMatch(/\$61 per barrel/);
  });

  it("decide: an occupation capitalized before a surname ('Realtor Marr') is the person asked, no rival name", () => {
    expect(core.ask("where does lina marr work").answer).toMatch(/^Osk\b/);
  });

  it("extract: 'what brand was X's jacket' is the name written before the thing ('his Varda jacket')", () => {
    expect(core.ask("what brand was wexlers jacket").answer).toMatch(/^Varda\b/);
  });

  it("understand and who: an irregular past after 'who' is the act asked ('who shot'), and a name opening the sentence before an adverb and the past form with its object is its doer", () => {
    expect(core.ask("who shot pells partner").answer).toMatch(/^Ostrander\b/);
  });

  it("who: a lead tells the act its headline names ('Tarn hires Bo Quill' over 'Tarn has promoted … Bo Quill')", () => {
    expect(core.ask("who did tarn hire as head coach").answer).toMatch(/^Bo Quill\b/);
  });

  it("extract: 'what is the name of X's Y' is the name set beside the thing's noun ('its official mission website, SkyTrail', 'the Wren lander')", () => {
    expect(core.ask("whats the name of the agencys mission website").answer).toMatch(/^SkyTrail\.\s/);
    expect(core.ask("what is the name of the probes lander").answer).toMatch(/^Wren\b/);
  });

  it("extract and decide: a company's form then 'of' its town places it ('Lumo Inc. of Fenwick'), before a passage that names it not", () => {
    expect(core.ask("where is lumo based").answer).toMatch(/^Fenwick\b/);
  });

  it("figures: 'how long did it hibernate' is told by a span's two ends ('from May 2009 until March 2012')", () => {
    expect(core.ask("how long did the probe hibernate").answer).toMatch(/^from May 2009 until March 2012\b/);
  });

  it("decide: a change revised the other way is still the change its noun names ('growth of just 2.6% next year, down from the 2.8%')", () => {
    expect(core.ask("how much will the world economy grow next year").answer).toMatch(/^2\.6%/);
  });

  it("extract: of figures a sentence dates apart, the one the question's time follows ('7.9% last year')", () => {
    expect(core.ask("how much did norland grow last year").answer).toMatch(/^7\.9%/);
    expect(core.ask("how much will norland grow this year").answer).toMatch(/^3\.1%/);
  });

  it("entities and who: a name ending in a body's abbreviation is a body, named whole with one full stop ('Home Appliance Assn.')", () => {
    expect(core.ask("who is fighting the funds advice").answer).toMatch(/^Home Appliance Assn\. From/);
  });

  it("who: an agent noun opening a sentence titles the doer ('Developer Quarry called …'); a past form before 'on' after a name is active ('The Daily Ledger reported on Sunday')", () => {
    expect(core.ask("who developed dust line").answer).toMatch(/^Quarry\. From/);
    expect(core.ask("who reported the job cuts").answer).toMatch(/^The Daily Ledger\b/);
  });

  it("extract: a bound before a figure is part of it ('stayed below 5 percent' is no rate of 5 percent)", () => {
    expect(core.ask("whats the average rate on a new home loan").answer).toMatch(/^below 5 percent\b/);
  });

  it("decide: a body asked by its initials is named in full by the passage ('Harbor Safety Board chairwoman … will leave the agency' for 'leave the HSB')", () => {
    expect(core.ask("when will ina voss leave the hsb").answer).toMatch(/^Jan\. 20\b/);
  });

  it("extract: a name between 'the' and a noun names which one, no place ('the Kessel attack … outside Tamsk')", () => {
    expect(core.ask("where was rolf ardan killed").answer).toMatch(/^outside Tamsk\b/);
  });

  it("extract: a time of day is told with the day it is on ('at 4:30pm on February 26')", () => {
    expect(core.ask("when is brightlines event").answer).toMatch(/^4:30pm on February 26\b/);
  });

  it("extract: 'what is X called' without another name is the name X is written with ('its HarborUp Ferry Program')", () => {
    expect(core.ask("whats the firms ferry program called").answer).toMatch(/^HarborUp Ferry Program\b/);
  });

  it("who: a clause with its own subject is no described doer ('a point he himself confirmed in a phone interview'); one who reports an act is no doer of it", () => {
    expect(core.ask("who interviewed him").answer).not.toMatch(/^a point\b/);
    expect(core.ask("who was flying the drones").answer).not.toMatch(/^Ina Voss\b/);
  });

  it("understand: 'who will be X' asks the office as 'who is X' does: a passage naming someone else near the words is no holder", () => {
    expect(core.ask("who will be director of the port office").answered).toBe(false);
  });

  it("entities: plain English words in title case after a possessive ('Mira Vane’s Lovely Garden Wedding') are no person", () => {
    const names = findEntities(loadCorpus(desk)).map((e) => e.name);
    expect(names).toContain("Mira Vane");
    expect(names).not.toContain("Lovely Garden Wedding");
  });
});
