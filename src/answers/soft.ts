import { onceFor } from "../collections.js";
import type { Knowledge } from "../index/knowledge.js";
import { indexTerm, termsOf } from "../index/terms.js";
import { escapeRegExp } from "../entities/extract.js";
import { COSTING_VERBS, EARNING_VERBS, MEASURE_ADJECTIVES, MEASURE_VERBS, PEOPLE_NOUNS, PHRASAL_PARTICLES, PLACING_VERBS } from "../lexicon/english.js";
import { inflections, irregularLemma, regularForms, tag, type Tagged } from "../lexicon/nlp.js";
import { verbForms } from "./doer.js";
import { baseForms, derivations, impliedBy, isAdjective, isMotionVerb, isNoun, isPersonNoun, isVerb, narrowerNouns, pertainedNames, phrasalMeaning, synonyms, type WordClass } from "../lexicon/wordnet.js";
import type { Corpus } from "../corpus/load.js";
import { surfaceVocabulary } from "../questions/vocabulary.js";
import { WEIGHTS } from "./weights.js";
import { nameIndex } from "./resolve.js";

/** Letters a stem may drop from a derived word and still stand for it alone ("detention" → "detent"). */
const MAX_STEM_CUT = 3;
/** The shortest stem of a regular ending searched for (the "di" of "died"); shorter ones are mostly other words. */
const MIN_ALTERNATIVE_STEM = 2;

/** The relation a question asks about, as `understandQuestion` gives it, and the names it gives. */
export interface Relation {
  predicate?: string[];
  relationNouns?: string[];
  named?: string[];
  /** The question as corrected, whose nouns are read for their synonyms. */
  normalized?: string;
}

/**
 * The words, in every inflection, by which an article may say a relation word otherwise: those WordNet
 * derives from its commonest senses ("detain": custody, detention, detainees). What retrieval looks for
 * (here, by stem) and what decide accepts (`answers/decide.ts`, whole words) come from this one list.
 */
export function derivedForms(lemma: string, cls: WordClass): string[] {
  const commonest = derivations(lemma, cls, WEIGHTS.decide.derivationSenses);
  // Further senses add only words built on the lemma itself ("grow": growth), never other roots ("found": basis).
  const related = derivations(lemma, cls, WEIGHTS.decide.rootedDerivationSenses, WEIGHTS.decide.rootedDerivationTargetSenses).filter((d) => sharesRoot(d.word, lemma));
  // A noun English builds on the verb itself that WordNet does not link to it ("partner": partnership).
  const built = cls === "verb" ? VERB_NOUN_SUFFIXES.map((suffix) => lemma + suffix).filter((w) => isNoun(w)).map((word) => ({ word, cls: "noun" as const })) : [];
  return [...new Set([...commonest, ...related, ...built].flatMap((d) => [d.word, ...inflections(d.word, d.cls), ...pluralOnlySingulars(d.word, d.cls)]))];
}
/** Endings that make a noun of the act from a verb as it is ("partnership", "sponsorship", "settlement"). */
const VERB_NOUN_SUFFIXES = ["ship", "ment"];

/** WordNet lists some nouns only in the plural ("losses", "winnings"): their singular is written too ("a loss"). */
function pluralOnlySingulars(word: string, cls: WordClass): string[] {
  return cls === "noun" && word.endsWith("s") ? baseForms(word).filter((b) => b !== word && isNoun(b)) : [];
}

/**
 * The nouns for whoever does a verb: WordNet's derived nouns for a person, and the verb with -er or
 * -or, or as it is, when WordNet knows that word as a person ("direct": director, "found": founder,
 * "coach": coach, "host": host).
 */
export function agentNouns(verb: string): string[] {
  return [...new Set([...derivedForms(verb, "verb"), verb, ...agentNounForms(verb)].filter((w) => isPersonNoun(w)))];
}

/** The nouns English builds for one who does a verb, whatever WordNet's first sense of them: "founder", "owner", "creator", "winner". */
export function agentNounForms(verb: string): string[] {
  const stem = verb.replace(/e$/, "");
  const doubled = /[^aeiou][aeiou][bdgmnpt]$/.test(verb) ? verb + verb.slice(-1) : verb;
  return [...new Set([`${verb}er`, `${verb}r`, `${verb}or`, `${stem}er`, `${stem}or`, `${doubled}er`])];
}

/** Letters a derived word must share with the start of its lemma to count as built on it. */
const ROOT_LETTERS = 4;

