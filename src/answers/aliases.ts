import type { Sentence } from "../corpus/load.js";
import { escapeRegExp } from "../entities/extract.js";

/**
 * "what is the Rukban camp also called", "what is X known as": the thing whose other name is asked.
 *
 * @example otherNameAsked("what is the Rukban camp also called") // "Rukban camp"
 */
export function otherNameAsked(question: string): string | undefined {
  return OTHER_NAME_ASKED.exec(question.trim())?.groups?.thing;
}
const OTHER_NAME_ASKED = /^what(?:'s|\s+(?:is|was|are|were))\s+(?:the\s+)?(?<thing>.+?)\s+(?:also\s+|otherwise\s+|sometimes\s+|better\s+)?(?:called|known\s+as|nicknamed|dubbed)\??$/i;

/**
 * The other name a passage gives a thing right after naming it: "The Rukban camp, also known as the
 * Berm, is located …" gives "the Berm"; "Hoa Lo prison, dubbed the “Hanoi Hilton”" gives "Hanoi Hilton".
 */
export function otherNameIn(passages: Sentence[], thing: string): { name: string; sentence: Sentence } | null {
  const pattern = new RegExp(`\\b${escapeRegExp(thing)}\\b,?\\s+(?:\\([^)]{0,40}\\)\\s+)?(?:also\\s+|otherwise\\s+|better\\s+|sometimes\\s+)?(?:known\\s+as|called|dubbed|nicknamed|a\\.k\\.a\\.)\\s+(?<name>(?:the\\s+)?(?:[“"][^”"]{1,60}[”"]|\\p{Lu}[\\p{L}\\d.’'&-]*(?:\\s+(?:of\\s+|the\\s+)?\\p{Lu}[\\p{L}\\d.’'&-]*)*))`, "iu");
  for (const sentence of passages) {
    const name = pattern.exec(sentence.text)?.groups?.name;
    if (name) return { name: name.replace(/[“”"]/g, ""), sentence };
  }
  return null;
}

/**
 * "what brand was Aniston's jacket", "which make is the car": the thing whose maker is asked, by its noun.
 *
 * @example brandAsked("what brand was Aniston's jacket") // "jacket"
 */
export function brandAsked(question: string): string | undefined {
  return BRAND_ASKED.exec(question.trim())?.groups?.thing;
}
const BRAND_ASKED = /^(?:what|which)\s+(?:brand|make|label|designer)\s+(?:is|was|are|were)\s+(?:the\s+|an?\s+)?(?:[\p{L}.'’-]+['’]s?\s+)?(?:\p{Ll}+\s+)?(?<thing>\p{Ll}+)\??$/iu;

/**
 * The name a passage writes right before the thing, after a determiner or a possessive pronoun: "her
 * Céline jacket" gives "Céline"; a name that opens the sentence is its subject, not the maker.
 */
export function brandIn(passages: Sentence[], thing: string): { name: string; sentence: Sentence } | null {
  // The thing's noun written with a capital is part of the name: "its LyftUp Scooter Program".
  const capital = thing[0].toUpperCase() + thing.slice(1);
  const pattern = new RegExp(`\\b(?:her|his|their|its|the|a|an|my|your|our)\\s+(?<name>\\p{Lu}[\\p{L}.’'&-]*(?:\\s+\\p{Lu}[\\p{L}.’'&-]*){0,2}?)\\s+(?<noun>${escapeRegExp(thing)}|${escapeRegExp(capital)})s?\\b`, "u");
  for (const sentence of passages) {
    const m = pattern.exec(sentence.text)?.groups;
    if (m) return { name: m.noun === thing ? m.name : `${m.name} ${m.noun}`, sentence };
  }
  return null;
}

/**
 * "what is the name of Rosetta's lander", "whats the name of Trump's transition website": the thing,
 * by its noun, whose own name is asked.
 *
 * @example thingNameAsked("what is the name of Rosetta's lander") // "lander"
 */
export function thingNameAsked(question: string): string | undefined {
  return THING_NAME_ASKED.exec(question.trim())?.groups?.thing;
}
const THING_NAME_ASKED = /^what(?:'s|\s+is|\s+was)\s+the\s+name\s+of\s+(?:the\s+|an?\s+)?(?:[\p{L}.'’-]+\s+){0,3}?(?<thing>\p{Ll}+)\??$/iu;

/**
 * The name a passage gives a thing beside its noun: set off after it ("his official transition website,
 * GreatAgain") or written before it ("the Philae lander").
 */
export function thingNamedIn(passages: Sentence[], thing: string): { name: string; sentence: Sentence } | null {
  const noun = `${escapeRegExp(thing)}s?`;
  const after = new RegExp(`\\b${noun},\\s+(?:the\\s+)?(?<name>\\p{Lu}[\\p{L}\\d.’'&-]*(?:\\s+\\p{Lu}[\\p{L}\\d.’'&-]*){0,3})(?=[,.;]|\\s+\\p{Ll}|$)`, "u");
  // "the name of the oxygen bar is ‘Oxy Pure’": the name said to be its.
  const said = new RegExp(`\\bname\\s+of\\s+(?:the|this|that|its|his|her|their)\\s+(?:[\\p{L}-]+\\s+){0,2}?${noun}\\s+(?:is|was)\\s+[‘“"']?(?<name>\\p{Lu}[\\p{L}\\d.’'&-]*(?:\\s+\\p{Lu}[\\p{L}\\d.’'&-]*){0,3}?)[’”"']?(?=[,.;]|\\s+\\p{Ll}|$)`, "u");
  for (const sentence of passages) {
    // A sentence's full stop is no part of the name ("… website, GreatAgain.").
    const name = (after.exec(sentence.text) ?? said.exec(sentence.text))?.groups?.name.replace(/[’”"']+$/u, "").replace(/(?<!\.\p{L})\.$/u, "").replace(/[’”"']+$/u, "");
    if (name) return { name, sentence };
  }
  return brandIn(passages, thing);
}
