import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir, testCore } from "../helpers.js";

// A twenty-fifth invented set: a map of a moon, a rescued boy, a debate preview. None of its names or
// phrases is in the bundled corpus. Each test names the stage it pins; each failed on the code before it.
const desk = tempDir();
writeFileSync(
  join(desk, "moon.md"),
  `---\ntitle: The First Map of Moon Vessa Just Revealed Some Odd Features\nbyline: Wirewire\n---\n` +
    `Scientists on Monday unveiled the first map of Vessa, a moon of the planet Orrin.\n\n` +
    `"Organics matter for life on Vessa, which many of us think could have formed in its ocean," said planetary geologist Mira Dahl of the Kepp Institute.\n\n` +
    `Vessa is the only moon with stable liquids on its surface, with lakes of methane being major features at its polar regions.\n\n` +
    `Skylark is scheduled to reach Vessa in 2041.\n\n` +
    `Skylark is a rotor drone built to fly through the moon's thick air.\n\n` +
    `Its cabin is divided into two zones of living space.\n\n` +
    `(Reporting by Ana Roe; Editing by Tom Ek)\n`,
);
writeFileSync(
  join(desk, "rescue.md"),
  `---\ntitle: Police rescue a boy in Pell\npublished: 2021-08-02\n---\n` +
    `A video showing the moment a kidnapped 9-year-old Pell boy was rescued by police was released Monday.\n\n` +
    `The suspect, Ivo Stann, was convicted last Thursday.\n\n` +
    `Now that his trial has ended, federal prosecutors in Varn released the body camera footage when officers found the boy in a Pell Hill motel room and arrested Stann.\n\n` +
    `Officers found him buried in a laundry basket where he had been told to hide.\n\n` +
    `Earlier that night, a Pell Hill police sergeant searched the same room but did not find the boy. He was later fired.\n\n` +
    `'We Found Him!' Video Shows Daring Rescue of Kidnapped Boy\n`,
);
writeFileSync(
  join(desk, "debate.md"),
  `---\ntitle: Questions before the 2031 Varn debate\npublished: 2021-08-03\n---\n` +
    `Eight candidates meet in Tarn on Wednesday for the 2031 Varn debate.\n\n` +
    `That is why former Varn Gov. Ida Lund is running for the seat.\n\n` +
    `Four candidates have not yet qualified for the December debate.\n\n` +
    `"We will win," Lund said at a rally in Serrin on Friday.\n`,
);
writeFileSync(
  join(desk, "schools.md"),
  `---\ntitle: Schools to reopen\npublished: 2021-08-04\n---\n` +
    `The mayor will reopen schools in May.\n\n` +
    `Gov. Rolf Pike of Varn will reopen the state's public schools in March.\n\n` +
    `"If Varn puts tariffs on Ostland shoes, Ostland pays nothing," Tom Ek, a senior fellow at the Kell Center, has written.\n\n` +
    `Brell said the tariffs on shoes would end in June.\n`,
);
writeFileSync(
  join(desk, "pages.md"),
  `---\ntitle: What page statistics show\npublished: 2021-08-05\n---\n` +
    `I learned that 31 people, for some reason or another, visited my page in the last week.\n\n` +
    `He learned around 60 people view his page a week.\n\n` +
    `Dana Holt, a data analyst in the Lake District, has spent months on it.\n\n` +
    `“Pages are a diary,” said Lena Moss, a professor at Kell University.\n\n` +
    `“My 12-year-old son has a public page,” one mother said.\n\n` +
    `Pell Pay is the site's new wallet. The headline feature? Real-time earnings for drivers, so they can collect at once.\n`,
);
const { core } = testCore({ CORPUS_DIR: desk });

