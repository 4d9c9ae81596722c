import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load.js";
import { buildKnowledge } from "../../src/index/knowledge.js";
import { silentLogger } from "../../src/log.js";
import { softAlternatives } from "../../src/answers/soft.js";
import { tempDir } from "../helpers.js";

const dir = tempDir();
writeFileSync(join(dir, "drone.md"), `---\ntitle: Drone lost\npublished: 2021-01-01\n---\nThe survey drone broke apart over the sea after its pilots detained a smuggler.\n\nThe drone weighs 9 pounds and flew 40 kilometers.\n\nThe maker faces a lawsuit with a rival.\n`);
const kb = buildKnowledge(loadCorpus(dir, null), null, silentLogger());

describe("soft match: the words by which an article says the asked relation otherwise", () => {
  it("finds a verb by its irregular form, whose stem is not the lemma's (break: broke)", () => {
    expect(softAlternatives(kb, ["drone", "break"], { predicate: ["break"] }).get("break")).toContain("broke");
  });

  it("keys a verb's derived words by the question's stem of a regular form ('sued', 'suing': su) where it is not the lemma's", () => {
    expect(softAlternatives(kb, ["su", "maker"], { predicate: ["sue"] }).get("su")).toContain("lawsuit");
  });

  it("finds nothing for a verb the article never states in any form", () => {
    expect(softAlternatives(kb, ["drone", "land"], { predicate: ["land"] }).get("land")).toBeUndefined();
  });

  it("finds a scale by its verb ('how heavy': weighs) and by units no other scale lists (pounds), not by shared units ('how long': kilometers)", () => {
    expect(softAlternatives(kb, ["heavi", "drone"], {}).get("heavi")).toEqual(["weigh", "pound"]);
    expect(softAlternatives(kb, ["weigh", "drone"], {}).get("weigh")).toEqual(["pound"]);
    expect(softAlternatives(kb, ["long", "drone"], {}).get("long")).toBeUndefined();
  });
});
