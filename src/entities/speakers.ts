import type { Corpus } from "../corpus/load.js";
import { escapeRegExp, type Entity } from "./extract.js";

const VERBS = "said|says|told|tweeted|wrote|writes|added|adds|argued|argues|claimed|claims|warned|stated|explained|noted|replied|insisted";

/**
 * Who is quoted in each sentence: a paragraph that quotes someone and names them beside a speech verb
 * ("…,” Sessions said", "Bass says", "said Mayor Bass") attributes its sentences to them.
 *
 * @returns sentence id → ids of the entities speaking in it
 */
export function attributeSpeakers(corpus: Corpus, people: Entity[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  const byParagraph = new Map<string, number[]>();
  for (const s of corpus.sentences) {
    if (s.boilerplate) continue;
    const key = `${s.doc}#${s.paragraph}`;
    const list = byParagraph.get(key);
    if (list) list.push(s.id);
    else byParagraph.set(key, [s.id]);
  }
  const patterns = people.map((p) => {
    const alias = p.aliases.map(escapeRegExp).join("|");
    return {
      id: p.id,
      re: new RegExp(`(?<![\\p{L}])(?:${alias})(?![\\p{L}])['’]?(?:,[^,]{0,80},)?\\s+(?:${VERBS})\\b|\\b(?:${VERBS})\\s+(?:[\\p{Lu}][\\p{L}.]*\\s+){0,3}(?:${alias})(?![\\p{L}])`, "u"),
    };
  });
  for (const ids of byParagraph.values()) {
    const text = ids.map((id) => corpus.sentences[id].text).join(" ");
    const speakers = patterns.filter((p) => p.re.test(text)).map((p) => p.id);
    if (speakers.length === 0) continue;
    for (const id of ids) out.set(id, speakers);
  }
  return out;
}
