import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expectDeclined, tempDir, testCore } from "../helpers.js";

// A sixteenth invented article, on an outbreak, a retailer's quarter and a film: none of its
// names or phrases is in the bundled corpus. Each test names the stage or feature it pins; each
// failed on the code before it.
const desk = tempDir();
writeFileSync(
  join(desk, "fever.md"),
  `---\ntitle: Third death linked to Vorn Valley Fever\npublished: 2019-11-19\n---\n` +
    `Kessa health officials are reporting a third death linked to Vorn Valley Fever.\n\n` +
    `Cases of Vorn Valley Fever first appeared in North Kessa at the end of June.\n\n` +
    `Dr. Amal Sorre of the Kessa Department of Health says the risk continues.\n\n` +
    `The spraying campaign cost the county roughly $120,000, according to the Kessa Ledger.\n`,
);
writeFileSync(
  join(desk, "mart.md"),
  `---\ntitle: Harbor Mart sales miss\npublished: 2019-11-19\n---\n` +
    `Dow component Harbor Mart reported third-quarter earnings that topped estimates as revenue fell short, sending shares lower.\n\n` +
    `Analysts had expected more.\n\n` +
    `The chain has 400 stores.\n\n` +
    `The home-goods retailer earned $3.1 billion in the third quarter.\n\n` +
    `Harbor Mart shares are up 21 percent this year while the S&P 500 is up 14.5 percent.\n\n` +
    `Ferries left the harbor at dawn.\n`,
);
writeFileSync(
  join(desk, "film.md"),
  `---\ntitle: Kessa film approved\npublished: 2019-11-19\n---\n` +
    `The fourth Kessa film was greenlit in 2016, with reports that it would be released by a new studio.\n`,
);
const { core } = testCore({ CORPUS_DIR: desk });

describe("normalize, figure, date and decide stages on a sixteenth unseen article", () => {
  it("decide: a verb asked as a phrasal verb is stated by what it means ('show up': appeared)", () => {
    const a = core.ask("when did the fever first show up in north kessa");
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^the end of June\b/);
  });

  it("normalize: a common word typed before the word it always opens a name with is that name's ('harbor mart': Harbor Mart), so a passage that calls it otherwise ('The home-goods retailer') lacks no word asked", () => {
    const a = core.ask("how much did harbor mart earn in q3");
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^\$3\.1 billion\b/);
  });

  it("figures: a number after initials joined by '&' is part of a name ('the S&P 500 is up'), no figure", () => {
    expect(core.ask("how much is the s&p up").answer).toMatch(/^14\.5 percent\b/);
  });

  it("doer: asked who reported something, the source the passage cites for it ('according to the Kessa Ledger'); 'according to' states reporting", () => {
    const a = core.ask("who reported the cost of the spraying campaign");
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^the Kessa Ledger\. From/);
  });

  it("entities: with no role stated, the body a person is 'of' is who they are ('Dr. Amal Sorre of the Kessa Department of Health')", () => {
    expect(core.ask("who is amal sorre").answer).toBe("Amal Sorre: Kessa Department of Health.");
  });

  it("dates: 'when will' is not told by a year before the article's own ('greenlit in 2016' in a 2019 article)", () => {
    expectDeclined(core, "when will the fourth kessa film be released", /./);
  });
});
