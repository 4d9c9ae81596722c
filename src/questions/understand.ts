import type { Corpus } from "../corpus/load.js";
import { DURATION_UNITS, EVENT_HOLDING_VERBS, HOLDING_VERBS, KEEPING_VERBS, LIGHT_VERBS, PHRASAL_PARTICLES, MEASURE_NOUNS, MEASURE_VERBS, META_VERBS, NOW_WORDS, SPEECH_EVENTS, SPEECH_VERBS_ASKED, TIME_NAMES, TITLE_WORDS } from "../lexicon/english.js";
import { irregularLemma, tag } from "../lexicon/nlp.js";
import { baseForms, isKindOf, isNoun, isVerb } from "../lexicon/wordnet.js";
import { correctQuestion, type Correction } from "./correct.js";
import { normalizeQuestion } from "./normalize.js";
import { NAME_START, parseQuestion, type Intent, type Question } from "./parse.js";
import { surfaceVocabulary } from "./vocabulary.js";
import { STOP_WORDS, indexTerm, normalizeWord, words } from "../index/terms.js";

/** What kind of thing the answer is: what the extract stage looks for in a passage. */
export type AnswerType = "person" | "date" | "number" | "place" | "reason" | "quotation" | "definition" | "passage";

/** A question after the normalize, correct and understand stages: what it asks, of what, about which relation. */
export interface Understood extends Question {
  /** The question as the later stages read it: normalized and corrected. */
  normalized: string;
  corrections: Correction[];
  answerType: AnswerType;
  /**
   * The relation asked about, as lemmas of its verbs ("become", "leave", "replace"): a passage that
   * answers must state it (exactly, by lemma or by synonym). Empty when the question names none
   * ("who is X", "what did X say").
   */
  predicate: string[];
  /**
   * Nouns that name the relation when the question asks for an attribute of someone ("Homan's salary",
   * "the population of Oakland"): a passage that answers must state them too.
   */
  relationNouns: string[];
  /** The question asks about the present ("who is the mayor now"): newer articles win. */
  now: boolean;
}

const ANSWER_TYPE: Record<Intent, AnswerType> = {
  who: "person",
  what: "definition",
  when: "date",
  where: "place",
  howmany: "number",
  quote: "quotation",
  search: "passage",
};

const NOW = new RegExp(`\\b(?:${NOW_WORDS.join("|")})\\b`, "i");
const NOW_IN_SUBJECT = new RegExp(`\\s+(?:${NOW_WORDS.join("|")})$`, "i");

/** Words of the question the corpus writes as names (capitalized most of the time), wherever they stand. */
function namesIn(text: string, vocab: ReturnType<typeof surfaceVocabulary>): string[] {
  return words(text).filter((w) => NAME_START.test(w) && !QUESTION_OPENERS.has(w.toLowerCase()) && vocab.isName(normalizeWord(w)));
}
const QUESTION_OPENERS = new Set(["who", "what", "when", "where", "why", "how", "which", "whose", "whom", "is", "are", "was", "did", "does", "do"]);
const WH_SUBJECTS = new Set(["who", "what", "which", "whoever"]);
/** What a verb of holding holds when it is the event itself ("hold a rally", "held a vote"), not a thing held ("hold the record"). */
const HELD_EVENT_KINDS = ["event", "gathering"];
/** The forms of "get" a participle follows as its passive ("get married", "got fired"). */
const GET_FORMS = new Set(["get", "gets", "got", "gotten", "getting"]);
const NOT_PREDICATE = new Set([...LIGHT_VERBS, ...SPEECH_VERBS_ASKED, ...META_VERBS, "call", "stand", "happen", "ask"]);

/** "what gift did Malia give": a noun after "what", then "give", which carries no act of its own; the noun is the act. */
const LIGHT_OBJECT_ASKED = /^what\s+(\p{Ll}+)\s+(?:did|does|do|will|would|has|have|had)\s+(?:\S+\s+){1,4}?(?:give|gives|given|gave)\b/u;

/**
 * "what is X's salary", "who is X's wife", "what is the population of X": the attribute the question
 * asks for (not a possessive elsewhere in it: "how many arrests did Schaaf's tip-off cost").
 */
