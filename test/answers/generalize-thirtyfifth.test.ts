import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load.js";
import { sentenceSpans } from "../../src/corpus/text.js";
import { buildKnowledge } from "../../src/index/knowledge.js";
import { silentLogger } from "../../src/log.js";
import { tempDir, testCore } from "../helpers.js";

// A thirty-fifth invented set: a study of office heating, a vote count. None of its names or phrases is in
// the bundled corpus. Each test names the stage it pins; each failed on the code before it.
const desk = tempDir();
writeFileSync(
  join(desk, "study.md"),
  `---\ntitle: Why your office is too cold\npublished: 2015-08-03\n---\n` +
    `Lorn says this model may overestimate a woman’s metabolic rate by up to 28 percent.\n\n` +
    `Offices pick the Lorna Plus plan for their chairs.\n`,
);
writeFileSync(
  join(desk, "tally.md"),
  `---\ntitle: A strange tally\npublished: 2016-12-20\n---\n` +
    `On the day, Ada Marr earned 306 council votes to Ivo Penn's 232, but it was not that simple.\n\n` +
    `In the assembly, Lia Dorn's party won 41 seats to Oskar Brandt's 38.\n\n` +
    `Days later, Marr’s incoming chief of staff Oren Tafel said the count was fair.\n\n` +
    `In Tarsk, a state Penn won by 16 points, the former minister received just eight of the state's 12 council votes. Others backed someone other than Marr.An elector in Tarsk tried to cast a ballot for Rosalind Baker, who lost the primary.\n`,
);
const { core } = testCore({ CORPUS_DIR: desk });

describe("understand, extract and corpus stages on a thirty-fifth unseen article set", () => {
  it("extract: a modal after 'how much' counts nothing ('how much might the model overestimate')", () => {
    expect(core.ask("how much might the model overestimate a womans metabolic rate").answer).toMatch(/^up to 28 percent/);
  });

  it("extract: the figure right after the asked name's possessive is theirs ('to Oskar Brandt's 38')", () => {
    expect(core.ask("how many seats did brandt win").answer).toMatch(/^38\b/);
  });

  it("extract: asked what someone got, the part ('eight of the state's 12'), not the whole; asked what there is, the whole", () => {
    expect(core.ask("how many council votes did penn get in tarsk").answer).toMatch(/^eight\b/);
    expect(core.ask("how many council votes does tarsk have").answer).toMatch(/^12\b/);
  });

  it("corpus: a full stop with no space after a capitalized word ends a sentence ('Marr.An elector'), a title's abbreviation does not ('Gov.Abbott')", () => {
    const text = "Others backed someone other than Marr.An elector in Tarsk voted. Then Gov.Abbott spoke.";
    const sentences = sentenceSpans(text, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end));
    expect(sentences[0]).toBe("Others backed someone other than Marr.");
    expect(sentences.some((s) => s.includes("Gov.Abbott"))).toBe(true);
  });

  it("entities: an office WordNet knows as 'X of Y' before a name is a role ('incoming chief of staff Oren Tafel')", () => {
    expect(core.ask("who is oren tafel").answer).toMatch(/^Oren Tafel: incoming chief of staff/);
  });

  it("entities: a given name no dictionary has, mid-sentence, before a capitalized English word is a person ('Rosalind Baker')", () => {
    const kb = buildKnowledge(loadCorpus(desk), null, silentLogger());
    expect(kb.entities.find((e) => e.name === "Rosalind Baker")?.kind).toBe("person");
    // Not one that modifies a noun after it, nor one whose word is an adjective ("the Lorna Plus plan").
    expect(kb.entities.some((e) => e.name === "Lorna Plus")).toBe(false);
  });
});
