import { describe, expect, it } from "vitest";
import { RecentMap } from "../../src/state/recent.js";

describe("RecentMap", () => {
  it("keeps the latest keys set, dropping the least recently set first", () => {
    const m = new RecentMap<number>(2);
    m.set("a", 1);
    m.set("b", 2);
    m.set("a", 3);
    m.set("c", 4);
    expect([m.get("a"), m.get("b"), m.get("c")]).toEqual([3, undefined, 4]);
  });
});
