import type { Sentence } from "../corpus/load.js";
import { stateTagged, type Entity } from "../entities/extract.js";
import type { Knowledge } from "../index/knowledge.js";

/**
 * "where is McKinley from", "what state does Omar represent": the name a question asks the home state of.
 *
 * @example originAsked("what state is mckinley from") // "mckinley"
 */
export function originAsked(question: string): string | undefined {
  return ORIGIN_ASKED.exec(question)?.groups?.name;
}

const ORIGIN_ASKED = /^(?:where|(?:what|which)\s+state)\s+(?:is|was|does|did)\s+(?<name>.+?)\s+(?:come\s+from|from|represent)\??$/i;

/**
 * The state a politician's party-and-state tag gives in the first sentence that tags them ("Rep. David
 * McKinley, R-W.Va., visited …"): news style writes a member of Congress so, and nowhere else says where
 * they are from.
 */
export function homeStateOf(kb: Knowledge, person: Entity): { state: string; sentence: Sentence } | null {
  const aliases = [...person.aliases].sort((a, b) => b.length - a.length);
  for (const id of person.mentions) {
    const sentence = kb.corpus.sentences.get(id);
    for (const alias of aliases) {
      const at = sentence.text.indexOf(alias);
      const state = at < 0 ? null : stateTagged(sentence.text.slice(at + alias.length));
      if (state) return { state, sentence };
    }
  }
  return null;
}
