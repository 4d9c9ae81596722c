import { onceFor } from "../collections.js";
import { distance } from "fastest-levenshtein";
import type { Sentence } from "../corpus/load.js";
import { SENTENCE_END } from "../corpus/text.js";
import type { Entity } from "../entities/extract.js";
import type { Knowledge } from "../index/knowledge.js";
import { fold, termsOf, words } from "../index/terms.js";
import type { Question } from "../questions/parse.js";
import { COLOUR_WORDS, MONTHS, MONTH_ABBREVIATIONS, NUMBER_WORDS, REASON_CUES, SEASONS, SMALL_NUMBER_WORDS, WEEKDAYS, alternation } from "../lexicon/english.js";
import { taggedText } from "./clauses.js";
import { WEIGHTS } from "./weights.js";
import { allowedTypos } from "../questions/correct.js";
import { adjectivesPertainingTo, softAlternatives, type Relation } from "./soft.js";
import { namedDoer } from "./doer.js";
import { nameIndex } from "./resolve.js";
import { isPersonNoun } from "../lexicon/wordnet.js";
import { wordForms } from "../lexicon/nlp.js";
import { escapeRegExp } from "../entities/extract.js";

/** A passage's ranking features, each in [0, 1] (headline: 0 or 1): see WEIGHTS.rank for their meaning. */
export type Features = Record<keyof typeof WEIGHTS.rank, number>;

export interface Ranked {
  sentence: Sentence;
  /** The sum of the features times their weights. */
  score: number;
  features: Features;
  /** Share of the question's terms found in the sentence or its neighbours. */
  coverage: number;
  /** The question's terms found in the sentence itself. */
  matched: string[];
}

export interface RankOptions {
  /** Terms to look for; the question's own by default. */
  terms?: string[];
  /** An entity the answer should be about: sentences mentioning it rank higher. */
  focus?: Entity | null;
  /** Someone whose quoted words are wanted. */
  speaker?: Entity | null;
  /** Only these sentences may be returned (added even when no term matches). */
  within?: Set<number>;
}

