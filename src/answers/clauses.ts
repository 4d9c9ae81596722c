import type { Sentence } from "../corpus/load.js";
import { LIGHT_VERBS, PREPOSITIONAL_PARTICIPLES, SPEECH_VERBS, alternation } from "../lexicon/english.js";
import { tag, type Tagged } from "../lexicon/nlp.js";

/**
 * The extract stage's view of which act a date or a figure belongs to: the verbs of its own clause.
 * In "killing two people and injuring several others", "two" is in the clause of "killing", not of
 * "injuring"; in "the order he plans to sign on Friday, days before leaving office", "Friday" is in
 * the clause of "sign"; a light verb or a verb of saying names no act ("52 percent said it has") but
 * one of the `asked` verbs. A
 * clause runs between commas, semicolons, colons, dashes, brackets and the conjunctions "and", "but"
 * and "or". A clause with no verb ("In 1997, Clinton imposed …", "the $19
 * billion acquisition of WhatsApp") gives none: its span may be anyone's.
 */
export function clauseVerbs(s: Sentence, span: { at: number; text: string }, asked: readonly string[] = []): Tagged[] {
  const tagged = taggedSentence(s);
  // "users running Linux (according to the Steam Survey) rose to 0.84%": an aside in brackets ends no
  // clause around it; for a span inside it, it is a clause of its own.
  const asides = [...s.text.matchAll(BRACKETED)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  const outside = (at: number) => !asides.some((a) => at >= a.start && at < a.end && !(span.at > a.start && span.at < a.end));
  const breaks = [...s.text.matchAll(CLAUSE_BREAK)]
    .filter((m) => !joinsNouns(s.text, m, tagged) && outside(m.index!))
    .map((m) => ({ start: m.index!, end: m.index! + m[0].length }))
    // "announced this morning that he will leave … on Jan. 20": what is reported is a clause of its own.
    .concat([...s.text.matchAll(REPORTED_THAT)].map((m) => ({ start: m.index! + m[0].length - 5, end: m.index! + m[0].length })))
    .sort((a, b) => a.start - b.start);
  const start = Math.max(0, ...breaks.filter((b) => b.end <= span.at).map((b) => b.end));
  const after = breaks.filter((b) => b.start >= span.at + span.text.length);
  // "46 people, for some reason or another, visited my profile": an aside with no verb between commas,
  // its clause's verb right after it, ends no clause.
  const [aside, back] = after;
  const firstAfter = (at: number) => tagged.find((t) => t.at >= at);
  const skipsAside =
    back !== undefined &&
    s.text[aside.start] === "," &&
    s.text[back.start] === "," &&
    // "including" opens an aside as a preposition would ("47% of tasks, including many jobs, could be eliminated").
    !tagged.some((t) => t.at >= aside.end && t.at < back.start && (t.pos === "VERB" || t.pos === "AUX") && !PREPOSITIONAL_PARTICIPLES.has(t.lower)) &&
    /^(?:VERB|AUX)$/.test(firstAfter(back.end)?.pos ?? "");
  const ends = (skipsAside ? after.slice(2) : after).map((b) => b.start);
  // A clause of result shares the time of the one it follows: "should ease by Thursday morning,
  // allowing PG&E to begin restoring power" tells when power is restored too.
  const result = ends.length > 0 && RESULT_CLAUSE.test(s.text.slice(ends[0]));
  const end = Math.min(s.text.length, ...ends.slice(result ? 1 : 0));
  // A gerund after a preposition names an act of the noun phrase ("after years of serving as …"), no clause's verb;
  // after a preposition of time or means it is one ("after seeking refuge at the embassy in 2012", "by
  // selling Hipcricket to Augme in 2011").
  const gerundAfterPreposition = (t: Tagged, i: number) => /ing$/.test(t.lower) && tagged[i - 1]?.pos === "ADP" && !CLAUSE_PREPOSITIONS.has(tagged[i - 1].lower);
  const verbsIn = (from: number, to: number) => tagged.filter((t, i) => t.at >= from && t.at < to && t.pos === "VERB" && !PREPOSITIONAL_PARTICIPLES.has(t.lower) && (!NAMES_NO_ACT.has(t.lemma) || asked.includes(t.lemma)) && !gerundAfterPreposition(t, i));
  // "but by 1969, Congress stopped appropriating money …, and in 1979, that agency was formally disbanded":
  // a clause of a time alone, set off by a comma, dates the clause after it.
  if (s.text[end] === "," && FRONTED_TIME.test(s.text.slice(start, span.at)) && /^[\s.]*$/.test(s.text.slice(span.at + span.text.length, end))) {
    const next = breaks.find((b) => b.start > end);
    return verbsIn(end + 1, next?.start ?? s.text.length);
  }
  return verbsIn(start, end);
}

/** What may open a clause that is a time alone: a conjunction, an adverb of sequence, a preposition of time. */
const FRONTED_TIME = /^\s*(?:(?:but|and|so|then|yet)\s+)?(?:(?:in|by|on|since|until|at|during|after|before|from|as\s+of|as\s+early\s+as|as\s+late\s+as|early|late|later)\s+)?$/i;

/**
 * Whether a conjunction joins two nouns rather than two clauses: no verb stands between it and where
 * the words before it begin ("Webb grabbed the girl as she and her mother were walking … at 6:38
 * p.m.": "she and her mother" is one subject, and the time is the grabbing's too).
 */
function joinsNouns(text: string, m: RegExpExecArray | RegExpMatchArray, tagged: Tagged[]): boolean {
  if (!/^\s/.test(m[0])) return false;
  // "direct-to-consumer and international division", "business development and corporate strategy":
  // a noun or an adjective on either side, the word after no verb.
  // Tags are in text order: the one before the conjunction is the last that starts before it.
  const next = tagged.findIndex((t) => t.at >= m.index!);
  const before = tagged[(next < 0 ? tagged.length : next) - 1];
  const after = tagged.find((t) => t.at >= m.index! + m[0].length);
  if (before && after && NOMINAL.test(before.pos) && NOMINAL.test(after.pos)) return true;
  // "songs that summer and sent 12": a determiner "that" opens no clause.
  const opensClause = (b: RegExpMatchArray) => !/^that\s/i.test(b[0]) || tagged.find((t) => t.at === b.index!)?.pos !== "DET";
  const from = Math.max(0, ...[...text.slice(0, m.index!).matchAll(CONJUNCT_START)].filter(opensClause).map((b) => b.index! + b[0].length));
  return !tagged.some((t) => t.at >= from && t.at < m.index! && (t.pos === "VERB" || t.pos === "AUX"));
}

/** Prepositions of time and of means: a gerund after one heads a clause of its own ("after leaving office", "by selling the firm"). */
/**
 * An -ing form after a preposition or determiner, with no object after it, names the act as a noun
 * does: "The group stage of qualifying finished" states no qualifying by anyone. (`clauseVerbs` reads a
 * gerund after a preposition of its noun phrase the same way, object or not.)
 */
export function nominalGerund(tags: Tagged[], i: number): boolean {
  const before = tags[i - 1]?.pos;
  const after = tags[i + 1]?.pos;
  return tags[i].lower.endsWith("ing") && (before === "ADP" || before === "DET") && after !== "DET" && after !== "NOUN" && after !== "PROPN" && after !== "PRON" && after !== "NUM";
}

const CLAUSE_PREPOSITIONS = new Set(["after", "before", "since", "upon", "while", "when", "until", "by", "without", "from"]);

/** Parts of speech a noun phrase is made of, on either side of an "and" that joins two of them. */
const NOMINAL = /^(?:NOUN|PROPN|ADJ|NUM)$/;

/** Where the words a conjunction follows begin: a clause break, or a word opening a clause of its own. */
const CONJUNCT_START = /[,:;()—–]|\b(?:as|while|when|where|after|before|because|since|until|if|that|who|which)\s/gi;

/**
 * Verbs that name no act a date or figure could belong to: light verbs (among them "say", "tell",
 * "think") and verbs that report a view. "a 52-percent majority of GOP insiders said it has" reports
 * the answer to "has the campaign deployed Pence effectively", asked before it. Announcing, declaring,
 * tweeting are acts of their own: "announced the exchange last week" does not say when anyone returned.
 */
const NAMES_NO_ACT = new Set([...LIGHT_VERBS, "argue", "claim"]);

/** A participle opening a clause that says what the clause before it leads to. */
const RESULT_CLAUSE = /^,\s+(?:allowing|enabling|letting|forcing|prompting|causing|leading|paving)\b/;

/** Where a clause ends: a comma or colon before a space (not "1,200" or "8:51"), a semicolon, a dash, a bracket, or a conjunction. */
const CLAUSE_BREAK = /[,:](?=\s)|[;()—–]|\s(?:and|but|or)\s/g;
/** An aside in brackets, without brackets inside. */
const BRACKETED = /\([^()]*\)/g;
/** A verb of reporting, at most three words, then "that": the clause after it is what was reported. */
const REPORTED_THAT = new RegExp(`\\b(?:${alternation(SPEECH_VERBS)})(?:\\s+[\\p{L}.]+){0,3}?\\s+that\\s`, "giu");

/** Tags of a sentence, kept for the few most recent: one question reads a passage's tags for each of its spans. */
export function taggedSentence(s: Sentence): Tagged[] {
  return taggedText(s.text);
}

/** Tags of a text, from the same few-most-recent cache: ranking and extraction read the same candidates. */
export function taggedText(text: string): Tagged[] {
  const hit = recent.get(text);
  if (hit) return hit;
  const tokens = tag(text);
  if (recent.size >= RECENT_MAX) recent.delete(recent.keys().next().value!);
  recent.set(text, tokens);
  return tokens;
}
const recent = new Map<string, Tagged[]>();
const RECENT_MAX = 64;
