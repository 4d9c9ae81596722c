import { surfaceVocabulary } from "../questions/vocabulary.js";
import { distance } from "fastest-levenshtein";
import type { Entity } from "../entities/extract.js";
import { CHAT_FORMS, KIN_NOUNS, SUBORDINATE_RANKS, TITLE_ABBREVIATIONS, TITLE_WORDS } from "../lexicon/english.js";
import type { Knowledge } from "../index/knowledge.js";
import { fold } from "../index/terms.js";
import { STOP_WORDS, normalizeWord, termsOf, words } from "../index/terms.js";
import { broaderNouns, isAdjective, isCapitalizedNoun, isCapitalizedPersonNoun, isDictionaryWord, isNoun, isPersonNoun, isPlaceName, isProperName, pertainyms, synonyms } from "../lexicon/wordnet.js";

import { allowedTypos } from "../questions/correct.js";
import { pushTo } from "../collections.js";
import { neighbours } from "./rank.js";

/**
 * The entity a name refers to: exact alias first ("Homan", "Thomas Homan", "ICE"), then the same with
 * titles dropped ("Mayor Bass"), then allowing typos ("Garceti", "Mayor Bus").
 *
 * @example resolveEntity(kb, "HOMAN")?.name // "Thomas Homan"
 */
export function resolveEntity(kb: Knowledge, name: string): Entity | null {
  const wanted = fold(name).replace(/^(?:the|a|an)\s+/, "");
  if (!wanted) return null;
  const untitled = wanted
    .split(" ")
    .filter((w, i, all) => !(TITLE_WORDS.has(w) && i < all.length - 1))
    .join(" ");
  const names = nameIndex(kb);
  const exact = [...(names.byAlias.get(wanted) ?? []), ...(untitled !== wanted ? (names.byAlias.get(untitled) ?? []) : [])];
  if (exact.length) return mostMentioned(exact);
  // "James Van Der Beek" for the person known as "Van Der Beek", where one of their sentences writes the whole.
  const rest = untitled.split(" ").slice(1).join(" ");
  const fuller = rest.includes(" ") ? (names.byAlias.get(rest) ?? []).filter((e) => e.mentions.some((id) => fold(kb.corpus.sentences.get(id).text).includes(untitled))) : [];
  if (fuller.length) return mostMentioned(fuller);
  // "Fritz von Weizsäcker" for "Fritz Eckart von Weizsäcker": a full name opened and ended by the typed one's first and last words, the rest in it.
  const typed = untitled.split(" ");
  const skipped = typed.length < 2 ? [] : (names.byFirstName.get(typed[0]) ?? []).filter((e) => {
    const full = fold(e.name).split(" ");
    return full[0] === typed[0] && full[full.length - 1] === typed[typed.length - 1] && typed.every((w) => full.includes(w));
  });
  if (skipped.length) return mostMentioned(skipped);
  // A first name alone ("Rebecca") names the one person the articles call that.
  const byFirstName = untitled.includes(" ") ? [] : (names.byFirstName.get(untitled) ?? []);
  if (byFirstName.length === 1) return byFirstName[0];
  const budget = allowedTypos(untitled.length);
  if (budget === 0) return null;
  let best = Infinity;
  let closest: string[] = [];
  // Only a spelling of about the alias's length can be within the budget of it.
  const within = (alias: string, typed: string) => (Math.abs(alias.length - typed.length) > budget ? Infinity : distance(alias, typed));
  const lengths = new Set<number>();
  for (const length of [untitled.length, wanted.length]) for (let l = Math.max(4, length - budget); l <= length + budget; l++) lengths.add(l);
  for (const length of lengths) {
    for (const alias of names.aliasesByLength.get(length) ?? []) {
      const d = Math.min(within(alias, untitled), untitled === wanted ? Infinity : within(alias, wanted));
      if (d > budget || d > best) continue;
      if (d < best) closest = [];
      best = d;
      closest.push(alias);
    }
  }
  // Of names as near and as often mentioned, the one the articles name first.
  const rank = (alias: string) => names.byAlias.get(alias)![0].mentions[0] ?? 0;
  return closest.length ? mostMentioned(closest.sort((a, b) => rank(a) - rank(b)).flatMap((a) => names.byAlias.get(a)!)) : null;
}

