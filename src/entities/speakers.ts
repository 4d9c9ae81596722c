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
/**
 * A quote's closing comma, its mark, then the speaker and any verb in the past: "“…,” Trump simpered",
 * "“…,” he advised" (the attribution itself makes the verb one of saying).
 */
const AFTER_QUOTE = "[,!?]\\s*[”\"]\\s+";
const ANY_PAST_VERB = "\\s+\\p{Ll}+ed\\b";
const PRONOUN = new RegExp(`(?<![\\p{L}])(?:he|she)\\s+(?:${VERBS})\\b|${AFTER_QUOTE}(?:he|she)${ANY_PAST_VERB}`, "iu");

/** A paragraph that opens with a quotation mark, and one that has any. */
const QUOTE_OPENS = /^\s*[“"]/;
const QUOTE_MARKS = /[“”"]/;

interface Reference {
  entity: Entity;
  at: number;
  /** Named in the possessive ("Trump’s inauguration"). */
  possessive: boolean;
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
  const genders = gendersIn(corpus, byDoc);
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
          `(?<![\\p{L}])(?:${alias})(?![\\p{L}])(?:\\s+(?:Jr|Sr)\\.?)?['’]?(?:,[^,]{0,80},)?\\s+(?:${VERBS}|[^.“"]{0,${NAME_TO_PARTICIPLE}},\\s+(?:${PARTICIPLES}))\\b|(?:^|[.!?]\\s+)(?:${alias})(?![\\p{L}])[^.“"]{0,80}:\\s*[“"]|[,”"]\\s*(?:${VERBS})\\s+(?:[\\p{Lu}][\\p{L}.]*\\s+){0,3}(?:${alias})(?![\\p{L}])|${AFTER_QUOTE}(?:${alias})(?![\\p{L}])${ANY_PAST_VERB}`,
          "iu",
        ),
      };
    });
    const paragraphs = new Map<number, Sentence[]>();
    for (const s of doc.sentences) if (!s.boilerplate) paragraphs.set(s.paragraph, [...(paragraphs.get(s.paragraph) ?? []), s]);
    // Everyone named so far, the most recent last.
    const named: Entity[] = [];
    // The speakers of the paragraph before when it quoted them: a quotation alone in the next paragraph,
    // naming no one, goes on in their voice (“If members …,” Homan said. | “Sanctuary cities knowingly …”).
    let quoting: Entity[] = [];
    for (const sentences of paragraphs.values()) {
      const text = sentences.map((s) => s.text).join(" ");
      // Only the people a paragraph names can be its speakers: a plain substring test first, the regular expressions after.
      const lower = text.toLowerCase();
      const present = patterns.filter((p) => p.lowerNames.some((n) => lower.includes(n)));
      const refs: Reference[] = present
        .flatMap((p) => [...text.matchAll(p.mention)].map((m) => ({ entity: p.entity, at: m.index!, possessive: /^['’]s?(?!\p{L})/u.test(text.slice(m.index! + m[0].length)) })))
        .sort((a, b) => a.at - b.at);
      const speakers = present.filter((p) => p.speaks.test(text)).map((p) => p.entity);
      const pronoun = PRONOUN.exec(text);
      if (!speakers.length && pronoun) {
        // "He said" speaks for the paragraph's first-named person, else for whoever the article named
        // last; never for someone the articles call by the other pronoun: "she said" after a caption
        // naming a man goes back to whoever was named before him.
        const said: Gender = /^she/i.test(pronoun[0]) ? "female" : "male";
        const fits = (e: Entity) => (genders.get(e) ?? said) === said;
        // Not one named in the possessive ("Though Trump’s inauguration is still a month away, she said").
        const subject = refs.filter((r) => r.at < pronoun.index && !r.possessive).map((r) => r.entity).find(fits) ?? [...named].reverse().find(fits);
        if (subject) speakers.push(subject);
      }
      if (!speakers.length && !present.length && QUOTE_OPENS.test(text)) speakers.push(...quoting);
      quoting = speakers.length && QUOTE_MARKS.test(text) ? speakers : [];
      for (const s of sentences) if (speakers.length) out.set(s.id, speakers.map((e) => e.id));
      for (const r of refs) {
        const at = named.indexOf(r.entity);
        // One named in the possessive is no "she" who speaks next: known already, it stays where it was; new, it comes least recent.
        if (r.possessive) {
          if (at < 0) named.unshift(r.entity);
          continue;
        }
        if (at >= 0) named.splice(at, 1);
        named.push(r.entity);
      }
    }
  }
  return out;
}

type Gender = "male" | "female";
/** A sentence that goes on by a pronoun for the one person the sentence before named. */
const OPENS_MALE = /^(?:[“"]?\s*)?(?:He|His)\b/;
const OPENS_FEMALE = /^(?:[“"]?\s*)?(?:She|Her)\b/;
const COURTESY_BEFORE: Array<[RegExp, Gender]> = [[/\bMr\.?\s+$/, "male"], [/\b(?:Mrs|Ms|Miss)\.?\s+$/, "female"]];
const FEMALE_ROLE = /\b(?:lady|\p{L}*woman|wife|mother|sister|daughter|queen|princess|actress|widow|girl)\b/iu;
const MALE_ROLE = /\b(?:\p{L}*(?<!wo)man|husband|father|brother|son|king|prince|actor|widower|boy)\b/iu;

/**
 * Who the articles call "he" and who "she": a sentence naming one person and the next opening with
 * "He" or "She", "Mr." or "Mrs."/"Ms." before a name, a role such as "First Lady" or "spokeswoman".
 * Read over the whole corpus: one article's "he" tells another's. Someone the articles never refer to
 * so has no gender here.
 */
function gendersIn(corpus: Corpus, byDoc: Map<string, Entity[]>): Map<Entity, Gender> {
  const votes = new Map<Entity, number>();
  const vote = (e: Entity, g: Gender) => votes.set(e, (votes.get(e) ?? 0) + (g === "male" ? 1 : -1));
  for (const people of byDoc.values()) {
    for (const e of people) {
      if (votes.has(e)) continue;
      votes.set(e, 0);
      for (const r of e.roles) {
        if (FEMALE_ROLE.test(r.text)) vote(e, "female");
        else if (MALE_ROLE.test(r.text)) vote(e, "male");
      }
    }
  }
  for (const doc of corpus.docs) {
    const inDoc = byDoc.get(doc.id) ?? [];
    if (!inDoc.length) continue;
    const patterns = inDoc.map((e) => ({ entity: e, lowerNames: e.aliases.map((a) => a.toLowerCase()), mention: new RegExp(`(?<![\\p{L}])(?:${e.aliases.map(escapeRegExp).join("|")})(?![\\p{L}])`, "gu") }));
    const sentences = doc.sentences.filter((s) => !s.boilerplate);
    sentences.forEach((s, i) => {
      const lower = s.text.toLowerCase();
      const mentions = patterns.filter((p) => p.lowerNames.some((n) => lower.includes(n))).flatMap((p) => [...s.text.matchAll(p.mention)].map((m) => ({ entity: p.entity, at: m.index! })));
      for (const m of mentions) for (const [re, g] of COURTESY_BEFORE) if (re.test(s.text.slice(Math.max(0, m.at - 6), m.at))) vote(m.entity, g);
      const people = new Set(mentions.map((m) => m.entity));
      const next = sentences[i + 1];
      if (people.size !== 1 || !next) return;
      const [only] = people;
      if (OPENS_MALE.test(next.text)) vote(only, "male");
      else if (OPENS_FEMALE.test(next.text)) vote(only, "female");
    });
  }
  const out = new Map<Entity, Gender>();
  for (const [e, v] of votes) if (v !== 0) out.set(e, v > 0 ? "male" : "female");
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
