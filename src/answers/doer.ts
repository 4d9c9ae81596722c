import { BEATING_VERBS, CONVERSE_VERBS, LOSING_VERBS, MEETING_VERBS, OBJECT_CONTROL_VERBS, PLAYING_VERBS, SPEAKING_VERBS, SPEECH_VERBS, TIME_NAMES } from "../lexicon/english.js";
import { baseForms, isKindOf, isPersonNoun, isVerb, readsAsName } from "../lexicon/wordnet.js";
import { LINE_SCORE } from "./figures.js";
import { wordForms } from "../lexicon/nlp.js";
import { STOP_WORDS, fold, termsOf } from "../index/terms.js";
import { escapeRegExp } from "../entities/extract.js";

/**
 * The name written as the subject right before the asked verb: "Live Nation is producing the tour"
 * answers "who is producing the tour" though Live Nation is a company, not a person the entity stage
 * knows. A run of capitalized words, then an auxiliary or none, then a form of the verb; never a name
 * the question gives, nor a sentence's lone opening word ("Officials said").
 *
 * @example namedDoer("Live Nation is producing the tour.", ["produce"], []) // "Live Nation"
 */
export function namedDoer(text: string, predicate: string[], named: string[]): string | null {
  if (!predicate.length) return null;
  const key = predicate.join(" ");
  if (key !== last.key) last = { key, pattern: doerPattern(predicate) };
  const asked = new Set(named.map(fold));
  for (const m of text.matchAll(last.pattern)) {
    // "Ministry of Trade, Industry and Energy (MOTIE) has unveiled": the body by the initials it is known by.
    const name = m[2] ?? m[1];
    const atStart = m.index === 0 || /^[“"]/.test(text.slice(0, m.index! + 1).trim());
    // One word opening the sentence is a name only where no dictionary has it ("Forster allegedly shot", not "Police shot").
    if (atStart && !name.includes(" ") && !readsAsName(name)) continue;
    if (name.split(/\s+/).some((w) => asked.has(fold(w)))) continue;
    // "And I found out": capitals that open a sentence with words of grammar name no one.
    if (name.split(/\s+/).every((w) => STOP_WORDS.has(w.toLowerCase()))) continue;
    // "Prosecutors in Sweden have dropped": the name ends the subject's phrase, whose head is before it.
    const before = text.slice(0, m.index! + m[0].indexOf(m[1]));
    const head = PHRASE_BEFORE_PLACE.exec(before);
    if (head) return `${head[1]} ${head[2]} ${name}`;
    if (PREPOSITION_BEFORE.test(before)) continue;
    return name;
  }
  return null;
}

/** A clause's opening noun, up to two words, then a preposition, right before a name: "Prosecutors in", "Police from". */
const PHRASE_BEFORE_PLACE = /(?:^|[,;:]\s+|\b(?:and|but)\s+)((?:[Tt]he\s+)?\p{L}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*)?)\s+(in|from|of|at)\s+(?:the\s+)?$/u;
/** A preposition right before a name: the name is its object, not a verb's subject ("… of the Assembly voted"). */
const PREPOSITION_BEFORE = /\b(?:in|from|of|at|for|with|to|by|on|into)\s+(?:the\s+)?$/i;

/** The pattern of the last predicate asked: one question reads many candidate sentences. */
let last: { key: string; pattern: RegExp } = { key: "", pattern: /$^/g };

/**
 * Whose the asked act is to do, by a phrase that gives it to a name, perhaps after an aside set off by
 * commas: "Noah Hawley, best known for creating FX’s Legion, is in final talks to write and direct it".
 *
 * @example controlledDoer("Ann Bell, a veteran, is set to direct it.", ["direct"], []) // "Ann Bell"
 */
