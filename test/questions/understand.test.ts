import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load.js";
import { understandQuestion } from "../../src/questions/understand.js";
import { CORPUS } from "../helpers.js";

const corpus = loadCorpus(CORPUS, null);
const u = (q: string) => understandQuestion(corpus, q);

describe("understand stage", () => {
  it("finds the relation a question asks about, as verb lemmas", () => {
    expect(u("when did karen bass become mayor").predicate).toEqual(["become"]);
    expect(u("who replaced sessions as AG").predicate).toEqual(["replace"]);
    expect(u("when did homan leave ICE").predicate).toEqual(["leave"]);
    // Right after "who will", a verb the tagger reads as an adjective is the verb asked; after a modal in a relative clause, it is not.
    expect(u("who will direct the next raid").predicate).toEqual(["direct"]);
    expect(u("what does ice use to find people that might benefit").predicate).not.toContain("benefit");
    // Asked as a population: the relation is the noun, not the verb.
    expect(u("how many people live in los angeles").predicate).toEqual([]);
    // What "how many" counts, up to its auxiliary, is no act however the tagger reads it ("rebounds", "steals").
    expect(u("how many rebounds did homan have").predicate).toEqual([]);
    expect(u("how many steals did homan have").predicate).toEqual([]);
    expect(u("how many people died in the raid").predicate).toEqual(["die"]);
    // A participle after its subject is the verb asked, not an adjective ("the detained immigrants").
    expect(u("how many mayors skipped meetings").predicate).toEqual(["skip"]);
    // A noun that is also a verb after a determiner is an object, not the verb of a verbless clause.
    expect(u("who will pick the winning design").predicate).toEqual(["pick"]);
    expect(u("how many people live in los angeles").relationNouns).toEqual(["population"]);
    // A capitalized word past the first is a name's ("Super Mario Run"), no verb of the question.
    expect(u("when did Super Mario Run launch").predicate).toEqual(["launch"]);
  });

  it("takes the verb after a leading verb as the relation (try to expel, plan to leave)", () => {
    expect(u("which countries did trump try to expel immigrants to").predicate).toEqual(["expel"]);
    expect(u("when does the mayor plan to leave office").predicate).toEqual(["leave"]);
  });

  it("names no relation where the question only asks who someone is or what they said", () => {
    expect(u("who is Homan").predicate).toEqual([]);
    expect(u("what did Garcetti say about Trump").predicate).toEqual([]);
    expect(u("Where was Schaaf's op-ed published?").predicate).toEqual(["publish"]);
  });

  it("gives the answer type, time qualifier and attribute asked for", () => {
    expect(u("how many arrests").answerType).toBe("number");
    expect(u("when was the raid").answerType).toBe("date");
    expect(u("why did ICE raid West Oakland").answerType).toBe("reason");
    const now = u("whos LA mayor now");
    expect(now.now).toBe(true);
    expect(now.subject).toBe("LA mayor");
    expect(u("what is Homan's salary").relationNouns).toEqual(["salary"]);
    expect(u("what is the population of Oakland")).toMatchObject({ intent: "howmany", relationNouns: ["population"] });
  });

  it("keeps the question as typed for the reply, and the corrected form for the later stages", () => {
    const q = u("who is garceti??");
    expect(q.text).toBe("who is garceti??");
    expect(q.normalized).toBe("who is Garcetti");
    expect(q.named).toContain("Garcetti");
  });
});
