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
writeFileSync(
  join(desk, "newsletter.md"),
  `---\ntitle: Grim outlook for Harbor Fund meetings\npublished: 2022-10-11\n---\n` +
    `Ministers gathering in Valdor this week for meetings of the Harbor Monetary Fund are facing a laundry list of challenges.\n\n` +
    `The HMF board last week also approved new financing for Ostland.\n\n` +
    `Noor Haddad was most recently a professor at Emil Valdor University and a fellow at the Indeed Lab.\n\n` +
    `On Wednesday, Yellow will sit down with former New York Fed President and Woods Committee Chair Bill Dunmore.\n\n` +
    `New York Fed 5-year inflation expectations data released at 11 a.m. But the Fed and other lenders have their own mandates.\n\n` +
    `That acceptance may not last forever, former Fed Vice Chair Donald Kessel said.\n\n` +
    `Tara Lindqvist has joined the Finance Department as deputy assistant secretary for macroeconomics in the Office of Policy.\n\n` +
    `The fund still lacks enough shareholders to complete the merger deal, CEO Patrick Orley said Monday, while announcing that investors will now have until Nov. 3 to vote.\n`,
);
const { core } = testCore({ CORPUS_DIR: desk });

describe("entity and decide stages on a forty-first unseen article set", () => {
  it("decide: where a name of initials is, told where the words it stands for are named ('meetings of the Harbor Monetary Fund' for the HMF)", () => {
    expect(core.ask("where are the hmf meetings").answer).toMatch(/^Valdor\b/);
  });

  it("entities: a name before a capitalized word for a body is no person's ('Emil Valdor University' leaves 'Valdor' a place)", () => {
    expect(core.ask("where are the ministers gathering").answer).toMatch(/^Valdor\b/);
  });

  it("entities: a run that opens inside a place's name ('New York Fed President') is no person, and the office before a name keeps the body's name ('former Fed Vice Chair')", () => {
    expect(core.ask("who is donald kessel").answer).toMatch(/^Donald Kessel: former Fed Vice Chair\b/);
  });

  it("entities: the office someone joined a body as ('has joined the Finance Department as deputy assistant secretary')", () => {
    expect(core.ask("who is tara lindqvist").answer).toMatch(/^Tara Lindqvist: deputy assistant secretary for macroeconomics\b/);
  });

  it("extract: a date right before 'to' and the asked verb is that act's ('until Nov. 3 to vote'), not the day it was said", () => {
    expect(core.ask("when do investors have to vote on the merger deal").answer).toMatch(/^Nov\. 3\b/);
  });

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
