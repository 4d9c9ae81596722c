import { fold } from "../index/terms.js";
import { TITLE_WORDS, alternation } from "../lexicon/english.js";
import { hasPersonSense, isAdjective, isInstanceOf, isVerb, nounLemma, isNoun, isPersonNoun, isPlaceName } from "../lexicon/wordnet.js";
import { irregularLemma, regularForms, tag } from "../lexicon/nlp.js";

/**
 * The extract stage for "which journal published it", "what technique did they use": the name the
 * passage gives the thing of the asked kind. Written after the kind's noun ("the journal Current
 * Biology", "the technique called “mental chronometry”", "the city of Sirte") or before it ("AA batteries"), verbatim.
 *
 * @example kindNameIn("published in the journal Current Biology.", "journal", "which journal published it") // "Current Biology"
 */
export function kindNameIn(text: string, noun: string, question: string): string | null {
  // Case-sensitive throughout, so that a capitalized name is one: the noun is matched in either case by its forms.
  const lemma = nounLemma(noun);
  const forms = alternation([...new Set([noun, lemma, ...regularForms(lemma)].flatMap((f) => [f, f[0].toUpperCase() + f.slice(1)]))]);
  const asked = askedWords(question);
  // "the city of Sirte" names the city; "the first victim of National Socialism" names no victim.
  const of = isPersonNoun(lemma) ? "" : "|of";
  // Only a person's relation is set beside a role's words ("her husband, sports agent Dale Frost,"); a thing's noun, so, is speech ("the pressure, says Lee …").
  const roleWords = isPersonNoun(lemma) ? `(?:${ROLE_WORD}\\s+){0,3}` : "";
  const patterns = [
    new RegExp(`\\b(?:${forms}),?\\s+(?:called|named|known as|dubbed)?\\s*[“"‘](?<name>[^”"’]{2,60})[”"’]`, "gu"),
    // A quoted name right before the kind's noun: "the ‘Full Stop’ campaign".
    new RegExp(`[“"‘](?<name>[^”"’]{2,60})[”"’]\\s+(?:${forms})\\b`, "gu"),
    // "Carlson’s husband, sports agent Casey Close, put her": a role's words may stand before the name set beside the noun.
    new RegExp(`\\b(?<noun>${forms})(?:,\\s+${roleWords}(?=${CAPITALIZED},)|\\s+)(?<called>(?:called|named|known as|dubbed${of})\\s+)?(?<name>${CAPITALIZED})`, "gu"),
    new RegExp(`(?<![.!?]\\s*|^)(?<=\\s)(?<name>${CAPITALIZED})\\s+(?<after>${forms})\\b`, "gu"),
  ];
  const spans: Array<{ from: number; to: number; rank: number }> = [];
  patterns.forEach((p, rank) => {
    for (const m of text.matchAll(p)) {
      const g = m.groups!;
      const span = g.name?.replace(/[.,;:]$/, "");
      if (!span || !namesMore(span, asked)) continue;
      const nameAt = m.index! + m[0].lastIndexOf(g.name);
      const nounAt = g.noun ? m.index! + m[0].indexOf(g.noun) : -1;
      // "U.S. states", "Chinese cities": a place before a kind's noun in lower case is whose they are, none of them.
      if (g.after && !capitalized(g.after) && (isPlaceName(span) || isPlaceName(g.name))) continue;
      // "a 9-year-old Pell boy": a person is named after their kind's noun ("the victim, Lee Tran"), not before it in lower case.
      if (g.after && !capitalized(g.after) && isPersonNoun(lemma)) continue;
      // "Secretary of State Mike Pompeo": a capitalized kind noun after "X of" is part of an office's name, no kind.
      if (capitalized(g.noun) && OFFICE_OF_BEFORE.test(text.slice(0, nounAt))) continue;
      // A capitalized kind noun is part of the name it sits against: "Hurricane Sandy", "the Packard Motor
      // Car Company", "the University of Goethe".
      const from = capitalized(g.noun) && (!g.called || g.called.startsWith("of")) ? nounAt : nameAt;
      const to = capitalized(g.after) ? m.index! + m[0].length : nameAt + span.length;
      spans.push({ from, to, rank });
    }
  });
  if (!spans.length) return null;
  // Spans that overlap are one name, as two patterns read it: "Ludwig Maximilian University" and "University of Munich".
  const merged: Array<{ from: number; to: number; rank: number }> = [];
  for (const sp of spans.sort((a, b) => a.from - b.from)) {
    const last = merged[merged.length - 1];
    if (last && sp.from < last.to) Object.assign(last, { to: Math.max(last.to, sp.to), rank: Math.min(last.rank, sp.rank) });
    else merged.push({ ...sp });
  }
  // A plural kind takes every name of it ("what universities"), a singular the one its likeliest pattern finds.
  if (lemma !== noun.toLowerCase() && merged.length > 1) return [...new Set(merged.map((m) => text.slice(m.from, m.to)))].join(", ");
  const best = merged.reduce((a, b) => (b.rank < a.rank ? b : a));
  return text.slice(best.from, best.to);
}