export function controlledDoer(text: string, predicate: string[], named: string[]): string | undefined {
  if (!predicate.length) return undefined;
  const pattern = new RegExp(`(?:^|[^\\p{L}\\p{N}])(${NAME_RUN})(?:,[^,;]{1,${ASIDE_CHARS}},)?\\s+(?:is|are|was|were|has been|have been)\\s+(?:in\\s+(?:final\\s+|early\\s+|advanced\\s+)?(?:talks|negotiations)|set|expected|due|slated|poised|tapped|hired|chosen|picked|signed)\\s+to\\s+(?:\\p{Ll}+\\s+(?:and|or)\\s+)?(?:${verbForms(predicate)})\\b`, "u");
  const name = pattern.exec(text)?.[1];
  return name && name.includes(" ") && !namesAsked(named)(name) ? name : undefined;
}
/** The longest aside between a name and its verb that is read past. */
const ASIDE_CHARS = 100;

function doerPattern(predicate: string[]): RegExp {
  const forms = verbForms(predicate);
  // A verb form before a capitalized word is a title ("Wild coach Bruce Boudreau"), not the verb; a past
  // form is the verb with its object ("Forster allegedly shot Snyder"), an adverb perhaps before it.
  const past = predicate.flatMap((verb) => wordForms(verb, "verb").filter((f) => f !== verb && !/(?:s|ing)$/.test(f))).map(escapeRegExp).join("|");
  const verb = past ? `(?:(?:${past})\\b|(?:${forms})\\b(?!\\s+\\p{Lu}))` : `(?:${forms})\\b(?!\\s+\\p{Lu})`;
  return new RegExp(`(?:^|[^\\p{L}\\p{N}])(${NAME_RUN})(?:\\s+\\((\\p{Lu}{2,})\\))?\\s+(?:(?:is|are|was|were|has|have|had|will|would)\\s+)?(?:\\p{Ll}+ly\\s+)?${verb}`, "gu");
}

/** Every form of the asked verbs, as a regular expression alternation. */
export function verbForms(predicate: string[]): string {
  return predicate.flatMap((verb) => wordForms(verb, "verb")).map(escapeRegExp).join("|");
}

/** Two to four capitalized words ("Live Nation", "Pacific Gas & Electric"), or one not opening the sentence. */
const NAME_RUN = "\\p{Lu}[\\p{L}.&'’-]*(?:\\s+(?:&\\s+)?\\p{Lu}[\\p{L}.&'’-]*){0,3}";

/**
 * The agent of a passive form of the asked verb, written after "by": "Hong Kong Polytechnic University
 * was besieged by police" answers "who besieged the university", though "police" is no one's name;
 * or set off after what it was done to ("South Dakota’s campaign – run by a Minneapolis-based firm –"),
 * or right after its noun ("ObamaWhiteHouse.gov, a site maintained by the National Archives").
 * The phrase runs to a comma, a relative pronoun or a conjunction, four words at most; the sentence
 * must name, before the verb, something the question asks about (what was besieged).
 *
 * @example passiveAgent("The campus was besieged by police, who fired teargas.", ["besiege"], ["campu"]) // "police"
 */
