import { describe, expect, it } from "vitest";
import { figuresOf, fits, mayCount, measureOf } from "../../src/answers/figures.js";

/** The figures of a sentence that fit what the question measures. */
const fitting = (question: string, sentence: string) =>
  figuresOf(sentence, question)
    .filter((f) => fits(sentence, f, measureOf(question), question))
    .map((f) => f.text);

/** The figures of a sentence that may count what a how-many question counts. */
const counting = (question: string, sentence: string) =>
  figuresOf(sentence, question)
    .filter((f) => mayCount(sentence, f, measureOf(question), question))
    .map((f) => f.text);

describe("what a how-many question measures (extract stage)", () => {
  it("reads a sum in brackets after another as the same sum converted, and a currency after its country's name", () => {
    expect(fitting("how much will the club raise", "The club is set to raise up to $1.2bn (£900m) from its listing.")).toEqual(["$1.2"]);
    expect(fitting("how much did a ticket cost", "Fans were told 176 Hong Kong dollars was the price.")).toEqual(["176"]);
    // Raising with no object named is raising money; "raise prices" is a rise.
    expect(measureOf("how much will the club raise").kind).toBe("money");
    expect(measureOf("how much did the club raise prices")).toMatchObject({ kind: "count", change: true });
  });

  it("reads what a figure counts past a name before it, which may itself be what is counted", () => {
    expect(counting("how many rebels were killed", "Two United States service members were killed on Sunday.")).toEqual([]);
    expect(counting("how many taliban were freed", "The government freed three Taliban prisoners.")).toEqual(["three"]);
  });

  it("reads 'a third' as a share only of something or ending its phrase, never as an order ('a third case')", () => {
    const shares = (sentence: string) => figuresOf(sentence, "how many").map((f) => f.text);
    expect(shares("A third case was reported on Monday.")).toEqual([]);
    expect(shares("Costs were cut by a third by removing the cabins.")).toEqual(["a third"]);
    expect(shares("A third of voters stayed home.")).toEqual(["A third"]);
  });

  it("reads no figure in a number inside a name ('the S&P 500 index', 'the Nasdaq 100 .NDX')", () => {
    expect(figuresOf("The S&P 500 index rose 3% and the Nasdaq 100 .NDX 2%.", "how much did stocks rise").map((f) => f.text)).toEqual(["3%", "2%"]);
    expect(figuresOf("Police arrested 500 protesters.", "how many were arrested").map((f) => f.text)).toEqual(["500"]);
  });

  it("never measures a scale by a share or a sum ('down 0.21% on the day' tells no length of time)", () => {
    expect(fitting("how long did the strike last", "Shares were down 0.21% on the day, and the strike lasted three weeks.")).toEqual(["three"]);
  });

  it("counts nothing by either side of a score, but a range before what it counts counts", () => {
    expect(counting("how many triple doubles does keane have", "Gulls hold off Owls 98-91 as Keane sets a club mark")).toEqual([]);
    expect(counting("how many people were hurt", "Between 10-15 people were hurt.")).toEqual(["10", "15"]);
  });

  it("reads an age, money, a share, a population or a count of a unit from the question", () => {
    expect(measureOf("how old is the governor").kind).toBe("age");
    expect(measureOf("how much did the city pay for the land").kind).toBe("money");
    // A noun of money asks a sum as its verbs do: "40-year stagnation" is no answer to "how much debt".
    expect(measureOf("how much student loan debt is there").kind).toBe("money");
    // "make" is money only with nothing between "how much" and the question's verb.
    expect(measureOf("how much does the governor make").kind).toBe("money");
    expect(measureOf("how much progress did they make")).toMatchObject({ kind: "count", noun: "progress" });
    expect(measureOf("what percentage of voters stayed home").kind).toBe("percent");
    expect(measureOf("what is the population of the island")).toMatchObject({ kind: "count", units: expect.arrayContaining(["peopl", "resid"]) });
    expect(measureOf("how many tablets did she take")).toMatchObject({ kind: "count", units: expect.arrayContaining(["tablet", "pill"]) });
    expect(measureOf("how many did they arrest").kind).toBe("any");
    // A plural ends the counted phrase: "people work at" counts people; "gas leaks" is one phrase.
    expect(measureOf("how many people work at the firm")).toMatchObject({ kind: "count", noun: "people" });
    expect(measureOf("how many gas leaks were there")).toMatchObject({ kind: "count", noun: "leaks" });
    expect(measureOf("how much ram does it have")).toMatchObject({ kind: "count", noun: "ram" });
    // A noun the tagger reads as a verb before another modifies it: "plague cases" counts cases.
    expect(measureOf("how many plague cases worldwide")).toMatchObject({ kind: "count", noun: "cases" });
    // A name in -s the question capitalizes is no plural ending the phrase.
    expect(measureOf("how many Los Angeles buyers bid on the crane")).toMatchObject({ kind: "count", noun: "buyers" });
  });

  it("reads 'how fast / heavy / tall' and 'how much does it weigh' as figures in the units of that scale", () => {
    expect(fitting("how fast is the chip", "It runs at 1.2GHz on 2 cores.")).toEqual(["1.2"]);
    expect(fitting("how heavy is the bell", "The 3 men lifted a bell of 300 pounds.")).toEqual(["300"]);
    expect(fitting("how much does the bell weigh", "The 3 men lifted a bell of 300 pounds.")).toEqual(["300"]);
    expect(fitting("how tall is the tower", "Its 4 bells hang 90 feet up.")).toEqual(["90"]);
  });

  it("reads 'how much did X rise / fall' as a rate, a sum or a multiple", () => {
    // "to 30 cents" is the level reached, not by how much: only "how much did fares increase to" asks it.
    expect(fitting("how much did fares increase", "Fares rose by as much as four times, to 30 cents.")).toEqual(["four"]);
    expect(fitting("how much did fares increase to", "Fares rose by as much as four times, to 30 cents.")).toEqual(["four", "30"]);
    expect(fitting("how much did the stock fall", "The stock fell 12% in 3 days.")).toEqual(["12%"]);
  });

  it("reads 'how long did it …' as a time, and 'how long is it' as a length or a time", () => {
    expect(fitting("how long did the tubes glow", "The 40-foot tubes glowed for 1,000 hours.")).toEqual(["1,000"]);
    expect(fitting("how long is the tube", "The 40-foot tubes glowed for 1,000 hours.")).toEqual(["40", "1,000"]);
  });

  it("reads a scale only in its units, or as the rate or sum it may also be told in", () => {
    expect(fitting("how long will the strike last", "Hundreds of workers struck for 3 days.")).toEqual(["3"]);
    expect(fitting("how fast did the economy grow", "It grew 4.2 percent, to $20 trillion.")).toEqual(["4.2 percent"]);
    expect(fitting("how fast is the chip", "It costs $35.")).toEqual([]);
    expect(fitting("how big will the deficit be", "The deficit will reach $1 trillion in 2 years.")).toEqual(["$1 trillion"]);
    // A hyphenated unit is one word: "light-years" measures a distance and counts no years.
    expect(fitting("how far is the star", "It formed 2 years ago, 4 light-years away.")).toEqual(["4"]);
  });

  it("reads a share told as a fraction, with its article, and a sum per hour as money", () => {
    expect(fitting("what share of emissions come from buildings", "Buildings account for nearly a third of emissions, and 40 of 90 towers.")).toEqual(["a third"]);
    expect(measureOf("how much do the workers want per hour").kind).toBe("money");
  });

  it("reads numbers written as words, and never the digits of a name", () => {
    expect(fitting("how many employees are there", "It grew to over sixty full-time employees and twenty-five interns in 2012.")).toEqual(["sixty"]);
    expect(figuresOf("In light of COVID-19 and the F-35, 40 staff left.", "").map((f) => f.text)).toEqual(["40"]);
  });

  it("keeps the figure of that kind: the age of the person asked about, not of someone else", () => {
    const sentence = "The 81-year-old senator met Jane Doe, 45, and her 19-year-old Sam at the hall.";
    expect(fitting("how old is the senator", sentence)).toEqual(["81", "45"]);
    // "Jane Doe, 45,": a bare age set off after a name is that name's, not Sam's.
    expect(fitting("how old is Sam", sentence)).toEqual(["81", "19"]);
    expect(fitting("how old is Jane Doe", sentence)).toEqual(["81", "45"]);
    // A possessive's age is of whom it owns ("his 22-year-old son"); "was seven years old when" is an age at an event.
    const family = "Seven decades later, Parata, 75, and his 22-year-old son, who was seven years old when he first came, arrived.";
    expect(fitting("how old is Parata", family)).toEqual(["75"]);
    expect(fitting("how old was he when he first came", family)).toEqual(["75", "seven"]);
  });

  it("keeps money over other figures, and a share over counts", () => {
    expect(fitting("how much did the firm pay", "The firm paid $2.5 million for 300 acres, or 40 dollars a share.")).toEqual(["$2.5 million", "40"]);
    expect(fitting("what percentage were convicted", "Of 1,200 people held, 28% were convicted and 3 percent were freed.")).toEqual(["28%", "3 percent"]);
  });

  it("counts a population only where a figure is introduced as one, not any count of people", () => {
    expect(fitting("what is the population", "Gunmen killed at least 19 people in the capital.")).toEqual([]);
    expect(fitting("what is the population", "The country, a nation of about 11 million people, voted.")).toEqual(["11 million"]);
    expect(fitting("how many tablets did she take", "She took eight tablets, though two tablets can kill.")).toEqual(["eight", "two"]);
  });
});

