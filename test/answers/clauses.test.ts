import { describe, expect, it } from "vitest";
import { clauseVerbs } from "../../src/answers/clauses.js";
import type { Sentence } from "../../src/corpus/load.js";

const sentence = (text: string) => ({ id: 0, doc: "d", text, paragraph: 0 }) as unknown as Sentence;
const verbsAt = (text: string, span: string) => clauseVerbs(sentence(text), { at: text.indexOf(span), text: span }).map((t) => t.lemma);

describe("extract stage: the verbs of the clause a date or figure stands in", () => {
  it("splits clauses at commas, dashes and conjunctions, not inside '1,200' or '8:51'", () => {
    const killed = "A gunman opened fire, killing two people and injuring several others.";
    expect(verbsAt(killed, "two")).toEqual(["kill"]);
    expect(verbsAt("The ship had lifted off as scheduled at 8:51 p.m. from the launch site.", "8:51")).toEqual(["lift", "schedule"]);
    expect(verbsAt("The port handled 1,200 containers in April.", "1,200")).toEqual(["handle"]);
  });

  it("gives none for a clause without a verb (a time alone before a comma takes the clause after it), and skips participles that act as prepositions", () => {
    // A time alone before a comma dates the clause after it.
    expect(verbsAt("In 1997, Clinton imposed an embargo.", "1997")).toEqual(["impose"]);
    expect(verbsAt("Gunmen killed 19 people, including 17 foreigners.", "17")).toEqual([]);
    expect(verbsAt("Starting in 1995, he ran a boatyard.", "1995")).toEqual([]);
  });
});
