import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir, testCore } from "../helpers.js";

// A thirty-second invented set: a central bank's rate decision, old shelters, a trade. None of its names
// or phrases is in the bundled corpus. Each test names the stage it pins; each failed on the code before it.
const desk = tempDir();
writeFileSync(
  join(desk, "bank.md"),
  `---\ntitle: Nord lifts rates\npublished: 2016-12-14\n---\n` +
    `OSK (Wire) - The Nordic Reserve raised interest rates on Thursday and signaled more increases in 2017.\n\n` +
    `In a news conference, Nord Chair Dana Welk said Arlo Penn’s election had put the bank under a cloud.\n\n` +
    `Though Penn’s inauguration is still a month away, she said some members had begun shifting their views.\n\n` +
    `The bank expects the jobless rate to reach 5.5 percent next year, with growth of 2 percent.\n`,
);
writeFileSync(
  join(desk, "shelters.md"),
  `---\ntitle: The old shelters of Varnby\npublished: 2017-01-20\n---\n` +
    `The rooms were stocked with rescue kits -- costing roughly $3.10 per person -- that held water and biscuits.\n\n` +
    `The province did set up a central office, but by 1971, Parliament stopped appropriating money for the plan, and in 1982, that office was formally disbanded.\n`,
);
writeFileSync(
  join(desk, "trade.md"),
  `---\ntitle: The Gulls are stuck\npublished: 2016-10-13\n---\n` +
    `The Gulls sent homegrown Rafe Tolland to the Blue Herons in the trade, and it has not worked out.\n\n` +
    `GM Len Orr shipped out Ivo Marsh in a 2009 trade for a leadoff man.\n`,
);
const { core } = testCore({ CORPUS_DIR: desk });

describe("decide, extract, quote and who stages on a thirty-second unseen article set", () => {
  it("decide: a body asked by its short form did what its long name did ('the Nord': 'The Nordic Reserve raised')", () => {
    expect(core.ask("when did the nord raise rates").answer).toMatch(/^Thursday/);
  });

  it("decide: a cost set off by dashes is its noun's ('rescue kits -- costing roughly $3.10')", () => {
    expect(core.ask("how much did a rescue kit cost").answer).toMatch(/^\$3\.10/);
  });

  it("extract: a time alone before a comma dates the clause after it ('by 1971, Parliament stopped …, and in 1982, that office was … disbanded')", () => {
    expect(core.ask("when did parliament stop funding the plan").answer).toMatch(/^1971/);
    expect(core.ask("when was the office disbanded").answer).toMatch(/^1982/);
  });

  it("quote: a name in the possessive is no speaker, nor the 'she' who speaks next", () => {
    expect(core.ask("what did penn say about the rate decision").declined).toBeTruthy();
    expect(core.ask("what did welk say").answer).toMatch(/inauguration/);
  });

  it("understand: 'what jobless rate does X expect' asks a percentage", () => {
    expect(core.ask("what jobless rate does the bank expect").answer).toMatch(/^5\.5 percent/);
  });

  it("who: 'who did X trade Y to' is answered by the name after 'to', and only so", () => {
    expect(core.ask("who did the gulls trade rafe tolland to").answer).toMatch(/^Blue Herons/);
    expect(core.ask("who did the gulls trade ivo marsh to").declined).toBeTruthy();
  });
});
