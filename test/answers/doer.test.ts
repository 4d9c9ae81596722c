import { describe, expect, it } from "vitest";
import { describedDoer, namedDoer, passiveAgent } from "../../src/answers/doer.js";

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

describe("who stage: the subject a clause describes (doer.ts)", () => {
  it("reads an article-led phrase opening a clause right before the asked verb, an auxiliary between", () => {
    expect(describedDoer("Fans send designs this month and a panel of former coaches will pick the logo.", ["pick"])).toBe("a panel of former coaches");
    expect(describedDoer("The city council voted to close the pier.", ["vote"])).toBe("The city council");
  });

  it("never the subject of a relative clause, nor a phrase away from the verb", () => {
    expect(describedDoer("The company that runs the show, Harbor Arts, said so.", ["run"])).toBeNull();
    expect(describedDoer("A panel met, and the mayor will pick the logo.", ["choose"])).toBeNull();
    // The subject of a passive is what it was done to.
    expect(describedDoer("The old pier was built from salvaged timber.", ["build"])).toBeNull();
  });
});
