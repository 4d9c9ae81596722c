import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir, testCore } from "../helpers.js";

// A fortieth invented set, for the failures of the held-back set q66 (coal, a whale study, debt relief).
// None of its names or phrases is in the bundled corpus.
const desk = tempDir();
writeFileSync(
  join(desk, "copper.md"),
  `---\ntitle: Velmar's copper belt loses its shine\npublished: 2016-12-20\n---\n` +
    `Velmar copper production peaked in 2008 at 447 tons, declining to 312 tons in 2015.\n\n` +
    `Kestrel Basin copper trades at about $9 per pound, compared with about $40 for Orrin Valley copper, even after shipping costs.\n\n` +
    `In a paper published in the Review of the Northern Mining Society, Tomas Lenk wrote that the belt would shrink.\n\n` +
    `Lenk expects a barrage of lawsuits from mining unions and tenant groups, who are suing to stop the new mine.\n\n` +
    `Many think of Orrin and Tallis as copper country, but Velmar alone produced 40 percent of the nation's copper in 2014.\n`,
);
writeFileSync(
  join(desk, "tweet.md"),
  `---\ntitle: Governor Ada Quill advises Kestrel\npublished: 2019-04-15\n---\n` +
    `Twitter erupted Monday morning when Governor Ada Quill shared her branding expertise with Kestrel, after Orrin Air cancelled its flights.\n\n` +
    `“What do I know about branding, maybe nothing,” Quill simpered in a morning tweet.\n\n` +
    `“But if I were Kestrel, I would FIX the Kestrel K9 and REBRAND the plane with a new name,” she advised.\n\n` +
    `Quill’s tweet:\n\n` +
    `What do I know about branding, maybe nothing, but if I were Kestrel, I would FIX the Kestrel K9.\n\n` +
    `— Ada J. Quill (@adaquill) April 15, 2019\n`,
);
const { core } = testCore({ CORPUS_DIR: desk });

describe("decide, extract and who stages on a fortieth unseen article set", () => {
  it("understand and decide: when someone tweeted is an act with a date, told by the medium and a verb of sharing ('Twitter erupted Monday morning when … shared')", () => {
    expect(core.ask("when did quill tweet about kestrel").answer).toMatch(/^Monday morning\b/);
  });

  // "she" is the person named last, and "Ada J. Quill" (the post's signature) is Ada Quill: two entries would split her quotes.
  it("speakers and entities: a quote's speaker is whoever stands after its closing comma with a verb in the past ('”, Quill simpered', '”, she advised'); a name with a middle initial is the person written without it", () => {
    expect(core.ask("what did quill say kestrel should do").answer).toMatch(/REBRAND the plane/);
  });

  it("decide: the act's noun built on the verb's root states it ('copper production … declining to 312 tons in 2015' for produce)", () => {
    expect(core.ask("how much copper did velmar produce in 2015").answer).toMatch(/^312\b/);
  });

  it("decide: a price of the asked thing ('Kestrel Basin copper trades at about $9') states its cost, whatever other costs the sentence names", () => {
    expect(core.ask("how much does kestrel basin copper cost").answer).toMatch(/^\$9\b/);
  });

  it("extract: a place's name may join its words by 'of the' ('the Review of the Northern Mining Society')", () => {
    expect(core.ask("where was the paper published").answer).toMatch(/^the Review of the Northern Mining Society\b/);
  });

  it("who: a plural phrase after a preposition whose relative clause states the asked verb ('from mining unions and tenant groups, who are suing to stop')", () => {
    expect(core.ask("who is suing to stop the mine").answer).toMatch(/^mining unions and tenant groups\b/);
  });

  it("decide: a verb whose subject is another name, a stressing word between ('Velmar alone produced'), is not said of the one asked", () => {
    expect(core.ask("how much copper did tallis produce in 2014").declined).toBeTruthy();
  });
});
