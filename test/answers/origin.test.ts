import { describe, expect, it } from "vitest";
import { originAsked } from "../../src/answers/origin.js";
import { stateTagged } from "../../src/entities/extract.js";

describe("home state", () => {
  it("reads the questions that ask where someone is from or what state they represent", () => {
    expect(originAsked("what state is mckinley from")).toBe("mckinley");
    expect(originAsked("where is Ilhan Omar from?")).toBe("Ilhan Omar");
    expect(originAsked("which state does omar represent")).toBe("omar");
    expect(originAsked("where did the data come from")).toBe("the data");
    expect(originAsked("where is the border")).toBeUndefined();
  });

  it("reads the state of a party-and-state tag right after a name, in either style, and nothing else", () => {
    expect(stateTagged(", R-W.Va., visited the border")).toBe("W.Va.");
    expect(stateTagged(" (R-TX), said")).toBe("TX");
    expect(stateTagged(", the mayor, said")).toBeNull();
  });
});