describe("stages on a twenty-fifth unseen article set", () => {
  it("decide (who): a passage none of whose sentences states the asked act (only its headline does) names no one who did it", () => {
    expect(core.ask("who discovered vessa").declined).toBeTruthy();
  });

  it("extract (who): a verb after a determiner is an adjective ('the moment a kidnapped boy'), its phrase no doer", () => {
    expect(core.ask("who kidnapped the pell boy").answer).not.toMatch(/^A video showing/);
  });

  it("extract (who): a name only after the asked verb ('… released the footage when officers … arrested Stann') is not who did it", () => {
    const answer = core.ask("who released the bodycam footage").answer;
    expect(answer).not.toMatch(/^(?:Ivo )?Stann/);
    expect(answer).toMatch(/^federal prosecutors in Varn\. From/);
  });

  it("index: an abbreviated title is found by its full word ('Gov. Rolf Pike will reopen' for 'the governor')", () => {
    expect(core.ask("when will the governor reopen schools").answer).toMatch(/^in March\. From "Schools to reopen"/);
  });

  it("extract (where): a place told by a common noun whose kind WordNet files as a place ('in a laundry basket', 'at its polar regions')", () => {
    expect(core.ask("where was the boy hiding").answer).toMatch(/^laundry basket\. From/);
    expect(core.ask("where are vessas lakes").answer).toMatch(/^polar regions\. From/);
    // A count of parts places nothing: "divided into two zones".
    expect(core.ask("where is the skylark cabin").answer).not.toMatch(/^two zones/);
  });

  it("extract (where): a named place keeps the kind of place after it ('a Pell Hill motel room')", () => {
    expect(core.ask("where did officers find the boy").answer).toMatch(/^Pell Hill motel room\. From/);
  });

  it("extract (byline): a wire story's credit line names its reporter over an agency's byline", () => {
    const answer = core.ask("who reported the vessa story");
    expect(answer.answer).toMatch(/^Ana Roe, by the credit line of "The First Map of Moon Vessa/);
    expect(answer.sources[0].quote).toBe("(Reporting by Ana Roe; Editing by Tom Ek)");
  });

  it("render: 'what happened to X' quotes the next sentence, which goes on about X by a pronoun", () => {
    const answer = core.ask("what happened to the pell hill sergeant").answer;
    expect(answer).toContain("did not find the boy.");
    expect(answer).toContain("He was later fired.");
  });

  it("extract (which): a line in title case is a headline, its capitals no name ('Video Shows Daring Rescue of Kidnapped Boy')", () => {
    expect(core.ask("what is the boys name").declined).toBeTruthy();
  });

  it("extract (figure): capitals between an age and a person's noun ('a 9-year-old Pell boy') are where the person is from, not someone else's name", () => {
    expect(core.ask("how old was the rescued boy").answer).toMatch(/^9\. From/);
  });

  it("extract (figure): an aside between commas ('31 people, for some reason or another, visited') ends no clause: the figure is the visiting's", () => {
    expect(core.ask("how many people visited my page last week").answer).toMatch(/^31 people\. From/);
  });

  it("decide (where): 'where is X based' is stated by a description beside the name that places them", () => {
    expect(core.ask("where is dana holt based").answer).toMatch(/^the Lake District\. From/);
    expect(core.ask("where does lena moss teach").answer).toMatch(/^Kell University\. From/);
  });

  it("extract (figure): an age owned by someone ('my 12-year-old son') answers a question of that one", () => {
    expect(core.ask("how old is the mothers son").answer).toMatch(/^12\. From/);
  });

  it("render: a passage the writer puts as a question ('The headline feature?') is quoted with the sentence that answers it", () => {
    const answer = core.ask("what is the headline feature of pell pay").answer;
    expect(answer).toContain("The headline feature?");
    expect(answer).toContain("Real-time earnings for drivers");
  });

  it("decide (quote): words asked of a name no one is quoted as ('what did Ostland say') are not another's words that mention it", () => {
    expect(core.ask("what did ostland say about the tariffs").declined).toBeTruthy();
    expect(core.ask("what did brell say about the tariffs").answer).toContain("Brell said the tariffs on shoes would end in June.");
  });

  it("understand: holding an event ('hold the rally') is the event, which a passage tells by its noun ('said at a rally in Serrin')", () => {
    expect(core.ask("where did lund hold the rally").answer).toMatch(/^Serrin\. From/);
  });

  it("decide (when): a month the question names ('the December debate') is not told by a year alone", () => {
    expect(core.ask("when is the december debate").declined).toBeTruthy();
  });

  it("rank: 'X is scheduled to' is a passive, no definition: 'X is a …' defines it", () => {
    expect(core.ask("what is skylark").answer).toContain("Skylark is a rotor drone");
  });
});