function sharesRoot(derived: string, lemma: string): boolean {
  // A short lemma may change its last letter in the derived word: "lose" → loss.
  const n = lemma.length <= ROOT_LETTERS ? Math.max(ROOT_LETTERS - 1, lemma.length - 1) : ROOT_LETTERS;
  return derived.slice(0, n) === lemma.slice(0, n);
}

/**
 * The verbs whose use states a verb: those that cause or entail it ("die": kill). Compared in every
 * inflection and by stem, as synonyms are: they are verbs, as the question's verb is.
 */
export function implyingVerbs(lemma: string, cls: WordClass): string[] {
  return cls === "verb" ? impliedBy(lemma, WEIGHTS.decide.implicationSenses) : [];
}

/** A question's soft alternatives (`softAlternatives`), read once per question: extraction and decision ask them of each candidate passage. */
const softByQuestion = new WeakMap<object, Map<string, string[]>>();

export function softOfQuestion(kb: Knowledge, q: Relation & { terms: string[] }): Map<string, string[]> {
  return onceFor(softByQuestion, q, () => softAlternatives(kb, q.terms, q));
}

/**
 * Stage 4's soft match: for each of the question's relation words (its predicate verbs, its relation
 * nouns), the index terms of its derived forms (`derivedForms`) that the corpus uses. Keyed by the
 * question's own term for the word, with the verbs that imply it (`implyingVerbs`).
 *
 * @example softAlternatives(kb, ["has", "ice", "detain"], { predicate: ["detain"] }) // Map { "detain" => ["custodi", "detent"] }
 */
export function softAlternatives(kb: Knowledge, terms: string[], q: Relation): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const words: Array<[string, WordClass]> = [...(q.predicate ?? []).map((w): [string, WordClass] => [w, "verb"]), ...(q.relationNouns ?? []).map((w): [string, WordClass] => [w, "noun"])];
  for (const [lemma, cls] of words) {
    const own = [lemma, ...inflections(lemma, cls)].map((x) => indexTerm(x) ?? x);
    // The question's term may be a regular form's stem other than the lemma's ("suing", "sued": su, for "sue").
    const key = terms.find((t) => own.includes(t)) ?? terms.find((t) => regularForms(lemma).some((f) => indexTerm(f) === t));
    if (!key) continue;
    const alternatives = new Set<string>();
    // An irregular form is the word itself ("broke" for "break"), but its stem is another.
    for (const t of own) if (t !== key && kb.vocabulary.has(t)) alternatives.add(t);
    // A regular ending whose stem is not the lemma's ("died": di, for "die").
    for (const form of regularForms(lemma)) {
      const t = indexTerm(form);
      if (t && t.length >= MIN_ALTERNATIVE_STEM && kb.vocabulary.has(t) && !own.includes(t)) alternatives.add(t);
    }
    for (const form of derivedForms(lemma, cls)) {
      const t = indexTerm(form);
      // A stem that cut more than a suffix off a long derived word is shared with unrelated words ("origination", "originally").
      if (t && form.length - t.length <= MAX_STEM_CUT && kb.vocabulary.has(t) && !own.includes(t)) alternatives.add(t);
    }
    for (const form of implyingVerbs(lemma, cls).flatMap((v) => [v, ...inflections(v, "verb")])) {
      const t = indexTerm(form);
      if (t && kb.vocabulary.has(t) && !own.includes(t)) alternatives.add(t);
    }
    if (alternatives.size) out.set(key, [...alternatives]);
  }
  // "how many volunteer doctors" is said "four volunteer physicians": a noun of the question by a synonym
  // of its commonest sense, one word the corpus uses.
  let names: ReadonlySet<string> | undefined;
  for (const t of q.normalized ? nounsOf(q.normalized) : []) {
    const key = indexTerm(t.lower);
    if (!key || !terms.includes(key) || out.has(key)) continue;
    const said = synonyms(t.lemma, "noun", WEIGHTS.nounSynonymSenses)
      .filter((w) => !w.includes("_"))
      .map((w) => indexTerm(w))
      .filter((x): x is string => x !== null && x !== key && x.length >= MIN_ALTERNATIVE_STEM && kb.vocabulary.has(x));
    // "the workers" are also said by kinds of them: "cabin cleaners and wheelchair attendants are asking …".
    // Not a kind whose word is someone's name in the articles ("smith": Caitlyn Smith is no worker).
    const kinds = t.lower !== t.lemma && isPersonNoun(t.lemma) && !PEOPLE_NOUNS.includes(t.lower)
      ? narrowerNouns(t.lemma, WEIGHTS.narrowerPersonDepth).filter((w) => !(names ??= nameIndex(kb).personWords).has(w)).map((w) => indexTerm(`${w}s`)).filter((x): x is string => x !== null && x !== key && kb.vocabulary.has(x))
      : [];
    if (said.length || kinds.length) out.set(key, [...new Set([...said, ...kinds])]);
  }
  // "the first TV debate in Britain" is said "in British elections": a place by the adjective for it.
  for (const name of q.named ?? []) {
    const key = indexTerm(name);
    const adjectives = key && terms.includes(key) ? adjectivesPertainingTo(kb.corpus, name).filter((t) => t !== key && kb.vocabulary.has(t)) : [];
    if (key && adjectives.length) out.set(key, [...new Set([...(out.get(key) ?? []), ...adjectives])]);
  }
  // "how heavy is X" is said "X weighs 8.4 pounds": a scale is stated by its verb. Not by its units
  // alone: "kilometers" would make any distance an answer to "how long was the demo".
  for (const adjective of Object.keys(MEASURE_ADJECTIVES)) {
    const key = indexTerm(adjective);
    if (!key || !terms.includes(key)) continue;
    const verbs = Object.entries(MEASURE_VERBS).filter(([, a]) => a === adjective).map(([v]) => v);
    const said = verbs.map((w) => indexTerm(w)).filter((t): t is string => t !== null && t !== key && kb.vocabulary.has(t));
    if (said.length) out.set(key, [...new Set([...(out.get(key) ?? []), ...said])]);
  }
  // "how much does Trump weigh", "how heavy is he" are said "he clocked in at 243 pounds": a unit no
  // other scale lists states its scale (pounds, kilograms); one that others share does not (kilometers),
  // nor do the units of "long", which asks a time or a length ("how long was the demo": not its minutes).
  for (const [word, adjective] of [...Object.entries(MEASURE_VERBS), ...Object.keys(MEASURE_ADJECTIVES).map((a) => [a, a])]) {
    const key = indexTerm(word);
    if (!key || !terms.includes(key) || adjective === "long") continue;
    const units = ownUnits(adjective).map((u) => indexTerm(u)).filter((t): t is string => t !== null && kb.vocabulary.has(t));
    if (units.length) out.set(key, [...new Set([...(out.get(key) ?? []), ...units])]);
  }
  return out;
}

