import { STOP_WORDS, termsOf } from "../index/terms.js";
import { CHANGE_VERBS, smallNumberValue, COMPARATIVES, MARGIN_UNITS, MARGIN_VERBS, CURRENCY_SIGNS, CURRENCY_WORDS, SCALE_WORDS, DURATION_UNITS, MEASURE_ADJECTIVES, MEASURE_NOUNS, MEASURE_VERBS, MONEY_NOUNS, MONEY_NOUN_THEN_CLAUSE, MONEY_VERBS, RATE_THEN_CLAUSE, MONTHS, MONTH_ABBREVIATIONS, NUMBER_WORDS, ORDINAL_WORDS, PEOPLE_NOUNS, SCORE_ASKED, SUM_ASKED_BY_WHAT, TIME_LEFT_WORDS, UNIT_SYMBOLS, WEEKDAYS, alternation } from "../lexicon/english.js";
import { broaderNouns, derivations, isAdjective, isKindOf, isCapitalizedPersonNoun, baseForms, hasPersonSense, isNoun, isPersonNoun, isVerb, nounLemma, synonyms } from "../lexicon/wordnet.js";
import { inflections, irregularLemma, tag, wordForms } from "../lexicon/nlp.js";

/**
 * What a "how many / how much / how old" question measures, read from the question alone: an age, a
 * sum of money, a share, or a count of some unit ("how many tablets", "the population" → people).
 * The extract stage prefers the figure of that kind, so "how old is Mugabe" is not answered with the
 * age of someone else in the sentence, nor "how much did Verizon pay" with a share count.
 */
export type Measure =
  | { kind: "age" }
  | { kind: "money" }
  | { kind: "percent" }
  | { kind: "score" }
  /** `acts`: the nouns of the act a count of people is asked by ("died": deaths), which count it most directly. */
  /** `since`: a time lasted, also told by when it began ("held since 2016" for "how long were they held"). */
  | { kind: "count"; units: string[]; lead?: RegExp; unitless?: RegExp; noun?: string; code?: string; strict?: boolean; alsoAs?: ReadonlyArray<"percent" | "money">; change?: boolean; acts?: string[]; since?: boolean }
  | { kind: "any" };

/** Words that round a figure: "Some 200", "About 40". */
const APPROXIMATE_WORDS = new Set(["some", "about", "around", "nearly", "almost", "roughly", "approximately", "over", "under", "only", "just", "more", "fewer", "less", "another", "all"]);

/** Bounds on the work of finding a figure, so a paragraph-long table of numbers stays fast. */
export const FIGURE_LIMITS = {
  chars: 5000,
  figures: 60,
  /** How many words after a figure may name its unit ("eight of the tablets"). */
  unitWindowWords: 3,
  /** WordNet senses of the unit whose synonyms also count ("tablets": pills is its third sense). */
  unitSenses: 4,
  /** WordNet senses of a counted noun that may make it people, asked how many people ("males": the second). */
  personSenses: 2,
};

/** Words before a figure that make it a level, not a change: "going for $640,479", "at 4 percent", "to 2.5%". */
const LEVEL_BEFORE = /\b(?:for|at|to|of)\s+(?:about\s+|around\s+|nearly\s+)?$/i;
/** "21-year-old", "seven-month-old", "30 years old", "28-yr-old" as alerts abbreviate it: an age and its unit. */
export const AGE_UNIT = /^[- ](?:years?|yrs?|months?|weeks?|days?)[- ]old\b/i;
/** An age in years right after its figure, and what follows it: a name ("52-year-old Grace"), a noun ("his 22-year-old son"), "when". */
const YEARS_OLD = "^[- ](?:years?|yrs?)[- ]old";
const AGED_NAME = new RegExp(`${YEARS_OLD}\\s+(\\p{Lu}[\\p{L}'-]+)((?:\\s+\\p{Lu}[\\p{L}'-]+)*)\\s*(\\p{Ll}+)?`, "u");
const AGED_NOUN = new RegExp(`${YEARS_OLD}\\s+(\\p{Ll}+)`, "u");
const AGED_WHEN = new RegExp(`${YEARS_OLD},?\\s+when\\b`, "i");
/** The oldest age a bare number set beside a name is read as ("Parata, 75,"): above it, it counts something else. */
const MAX_AGE = 120;

/** A unit right after a figure, then the place it is of: "(20 million) residents of Delhi". */
const UNIT_OF_PLACE_AFTER = /^\s+(\p{L}+)\s+of\s+\p{Lu}/u;
/** "She was eighty-seven and …", "I was twenty-five, had just started": a bare number after a pronoun's "was", the clause going on. */
const PRONOUN_WAS = /\b(?:[Ss]he|[Hh]e|I|[Tt]hey)\s+(?:was|is|am|were)\s+$/;
const CLAUSE_GOES_ON = /^(?:\s+and\b|\s*[,;.])/;

const SCALE = `(?:\\s+(?:${alternation(SCALE_WORDS)}))?`;
/** A currency's sign or code before a sum ("$", "Rs", "HK$", "USD"): letters only as a whole word. */
const CURRENCY_SIGN = `(?:${alternation(CURRENCY_SIGNS.filter((c) => !/^\p{L}/u.test(c)))}|\\b(?:${alternation(CURRENCY_SIGNS.filter((c) => /^\p{L}/u.test(c)))}))`;
/** A figure that is a sum of money by its sign: "$40", "Rs 24 lakh", "₹500". */
const SIGNED_SUM = new RegExp(`^${CURRENCY_SIGN}`, "u");
/**
 * A figure as articles write it: "$4.8 billion", "47%", "11 million", "eight", "one in 10"; not the
 * digits of a name ("COVID-19", "F-35", "MP3").
 */
/** A fraction written out: "two-thirds", "three quarters", "one-fifth". */
const WRITTEN_FRACTION = "\\b(?:one|two|three|four|five|six|seven|eight|nine)[\\s-](?:half|halves|thirds?|quarters?|fourths?|fifths?|sixths?|eighths?|tenths?)\\b";
export const FIGURE = new RegExp(`${WRITTEN_FRACTION}|(?<![A-Za-z]-?|\\d|\\d\\.)(?:${CURRENCY_SIGN}\\s?)?\\d[\\d,.]*(?:\\s?%|[\\s-]percent|\\s+per cent)?${SCALE}|\\b(?:one|(?:half\\s+)?a)\\s+(?:hundred|thousand|million|billion|trillion)\\b|\\b(?:${alternation(NUMBER_WORDS)})\\b${SCALE}|\\bone in \\d+\\b`, "gi");

/** Words right before a figure that make "N to M" a change from one level or by one amount to another, no range. */
const CHANGE_BEFORE = /\b(?:from|by|up|down)\s+$/i;

