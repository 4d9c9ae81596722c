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
