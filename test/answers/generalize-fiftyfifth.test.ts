import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir, testCore } from "../helpers.js";

// A fifty-fifth invented set, for the failures of the held-back set q88 (a long-form profile of a
// forgotten novelist). None of its names or phrases is in the bundled corpus.
const desk = tempDir();
writeFileSync(
  join(desk, "novelist.md"),
  `---\ntitle: The Return of the Best Novelist You Never Read\npublished: 2019-11-15\n---\n` +
    `“Every book held a puzzle,” said Ruth Kessel, one of his editors at Brightwater.\n\n` +
    `Ivo Brand wrote eleven novels, and every one of them is out of print.\n\n` +
    `According to Paul Orme, shortly before Brand’s death, his agent Vera Lund “was beginning to vanish” from the trade.\n\n` +
    `In his final years, he worked on a huge novel, over 90,000 words long, titled Facets.\n`,
);
const { core } = testCore({ CORPUS_DIR: desk });

describe("entity, which and figures stages on a fifty-fifth unseen article set", () => {
  it("entities: a role set off after a name may open with 'one of' ('Ruth Kessel, one of his editors at Brightwater')", () => {
    expect(core.ask("who is ruth kessel").answer).toMatch(/^Ruth Kessel: one of his editors at Brightwater\b/);
  });

  it("which: someone's relation by a noun that is a person in its second sense ('his agent Vera Lund')", () => {
    expect(core.ask("who was brands agent").answer).toMatch(/^Vera Lund\b/);
  });

  it("figures: a text is long in words, and 'over' before a figure is its bound", () => {
    expect(core.ask("how long was facets").answer).toMatch(/^over 90,000 words\b/);
  });
});
