import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir, testCore } from "../helpers.js";

// An eighteenth invented article pair, a congressional hearing and a signed analysis: none of its names
// or phrases is in the bundled corpus. Each test names the stage it pins; each failed on the code before it.
const desk = tempDir();
writeFileSync(
  join(desk, "hearing.md"),
  `---\ntitle: Lawmakers press the agency on its lander plans\npublished: 2021-05-04\n---\n` +
    `"The plan needs one big rocket," said Rep. Ada Marvell (R-OK), ranking member of the House Harbors Committee, during a hearing last week.\n\n` +
    `Rep. Tomas Lindqvist (D-N.Y.), chairman of the subcommittee, was skeptical.\n`,
);
writeFileSync(
  join(desk, "analysis.md"),
  `---\ntitle: Why the port deal will not last\npublished: 2021-05-05\nbyline: 'Analysis by Pim Odell, senior writer'\n---\n` +
    `The port deal was signed on Monday by the harbor board.\n\n` +
    `Its critics wrote a letter to the board in April.\n`,
);
writeFileSync(
  join(desk, "notice.md"),
  `---\ntitle: Harbor board meets on Friday\npublished: 2021-05-06\nbyline: 'By Ruth Amsel'\n---\n` +
    `The harbor board meets on Friday to discuss the port deal.\n`,
);
writeFileSync(
  join(desk, "health.md"),
  `---\ntitle: What we know about the governor's health\npublished: 2021-05-07\n---\n` +
    `At the time of his checkup, Dr. Ivo Brandt, who was then serving as the governor's physician, advised rest.\n\n` +
    `In 2015, the mayor's longtime attorney, Ana Mollberg, said the suit would fail.\n`,
);
writeFileSync(
  join(desk, "injuries.md"),
  `---\ntitle: Otters injury report\npublished: 2021-05-08\n---\n` +
    `Ideally, Ola Brandvik would come back from his knee injury this week, but when he'll return is still a question mark.\n\n` +
    `It is unclear when the Dray mill will reopen after the fire.\n`,
);
writeFileSync(
  join(desk, "otters.md"),
  `---\ntitle: Otters snap counts for Week 3\npublished: 2021-05-09\n---\n` +
    `Below, we count the snaps on defense for the Vell Otters’ Week 3 game against the Dray Herons.\n\n` +
    `As a defense, the Otters had 9 hits on Ivo Kask.\n`,
);
writeFileSync(
  join(desk, "engine.md"),
  `---\ntitle: Kask rocket engine finished\npublished: 2021-05-10\n---\n` +
    `With its nozzles in place, the Kask core stage will soon be ready for shipment to the nearby Vell Test Center for testing early next year.\n`,
);
writeFileSync(join(desk, "mills.md"), `---\ntitle: Lindenford mill to reopen\npublished: 2021-05-08\n---\nThe Lindenford mill will reopen on June 3.\n`);
const { core } = testCore({ CORPUS_DIR: desk });

describe("entity and byline stages on an eighteenth unseen article", () => {
  it("entities: a role after a party and state in brackets is the name's ('Ada Marvell (R-OK), ranking member of …')", () => {
    expect(core.ask("who is ada marvell").answer).toContain("ranking member of the House Harbors Committee");
    expect(core.ask("who is tomas lindqvist").answer).toContain("chairman of the subcommittee");
  });

  it("resolve: a title word is found written as a word of the same meaning ('doctor': physician, 'lawyer': attorney)", () => {
    expect(core.ask("who was the governors doctor").answer).toMatch(/^Ivo Brandt: the governor's physician/);
    expect(core.ask("who is the mayors lawyer").answer).toMatch(/^Ana Mollberg: mayor's longtime attorney/);
  });

  it("resolve: asked who holds a role now, a role told as held before the article ('then serving as', 'In 2015') does not answer", () => {
    for (const q of ["who is the governor's physician now", "who is the mayor's attorney now"]) {
      const a = core.ask(q);
      expect(a.answered, q).toBe(false);
      expect(a.declined, q).not.toMatch(/unknown_words/);
    }
    expect(core.ask("who was the governor's physician").answer).toMatch(/^Ivo Brandt/);
  });

  it("decide: a passage that says what is asked is not known ('when he'll return is still a question mark', 'it is unclear when … will reopen') gives no answer", () => {
    const back = core.ask("when will ola brandvik return");
    expect(back.answered).toBe(false);
    expect(back.declined).toMatch(/^answer_unknown: return/);
    expect(core.ask("when will the dray mill reopen").answered).toBe(false);
    expect(core.ask("when will the lindenford mill reopen").answer).toMatch(/^June 3\b/);
  });

  it("doer: whom a team played is the side named after 'against' in a passage naming the team ('game against the Dray Herons'), and the other way round", () => {
    expect(core.ask("who did the otters play in week 3").answer).toMatch(/^Dray Herons\. From/);
    expect(core.ask("who did the herons play").answer).toMatch(/^Vell Otters\. From/);
  });

  it("place: the place something goes to for the asked act, after 'the' and an adjective ('shipment to the nearby Vell Test Center for testing')", () => {
    expect(core.ask("where will the kask core stage be tested").answer).toMatch(/^Vell Test Center\. From/);
  });

  it("byline: 'who wrote this analysis', of several articles, is the byline of the one article its byline calls an analysis", () => {
    const a = core.ask("who wrote this analysis");
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^Analysis by Pim Odell, senior writer, by the byline of "Why the port deal will not last"/);
  });
});
