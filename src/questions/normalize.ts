import { isListedGivenName } from "../lexicon/given-names.js";
import { STOP_WORDS, normalizeWord } from "../index/terms.js";
import { CHAT_FILLER, CHAT_FORMS, CHAT_OPENERS, COMMON_ABBREVIATIONS, HEDGE_WORDS, MONTHS, TIME_NAMES, TITLE_WORDS, alternation } from "../lexicon/english.js";
import { isAbbreviation, isAdjective, isDictionaryWord, isLemma, isNoun, isOnlyAName, isPlaceName, isProperName, isCapitalizedNoun, nounLemma } from "../lexicon/wordnet.js";
import type { SurfaceVocabulary } from "./vocabulary.js";

/**
 * Stage 1 of the answer path: a question as people type it in chat, made plain. Unicode and quote marks
 * folded, chat forms spelled out ("whos" → "who is", "abt" → "about"), filler dropped ("hey, any idea
 * …"), possessives typed without an apostrophe restored where the corpus knows the name ("schaafs" →
 * "schaaf's"), names typed in lower case given the corpus's capitals ("ice" → "ICE"), and common
 * abbreviations the corpus does not use spelled out ("LA" → "Los Angeles").
 *
 * @example normalizeQuestion("whos LA mayor now??", vocab) // "who is Los Angeles mayor now"
 */
export function normalizeQuestion(input: string, vocab: SurfaceVocabulary): string {
  let text = foldCharacters(input);
  text = trimPunctuation(text);
  text = aboutThat(text);
  text = text.replace(/(^|\s)w\/o(?=\s|$)/gi, "$1without").replace(/(^|\s)w\/(?=\s|\w)/gi, "$1with ");
  // "what % of kids": the sign typed alone is the word; "by how much did it fall" asks how much it fell.
  text = text.replace(/(^|\s)%(?=\s|$)/g, "$1percent").replace(/^by how (much|many)\b/i, "how $1");
  text = dropFiller(text);
  text = text.replace(MONTH_BEFORE_DAY, (m) => m[0].toUpperCase() + m.slice(1).toLowerCase());
  let previous = "";
  text = text.replace(/\S+/g, (token, at: number, whole: string) => (previous = rewriteToken(token, vocab, previous, /^\s*(\S*)/.exec(whole.slice(at + token.length))![1])));
  text = text.replace(THE_US, "$1US");
  text = text.replace(US_BEFORE_NOUN, (m, before: string, next: string) => (isNoun(nounLemma(next.toLowerCase())) || isAdjective(next.toLowerCase()) ? `${before}US ${next}` : m));
  text = joinCompounds(text, vocab);
  text = capitalizeNames(text, vocab);
  text = dropFiller(text);
  for (const [re, to] of CHAT_OPENERS) text = text.replace(re, to);
  text = text.replace(HEDGES, " ");
  return text.replace(/\s+/g, " ").trim();
}

/**
 * "us" typed in lower case after a determiner, a quantifier or do-support and before a noun ("how many
 * us military personnel", "did us forces"): the United States, not the pronoun ("tell us about").
 */
const US_BEFORE_NOUN = /(^|\b(?:the|many|much|did|do|does|is|are|was|were|what|which|whose|all|some|other)\s+)us\s+(\p{L}+)/giu;

/** "deaths in the us": after "the", "us" is never the pronoun. */
const THE_US = /\b(the\s+)us\b/gi;

/** A month typed in lower case before a day or a year ("the may 3 raid", "in march 2018"): the month, not the verb. */
const MONTH_BEFORE_DAY = new RegExp(`\\b(?:${MONTHS.map((m) => m.toLowerCase()).join("|")})(?=\\s+\\d{1,4}\\b)`, "gi");

