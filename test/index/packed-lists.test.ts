import { describe, expect, it } from "vitest";
import { PackedLists, detached } from "../../src/collections.js";

describe("PackedLists", () => {
  const lists = new PackedLists<string>([
    [40, ["b", "a"]],
    [3, ["a"]],
    [7, []],
    [1_000_000, ["c", "a", "c"]],
  ]);

  it("reads each key's list in its order, as a Map of arrays would", () => {
    expect(lists.get(3)).toEqual(["a"]);
    expect(lists.get(40)).toEqual(["b", "a"]);
    expect(lists.get(1_000_000)).toEqual(["c", "a", "c"]);
  });

  it("has no list for a key never given or given an empty one", () => {
    expect(lists.get(7)).toBeUndefined();
    expect(lists.get(0)).toBeUndefined();
    expect(lists.get(41)).toBeUndefined();
  });

  it("iterates its keys in ascending order, as a snapshot writes them back", () => {
    expect([...lists]).toEqual([
      [3, ["a"]],
      [40, ["b", "a"]],
      [1_000_000, ["c", "a", "c"]],
    ]);
  });

  it("gives back the very values it was given (one object per value, not copies)", () => {
    const person = { id: "person:a" };
    const packed = new PackedLists([[5, [person]], [9, [person]]]);
    expect(packed.get(5)![0]).toBe(person);
    expect(packed.get(9)![0]).toBe(person);
  });
});

describe("detached", () => {
  it("keeps the string's text, long or short", () => {
    const article = "Officials said the administration's announcement surprised everyone.";
    const word = article.slice(19, 33);
    expect(detached(word)).toBe("administration");
    expect(detached("ICE")).toBe("ICE");
  });
});