/** A question's nouns, tagged once: one question is ranked several times (its passages, its focus, a decline's sources). */
function nounsOf(question: string): Tagged[] {
  if (question !== lastNouns.question) lastNouns = { question, nouns: tag(question).filter((t) => t.pos === "NOUN") };
  return lastNouns.nouns;
}
let lastNouns: { question: string; nouns: Tagged[] } = { question: "", nouns: [] };

/** The units of a scale that no other scale lists. */
function ownUnits(adjective: string): string[] {
  const others = Object.entries(MEASURE_ADJECTIVES).filter(([a]) => a !== adjective).flatMap(([, s]) => s.units);
  return MEASURE_ADJECTIVES[adjective].units.filter((u) => !others.includes(u));
}

const PARTICLES = PHRASAL_PARTICLES.join("|");
/** A verb and the particle after it ("kicking off", "stepped down", "filled in"). */
const VERB_PARTICLE = new RegExp(`\\b(\\p{L}+)\\s+(${PARTICLES}|in|on)\\b`, "giu");

/** The particles a question writes after a form of the verb ("when did EEE first show up": up). */
function particlesAsked(question: string, verb: string): string[] {
  return [...question.matchAll(VERB_PARTICLE)].filter((m) => verbLemmas(m[1].toLowerCase()).includes(verb)).map((m) => m[2].toLowerCase());
}

/**
 * Whether texts state a verb by a phrasal verb that means it (`phrasalMeaning`): "Kicking off in June
 * 2020" says when the tour starts, "stepped down" that someone resigned. Pairs are read as WordNet's
 * phrasal lemmas ("kick_off"), the verb by its irregular or regular lemma ("stepped": step).
 */
export function statesByPhrasal(verb: string, texts: string[]): boolean {
  for (const text of texts) {
    for (const m of text.matchAll(VERB_PARTICLE)) {
      const particle = m[2].toLowerCase();
      const phrasal = verbLemmas(m[1].toLowerCase()).map((v) => `${v}_${particle}`).find((p) => isVerb(p));
      if (phrasal && phrasalMeaning(phrasal, WEIGHTS.decide.phrasalSenses).includes(verb)) return true;
    }
  }
  return false;
}