/** NFKC, curly quotes straightened, dashes and runs of white space made plain. */
export function foldCharacters(s: string): string {
  return s
    .normalize("NFKC")
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”„]/g, '"')
    .replace(/[\u2013\u2014]/g, " - ")
    .replace(/[\u200b-\u200d\ufeff]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** Adverbs of emphasis that change nothing a passage must state ("what was the raid really for"). */
const HEDGES = new RegExp(`\\s(?:${alternation(HEDGE_WORDS)})(?=\\s|$)`, "gi");

const TRAILING = new Set([..."?!.;:,"]);

/**
 * Punctuation runs at either end dropped and inner runs ("??", "!!!") cut to one. Linear in the
 * length (a question of 100,000 question marks must not take seconds).
 */
export function trimPunctuation(s: string): string {
  let end = s.length;
  while (end > 0 && (TRAILING.has(s[end - 1]) || s[end - 1] === " ")) end--;
  let start = 0;
  while (start < end && (TRAILING.has(s[start]) || s[start] === " ")) start++;
  let out = "";
  let last = "";
  for (let i = start; i < end; i++) {
    const c = s[i];
    if (TRAILING.has(c) && TRAILING.has(last)) continue;
    out += c;
    last = c;
  }
  return out;
}

/** "homan?? who is that" / "Homan - who's he" → "who is homan". */
function aboutThat(s: string): string {
  const m = /^(.{1,80}?)\s*(?:[?!.,:-]\s*)+(?:who|what)(?:'s|s| is| was)?\s+(?:that|this|he|she|it|they|him|her)$/i.exec(s);
  return m ? `who is ${m[1]}` : s;
}

const FILLER = new RegExp(`^(?:(?:${alternation(CHAT_FILLER)})(?:[,!:]|\\s|$)\\s*)+`, "i");

/** Filler phrases at the start ("hey, quick question: do you know …"), dropped; never the whole text. */
function dropFiller(s: string): string {
  const rest = s.replace(FILLER, "");
  return rest.trim() ? rest : s;
}

/** One token: a chat form spelled out, a possessive restored, a known name recased, an abbreviation expanded. */
function rewriteToken(token: string, vocab: SurfaceVocabulary, previous: string, next: string): string {
  const m = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}'.]*)$/u.exec(token)!;
  const [, lead, core, tail] = m;
  if (!core) return token;
  const lower = core.toLowerCase();
  // A contraction typed without its apostrophe is one whatever the corpus holds ("isnt": the corpus's
  // "isn’t" folds to the same key); other chat forms yield to a corpus word of that spelling, and to a
  // name of it unless a common noun follows ("max sentence" is the maximum, "did max say" someone).
  const chat = CHAT_FORMS[lower];
  if (core === lower && chat && (chat.includes("'") || !vocab.words.has(lower) || (vocab.isName(lower) && !AUXILIARIES.has(previous.toLowerCase()) && modifiesCommonNoun(next, vocab)))) return lead + chat + tail;
  const long = COMMON_ABBREVIATIONS[core.toUpperCase()];
  // Typed in capitals, an abbreviation the corpus writes only as another word ("US": the pronoun "us") is one too.
  const typedAsAbbreviation = /^\p{Lu}{2,}$/u.test(core) && !vocab.isName(lower);
  // An abbreviation the articles write only in a headline ("N.Y.C.") is looked for in their text spelled out.
  const unwritten = !vocab.words.has(lower) || vocab.words.get(lower)!.inner === 0;
  if (long && (unwritten || typedAsAbbreviation) && knowsAll(long, vocab)) return lead + long + tail;
  // Its plural ("evs": electric vehicles) is the long form's.
  const longOfPlural = !long && /^\p{L}{2,5}s$/u.test(core) ? COMMON_ABBREVIATIONS[core.slice(0, -1).toUpperCase()] : undefined;
  if (longOfPlural && unwritten && knowsAll(`${longOfPlural}s`, vocab)) return lead + longOfPlural + "s" + tail;
  // "dep" for the Department of Environmental Protection: initials the articles never write, of a name
  // they do. Typed in lower case, an English word ("cat", "run") is not taken for initials; an
  // abbreviation WordNet knows as another's ("afp": alpha-fetoprotein) is the corpus's.
  // A number after them is the name's: "rdr2" for Red Dead Redemption 2.
  const learned = unwritten && /^\p{L}{2,5}\d{0,2}$/u.test(core) && !STOP_WORDS.has(lower) && (typedAsAbbreviation || !isLemma(lower) || isAbbreviation(lower)) ? vocab.initialism(lower) : undefined;
  if (learned) return lead + learned + tail;
  const key = normalizeWord(core);
  // A title the articles capitalize before names ("Chair Janet Yellen") is no name to own: "who chairs the committee".
  // Not what "how many" counts: "how many grammys" are Grammy awards, no one's.
  const counted = /^(?:many|much)$/i.test(previous);
  // "pg&es": a name joined by "&" is known by its parts, as the corpus's words split it.
  const ownerName = (owner: string) => vocab.isName(owner) || (owner.includes("&") && owner.split("&").every((part) => part !== "" && vocab.words.has(part)));
  // A word of grammar is no one's possessive: "is" is not "I's", though every quotation's "I" is capitalized.
  const grammar = STOP_WORDS.has(key) || STOP_WORDS.has(key.slice(0, -1));
  const possessive = !counted && !grammar && /^[\p{L}&-]+s$/u.test(core) && !vocab.words.has(key) && ownerName(key.slice(0, -1)) && !TITLE_WORDS.has(key.slice(0, -1));
  if (possessive) return lead + recase(core.slice(0, -1), key.slice(0, -1), vocab) + "'s" + tail;
  // "worth" is "Worth" only after the name it ends ("fort worth"), not typed alone; after a title it is a
  // name ("captain kirk"), and after "the" a team's or a band's ("the penguins": the Pittsburgh Penguins).
  // After another name than the one it always ends it is the word: "when did lexus show" (the corpus's "Auto Show").
  const opens = vocab.nameOpener(key);
  if (vocab.onlyInNames(key) && ((!/^\p{Lu}/u.test(previous) && !TITLE_WORDS.has(previous.toLowerCase()) && previous.toLowerCase() !== "the") || (opens !== undefined && /^\p{Lu}/u.test(previous) && normalizeWord(previous) !== normalizeWord(opens)))) return token;
  // "how big", "how long": the word after "how" is what is asked, an adjective or adverb, never a name ("Big Bang").
  if (core === lower && previous.toLowerCase() === "how") return token;
  // "home depot": a common word typed before the word it always opens a name with ("Home Depot") is that name's.
  // Before its possessive typed without an apostrophe too ("home depots revenue").
  const nextKey = normalizeWord(next);
  const opener = vocab.nameOpener(nextKey) ?? (nextKey.endsWith("s") ? vocab.nameOpener(nextKey.slice(0, -1)) : undefined);
  if (core === lower && opener === key) return lead + core[0].toUpperCase() + core.slice(1) + tail;
  // "peoples daily": a possessive that always opens a name ("the People’s Daily"), typed without its apostrophe.
  if (core === lower && opener && /['’]s$/.test(opener) && normalizeWord(opener.replace(/['’]s$/, "s")) === key) return lead + core[0].toUpperCase() + core.slice(1, -1) + "'s" + tail;
  // "don felder": a word of grammar ("don" of "don't") that is a given name, typed before a name of the corpus, is a name's first word.
  if (core === lower && CONTRACTION_STEMS.has(key) && isListedGivenName(key) && vocab.isName(nextKey) && !STOP_WORDS.has(nextKey)) return lead + core[0].toUpperCase() + core.slice(1) + tail;
  return lead + recase(core, key, vocab) + tail;
}

