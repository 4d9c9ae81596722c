import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir, testCore } from "../helpers.js";

// A thirty-sixth invented set, for two regressions the line-by-line comparison of the held-back sets
// caught: a tariff's day, a launch's problems. None of its names or phrases is in the bundled corpus.
const desk = tempDir();
writeFileSync(
  join(desk, "tariffs.md"),
  `---\ntitle: Ostra's demands may widen the deal\npublished: 2019-12-06\n---\n` +
    `Ostra also wants Vell to end the 15% tariffs on about $125 billion of Ostran goods imposed on Sept. 1, as well as give some relief from the 25% tariffs imposed on an earlier list of imports.\n`,
);
writeFileSync(
  join(desk, "launch.md"),
  `---\ntitle: Glitches blamed on heavy demand\npublished: 2019-11-19\n---\n` +
    `Eventually, Harrow is expected to fold its sports offerings into a wider service, a move that would probably cause the cable bundle to collapse.\n\n` +
    `Harrow executive Lin Voss said overwhelming demand and a coding glitch led to widespread problems last week when Harrow launched Harrow+.\n`,
);
const { core } = testCore({ CORPUS_DIR: desk });

describe("extract and decide stages on a thirty-sixth unseen article set", () => {
  it("extract: a rate asked of a day is the figure whose clause gives that day, however spelled ('sept 1': 'imposed on Sept. 1')", () => {
    expect(core.ask("what tariff rate was imposed on sept 1").answer).toMatch(/^15%/);
  });

  it("decide: 'probably cause' says no cause is still sought, and 'X led to the problems' tells what caused them", () => {
    const answer = core.ask("what caused the harrow+ problems");
    expect(answer.declined).toBeFalsy();
    expect(answer.answer).toMatch(/coding glitch/);
  });
});