export function passiveAgent(text: string, predicate: string[], terms: string[]): string | null {
  if (!predicate.length) return null;
  const forms = verbForms(predicate);
  const m = new RegExp(`(?:\\b(?:is|are|was|were|been|being)\\s+(?:\\p{Ll}+ly\\s+)?|[,–—]\\s+|\\b(?:an?|the)\\s+(?:\\p{Ll}+\\s+){1,2}(?=\\p{L}+(?:ed|en|wn)\\s))(?:${forms})\\s+by\\s+((?:(?!(?:who|which|that|and|or|but|after|before|while|when|as|with|in|on|at|for|from|to)\\b)[\\p{L}’'-]+\\s*){1,4})`, "u").exec(text);
  if (!m) return null;
  const before = termsOf(text.slice(0, m.index));
  if (!terms.some((t) => before.includes(t))) return null;
  // A name runs past the phrase's four words: "approved by Fox News CFO Mark Kranz".
  const runsOn = /\p{Lu}[\p{L}’'-]*\s*$/u.test(m[1]) ? NAME_GOES_ON.exec(text.slice(m.index + m[0].length))?.[0] ?? "" : "";
  return (m[1] + runsOn).trim();
}
/** Capitalized words going on from a name's last one. */
const NAME_GOES_ON = /^(?:\p{Lu}[\p{L}’'-]*\s*){1,3}/u;

/**
 * The phrase a clause opens with, led by an article, as the subject right before the asked verb (an
 * auxiliary between): "… this month and a jury of experts and public officials will pick the winning
 * design" answers "who will pick the design" with the jury, named by no one. Not before a form of
 * "be": "the old pier was built" names what was built.
 *
 * @example describedDoer("A panel of judges will pick the winner.", ["pick"]) // "A panel of judges"
 */
export function describedDoer(text: string, predicate: string[]): string | null {
  if (!predicate.length) return null;
  // Words of the phrase may be dotted ("The U.S. military"); an adverb and a perfect or progressive may
  // stand before the verb ("reportedly has been training").
  const m = new RegExp(`(?:^|[,;:]\\s+|\\b(?:and|but|while)\\s+)((?:[Aa]n?|[Tt]he)\\s+(?:[\\p{L}’'.-]+\\s+){0,6}?[\\p{L}’'-]+)\\s+(?:\\p{Ll}+ly\\s+)?(?:(?:will|would|shall|can|could|may|might|must|has|have|had)\\s+)?(?:(?:been|be|is|are|was|were)\\s+(?=\\p{L}+ing\\b))?(?:${verbForms(predicate)})\\b`, "u").exec(text);
  return m && !NO_DOER_PHRASE.test(m[1]) && !ENDS_BEFORE_ITS_NOUN.test(m[1]) ? m[1] : null;
}

/**
 * The name a definite description refers back to: "Citizens for Responsibility and Ethics in Washington,
 * a liberal nonprofit watchdog group. On Monday, the group sent a letter" — "the group" is the name
 * introduced with that noun in apposition in the text before it (`before`, nearest first).
 *
 * @example antecedentOf("the group", ["Ms. Haley has been criticized by Citizens for Ethics, a watchdog group."]) // "Citizens for Ethics"
 */
export function antecedentOf(description: string, before: string[]): string | null {
  const head = DEFINITE_DESCRIPTION.exec(description)?.[1];
  if (!head) return null;
  const introduced = new RegExp(`(${NAME_WITH_CONNECTORS}),\\s+(?:an?|the)\\s+(?:[\\p{L}’'-]+\\s+){0,5}?${escapeRegExp(head)}s?\\b`, "u");
  for (const text of before) {
    const name = introduced.exec(text)?.[1];
    if (name) return name;
  }
  return null;
}

/** "the group", "the watchdog group": a description by "the" and at most two words, its noun last. */
const DEFINITE_DESCRIPTION = /^[Tt]he\s+(?:\p{Ll}[\p{Ll}-]*\s+)?(\p{Ll}[\p{Ll}-]+)$/u;
/** A name whose capitalized words may be joined by small words: "Citizens for Responsibility and Ethics in Washington". */
const NAME_WITH_CONNECTORS = "\\p{Lu}[\\p{L}.&'’-]*(?:\\s+(?:(?:of|for|and|in|on|the)\\s+)*\\p{Lu}[\\p{L}.&'’-]*)*";

/** "A video showing the dramatic moment a kidnapped 8-year-old girl": a verb after a determiner or a preposition is its noun's adjective, done by no one there. */
const ENDS_BEFORE_ITS_NOUN = /\b(?:a|an|the|this|that|these|those|its|their|his|her|our|of|to|in|on|at|for|with|from|by)$/i;

/**
 * "The company that runs the AMAs, Dick Clark Productions": a relative clause's subject is no
 * description of a doer; nor is a passive's ("The old pier was built"), nor a clause with its own
 * subject ("a point he himself confirmed in a phone interview").
 */
const NO_DOER_PHRASE = /\b(?:that|who|which|whom|is|are|was|were|be|been|being|he|she|they|we|i|you|it)\b/i;

/** A sentence's subject: a phrase led by an article, or a run of capitalized words, before an aside's comma or its verb. */
const OPENING_SUBJECT = /^((?:[Aa]n?|[Tt]he)\s+(?:[\p{L}’'.-]+\s+){0,5}?[\p{L}’'-]+|\p{Lu}[\p{L}.&'’-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}.&'’-]*)*)(?=,|\s+(?:is|are|was|were|has|have|had|will|would)\b)/u;

/**
 * Who did an act a passage tells only by its noun, owned by a pronoun: "A group of physicians, alarmed
 * …, is urging the department to accept its offer to provide free flu shots" answers "who offered free
 * flu shots" with the sentence's subject, whose offer it is. `nouns` are the act's nouns ("offer",
 * "decision"); a subject that is a relative clause's or a passive's is no doer (as in `describedDoer`).
 *
 * @example possessedActDoer("A group of doctors, alarmed, is urging them to accept its offer.", ["offer"]) // "A group of doctors"
 */
export function possessedActDoer(text: string, nouns: string[]): string | null {
  if (!nouns.length || !new RegExp(`\\b(?:its|their|his|her)\\s+(?:own\\s+)?(?:${nouns.map(escapeRegExp).join("|")})\\b`, "iu").test(text)) return null;
  const m = OPENING_SUBJECT.exec(text.replace(/^[“"]/, ""));
  return m && !NO_DOER_PHRASE.test(m[1]) ? m[1] : null;
}

/**
 * Who did an act a clause names as its purpose: "Switzerland beat Gibraltar 6-0 to win Group D" answers
 * "who won Group D" with the clause's subject. Not after a verb whose object does the act ("urged
 * Congress to act"), nor across a clause or reported speech ("said the team plans to win").
 *
 * @example purposeDoer("Wales beat Hungary 2-0 to earn the 20th spot.", ["earn"], []) // "Wales"
 */
export function purposeDoer(text: string, predicate: string[], named: string[]): string | null {
  if (!predicate.length) return null;
  const isAsked = namesAsked(named);
  const pattern = new RegExp(`(?:^|[,;:]\\s+|\\b(?:while|and|but|as|when)\\s+)(${NAME_RUN})\\s+(?:(?:will|would|shall|should|can|could|may|might|must|has|have|had|is|are|was|were|did|does|do)\\s+)?(\\p{Ll}+)\\s+([^,;:.“”"]{0,${PURPOSE_GAP_CHARS}}?)\\bto\\s+(?:${predicate.map(escapeRegExp).join("|")})\\b`, "gu");
  for (const m of text.matchAll(pattern)) {
    const verb = baseForms(m[2])[0] ?? m[2];
    if (!isVerb(verb) || OBJECT_CONTROL_VERBS.includes(verb) || SPEECH_VERBS.includes(m[2]) || /\b(?:that|who|which|whom|said|says|plans?|wants?|hopes?|tries|tried|try)\b/.test(m[3])) continue;
    if (!isAsked(m[1])) return m[1];
  }
  return null;
}
/** How far the asked act's infinitive may stand from the subject's verb ("beat Gibraltar 6-0 to win"). */
const PURPOSE_GAP_CHARS = 40;

/** "… cost the state roughly $449,000, according to the Sioux Falls Argus Leader" or "according to a new report by E! News": who reported it. */
const ACCORDING_TO = /\b[Aa]ccording to (?:an?\s+(?:\p{Ll}+\s+)?(?:report|story|statement|survey|study|analysis)\s+(?:by|from|in)\s+)?((?:the\s+)?\p{Lu}[\p{L}.&'’!-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}.&'’!-]*)*)/u;

/** The source a passage cites for what it says, when the question asks who said or reported it. */
export function citedSource(text: string, predicate: string[]): string | null {
  if (!predicate.some((verb) => SPEAKING_VERBS.includes(verb))) return null;
  // The sentence's full stop is no part of the name.
  return ACCORDING_TO.exec(text)?.[1].replace(/\.$/, "") ?? null;
}

/** "after Monday night's loss to the Chiefs", "lost 24-17 to the Chiefs": who won, named after "to". */
const LOSS_TO = /\b(?:loss|losses|lost|loses|losing|fell|falls|falling|defeat)\s+(?:\d{1,3}[-–]\d{1,3}\s+)?to\s+((?:the\s+)?\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*)*)/u;

/**
 * Who beat someone, where the passage tells it only from the loser's side ("the Chargers' loss to the
 * Chiefs", never "beat"): the name after "loss to"; or nobody, when that name is the one the question
 * asks who beat ("who beat the Chiefs"). Undefined when the passage tells it otherwise or not at all.
 */
export function winnerByLoss(text: string, predicate: string[], named: string[]): string | null | undefined {
  const beating = predicate.filter((verb) => BEATING_VERBS.includes(verb));
  if (!beating.length || new RegExp(`\\b(?:${verbForms(beating)})\\b`, "iu").test(text)) return undefined;
  const winner = LOSS_TO.exec(text)?.[1].replace(/\.$/, "");
  if (!winner) return undefined;
  return namesAsked(named)(winner) ? null : winner;
}

/** Whether a name found in a passage is one the question names (any of its terms). */
function namesAsked(named: string[]): (name: string) => boolean {
  const asked = new Set(named.flatMap((n) => termsOf(n)));
  return (name) => termsOf(name).some((t) => asked.has(t));
}

/** Whether a passage tells a beating from the loser's side ("loss to the Chiefs"): it states "beat". */
export function statesBeatingByLoss(verb: string, texts: string[]): boolean {
  return BEATING_VERBS.includes(verb) && texts.some((t) => LOSS_TO.test(t));
}

/**
 * Who did an act the passage tells from the other side: "who bought Hipcricket" by "selling Hipcricket to
 * Augme Technologies", the name after "to" where the object between names something the question asks.
 */
export function converseDoer(text: string, predicate: string[], named: string[]): string | undefined {
  const isAsked = namesAsked(named);
  for (const verb of predicate) for (const m of conversesOf(verb, text, isAsked)) if (!isAsked(m[2])) return m[2].replace(/\.$/, "");
  return undefined;
}

/** Whether a passage tells an asked act from the other side, of what the question names ("sold Hipcricket to Augme"): it states the act. */
export function statesByConverse(verb: string, texts: string[], named: string[]): boolean {
  const isAsked = namesAsked(named);
  return texts.some((t) => conversesOf(verb, t, isAsked).length > 0);
}

/** The uses of a verb's converse whose object names what the question asks: group 1 the object, group 2 the name after "to". */
function conversesOf(verb: string, text: string, isAsked: (name: string) => boolean): RegExpMatchArray[] {
  const converse = CONVERSE_VERBS[verb];
  if (!converse) return [];
  let pattern = conversePatterns.get(verb);
  if (!pattern) conversePatterns.set(verb, (pattern = new RegExp(`\\b(?:${verbForms(converse)})\\s+((?:[\\p{L}\\d.&'’-]+\\s+){1,6}?)to\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}.&'’-]*(?:\\s+\\p{Lu}[\\p{L}.&'’-]*)*)`, "gu")));
  return [...text.matchAll(pattern)].filter((m) => isAsked(m[1]));
}
/** Per asked verb, its converse verb, its object (up to a few words), "to" and a capitalized name. */
const conversePatterns = new Map<string, RegExp>();

/** "game against the Pittsburgh Steelers", "vs. #Steelers": the opponent, named after the word. */
const AGAINST = /\b(?:against|vs\.?|versus)\s+(?:the\s+)?(?:(\p{Ll}+)\s+)?#?(\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*)*)/gu;

/** The side whose game it is, by its possessive before "game" or "match": "the Cleveland Browns’ Week 11 game". */
const GAME_OF = /(\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*)*)['’]s?\s+(?:[\p{L}\d]+\s+){0,3}?(?:game|match)\s*$/u;

/**
 * Whom a team played, where a passage naming that team names the game's other side after "against" or
 * "vs." ("the Browns' Week 11 game against the Pittsburgh Steelers"): the first such name that is not
 * the team asked about. Undefined when the question asks no game's opponent or the passage names none.
 */
export function opponentOf(text: string, predicate: string[], named: string[]): string | undefined {
  if (!predicate.some((verb) => PLAYING_VERBS.includes(verb))) return undefined;
  const isAsked = namesAsked(named);
  if (!isAsked(text)) return undefined;
  for (const m of text.matchAll(AGAINST)) {
    // "against singer Ally Brooke": a word for a person may stand before the name.
    if (m[1] !== undefined && !isPersonNoun(m[1])) continue;
    const name = m[2].replace(/\.$/, "");
    if (!isAsked(name)) return name;
    // Asked whom the team after "against" played: the side whose game it is ("the Browns' game against the Steelers").
    const side = GAME_OF.exec(text.slice(0, m.index))?.[1].replace(/^The\s+/, "");
    if (side && !isAsked(side)) return side;
  }
  return undefined;
}

/**
 * The name a relative clause of the asked verb is set after: "Scooter Braun (which owns her former record
 * label, Big Machine)", "Ada Lind, who founded the firm". Never a name the question gives.
 *
 * @example relativeDoer("a dispute with Scooter Braun (which owns her label, Big Machine)", ["own"], ["Big Machine"]) // "Scooter Braun"
 */
export function relativeDoer(text: string, predicate: string[], named: string[]): string | undefined {
  if (!predicate.length) return undefined;
  const isAsked = namesAsked(named);
  const pattern = new RegExp(`(${NAME_RUN})\\s*(?:,|\\()\\s*(?:which|who|that)\\s+(?:also\\s+|now\\s+|still\\s+)?${RELATIVE_AUXILIARY}(?:${verbForms(predicate)})\\b`, "gu");
  for (const m of text.matchAll(pattern)) if (!isAsked(m[1])) return m[1];
  // "legal challenges from Republican officials and conservative groups, who are suing to stop it": a
  // plural phrase after a preposition, its relative clause stating the asked verb.
  const described = new RegExp(`\\b(?:from|by|of|among|with)\\s+((?:[\\p{L}’'-]+\\s+){0,5}?[\\p{L}’'-]+s)\\s*,\\s*who\\s+${RELATIVE_AUXILIARY}(?:${verbForms(predicate)})\\b`, "u").exec(text)?.[1];
  return described && !NO_DOER_PHRASE.test(described) && !isAsked(described) ? described : undefined;
}
/**
 * An auxiliary a relative clause's verb may follow ("who are suing", "which has owned"), or a verb
 * leading to the asked one by "to" ("who are suing to stop it", as the question's verb is read).
 */
const RELATIVE_AUXILIARY = "(?:(?:is|are|was|were|has|have|had|will|would)\\s+(?:been\\s+)?)?(?:\\p{Ll}+\\s+to\\s+)?";

/** A noun, "between", a name, "and", what follows up to the clause's end: "a news conference between Trump and Chinese vice-premier Liu He". */
const BETWEEN = /\b(\p{Ll}+)\s+between\s+(?:the\s+)?(\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*)*)\s+and\s+([^,;:.]+)/gu;
/** A name not followed by a lower-case word it describes ("Chinese vice-premier"). */
const UNDESCRIBING_NAME = new RegExp(`${NAME_RUN}(?![\\p{L}.&'’-])(?!\\s+\\p{Ll})`, "gu");

/** The two sides of each meeting a text tells by its noun and "between" (a kind of meeting or of discussion: "conference", "talks"). */
function meetingSides(text: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const m of text.matchAll(BETWEEN)) {
    if (!(m[1] === "meeting" || isKindOf(m[1], "meeting") || isKindOf(m[1], "discussion"))) continue;
    const other = [...m[3].matchAll(UNDESCRIBING_NAME)][0]?.[0];
    if (other) out.push([m[2], other.replace(/\.$/, "")]);
  }
  return out;
}

/** Whether a passage tells a meeting by its noun and its two sides ("a news conference between Trump and Liu He"): it states "meet". */
export function statesMeetingByEvent(verb: string, texts: string[]): boolean {
  return MEETING_VERBS.includes(verb) && texts.some((t) => meetingSides(t).length > 0);
}

/**
 * Who met the one asked, by a meeting's noun and its two sides: the side that is not asked of.
 *
 * @example meetingPartner("an October news conference between Trump and Chinese vice-premier Liu He", ["meet"], ["Trump"]) // "Liu He"
 */
export function meetingPartner(text: string, predicate: string[], named: string[]): string | undefined {
  if (!predicate.some((verb) => MEETING_VERBS.includes(verb))) return undefined;
  const isAsked = namesAsked(named);
  for (const [a, b] of meetingSides(text)) {
    if (isAsked(a) && !isAsked(b)) return b;
    if (isAsked(b) && !isAsked(a)) return a;
  }
  return undefined;
}

/**
 * Who played a part, by the role's noun: "Chris Hemsworth would be returning … to reprise his role as
 * George Kirk" answers "who played George Kirk" with the last name before "his role as", in its sentence.
 *
 * @example rolePlayer("Chris Hemsworth would return to reprise his role as George Kirk", ["play"], ["George", "Kirk"]) // "Chris Hemsworth"
 */
export function rolePlayer(text: string, predicate: string[], named: string[]): string | undefined {
  if (!predicate.some((verb) => PLAYING_VERBS.includes(verb))) return undefined;
  const isAsked = namesAsked(named);
  const role = ROLE_AS.exec(text);
  if (!role || !isAsked(role[1])) return undefined;
  return [...text.slice(0, role.index).matchAll(NAMES)].map((m) => m[0]).filter((n) => !isAsked(n) && n.includes(" ")).pop();
}
const NAMES = new RegExp(NAME_RUN, "gu");
/** "his role as George Kirk", "her starring role as Ada": the part played, by name. */
const ROLE_AS = new RegExp(`\\b(?:his|her|their|the)\\s+(?:\\p{Ll}+\\s+)?role\\s+as\\s+(${NAME_RUN})`, "u");

/**
 * A game told with its other side ("game against the Steelers", "vs. Steelers") states playing; so does
 * a show, by a noun WordNet files under shows ("their November 18th concert at the Ryman Auditorium").
 */
export function statesPlayingByGame(verb: string, texts: string[]): boolean {
  if (!PLAYING_VERBS.includes(verb)) return false;
  return texts.some((t) => /\b(?:(?:game|match|race|contest|bout|fight|battle|duel|competition)\s+(?:against|versus)|vs\.?)\s/i.test(t) || (t.match(/\b\p{Ll}{4,}\b/gu) ?? []).some((w) => w === "show" || isKindOf(w, "show")));
}

/**
 * Whom an act told by its noun was aimed at, after "against": "the NLG filed a federal class action lawsuit
 * against the Morton County sheriff’s office" answers "who did the NLG sue", the act's nouns given
 * ("lawsuit", "suit"), its doer being one the question names before the noun in its clause.
 */
export function objectOfActNoun(text: string, nouns: string[], named: string[]): string | undefined {
  if (!nouns.length || !named.length) return undefined;
  const isAsked = namesAsked(named);
  const pattern = new RegExp(`\\b(?:${nouns.map(escapeRegExp).join("|")})s?\\s+against\\s+((?:the\\s+)?${NAME_RUN}(?:\\s+[\\p{Ll}’']+){0,2})(?=[,.;]|$)`, "gu");
  for (const m of text.matchAll(pattern)) {
    const clause = text.slice(0, m.index).split(/[;.]\s/).pop() ?? "";
    if (isAsked(clause)) return m[1].replace(/^the\s+/, "");
  }
  return undefined;
}

/** Characters before a verb searched for its subject ("the Bruins beat", "Trump then nominated"), within its clause. */
const SUBJECT_REACH = 40;

/**
 * Whom the one asked did the asked act to, named right after the verb ("the Bruins beat the Devils"
 * answers "who did the Bruins beat"): the name must follow a form of the verb (with "the" between at
 * most), and the clause before the verb must name the one asked and no one else after them.
 *
 * @example objectOfVerb("Minnesota beat Buffalo on Tuesday.", ["beat"], ["Minnesota"]) // "Buffalo"
 */
export function objectOfVerb(text: string, predicate: string[], named: string[], asked = ""): string | undefined {
  if (!predicate.length || !named.length) return undefined;
  const isAsked = namesAsked(named);
  // "who did Yovanovitch testify before": the preposition the question ends with stands between ("testified before the U.S. House …").
  const preposition = PREPOSITION_ENDING.exec(asked)?.[1];
  // "got married for the third time, to a woman named Elizabeth Tilson": a spouse after "to", a time between;
  // "hired a lawyer named …": an object introduced by its kind and "named".
  const spouse = predicate.some((v) => SPOUSE_VERBS.includes(v)) ? `(?:[^.;:]{0,${SPOUSE_GAP}}?,)?\\s+to\\s+` : "";
  const pattern = new RegExp(`\\b(?:${verbForms(predicate)})(?:${spouse ? `${spouse}|` : ""}\\s+${preposition ? `${preposition}\\s+` : ""})(?:the\\s+|${KIND_NAMED})?(${NAME_RUN})`, "gu");
  for (const m of text.matchAll(pattern)) {
    const object = m[1].replace(/[.,]$/, "");
    if (isAsked(object)) continue;
    const clause = text.slice(Math.max(0, m.index! - SUBJECT_REACH), m.index!).split(/[,;:]/).pop() ?? "";
    // The nearest name before the verb is its subject: it must be the one asked.
    const subject = [...clause.matchAll(new RegExp(NAME_RUN, "gu"))].pop()?.[0];
    if (subject && isAsked(subject)) return object;
  }
  return undefined;
}

/** Verbs whose object is also written after "to" ("got married to", "was engaged to"). */
const SPOUSE_VERBS = ["marry", "wed", "engage"];
/** Characters between such a verb and its "to" (", for the third time,"). */
const SPOUSE_GAP = 40;
/** An object introduced by a kind and "named": "a woman named", "an aide called". */
const KIND_NAMED = "(?:an?|the)\\s+(?:\\p{Ll}+\\s+){0,2}?\\p{Ll}+\\s+(?:named|called)\\s+";
/** A preposition a question ends with: "who did she testify before", "who did he speak to". */
const PREPOSITION_ENDING = /\s(before|to|with|against|for|from)$/i;

/** "lift the New York Islanders over the Pittsburgh Penguins 5-4": a winner, then the side it beat. */
const WON_OVER = /\b(?:lift|lifts|lifted|push|pushes|pushed|carry|carries|carried|power|powers|powered|propel|propels|propelled|lead|leads|led)\s+(?:the\s+)?(\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*)*)\s+(?:over|past)\s+(?:the\s+)?(\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*)*)/gu;
/**
 * A game's result as winner and loser, where a passage tells it as a score line ("Jets 2, Predators 1:")
 * or as one side lifted over the other: the side the question asks for. "who won the Jets Predators game"
 * (both sides asked) is the winner; "who did the Wild beat" the loser; "who beat the Sabres" or "who
 * lost the … game" the other. Undefined when the question asks no game's result or the passage tells
 * none of the sides it names.
 *
 * @example gameResult("Wild 4, Sabres 1: Zach Parise scored twice.", ["beat"], ["Wild"], [], true) // "Sabres" (who did the Wild beat)
 */
