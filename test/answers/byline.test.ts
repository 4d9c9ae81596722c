import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { createCore } from "../../src/core.js";
import { cleanByline, inferByline } from "../../src/corpus/meta.js";
import { silentLogger } from "../../src/log.js";
import { ROOT, tempDir } from "../helpers.js";

/** Two invented articles: one ingested (its byline in the front-matter), one plain text with a "By" line. */
function bylineCore() {
  const dir = tempDir();
  mkdirSync(join(dir, "corpus"));
  writeFileSync(
    join(dir, "corpus", "ferry.md"),
    "---\ntitle: Harbor ferry returns after a decade\npublished: 2024-05-02\nsource: Harbor Gazette\nbyline: Ana Ruiz\n---\nThe harbor ferry sailed again on Tuesday after ten years in dry dock.\nMayor Tom Reed wrote the letter that saved the ferry.\n",
  );
  writeFileSync(join(dir, "corpus", "mill.txt"), "Mill closes after 112 years\n\nBy Maria Lopez\n\nThe Harlow paper mill closed on Monday, its owner said.\n");
  return createCore(loadConfig({}, { CORPUS_DIR: join(dir, "corpus"), DATA_DIR: join(dir, "data"), PROMPTS_DIR: join(ROOT, "prompts") }), silentLogger());
}

describe("who wrote the article: the byline of the article the question names", () => {
  const core = bylineCore();

  it("names the writer of the article whose site, title or text the question names, citing its opening sentence", () => {
    const a = core.ask("who wrote the gazette article");
    expect(a).toMatchObject({ answered: true, intent: "who", answer: 'Ana Ruiz, by the byline of "Harbor ferry returns after a decade" (Harbor Gazette, 2024-05-02).' });
    expect(a.sources[0].quote).toBe("The harbor ferry sailed again on Tuesday after ten years in dry dock.");
    expect(core.ask("whos the author of the story about the paper mill").answer).toMatch(/^Maria Lopez, by the byline of "Mill closes after 112 years"/);
  });

  it("answers who wrote something the article mentions from its text, not its byline", () => {
    expect(core.ask("who wrote the letter that saved the ferry").answer).toMatch(/^Tom Reed\b/);
  });

  it("reads a byline from a 'By' line before the story, and cleans one a page ran a date into", () => {
    const line = "By Sarah Archer";
    expect(inferByline(line, [{ start: 0, end: line.length }])).toBe("Sarah Archer");
    const posted = "Posted by on January 18, 2018";
    expect(inferByline(posted, [{ start: 0, end: posted.length }])).toBeNull();
    expect(cleanByline("Lucas Nolan22 Dec 2016651")).toBe("Lucas Nolan");
    expect(cleanByline("By Jeffrey Gettleman")).toBe("Jeffrey Gettleman");
    // AP's byline block holds the names and the agency in two divs, whose text Readability joins without a space.
    expect(cleanByline("By DANICA KIRKA and JILL LAWLESSAssociated Press")).toBe("DANICA KIRKA and JILL LAWLESS, Associated Press");
    expect(cleanByline("Frank McDONALD")).toBe("Frank McDONALD");
    expect(cleanByline("Updated Jan. 5, 2019")).toBeNull();
  });
});
