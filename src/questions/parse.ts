import { QUESTION_WORDS, indexTerm, words } from "../index/terms.js";
import { MEASURE_ADJECTIVES, MEASURE_ASKED_BY_WHAT, MONEY_NOUNS, MONEY_NOUN_THEN_CLAUSE, RATE_THEN_CLAUSE, SCORE_ASKED, SUM_ASKED_BY_WHAT, TITLE_WORDS, alternation } from "../lexicon/english.js";
import { irregularLemma } from "../lexicon/nlp.js";
import { baseForms, isAdjective, isNoun, isVerb } from "../lexicon/wordnet.js";

/** How a name's word starts: a capital, or a lower-case particle before a hyphen and a capital ("al-Tanf"). */
export const NAME_START = /^(?:\p{Lu}|\p{Ll}{1,4}-\p{Lu})/u;

/** The kinds of question, each answered from its own template in prompts/. */
export type Intent = "who" | "what" | "when" | "where" | "howmany" | "quote" | "search";

export interface Question {
  /** The question as typed, trimmed. */
  text: string;
  intent: Intent;
  /** What it is about: a name or phrase ("Homan", "the head of ICE", "the U.S. Conference of Mayors"). */
  subject?: string;
  /** For "what did X say about Y": Y. */
  topic?: string;
  /** "why" questions prefer sentences that give a reason. */
  asksWhy: boolean;
  /** "what is X's name": only a name answers, never a passage that merely mentions X. */
  asksName?: boolean;
  /** "where did the Dow close": a market's level, asked as a place; its verb only frames the question. */
  asksLevel?: boolean;
  /** Content words as index terms, question scaffolding dropped. */
  terms: string[];
  /** Words typed with a capital inside the question: names the corpus must know to answer. */
  named: string[];
}

/** What a line typed to the bot asks for: the same grammar on every platform. */
export type Command =
  | { kind: "help" }
  | { kind: "digest"; date?: string }
  | { kind: "add"; url: string }
  | { kind: "invalid"; message: string }
  | { kind: "question"; question: Question };

/** Nouns that name a quantity: a question of keywords with one of them asks for a figure. */
/** Past tenses of the verbs of money that do not end in -ed. */
const IRREGULAR_MONEY_PASTS = ["paid", "sold", "spent", "bought", "cost", "set", "got", "made", "won", "lost", "gave", "took"];

const QUANTITY_NOUN = /^(?!(?:who|what|when|where|why|how|which|whose|did|does|do|is|are|was|were)\b).*\b(?:population|death toll|toll|salary|budget|price|cost|number of|count|total|turnout|age)\b/;

const DIGEST = /^digest(?:\s+(\S+))?\s*$/i;
/** `add URL`: one word after "add" that looks like a link (a question such as "add more police?" is not one). */
const ADD = /^add\s+(\S+)$/i;
const LINKISH = /^<?(?:https?:\/\/|www\.)|^[\w-]+(?:\.[\w-]+)+\/\S*$/i;

/**
 * Parses a line: `help`, `digest [YYYY-MM-DD]`, `add URL`, or anything else as a question.
 *
 * @example parseCommand("digest 2018-01-18") // { kind: "digest", date: "2018-01-18" }
 */
export function parseCommand(input: string): Command {
  const text = input.replace(/\s+/g, " ").trim();
  if (text === "" || /^(?:help|\?|commands|usage|--help|-h)$/i.test(text)) return { kind: "help" };
  const digest = DIGEST.exec(text);
  if (digest) {
    const date = digest[1];
    if (date === undefined || /^today$/i.test(date)) return { kind: "digest" };
    if (!isValidDay(date)) return { kind: "invalid", message: `digest: "${date}" is not a date; write it as YYYY-MM-DD, for example digest 2018-01-18` };
    return { kind: "digest", date };
  }
  if (/^add$/i.test(text)) return { kind: "invalid", message: "add: name the article's page, for example add https://example.com/news/article.html" };
  const url = addTarget(text);
  if (url) return { kind: "add", url };
  return { kind: "question", question: parseQuestion(text) };
}

/**
 * The link of an `add URL` line (scheme added to a bare `www.…`), or null for anything else. Cheap:
 * adapters ask it of every message (through `core.pending`) before the line is parsed as a question.
 */
export function addTarget(input: string): string | null {
  const add = ADD.exec(input.replace(/\s+/g, " ").trim());
  if (!add?.[1] || !LINKISH.test(add[1])) return null;
  const bare = add[1].replace(/^<|>$/g, "");
  return /^https?:\/\//i.test(bare) ? bare : `https://${bare}`;
}

