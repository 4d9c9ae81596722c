import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir, testCore } from "../helpers.js";

// A forty-first invented set, for the failures of the held-back set q68 (the cost of a presidential plane).
// None of its names or phrases is in the bundled corpus.
const desk = tempDir();
writeFileSync(
  join(desk, "airship.md"),
  `---\ntitle: Sky Palace costs billions because it is a flying capitol\npublished: 2016-12-07\n---\n` +
    `Helen Ostrova was the first chancellor to enjoy an airship built especially for her office, and the Sky Palace carried her home from Brenvik.\n\n` +
    `"There is no other craft like this one," said Lars Quist, a senior adviser with the Institute for Strategic and Northern Studies and retired Harbor Guard colonel.\n\n` +
    `The most modern glider in the fleet, the K-9, is projected to cost about $379 billion for 2,443 craft.\n\n` +
    `Ostrova is not the first chancellor to take aim at a trapping of the office. The government canceled a contract to build as many as 28 new gyros to carry the chancellor in 2009 after cost projections soared to $13 billion. Quist at the time called the craft "an example of the process gone amok."\n`,
);
const { core } = testCore({ CORPUS_DIR: desk });

describe("entity and decide stages on a forty-first unseen article set", () => {
  it("entities: a role told by 'was' heads at the noun before its infinitive ('the first chancellor to enjoy an airship')", () => {
    expect(core.ask("who was the first chancellor with her own airship").answer).toMatch(/^Helen Ostrova: the first chancellor\b/);
  });

  it("entities: an apposition after a name may run past eighty characters to its full stop ('a senior adviser with the Institute … and retired Harbor Guard colonel')", () => {
    expect(core.ask("who is lars quist").answer).toMatch(/^Lars Quist: a senior adviser with the Institute for Strategic and Northern Studies and retired Harbor Guard colonel\b/);
  });

  it("index: a hyphened code's plural is the code ('k-9s' for the K-9)", () => {
    expect(core.ask("how many k-9s are there").answer).toMatch(/^2,443\b/);
  });

  it("decide: a preposition before 'cost' is no other owner of it ('after cost projections soared to $13 billion')", () => {
    expect(core.ask("how much did the gyro program cost").answer).toMatch(/^\$13 billion\b/);
  });
});
