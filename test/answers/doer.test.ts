import { describe, expect, it } from "vitest";
import { namedDoer, passiveAgent } from "../../src/answers/doer.js";

describe("who stage: a name written as the subject of the asked verb (doer.ts)", () => {
  it("reads a company or body before the verb as its doer", () => {
    expect(namedDoer("Live Nation is producing the tour.", ["produce"], [])).toBe("Live Nation");
  });

  it("reads a verb form before a capitalized word as a title, not the verb ('Wild coach Bruce Boudreau')", () => {
    expect(namedDoer("Hours before the game, Wild coach Bruce Boudreau praised the team.", ["coach"], [])).toBeNull();
  });
});

describe("who stage: the agent of the asked verb in the passive (doer.ts)", () => {
  it("reads the phrase after 'by' up to a comma or a relative pronoun, named or not", () => {
    expect(passiveAgent("As the paper was printed, the old campus was besieged by police, who fired teargas.", ["besiege"], ["campu"])).toBe("police");
    expect(passiveAgent("The bridge was closed by the city transport board and reopened Monday.", ["close"], ["bridg"])).toBe("the city transport board");
  });

  it("needs what the question asks about before the verb: another thing done by someone answers nothing", () => {
    expect(passiveAgent("The museum was besieged by police.", ["besiege"], ["campu"])).toBeNull();
    expect(passiveAgent("The campus was visited by police.", ["besiege"], ["campu"])).toBeNull();
  });
});
