import type { Corpus, Sentence } from "../corpus/load.js";
import { escapeRegExp, type Entity } from "./extract.js";
import { SPEECH_PARTICIPLES, SPEECH_VERBS, TITLE_WORDS, alternation } from "../lexicon/english.js";
import { pushTo } from "../collections.js";

const VERBS = alternation(SPEECH_VERBS);
const PARTICIPLES = alternation(SPEECH_PARTICIPLES);
/**
 * How far, in characters of one sentence (no full stop, no quote mark), a name may stand before the
 * participle that attributes a quote to it ("Garcetti, a firm advocate of …, upheld his promise …,
 * replying to Sessions’ memo on Twitter: “…”"): a long news sentence, not the next one.
 */
const NAME_TO_PARTICIPLE = 200;
const PRONOUN = new RegExp(`(?<![\\p{L}])(?:he|she)\\s+(?:${VERBS})\\b`, "iu");

interface Reference {
  entity: Entity;
  at: number;
}

/**
 * Who is quoted in each sentence. A paragraph that names someone beside a speech verb ("…,” Sessions
 * said", "said Mayor Bass", "The mayor … saying") attributes its sentences to them; "she wrote" goes to
 * the person the article referred to last, by name or by title ("the mayor" when one mayor is named).
 *
 * @returns sentence id → ids of the entities speaking in it
 */
export function attributeSpeakers(corpus: Corpus, people: Entity[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  // People by article, grouped once: filtering every person for every article grows as articles times people.
  const byDoc = new Map<string, Entity[]>();
  for (const p of people) {
    for (const d of p.docs) pushTo(byDoc, d, p);
  }
  for (const doc of corpus.docs) {
    const inDoc = byDoc.get(doc.id) ?? [];
    if (!inDoc.length) continue;
    const refs = inDoc.map((p) => ({ entity: p, names: [...p.aliases, ...titleNouns(p, inDoc)] }));
    const patterns = refs.map((r) => {
      const alias = r.names.map(escapeRegExp).join("|");
      return {
        entity: r.entity,
        lowerNames: r.names.map((n) => n.toLowerCase()),
        mention: new RegExp(`(?<![\\p{L}])(?:${alias})(?![\\p{L}])`, "giu"),
        speaks: new RegExp(
          `(?<![\\p{L}])(?:${alias})(?![\\p{L}])['’]?(?:,[^,]{0,80},)?\\s+(?:${VERBS}|[^.“"]{0,${NAME_TO_PARTICIPLE}},\\s+(?:${PARTICIPLES}))\\b|(?:^|[.!?]\\s+)(?:${alias})(?![\\p{L}])[^.“"]{0,80}:\\s*[“"]|[,”"]\\s*(?:${VERBS})\\s+(?:[\\p{Lu}][\\p{L}.]*\\s+){0,3}(?:${alias})(?![\\p{L}])`,
          "iu",
        ),
      };
    });
    const paragraphs = new Map<number, Sentence[]>();
    for (const s of doc.sentences) if (!s.boilerplate) paragraphs.set(s.paragraph, [...(paragraphs.get(s.paragraph) ?? []), s]);
    let carried: Entity | null = null;
    for (const sentences of paragraphs.values()) {
      const text = sentences.map((s) => s.text).join(" ");
      // Only the people a paragraph names can be its speakers: a plain substring test first, the regular expressions after.
      const lower = text.toLowerCase();
      const present = patterns.filter((p) => p.lowerNames.some((n) => lower.includes(n)));
      const refs: Reference[] = present
        .flatMap((p) => [...text.matchAll(p.mention)].map((m) => ({ entity: p.entity, at: m.index! })))
        .sort((a, b) => a.at - b.at);
      const speakers = present.filter((p) => p.speaks.test(text)).map((p) => p.entity);
      const pronoun = PRONOUN.exec(text);
      if (!speakers.length && pronoun) {
        // "He said" speaks for the paragraph's first-named person, else for whoever the article named last.
        const subject = refs.find((r) => r.at < pronoun.index)?.entity ?? carried;
        if (subject) speakers.push(subject);
      }
      for (const s of sentences) if (speakers.length) out.set(s.id, speakers.map((e) => e.id));
      if (refs.length) carried = refs[refs.length - 1].entity;
    }
  }
  return out;
}

/** "the mayor" for the only mayor named in an article. */
function titleNouns(person: Entity, inDoc: Entity[]): string[] {
  const out: string[] = [];
  for (const role of person.roles) {
    for (const w of role.text.toLowerCase().split(/\s+/)) {
      if (!TITLE_WORDS.has(w) || w.endsWith("s")) continue;
      const holders = inDoc.filter((p) => p.roles.some((r) => r.text.toLowerCase().split(/\s+/).includes(w)));
      if (holders.length === 1 && !out.includes(`the ${w}`)) out.push(`the ${w}`);
    }
  }
  return out;
}
