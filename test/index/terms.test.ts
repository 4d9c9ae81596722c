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
});