/** A lower-case word of a role before a name ("sports agent"), no word that opens a clause or a phrase. */
const ROLE_WORD = "(?!(?:who|which|that|and|or|but|with|to|of|for|in|on|at|by|from|as|is|was|has|had)\\b)\\p{Ll}[\\p{Ll}-]+";

const capitalized = (w: string | undefined) => w !== undefined && /^\p{Lu}/u.test(w);

/**
 * "who was the victim": the name a passage sets equal to a noun for a kind of person, beside it
 * ("the victim, Lee Tran", "victim Lee Tran"), before it ("Lee Tran, the 24-year-old victim", "Lee Tran
 * was the victim") or by "identified … as" ("police identified the victim as Lee Tran"). A passage that
 * only mentions someone near the noun ("Hitler was born …, Austria … the first victim") names none.
 *
 * @example equatedName("Police identified the victim as Lee Tran.", "victim", "who was the victim") // "Lee Tran"
 */
export function equatedName(text: string, noun: string, question: string): string | null {
  const apposed = kindNameIn(text, noun, question);
  if (apposed) return apposed;
  const lemma = nounLemma(noun);
  const forms = alternation([...new Set([lemma, ...regularForms(lemma)])]);
  const asked = askedWords(question);
  const described = `(?:the|a|an|one)\\s+(?:[\\p{L}\\d-]+\\s+){0,3}?(?:${forms})\\b`;
  const patterns = [
    new RegExp(`(?<name>${PERSON_NAME}),\\s+(?:\\d+,\\s+)?${described}`, "u"),
    new RegExp(`(?<name>${PERSON_NAME})\\s+(?:is|was|has been|had been)\\s+(?:identified\\s+as\\s+)?${described}`, "u"),
    new RegExp(`\\b(?:identified|named)\\s+${described}\\s+as\\s+(?<name>${PERSON_NAME})`, "u"),
    new RegExp(`\\b${described}\\s+(?:is|was|has been)\\s+(?:identified\\s+as\\s+)?(?<name>${PERSON_NAME})`, "u"),
  ];
  for (const p of patterns) {
    const name = p.exec(text)?.groups?.name;
    if (name && namesMore(name, asked)) return name;
  }
  return null;
}

/** Two to four capitalized words: a person's name ("Lee Tran", "Mary Ann Holt"). */
const PERSON_NAME = "\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){1,3}";

/**
 * "who was Mugabe's first wife", "what was his lawyer called": the person noun of a relation to
 * someone, whose name a passage gives beside it ("his first wife, Sally, was dying"). The extract stage
 * takes the name as it does a kind's (`kindNameIn`).
 *
 * @example askedRelation("who was Mugabe's first wife") // "wife"
 */