describe("which figures may answer a count (extract stage)", () => {
  const counting = (question: string, sentence: string) =>
    figuresOf(sentence, question)
      .filter((f) => mayCount(sentence, f, measureOf(question), question))
      .map((f) => f.text);

  it("drops a sum of money, a count of another thing and a figure joined to its unit, keeps a share and a count of the thing", () => {
    expect(counting("how many people downloaded the game", "You can pay $9.99 to download the game.")).toEqual([]);
    expect(counting("how many users does the site have", "There are at least two major categories of information.")).toEqual([]);
    expect(counting("how many users does the site have", "The site has 30 million users in two countries.")).toEqual(["30 million"]);
    expect(counting("how many residents are undocumented", "About one in 10 residents are undocumented.")).toEqual(["one in 10"]);
  });

  it("keeps a figure whose unit is named just before it, or a word for people for a count of people, or any unit for 'how much'", () => {
    expect(counting("how many arrests did the warning prevent", "The warning prevented the arrest of as many as 800 people.")).toEqual(["800"]);
    expect(counting("how many people were killed", "Pirates killed 19 crewmen.")).toEqual(["19"]);
    expect(counting("how many users does the site have", "Two advertisers' mechanisms failed.")).toEqual([]);
    expect(counting("how many users does the site have", "I ran a five-minute browsing test.")).toEqual([]);
    expect(counting("how much asphalt does the city use", "It uses one million tons of asphalt.")).toEqual(["one million"]);
  });

  it("reads what a range counts after its other end, the head of a noun after a participle, and an age after 'aged between' as no count", () => {
    expect(counting("how many paid subscribers are there", "He thinks the number will be between four to six services.")).toEqual([]);
    expect(counting("how many streaming services will people buy", "He thinks the number will be between four to six services.")).toEqual(["four", "six"]);
    expect(counting("how many teens use it", "Among participants aged between 18 to 25-years-old, use did not change.")).toEqual([]);
  });
});

describe("figures of a sentence (extract stage)", () => {
  it("takes a rough count whole: 'tens of thousands', 'several thousand'", () => {
    expect(figuresOf("Several thousand teachers came, and tens of thousands watched.", "how many").map((f) => f.text)).toEqual(["Several thousand", "tens of thousands"]);
  });

  it("takes 'third' and 'quarter' alone for an order or a period, not a share; 'a third' and 'half' stay", () => {
    expect(figuresOf("Browsers send third-party cookies in the first quarter.", "").map((f) => f.text)).toEqual([]);
    // An ordinal is an order, no amount: "the 50th anniversary tour" counts no cities.
    expect(figuresOf("The 50th anniversary tour visits 30 cities; Spurs lie 14th.", "how many cities").map((f) => f.text)).toEqual(["30"]);
    // The Nth of what is counted says how many there have been.
    expect(figuresOf("Germany (Group C): 13th appearance.", "how many appearances does germany have").map((f) => f.text)).toEqual(["13"]);
    expect(figuresOf("A third of them left, and half stayed.", "").map((f) => f.text)).toEqual(["A third", "half"]);
  });
});