export function gameResult(text: string, predicate: string[], named: string[], words: string[], asksWhom: boolean): string | undefined {
  const beats = predicate.some((v) => BEATING_VERBS.includes(v));
  const wins = predicate.includes("win");
  const loses = predicate.some((v) => LOSING_VERBS.includes(v));
  if (!beats && !wins && !loses) return undefined;
  const isAsked = namesAsked([...named, ...words]);
  const results = [
    ...[...text.matchAll(LINE_SCORE)].map((m) => (Number(m[2]) > Number(m[4]) ? [m[1], m[3]] : Number(m[4]) > Number(m[2]) ? [m[3], m[1]] : null)),
    ...[...text.matchAll(WON_OVER)].map((m) => [m[1], m[2]]),
  ].filter((r): r is string[] => r !== null);
  for (const [winner, loser] of results) {
    const [w, l] = [isAsked(winner), isAsked(loser)];
    if (!w && !l) continue;
    // "who won the Otters Lynx game": a result that leaves out a side the question names is another game's.
    const sides = namesAsked([winner, loser]);
    if (named.some((n) => !TIME_NAMES.has(n.toLowerCase()) && !sides(n))) continue;
    // "who won the Jets Predators game": the game asked by both its sides, or by the one named.
    if (wins) return winner;
    if (loses) return loser;
    // "who did the Wild beat" (the asked side is the verb's subject) or "who beat the Sabres".
    return asksWhom ? (w ? loser : undefined) : l ? winner : undefined;
  }
  return undefined;
}
