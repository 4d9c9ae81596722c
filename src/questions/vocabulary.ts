import type { Corpus } from "../corpus/load.js";
import { writtenInTitleCase } from "../corpus/text.js";
import { STOP_WORDS, normalizeWord, words } from "../index/terms.js";
import { isCapitalizedNoun, isDictionaryWord, isNoun, nounLemma } from "../lexicon/wordnet.js";
import { detached, pushTo } from "../collections.js";
import { TITLE_WORDS } from "../lexicon/english.js";
import { isListedGivenName } from "../lexicon/given-names.js";
import { NAME_START } from "./parse.js";

/** A word of the corpus as written: how often, how often capitalized inside a sentence, its usual form. */
export interface SurfaceWord {
  count: number;
  /** Occurrences that are not a sentence's first word, and how many of those have a capital. */
  inner: number;
  capitalized: number;
  /** Of the capitalized uses, those right after another capitalized word: "Worth" in "Fort Worth". */
  afterCapital: number;
  /** The capitalized word every such use follows, lower-cased ("home" for "Depot" of "Home Depot"); "" when they differ. */
  capitalBefore?: string;
  /** Of the uses in capitals ("ABC"), those right before a capitalized word: a name's ("ABC News"), no shouting. */
  beforeName?: number;
  /** The form it is most often written in ("ICE", "Schaaf", "park"). */
  form: string;
}

/**
 * The corpus's words as written (lower-cased key, possessive dropped), grouped by length for typo
 * lookups. What the normalize and correct stages compare a question's words with.
 */
export interface SurfaceVocabulary {
  words: Map<string, SurfaceWord>;
  byLength: Map<number, string[]>;
  /** A hyphenated word of the corpus typed without its hyphens ("wifi" → "Wi-Fi", "tmobile" → "T-Mobile"), when the corpus has no such word. */
  hyphened(lower: string): string | undefined;
  /** Whether the corpus writes this word with a capital most of the time: a name, or an acronym. */
  isName(lower: string): boolean;
  /**
   * Whether an English word is capitalized only as the later part of a name ("Worth" of "Fort Worth"):
   * typed alone, it is the word ("how much is the order worth").
   */
  onlyInNames(lower: string): boolean;
  /** The word a name-only word (`onlyInNames`) always follows in its name, lower-cased ("home" for "depot"), if always the same. */
  nameOpener(lower: string): string | undefined;
  /**
   * The name a set of initials stands for, lower-cased initials as key: "dep" → "Department of
   * Environmental Protection", "nyc" → "New York City". Learned from the corpus's capitalized phrases,
   * the most frequent phrase first, so that an abbreviation typed in chat finds what the articles spell out.
   */
  initialism(lower: string): string | undefined;
}

/** Share of a word's uses inside sentences that must be capitalized for it to count as a name. */
const NAME_SHARE = 0.8;

/** Uses in capitals an English word needs to be taken for an acronym. */
const MIN_SHOUTED_NAME = 2;

/** Capitalized uses an English word that is no noun (a verb, an adjective) needs, with no name before it, to be taken for a name: one is a label's ("Eat + Drink"). */
const MIN_LONE_NAME = 2;

const PLAIN = /^[A-Za-z0-9-]+$/;

/** A name of capitals joined by an ampersand ("PG&E", "AT&T"). */
const AMPERSAND_NAME = /\b\p{Lu}+&\p{Lu}+\b/gu;

const built = new WeakMap<Corpus, SurfaceVocabulary>();

