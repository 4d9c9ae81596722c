import { escapeRegExp } from "../entities/extract.js";
import type { Sentence } from "../corpus/load.js";

/**
 * Kin told from the other side. "who is Prince Andrew's brother" is answered by "Prince Andrew, the …
 * younger brother of heir to the British throne, Charles": whoever X is brother or sister of is X's
 * sibling; whoever X is wife of, X's husband; whoever X is son or daughter of, X's parent. The gender
 * of the one named is not told by the passage, so a sibling answers "brother" and "sister" alike.
 */
const TOLD_AS: Record<string, string[]> = {
  brother: ["brother", "sister", "sibling"],
  sister: ["brother", "sister", "sibling"],
  sibling: ["brother", "sister", "sibling"],
  husband: ["wife", "husband", "spouse", "widow", "widower"],
  wife: ["wife", "husband", "spouse", "widow", "widower"],
  spouse: ["wife", "husband", "spouse", "widow", "widower"],
  father: ["son", "daughter", "child"],
  mother: ["son", "daughter", "child"],
  parent: ["son", "daughter", "child"],
  son: ["father", "mother", "parent"],
  daughter: ["father", "mother", "parent"],
  child: ["father", "mother", "parent"],
};

/** "Prince Andrew's brother": whose kin, and which. */
const KIN_ASKED = /^(?:the\s+)?(.+?)['’]s?\s+(brother|sister|sibling|husband|wife|spouse|father|mother|parent|son|daughter|child)$/iu;

/** A name not followed by a lower-case word it describes ("the British throne", "Chinese vice-premier"). */
const NAME = /\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*(?![\p{L}.'’-])(?!\s+\p{Ll})/gu;

/** Words a relation's phrase may run over before its clause ends ("… brother of heir to the British throne, Charles,"). */
const KIN_REACH_CHARS = 80;

/** What a question asks of someone's kin, if it does: the owner's name and the relation. */
export function kinAsked(subject: string): { owner: string; kin: string } | null {
  const m = KIN_ASKED.exec(subject.trim());
  return m ? { owner: m[1], kin: m[2].toLowerCase() } : null;
}

/**
 * The person a passage makes the asked kin of the owner by telling the owner's relation to them, and
 * the sentence that tells it; null when none of the sentences does.
 *
 * @example kinToldOtherwise([s("Prince Andrew, the younger brother of heir to the throne, Charles, …")], { owner: "Prince Andrew", kin: "brother" }) // { name: "Charles", … }
 */
export function kinToldOtherwise(sentences: Sentence[], asked: { owner: string; kin: string }): { name: string; sentence: Sentence } | null {
  return kinTold(sentences, asked, TOLD_AS[asked.kin]) ?? kinApposed(sentences, asked);
}

/**
 * The asked kin named beside the owner's possessive: "Van Der Beek’s announcement that his wife,
 * Kimberly, had suffered …", "Talley's wife, Ana" (no other name between the owner and "his").
 */
function kinApposed(sentences: Sentence[], asked: { owner: string; kin: string }): { name: string; sentence: Sentence } | null {
  const owner = escapeRegExp(asked.owner).replace(/\s+/g, "\\s+");
  const pattern = new RegExp(`\\b${owner}\\b(?:(?:['’]s?)?[^.;\\p{Lu}]{0,${KIN_REACH_CHARS}}?\\b(?:his|her|their)|['’]s?)\\s+(?:\\p{Ll}+\\s+)?${asked.kin}s?,?\\s+(\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*)*)`, "u");
  for (const sentence of sentences) {
    const name = pattern.exec(sentence.text)?.[1];
    if (name) return { name, sentence };
  }
  return null;
}

function kinTold(sentences: Sentence[], asked: { owner: string; kin: string }, kin: string[]): { name: string; sentence: Sentence } | null {
  const owner = escapeRegExp(asked.owner).replace(/\s+/g, "\\s+");
  const pattern = new RegExp(`\\b${owner}\\b,\\s+(?:[^,;.]*?\\s)?(?:${kin.join("|")})\\s+of\\s+([^;]{1,${KIN_REACH_CHARS}})`, "iu");
  for (const sentence of sentences) {
    const m = pattern.exec(sentence.text);
    if (!m) continue;
    const name = [...m[1].matchAll(NAME)].map((n) => n[0].replace(/[.,]$/, "")).find((n) => !new RegExp(`\\b${escapeRegExp(n)}\\b`, "i").test(asked.owner));
    if (name) return { name, sentence };
  }
  return null;
}
