import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir, testCore } from "../helpers.js";

// A nineteenth invented set: a round-up of games, a hearing and a detention report. None of its names
// or phrases is in the bundled corpus. Each test names the stage it pins; each failed on the code before it.
const desk = tempDir();
writeFileSync(
  join(desk, "roundup.md"),
  `---\ntitle: Otters win in overtime\npublished: 2021-06-01\n---\n` +
    `Ivo Marten's second goal lifted the Vell Otters over the Dray Herons 4-3 on Tuesday night.\n\n` +
    `Anton Kessel added a goal, and Boris Pell stopped 31 shots as the Otters beat the Herons for the fifth time.\n\n` +
    `Nelle Varg fired a shot at Tomas Brisk late in the game.\n\n` +
    `Anton Kessel's first shot went past Rob Vantner in the second period.\n\n` +
    `Lynx 3, Badgers 1: Oskar Lind scored twice and Brayford beat Calder.\n`,
);
writeFileSync(
  join(desk, "hearing.md"),
  `---\ntitle: Envoys testify\npublished: 2021-06-02\n---\n` +
    `Ambassador Ruth Calloway, the most awaited witness, is likely to face questions about her talks in Latvia on Thursday.\n\n` +
    `Calloway, a hotel owner the president tapped as his ambassador to Norway, has amended her testimony.\n\n` +
    `Another diplomat, former special envoy to Moldova Peter Vassel, changed his account of the meeting.\n`,
);
writeFileSync(
  join(desk, "detention.md"),
  `---\ntitle: Crowded cells at the border\npublished: 2021-06-03\n---\n` +
    `In one station, a room meant for 40 held 162 adult males with one sink.\n\n` +
    `An outbreak at the Harlow station affected nearly three dozen detainees.\n`,
);
const { core } = testCore({ CORPUS_DIR: desk });

describe("entity, resolve, figure and doer stages on a nineteenth unseen article set", () => {
  it("answer: 'who is' a name the articles give no role is told by the passages naming it, never by another person they name", () => {
    const a = core.ask("who is tomas brisk");
    expect(a.answered).toBe(true);
    expect(a.answer).toContain("fired a shot at Tomas Brisk");
    expect(a.answer).not.toMatch(/^Nelle Varg/);
  });

  it("entities: a listed given name that is also an English word ('Rob') opens a name where the corpus never writes it as the word", () => {
    expect(core.ask("who is rob vantner").answer).toMatch(/^Rob Vantner\b/);
    // Another goalie's saves are not his: the passage that counts them never names him.
    expect(core.ask("how many shots did rob vantner stop").answered).toBe(false);
  });

  it("entities: the place an office is of, before its holder's name, is no part of the name ('envoy to Moldova Peter Vassel')", () => {
    expect(core.ask("who is peter vassel").answer).toMatch(/^Peter Vassel: former special envoy to Moldova/);
  });

  it("resolve: a bare title is not the office of a place the sentence names, when the person holds it of another ('ambassador to Norway')", () => {
    expect(core.ask("who is the ambassador to norway").answer).toMatch(/^Ruth Calloway/);
    expect(core.ask("who is the ambassador to latvia").answered).toBe(false);
  });

  it("figures: a count in dozens is the whole figure ('nearly three dozen'); a unit after a second figure is that figure's ('for 40 held 162 adult males')", () => {
    expect(core.ask("how many detainees did the harlow outbreak affect").answer).toMatch(/^three dozen\b/);
    expect(core.ask("how many men were held in the room").answer).toMatch(/^162\b/);
  });

  it("figures: a round-up's score line ('Lynx 3, Badgers 1:') is a game's score, and 'lifted A over B 4-3' is one too", () => {
    expect(core.ask("what was the lynx badgers score").answer).toMatch(/^Lynx 3, Badgers 1\b/);
    expect(core.ask("what was the otters score").answer).toMatch(/^4-3\b/);
  });

  it("doer: a game's winner and loser are read from its score line or 'lifted A over B'; a game no passage gives a result of is declined", () => {
    expect(core.ask("who won the lynx badgers game").answer).toMatch(/^Lynx\b/);
    expect(core.ask("who did the lynx beat").answer).toMatch(/^Badgers\b/);
    expect(core.ask("who won the otters herons game").answer).toMatch(/^Vell Otters\b/);
    expect(core.ask("who won the otters lynx game").answered).toBe(false);
  });

  it("doer: whom the one asked did the act to is named right after the verb ('the Otters beat the Herons', 'Brayford beat Calder')", () => {
    expect(core.ask("who did brayford beat").answer).toMatch(/^Calder\b/);
    expect(core.ask("who did the otters beat").answer).toMatch(/^(?:Dray )?Herons\b/);
  });
});