/**
 * Whether every use of a verb in texts is one of a phrasal verb the question does not ask, whose meaning
 * is not the verb's ("try to win over a Brexit-weary electorate" states no winning): a verb is stated by
 * its own uses, not by another verb that starts with it. "in" and "on" are read as prepositions ("built in 1904").
 */
export function usedOnlyInPhrasal(verb: string, texts: string[], question: string): boolean {
  // "raise up to $12.9bn": "up to" before a figure bounds it, it makes no phrasal verb.
  const pattern = new RegExp(`\\b(?:${verbForms([verb])})\\b(?:\\s+(${PARTICLES})\\b(?!\\s+to\\s+(?:[$£€¥]|\\d|about\\b|an?\\s)))?`, "giu");
  const uses = texts.flatMap((t) => [...t.matchAll(pattern)]);
  const asked = new Set(particlesAsked(question, verb));
  return (
    uses.length > 0 &&
    uses.every((m) => {
      const particle = m[1]?.toLowerCase();
      const phrasal = particle ? `${verb}_${particle}` : "";
      return particle !== undefined && !asked.has(particle) && isVerb(phrasal) && !phrasalMeaning(phrasal, WEIGHTS.decide.phrasalSenses).includes(verb);
    })
  );
}

/** A verb of motion before a preposition says another verb: "coming across the border" crosses it, "came into the country" entered it. */
const MOTION_PREPOSITIONS: Record<string, string> = { cross: "across", enter: "into" };

/**
 * Whether texts state a verb by a verb of motion and its preposition ("$53 million a week is coming
 * across the border" states that it crosses): a word or none between them ("flowing back across").
 */
export function statesByMotion(verb: string, texts: string[]): boolean {
  const preposition = Object.hasOwn(MOTION_PREPOSITIONS, verb) ? MOTION_PREPOSITIONS[verb] : undefined;
  if (!preposition) return false;
  const pattern = new RegExp(`\\b(\\p{L}+)\\s+(?:(\\p{L}+)\\s+)?${preposition}\\b`, "giu");
  return texts.some((text) => [...text.matchAll(pattern)].some((m) => [m[1], m[2]].some((w) => w !== undefined && verbLemmas(w.toLowerCase()).some(isMotionVerb))));
}

/**
 * Whether texts state a verb of placing by any verb that takes the same thing into the same name the
 * question puts it into: "how much is SoftBank putting into WeWork" — "agreed to inject $6.5 billion … into WeWork".
 */