/** A name's possessive ("Boeing's") or a model number ("787-9") between a figure and what it counts. */
const OWNER_OR_MODEL = /^(?:\p{Lu}[\p{L}.-]*['’]s?|\d+-\d+)$/u;

/** Words after "how many" that end the unit ("how many tablets did …"). */
const UNIT_END = /^(?:did|do|does|were|was|are|is|have|has|had|will|would|can|could|should|in|of|at|on|for|to|from|by|with|the|a|an|this|that|these|those|there|they|he|she|it|we|you|i)$/i;

export function measureOf(question: string): Measure {
  // Asked once per candidate passage of the same question: the last answer is kept.
  if (question !== last.question) last = { question, measure: readMeasure(question) };
  return last.measure;
}
let last: { question: string; measure: Measure } = { question: "", measure: { kind: "any" } };

const CHANGE = new RegExp(`\\b(?:${alternation(CHANGE_VERBS.flatMap((v) => wordForms(v.split(" ")[0], "verb").map((f) => [f, ...v.split(" ").slice(1)].join(" "))))})\\b`);

const MARGIN = new RegExp(`\\b(?:${alternation(MARGIN_VERBS.flatMap((v) => wordForms(v, "verb")))})\\b`);

/** Whether a question asks a change in amount ("how many jobs did they cut", "how much did oil fall"). */
export function asksChange(question: string): boolean {
  return CHANGE.test(question.toLowerCase());
}

/** Whether a word is a verb's past participle and no noun ("held", "released"; not "bridge", "speech"). */
function isParticiple(word: string): boolean {
  if (isNoun(word)) return false;
  const irregular = irregularLemma(word, "verb");
  return irregular !== undefined ? irregular !== word : /(?:ed|en)$/.test(word) && baseForms(word).some((f) => isVerb(f));
}

/** "how long was / were …", before a participle. */
const PASSIVE_LONG = /\bhow long (?:is|was|are|were|has been|have been|had been)\b/;

/**
 * When a time lasted began, as "since" gives it ("held … since 2016", "since August 2016", "since last
 * year"): how long it has lasted, told without a figure of time.
 *
 * @example sinceWhen("who had been held since 2016 were released") // { text: "since 2016", at: 21 }
 */
export function sinceWhen(text: string): { text: string; at: number } | null {
  const m = SINCE.exec(text);
  return m ? { text: m[0], at: m.index } : null;
}

/** "how long did it hibernate": "from June 2011 until January 2014", a span told by its two ends. */
export function spanBetween(text: string): { text: string; at: number } | null {
  const m = SPAN.exec(text);
  return m ? { text: m[0], at: m.index } : null;
}
const MONTH_NAMES = alternation([...MONTHS, ...MONTH_ABBREVIATIONS]);
/** A month perhaps with its day, then a year; or a year alone. */
const SPAN_END = `(?:(?:${MONTH_NAMES})\\.?(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?,?\\s+\\d{4}|\\d{4})`;
const SPAN = new RegExp(`\\bfrom\\s+${SPAN_END}\\s+(?:until|till|to|through)\\s+${SPAN_END}\\b`);
const SINCE = new RegExp(`\\bsince\\s+(?:(?:early|late|mid)[- ])?(?:(?:the\\s+)?\\d{4}s?\\b|(?:${MONTH_NAMES})(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?(?:,?\\s+\\d{4})?|last\\s+(?:year|month|week|season|spring|summer|fall|autumn|winter)\\b|(?:${alternation(WEEKDAYS)})\\b)`);

/** "how long did / will / has …": the time something took or lasts, not how long a thing is. */
const ASKS_DURATION = /\bhow long (?:did|do|does|will|would|has|have|had|can|could|should|must)\b/;

/** "what is the (halibut) price / the cost of …", "how much was Tays' bond": a sum of money named by its noun. */
const MONEY_NOUN_ASKED = new RegExp(`^what(?:'s| is| was| are| were) the (?:[\\p{L}'-]+ ){0,3}(?:${alternation(MONEY_NOUNS)})s?\\b|\\bhow much (?:is|was|are|were) (?:[\\p{L}'-]+ ){0,3}(?:${alternation(MONEY_NOUNS)})s?$`, "u");

/** A sprint from standstill a question names: "0-60", "0 to 62 mph". */
const ACCELERATION_ASKED = /\b0\s*(?:-|–|to)\s*\d{2,3}\b/;

function readMeasure(question: string): Measure {
  const q = question.toLowerCase();
  if (SCORE_ASKED.test(q)) return { kind: "score" };
  // "how fast does it do 0-62", "0 to 60 time": an acceleration, told in seconds ("0-62 mph in 6.6 seconds").
  if (ACCELERATION_ASKED.test(q)) return { kind: "count", units: unitTerms(["seconds", "second", "secs", "sec"]), strict: true };
  if (/\bhow old\b|\bwhat age\b|\bthe age of\b|\b\w+'?s age\b/.test(q)) return { kind: "age" };
  if (/\b(?:percent|percentage|proportion|what share|what fraction)\b/.test(q) || RATE_THEN_CLAUSE.test(q)) return { kind: "percent" };
  // "how much did prices rise": by a rate, a sum or a multiple ("four times"), whichever the passage gives.
  // "how much will Alibaba raise (in its listing)": raising with no object named is raising money, not a rise.
  if (/\bhow much\b.*\brais(?:e|es|ed|ing)\b\s*(?:(?:in|from|for|at|by|with|through|on)\b.*)?$/.test(q)) return { kind: "money" };
  // A change of a measure named ("how much has the population grown") is told in its units too ("by more than 7 million people").
  if (/\bhow much\b/.test(q) && CHANGE.test(q)) {
    const changeOf = Object.keys(MEASURE_NOUNS).find((noun) => new RegExp(`\\b${noun}\\b`).test(q));
    return { kind: "count", units: unitTerms(["times", "fold", "points", ...(changeOf ? MEASURE_NOUNS[changeOf].units : [])]), strict: true, alsoAs: ["percent", "money"], change: !/\bto\b/.test(q) };
  }
  // "(by) how much did Trump win Kentucky": a margin, in points or votes or as a share ("won by 30 points").
  if (/\bhow much\b/.test(q) && MARGIN.test(q)) return { kind: "count", units: unitTerms(MARGIN_UNITS), strict: true, alsoAs: ["percent", "money"] };
  // "how much more do they earn": a difference, by a rate, a multiple or a sum ("earn 25% more").
  if (/\bhow much (?:more|less)\b/.test(q)) return { kind: "count", units: unitTerms(["times", "fold"]), strict: true, alsoAs: ["percent", "money"] };
  // "how much time does he save": a time, whatever the verb ("save" is also money's).
  if (/\bhow much time\b/.test(q)) return { kind: "count", units: unitTerms(DURATION_UNITS), strict: true };
  if (new RegExp(`\\bhow much\\b.*\\b(?:${alternation(MONEY_VERBS)})`).test(q) || /\bhow much money\b|\bhow much\b.*\b(?:per|an?) (?:hour|day|week|month|year)\b|\bhow much\b.*\b(?:hourly|annually)\b|\bwhat (?:price|sum|amount)\b/.test(q) || MONEY_NOUN_ASKED.test(q) || MONEY_NOUN_THEN_CLAUSE.test(q) || SUM_ASKED_BY_WHAT.test(q)) return { kind: "money" };
  // "how much does she make" asks for earnings; "how much progress did they make" names its own measure.
  if (/\bhow much (?:do|does|did|will|would|can|could)\b.*\b(?:make|makes|made|making)\b/.test(q)) return { kind: "money" };
  const measured = Object.keys(MEASURE_NOUNS).find((noun) => (new RegExp(`\\b${noun}\\b`).test(q) && (MEASURE_NOUNS[noun].only?.test(q) ?? true)) || MEASURE_NOUNS[noun].askedAs?.test(q));
  if (measured) return measureNamed(measured)!;
  // "how fast", "how heavy", "how much does it weigh": a figure in the units of that scale.
  const adjective = /\bhow (\p{L}+)/u.exec(q)?.[1] ?? "";
  const verb = /\bhow much\b/.test(q) ? Object.keys(MEASURE_VERBS).find((v) => new RegExp(`\\b${v}\\b`).test(q)) : undefined;
  const scale = Object.hasOwn(MEASURE_ADJECTIVES, adjective) ? MEASURE_ADJECTIVES[adjective] : verb ? MEASURE_ADJECTIVES[MEASURE_VERBS[verb]] : undefined;
  // A scale is only answered in its units: "how long will the strike last" is not answered by "hundreds".
  // "how long did it glow" (a verb other than "be") asks for a time, not a length ("40-foot tubes").
  // "how big is the deal" may be told by a sum; "how big is the screen", of a made thing, never.
  const thing = /(\p{L}+)\s*$/u.exec(q)?.[1] ?? "";
  const alsoAs = scale?.alsoAs && !(isNoun(thing) && isKindOf(thing, "artifact")) ? scale.alsoAs : undefined;
  // "how long were the hostages held": a verb's participle after its subject asks for a time, as "did" does.
  const duration = adjective === "long" && (ASKS_DURATION.test(q) || (PASSIVE_LONG.test(q) && isParticiple(thing)));
  if (scale) return { kind: "count", units: unitTerms(duration ? DURATION_UNITS : scale.units), strict: true, alsoAs, ...(duration ? { since: true } : {}) };
  const unit = countedNoun(question);
  // "how many times was she divorced": the times are counted by the act's own noun too ("her seven divorces").
  if (unit === "times") return { kind: "count", units: unitTerms(["times", ...actNounsAsked(question)]), noun: unit };
  const code = unit && MODEL_CODE.exec(unit)?.[1];
  // People are also counted by the kind they are of ("155 adult males" for "how many men").
  const kinds = unit && isPersonNoun(unit) ? broaderNouns(unit) : [];
  if (unit && !UNIT_END.test(unit)) return { kind: "count", units: unitTerms([unit, ...synonyms(singular(unit), "noun", FIGURE_LIMITS.unitSenses), ...kinds]), noun: unit, ...(code ? { code } : {}) };
  return { kind: "any" };
}

/** The measure a noun of `MEASURE_NOUNS` names ("population": a count of people after "a nation of"), if it is one. */
function measureNamed(noun: string): Measure | undefined {
  const named = Object.hasOwn(MEASURE_NOUNS, noun) ? MEASURE_NOUNS[noun] : undefined;
  return named && { kind: "count", units: unitTerms(named.units), lead: named.lead, unitless: named.unitless };
}

/**
 * Whether a text states a measure by its figure rather than its noun: "a nation of about 11 million
 * people" states a population, though the word is not there. Only measures whose figure is
 * introduced by its own words (`lead`) can be told so.
 */
export function statesMeasure(noun: string, text: string): boolean {
  // "what was the score": "they lost 24-17" states one, the word unsaid; so does a team's record ("At 4-7").
  if (SCORE_NOUNS.has(noun)) return SCORE_IN_TEXT.test(text);
  const measure = measureNamed(noun);
  if (!measure || measure.kind !== "count" || !measure.lead) return false;
  return figuresOf(text, "").some((f) => fits(text, f, measure));
}

/**
 * What "how many / how much" counts: the head of the noun phrase after it, its last noun ("how many
 * gas leaks were there" counts leaks, "how many miles of cable" miles, "how much ram"), as the tagger
 * reads the question.
 */
function countedNoun(question: string): string | undefined {
  // Tagged as written: a name the question capitalizes ("Los Angeles") is read as one.
  const q = question.toLowerCase();
  const at = /\bhow (?:many|much)\s+/.exec(q);
  if (!at) return undefined;
  // A model's code ("how many a380s", "how many 787s") is one word, which the tagger would split.
  const code = /^\p{L}*\d[\p{L}\d-]*(?=\s|$)/u.exec(q.slice(at.index + at[0].length))?.[0];
  if (code && /^\d+$/.test(code)) return undefined;
  if (code) return code;
  // "how much might the model overestimate": a modal or auxiliary right after it counts nothing.
  if (/^(?:might|may|must|could|would|should|shall|can|will|do|does|did|is|are|was|were|has|have|had)\b/.test(q.slice(at.index + at[0].length))) return undefined;
  const after = tag(question.slice(at.index + at[0].length));
  let head: string | undefined;
  let headIsName = false;
  for (const [i, t] of after.entries()) {
    // A plural ends the phrase: "how many people work at" counts people, not work; a name in -s does
    // not ("how many Los Angeles buyers").
    // A plural noun then another ends no phrase: it modifies the head ("how many beasts films", "sports fans").
    if (head && !headIsName && PLURAL.test(head) && !(t.pos === "NOUN" && PLURAL.test(t.lower))) break;
    // "how many us troops": typed in lower case, "US" is no pronoun before a noun.
    if (i === 0 && t.lower === "us" && after[1]?.pos === "NOUN") continue;
    if (t.pos === "NOUN" || t.pos === "PROPN") {
      head = t.lower;
      headIsName = t.pos === "PROPN" && /^\p{Lu}/u.test(t.text);
    }
    // A word the tagger reads as an adjective inside a compound ("water main breaks") does not end it,
    // nor a participle before a noun ("streaming services", "paid subscribers").
    else if (t.pos === "VERB" && /(?:ing|ed|id)$/.test(t.lower) && after[i + 1]?.pos === "NOUN") continue;
    // Nor a noun the tagger reads as a verb before another ("how many plague cases"): no verb follows "how many" so.
    else if (t.pos === "VERB" && !head && after[i + 1]?.pos === "NOUN" && isNoun(t.lower)) continue;
    // Nor an adverb before the noun's adjectives ("how many monthly active businesses", "newly built homes").
    else if (t.pos === "ADV" && !head && (after[i + 1]?.pos === "ADJ" || after[i + 1]?.pos === "NOUN" || after[i + 1]?.pos === "VERB")) continue;
    else if (t.pos !== "ADJ" || (head && after[i + 1]?.pos !== "NOUN")) break;
  }
  // "how many signed the letter": a verb right after "how many" names no unit, whoever did it is counted.
  return head ?? (after[0]?.pos === "VERB" && !isNoun(nounLemma(after[0].lower)) ? undefined : after[0]?.lower);
}

const PLURAL = /^(?:people|men|women|children)$|[^aiosu]s$/;

/** The nouns of the act a "how many times" question asks of, in both numbers: "divorced" → divorce, divorces. */
function actNounsAsked(question: string): string[] {
  const after = tag(question.slice(question.toLowerCase().indexOf(" times") + 6));
  const verb = after.find((t) => t.pos === "VERB" && !/^(?:be|do|have|get)$/.test(t.lemma));
  const lemma = verb && (isVerb(verb.lemma) ? verb.lemma : baseForms(verb.lower).find((f) => isVerb(f)));
  return lemma ? derivations(lemma, "verb").filter((d) => d.cls === "noun").flatMap((d) => [d.word, ...inflections(d.word, "noun")]) : [];
}

/** A model's code as counted ("a380s", "787s"): letters and digits, the plural's s dropped. */
const MODEL_CODE = /^(\p{L}*\d[\p{L}\d]*?)(?:'?s)?$/u;

function singular(w: string): string {
  return w.replace(/ies$/, "y").replace(/(?<=[^s])s$/, "");
}

function unitTerms(words: string[]): string[] {
  // An irregular plural is its own term ("three children" counts the synonym "child" of "kids").
  return [...new Set(words.flatMap((w) => [w, ...inflections(w.toLowerCase(), "noun")]).flatMap(unitKeys))];
}

/** A hyphenated unit is one word ("light-years" is no count of years): compared whole, plural dropped. */
function unitKeys(word: string): string[] {
  const w = word.replace(/^-+|-+$/g, "");
  if (!w.includes("-")) return termsOf(w);
  // "light-year" is a unit whole; "square-foot", "cubic-meter" measure in their last part's unit too.
  const whole = w.toLowerCase().replace(/s$/, "");
  return /^(?:square|cubic)-/i.test(w) ? [whole, ...termsOf(w.slice(w.indexOf("-") + 1))] : [whole];
}

/** Whether a word of the text is one of a measure's units. */
export function isUnit(word: string, units: readonly string[]): boolean {
  return unitKeys(word).some((t) => units.includes(t));
}

/** Whether a figure's next words count the model a code names: the code itself, or a plural noun where the sentence names it. */
function countsModel(text: string, next: string[], code: string): boolean {
  const model = new RegExp(`(?<![\\p{L}\\d])${code}(?![\\d])`, "iu");
  return next.some((w) => model.test(w)) || (model.test(text) && pluralNounIn(next) !== undefined);
}

/** The first plural noun of some words, by its dictionary lemma: "coronavirus" ends in -s but counts nothing, nor does "its". */
function pluralNounIn(next: string[]): string | undefined {
  return next.find((w) => !STOP_WORDS.has(w) && (/^\p{Ll}[\p{Ll}-]*[^s]s$/u.test(w) && (nounLemma(w) !== w || isNoun(w.replace(/(?:ie)?s$/, (e) => (e === "ies" ? "y" : ""))))) || IRREGULAR_PLURALS.has(w));
}

export interface Figure {
  text: string;
  at: number;
}

const FRACTION_WORDS = "half|third|quarter";
const FRACTION = new RegExp(`^(?:${FRACTION_WORDS})$`, "i");
const ORDINAL_FRACTION = /^(?:third|quarter)$/i;
/** A fraction with the article it is counted by ("a third", "one half"): a share. */
const SHARE_FRACTION = new RegExp(`^(?:(?:a|one) (?:${FRACTION_WORDS})|${WRITTEN_FRACTION})$`, "i");

/**
 * A result written as two sides' points ("112-107", "6-3", "2–1"): not a model ("787-9": a one-digit
 * side after a three-digit one), a season ("2019-20") nor part of a longer code or a sum.
 */
const SCORE = /(?<![\p{L}\d$£€¥.,-])(?:\d{1,3}[-–]\d{2,3}|\d{1,2}[-–]\d)(?![\p{L}\d%-]|[.,]\d)/gu;

/**
 * Whether a share counts the asked unit as a part of all of it: "Seventy-eight percent of Americans live
 * paycheck to paycheck" answers "how many Americans"; "40 percent of the country's coal miners" does not
 * say how many a place employs.
 */
function shareOfUnit(text: string, f: Figure, units: readonly string[]): boolean {
  // The unit may follow a modifier or two: "of valley residents", "of U.S. adults".
  const of = /^(?:[\s-]*(?:percent|per cent))?\s+of\s+(?:the\s+|all\s+)?((?:[\p{L}.'-]+\s+){0,2}[\p{L}'-]+)/iu.exec(text.slice(f.at + f.text.length));
  // A share of a whole told as someone's ("40 percent of the country's coal miners") is the whole's part, no count of them.
  return of !== null && !/['’]s?\s/.test(of[1]) && writtenAsPercent(text, f) && of[1].split(/\s+/).some((w) => isUnit(w, units));
}

/** Whether a figure is written as a percentage: its own text says so ("40%", "Seventy-eight percent"), or "percent" follows it. */
function writtenAsPercent(text: string, f: Figure): boolean {
  return /%|per ?cent$/i.test(f.text) || /^[\s-]*per ?cent\b/i.test(text.slice(f.at + f.text.length));
}

/** What a sum is of, right after it: "in annual Chinese purchases", "worth of goods". */
const SUM_OF = /^\s+(?:in|of|worth of)\s+((?:[\p{L}.'-]+\s+){0,2}[\p{L}'-]+)/u;

/** "how much farm purchases": a sum of them answers ("the $40-50 billion in annual Chinese purchases"). */
function sumOfUnit(text: string, f: Figure, units: readonly string[], asked: string): boolean {
  return SIGNED_SUM.test(f.text) && /\bhow (?:much|many)\b/i.test(asked) && (SUM_OF.exec(text.slice(f.at + f.text.length))?.[1].split(/\s+/).some((w) => isUnit(w, units)) ?? false);
}

/** The words before a bracket a count stands in, with its qualifier ("titles available at launch (more than"). */
const BRACKETED_COUNT = /((?:[\p{L}'-]+\s+){1,5})\(\s*(?:(?:more|fewer|less) than|over|under|about|nearly|almost|some|around|at least|roughly)?\s*$/u;

/** Whether a figure alone in brackets counts a unit named just before them: "the list of titles available at launch (more than 60)". */
function countsInBrackets(text: string, f: Figure, units: readonly string[]): boolean {
  if (!/^\s*\)/.test(text.slice(f.at + f.text.length))) return false;
  const bracketed = BRACKETED_COUNT.exec(text.slice(0, f.at));
  return bracketed !== null && bracketed[1].split(/[^\p{L}'-]+/u).some((w) => isUnit(w, units));
}

/**
 * A result written as each side's name and points, as a round-up of games heads each one ("Jets 2,
 * Predators 1: Patrik Laine …"): at a sentence's or a clause's start, up to three name words a side.
 */
export const LINE_SCORE = /(?:^|(?<=[.:;]\s))(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})\s+(\d{1,3}),\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})\s+(\d{1,3})(?=\s*[:;,.(]|\s*$)/gu;
const WHOLE_LINE_SCORE = new RegExp(`^${LINE_SCORE.source}$`, "u");

const WHOLE_SCORE = new RegExp(`^${SCORE.source}$`, "u");
const SCORE_IN_TEXT = new RegExp(SCORE.source, "u");
/** Words a game's score follows or is followed by: "they lost 24-17", "beat the Sabres 4-1", "lift the Islanders over the Penguins 5-4", "led 14-7 at halftime", "a 45-17 win". */
const GAME_RESULT_BEFORE = /\b(?:won|lost|beat|beats|beating|defeated|edged|routed|topped|downed|fell|tied|drew|led|leads|leading|trailed|trailing|win|loss|victory|defeat|past|over|lift|lifts|lifted)\b[^.;]*$/i;
const GAME_RESULT_AFTER = /^\s+(?:win|loss|victory|defeat|triumph|rout)\b/i;
/** Characters before a score searched for the verb of a game's result. */
const GAME_RESULT_REACH = 40;
/** Nouns a score states: a game's result, a team's record of wins and losses. */
const SCORE_NOUNS = new Set(["score", "record"]);
/** What follows a score on the way, not the result: "up 109-98 with 3:08 to play" (the clock may be blanked out as a time). */
const SCORE_ON_THE_WAY = new RegExp(`^\\s+with\\s+(?:[\\d:.]+\\s+)?(?:\\p{L}+\\s+)?(?:${alternation(TIME_LEFT_WORDS)})\\b`, "u");

/** Whether a figure is one side of a score-shaped pair ("112-107"). */
function inScore(text: string, f: Figure): boolean {
  const from = Math.max(0, f.at - 4);
  return [...text.slice(from, f.at + f.text.length + 4).matchAll(SCORE)].some((m) => from + m.index! <= f.at && from + m.index! + m[0].length >= f.at + f.text.length);
}

/** "how many times": how often something happened. */
export const TIMES_ASKED = /\bhow many times\b/i;
/** An ordinal before "time", which tells how many times so far ("the fourth time", "the 3rd time"). */
const ORDINAL_TIME = new RegExp(`\\b(?:${ORDINAL_WORDS.join("|")}|\\d+(?:st|nd|rd|th))(?=\\s+time\\b)`, "gi");
/** Whether a text tells how many times by an ordinal before "time". */
export const TELLS_TIMES = new RegExp(ORDINAL_TIME.source, "i");

/** The figures of a text (dates already blanked out), none the question itself gave, in order. */
export function figuresOf(text: string, asked: string): Figure[] {
  const lower = asked.toLowerCase();
  const scores = SCORE_ASKED.test(lower) ? [...text.slice(0, FIGURE_LIMITS.chars).matchAll(SCORE), ...text.slice(0, FIGURE_LIMITS.chars).matchAll(LINE_SCORE)] : [];
  // "how many times was he deported": "the fourth time I have been deported" counts them.
  const ordinals = TIMES_ASKED.test(lower) ? [...text.slice(0, FIGURE_LIMITS.chars).matchAll(ORDINAL_TIME)] : [];
  return [...scores, ...ordinals, ...[...text.slice(0, FIGURE_LIMITS.chars).matchAll(FIGURE)]].sort((a, b) => a.index! - b.index!)
    .slice(0, FIGURE_LIMITS.figures)
    .map((m) => ({ text: m[0].replace(/[.,]$/, ""), at: m.index! }))
    // "a third", "one half": the article the fraction is counted by is part of it.
    .map((f) => {
      const by = FRACTION.test(f.text) ? /\b(?:a|one)\s+$/i.exec(text.slice(Math.max(0, f.at - 4), f.at))?.[0] : undefined;
      return by ? { text: by + f.text, at: f.at - by.length } : f;
    })
    // "tens of thousands", "hundreds of millions", "several thousand": the rough count before is part of the figure.
    .map((f) => {
      const before = text.slice(Math.max(0, f.at - 14), f.at);
      const by = /^(?:hundreds|thousands|millions|billions)$/i.test(f.text)
        ? /\b(?:tens|dozens|hundreds|thousands)\s+of\s+$/i.exec(before)?.[0]
        : /^(?:hundred|thousand|million|billion)$/i.test(f.text)
          ? /\b(?:several|a few|few)\s+$/i.exec(before)?.[0]
          : undefined;
      return by ? { text: by + f.text, at: f.at - by.length } : f;
    })
    // "$40-50 billion": a range of sums is one figure, its first end written with the currency.
    .map((f) => {
      const from = /[$£€¥]\s?\d[\d,.]*[-–]$/u.exec(text.slice(Math.max(0, f.at - 12), f.at))?.[0];
      return from && /^\d/.test(f.text) ? { text: from + f.text, at: f.at - from.length } : f;
    })
    // "Seventy-eight percent": a share written in words is one figure.
    .map((f) => {
      const percent = /^[a-z]/i.test(f.text) ? /^[\s-](?:percent|per cent)\b/i.exec(text.slice(f.at + f.text.length))?.[0] : undefined;
      return percent ? { text: f.text + percent, at: f.at } : f;
    })
    // "five-and-a-half years", "eight out of ten companies": the half and the whole counted out of are part of the figure.
    .map((f) => {
      const more = HALF_OR_OUT_OF.exec(text.slice(f.at + f.text.length))?.[0];
      return more ? { text: f.text + more, at: f.at } : f;
    })
    // "seating 242 to 330 passengers": a range is one figure, both its ends; "from 3 to 5", "down by 6 to 18" are a change, its end the level reached.
    .map((f, i, all) => {
      const next = all[i + 1];
      if (!next || !/^\s+to\s+$/.test(text.slice(f.at + f.text.length, next.at)) || CHANGE_BEFORE.test(text.slice(Math.max(0, f.at - 6), f.at))) return f;
      // "78 to 79 percent": the unit written once, after the range's higher end.
      const [low, high] = [f.text, next.text].map((t) => Number(/^[$£€¥]?\s?([\d,.]+)(?:$|\s?%|[\s-]percent\b|\s+per cent\b)/u.exec(t)?.[1]?.replace(/,/g, "") ?? NaN));
      // "added 2.5% to $18.40": ends in two units are a change from one to the other, no range.
      const unitOf = (t: string) => t.replace(/[\d,.]+/, "").trim();
      return low < high && (unitOf(f.text) === "" || unitOf(f.text) === unitOf(next.text)) ? { text: text.slice(f.at, next.at + next.text.length), at: f.at } : f;
    })
    .filter((f, i, all) => !all.some((o, j) => j !== i && o.at <= f.at && o.at + o.text.length >= f.at + f.text.length && o.text.length > f.text.length))
    // "the S&P 500 index", "the Nasdaq 100 .NDX": a number inside a name is no figure; nor after initials
    // joined by "&" ("the S&P 500 is up"), which name a thing and never count one.
    // Not after a word that opens a sentence as any word may ("Some 200 U.S. military personnel").
    .filter((f) => {
      const name = /(?:[A-Z&]{2,}|\p{Lu}\p{Ll}+)\s$/u.exec(text.slice(Math.max(0, f.at - 12), f.at))?.[0].trim();
      return !(/^\d+$/.test(f.text) && name && !STOP_WORDS.has(name.toLowerCase()) && !APPROXIMATE_WORDS.has(name.toLowerCase()) && /^\s+(?:index\b|\.?\p{Lu})/u.test(text.slice(f.at + f.text.length)));
    })
    .filter((f) => !(/^\d+$/.test(f.text) && /\b\p{Lu}+&\p{Lu}+\s$/u.test(text.slice(Math.max(0, f.at - 12), f.at))))
    .filter((f) => !modelNumber(text, f))
    // "$12.9bn (£10bn)": a sum in brackets right after another is the same sum converted.
    .filter((f, i, all) => i === 0 || !SIGNED_SUM.test(f.text) || !SIGNED_SUM.test(all[i - 1].text) || !/^[\p{L}-]*\s*\(\s*$/u.test(text.slice(all[i - 1].at + all[i - 1].text.length, f.at)))
    // Alone, "third" and "quarter" are an order or a period ("third-party cookies", "the first quarter"), not a share;
    // so are "a third case", "a third undisclosed buyer": a share is "of" something, or ends its phrase ("cut by a third").
    .filter((f) => (!ORDINAL_FRACTION.test(f.text) || /^\s+time\b/i.test(text.slice(f.at + f.text.length))) && !(/^a\s+(?:third|quarter)$/i.test(f.text) && !/^(?:\s+of\b|\s*(?:[,.;:)—–]|$)|\s+(?:and|or|in|by|from|to|since|over|last|this|as)\b)/i.test(text.slice(f.at + f.text.length))))
    // "the 50th anniversary", "lie 14th": an order, no amount; but the Nth of what is counted tells how many there have been ("13th appearance").
    .filter((f) => !/^(?:st|nd|rd|th)\b/i.test(text.slice(f.at + f.text.length)) || ordinalOfCounted(text, f, asked))
    // A figure the question itself gives is no answer; a part of another of its numbers is ("20 teams" for "how many qualified for Euro 2020").
    .filter((f) => !containsWhole(lower, f.text.toLowerCase()));
}

/** Whether a text has a phrase as a whole, no letter or digit right before or after it. */
function containsWhole(text: string, phrase: string): boolean {
  const edge = (c: string | undefined) => c === undefined || !/[\p{L}\p{N}]/u.test(c);
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) if (edge(text[at - 1]) && edge(text[at + phrase.length])) return true;
  return false;
}

/**
 * Whether a number is a model's, no amount: the tail of a code of letters and digits ("A350-900"), or
 * either side of a pair no range or score is written as, three digits and then one ("787-9").
 */
function modelNumber(text: string, f: Figure): boolean {
  if (!/^\d+$/.test(f.text)) return false;
  const before = text.slice(Math.max(0, f.at - 12), f.at);
  if (/\p{L}[\p{L}\d]*\d-$/u.test(before)) return true;
  return (f.text.length >= 3 && /^-\d(?![\d,.]*\d)/.test(text.slice(f.at + f.text.length))) || (f.text.length === 1 && /(?<![\d,.])\d{3,}-$/.test(before));
}

/**
 * What goes on a figure after it: a half ("five-and-a-half"), the dozens it counts ("three dozen"), the whole it is out of ("eight out of
 * ten"), or what it multiplies ("nine times higher", "three times as many": a ratio, not a count).
 */
const HALF_OR_OUT_OF = new RegExp(`^(?:[-\\s]and[-\\s]a[-\\s]half\\b|\\s+dozen\\b|\\s+out\\s+of\\s+(?:\\d[\\d,]*|${alternation(NUMBER_WORDS)})\\b|\\s+times\\s+(?:${alternation(COMPARATIVES)})\\b)`, "i");

/** "Germany (Group C): 13th appearance" for "how many appearances": an ordinal right before the counted noun. */
function ordinalOfCounted(text: string, f: Figure, asked: string): boolean {
  const measure = /\bhow many\b/i.test(asked) ? measureOf(asked) : undefined;
  const next = /^(?:st|nd|rd|th)\s+(\p{L}+)/iu.exec(text.slice(f.at + f.text.length))?.[1];
  return measure?.kind === "count" && measure.noun !== undefined && next !== undefined && isUnit(next, measure.units);
}

/** A figure's "of the" phrase, to its first plural noun: "of the male alt-right members", "of his followers". */
const PART_OF_PLURAL = /^\s+of\s+(?:the|his|her|their|its|these|those)\s+(?:[\p{L}-]+\s+){0,3}?(\p{L}+s)\b/u;

/** A noun, then a verb of counting before its figure: "tweets numbering in the thousands", "debts totaling $4 million". */
const NUMBERING_BEFORE = /\b(\p{L}+)\s+(?:numbering|totaling|totalling|amounting\s+to)\s+(?:in\s+the\s+|about\s+|some\s+|around\s+|nearly\s+|more\s+than\s+)?$/iu;

/**
 * Whether a figure may answer a count ("how many users"): not a sum of money, and, for
 * "how many", not a count of another thing, a plural noun right after it that is no unit of the count ("at least two
 * major categories" counts categories, not users). A count of people may be told by any word for
 * people ("19 sailors"), a count of users not by another ("two advertisers"). Other measures judge their figures in `fits`.
 */
export function mayCount(text: string, f: Figure, measure: Measure, asked: string): boolean {
  if (measure.kind !== "count" || measure.alsoAs || !measure.noun) return true;
  if (sumOfUnit(text, f, measure.units, asked)) return true;
  // A share may tell how many ("one in 10 residents are undocumented"); a sum of money never does, nor an age ("the star, 42,").
  if (fits(text, f, { kind: "money" }) || (fits(text, f, { kind: "age" }) && !/^(?:years?|age)$/i.test(measure.noun))) return false;
  // "how much asphalt" is measured in another noun's units ("one million tons of asphalt"); not by a
  // count of acts or events ("17 observations by the Keck Observatory" is no amount of vapor), of people
  // or of living things, unless the question names them.
  if (!/\bhow many\b/i.test(asked)) return !countsOtherThings(text, f, asked);
  // "40 percent of the country's coal production" tells no count of miners; "over half of Twitch users" no count of users.
  if (writtenAsPercent(text, f) && !shareOfUnit(text, f, measure.units)) return false;
  if (FRACTION.test(f.text) && /^\s+of\b/.test(text.slice(f.at + f.text.length))) return false;
  // Either side of a score ("hold off OKC 112-107") counts nothing, unless a count follows it as a range's ("10-15 people").
  if (inScore(text, f) && pluralNounIn(text.slice(f.at).split(/[^\p{L}\p{N}'-]+/u).filter(Boolean).slice(1, 1 + COUNTED_WORDS)) === undefined) return false;
  // "a five-minute browsing test": a figure joined to its unit describes a noun, it counts nothing.
  const rest = text.slice(f.at + f.text.length);
  const joined = /^-(\p{L}+)/u.exec(rest)?.[1];
  // "a four-time Grammy winning band" counts Grammys: N times what follows.
  if (joined?.toLowerCase() === "time") return isUnit(/^\s+(\p{L}+)/u.exec(rest.slice(5))?.[1] ?? "", measure.units);
  if (joined) return isUnit(joined, measure.units);
  const after = rest.split(/[^\p{L}\p{N}'-]+/u).filter(Boolean);
  // A fraction counts no whole things: "10.7 teraflop hardware" is no count of games; "3.5 miles" is of miles.
  if (/^\d*\.\d+$/.test(f.text) && !isUnit(after[0] ?? "", measure.units)) return false;
  // "55 mph (88.5 kph)": a figure in a unit of measure counts nothing.
  if (UNIT_SYMBOLS.includes(after[0] ?? "") && !isUnit(after[0], measure.units)) return false;
  // "the number of people who could be affected … of about 660,000": the figure is that number, of people.
  // A plural the figure is said to count, other than the asked unit: no count of that unit.
  const countsAnother = (noun: string | undefined): noun is string => noun !== undefined && Boolean(pluralNounIn([noun.toLowerCase()])) && !isUnit(noun, measure.units);
  const numberOf = /\bnumber of (\p{L}+)\b[^.;]*$/iu.exec(text.slice(Math.max(0, f.at - NUMBER_OF_REACH), f.at))?.[1];
  if (countsAnother(numberOf) && !(PEOPLE_NOUNS.includes(measure.noun.toLowerCase()) && isPersonNoun(nounLemma(numberOf)))) return false;
  // "Hundreds of the male alt-right members": a vague count "of the" plural counts that plural, no other
  // (a figure "of the planes" may still count what the question names them by: "41 of the 550-8s").
  const partOf = /^(?:dozens|hundreds|thousands|millions|scores)$/i.test(f.text) ? PART_OF_PLURAL.exec(text.slice(f.at + f.text.length))?.[1] : undefined;
  if (countsAnother(partOf)) return false;
  // "tweets numbering in the thousands": the figure counts the noun before "numbering", no other.
  const numbering = NUMBERING_BEFORE.exec(text.slice(Math.max(0, f.at - NUMBER_OF_REACH), f.at))?.[1];
  if (countsAnother(numbering)) return false;
  // "between four to six services": a range's other end comes before what both count.
  let from = 0;
  if (RANGE_JOINS.has(after[0]?.toLowerCase() ?? "") && NUMBER_WORD.test(after[1] ?? "")) from = 2;
  // "Two United States service members": a name may stand before what is counted. The name itself may
  // be what was asked ("three Taliban prisoners" counts Taliban).
  const names = after.slice(from, from + NAME_BEFORE_COUNTED).findIndex((w) => !/^\p{Lu}/u.test(w));
  if (names > 0 && after.slice(from, from + names).some((w) => isUnit(w, measure.units))) return true;
  if (names > 0) from += names;
  if (countsInBrackets(text, f, measure.units)) return true;
  // "tens of thousands of evolving galaxies": what a figure counts may follow its "of" and a modifier.
  const next = after[from]?.toLowerCase() === "of" ? after.slice(from + 1, from + 1 + COUNTED_WORDS) : after.slice(from, from + COUNTED_WORDS);
  // "a five year timescale": a figure before a unit of time in the singular describes how long, and counts nothing else.
  if (SINGULAR_DURATIONS.has(after[from]?.toLowerCase() ?? "") && !isUnit(after[from], measure.units)) return false;
  const counted = pluralNounIn(next) ?? pluralAfterModifiers(after.slice(from));
  // A kind of the unit counts it too ("30,154 new cars" are vehicles).
  if (!counted || isUnit(counted, measure.units) || isKindOf(counted, measure.noun) || (measure.code && countsModel(text, next, measure.code))) return true;
  // "at least four members of the security forces" counts the forces' members: the unit after "of".
  const at = after.indexOf(counted, from);
  if (at >= 0 && after[at + 1]?.toLowerCase() === "of" && after.slice(at + 2, at + 2 + FIGURE_LIMITS.unitWindowWords).some((w) => isUnit(w, measure.units))) return true;
  // "the arrest of as many as 800 people" counts arrests: the unit, then "of", just before the figure.
  const before = text.slice(0, f.at).split(/[^\p{L}\p{N}'-]+/u).filter(Boolean).slice(-UNIT_BEFORE_WORDS);
  if (before.some((w, i) => before[i + 1]?.toLowerCase() === "of" && isUnit(w, measure.units))) return true;
  // "how many people" is told by any word for people ("19 sailors"); "how many users" is not told by "two advertisers".
  // A kind of person is counted by a word for any people too ("how many astronauts": "send six humans").
  const people = PEOPLE_NOUNS.includes(measure.noun.toLowerCase());
  return (people && (isPersonNoun(nounLemma(counted)) || hasPersonSense(counted, FIGURE_LIMITS.personSenses))) || (!people && PEOPLE_NOUNS.includes(counted.toLowerCase()) && isPersonNoun(nounLemma(measure.noun)));
}
const SINGULAR_DURATIONS = new Set(DURATION_UNITS.map((u) => u.replace(/(?:ie)?s$/, (e) => (e === "ies" ? "y" : ""))));

/** Whether a figure counts acts, events, people or living things the question does not name: a plural right after it, no "of" after that. */
function countsOtherThings(text: string, f: Figure, asked: string): boolean {
  const after = text.slice(f.at + f.text.length).split(/[^\p{L}\p{N}'-]+/u).filter(Boolean);
  const counted = pluralNounIn(after.slice(0, COUNTED_WORDS));
  if (!counted || after[after.indexOf(counted) + 1]?.toLowerCase() === "of" || termsOf(asked).includes(termsOf(counted)[0] ?? "")) return false;
  return COUNTED_KINDS.some((kind) => isKindOf(counted, kind));
}
/** Kinds of things a count counts, never an amount of something else. */
const COUNTED_KINDS = ["event", "person", "organism"];

/** Whether a bare number counts things, a plural noun within the next few words ("the first three contracts"): a count, no amount. */
export function countsThings(text: string, f: Figure): boolean {
  if (!/^(?:\d+|[a-z]+)$/i.test(f.text)) return false;
  return pluralNounIn(text.slice(f.at + f.text.length).split(/[^\p{L}\p{N}'-]+/u).filter(Boolean).slice(0, COUNTED_WORDS)) !== undefined;
}

/**
 * The plural a figure counts after modifiers joined by "and" or "or" ("18 Northern and central
 * California counties"), read past the usual few words only while every word before it is a name,
 * an adjective or the conjunction.
 */
function pluralAfterModifiers(after: string[]): string | undefined {
  for (const w of after.slice(0, COUNTED_WORDS_JOINED)) {
    const plural = pluralNounIn([w]);
    if (plural) return plural;
    if (!(/^\p{Lu}/u.test(w) || w === "and" || w === "or" || (isAdjective(w) && !STOP_WORDS.has(w)))) return undefined;
  }
  return undefined;
}
/** Characters before a figure searched for "the number of …" that names what it counts. */
const NUMBER_OF_REACH = 100;
/** Words after a figure searched for its plural past modifiers joined by a conjunction (`pluralAfterModifiers`). */
const COUNTED_WORDS_JOINED = 5;

/** Words that join a range's ends ("four to six", "10 or 12"). */
const RANGE_JOINS = new Set(["to", "and", "or"]);
const NUMBER_WORD = new RegExp(`^(?:\\d[\\d,.]*|${alternation(NUMBER_WORDS)})$`, "i");

/** Words after a figure searched for the plural it counts ("two major categories"). */
const COUNTED_WORDS = 2;
/** Capitalized words a name may take between a figure and what it counts ("Two United States service members"). */
const NAME_BEFORE_COUNTED = 3;
/** Words before a figure searched for the unit it counts ("the arrest of as many as 800 people"). */
const UNIT_BEFORE_WORDS = 6;
const IRREGULAR_PLURALS = new Set(["people", "men", "women", "children", "mice", "geese", "teeth", "feet"]);

/** A count of times followed by its period: a frequency ("three times a week", "twice per day"). */
const FREQUENCY = /^\s+times?\s+(?:a|an|per|each|every)\s+(?:day|week|month|year|hour|minute|second|night|season)\b/i;

/** "per hour", "a week", "an hour": the period a rate is asked for. */
const RATE_ASKED = /\b(?:per|an?|each|every) (hour|day|week|month|year)\b/;
/** The adjective each period is also written as ("$15 hourly", "weekly pay"). */
const PERIOD_ADJECTIVES: Record<string, string> = { hour: "hourly", day: "daily", week: "weekly", month: "monthly", year: "yearly|annual|annually|a year" };

/**
 * Of sums a passage gives, those told as the rate a question asks ("how much is it a month": "a $9.99
 * monthly rate", "$10 a month", "$10 per month"), beside a one-off price in the same sentence ("a
 * $129.99 edition"); all of them when none is, or no rate is asked.
 */
export function ratedAsAsked<T extends Figure>(text: string, figures: T[], asked: string): T[] {
  const period = RATE_ASKED.exec(asked.toLowerCase())?.[1];
  if (!period || figures.length < 2) return figures;
  const rate = new RegExp(`^\\s+(?:[\\p{L}-]+\\s+)?(?:${PERIOD_ADJECTIVES[period]}|(?:per|an?|each|every)\\s+${period})\\b`, "iu");
  const rated = figures.filter((f) => rate.test(text.slice(f.at + f.text.length)));
  return rated.length ? rated : figures;
}

/** "in" or "by" before "half": a change by a share ("cut in half"). */
export const HALVED_BY = /\b(?:in|by)\s+$/i;

/** The word before a dash or a colon that ends the text before a figure ("qubits—"). */
const UNIT_SET_OFF_BEFORE = /(\p{L}+)\s*[—–:]\s*$/u;

/**
 * The currency a sum is written in after it, when it has no sign, perhaps after its country's name or
 * adjective: "71,350 euro", "40 dollars", "2 million Hong Kong dollars", "40 Swiss francs".
 */
export const CURRENCY_AFTER = new RegExp(`^\\s*(?:\\p{Lu}[\\p{L}.]*\\s+){0,2}(?:${alternation(CURRENCY_WORDS)})\\b`, "iu");

/**
 * Whether a figure is of the kind measured: an age (of no one the question does not name: "52-year-old
 * Grace" is not Mugabe's age), a sum of money, a share, or a count of the unit (after the words that
 * introduce such a count, when the measure has them: "a nation of 11 million people").
 */
export function fits(text: string, f: Figure, measure: Measure, asked = ""): boolean {
  const before = text.slice(Math.max(0, f.at - 24), f.at);
  const after = text.slice(f.at + f.text.length, f.at + f.text.length + 60);
  switch (measure.kind) {
    case "age": {
      const named = AGED_NAME.exec(after);
      // "an 8-year-old Fort Worth girl": capitals before a person's noun say where the person is from, and name no one.
      const whose = named && !(named[3] && isPersonNoun(named[3])) ? named[1] : undefined;
      // A demonym after the age describes whoever it is ("The 48-year-old Australian"): no one else's name.
      if (whose && !asked.toLowerCase().includes(whose.toLowerCase()) && !isCapitalizedPersonNoun(whose)) return false;
      // "his 22-year-old son": the age of someone the name owns, not the name's.
      // Unless the question asks of that one: "how old is the mother's son" — "my 14-year-old son".
      const owned = AGED_NOUN.exec(after)?.[1];
      const askedOwned = owned !== undefined && new RegExp(`\\b${owned}\\b`, "i").test(asked);
      // "Vladimir Serbanescu, a 17-year-old artist": an age in an apposition is of the name before it (or of "the artist").
      const apposedTo = /(\p{Lu}[\p{L}'’-]+),\s+an?\s+$/u.exec(text.slice(Math.max(0, f.at - 40), f.at))?.[1];
      if (apposedTo && !askedOwned && !asked.toLowerCase().includes(apposedTo.toLowerCase()) && !isCapitalizedPersonNoun(apposedTo)) return false;
      if (!whose && !askedOwned && /\b(?:his|her|their|its|my|our|your)\s+$/i.test(before)) return false;
      // "says Stephen, 52,": a bare age set off after a name is that name's; asked of someone named otherwise, not theirs.
      const setOffAfter = /(\p{Lu}[\p{L}'’-]+),\s+$/u.exec(before)?.[1];
      if (setOffAfter && /^(?:,|\s+[–—]\s)/.test(after) && /\s\p{Lu}/u.test(asked) && !asked.toLowerCase().includes(setOffAfter.toLowerCase()) && !isCapitalizedPersonNoun(setOffAfter)) return false;
      // "was seven years old when he…": an age at an event, only what "how old was X when…" asks.
      if (AGED_WHEN.test(after) && !/\bwhen\b/i.test(asked)) return false;
      // "As a nine-year-old, the bow-tied Jerry would stand …": an age once, not now.
      if (/\bas\s+an?\s+$/i.test(before) && !/\bwhen\b/i.test(asked)) return false;
      // "Roof, who was 21 at the time": an age told by "who was" and no unit after it.
      const whoWas = /\bwho\s+(?:is|was)\s+$/i.test(before) && /^(?:\s+(?:at the time|when|now)\b|\s*[,.;])/i.test(after);
      // "Lee Tran (21)": an age alone in brackets right after a name; "(more than 60)" after "titles" counts them.
      // "Parata, 75," or "Braun, 38 – who reps…": a bare number set off after a name ("the old man, now 74,").
      const pronounWas = PRONOUN_WAS.test(before) && CLAUSE_GOES_ON.test(after);
      return AGE_UNIT.test(after) || (/^\)/.test(after) && /\p{Lu}[\p{L}'’.-]*\s*\(\s*$/u.test(before)) || /\b(?:aged?|the age of)\s+(?:between\s+|from\s+|under\s+|over\s+)?$/i.test(before) || ((/(?:\p{L}|\b[JS]r\.),(?: now)? $/u.test(before) && /^(?:,|\s+[–—]\s)/.test(after)) || whoWas || pronounWas) && smallNumberValue(f.text) <= MAX_AGE;
    }
    case "money": {
      // "how much … per week" is a rate: a sum the sentence gives for no week ("cost roughly $449,000") is another.
      const period = RATE_ASKED.exec(asked.toLowerCase())?.[1];
      if (period && !new RegExp(`\\b(?:${period}s?|${PERIOD_ADJECTIVES[period]})\\b`, "i").test(text)) return false;
      return SIGNED_SUM.test(f.text) || CURRENCY_AFTER.test(after);
    }
    case "score":
      // "what was the score": a game's result is told by its verb or noun ("they lost 24-17", "a 24-17 win"); a record ("At 4-7") is not.
      // A score line answers for its own sides: asked a team's score, one of them must be it.
      if (WHOLE_LINE_SCORE.test(f.text)) return !/\s\p{Lu}/u.test(asked) || termsOf(f.text).some((t) => termsOf(asked).includes(t));
      return WHOLE_SCORE.test(f.text) && !SCORE_ON_THE_WAY.test(after) && (!/\bscore\b/i.test(asked) || GAME_RESULT_BEFORE.test(text.slice(Math.max(0, f.at - GAME_RESULT_REACH), f.at)) || GAME_RESULT_AFTER.test(after));
    case "percent":
      // "cut in half", "fell by half": a share of the whole the change took.
      return /%|per ?cent$|^one in/i.test(f.text) || SHARE_FRACTION.test(f.text) || /^\s*(?:per ?cent|percentage points?)\b/i.test(after) || (/^half$/i.test(f.text) && HALVED_BY.test(before));
    case "count": {
      // "the 20 million residents of Delhi": the unit and the place it is of right after the figure.
      if (measure.lead && isUnit(UNIT_OF_PLACE_AFTER.exec(after)?.[1] ?? "", measure.units)) return true;
      if (measure.lead && !measure.lead.test(before)) return false;
      // "The population in the Rukban camp … is estimated at around 40,000": the unit named before its lead.
      if (measure.lead && text.slice(0, f.at).split(/[^\p{L}]+/u).some((w) => w && isUnit(w, measure.units))) return true;
      if (measure.unitless?.test(before) && !SIGNED_SUM.test(f.text)) return true;
      // A scale told as a rate or a sum (`MEASURE_ADJECTIVES` alsoAs). A change is by so much, not a
      // level reached: "going for $640,479" says no fall, "down by 6.6 per cent" does.
      if (measure.change && LEVEL_BEFORE.test(before)) return false;
      if (measure.alsoAs?.some((kind) => fits(text, f, { kind }))) return true;
      // A share or a sum is no count of a unit: "down 0.21% on the day" says nothing of how many days.
      if (shareOfUnit(text, f, measure.units)) return true;
      if (sumOfUnit(text, f, measure.units, asked)) return true;
      if (fits(text, f, { kind: "percent" }) || SIGNED_SUM.test(f.text)) return false;
      // "the 53-day-long festival": a unit joined to its figure by a hyphen.
      const joinedUnit = /^-(\p{L}+)/u.exec(after)?.[1];
      if (joinedUnit && isUnit(joinedUnit, measure.units)) return true;
      // "a handful of qubits—five": a figure set off after its unit by a dash or a colon counts it.
      const setOffFrom = UNIT_SET_OFF_BEFORE.exec(before)?.[1];
      if (setOffFrom && isUnit(setOffFrom, measure.units)) return true;
      // Whose the things are and their model ("30 of Boeing's 787-9 Dreamliner jets") take no place of the unit's.
      const window = after.split(/[^\p{L}\p{N}'’-]+/u).filter((w) => w && !OWNER_OR_MODEL.test(w)).slice(0, FIGURE_LIMITS.unitWindowWords);
      // Words after the next figure are its unit, not this one's ("a cell meant for 35 held 155 adult males").
      const another = window.findIndex((w) => NUMBER_WORD.test(w));
      const next = another >= 0 ? window.slice(0, another) : window;
      // "three times a week" is how often, not a multiple.
      if (FREQUENCY.test(after)) return false;
      if (next.some((w) => isUnit(w, measure.units))) return true;
      // Things are counted by a kind of them: "30,154 new cars, trucks and SUVs" counts vehicles.
      if (measure.noun && next.some((w) => /^\p{L}{3,}$/u.test(w) && !STOP_WORDS.has(w.toLowerCase()) && isKindOf(w, measure.noun!))) return true;
      if (countsInBrackets(text, f, measure.units)) return true;
      // Models are counted by what they are ("123 of the planes", "30 of Boeing's 787-9 jets") in a
      // sentence that names the model.
      if (measure.code && countsModel(text, next, measure.code)) return true;
      return measure.noun !== undefined && PEOPLE_NOUNS.includes(measure.noun.toLowerCase()) && next.some((w) => isPersonNoun(nounLemma(w)));
    }
    default:
      return true;
  }
}