/** Names of a corpus arranged for look-ups, built once per corpus version on first use. */
export interface NameIndex {
  /** Folded alias → the entities it names. */
  byAlias: Map<string, Entity[]>;
  /** A person's folded first name → the people with it. */
  byFirstName: Map<string, Entity[]>;
  /** A person's folded last name → the people with it, shared or not ("murdoch": Rupert, James and Lachlan). */
  byLastName: Map<string, Entity[]>;
  /** Every word of length 4 or more in an alias, by length, for typo matches. */
  aliasWordsByLength: Map<number, string[]>;
  /** Every word of a person's folded full name: who a verb may be said of. */
  personWords: Set<string>;
  /** Every alias by its length, for typo matches of a whole name. */
  aliasesByLength: Map<number, string[]>;
  /** A person's id → the sentences that quote them, in corpus order. */
  quoting: Map<string, number[]>;
  /** A word of someone's role (folded) → the places in `kb.entities` of the people with it in a role, in order. */
  byRoleWord: Map<string, number[]>;
}

const nameIndexes = new WeakMap<Knowledge, NameIndex>();

export function nameIndex(kb: Knowledge): NameIndex {
  let index = nameIndexes.get(kb);
  if (index) return index;
  const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
    const list = map.get(key);
    if (!list) map.set(key, [value]);
    else if (!list.includes(value)) list.push(value);
  };
  index = { byAlias: new Map(), byFirstName: new Map(), byLastName: new Map(), aliasWordsByLength: new Map(), personWords: new Set(), aliasesByLength: new Map(), quoting: new Map(), byRoleWord: new Map() };
  const aliasWords = new Set<string>();
  for (const a of kb.aliases) {
    push(index.byAlias, a.folded, a.entity);
    for (const w of a.folded.split(" ")) if (w.length >= 4) aliasWords.add(w);
  }
  for (const e of kb.entities) {
    if (e.kind !== "person") continue;
    const parts = fold(e.name).split(" ");
    push(index.byFirstName, parts[0], e);
    if (parts.length > 1) push(index.byLastName, parts[parts.length - 1], e);
    for (const w of parts) index.personWords.add(w);
  }
  // The words are distinct already: appended without push's look-up, which is linear in the group.
  for (const w of aliasWords) {
    pushTo(index.aliasWordsByLength, w.length, w);
  }
  for (const alias of index.byAlias.keys()) pushTo(index.aliasesByLength, alias.length, alias);
  for (const [sentence, people] of kb.speakers) for (const id of people) pushTo(index.quoting, id, sentence);
  kb.entities.forEach((e, i) => {
    if (e.kind === "person") for (const w of new Set(e.roles.flatMap((r) => [...wordsOfRole(r)]))) pushTo(index.byRoleWord, w, i);
  });
  nameIndexes.set(kb, index);
  return index;
}

function mostMentioned(list: Entity[]): Entity {
  return list.reduce((a, b) => (b.mentions.length > a.mentions.length ? b : a));
}

/** Words that name an office in a question, and the words the articles use for it. */
const ROLE_SYNONYMS: Record<string, string[]> = {
  head: ["director", "chief", "head", "leader", "president", "chair"],
  leader: ["director", "chief", "head", "leader", "president", "chair"],
  boss: ["director", "chief", "head", "leader"],
  chief: ["director", "chief", "head"],
  attorney: ["attorney", "atty"],
  ceo: ["ceo", "chief"],
  councilmember: ["council", "member", "members", "councilmember"],
  // Written abbreviated before a name ("Gov. Eric Holcomb"): the articles may never spell them out.
  governor: ["governor", "gov"],
  senator: ["senator", "sen"],
  representative: ["representative", "rep"],
};

/** Whether a phrase describes an office ("the head of ICE") rather than naming someone. */
export function isRoleDescription(phrase: string): boolean {
  return words(phrase).map(normalizeWord).some((w) => TITLE_WORDS.has(w) || w in ROLE_SYNONYMS);
}

/**
 * What a role word may be written as in an article, itself included: the listed alternatives of an
 * office word ("head": director, chief, leader …), else, for a noun for a kind of person, the words
 * WordNet gives its commonest sense where that sense is theirs too ("doctor": physician, "lawyer": attorney).
 */