export function statesByPlacement(verb: string, texts: string[], question: string): boolean {
  if (!PLACING_VERBS.includes(verb)) return false;
  const into = /\binto\s+(?:the\s+)?(\p{Lu}[\p{L}.&'’-]*)/u.exec(question)?.[1];
  if (!into) return false;
  const pattern = new RegExp(`\\binto\\s+(?:the\\s+)?${escapeRegExp(into)}\\b`, "u");
  return texts.some((t) => pattern.test(t));
}

/**
 * Whether texts state what something costs by a sum after "for" or "at" ("Wyze Sense Starter Kit for
 * $20", "priced at $399"), by a sum a time ("Disney’s $6.99-a-month service", "$15 a month"), or by a sum before its noun.
 */
export function statesPriceBySum(verb: string, texts: string[]): boolean {
  return COSTING_VERBS.includes(verb) && texts.some((t) => PRICE_AFTER.test(t) || PRICE_RATE.test(t) || PRICED_THING.test(t));
}
/**
 * Whether texts state what something made or earned by a verb of takings before a sum: "Twitch generated
 * roughly $2 billion in 2016 sales", "grossed $40 million", "brought in $3 million".
 */
export function statesEarningBySum(verb: string, texts: string[]): boolean {
  return EARNING_VERBS.includes(verb) && texts.some((t) => TAKINGS_BEFORE_SUM.test(t));
}
const TAKINGS_BEFORE_SUM = /\b(?:earn(?:s|ed|ing)?|generat(?:es|ed|ing|e)|gross(?:es|ed|ing)?|net(?:s|ted|ting)?|(?:brings?|brought|bringing|takes?|took|taking|pulls?|pulled|pulling|rakes?|raked|raking)\s+in)\s+(?:\p{Ll}+\s+){0,2}[$£€¥]\s?\d/u;

/** A sum set before a thing's noun is what it costs: "the $250 million stadium it plans to build". */
const PRICED_THING = /\b(?:the|a|an|its|their|his|her)\s+[$£€¥]\s?\d[\d,.]*(?:\s+(?:thousand|million|billion|trillion))?\s+(?!(?:in|of|for|to|per|a|an|and|or|on|from)\b)\p{Ll}{3,}/u;
const PRICE_AFTER = /\b(?:for|at)\s+(?:just\s+|only\s+|about\s+|around\s+)?[$£€¥]\s?\d/u;
const EVERY_PRICE_AFTER = new RegExp(PRICE_AFTER.source, "gu");
/** Characters before a price searched for the thing priced ("Powder River Basin coal trades at about $10"). */
const PRICED_REACH = 40;

/** Whether a text prices a thing whose words `asked` holds: a sum after "for" or "at" with such a word just before. */
export function pricesAsked(text: string, asked: (term: string) => boolean): boolean {
  return [...text.matchAll(EVERY_PRICE_AFTER)].some((m) => termsOf(text.slice(Math.max(0, m.index - PRICED_REACH), m.index)).some(asked));
}
const PRICE_RATE = /[$£€¥]\s?\d[\d,.]*(?:-an?-|-per-|\s+an?\s+|\s+per\s+)(?:month|year|week|day)\b/u;
/** A sum for each of any unit: "$1,173.72 an ounce", "$50.42 a barrel", "€2 per litre". */
const SUM_PER_UNIT = /[$£€¥]\s?\d[\d,.]*\s+(?:a|an|per)\s+\p{Ll}+/u;

/** Whether texts give a thing's price as a sum for each of a unit ("Spot gold was little changed at $1,173.72 an ounce"). */
export function statesPricePerUnit(texts: string[]): boolean {
  return texts.some((t) => SUM_PER_UNIT.test(t));
}

/**
 * What a verb the question asks by a phrasal verb means ("when did EEE first show up": appear,
 * surface), read as `statesByPhrasal` reads a passage's: a passage may say it in one word ("first appeared").
 */
export function phrasalMeaningsAsked(question: string, verb: string, senses: number = WEIGHTS.decide.phrasalSenses): string[] {
  const out: string[] = [];
  for (const particle of particlesAsked(question, verb)) {
    const phrasal = `${verb}_${particle}`;
    if (isVerb(phrasal)) out.push(...phrasalMeaning(phrasal, senses));
    // "laid off" is written "layoffs", "took over" "takeover": the noun English joins a phrasal verb into.
    const joined = `${verb}${particle}`;
    if (isNoun(joined)) out.push(joined);
  }
  return out;
}

/** The lemmas a verb form may be of: itself, an irregular form's ("took": take), a regular one's with a doubled consonant undone ("stepped": step). */
function verbLemmas(form: string): string[] {
  const regular = baseForms(form).flatMap((b) => (/([b-df-hj-np-tv-z])\1$/.test(b) ? [b, b.slice(0, -1)] : [b]));
  return [form, irregularLemma(form, "verb") ?? "", ...regular].filter(Boolean);
}

/** Per corpus: each capitalized adjective that pertains to a place (its index term, the names it pertains to), and each name's adjectives once asked. */
const pertaining = new WeakMap<Corpus, { adjectives: Map<string, { term: string; names: string[] }>; byName: Map<string, string[]> }>();

/**
 * The index terms of the corpus's capitalized adjectives that pertain to a name: by WordNet's
 * pertainyms ("French" → France), or, for an adjective that pertains to some place, by the name's
 * own root ("British" pertains to Great Britain, and is Britain's). Read once per corpus from the words it capitalizes.
 *
 * @example adjectivesPertainingTo(corpus, "Britain") // ["british"]
 */
export function adjectivesPertainingTo(corpus: Corpus, name: string): string[] {
  let known = pertaining.get(corpus);
  if (!known) {
    const adjectives = new Map<string, { term: string; names: string[] }>();
    for (const [key, w] of surfaceVocabulary(corpus).words) {
      if (w.capitalized === 0 || !/^\p{Lu}\p{Ll}/u.test(w.form) || !isAdjective(key)) continue;
      const names = pertainedNames(key);
      const term = indexTerm(key);
      if (term && names.length) adjectives.set(key, { term, names });
    }
    pertaining.set(corpus, (known = { adjectives, byName: new Map() }));
  }
  const lower = name.toLowerCase();
  let out = known.byName.get(lower);
  if (!out) {
    out = [...known.adjectives].filter(([adjective, { names }]) => names.includes(lower) || sharesRoot(adjective, lower)).map(([, { term }]) => term);
    known.byName.set(lower, out);
  }
  return out;
}