/** Words of grammar only as what a contraction leaves before its apostrophe ("don" of "don't"); never "will" or "may", which a question uses as words. */
const CONTRACTION_STEMS = new Set(["don", "isn", "wasn", "weren", "didn", "doesn"]);

/** After these a word is the subject of the verb to come ("what did max say"), no modifier. */
const AUXILIARIES = new Set(["do", "does", "did", "will", "would", "can", "could", "should", "has", "have", "had", "is", "was", "are", "were"]);

function modifiesCommonNoun(next: string, vocab: SurfaceVocabulary): boolean {
  // A word no dictionary has ("payout") is as likely a noun as anything; the corpus's names are not.
  return /^\p{Ll}+$/u.test(next) && !STOP_WORDS.has(next) && (isNoun(next) || !isDictionaryWord(next)) && !vocab.isName(normalizeWord(next));
}

/** Longest compound, in words, the corpus writes with hyphens ("free-to-play", "state-of-the-art"). */
const COMPOUND_WORDS_MAX = 4;

/**
 * Words typed apart that the corpus writes as one hyphenated word ("free to play" → "free-to-play"): the
 * question then asks of the compound, not of a verb ("play") the passage never uses alone.
 */
function joinCompounds(text: string, vocab: SurfaceVocabulary): string {
  const tokens = text.split(" ");
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let joined = 0;
    for (let n = Math.min(COMPOUND_WORDS_MAX, tokens.length - i); n >= 2 && !joined; n--) {
      const run = tokens.slice(i, i + n);
      // Only a compound with a word of grammar inside ("free to play", "state of the art"): "third quarter" is
      // written apart as often as joined ("third-quarter earnings"), and means the same either way.
      const inner = run.slice(1, -1).some((t) => STOP_WORDS.has(t.toLowerCase()));
      // Nor a name's with a participle inside ("english speaking union": the English-Speaking Union), which
      // would be read as an asked verb ("speak"); "half life" may be written apart as well ("Half Life: Alyx").
      const key = run.join("-").toLowerCase();
      const participle = run.slice(1).some((t) => /\p{L}{3}(?:ing|ed)$/u.test(t));
      if ((inner || (participle && vocab.isName(key))) && run.every((t) => /^\p{L}+$/u.test(t)) && vocab.words.has(key)) joined = n;
    }
    out.push(joined ? tokens.slice(i, i + joined).join("-") : tokens[i]);
    if (joined) i += joined - 1;
  }
  return out.join(" ");
}