const MONTH = alternation([...MONTHS, ...MONTH_ABBREVIATIONS]);
/** An hour by its figure or its word ("five in the morning", "9 o'clock"). */
const HOUR = `(?:\\d{1,2}|${SMALL_NUMBER_WORDS.slice(1, 13).join("|")})`;
/** "at 8:51 p.m.", "five in the morning": the time of day, what "what time" asks. */
const CLOCK_TIME = `\\d{1,2}(?::\\d{2})?\\s*[ap]\\.?m\\b\\.?|\\d{1,2}:\\d{2}|noon|midnight|${HOUR}(?:\\s+o['’]clock)?\\s+in\\s+the\\s+(?:morning|afternoon|evening)|${HOUR}\\s+o['’]clock`;
/** "6 ½ minutes after the launch", "two days later": a time told from another event. */
const RELATIVE_TIME = `(?:\\d+(?:\\s*½)?|${alternation(["a", "an", "one", "a few", "several", ...NUMBER_WORDS])})\\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\\s+(?:after|before|later|earlier|ago)`;
/** Words a date may open with, in either case: a sentence may begin with one ("In August, CBP announced", "Last year, …"). */
function opening(words: string): string {
  return words.split("|").map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`).join("|");
}

/** "the next day", "that night", "later that month": a time told from the event before it. */
const RELATIVE_DAY = `(?:(?:${opening("the")})\\s+(?:next|following|previous|same)|${opening("that")}|(?:${opening("earlier|later")})\\s+(?:that|this))\\s+(?:day|morning|afternoon|evening|night|week|month|year)`;
/** "the end of the year", "the start of next month": a part of a calendar period is a date as a month's is. */
const PERIOD_OF_CALENDAR = "(?:the|this|next|last)\\s+(?:year|month|week|decade|season|quarter|summer|winter|spring|fall)";
/** A year's first three digits, from 1600 on (a decade is these and "0s"). */
export const YEAR = "(?:1[6-9]|20)\\d";
const WEEKDAY = alternation(WEEKDAYS);
/** "last fall", "early spring", "the summer of 2019": a season is a date only so told ("fall" alone is a verb, "in the fall of Rome" an event). */
const SEASON_DATE = `(?:${opening("last|next|this|early|late")})\\s+(?:${alternation(SEASONS)})|(?:(?:${opening("in")}\\s+)?(?:${opening("the")})\\s+)?(?:${alternation(SEASONS)})\\s+(?:of\\s+)?${YEAR}\\d|${opening("in")}\\s+the\\s+(?:${alternation(SEASONS)})(?!\\s+of\\b)`;
export const DATE_TEXT = new RegExp(
  `\\b(?:(?:${MONTH})\\s+of\\s+(?:(?:this|last|next)\\s+year|${YEAR}\\d)|(?:${MONTH})\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,\\s*\\d{4})?|\\d{1,2}\\s+(?:${MONTH})(?:\\s+\\d{4})?|(?:${MONTH})\\s+\\d{4}|(?:${opening("last|next|this")})\\s+(?:${WEEKDAY})|(?:${WEEKDAY})(?:,?\\s+(?:${MONTH})\\s+\\d{1,2}|\\s+(?:morning|afternoon|evening|night))?|(?:${opening("in|since|by|early|late")})\\s+(?:${MONTH})(?:,?\\s+\\d{4})?|${opening("mid")}-(?:${MONTH})|(?:(?:${opening("last|next|this")})\\s+)?(?:${MONTH})['’]s|(?:${opening("last|next|this")})\\s+(?:${MONTH})|(?:${opening("the")}\\s+)?(?:${opening("end|beginning|start|middle")})\\s+of\\s+(?:${MONTH}|${PERIOD_OF_CALENDAR})|(?:${opening("the")}\\s+)?(?:${opening("first|second|third|fourth|last")})\\s+(?:half|quarter)\\s+of\\s+(?:(?:next|last|this)\\s+year|${YEAR}\\d)|(?:${opening("early|mid|late")})[- ](?:${YEAR}0s|${YEAR}\\d)|${YEAR}0s|${YEAR}\\d|(?:${opening("last|next|this")}) (?:year|month|week|weekend|night|morning|afternoon|evening)|${opening("tonight|yesterday|tomorrow")}|${RELATIVE_DAY}|${SEASON_DATE}|${CLOCK_TIME}|${RELATIVE_TIME})\\b`,
);
export const NUMBER = new RegExp(`(?<![A-Za-z]-?)\\b\\d[\\d,.]*%?|\\b(?:${alternation(NUMBER_WORDS)})\\b`, "i");
const PLACE = /\b(?:in|at|to|from|near|across|throughout)\s+(?:the\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*/u;
const REASON = new RegExp(`\\b(?:${alternation(REASON_CUES)})\\b`, "i");
const QUOTE_MARK = /[“”"]/;
/**
 * A sentence that opens with a pronoun for what the one before it spoke of, or with a description of
 * someone by their age: "The former “Dawson’s Creek” star, 42, was voted off", "The 56-year-old said" (or "The 47 year old was"), "Here, the 44-year-old explains";
 * or with a description set before its pronoun ("A 50-year-old former Miss America, she was").
 */
export const CONTINUES = /^(?:It|It['’]s|He|She|They|This|These|Its|His|Her|Their)\b|^The\s+(?:\d{1,3}[- ]year[- ]old\b|(?:\S+\s+){0,4}?\p{Ll}+,\s+\d{1,3},)|^\p{Lu}\p{Ll}+,\s+the\s+\d{1,3}-year-old\b|^(?:An?|The|Born|Once)\s[^,]{1,60},\s+(?:he|she|they)\s/u;
const COLOUR = new RegExp(`\\b(?:${alternation(COLOUR_WORDS)})\\b`, "i");

function typoMatch(term: string, list: readonly string[]): boolean {
  if (list.includes(term)) return true;
  const budget = term.length >= 6 ? allowedTypos(term.length) : 0;
  if (!budget) return false;
  for (const t of list) if (Math.abs(t.length - term.length) <= budget && distance(t, term) <= budget) return true;
  return false;
}

/**
 * Sentences that answer a question, best first. Retrieval gives the candidates; the question's kind
 * then prefers sentences of the right shape (a date for "when", a figure for "how many", a speaker's
 * own words for "what did X say").
 */
export function rankSentences(kb: Knowledge, q: Question & Relation & { now?: boolean }, options: RankOptions = {}): Ranked[] {
  const terms = options.terms ?? q.terms;
  const weights: Record<string, number> = {};
  for (const t of terms) weights[t] = 1;
  const soft = softAlternatives(kb, terms, q);
  for (const alternatives of soft.values()) for (const a of alternatives) weights[a] ??= WEIGHTS.softMatch;
  for (const w of words(q.text)) {
    const long = kb.acronyms.get(w.toUpperCase());
    // The long form counts, in all, as much as the acronym: no more because it has more words.
    const spelled = long && w.length >= 2 ? termsOf(long) : [];
    for (const t of spelled) weights[t] ??= 1 / spelled.length;
  }
  if (options.focus) for (const t of termsOf(options.focus.name)) weights[t] ??= 0.5;
  const hits = kb.retriever.search(Object.keys(weights), WEIGHTS.candidates, weights, (t) => kb.vocabulary.has(t));
  const base = new Map<number, number>();
  for (const h of hits) if (!options.within || options.within.has(h.sentence)) base.set(h.sentence, h.score);
  if (options.within) {
    for (const id of options.within) if (!base.has(id)) base.set(id, 0);
  } else {
    // A sentence that goes on about the one found through a pronoun ("… 6,000 pearls. It's valued at
    // $150,000.") has none of the question's words itself: its window has them.
    for (const h of hits.slice(0, WEIGHTS.continuations)) {
      let s = kb.corpus.sentences.get(h.sentence);
      // News paragraphs are short: the next ones may open by going on about the last one's subject
      // ("… Manchester United. The Portuguese boss had been out of work … The 56-year-old said …").
      for (let k = 0; k < WEIGHTS.decide.pronounChain; k++) {
        const next = kb.corpus.sentences.at(s.id + 1);
        if (!next || next.doc !== s.doc || next.paragraph > s.paragraph + 1 || next.boilerplate || !goesOn(next.text)) break;
        if (!base.has(next.id)) base.set(next.id, 0);
        s = next;
      }
    }
  }
  // An acronym in the question is found in a sentence that spells it out ("ICE" in "Immigration and Customs Enforcement").
  const longForms = new Map<string, string[]>();
  for (const w of words(q.text)) {
    const long = kb.acronyms.get(w.toUpperCase());
    const t = termsOf(w)[0];
    if (long && t) longForms.set(t, termsOf(long));
  }
  // Plain arrays, not sets: a sentence has a few dozen terms, and ranking runs over 80 candidates
  // several times per question, so sets made per candidate were most of an answer's garbage.
  const spelledOut = (t: string, list: readonly string[]) => longForms.get(t)?.every((x) => list.includes(x)) ?? false;
  const saidOtherwise = (t: string, list: readonly string[]) => soft.get(t)?.some((a) => list.includes(a)) ?? false;
  // A person the question names by one of their names ("lebron") is named where a passage calls them by another ("James").
  const people = peopleNamed(kb, q);
  const namedOtherwise = (t: string, window: readonly Sentence[]) => {
    const named = people.get(t);
    return named !== undefined && window.some((w) => kb.mentions.get(w.id)?.some((e) => named.has(e)));
  };
  // "The 48-year-old Australian was evicted in April" names Assange by the sentence before: the nearest person named there.
  const referredTo = (t: string, s: Sentence) => {
    const named = people.get(t);
    if (!named) return false;
    for (const before of goesOnAbout(kb, s)) {
      const persons = (kb.mentions.get(before.id) ?? []).filter((e) => e.kind === "person");
      if (persons.length) return persons.some((e) => named.has(e));
    }
    return false;
  };
  // "Between 1950 and 2009, … During that time, public schools increased their staff": the years are the sentence before's.
  const datedBefore = (t: string, s: Sentence) => {
    if (!YEAR_TERM.test(t)) return false;
    const before = referredBack(kb, s, THAT_TIME);
    return before !== undefined && kb.terms.of(before.id).includes(t);
  };
  // A name the question gives (Chicago, the United States) must be in the passage's article.
  // A place is named by its adjective too ("Japanese Prime Minister Shinzo Abe" for Japan).
  const required = options.speaker ? [] : q.named.map((w) => [termsOf(w)[0], ...termsOf(kb.acronyms.get(w) ?? ""), ...adjectivesPertainingTo(kb.corpus, w)].filter(Boolean) as string[]).filter((alts) => alts.length);
  const asked = askedOf(kb, q);
  const max = Math.max(1e-9, ...base.values());
  const total = Math.max(1e-9, terms.reduce((n, t) => n + kb.idf(t), 0));
  const ranked: Ranked[] = [];
  for (const [id, raw] of base) {
    const s = kb.corpus.sentences.get(id);
    if (s.boilerplate) continue;
    const own = kb.terms.of(id);
    const around = neighbours(kb, s);
    // A section's heading names what its paragraphs speak of ("NISSAN SENTRA" over "The new version gets …").
    const heading = sectionHeading(kb, s);
    const near = own.concat(...around.map((n) => kb.terms.of(n.id)), heading ? kb.terms.of(heading.id) : []);
    if (required.length && !required.every((alts) => alts.some((t) => near.includes(t) || docTerms(kb, s.doc).has(t)))) continue;
    const window = [s, ...around];
    const matched = terms.filter((t) => typoMatch(t, own) || spelledOut(t, own) || saidOtherwise(t, own) || namedOtherwise(t, [s]) || referredTo(t, s) || datedBefore(t, s));
    const nearby = terms.filter((t) => matched.includes(t) || typoMatch(t, near) || spelledOut(t, near) || saidOtherwise(t, near) || namedOtherwise(t, window));
    const coverage = terms.length ? nearby.length / terms.length : 0;
    const weight = (list: string[]) => list.reduce((n, t) => n + kb.idf(t), 0) / total;
    const features = featuresOf(kb, q, asked, s, options, { bm25: raw / max, coverage: weight(matched), window: weight(nearby) });
    ranked.push({ sentence: s, score: scoreOf(features, Boolean(options.speaker), q), features, coverage, matched });
  }
  ranked.sort((a, b) => b.score - a.score || a.sentence.id - b.sentence.id);
  // A page that prints a paragraph twice (a caption repeated under each photo) gives one passage, its first.
  const seen = new Set<string>();
  return ranked.filter((r) => {
    const key = `${r.sentence.doc}\u0000${r.sentence.text}`;
    return !seen.has(key) && Boolean(seen.add(key));
  });
}

/** The people each name of the question stands for, by its term: "lebron" → LeBron James (by alias or first name). */
function peopleNamed(kb: Knowledge, q: { named: readonly string[] }): Map<string, Set<Entity>> {
  const index = nameIndex(kb);
  const out = new Map<string, Set<Entity>>();
  for (const name of q.named) {
    const term = termsOf(name)[0];
    const folded = fold(name);
    const people = [...(index.byAlias.get(folded) ?? []), ...(index.byFirstName.get(folded) ?? [])].filter((e) => e.kind === "person");
    if (term && people.length) out.set(term, new Set(people));
  }
  return out;
}

const docTermCache = new WeakMap<Knowledge, Map<string, Set<string>>>();

/** Every term of an article, computed once per corpus version. */
export function docTerms(kb: Knowledge, doc: string): Set<string> {
  const byDoc = onceFor(docTermCache, kb, () => new Map<string, Set<string>>());
  let set = byDoc.get(doc);
  if (!set) {
    set = new Set<string>();
    for (const s of kb.docs.get(doc)?.sentences ?? []) for (const t of kb.terms.of(s.id)) set.add(t);
    byDoc.set(doc, set);
  }
  return set;
}

/**
 * A reason given for what was asked about: the asked-about word comes first, the reason after it
 * ("the raid was in response to …"), not the other way round ("passed in response to a raid").
 */
function reasonFeature(text: string, terms: string[]): number {
  const m = REASON.exec(text);
  if (!m) return 0;
  const before = new Set(termsOf(text.slice(0, m.index)));
  return terms.some((t) => before.has(t)) ? 1 : 0;
}

/**
 * A sentence that defines the subject: its words, then "is/are" or an appositive ("X is …", "X, a …").
 * A possessive subject's owner is written as one ("LaMacchia's estimate", not "LaMacchia estimates").
 */
function definitionFeature(text: string, subject: string[], owner = -1): number {
  if (!subject.length) return 0;
  const tokens = words(text);
  const stems = tokens.map((w) => termsOf(w)[0] ?? "");
  // Each token where it stands, not where its spelling first occurs ("feathers … “feather duvet lung”").
  let cursor = 0;
  const at = tokens.map((t) => {
    const found = text.indexOf(t, cursor);
    cursor = found < 0 ? cursor : found + t.length;
    return found < 0 ? 0 : found;
  });
  for (let i = 0; i + subject.length <= stems.length; i++) {
    if (!subject.every((t, k) => stems[i + k] === t)) continue;
    if (owner >= 0 && !OWNED.test(`${tokens[i + owner]} `)) continue;
    const next = tokens[i + subject.length]?.toLowerCase();
    const last = i + subject.length - 1;
    const after = text.slice(at[last] + tokens[last].length);
    const before = text.slice(0, at[i]);
    // "Dragonfly is scheduled to reach Titan": a passive tells what is done to it, not what it is.
    if (next && /^(?:is|are|was|were)$/.test(next)) return PASSIVE_AFTER.test(after) ? 0.33 : 1;
    // "HP is called “feather duvet lung”": the name given to what the sentence has just defined.
    if (/\b(?:is|are|was|were)\s+(?:called|known as|named|termed|dubbed)\s+[“"‘']?$/i.test(before)) return 0.75;
    // "dinitrophenol, known as DNP, which is …", "X, also called Y": a definition that names it.
    if (/(?:known as|also called|dubbed)\s+$/i.test(before) || /^[”"’]?,\s+(?:which|who)\s+(?:is|are|was|were)\s/.test(after)) return 0.75;
    if (/^[”"’]?,\s+(?:a|an|the)\s/.test(after)) return 0.75;
    if (describedBefore(text, before)) return 0.75;
    return 0.33;
  }
  return 0;
}

/** "what must students do (to …)": the doer asked of, between the modal and "do". */
const ASKS_ACTOR = /^what\s+(?:must|should|will|would|can|could|shall|may|might|do|does|did)\s+(?:the\s+)?((?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+)\s+do\b/iu;
/** What follows a doer that is told what it must or will do. */
const MODAL_AFTER = "(?:must|should|will|would|can|could|shall|may|might|need to|needs to|have to|has to|had to|are required to|is required to)";

/** The doer's head noun, singular or plural, then a modal: "States must contribute funding". */
function actorPattern(question: string): RegExp | null {
  const head = ASKS_ACTOR.exec(question)?.[1].split(/\s+/).pop();
  if (!head) return null;
  const stem = escapeRegExp(head.replace(/(?:es|s)$/i, ""));
  return new RegExp(`\\b${stem}(?:s|es)?\\s+${MODAL_AFTER}\\b`, "i");
}

/** A possessive's ending, before the next word. */
const OWNED = /['’]s?\s/;

/** "is scheduled to", "was arrested": a verb's participle right after the subject's "is". */
const PASSIVE_AFTER = /^[”"’]?\s+(?:is|are|was|were)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+ed\b/u;

/**
 * Whether a name is led by the noun that says what it is: "Ukrainian energy company Burisma", "rapper
 * Lil Nas X" (the tagger reads the word before the name as a noun; "to investigate Burisma" is a verb).
 */
function describedBefore(text: string, before: string): boolean {
  const noun = /(?:^|\s)(\p{Ll}[\p{Ll}-]+)\s+$/u.exec(before);
  if (!noun || !/^\p{Lu}/u.test(text.slice(before.length))) return false;
  const at = before.length - noun[0].trimStart().length;
  return taggedText(text).some((t) => t.at === at && t.pos === "NOUN");
}

/** A sentence that opens on what came before: a pronoun, or a description in common nouns ("The union-organized rally", not "The Arrow 40"). */
const REFERS_BACK = /^[“"]?(?:(?:This|That|These|Those|It|Its|They|Their|He|His|She|Her)\s|The\s+\p{Ll})/u;

/** The sentence `d` places after a passage (before it, when negative) in its paragraph, not page furniture. */
export function besideInParagraph(kb: Knowledge, s: Sentence, d: number): Sentence | null {
  const other = kb.corpus.sentences.at(s.id + d);
  return other && other.doc === s.doc && other.paragraph === s.paragraph && !other.boilerplate ? other : null;
}

/** The sentences around one that its words lean on: up to two either side, in the same paragraph; a lede's next paragraph that refers back to it. */
export function neighbours(kb: Knowledge, s: Sentence): Sentence[] {
  const out: Sentence[] = [];
  for (const d of [-2, -1, 1, 2]) {
    const n = besideInParagraph(kb, s, d);
    if (n) out.push(n);
  }
  // An embedded post's text is told by whoever signs it, on the day it gives.
  const signature = postSignature(kb, s);
  if (signature) out.push(signature);
  const prev = kb.corpus.sentences.at(s.id - 1);
  if (out.length === 0 && prev && prev.doc === s.doc && !prev.boilerplate) out.push(prev);
  // A lede standing alone, after no sentence (a dateline, "Published 11:34 PM EST"), is carried on by the
  // paragraph after it when that refers back to it ("Several thousand teachers … surrounded the Indiana
  // Statehouse" then "The union-organized rally …"); not by one that starts anew ("Architects from across …").
  const next = kb.corpus.sentences.at(s.id + 1);
  const afterNoSentence = !prev || prev.doc !== s.doc || prev.boilerplate || !SENTENCE_END.test(prev.text);
  if (out.length <= 1 && afterNoSentence && s.paragraph !== next?.paragraph && next?.doc === s.doc && !next.boilerplate && REFERS_BACK.test(next.text)) out.push(next);
  return out;
}

/** "— Donald J. Trump (@realDonaldTrump) October 6, 2014": the line that signs an embedded post, after its text. */
export const POST_SIGNATURE = /^[—–]\s*[^()]{1,80}\(@\w{1,30}\)\s+\S.{0,40}\b\d{4}$/u;

/**
 * "Larry Rice, president, Johnson & Wales University": a line of a name, a comma and what they are,
 * that signs the first-person answer above it in a round-up of answers.
 */
const ANSWER_SIGNATURE = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,4},\s+\p{Ll}[^.!?]{0,120}$/u;
/** A word of the first person: the one who signs such an answer speaks in it. */
const FIRST_PERSON = /\b(?:I|I['’](?:m|ve|ll|d)|my|me|we|our)\b/;

/**
 * The signature of the embedded post a sentence is part of: the line right after its paragraph, when it
 * signs one; or the name line signing a first-person answer ("I live 23 miles from work." over "Larry
 * Rice, president, …").
 */
export function postSignature(kb: Knowledge, s: Sentence): Sentence | null {
  let next = kb.corpus.sentences.at(s.id + 1);
  while (next && next.doc === s.doc && next.paragraph === s.paragraph) next = kb.corpus.sentences.at(next.id + 1);
  if (!next || next.doc !== s.doc) return null;
  const line = next.text.trim();
  if (POST_SIGNATURE.test(line)) return next;
  const alone = kb.corpus.sentences.at(next.id + 1)?.paragraph !== next.paragraph;
  return alone && ANSWER_SIGNATURE.test(line) && FIRST_PERSON.test(s.text) ? next : null;
}

/**
 * The heading of the section a passage stands in ("VOLKSWAGEN ID. SPACE VIZZION CONCEPT" over "… says the
 * wagon will be able to go 300 miles"): the nearest line before it, in its article, that ends no sentence
 * and is short, in capitals or title case. A round-up names each thing once, over its section.
 */
export function sectionHeading(kb: Knowledge, passage: Sentence): Sentence | null {
  const known = onceFor(headings, kb, () => new Map<number, Sentence | null>());
  let heading = known.get(passage.id);
  if (heading === undefined) known.set(passage.id, (heading = headingOf(kb, passage)));
  return heading;
}
/** Each passage's heading, found once per version of the corpus: ranking reads it for every candidate. */
const headings = new WeakMap<Knowledge, Map<number, Sentence | null>>();

function headingOf(kb: Knowledge, passage: Sentence): Sentence | null {
  for (let id = passage.id - 1; id >= 0 && passage.id - id <= WEIGHTS.decide.headingReach; id--) {
    const s = kb.corpus.sentences.at(id);
    if (!s || s.doc !== passage.doc) return null;
    if (isHeadingLine(s)) return s;
  }
  return null;
}

/** Whether a line is a section's heading: it ends no sentence, is short, in capitals or title case. */
export function isHeadingLine(s: Sentence): boolean {
  return !s.boilerplate && !SENTENCE_END.test(s.text) && words(s.text).length <= HEADING_WORDS && HEADING_CASE.test(s.text);
}
/** The most words a heading has. */
const HEADING_WORDS = 8;
/**
 * Every word of a heading opens with a capital or a digit ("NISSAN SENTRA", "Toyota RAV4 Prime"), but for
 * the small words title case leaves in lower case inside it ("Queen of Katwe", "Home for Peculiar Children").
 */
const HEADING_CASE = /^[\p{Lu}\d][\p{L}\d.’'&-]*(?:\s+(?:(?:of|for|the|a|an|and|on|in|to|at|with|from|by)\s+)*[\p{Lu}\d][\p{L}\d.’'&-]*)*\s*$/u;

/**
 * The sentence before one whose `opening` takes up what that one gave: its time ("Between 1950 and
 * 2009, … During that time, …", `THAT_TIME`) or its place ("… in Reno, Nevada. That’s where …",
 * `THERE_WHERE`), if it opens so.
 */
export function referredBack(kb: Knowledge, s: Sentence, opening: RegExp): Sentence | undefined {
  if (!opening.test(s.text)) return undefined;
  const before = kb.corpus.sentences.at(s.id - 1);
  return before?.doc === s.doc ? before : undefined;
}
/** A sentence opening on the time the one before gave: "During that time", "Over the same period", "In those years". */
export const THAT_TIME = /^(?:(?:But|And|Yet)\s+)?(?:during|in|over|throughout|within|at)\s+(?:that|this|those|these|the same)\s+(?:time|period|span|stretch|years?|decades?)\b/i;
/** A sentence that places what it tells where the one before it was: "That’s where …". */
export const THERE_WHERE = /^(?:That['’]s|That is|This is|It['’]s|It is)\s+where\b/;
/** A year, as the terms write one. */
const YEAR_TERM = /^(?:1[5-9]|20)\d\d$/;

/**
 * The sentences before a passage that opens with a pronoun or a description ("He is currently being
 * held", "The 48-year-old Australian was evicted"), back to one that does not and names someone: the
 * person it speaks of is named there.
 */
export function goesOnAbout(kb: Knowledge, passage: Sentence): Sentence[] {
  const out: Sentence[] = [];
  let current = passage;
  let back = passage.id;
  // Sentences between that name no one ("Sentencing is scheduled for Feb. 14.", a newsletter's plug) are
  // read past to the one the pronoun is of, as many as page furniture is.
  const namesSomeone = (s: Sentence) => (kb.mentions.get(s.id) ?? []).some((e) => e.kind === "person");
  // Only a pronoun reaches so far back; a description ("The cuts have come") is of what was just named.
  const byPronoun = CONTINUES.test(passage.text);
  let chained = 0;
  let namingNoOne = 0;
  for (;;) {
    if (goesOn(current.text) && chained < WEIGHTS.decide.pronounChain) chained++;
    else if (current !== passage && byPronoun && !namesSomeone(current) && namingNoOne < WEIGHTS.decide.furnitureSkipped) namingNoOne++;
    else break;
    // Page furniture between (an embedded post, a caption) is read past.
    let before = kb.corpus.sentences.at(--back);
    while (before?.boilerplate && before.doc === current.doc && passage.id - back <= WEIGHTS.decide.furnitureSkipped) before = kb.corpus.sentences.at(--back);
    if (!before || before.doc !== current.doc || before.boilerplate) break;
    out.push((current = before));
  }
  return out;
}

/**
 * Whether a sentence goes on about someone named before it: it opens with a pronoun ("He is …",
 * `CONTINUES`), is a quotation a pronoun attributes or that runs on, or opens with a description of one
 * person ("The Portuguese boss had been out of work", "The real estate agent said").
 */
function goesOn(text: string): boolean {
  return CONTINUES.test(text) || SAID_BY_PRONOUN.test(text) || RUNS_ON_QUOTED.test(text) || describedOpening(text) !== null;
}

/**
 * The description of one person a sentence opens with, up to its person noun ("The real estate agent
 * said …": "real estate agent"; "The Portuguese boss had …": "Portuguese boss"), or null.
 */
export function describedOpening(text: string): string | null {
  // After a conjunction too: "But the black former Massachusetts governor is eager …".
  const m = /^(?:(?:But|And|Yet|Still|Now),?\s+the|The)\s+((?:\p{Lu}[\p{Ll}-]+\s+)?)(\p{Ll}+)(?:\s+(\p{Ll}+|\p{Lu}[\p{Ll}-]+))?(?:\s+(\p{Ll}+|\p{Lu}[\p{Ll}-]+))?(?:\s+(\p{Ll}+))?\b(?!['’])/u.exec(text);
  if (!m) return null;
  const opening = [m[2], m[3], m[4], m[5]].filter((w) => w !== undefined);
  // "The two sides have": a number counts several, so it describes no one person, and nor does anything after it.
  const counted = opening.findIndex((w) => NUMBER_WORDS.includes(w));
  if (counted >= 0) opening.length = counted;
  // A person noun, alone or ending a compound WordNet lists ("real estate agent", where "agent" is first a cause);
  // capitalized words before it are the place or party it is of ("former Massachusetts governor").
  const head = opening.findIndex((w, i) => /^\p{Ll}/u.test(w) && !/[^s]s$/.test(w) && opening.slice(0, i + 1).some((_, j) => isPersonNoun(opening.slice(j, i + 1).join(" "))));
  return head < 0 ? null : m[1] + opening.slice(0, head + 1).join(" ");
}

/** A quotation a pronoun gives its speaker ("From there, I tried …,” he said.", "… me!” he told them."): the speaker named before. */
const SAID_BY_PRONOUN = /[”"],?\s+(?:he|she)\s+(?:said|says|added|recalled|explained|told\s+\p{Ll}+)\.?$/u;
/** A quotation opened and not closed: it runs on into the next sentence, whose speaker says it. */
const RUNS_ON_QUOTED = /^[“"][^”"]*$/u;

/** What the features need of the question itself, read once per question rather than per candidate. */
interface Asked {
  /** "what share / percent …": a percentage is wanted. */
  share: boolean;
  /** The terms of the subject a "what is X" question defines. */
  subject: string[];
  /** Of a possessive subject ("LaMacchia's estimate"), the index of the owner's term; else -1. */
  owner: number;
  /** "what must students do": the doer's head noun before a modal, as a sentence would write it. */
  actor: RegExp | null;
  /** The people the question names: not the answer to its "who". */
  named: Set<Entity>;
  /** "what color …": a colour is wanted. */
  colour: boolean;
  /** The asked verbs as a verb is written, not as the noun of the same spelling ("fought", "will fight"; not "the fight"). */
  verb: RegExp | null;
}

function askedOf(kb: Knowledge, q: Question & { predicate?: string[] }): Asked {
  const named = new Set(q.named.map(fold));
  return {
    // kb.aliases holds every alias already folded: no alias is folded again per question.
    named: new Set(q.intent === "who" ? kb.aliases.filter((a) => a.entity.kind === "person" && named.has(a.folded)).map((a) => a.entity) : []),
    colour: /\bwhat colou?rs?\b/i.test(q.text),
    share: q.intent === "howmany" && /\b(?:share|percent|percentage|proportion|fraction|portion)\b/i.test(q.text),
    subject: q.intent === "what" && q.subject ? termsOf(q.subject) : [],
    owner: q.intent === "what" && q.subject && OWNED.test(q.subject) ? termsOf(q.subject.split(OWNED)[0]).length - 1 : -1,
    actor: actorPattern(q.text),
    verb: verbUsePattern(q.predicate ?? []),
  };
}

/**
 * A pattern of the asked verbs used as verbs: a past or "-ing" form ("fought", "fighting"), or the bare
 * form after a modal or "to" ("will fight"). The third person's "-s" and the bare form alone are nouns
 * as often ("fights", "the fight").
 */
function verbUsePattern(predicate: readonly string[]): RegExp | null {
  if (!predicate.length) return null;
  const inflected = predicate.flatMap((v) => wordForms(v, "verb").filter((f) => f !== v && !(f === `${v}s` || f === `${v}es`)));
  const bare = predicate.map(escapeRegExp).join("|");
  return new RegExp(`\\b(?:${[...new Set(inflected)].map(escapeRegExp).join("|") || "$^"})\\b|\\b(?:${BEFORE_BARE_VERB})\\s+(?:\\p{L}+ly\\s+)?(?:${bare})\\b`, "iu");
}

/** Words after which a bare form is a verb ("will fight", "to fight", "did not leave"). */
const BEFORE_BARE_VERB = "to|will|would|can|could|did|does|do|should|may|might|must|shall|not|never";

/** The features of one sentence for a question (see WEIGHTS.rank). */
function featuresOf(kb: Knowledge, q: Question & { now?: boolean; predicate?: string[] }, asked: Asked, s: Sentence, options: RankOptions, lexical: Pick<Features, "bm25" | "coverage" | "window">): Features {
  const text = s.text;
  const mentioned = kb.mentions.get(s.id) ?? [];
  let answerType = 0;
  if (q.intent === "when" && DATE_TEXT.test(text)) answerType = /\d/.test(text.match(DATE_TEXT)![0]) ? 1 : 0.5;
  if (q.intent === "howmany" && NUMBER.test(text)) answerType = /\d/.test(text) ? 1 : 0.5;
  if (q.intent === "where" && PLACE.test(text)) answerType = 1;
  if (q.intent === "who" && (mentioned.some((e) => e.kind === "person" && !asked.named.has(e)) || namedDoer(text, q.predicate ?? [], q.named))) answerType = 1;
  if (asked.colour && COLOUR.test(text)) answerType = 1;
  let speaker = 0;
  if (options.speaker) {
    if (kb.speakers.get(s.id)?.includes(options.speaker.id)) speaker = QUOTE_MARK.test(text) ? 1 : 2 / 3;
    else if (mentioned.includes(options.speaker)) speaker = 0.2;
  }
  // Copied field by field, not spread: V8 kept spread copies made per candidate past the young generation
  // (45 of the 61 MB that survived into the old generation over 600 Brown answers), and peak RSS rose with them.
  return {
    bm25: lexical.bm25,
    coverage: lexical.coverage,
    window: lexical.window,
    answerType,
    percent: asked.share && /%|\bpercent\b/i.test(text) ? 1 : 0,
    reason: q.asksWhy ? reasonFeature(text, options.terms ?? q.terms) : 0,
    focus: options.focus && mentioned.includes(options.focus) ? 1 : 0,
    speaker,
    definition: definitionFeature(text, asked.subject, asked.owner),
    actor: asked.actor?.test(text) ? 1 : 0,
    headline: s.index === 0 && s.paragraph === 0 && !/[.!?”"]$/.test(text.trim()) ? 1 : 0,
    recency: q.now ? recencyOf(kb, s) : 0,
    predicate: asked.verb?.test(text) ? 1 : 0,
  };
}

/** The weighted sum of a passage's features: the one scoring function of the answer path. */
export function scoreOf(f: Features, forSpeaker: boolean, q: Pick<Question, "intent">): number {
  const w = WEIGHTS.rank;
  const lexical = forSpeaker ? WEIGHTS.speakerRank : w;
  const type = q.intent === "when" ? w.answerType.date : q.intent === "howmany" ? w.answerType.number : q.intent === "where" ? w.answerType.place : q.intent === "who" ? w.answerType.person : w.answerType.colour;
  return (
    lexical.bm25 * f.bm25 + lexical.coverage * f.coverage + lexical.window * f.window + type * f.answerType + w.percent * f.percent +
    w.reason * f.reason + w.focus * f.focus + w.speaker * f.speaker + w.definition * f.definition + w.actor * f.actor + w.headline * f.headline + w.recency * f.recency +
    w.predicate * f.predicate
  );
}

/** How new a sentence's article is among the corpus's dated articles: 1 the newest, 0 the oldest or undated. */
function recencyOf(kb: Knowledge, s: Sentence): number {
  let span = dateSpans.get(kb);
  if (!span) {
    const dates = kb.corpus.docs.map((d) => d.published).filter((d): d is string => Boolean(d)).sort();
    span = dates.length ? { first: Date.parse(dates[0]), last: Date.parse(dates[dates.length - 1]) } : { first: 0, last: 0 };
    dateSpans.set(kb, span);
  }
  const date = kb.docs.get(s.doc)?.published;
  if (!date || span.last === span.first) return 0;
  return (Date.parse(date) - span.first) / (span.last - span.first);
}
const dateSpans = new WeakMap<Knowledge, { first: number; last: number }>();