function relationNounsOf(text: string): string[] {
  // "how many people live in Tunisia" asks the population in other words: the measure's noun is the relation.
  const rephrased = Object.keys(MEASURE_NOUNS).filter((noun) => MEASURE_NOUNS[noun].askedAs?.test(text));
  if (rephrased.length) return rephrased;
  const possessive = /^(?:who|what|how much|how old|where|when)(?:'s|\s+(?:is|was|are|were))\s+(?:the\s+)?[\p{L}.\s-]+?'s\s+([\p{Ll}]+)$/u.exec(text);
  // "what is the battery size of X": the compound's head is the attribute.
  const of = /^(?:what|how much|how many)\s+(?:is|was|are|were)\s+the\s+(?:[\p{Ll}]+\s+)?([\p{Ll}]+)\s+of\b/u.exec(text);
  // "when is the suspects trial", "where was the summit": the event asked is the subject's last noun.
  const event = /^(?:when|where)\s+(?:is|was|are|were)\s+the\s+(?:[\p{L}'’.-]+\s+){0,3}?(\p{Ll}+)$/u.exec(text);
  // Only a noun that is no verb's form: "when was the letter sent" ends in a participle.
  const eventNoun = event && isNoun(event[1]) && !isVerb(event[1]) && irregularLemma(event[1], "verb") === undefined && !baseForms(event[1]).some((f) => isVerb(f)) ? event[1] : undefined;
  // "what gift did Malia give Sasha": the object of "give" asked by "what" is the act asked, stated by its noun.
  const lightObject = LIGHT_OBJECT_ASKED.exec(text)?.[1];
  return [possessive?.[1], of?.[1], eventNoun, lightObject].filter((w): w is string => Boolean(w) && !STOP_WORDS.has(w!));
}

/**
 * Stages 1 to 3 of the answer path: normalize, correct, then understand (kind, subject, predicate, time).
 *
 * @example understandQuestion(corpus, "when did homan leave ICE").predicate // ["leave"]
 */
export function understandQuestion(corpus: Corpus, typed: string): Understood {
  const vocab = surfaceVocabulary(corpus);
  const normalized = normalizeQuestion(typed, vocab);
  const { text, corrections } = correctQuestion(normalized, vocab);
  const tagged = tag(text);
  const parsed = passiveWho(parseQuestion(text), tagged);
  const now = NOW.test(text);
  const relationNouns = parsed.intent === "quote" ? [] : relationNounsOf(text).filter((n) => !(parsed.asksName && n === "name"));
  // A measure asked in other words ("how many people live in …") is its noun's relation, not the verb's.
  // "how much does Trump weigh" asks a figure in pounds: the verb is the scale, not an act a passage must name.
  const measured = (verb: string) => parsed.intent === "howmany" && (Object.hasOwn(MEASURE_VERBS, verb) || (HOLDING_VERBS.has(verb) && /^how many\b/i.test(text)));
  // "where does Apple keep its firm" asks where the firm is: keeping it there is no act a passage must name.
  const kept = (verb: string) => parsed.intent === "where" && KEEPING_VERBS.has(verb);
  const acts = parsed.intent === "quote" || parsed.asksLevel || relationNouns.some((n) => Object.hasOwn(MEASURE_NOUNS, n)) ? [] : predicateOf(tagged, parsed).filter((v) => !measured(v) && !kept(v));
  // "when will the lander be ready": with no verb, the state it comes to is what the date must be of.
  const state = parsed.intent === "when" && !acts.length ? stateAsked(tagged) : undefined;
  const predicate = state ? [state] : acts;
  const named = [...new Set([...parsed.named, ...namesIn(text, vocab)])];
  const subject = parsed.subject?.replace(NOW_IN_SUBJECT, "").trim() || undefined;
  // "how many people live in Ireland" is asked in the measure's words, not a passage's: it looks for a population.
  const rephrased = relationNouns.find((n) => MEASURE_NOUNS[n]?.askedAs?.test(text));
  const terms = rephrased ? [...new Set([...parsed.terms.filter((t) => !words(MEASURE_NOUNS[rephrased].askedAs!.exec(text)![0]).some((w) => indexTerm(w) === t)), indexTerm(rephrased)!])] : parsed.terms;
  return {
    ...parsed,
    terms,
    subject,
    named,
    relationNouns,
    text: typed.replace(/\s+/g, " ").trim(),
    normalized: text,
    corrections,
    answerType: parsed.asksWhy ? "reason" : ANSWER_TYPE[parsed.intent],
    predicate,
    now,
  };
}

/**
 * "who was ousted as vice president", "who were arrested": a participle after "who was" asks who had
 * something done to them, a relation like "who ousted X", not who holds a role named "ousted as …".
 */
function passiveWho(parsed: Question, tagged: ReturnType<typeof tag>): Question {
  if (parsed.intent !== "who" || !parsed.subject || parsed.asksName) return parsed;
  const m = /^who\s+(?:was|were|is|are|has been|have been|had been|got)\s+(\S+)/i.exec(parsed.text);
  const first = m && tagged.find((t) => t.lower === m[1].toLowerCase());
  if (!first || first.pos !== "VERB" || !/(?:ed|en|wn|t)$/.test(first.lower)) return parsed;
  return { ...parsed, subject: undefined };
}

/** Particles that make a phrasal verb of a light one ("come out", "give up"). */
const PARTICLES = new Set(PHRASAL_PARTICLES);

/** Auxiliaries after which the verb comes in its base form: "when did Weeks return". */
const DO_SUPPORT = new Set(["do", "does", "did", "will", "would", "can", "could", "should", "may", "might"]);

/**
 * Whether a word the tagger reads as a noun is the verb after a name in do-support: in "when did
 * Weeks return", "Weeks return" looks like a compound noun, but after "did" and a name only a verb
 * can follow in its base form.
 */
function verbAfterNamedSubject(tagged: ReturnType<typeof tag>, i: number): boolean {
  const t = tagged[i];
  if (t.pos !== "NOUN" || !/^\p{Ll}+$/u.test(t.text) || !isVerb(t.lower)) return false;
  let k = i - 1;
  while (k >= 0 && /^\p{Lu}/u.test(tagged[k].text) && tagged[k].pos === "PROPN") k--;
  // "how much did Coty stock rise": a noun that may be a verb after it ends the clause instead, and this one heads the subject.
  const next = tagged[i + 1];
  if (k < i - 1 && k >= 0 && DO_SUPPORT.has(tagged[k].lower)) return !(next?.pos === "NOUN" && /^\p{Ll}+$/u.test(next.text) && isVerb(next.lower) && endsVerblessClause(tagged, i + 1));
  return endsVerblessClause(tagged, i);
}

/**
 * Whether a noun that is also a verb ends a clause of do-support that has no verb otherwise: in "when
 * did the sars outbreak end" the clause needs one, and only "end" can be it (the last word of the
 * subject's run of nouns, before a preposition or the question's end).
 */
function endsVerblessClause(tagged: ReturnType<typeof tag>, i: number): boolean {
  const next = tagged[i + 1];
  // Before an object ("arrest him", "arrest the suspect") only a verb can stand after the subject's last noun.
  // A time after it ends the clause too ("how much did sales drop last month").
  if (next && !/^(?:ADP|SCONJ|PUNCT|ADV|PRON|DET)$/.test(next.pos) && !TIME_AFTER_VERB.has(next.lower) && !TIME_NAMES.has(next.lower)) return false;
  if (!/^(?:NOUN|PROPN|ADJ|NUM)$/.test(tagged[i - 1]?.pos ?? "") && !subjectReadAsVerb(tagged, i - 1)) return false;
  for (let k = i - 1; k >= 0; k--) {
    if (DO_SUPPORT.has(tagged[k].lower)) return true;
    if ((tagged[k].pos === "VERB" && !subjectReadAsVerb(tagged, k)) || tagged[k].pos === "AUX" || tagged[k].pos === "ADP") return false;
    // A determiner opens the subject right after the auxiliary ("did the outbreak end"); later, it opens
    // an object, and the word before it is the verb ("will pick the winning design").
    if (tagged[k].pos === "DET" && !DO_SUPPORT.has(tagged[k - 1]?.lower ?? "")) return false;
  }
  return false;
}

/** "what does …", "what did …": a question of what a subject does or did. */
const ASKS_WHAT_DONE = /^what (?:does|did|do|will)\b/i;

/** Words that open a time right after a verb: "drop last month", "fall yesterday". */
const TIME_AFTER_VERB = new Set(["last", "this", "next", "yesterday", "today", "tonight", "tomorrow"]);

/** A noun right after do-support that the tagger reads as a verb: the subject ("how much did oil fall"). */
function subjectReadAsVerb(tagged: ReturnType<typeof tag>, k: number): boolean {
  return k > 0 && tagged[k].pos === "VERB" && DO_SUPPORT.has(tagged[k - 1].lower) && isNoun(tagged[k].lower);
}

/** The lemma of a verb's third-person form ("coaches": coach, "hosts": host), if it is one. */
function thirdPersonVerb(word: string): string | undefined {
  const m = /^(\p{Ll}+?)(?:es|s)$/u.exec(word);
  if (!m) return undefined;
  return [word.slice(0, -1), m[1], word.replace(/ies$/, "y")].find((base) => base !== word && isVerb(base));
}

/** Words after which a verb is written in its base form: "did GateHouse lay off", "will they lay". */
const BASE_FORM_SUPPORT = new Set([...DO_SUPPORT, "shall", "must", "to"]);

/**
 * A verb after do-support or a modal is its own lemma, however the tagger reads it: "lay" in "how many
 * did GateHouse lay off" is lay, not the past of lie. Undefined where the word is no verb's base form.
 */
function baseFormAfterSupport(tagged: ReturnType<typeof tag>, i: number): string | undefined {
  const t = tagged[i];
  if (t.lemma === t.lower || !isVerb(t.lower)) return undefined;
  for (let k = i - 1; k >= 0; k--) {
    if (BASE_FORM_SUPPORT.has(tagged[k].lower)) return t.lower;
    if (tagged[k].pos === "VERB" || tagged[k].pos === "AUX") return undefined;
  }
  return undefined;
}

/** "when will X be ready / available / finished": the adjective after a closing "be". */
function stateAsked(tagged: ReturnType<typeof tag>): string | undefined {
  const last = tagged[tagged.length - 1];
  return last?.pos === "ADJ" && /^(?:be|been)$/.test(tagged[tagged.length - 2]?.lower ?? "") && isVerb(last.lower) ? last.lower : undefined;
}

/** "how much did / does / will …": a sum asked with no counted noun, which "make" then earns. */
const ASKS_EARNINGS = /^how much (?:did|does|do|will|would|could|can)\b/i;

/** Whether "make" has an object after it ("make a move"); a time is none ("make this year", "make last season"). */
function madeObject(tagged: ReturnType<typeof tag>, i: number): boolean {
  const next = tagged[i + 1];
  if (!next || !/^(?:NOUN|PROPN|PRON|DET|NUM)$/.test(next.pos)) return false;
  const head = next.pos === "DET" ? tagged[i + 2] : next;
  const word = head?.lower ?? "";
  return !TIME_NAMES.has(word) && !DURATION_UNITS.some((unit) => unit === word || unit === `${word}s`) && !/^(?:season|quarter)s?$/.test(word);
}

/** Auxiliaries that end a counted phrase: "how many triple doubles | does he have". */
const COUNTED_PHRASE_END = /^(?:did|does|do|is|are|was|were|has|have|had|will|would|can|could)$/;

/**
 * Where the noun phrase after "how many / how much" ends, when an auxiliary follows it ("how many
 * rebounds did …"); 0 otherwise ("how many people died": the verb is the act asked).
 */
function countedPhraseEnd(tagged: ReturnType<typeof tag>): number {
  if (tagged[0]?.lower !== "how" || !/^(?:many|much)$/.test(tagged[1]?.lower ?? "")) return 0;
  const end = tagged.findIndex((t, i) => i > 2 && COUNTED_PHRASE_END.test(t.lower));
  return Math.max(end, 0);
}

/** Verbs of needing, asked in the passive before "to" ("are needed to win", "is required to qualify"). */
const NEEDING_VERBS = new Set(["need", "require"]);

/**
 * The verbs that carry the question's relation: main verbs (not auxiliaries, not light verbs such as
 * be, do, have, say), as lemmas. In "how many people live in Los Angeles" it is "live"; in "who is
 * Homan" there is none.
 */
function predicateOf(tagged: ReturnType<typeof tag>, parsed: Question): string[] {
  const out: string[] = [];
  const subject = new Set((parsed.subject ?? "").toLowerCase().split(/\s+/));
  // The tagger splits "op-ed" into "op", "-", "ed": only whole words of the question can be its verbs.
  const whole = new Set(words(parsed.text).map((w) => w.toLowerCase()));
  // "how much did oil fall": the word after "did" is the subject when a later one ends the clause as its verb.
  // Only where a date, a figure or a doer is asked: "where does Lena Voss work" is answered by "Voss of
  // the Harborview Maritime Institute", which never says "work".
  const asksOfAnAct = parsed.intent === "when" || parsed.intent === "howmany" || parsed.intent === "who";
  const verbless = asksOfAnAct ? tagged.findIndex((t, i) => t.pos !== "VERB" && endsVerblessClause(tagged, i)) : -1;
  const counted = countedPhraseEnd(tagged);
  // "what did X announce" asks the words; "when did X announce his campaign" asks of the announcing,
  // an event a passage must tell.
  const actOfSpeech = (lemma: string) => (parsed.intent === "when" || parsed.intent === "howmany") && SPEECH_EVENTS.includes(lemma);
  // "how many votes are needed to win": a count needed is told as "the 270 needed", what it is for left
  // unsaid; the needing is asked, the verb after it is not.
  let purposeAt = -1;
  tagged.forEach((t, i) => {
    if (i === purposeAt) return;
    if (parsed.intent === "howmany" && NEEDING_VERBS.has(t.lemma) && /^(?:is|are|was|were|be|been)$/.test(tagged[i - 1]?.lower ?? "") && tagged[i + 1]?.lower === "to") {
      out.push(t.lemma);
      purposeAt = i + 2;
      return;
    }
    if (verbless > i && subjectReadAsVerb(tagged, i)) return;
    // "how many rebounds did he have": what is counted is no act, however the tagger reads it.
    if (i < counted) return;
    // So is the last word of "what does the covid ad show", though the tagger reads a compound noun.
    const whatDone = i === tagged.length - 1 && ASKS_WHAT_DONE.test(parsed.text);
    if (t.pos !== "VERB" && (asksOfAnAct || whatDone) && verbAfterNamedSubject(tagged, i)) t = { ...t, pos: "VERB", lemma: t.lower };
    // Right after "who", a word in -s is the verb it asks about ("who coaches the Wild"), however the tagger reads it.
    const third = i === 1 && tagged[0].lower === "who" && t.pos === "NOUN" ? thirdPersonVerb(t.lower) : undefined;
    if (third) t = { ...t, pos: "VERB", lemma: third };
    // So is an irregular past ("who shot officer Snyder"), which the tagger may read as a noun.
    const past = i === 1 && tagged[0].lower === "who" && t.pos !== "VERB" ? irregularLemma(t.lower, "verb") : undefined;
    if (past && isVerb(past)) t = { ...t, pos: "VERB", lemma: past };
    // A word the tagger takes for a verb that no dictionary knows as one ("con ed") is a name's part.
    // Right after "who will", "who did", a verb's base form is the verb asked ("who will direct …"), though the tagger reads an adjective.
    if (t.pos !== "VERB" && i === 2 && WH_SUBJECTS.has(tagged[0].lower) && DO_SUPPORT.has(tagged[1].lower) && /^(?:ADJ|NOUN)$/.test(t.pos) && /^\p{Ll}+$/u.test(t.text) && isVerb(t.lower)) t = { ...t, pos: "VERB", lemma: t.lower };
    // After "get", a participle the tagger reads as an adjective is the act asked ("get married", "got hired").
    const gotten = t.pos === "ADJ" && GET_FORMS.has(tagged[i - 1]?.lower ?? "") && /(?:ed|en)$/.test(t.lower) ? baseForms(t.lower).find((f) => isVerb(f)) : undefined;
    if (gotten) t = { ...t, pos: "VERB", lemma: gotten };
    // "how much did Sale make last year": making with no object in a how-much question is earning, an act
    // a passage must state ("He’ll make $13.5 million"; "flopped …, making $320,000"), not a light verb.
    if (t.lemma === "make" && ASKS_EARNINGS.test(parsed.text) && !madeObject(tagged, i)) {
      out.push("make");
      return;
    }
    // A light verb with its particle is a phrasal verb of its own meaning ("come out", "take over", "give up").
    const phrasal = LIGHT_VERBS.has(t.lemma) && PARTICLES.has(tagged[i + 1]?.lower ?? "") && isVerb(`${t.lemma}_${tagged[i + 1].lower}`);
    if (t.pos !== "VERB" || !whole.has(t.lower) || (NOT_PREDICATE.has(t.lemma) && !actOfSpeech(t.lemma) && !phrasal) || NOW_WORDS.includes(t.lower) || !isVerb(t.lemma)) return;
    // "where did Trump hold the rally": holding an event is the event, which a passage tells by its noun ("at a rally in Monroe").
    // Asked who held it, the holding is the act asked ("who hosted the speech": "Her hosts were …").
    if (parsed.intent !== "who" && EVENT_HOLDING_VERBS.includes(t.lemma) && tagged.slice(i + 1, i + 4).some((n) => n.pos === "NOUN" && HELD_EVENT_KINDS.some((k) => isKindOf(n.lower, k)))) return;
    // "when will power be restored": a word right before "be" is its subject, whatever the tagger says.
    if (/^(?:be|been)$/.test(tagged[i + 1]?.lower ?? "")) return;
    // Right after a day or a year, a word is what happened then ("the May 3 raid", "the 2019 launch"), no verb.
    if (/^\d+$/.test(tagged[i - 1]?.text ?? "")) return;
    // A capitalized word past the first is part of a name the corpus writes so ("Super Mario Run").
    if (i > 0 && /^\p{Lu}/u.test(t.text)) return;
    // A gerund after a preposition, a determiner or a possessive names a thing ("counts of falsifying
    // records", "the suspect in the stabbing", "Carlineo's sentencing"), it asks no act.
    if (/ing$/.test(t.lower) && (/^(?:of|for|about|in|on|with|by|from|the|a|an|this|that|its|his|her|their)$/.test(tagged[i - 1]?.lower ?? "") || /['’]s?$/.test(tagged[i - 1]?.text ?? ""))) return;
    // Nor one before a title, which is part of the office ("the new DHS acting secretary", "managing editor").
    if (/ing$/.test(t.lower) && TITLE_WORDS.has(tagged[i + 1]?.lower ?? "")) return;
    // A verb inside the subject's name or a participle used as an adjective ("the detained immigrants") describes, it does not ask.
    if (subject.has(t.lower) && parsed.intent !== "search") return;
    // After "who"/"what", the participle is the question's own verb ("who discovered neon"), and after
    // its subject ("how many companies submitted proposals").
    if (/(?:ed|en)$/.test(t.lower) && tagged[i + 1]?.pos === "NOUN" && !/^(?:AUX|NOUN|PROPN|PRON)$/.test(tagged[i - 1]?.pos ?? "") && !WH_SUBJECTS.has(tagged[i - 1]?.lower ?? "")) return;
    // A verb that only leads to another ("try to expel", "plan to leave", "refused to meet") is not
    // the relation asked about; the verb after "to" is.
    if (tagged[i + 1]?.lower === "to" && tagged[i + 2]?.pos === "VERB") return;
    // So does "help" before a bare verb ("did Mayer help acquire"): the acquiring is asked.
    if (t.lemma === "help" && (tagged[i + 1]?.pos === "VERB" || isVerb(tagged[i + 1]?.lower ?? ""))) return;
    // A participle after the relation says how it was done ("stay up deleting comments"): the article
    // may put it otherwise ("to take down comments"), and the relation is already asked.
    if (out.length && /ing$/.test(t.lower)) return;
    out.push(baseFormAfterSupport(tagged, i) ?? t.lemma);
  });
  return [...new Set(out)];
}
