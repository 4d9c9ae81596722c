import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir, testCore } from "../helpers.js";

// A forty-fourth invented set, for the failures of the held-back set q75 (a weekly address and a
// government office's notice of its web archive). None of its names or phrases is in the bundled corpus.
const desk = tempDir();
writeFileSync(
  join(desk, "address.md"),
  `---\ntitle: 'Weekly Address: Free Trade School'\npublished: 2015-04-11\n---\n` +
    `Those with a trade certificate earn 30% more than folks who left school at sixteen.\n\n` +
    `For example, you can go to a 12-week welding course and become a welder making up to $65,000 a year.\n\n` +
    `Many towns in the region share the gains of new trade schools.\n\n` +
    `The plan is no give-away. Towns must contribute land and hold trade schools accountable for the results.\n\n` +
    `If the first year is free, the cost of a trade certificate will be cut in half for many families.\n\n` +
    `Some people see an average pilot making $9 million a year and think it is unfair, because airline pilots are "just driving a bus."\n`,
);
writeFileSync(
  join(desk, "archive.md"),
  `---\ntitle: 'The Velland Office Digital Transition'\npublished: 2017-01-17\n---\n` +
    `The Velland Office website – which includes press notes and photos – will be available at VellandArchive.gov, a site maintained by the Records Trust of Velland, beginning on January 20, 2017.\n\n` +
    `@Chancellor on Twitter will be archived at @Chancellor9.\n\n` +
    `Instagram.com/Deputy will be archived at Instagram.com/Deputy9.\n`,
);
const { core } = testCore({ CORPUS_DIR: desk });

describe("figures, extract and who stages on a forty-fourth unseen article set", () => {
  it("figures: 'how much more' asks a difference, which a rate tells ('earn 30% more')", () => {
    expect(core.ask("how much more do people with a trade certificate earn").answer).toMatch(/^30%/);
  });

  it("figures: a change 'in half' is a share of the whole, told with its preposition", () => {
    expect(core.ask("how much would the cost of a trade certificate be cut").answer).toMatch(/^in half\b/);
  });

  it("decide: a light verb states the act when it is the one asked, done by what is asked of ('a welder making up to $65,000')", () => {
    expect(core.ask("how much can a welder make after the course").answer).toMatch(/^up to \$65,000\b/);
  });

  it("decide: a light verb after another noun is that noun's act ('an average pilot making $9 million' tells nothing of owners)", () => {
    expect(core.ask("how much do airline owners make").answer).not.toMatch(/\$9 million/);
  });

  it("rank: 'what must X do' prefers the passage where X is told what it must do ('Towns must contribute land')", () => {
    expect(core.ask("what must towns do under the plan").answer).toMatch(/^\[1\] Towns must contribute land/);
  });

  it("who: the agent of a participle right after its noun ('a site maintained by the Records Trust of Velland')", () => {
    expect(core.ask("who maintains vellandarchive.gov").answer).toMatch(/^the Records Trust\b/);
  });

  it("where: asked of a website, a web address is its place ('available at VellandArchive.gov')", () => {
    expect(core.ask("where will the velland office website be available").answer).toMatch(/^VellandArchive\.gov\b/);
  });

  it("where: asked of an account, a handle and a web address's path are where it goes ('at @Chancellor9', 'at Instagram.com/Deputy9')", () => {
    expect(core.ask("where will @chancellor be archived").answer).toMatch(/^@Chancellor9\b/);
    expect(core.ask("where will the deputy instagram account be archived").answer).toMatch(/^Instagram\.com\/Deputy9\b/);
  });
});
