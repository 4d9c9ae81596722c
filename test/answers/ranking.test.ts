import { describe, expect, it } from "vitest";
import { testCore } from "../helpers.js";

/**
 * Ranking regression set (after MiniSearch's): each question pins the document and a piece of the
 * sentence that must be quoted first. A change that moves one must say why in its commit.
 */
const PINNED: Array<{ q: string; doc: string; top: string; answer?: RegExp }> = [
  { q: "who announced a lawsuit against Schaaf", doc: "000_0f826b3af0179fcb", top: "announcement of a lawsuit against Schaaf", answer: /Jeff Sessions/ },
  { q: "what did Trump ask his attorney general to do", doc: "000_0f826b3af0179fcb", top: "to prosecute her" },
  { q: "what did the Oakland City Council resolution forbid", doc: "002_9ebc6bf3b9eb3a8c", top: "forbidding the Oakland Police Department" },
  { q: "when was the Oakland resolution passed", doc: "002_9ebc6bf3b9eb3a8c", top: "passed unanimously by the council on Tuesday", answer: /^Tuesday/ },
  { q: "how many immigrants does ICE want to arrest in upcoming raids", doc: "002_9ebc6bf3b9eb3a8c", top: "1,500 immigrants", answer: /^1,500/ },
  // Speaker attribution: "called" is a speech verb of the shared lexicon, so his first attributed words lead.
  { q: "what did de Blasio say", doc: "003_7eba275eeb4bf9d5", top: "racist assault on our immigrant communities" },
  { q: "what did Garcetti say about the LAPD", doc: "003_7eba275eeb4bf9d5", top: "not the responsibility of the LAPD" },
  { q: "what happened at MacArthur Park", doc: "004_a08daa0a3a9e6966", top: "federal agents marched through the park" },
  { q: "what will the new directive prohibit", doc: "004_a08daa0a3a9e6966", top: "prohibit the use of urban resources" },
  { q: "how many cities are sanctuary cities", doc: "003_7eba275eeb4bf9d5", top: "23 cities have come out as sanctuary cities", answer: /^23/ },
  { q: "what did Kaplan say ICE is targeting", doc: "002_9ebc6bf3b9eb3a8c", top: "intentionally targeting non-criminals" },
  { q: "how many residents of LA are undocumented", doc: "003_7eba275eeb4bf9d5", top: "one in 10 residents" },
];

const { core } = testCore();

describe("ranking", () => {
  it.each(PINNED)("$q", ({ q, doc, top, answer }) => {
    const a = core.ask(q);
    expect(a.answered).toBe(true);
    expect(a.sources[0].doc).toBe(doc);
    expect(a.sources[0].quote).toContain(top);
    if (answer) expect(a.answer).toMatch(answer);
  });
});
