import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir, testCore } from "../helpers.js";

// A fifteenth invented article, a report on a clinic offered to detained travelers and a harbor
// board: none of its names or phrases is in the bundled corpus. Each test names the stage or feature
// it pins; each failed on the code before it.
const desk = tempDir();
writeFileSync(
  join(desk, "clinic.md"),
  `---\ntitle: Nurses offer a free clinic to detained travelers\npublished: 2021-10-12\n---\n` +
    `In a Sept. 14 letter, the nurses pleaded with the port authority to reconsider its refusal despite the deaths of at least two kids in port custody during the 2020 storm season.\n\n` +
    `The nurses said that based on an estimated 40,000 kids held at the port in the past three years, the two deaths of detained kids are six times higher than the expected rate.\n\n` +
    `In July, the port authority announced that it would not be opening clinics at its holding piers.\n\n` +
    `The nurses wrote to Dara Velin, who was the acting director of the Port Authority and Oskar Brandt, the Harbor Works and Canals commissioner, about the piers.\n\n` +
    `Velin resigned and Tobin Gale has been named new Port Authority acting director.\n\n` +
    `A judge last month refused to delay the port hearing, which is scheduled to take place at the Varno courthouse in March.\n\n` +
    `The board meets ahead of its 2022 session that starts in early February.\n`,
);
const { core } = testCore({ CORPUS_DIR: desk });

describe("figure, date, decide and entity stages on a fifteenth unseen article", () => {
  it("dates: a sentence may open with its date in capitals ('In July, the port authority announced')", () => {
    const a = core.ask("when did the port authority announce it wouldnt open clinics");
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^In July\b/);
  });

  it("dates: a date the question itself names is what it asks about, not its answer ('the 2022 session')", () => {
    expect(core.ask("when does the 2022 session start").answer).toMatch(/^early February\b/);
  });

  it("dates: asked 'when is', a date pointing back ('last month') tells of something before, when the sentence has another", () => {
    expect(core.ask("when is the port hearing").answer).toMatch(/^in March\b/);
  });

  it("decide: a date written before the noun asked about dates it for a verb of making or sending ('a Sept. 14 letter')", () => {
    const a = core.ask("when was the nurses letter sent");
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^Sept\. 14\b/);
  });

  it("figures: a multiplier is told whole ('six times higher'), not as a bare number", () => {
    expect(core.ask("how much higher is the death rate for detained kids").answer).toMatch(/^six times higher\b/);
  });

  it("decide and figures: a noun asked in the plural is said by a synonym of its singular, in an irregular plural too ('children' for 'kids'); a count of people who died is the count of deaths", () => {
    const a = core.ask("how many children died in port custody during the 2020 storm season");
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^at least two\b/);
  });

  it("entities: a role ends before 'and' and the next person named; an office set after a name may have five words before its title ('the Harbor Works and Canals commissioner')", () => {
    expect(core.ask("who is dara velin").answer).toMatch(/^Dara Velin: the acting director of the Port Authority\.$/);
    expect(core.ask("who is oskar brandt").answer).toMatch(/^Oskar Brandt: the Harbor Works and Canals commissioner\.$/);
  });

  it("entities and understand: a name 'named' or 'appointed' to an office is a person holding it; a participle before a title is part of the office ('acting director'), not the verb asked", () => {
    expect(core.ask("who is tobin gale").answer).toMatch(/^Tobin Gale: new Port Authority acting director\.$/);
    expect(core.ask("whos the new port authority acting director").answer).toMatch(/^Tobin Gale\b/);
  });
});
