import type { Sentence } from "../corpus/load.js";
import { escapeRegExp } from "../entities/extract.js";

/**
 * Who plays a part in a film, a show or a play, as reviews write it: the actor in brackets after the
 * part ("Newt Scamander (Eddie Redmayne)", "Tina, a disgraced auror (Katherine Waterson)"), or said
 * with "played by", "as", "plays". Asked "who plays Tina", only the name told so answers, never another
 * the sentence puts in brackets after another part.
 */
export function castMember(question: string, passages: readonly Sentence[]): { name: string; sentence: Sentence } | null {
  const part = PLAYS_ASKED.exec(question)?.groups?.part?.trim();
  if (!part) return null;
  for (const asked of partsWritten(part)) {
    const askedAs = new RegExp(`(?<![\\p{L}'’])${escapeRegExp(asked)}(?![\\p{L}'’])`, "iu");
    for (const s of passages) {
      // The part as this sentence writes it, so that the actor's capitals are read case by case.
      const written = askedAs.exec(s.text)?.[0];
      if (!written) continue;
      const p = `(?<![\\p{L}'’])${escapeRegExp(written)}(?![\\p{L}'’])`;
      for (const pattern of [
        `${p}(?:,\\s+(?:an?|the|his|her|their)\\s+[^,()]{1,50}?)?\\s*\\((?<actor>${ACTOR})\\)`,
        `${p},?\\s+(?:played|portrayed|voiced)\\s+by\\s+(?<actor>${ACTOR})`,
        `(?<actor>${ACTOR}),?\\s+(?:who\\s+)?(?:plays|played|portrays|portrayed|voices|voiced|stars\\s+as|starring\\s+as|as)\\s+(?:the\\s+)?${p}`,
      ]) {
        const actor = new RegExp(pattern, "u").exec(s.text)?.groups?.actor;
        if (actor) return { name: actor, sentence: s };
      }
    }
  }
  return null;
}

/** "who plays Newt Scamander", "who played the newspaper baron", "who will play Tina". */
const PLAYS_ASKED = /^who\s+(?:plays|played|portrays|portrayed|voices|voiced|stars\s+as|starred\s+as|is\s+playing|was\s+playing|will\s+play|(?:is|was)\s+cast\s+as)\s+(?:the\s+)?(?<part>[^?]+?)\s*\??$/i;

/** A person's name in a cast: two to four capitalized words. */
const ACTOR = "\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){1,3}";

/** The part as asked, then, for a full name, its first word and its last: a review names "Tina" after "Tina Goldstein". */
function partsWritten(part: string): string[] {
  const parts = part.split(/\s+/);
  return parts.length > 1 && parts.every((w) => /^\p{Lu}/u.test(w)) ? [part, parts[0], parts.at(-1)!] : [part];
}
