import { describe, expect, it } from "vitest";
import { termsOf } from "../../src/index/terms.js";

describe("index terms", () => {
  it("a verb in '-y' has one term in all its forms, which the stemmer alone splits ('tried' tri, 'trying' try)", () => {
    expect(new Set(termsOf("try tried tries trying"))).toEqual(new Set(["try"]));
    expect(new Set(termsOf("fly flies flying"))).toEqual(new Set(["fly"]));
  });

  it("a word in '-ies' with no dictionary word of three letters or more in '-y' is stemmed as written ('series', 'died')", () => {
    expect(termsOf("series")).toEqual(["seri"]);
    // WordNet's "Dy" is dysprosium, no lemma of "died": the stemmer's term stays.
    expect(termsOf("died")).toEqual(["di"]);
  });

  it("a noun for who does a thing is its singular, unstemmed: the stemmer would join it to the act ('protesters' protest) or to another word ('officer', 'office': offic)", () => {
    expect(termsOf("protesters protester")).toEqual(["protester", "protester"]);
    expect(termsOf("protests")).toEqual(["protest"]);
    expect(termsOf("officers office")).toEqual(["officer", "offic"]);
    // The stemmer leaves "sailor" and "leader" whole already.
    expect(termsOf("sailors leaders")).toEqual(["sailor", "leader"]);
  });
});