export function roleAlternatives(word: string): string[] {
  const w = normalizeWord(word);
  return Object.hasOwn(ROLE_SYNONYMS, w) ? ROLE_SYNONYMS[w] : [w, ...sameMeaning(w)];
}

function sameMeaning(word: string): string[] {
  // Kin as chat says it is a kind of the kin an article writes: "mom" is a mother, "dad" a father.
  return isPersonNoun(word) ? [...synonyms(word, "noun", 1, 1), ...broaderNouns(word).filter((b) => KIN_NOUNS.has(b))] : [];
}

export interface RoleMatch {
  entity: Entity;
  score: number;
}

/** A role's words, folded: a title abbreviated in it ("Republican Gov. Eric Holcomb") is the title too. */
function wordsOfRole(role: Entity["roles"][number]): Set<string> {
  return new Set(words(role.text).map(normalizeWord).flatMap((w) => [w, ...(TITLE_ABBREVIATIONS.has(w) ? [CHAT_FORMS[w]] : [])]));
}

/** Whether a word stands before an occupation in a role as its modifier: "chief economist" (not "chief executive", a title WordNet has whole). */
function qualifiesOccupation(role: string, word: string): boolean {
  const next = new RegExp(`\\b${word}\\s+(\\p{Ll}+)`, "iu").exec(role)?.[1];
  return next !== undefined && isPersonNoun(next) && !isNoun(`${word}_${next}`);
}