/** Whether s is a real calendar day written YYYY-MM-DD. */
export function isValidDay(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.getUTCDate() === Number(m[3]) && d.getUTCMonth() + 1 === Number(m[2]);
}

const SAY = "say|said|says|tell|told|write|wrote|tweet|tweeted|think|thinks|claim|claimed|argue|argued|warn|warned|mean|meant|announce|announced";

/** Verbs a market's level is asked by as a place: "where did the Dow close / end / finish / settle". */
const LEVEL_VERBS = "close|end|finish|settle";

const PATTERNS: Array<[RegExp, (m: RegExpExecArray) => Partial<Question> & { intent: Intent }]> = [
  [new RegExp(`^what (?:did|does|do|has|had|have) (.+?) (?:${SAY})(?: (?:about|on|of|regarding|concerning) (.+)| (.+))?$`), (m) => ({ intent: "quote", subject: m[1], topic: m[2] ?? m[3] })],
  [new RegExp(`^(?:how|what) (?:did|does|has) (.+?) (?:react|respond|reply|comment)(?: (?:to|on|about) (.+))?$`), (m) => ({ intent: "quote", subject: m[1], topic: m[2] })],
  // "what's the name of X" / "what is X's name": a person's name is asked, and only a name answers.
  [/^what(?:'s| is| was) (?:the name of (.+)|(.+?)(?:'s|s'|s)? (?:full |first |last )?name)$/, (m) => ({ intent: "who", subject: m[1] ?? m[2], asksName: true })],
  [/^who(?:'s| is)? (?:leads|runs|heads|directs|chairs|in charge of|the boss of) (.+)$/, (m) => ({ intent: "who", subject: `the head of ${m[1]}` })],
  [/^who (.+?) (?:is|was)$/, (m) => ({ intent: "who", subject: m[1] })],
  [/^what (?:is|was) (.+?)(?:'s|') (?:job|role|position|title|occupation|office)$/, (m) => ({ intent: "who", subject: m[1] })],
  [/^what(?:'s| is| was| are| were) the (?:population|number|size|age|amount|total|cost|price|value|salary|budget|death toll|toll) of\b/, () => ({ intent: "howmany" })],
  // "what was the deal worth", "what did the jets cost": a sum asked in other words than "how much".
  [SUM_ASKED_BY_WHAT, () => ({ intent: "howmany" })],
  // "what is the average rent": an average, a median, a total is a figure.
  [/^what(?:'s| is| was| are| were) (?:the |an? )?(?:average|median|mean|typical|total)\s+\p{L}/u, () => ({ intent: "howmany" })],
  [MONEY_NOUN_THEN_CLAUSE, () => ({ intent: "howmany" })],
  [RATE_THEN_CLAUSE, () => ({ intent: "howmany" })],
  [MEASURE_ASKED_BY_WHAT, () => ({ intent: "howmany" })],
  // "what was the final score": a result in figures.
  [SCORE_ASKED, () => ({ intent: "howmany" })],
  // "what's the halibut promo price at Whole Foods": a measure named after up to three words of what it measures.
  // "what was the minimum fare Uber charged": or a clause after it that ends in a past tense.
  [new RegExp(`^what(?:'s| is| was| are| were) the (?:[\\p{L}'-]+ ){0,3}(?:${alternation(["population", "value", "death toll", ...MONEY_NOUNS])})s?(?: (?:of|at|for|in|on|during|after|before|from|under|since) .+| (?:that |which )?(?:[\\p{L}'-]+ ){1,3}(?:\\p{L}+ed|${alternation(IRREGULAR_MONEY_PASTS)}))?$`, "u"), () => ({ intent: "howmany" })],
  [new RegExp(`^(?:how (?:many|much|old|expensive|${alternation(Object.keys(MEASURE_ADJECTIVES))})|what share|what percentage|what percent|what proportion|what fraction|what number|what portion|what part)\\b`), () => ({ intent: "howmany" })],
  [/^(?:when|since when|what (?:day|date|year|month|time|night|morning|evening|week|season|hour))\b/, () => ({ intent: "when" })],
  // "where did the Dow close / end / settle": a market's level, not a place.
  [new RegExp(`^where (?:did|does|do|will|would) .+ (?:${LEVEL_VERBS})(?: (?:at|on|the|today|yesterday)\\b.*)?$`), () => ({ intent: "howmany", asksLevel: true })],
  [/^where\b/, () => ({ intent: "where" })],
  // "who is Apple partnering with", "who was leading the raid": a progressive verb asks who does something, not who someone is.
  // Not a gerund after a preposition or article: "who is the host of dancing with the stars"; nor one
  // before a title, which is part of the office: "who is the new DHS acting secretary".
  [new RegExp(`^(?:who|whom)(?:'s|s| is| was| are| were)\\s+(?:\\S+\\s+){0,3}?(?<!\\b(?:of|the|a|an|in|for|at|on|with|about|by|from)\\s)\\p{L}{2,}ing(?!\\s+(?:${alternation([...TITLE_WORDS])})\\b)\\s+\\p{L}`, "u"), () => ({ intent: "who" })],
  // "who was ailes lawyer that emailed the deal": a kind of person, then the act that tells which one, asks who did it.
  [/^who(?:'s|s| is| was)\s+(?:\S+\s+){1,4}?(?:that|who)\s+\p{L}+ed\s+\p{L}/u, () => ({ intent: "who" })],
  [/^(?:who|whom)(?:'s|s| is| was| are| were)\s+(.+)$/, (m) => ({ intent: "who", subject: m[1] })],
  // "who will be (the next) secretary of state": the office to come is asked as the office is.
  [/^who (?:will|would|could|might|is going to|are going to) be\s+(?!\p{L}+ing\b)(.+)$/u, (m) => ({ intent: "who", subject: m[1] })],
  [/^(?:who|which|whose)\b/, () => ({ intent: "who" })],
  [/^what (?:is|was|were|are) (.+?) for$/, () => ({ intent: "search" })],
  [/^what(?:'s| is| are| was| were)\s+(?!(?:the )?(?:reason|cause)\b)(.+)$/, (m) => ({ intent: "what", subject: m[1] })],
  [/^what happened(?: (?:to|at|in|with|on) (.+))?$/, (m) => ({ intent: "what", subject: m[1] })],
];

/** "what is/was …" with a word, then a preposition, in its first few words: the word may be a participle. */
const PASSIVE_WHAT = /^what (?:is|was|were|are) (?:[\p{L}'-]+ ){0,3}?(\p{Ll}{4,}) (?:with|in|at|by|on|from|to|into|about|over|during|after|before|inside)\b/u;

/** "what does the ad show", "what did the survey find": a question of what its subject shows or found. */
const SUBJECT_SHOWS = /^what (?:does|did|do|will)\s+\S.*\s(?:show|find)$/;
/** Verbs of asking that are also nouns of things asked about ("the last show"). */
const ASKING_NOUNS = new Set(["show", "shows"]);
/** Words after which a word is a noun. */
const DETERMINER_BEFORE = /^(?:the|a|an|this|that|these|those|his|her|their|its|our|my|your|last|first|next|final|latest)$/i;

/** "what is/are X doing [at|on …]": a subject (not a determiner alone), then a verb in -ing that ends the question, with a preposition left at the end or none. */
const PROGRESSIVE_WHAT = /^what (?:is|are|was|were) (?:[\p{L}'-]+ ){0,3}(?!(?:the|a|an|this|that|its|his|her|their|our|my|your) )[\p{L}'-]+ (\p{Ll}{2,}ing)(?: (at|on|with|about|into|to|over|toward|towards))?$/u;

/** A past participle: a verb's irregular one ("found", "held") or a regular one of a verb WordNet knows ("charged"). */
function isParticiple(word: string): boolean {
  if (irregularLemma(word, "verb")) return !/ing$/.test(word);
  return /(?:ed|en)$/.test(word) && baseForms(word).some((b) => isVerb(b));
}

/**
 * Works out what kind of question a line is, what it is about and which words matter.
 *
 * @example parseQuestion("WHO IS HOMAN?") // { intent: "who", subject: "homan", … }
 */
export function parseQuestion(input: string): Question {
  const text = input.replace(/\s+/g, " ").trim();
  const flat = text
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[?!.;:,]+$/g, "")
    .replace(/^(?:(?:hey|hi|ok|so|and|but|please|pls|sanctuary)[, ]+)+/i, "")
    .replace(/^(?:can|could|would) you (?:tell me|say|explain)\s+/i, "")
    .replace(/^(?:tell me|do you know|i want to know)\s+/i, "")
    .replace(/\bAG\b/g, "attorney general");
  const lower = flat.toLowerCase();
  let parsed: Partial<Question> & { intent: Intent } = { intent: "search" };
  // "what is Assange charged with", "what was found in the car": a passive asks what was done, no definition.
  // A word that is also a noun, after an adjective or a determiner, is the thing asked ("the average rent in Toronto").
  const passiveMatch = PASSIVE_WHAT.exec(lower);
  const before = passiveMatch ? lower.slice(0, passiveMatch.index + passiveMatch[0].lastIndexOf(passiveMatch[1])).trim().split(" ").pop() ?? "" : "";
  const passive = passiveMatch && isNoun(passiveMatch[1]) && (DETERMINER_BEFORE.test(before) || isAdjective(before)) ? null : passiveMatch;
  // "what is the NYAG looking at", "what is Apple building": the progressive asks what is being done, no definition.
  const progressive = PROGRESSIVE_WHAT.exec(lower);
  // Without a preposition after it, a word in -ing that is also a noun is more often the thing asked ("what is the main building").
  const doing = progressive !== null && baseForms(progressive[1]).some((b) => isVerb(b)) && (progressive[2] !== undefined || !isNoun(progressive[1]));
  for (const [re, make] of (passive && isParticiple(passive[1])) || doing ? [] : PATTERNS) {
    const m = re.exec(lower);
    if (m) {
      parsed = make(m);
      break;
    }
  }
  // Keywords only ("tunisia population?"): a word for a quantity asks how many.
  if (parsed.intent === "search" && QUANTITY_NOUN.test(lower)) parsed = { intent: "howmany" };
  const original = (s: string | undefined) => (s === undefined ? undefined : restoreCase(flat, s));
  // "show me …" asks; "the last show" is a thing asked of: a verb of asking after a determiner is a noun.
  // "what does the ad show", "what did the study find": after its subject, such a verb is the act asked of it.
  const content = words(flat).filter((w, i, all) => !QUESTION_WORDS.has(w.toLowerCase()) || (ASKING_NOUNS.has(w.toLowerCase()) && DETERMINER_BEFORE.test(all[i - 1] ?? "")) || (i === all.length - 1 && SUBJECT_SHOWS.test(lower)));
  // "name" in "what is the skipper's name" is what is asked for, not a word the passage must have.
  // Nor "old" in "how old was Roof": the age is the answer, and "Roof, who was 21 at the time" states it without the word.
  // Nor "close" in "where did the Dow close": the level is the answer ("fell …, to 27,934.02").
  // Nor "time" in "what time is the rematch": a time of day is the answer.
  const timeAsked = /^what (day|date|year|month|time|hour)\b/.exec(lower)?.[1];
  // Nor "since" in "since when has it been kept": the date it began is the answer ("since 1912").
  const asked = parsed.asksName ? /^(?:name|names)$/i : /^how old\b/.test(lower) ? /^old$/i : /^since when\b/.test(lower) ? /^since$/i : parsed.asksLevel ? new RegExp(`^(?:${LEVEL_VERBS})$`, "i") : timeAsked ? new RegExp(`^${timeAsked}$`, "i") : null;
  const terms = [...new Set(content.filter((w) => !asked?.test(w)).map(indexTerm).filter((t): t is string => Boolean(t)))];
  const named = words(flat)
    .slice(1)
    .filter((w) => NAME_START.test(w) && w !== "I" && w !== w.toUpperCase() || /^\p{Lu}{2,}$/u.test(w) && w.length <= 5 && flat !== flat.toUpperCase());
  return {
    text,
    intent: parsed.intent,
    subject: original(parsed.subject)?.replace(/^(?:about|of)\s+/i, "").trim() || undefined,
    // "what did Cox warn against": a preposition alone is no topic; "what did Schaaf warn immigrants
    // about": one left at the end asks what the words were, about "immigrants".
    topic: words(original(parsed.topic) ?? "").some((w) => indexTerm(w)) ? original(parsed.topic)!.trim().replace(/\s+(?:about|of|on|against|for|to)$/i, "") : undefined,
    ...(parsed.asksName ? { asksName: true } : {}),
    ...(parsed.asksLevel ? { asksLevel: true } : {}),
    asksWhy: /^(?:why|how come|what (?:is|was) the (?:reason|cause))\b|^what (?:is|was|were|are) .+ for$/.test(lower),
    terms,
    named,
  };
}

/** The piece of the original text that a lower-cased match came from, so names keep their capitals. */
function restoreCase(original: string, piece: string): string {
  const at = original.toLowerCase().indexOf(piece);
  return at >= 0 ? original.slice(at, at + piece.length) : piece;
}
