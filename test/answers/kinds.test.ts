import { describe, expect, it } from "vitest";
import { askedKind, askedRelation, instancesIn, kindNameIn } from "../../src/answers/kinds.js";

describe("extract stage for 'which X': the name a passage gives a thing of the asked kind", () => {
  it("reads the asked kind from 'which X …' and 'what X did …', not from 'what is', a person, a time or a quantity", () => {
    expect(askedKind("which journal published the findings")).toBe("journal");
    expect(askedKind("what technique did they use")).toBe("technique");
    expect(askedKind("what batteries does the controller use")).toBe("batteries");
    expect(askedKind("what is the journal")).toBeUndefined();
    expect(askedKind("which mayor warned immigrants")).toBeUndefined();
    // An irregular participle after the copula, and a sort of thing ("what kind of X").
    expect(askedKind("which helicopter was shot down")).toBe("helicopter");
    expect(askedKind("what kind of helicopter was it")).toBe("helicopter");
    expect(askedKind("what type of cancer did she have")).toBe("cancer");
    expect(askedKind("what year did it open")).toBeUndefined();
    expect(askedKind("during which hurricane did the company profit")).toBe("hurricane");
    // A passive asks for the name of the thing done to: "what packets are used", not "what car was it".
    expect(askedKind("what packets are used as attack vectors")).toBe("packets");
    expect(askedKind("what car was it")).toBeUndefined();
    // A preposition left at the end after a copula asks for a name too.
    expect(askedKind("which countries were the slain tourists from")).toBe("countries");
    expect(askedKind("what time is it")).toBeUndefined();
    // "the name of the X" asks for a thing of kind X, even one whose commonest sense is a person ("browser").
    expect(askedKind("what's the name of the skin patch")).toBe("patch");
    expect(askedKind("what is the name of the browser")).toBe("browser");
  });

  it("takes a capitalized name or a quoted term after the kind's noun, or a capitalized name before it, verbatim", () => {
    expect(kindNameIn("the findings were published in the journal Current Biology.", "journal", "which journal published the findings")).toBe("Current Biology");
    expect(kindNameIn('the researchers used the technique called "mental chronometry" - that is', "technique", "what technique did they use")).toBe("mental chronometry");
    expect(kindNameIn("Microsoft is sticking with AA batteries as their default power source.", "batteries", "what batteries does it use")).toBe("AA");
  });

  it("reads a relation to someone ('Mugabe's first wife'), not an office, and no auxiliary as a kind", () => {
    expect(askedRelation("who was Mugabe's first wife")).toBe("wife");
    expect(askedRelation("what was Mugabe's first wife called")).toBe("wife");
    expect(askedRelation("what was the name of Mugabe's son")).toBe("son");
    expect(askedRelation("who is Sudan's president")).toBeUndefined();
    expect(askedKind("what was Mugabe's first wife called")).toBeUndefined();
    expect(kindNameIn("He had an affair as his first wife, Sally, was dying.", "wife", "who was Mugabe's first wife")).toBe("Sally");
  });

  it("takes the name after 'the <kind> of' ('the city of Sirte')", () => {
    expect(kindNameIn("They later seized the coastal city of Sirte.", "city", "which city did they seize")).toBe("Sirte");
  });

  it("names what WordNet knows as an instance of the kind where the passage never writes the kind: all of them for a plural, the first for a singular", () => {
    const text = "The foreigners killed were from Italy, Poland, Germany and Spain, officials in Tunis said.";
    expect(instancesIn(text, "countries", "which countries were the foreigners from")).toBe("Italy, Poland, Germany, Spain");
    expect(instancesIn(text, "country", "which country was the first victim from")).toBe("Italy");
    expect(instancesIn(text, "city", "which city did officials speak in")).toBe("Tunis");
    expect(instancesIn(text, "river", "which river was it")).toBeNull();
  });

  it("keeps a capitalized kind noun that is part of the name, before or after it", () => {
    expect(kindNameIn("It made windfall profits during Hurricane Sandy.", "hurricane", "during which hurricane did it profit")).toBe("Hurricane Sandy");
    expect(kindNameIn("In Detroit, the Packard Motor Car Company commissioned two signs.", "company", "which company commissioned the packard signs")).toBe("Packard Motor Car Company");
  });

  it("gives no name where the passage gives none, or only the question's own", () => {
    expect(kindNameIn("The batteries are sold as their default power source.", "batteries", "what batteries does it use")).toBeNull();
    expect(kindNameIn("It was in the journal Current Biology.", "journal", "was it in the journal current biology")).toBeNull();
  });
});