/** The surface vocabulary of a corpus, built on first use and kept as long as the corpus. */
export function surfaceVocabulary(corpus: Corpus): SurfaceVocabulary {
  let v = built.get(corpus);
  if (v) return v;
  // One record per word, updated in place: on a million-word corpus this is some 50,000 small objects.
  const map = new Map<string, SurfaceWord>();
  const unhyphened = new Map<string, string>();
  const add = (raw: string, initial: boolean, before = "", next = "") => {
    // Plain ASCII words (nearly all) need no Unicode folding: lower-casing is their normal form.
    const key = PLAIN.test(raw) ? raw.toLowerCase() : normalizeWord(raw);
    if (!key || /^\d/.test(key)) return;
    let w = map.get(key);
    if (!w) map.set(detached(key), (w = { count: 0, inner: 0, capitalized: 0, afterCapital: 0, form: detached(raw.replace(/['’]s?$/, "")) }));
    w.count++;
    if (initial) return;
    w.inner++;
    // The form a name is written in: the last capitalized use inside a sentence ("ICE", "Schaaf"), but
    // a headline's capitals ("'DANCING WITH THE STARS' JUDGE …") never over the name's own ("Dancing").
    // A name may open with a lower-case particle before its hyphen: "al-Tanf", "bin-Salman".
    if (NAME_START.test(raw)) {
      w.capitalized++;
      if (/^\p{Lu}{2,}$/u.test(raw) && /^\p{Lu}\p{Ll}/u.test(next)) w.beforeName = (w.beforeName ?? 0) + 1;
      if (before) {
        w.afterCapital++;
        w.capitalBefore = w.capitalBefore === undefined || w.capitalBefore === before ? before : "";
      }
      const form = raw.replace(/['’]s?$/, "");
      if (form !== w.form && !(/^\p{Lu}{2,}$/u.test(form) && /\p{Ll}/u.test(w.form) && /^\p{Lu}/u.test(w.form))) w.form = detached(form);
    }
  };
  for (const s of corpus.sentences) {
    if (s.boilerplate) continue;
    const list = words(s.text);
    // A headline set in the page ("… Rescue of Kidnapped Girl") capitalizes every word: its capitals say nothing of names.
    const titleCase = writtenInTitleCase(s.text);
    for (let i = 0; i < list.length; i++) {
      // After a title a capital starts a name ("Mayor Karen Bass"); after another name word it goes on with one.
      // A sentence's first word that starts a run of capitalized words ("Beth Ruffin said") is a name's
      // first word, counted as one written inside a sentence; not a function word ("The", "In").
      const opensName = i === 0 && /^\p{Lu}\p{Ll}+$/u.test(list[0]) && /^\p{Lu}\p{Ll}/u.test(list[1] ?? "") && !STOP_WORDS.has(list[0].toLowerCase());
      add(list[i], titleCase || (i === 0 && !opensName), i > 0 && /^\p{Lu}/u.test(list[i - 1]) && !TITLE_WORDS.has(list[i - 1].toLowerCase().replace(/\.$/, "")) ? list[i - 1].toLowerCase() : "", list[i + 1]);
      // The parts of a hyphenated word are words of the corpus too: "Los-Angeles" writes "Los Angeles".
      if (list[i].includes("-")) for (const part of list[i].split("-")) if (part) add(part, i === 0);
      // … and "Wi-Fi", "T-Mobile" are typed "wifi", "tmobile": joined, the word is one of the corpus in its written form.
      if (/^\p{L}+(?:-\p{L}+)+$/u.test(list[i])) unhyphened.set(detached(list[i].replace(/-/g, "").toLowerCase()), detached(list[i]));
    }
    // "PG&E", "AT&T" are typed "pge", "att" in chat: the name without its ampersand is a word of the corpus.
    for (const m of s.text.matchAll(AMPERSAND_NAME)) {
      const joined = m[0].replace("&", "");
      add(joined, false);
      map.get(joined.toLowerCase())!.form = m[0];
    }
  }
  for (const d of corpus.docs) for (const w of words(d.title)) add(w, true);
  const byLength = new Map<number, string[]>();
  for (const key of map.keys()) {
    pushTo(byLength, key.length, key);
  }
  let initials: Map<string, string> | null = null;
  // A word the corpus writes whole is itself, not a hyphenated one typed so: only the few unhyphened keys are looked up.
  for (const key of unhyphened.keys()) if (map.has(key)) unhyphened.delete(key);
  v = {
    words: map,
    hyphened: (lower) => unhyphened.get(lower),
    byLength,
    initialism(lower) {
      initials ??= initialismsOf(corpus);
      return initials.get(lower);
    },
    onlyInNames(lower) {
      const w = map.get(lower);
      // A word always after the same given name is a surname ("Mike Pence"), typed alone as its person is.
      const surname = w?.capitalBefore !== undefined && w.capitalBefore !== "" && isListedGivenName(w.capitalBefore);
      // Written mostly in lower case ("quantum computing", once "Institute for Quantum Computing"), it is the word, and opens no name.
      return w !== undefined && w.capitalized > 0 && w.capitalized >= NAME_SHARE * w.inner && w.afterCapital === w.capitalized && isDictionaryWord(lower) && !isCapitalizedNoun(lower) && !surname;
    },
    nameOpener(lower) {
      return v!.onlyInNames(lower) ? map.get(lower)!.capitalBefore || undefined : undefined;
    },
    isName(lower) {
      const w = map.get(lower);
      if (!w) return false;
      // A word seen only at the start of sentences is a name when no dictionary knows it ("Rez"), not
      // when one does ("Already a hit…", "Ferries from…").
      // An English word in capitals once is a lede's shouting ("A HIGH-powered team"), not an acronym as "ICE" is.
      // One in capitals before a capitalized word is a name's ("ABC News").
      if (w.capitalized < MIN_SHOUTED_NAME && !w.beforeName && /^\p{Lu}{2,}$/u.test(w.form) && isDictionaryWord(lower)) return false;
      // A plural noun is a noun ("the Chiefs", a team's name, capitalized once).
      if (w.capitalized < MIN_LONE_NAME && w.afterCapital === 0 && isDictionaryWord(lower) && !isNoun(nounLemma(lower))) return false;
      return w.inner > 0 ? w.capitalized >= NAME_SHARE * w.inner : /^\p{Lu}/u.test(w.form) && !isDictionaryWord(lower);
    },
  };
  built.set(corpus, v);
  return v;
}

/** A run of two to six capitalized words, with "of", "and", "for" or "the" between them ("Department of Environmental Protection"). */
const CAPITALIZED_PHRASE = /\p{Lu}[\p{L}-]*(?:\s+(?:(?:of|and|for|on)\s+(?:the\s+)?)?\p{Lu}[\p{L}-]*){1,5}/gu;

/** The capitalized phrases of a corpus by their initials, each set of initials given to its most frequent phrase. */
function initialismsOf(corpus: Corpus): Map<string, string> {
  const counts = new Map<string, number>();
  for (const s of corpus.sentences) {
    if (s.boilerplate) continue;
    for (const m of s.text.matchAll(CAPITALIZED_PHRASE)) {
      const run = m[0].split(/\s+/);
      const capitalized = run.flatMap((w, i) => (/^\p{Lu}/u.test(w) ? [i] : []));
      const numbered = /^\s+(\d{1,2})\b(?![.,]\d)/.exec(s.text.slice(m.index! + m[0].length))?.[1];
      // Every stretch of the run is a name too: "Australian Federal Police Commissioner Andrew Colvin"
      // holds "Australian Federal Police", "Tuesday Department of Design" holds "Department of Design".
      for (let a = 0; a < capitalized.length - 1; a++) {
        for (let b = a + 1; b < capitalized.length; b++) {
          const phrase = run.slice(capitalized[a], capitalized[b] + 1).join(" ");
          counts.set(phrase, (counts.get(phrase) ?? 0) + 1);
          // A number that ends a name is part of it: "Red Dead Redemption 2" is "rdr2".
          if (numbered && b === capitalized.length - 1) counts.set(`${phrase} ${numbered}`, (counts.get(`${phrase} ${numbered}`) ?? 0) + 1);
        }
      }
    }
  }
  const out = new Map<string, string>();
  for (const [phrase] of [...counts].sort((a, b) => b[1] - a[1])) {
    const key = phrase
      .split(/\s+/)
      .filter((w) => /^[\p{Lu}\d]/u.test(w))
      .map((w) => (/^\d/.test(w) ? w : w[0].toLowerCase()))
      .join("");
    if (!out.has(key)) out.set(key, phrase);
  }
  return out;
}
