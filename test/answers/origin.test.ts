import { describe, expect, it } from "vitest";
import { originAsked } from "../../src/answers/origin.js";
import { hometownTagged, stateTagged } from "../../src/entities/extract.js";

describe("home state", () => {
  it("reads the questions that ask where someone is from or what state they represent", () => {
    expect(originAsked("what state is mckinley from")).toBe("mckinley");
    expect(originAsked("where is Ilhan Omar from?")).toBe("Ilhan Omar");
    expect(originAsked("which state does omar represent")).toBe("omar");
    expect(originAsked("where did the data come from")).toBe("the data");
    expect(originAsked("where does battin live")).toBe("battin");
    expect(originAsked("where is the border")).toBeUndefined();
  });

  it("reads the state of a party-and-state tag right after a name, in either style, and nothing else", () => {
    expect(stateTagged(", R-W.Va., visited the border")).toBe("W.Va.");
    expect(stateTagged(" (R-TX), said")).toBe("TX");
    expect(stateTagged(", the mayor, said")).toBeNull();
  });

  it("reads a hometown or an address news style tags a name with, after an age or a relative clause of living", () => {
    expect(hometownTagged(", 55, of Addison, a village southwest of Ithaca, pleaded")).toBe("Addison");
    expect(hometownTagged(" Jr., 55, of Addison, pleaded")).toBe("Addison");
    expect(hometownTagged(" 31, of Hope and Victor N. Burton")).toBe("Hope");
    expect(hometownTagged(", 32, of 1119 Eighth St., after locating")).toBe("1119 Eighth St.");
    expect(hometownTagged(", 33, who resides at 2134 Caldwell Place, Harris said")).toBe("2134 Caldwell Place");
    expect(hometownTagged(", 55, of the village, said")).toBeNull();
    expect(hometownTagged(", the mayor of Addison, said")).toBeNull();
  });
});
