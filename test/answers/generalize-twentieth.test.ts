import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir, testCore } from "../helpers.js";

// A twentieth invented set: a prosecution dropped abroad, an advertising row and a record-label feud.
// None of its names or phrases is in the bundled corpus. Each test names the stage it pins; each failed
// on the code before it.
const desk = tempDir();
writeFileSync(
  join(desk, "inquiry.md"),
  `---\ntitle: Prosecutors drop the Varn inquiry\npublished: 2021-07-01\n---\n` +
    `The 51-year-old Dutchman was evicted in May.\n\n` +
    `Deputy Director of Public Prosecution Ilse Marten took the decision, the Prosecution Authority said.\n\n` +
    `Orla Brisk, Northern Broadcasting legal correspondent\n\n` +
    `The inquiry had stalled, but it was re-opened while Tomas Varn denied everything.\n`,
);
writeFileSync(
  join(desk, "adverts.md"),
  `---\ntitle: Ad agencies split on the fentanyl campaign\npublished: 2021-07-02\n---\n` +
    `The campaign has drawn mockery, but Nadia Kell’s response was concern.\n\n` +
    `Kell is the CEO of KLM Partners, the Tarrow branding firm behind the state's opioid campaign.\n\n` +
    `The campaign did not appeal to Rhea Voss, Tarrow County Department of Health public information officer, she said.\n`,
);
writeFileSync(
  join(desk, "label.md"),
  `---\ntitle: Singer and label feud\npublished: 2021-07-03\n---\n` +
    `In the midst of the feud with her label, Orvel Records, Dane Holt, 41 – who reps the likes of Ama Sen – has tried to call Lira Fay, 27, without luck.\n\n` +
    `“Since Lira's decision to leave Orvel Records last fall, we have honored all of her requests,” the label said.\n\n` +
    `Holt bought the Harrow catalogue in the summer of 2018.\n`,
);
const { core } = testCore({ CORPUS_DIR: desk });

describe("entity and figure stages on a twentieth unseen article set", () => {
  it("figures: an age set off by a dash after a name ('Dane Holt, 41 – who reps…') is that name's, not the next one's", () => {
    expect(core.ask("how old is dane holt").answer).toMatch(/^41\b/);
    expect(core.ask("how old is lira fay").answer).toMatch(/^27\b/);
  });

  it("entities: a role told by 'is' right after a surname ('Kell is the CEO of KLM Partners')", () => {
    expect(core.ask("who is nadia kell").answer).toMatch(/^Nadia Kell: the CEO of KLM Partners/);
  });

  it("entities: an office after a name may open with the body's capitalized name ('Tarrow County Department of Health public information officer')", () => {
    expect(core.ask("who is rhea voss").answer).toMatch(/^Rhea Voss: Tarrow County Department of Health public information officer/);
  });

  it("entities: a name with its employer and a noun for a kind of person after it, on a line of its own ('Orla Brisk, Northern Broadcasting legal correspondent')", () => {
    expect(core.ask("who is orla brisk").answer).toMatch(/^Orla Brisk: Northern Broadcasting legal correspondent/);
  });

  it("rank and decide: a season told as a date ('last fall'), by the asked person's given name ('Lira's decision to leave')", () => {
    expect(core.ask("when did fay leave orvel records").answer).toMatch(/^last fall\b/);
    expect(core.ask("when did holt buy the harrow catalogue").answer).toMatch(/^in the summer of 2018\b|^the summer of 2018\b|^summer of 2018/);
  });
});
