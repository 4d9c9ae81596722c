import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir, testCore } from "../helpers.js";

// A thirty-third invented set: a streaming deal, a team's owners, a producer's interview. None of its names
// or phrases is in the bundled corpus. Each test names the stage it pins; each failed on the code before it.
const desk = tempDir();
writeFileSync(
  join(desk, "streaming.md"),
  `---\ntitle: Why Orvane is betting on streamed games\npublished: 2017-01-09\n---\n` +
    `Despite forays into hardware, streaming is the core of Orvane's gaming push. In 2014, the company purchased streaming leader Flick in 2014 for $610 million. The Flick unit then purchased agency Goodwin. Research firm Datax estimates that Flick generated roughly $1 billion in 2016 sales for Orvane.\n\n` +
    `Flick estimates that over half of Flick users spend more than 20 hours a week on the service.\n`,
);
writeFileSync(
  join(desk, "owners.md"),
  `---\ntitle: Tomas Reeve in the shadow of his father Arne\npublished: 2017-01-12\n---\n` +
    `Tomas Reeve already wears three hats for the Gulls.\n\n` +
    `“Our arena is halfway between the river and the airport,” says Tomas, 52, as the Gulls’ heir takes to the air. It made sense for Arne Reeve, the Gulls’ owner and Tomas’s father, to buy a helicopter.\n\n` +
    `As a nine-year-old, the bow-tied Arne would stand at the door of his father’s store.\n\n` +
    `While the old man, now 74, is known as the visionary—“Arne sees around corners,” says a former coach—Tomas is the details guy.\n`,
);
writeFileSync(
  join(desk, "producer.md"),
  `---\ntitle: Gil Marren knows the secret of hero TV\npublished: 2016-09-07\n---\n` +
    `Hero shows are having a moment, thanks largely to producer Gil Marren. Simply put, Marren’s shows are fun in a way the films are not. Here, the 44-year-old explains his approach.\n`,
);
const { core } = testCore({ CORPUS_DIR: desk });

describe("decide and extract stages on a thirty-third unseen article set", () => {
  it("decide: a passage stating the asked verb ('purchased') before one stating it only otherwise ('generated $1 billion')", () => {
    expect(core.ask("when did orvane buy flick").answer).toMatch(/^2014/);
    expect(core.ask("how much did orvane pay for flick").answer).toMatch(/^\$610 million/);
  });

  it("decide: what something made is stated by a verb of takings before a sum ('generated roughly $1 billion')", () => {
    expect(core.ask("how much did flick make in 2016").answer).toMatch(/^\$1 billion/);
  });

  it("extract: an age set off after a name is that name's; an age 'as a nine-year-old' is one once; 'the old man, now 74,' is one", () => {
    expect(core.ask("how old is arne reeve").answer).toMatch(/^74\b/);
    expect(core.ask("how old is tomas reeve").answer).toMatch(/^52\b/);
  });

  it("rank: 'Here, the 44-year-old explains' goes on about the one named before it", () => {
    expect(core.ask("how old is gil marren").answer).toMatch(/^44\b/);
  });

  it("extract: a fraction of a thing ('over half of Flick users') is no count of it", () => {
    expect(core.ask("how many users does flick have").declined).toBeTruthy();
  });
});