/** A possessive right before a role's words ("his business partner", "Swift's longtime manager"). */
const POSSESSED_BEFORE = /(?:\b(?:his|her|their)|\p{L}['’]s?)\s+(?:\p{L}+\s+){0,2}$/iu;

/**
 * Whether a role's sentence writes it as someone's: a possessive before it, the person it is of named in
 * the sentence. A pronoun's ("her husband") is of the last name before it, so not the asked owner's where
 * that name is another ("she has been closely allied with Ms. Trump and her husband, Jared Kushner",
 * asked Haley's husband); `owners` are the terms of the people the question names.
 */
function ownedInSentence(kb: Knowledge, role: Entity["roles"][number], owners: string[]): boolean {
  // "who was then serving as the President's physician": the role says whose it is itself.
  if (/\p{L}['’]s?\s/u.test(role.text)) return true;
  const text = kb.corpus.sentences.get(role.sentence).text;
  const at = text.indexOf(role.text);
  const possessed = at > 0 ? POSSESSED_BEFORE.exec(text.slice(Math.max(0, at - 40), at)) : null;
  if (!possessed) return false;
  const pronounAt = Math.max(0, at - 40) + possessed.index;
  if (!/^(?:his|her|their)\b/i.test(possessed[0])) return true;
  const named = [...text.slice(0, pronounAt).matchAll(NAME_RUN)].filter((m) => m.index! > 0 || !STOP_WORDS.has(m[0].toLowerCase()));
  const last = named.at(-1)?.[0];
  return !last || termsOf(last).some((t) => owners.includes(t));
}
/** A run of capitalized words, titles' full stops kept ("Ms. Trump"). */
const NAME_RUN = /\p{Lu}[\p{L}'’-]*\.?(?:\s+\p{Lu}[\p{L}'’-]*)*/gu;

/**
 * Whether the sentence before a role's writes the same office as the asked owner's: "Roof's defense
 * attorneys did not call any witnesses" before "defense attorney David Bruck asked the jury" makes Bruck
 * Roof's. Only the office's own head noun, right after the possessive or two words on, counts.
 */
function ownedJustBefore(kb: Knowledge, role: Entity["roles"][number], owner: string[]): boolean {
  const s = kb.corpus.sentences.get(role.sentence);
  const before = kb.corpus.sentences.at(role.sentence - 1);
  const head = words(role.text).at(-1)?.toLowerCase();
  if (!before || before.doc !== s.doc || before.boilerplate || !head) return false;
  return [...before.text.matchAll(POSSESSIVE)].some((m) => {
    const next = words(before.text.slice(m.index + m[0].length, m.index + m[0].length + 60)).slice(0, 3).map((w) => w.toLowerCase().replace(/s$/, ""));
    return next.includes(head.replace(/s$/, "")) && termsOf(m[1]).some((t) => owner.includes(t));
  });
}

/** Whether a role's sentence writes a year and not the one asked. */
function datedOtherwise(kb: Knowledge, role: Entity["roles"][number], years: string[]): boolean {
  const written = kb.corpus.sentences.get(role.sentence).text.match(/\b(?:1[6-9]|20)\d\d\b/g) ?? [];
  return written.length > 0 && !written.some((y) => years.includes(y));
}

/** "new", "newly": an office just taken. */
const NEW_ROLE = /\bnew(?:ly)?\b/i;

/**
 * People whose stated roles fit a description ("the attorney general", "the head of ICE", "the mayor
 * of Oakland"): every title word must match one of their roles, and every other word must appear in
 * the role, around their mentions, or in their articles.
 */
export function findByRole(kb: Knowledge, description: string, options: { now?: boolean } = {}): RoleMatch[] {
  const written = words(description).filter((w) => !/^(?:the|a|an|of|for|in|at|on|who|current|new)$/i.test(w));
  const raw = written.map(normalizeWord);
  const isTitle = (w: string) => TITLE_WORDS.has(w) || w in ROLE_SYNONYMS;
  const isKindOfPerson = (w: string) => !STOP_WORDS.has(w) && (isPersonNoun(w) || isCapitalizedPersonNoun(w));
  // "the mayor's lawyer", typed "the mayors lawyer": the office before a possessive is whose the role is;
  // the noun after it heads the role.
  const possessor = (i: number) => i + 1 < raw.length && isKindOfPerson(raw[i + 1]) && (/['’]s?$/.test(written[i]) || (/s$/.test(raw[i]) && isTitle(raw[i].slice(0, -1))));
  const heads = raw.map((w, i) => !possessor(i) && (i > 0 && possessor(i - 1) ? true : isTitle(w)));
  // No title: a noun for a kind of person heads the role ("the top democrat on the committee", "the witness").
  const titleWords = heads.some(Boolean) ? raw.filter((_, i) => heads[i]) : raw.filter(isKindOfPerson);
  if (titleWords.length === 0) return [];
  const others = raw.filter((w) => !titleWords.includes(w));
  const asksNew = NEW_ROLE.test(description);
  const otherTerms = others.flatMap((w) => expand(kb, w));
  const namedTerms = written.filter((w, i) => /^\p{Lu}/u.test(w) && others.includes(raw[i])).flatMap((w) => expand(kb, normalizeWord(w)));
  const out: RoleMatch[] = [];
  // Every title word must be in a role: only the people with the first one's in a role are tried, in corpus order.
  const names = nameIndex(kb);
  // "Swift's manager": a person whose the office is, typed with or without the apostrophe.
  const personal = others.filter((w) => expand(kb, w).length).map((w) => names.personWords.has(w) || names.personWords.has(w.replace(/s$/, "")));
  const askedOwners = otherTerms.filter((_, g) => personal[g]).flat();
  // Each title word's alternatives, and those of the same meaning, worked out once for every role read.
  const alternatives = titleWords.map(roleAlternatives);
  const meanings = titleWords.map(sameMeaning);
  const tried = new Set(alternatives[0].flatMap((w) => names.byRoleWord.get(w) ?? []));
  for (const e of [...tried].sort((a, b) => a - b).map((i) => kb.entities[i])) {
    let best = 0;
    // A role held of another body or place ("ambassador to the European Union") tells whose office this
    // person's bare title is ("Ambassador Gordon Sondland"): not the one asked, whatever else the sentence names.
    let bestByContext = 0;
    let ownedElsewhere = false;
    // Read only when a role's own sentence lacks a word asked, and once for all of the person's roles.
    let titled: Set<string> | undefined;
    const docTerms = () => (titled ??= titledTermsOf(kb, e, alternatives.flat()));
    for (const role of e.roles) {
      if (options.now && heldBefore(kb, role)) continue;
      const roleWords = wordsOfRole(role);
      // "IMF chief economist" is an economist: a word said otherwise ("chief" for "head") before an occupation only qualifies it.
      const titleHits = alternatives.filter((forms, i) => forms.some((x) => roleWords.has(x) && (x === titleWords[i] || !qualifiesOccupation(role.text, x)))).length;
      if (titleHits < titleWords.length) continue;
      // "deputy associate administrator" answers "who is the deputy", not "who is the administrator".
      if (SUBORDINATE_RANKS.some((w) => roleWords.has(w) && !raw.includes(w))) continue;
      // A word of the same meaning ("physician" for "doctor") is the title itself; a looser one is not.
      const bySynonym = titleWords.some((w, i) => !roleWords.has(w) && !meanings[i].some((x) => roleWords.has(x)));
      // "Afghan President" is the president of Afghanistan: a capitalized adjective stands for the place it pertains to.
      const places = words(role.text).filter((w) => /^\p{Lu}\p{Ll}/u.test(w)).flatMap((w) => pertainyms(w)).map((p) => p.replace(/_/g, " "));
      const roleTerms = new Set(termsOf([role.text, expandText(kb, role.text), ...places].join(" ")));
      const sentenceTerms = new Set(kb.terms.of(role.sentence));
      // "the new acting director": a role that says it is new answers before the one it replaced.
      let score = 2 * titleHits + (asksNew && NEW_ROLE.test(role.text) ? 1 : 0);
      let missing = false;
      // A role that names its own organization or place ("Yahoo’s chief executive", "mayor of Oakland")
      // answers for that one only: the question's other words must be in the role itself.
      // A party ("Republican Gov.") names no body the office belongs to: a capitalized adjective qualifies only for its place.
      // A capitalized English adjective WordNet never capitalizes, nor names a party by, is a name ("Wild coach": the Minnesota Wild's).
      const qualified = words(role.text).some((w) => /^\p{Lu}/u.test(w) && !TITLE_WORDS.has(normalizeWord(w)) && (!isAdjective(normalizeWord(w)) || pertainyms(w).some(isPlaceName) || !(isCapitalizedNoun(w) || isProperName(`${w} party`))));
      // So for a name the question gives ("India's foreign minister"), whatever other word the role shares ("Pakistan foreign minister").
      const ownsNone = (groups: string[][]) => groups.length > 0 && !groups.some((group) => group.some((t) => roleTerms.has(t)));
      if (qualified && (ownsNone(otherTerms) || ownsNone(namedTerms))) {
        ownedElsewhere = true;
        continue;
      }
      let byContext = false;
      // Read only when the role and its sentence lack a word asked, once per role.
      let around: Set<string> | undefined;
      const owners = () => (around ??= ownersAround(kb, role.sentence));
      for (const [g, group] of otherTerms.entries()) {
        byContext ||= !group.some((t) => roleTerms.has(t));
        if (group.some((t) => roleTerms.has(t))) score += 3;
        // A person's office for another person is said as theirs ("his business partner Scott Borchetta",
        // "Swift's manager, …"): one whose sentence only names both ("Swift's albums … talent manager Scooter Braun") is not.
        else if (personal[g] && !ownedInSentence(kb, role, askedOwners) && !ownedJustBefore(kb, role, group)) missing = true;
        // "Trump's physician in 2018": a role whose sentence dates it in another year is not the one asked.
        else if (group.some((t) => /^\d{4}$/.test(t)) && datedOtherwise(kb, role, group)) missing = true;
        // A title said otherwise ("head" for a President) is weaker evidence: whose it is must be said in
        // the role itself ("the head of the Gazette" is no President who spoke to the Gazette).
        else if (bySynonym) missing = true;
        else if (group.some((t) => sentenceTerms.has(t))) score += 1.5;
        // "… for Minnesota's game at Northwestern …" then "Coach P.J. Fleck said": the sentence before says whose.
        else if (group.some((t) => owners().has(t))) score += 1;
        else if (group.some((t) => docTerms().has(t))) score += 0.5;
        else missing = true;
      }
      if (missing) continue;
      if (byContext) bestByContext = Math.max(bestByContext, score);
      else best = Math.max(best, score);
    }
    if (!ownedElsewhere) best = Math.max(best, bestByContext);
    if (best > 0) out.push({ entity: e, score: best });
  }
  return out.sort((a, b) => b.score - a.score || b.entity.mentions.length - a.entity.mentions.length);
}

/**
 * The terms of the owners the sentences around a role's sentence write in the possessive ("Minnesota’s
 * game"), the one before it across a paragraph break too: a bare title there ("Coach P.J. Fleck") is
 * of that owner. A name written otherwise ("at Northwestern") owns nothing.
 */
function ownersAround(kb: Knowledge, id: number): Set<string> {
  const s = kb.corpus.sentences.get(id);
  const before = kb.corpus.sentences.at(id - 1);
  const around = [...neighbours(kb, s), ...(before && before.doc === s.doc && !before.boilerplate ? [before] : [])];
  return new Set(around.flatMap((n) => [...n.text.matchAll(POSSESSIVE)].flatMap((m) => termsOf(m[1]))));
}
const POSSESSIVE = /(\p{Lu}[\p{L}-]*)['’]s?(?=\s)/gu;

/** Words that put a role in the past: "who was then serving as", "the former mayor", "at the time". */
const PAST_ROLE = /\b(?:then|former|formerly|previously|at the time|ex-)\b/i;

/**
 * Whether a role's sentence tells of it as held before the article was written: it says so ("then
 * serving as"), or dates it in an earlier year ("In December 2015, … his longtime physician"). Asked
 * who holds it now, such a role does not answer.
 */
function heldBefore(kb: Knowledge, role: Entity["roles"][number]): boolean {
  const sentence = kb.corpus.sentences.get(role.sentence);
  if (PAST_ROLE.test(role.text) || PAST_ROLE.test(sentence.text)) return true;
  const year = Number(kb.docs.get(sentence.doc)?.published?.slice(0, 4));
  return Number.isFinite(year) && year > 0 && [...sentence.text.matchAll(/\b(?:19|20)\d\d\b/g)].some((m) => Number(m[0]) < year);
}

/**
 * A question word as index terms, with the long form of an acronym ("ice" → ice, immigr, custom, enforc)
 * and the place an adjective pertains to ("austrian" → austria: "Austria's interior minister").
 */
function expand(kb: Knowledge, w: string): string[][] {
  const terms = termsOf(w);
  if (terms.length === 0) return [];
  // Initials the articles never spell out in brackets ("DWTS") stand for the name they write whose initials they are.
  const long = kb.acronyms.get(w.toUpperCase()) ?? (/^\p{L}{2,6}$/u.test(w) && !isDictionaryWord(w.toLowerCase()) ? surfaceVocabulary(kb.corpus).initialism(w.toLowerCase()) : undefined);
  const places = pertainyms(w).filter(isPlaceName).flatMap((p) => termsOf(p.replace(/_/g, " ")));
  return [[...terms, ...(long ? termsOf(long) : []), ...places]];
}

function expandText(kb: Knowledge, text: string): string {
  return words(text)
    .map((w) => kb.acronyms.get(w.replace(/[()]/g, "")) ?? "")
    .join(" ");
}

/**
 * Terms of the sentences, in the person's own articles, that use the title asked about: "The mayor
 * of California's largest city, Oakland" tells which city the article's mayor leads. And of those
 * articles' headlines: "host Tom Bergeron" in an article headed "… 'Dancing with the Stars' …" hosts it.
 */
function titledTermsOf(kb: Knowledge, e: Entity, titles: string[]): Set<string> {
  const set = new Set<string>();
  const stems = titles.map((t) => termsOf(t)[0]).filter(Boolean);
  for (const doc of e.docs) {
    for (const t of termsOf(kb.docs.get(doc)?.title ?? "")) set.add(t);
    for (const s of kb.docs.get(doc)?.sentences ?? []) {
      const own = kb.terms.of(s.id);
      if (stems.some((t) => own.includes(t))) for (const t of own) set.add(t);
    }
  }
  return set;
}

/**
 * Whether an index term is known to the corpus, exactly or within a typo of a word it has, or of a
 * name it knows.
 */
export function isKnownTerm(kb: Knowledge, term: string): boolean {
  if (kb.vocabulary.has(term)) return true;
  const budget = term.length >= 6 ? allowedTypos(term.length) : 0;
  if (budget > 0) {
    for (const v of kb.vocabularyByInitial.get(term[0]) ?? []) {
      if (Math.abs(v.length - term.length) <= budget && distance(v, term) <= budget) return true;
    }
  }
  const byLength = nameIndex(kb).aliasWordsByLength;
  for (let length = Math.max(4, term.length - 2); length <= term.length + 2; length++) {
    for (const n of byLength.get(length) ?? []) if (distance(n, term) <= allowedTypos(n.length)) return true;
  }
  return false;
}
