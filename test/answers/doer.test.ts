import { describe, expect, it } from "vitest";
import { namedDoer } from "../../src/answers/doer.js";

describe("who stage: a name written as the subject of the asked verb (doer.ts)", () => {
  it("reads a company or body before the verb as its doer", () => {
    expect(namedDoer("Live Nation is producing the tour.", ["produce"], [])).toBe("Live Nation");
  });

  it("reads a verb form before a capitalized word as a title, not the verb ('Wild coach Bruce Boudreau')", () => {
    expect(namedDoer("Hours before the game, Wild coach Bruce Boudreau praised the team.", ["coach"], [])).toBeNull();
  });
});