export function askedRelation(question: string): string | undefined {
  const m = /^(?:who(?:'s|\s+is|\s+was)|what(?:'s|\s+is|\s+was)(?:\s+the\s+name\s+of)?)\s+\S.*?['’]s\s+(?:[\p{L}-]+\s+)?(\p{L}+)(?:\s+(?:called|named))?$/iu.exec(question);
  const noun = m?.[1].toLowerCase();
  // An office ("Sudan's president") is a role the entity stage knows, with its holder's other roles.
  // A noun that is a person in one of its commonest senses is a relation too ("Ford's agent": a cause first, a representative second).
  return noun && !TITLE_WORDS.has(noun) && (isPersonNoun(nounLemma(noun)) || hasPersonSense(noun, RELATION_SENSES)) ? noun : undefined;
}

/** How many of a noun's commonest senses are read for a person's, asked as someone's relation. */
const RELATION_SENSES = 2;

/** A capitalized word and "of" right before: "Secretary of", "Department of". */
const OFFICE_OF_BEFORE = /\p{Lu}[\p{L}.-]*\s+of\s+$/u;

/** A run of capitalized words, no "of" or "and" inside: one name of a list ("Italy, Poland, Germany and Spain"). */
const NAME_RUN = /\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*/gu;

/**
 * The names in a passage that WordNet knows as things of the asked kind, when the passage never
 * writes the kind's noun: "which countries were the foreigners from" → "Italy, Poland, Germany, Spain"
 * from "from Italy, Poland, Germany and Spain". A plural kind takes them all, a singular the first.
 *
 * @example instancesIn("from Italy, Poland and Spain", "countries", "which countries") // "Italy, Poland, Spain"
 */
export function instancesIn(text: string, noun: string, question: string): string | null {
  const lemma = nounLemma(noun);
  const asked = askedWords(question);
  const names = [...new Set([...text.matchAll(NAME_RUN)].map((m) => m[0]))].filter((n) => namesMore(n, asked) && isInstanceOf(n, lemma));
  if (!names.length) return null;
  return lemma === noun.toLowerCase() ? names[0] : names.join(", ");
}

/** Whether a name has a word the question does not: one made only of the question's words is its own, no answer. */
function namesMore(name: string, asked: Set<string>): boolean {
  return name.split(/\s+/).some((w) => !asked.has(fold(w)));
}

/** The question's words, folded: a name made only of them is the question's own, no answer. */
function askedWords(question: string): Set<string> {
  return new Set(question.split(/[^\p{L}\p{N}'-]+/u).map(fold));
}

/** A run of capitalized words or codes ("Current Biology", "AA", "Zanu-PF", "Progress MS-04"). */
/**
 * A firm named by its partners, commas between and "&" before the last ("Paul, Weiss, Rifkind, Wharton &
 * Garrison"): one name, where a list of names ends with "and".
 */
const PARTNERS = "(?:\\p{Lu}[\\p{L}'’-]*,\\s+)+\\p{Lu}[\\p{L}'’-]*,?\\s+&\\s+\\p{Lu}[\\p{L}'’-]*";
const CAPITALIZED = `(?:${PARTNERS}|\\p{Lu}[\\p{L}\\d.&'’-]*(?:\\s+(?:of\\s+(?:the\\s+)?|and\\s+|&\\s+)?\\p{Lu}[\\p{L}\\d.&'’-]*)*)`;

/** "which helicopter was shot down", "which bus was hit": an irregular participle after the copula ("shot", "built", "hit"). */
function irregularPassive(question: string): RegExpExecArray | null {
  const m = /^(?:which|what)\s+(\p{L}+)\s+(?:is|was|are|were)\s+(\p{L}+)/iu.exec(question);
  const w = m?.[2].toLowerCase() ?? "";
  return m && (irregularLemma(w, "verb") || (isVerb(w) && !isAdjective(w))) ? m : null;
}

/** "what kind of hinge", "what type of cancer": a question of the sort of a thing, not its name. */
export const ASKS_SORT = /^(?:which|what)\s+(?:kind|type|sort)\s+of\s/i;

/**
 * The sort of a thing a passage gives by the word before its noun ("The inside is actually a four-bar
 * hinge"): a hyphened compound or a noun set before it, never an adjective of size or age ("a new hinge").
 *
 * @example sortIn("The inside is actually a four-bar hinge.", "hinge") // "four-bar hinge"
 */
export function sortIn(text: string, noun: string): string | null {
  const forms = [noun, ...regularForms(noun)].join("|");
  // A capitalized word there is a name ("A Harlow bus"), `kindNameIn`'s to read.
  for (const m of text.matchAll(new RegExp(`\\b(?:[Aa]n?)\\s+(\\p{Ll}[\\p{Ll}\\d]*(?:-[\\p{Ll}\\d]+)*)\\s+(?:${forms})\\b`, "gu"))) {
    const word = m[1].toLowerCase();
    if (word.includes("-") || (isNoun(nounLemma(word)) && !isAdjective(word))) return m[0].replace(/^\S+\s+/, "");
  }
  return null;
}

/** Nouns after "which / what" that ask for something other than a name: a time, a figure, a reason. */
const NOT_KINDS = new Set(["is", "was", "are", "were", "do", "does", "did", "has", "have", "had", "will", "would", "can", "could", "should", "time", "year", "day", "date", "month", "night", "morning", "evening", "week", "season", "decade", "century", "hour", "color", "colour", "percent", "percentage", "share", "number", "amount", "age", "kind", "sort", "type", "way", "reason", "happened"]);

/**
 * The kind a "which X" or "what X did …" question asks the name of: a noun that is no kind of person
 * (those are who-questions) nor a time or a quantity. "what is X" and "what did X say" ask none.
 *
 * @example askedKind("which journal published the findings") // "journal"
 */
export function askedKind(question: string): string | undefined {
  // After a copula only a participle ("what packets are used") or a preposition left at the end
  // ("which countries were the victims from") asks for a name: "what time is it" asks none.
  const m = /^(?:(?:in|on|at|during|from|for|by|with|to|into|under|after|before|through)\s+)?(?:which|what)\s+(\p{L}+)\s+(?:(?:is|was|are|were)\s+(?=\p{L}+(?:ed|en|wn)\b|.*\s(?:from|in|at|of|on|for|with|to)\??$)|(?!(?:is|was|are|were|'s)\b))\S/iu.exec(question) ?? irregularPassive(question);
  // "what kind of helicopter was it", "what type of cancer": the kind is the noun after "of".
  const sort = /^(?:which|what)\s+(?:kind|type|sort|make|model|brand|breed|species|variety)\s+of\s+(\p{L}+)/iu.exec(question);
  // "what's the name of the skin patch": the kind is the last noun of the thing named.
  const named = /^what(?:'s|\s+is|\s+was|\s+are|\s+were)\s+the\s+names?\s+of\s+(?:the|a|an|this|that|its|their)\s+(?:[\p{L}-]+\s+){0,2}?(\p{L}+)$/iu.exec(question);
  let noun = (named ?? sort ?? m)?.[1].toLowerCase();
  if (!noun || NOT_KINDS.has(noun)) return undefined;
  // "which ad agency came up with it": the kind is the compound's head, the last of the nouns the tagger reads in a run.
  if (m && !named && !sort) {
    const tagged = tag(question);
    let at = tagged.findIndex((t) => t.lower === noun);
    while (at >= 0 && tagged[at + 1]?.pos === "NOUN" && !NOT_KINDS.has(tagged[at + 1].lower)) at++;
    if (at >= 0) noun = tagged[at].lower;
  }
  const lemma = nounLemma(noun);
  // Asked for by "the name of", a noun whose commonest sense is a person ("browser") may be a thing.
  // "the name of the politics podcast": a word WordNet lacks ("podcast") is still the kind named.
  return (isNoun(lemma) || named !== null) && (named !== null || !isPersonNoun(lemma)) ? noun : undefined;
}
