import type { Sentence } from "../corpus/load.js";
import { hometownTagged, stateTagged, type Entity } from "../entities/extract.js";
import type { Knowledge } from "../index/knowledge.js";

/**
 * "where is McKinley from", "what state does Omar represent", "where does Battin live": the name a question asks the home state of.
 *
 * @example originAsked("what state is mckinley from") // "mckinley"
 */
export function originAsked(question: string): string | undefined {
  return ORIGIN_ASKED.exec(question)?.groups?.name;
}

const ORIGIN_ASKED = /^(?:where|(?:what|which)\s+state)\s+(?:is|was|does|did)\s+(?<name>.+?)\s+(?:come\s+from|from|represent|live|reside)\??$/i;

/**
 * Where the first sentence that tags a person says they are from: a politician's party-and-state tag ("Rep.
 * David McKinley, R-W.Va., visited …") or an age and hometown ("Patrick W. Carlineo Jr., 55, of Addison,
 * pleaded …"). News style tags a name so at its first mention, and often nowhere else says where they are from.
 */
export function homeOf(kb: Knowledge, person: Entity): { state: string; sentence: Sentence } | null {
  const aliases = [...person.aliases].sort((a, b) => b.length - a.length);
  for (const id of person.mentions) {
    const sentence = kb.corpus.sentences.get(id);
    for (const alias of aliases) {
      const at = sentence.text.indexOf(alias);
      const after = sentence.text.slice(at + alias.length);
      const state = at < 0 ? null : (stateTagged(after) ?? hometownTagged(after));
      if (state) return { state, sentence };
    }
  }
  return null;
}