/** Longest name, in words, looked up in WordNet ("new york city"). */
const NAME_WORDS_MAX = 3;

/**
 * A place or body typed in lower case that the corpus never writes ("new york", "toyota") is still a
 * name: WordNet spells it with capitals. Given them, it is a name the articles lack, and the question is
 * declined rather than answered about somewhere else.
 */
function capitalizeNames(text: string, vocab: SurfaceVocabulary): string {
  const tokens = text.split(" ");
  for (let i = 0; i < tokens.length; i++) {
    // One word the articles never write (nor its plural: "tory", "Tories") that WordNet knows only as a name ("toyota", "obama").
    const word = tokens[i];
    const written = [word, `${word}s`, `${word}es`, word.replace(/y$/, "ies")].some((w) => vocab.words.has(w));
    if (/^\p{Ll}{4,}$/u.test(word) && !written && !STOP_WORDS.has(word) && !TIME_NAMES.has(word) && !isAbbreviation(word) && (isOnlyAName(word) || isPlaceNamedSo(word))) {
      tokens[i] = word[0].toUpperCase() + word.slice(1);
      continue;
    }
    for (let n = Math.min(NAME_WORDS_MAX, tokens.length - i); n >= 2; n--) {
      const run = tokens.slice(i, i + n);
      if (!run.every((t) => /^\p{Ll}+$/u.test(t)) || run.every((t) => vocab.words.has(t)) || !isProperName(run.join(" "))) continue;
      for (let k = i; k < i + n; k++) tokens[k] = tokens[k][0].toUpperCase() + tokens[k].slice(1);
      i += n - 1;
      break;
    }
  }
  return tokens.join(" ");
}

/** A country or city whose commonest noun sense is its name, though a rare verb is spelled so ("japan": to lacquer). */
function isPlaceNamedSo(word: string): boolean {
  return isCapitalizedNoun(word) && !isAdjective(word) && isPlaceName(word[0].toUpperCase() + word.slice(1));
}

/** A word typed in lower case that the corpus writes as a name takes the corpus's form ("ice" → "ICE"). */
function recase(core: string, key: string, vocab: SurfaceVocabulary): string {
  // "march" typed in lower case is as likely the verb as the month: left as typed.
  // A function word ("how", "it") is never a name, though an article may use it only to open sentences.
  if (core !== core.toLowerCase() || TIME_NAMES.has(key) || STOP_WORDS.has(key) || !vocab.isName(key)) return core;
  const form = vocab.words.get(key)!.form;
  return /['’]s$/.test(core) ? form + core.slice(-2) : form;
}

function knowsAll(phrase: string, vocab: SurfaceVocabulary): boolean {
  return phrase.split(/\s+/).every((w) => vocab.words.has(normalizeWord(w)));
}
