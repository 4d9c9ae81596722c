import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir, testCore } from "../helpers.js";

// A twenty-ninth invented set: a usage survey, a drawing of a singer, a health campaign, a trade.
// None of its names or phrases is in the bundled corpus. Each test names the stage it pins; each
// failed on the code before it.
const desk = tempDir();
writeFileSync(
  join(desk, "survey.md"),
  `---\ntitle: Kite's Orbix share ticks up\npublished: 2019-06-02\n---\n` +
    `For last month, the percentage of Kite users running Orbix (according to the yearly Kite Poll) rose to 1.4%, or a 0.1% increase over March.\n\n` +
    `Among Kite users, Orbix posted a 0.2% rise in May, reaching 2.5%.\n\n` +
    `The share has grown since Kite began allowing many older games to run on Orbix last year.\n`,
);
writeFileSync(
  join(desk, "drawing.md"),
  `---\ntitle: A drawing of Tessa Lark draws anger\npublished: 2016-10-03\n---\n` +
    `A few months ago, Ivo Brann, a 17-year-old artist from Varn, drew this image of Tessa Lark as a mermaid.\n\n` +
    `Lark said the drawing was not how her body looks.\n`,
);
writeFileSync(
  join(desk, "campaign.md"),
  `---\ntitle: A grim health advert angers viewers\npublished: 2021-07-11\n---\n` +
    `There will be a new advertisement running from the health board tonight.\n\n` +
    `"It is meant to shock. And it will be running in Osk," the chief officer said.\n\n` +
    `An advert has been published for Osk residents, and viewers are uneasy.\n\n` +
    `It shows a woman in hospital on a ventilator.\n\n` +
    `"A girl about the same age as the actor in the ad is in hospital in Osk," a doctor said.\n`,
);
writeFileSync(
  join(desk, "trade.md"),
  `---\ntitle: The Gulls trade for Rory Dane\npublished: 2016-12-06\n---\n` +
    `Rory Dane, three years, $38 million (including option years)\n\n` +
    `Milo Stroud rediscovered his form in the bullpen.\n\n` +
    `He’ll make $13.5 million this year, and he should get a chance to start.\n\n` +
    `Of the two billionaire owners, only Lena Sorvik will be on stage at the draft.\n`,
);
const { core } = testCore({ CORPUS_DIR: desk });

describe("understand, decide and extract stages on a twenty-ninth unseen article set", () => {
  it("decide: a passage telling the act as to come ('will be running in Osk') is not passed over for one that covers less of the question ('allowing games to run on Orbix')", () => {
    const a = core.ask("where will the ad be running");
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^Osk\b/);
  });

  it("extract: an age in an apposition is the name's before it ('Ivo Brann, a 17-year-old artist'), not another person's the sentence names", () => {
    expect(core.ask("how old is tessa lark").answered).toBe(false);
    expect(core.ask("how old is ivo brann").answer).toMatch(/^17\b/);
    expect(core.ask("how old is the artist").answer).toMatch(/^17\b/);
  });

  it("understand: 'how much did X make' asks the act of earning, which a passage must state: a contract's sum answers no year's pay", () => {
    const a = core.ask("how much did rory dane make last year");
    expect(a.answered).toBe(false);
    expect(a.declined).toMatch(/^predicate_absent: make/);
    expect(core.ask("how much does milo stroud make").answer).toMatch(/^\$13\.5 million/);
  });

  it("extract: a figure qualified as a change ('a 0.2% rise') is not the level asked, unless a change is asked", () => {
    expect(core.ask("what percent of kite users have orbix").answer).toMatch(/^2\.5%/);
    expect(core.ask("how much did orbix rise in may").answer).toMatch(/^0\.2%/);
  });

  it("extract: an aside in brackets ends no clause: the asked verb before it ('users running Orbix (according to …) rose to 1.4%') owns the figure after it", () => {
    expect(core.ask("what share of kite users run orbix").answer).toMatch(/^1\.4%/);
  });

  it("understand: 'what does X show' asks the showing, a word of asking elsewhere ('show me'): the passage that shows is the answer", () => {
    expect(core.ask("what does the health ad show").answer).toMatch(/a woman in hospital/);
  });

  it("decide: 'who is the actor in the ad', a kind of person then where, is answered only by a name set equal to it; a passage naming none declines", () => {
    expect(core.ask("who is the actor in the health ad").answered).toBe(false);
    expect(core.ask("who is the artist from varn").answer).toMatch(/^Ivo Brann/);
  });

  it("who: a kind of person then where ('the billionaire on stage') is still told by who the passage says is there", () => {
    expect(core.ask("who is the billionaire on stage").answer).toMatch(/^Lena Sorvik/);
  });

  it("normalize: a country typed in lower case whose rare verb is spelled the same ('japan') is still a name: one the articles never write declines", () => {
    const a = core.ask("what is the orbix share in japan");
    expect(a.answered).toBe(false);
    expect(a.declined).toMatch(/Japan/);
  });
});
