import { STOP_WORDS, words } from "../index/terms.js";
import type { Corpus, Sentence } from "../corpus/load.js";
import { KIN_NOUNS, NAME_PARTICLES, NUMBER_WORDS, STREET_WORDS, SPEECH_VERBS, SPEECH_VERBS_BEFORE_NAME, TIME_NAMES, TITLE_WORDS, alternation } from "../lexicon/english.js";
import { hasPersonSense, isAdjective, isCapitalizedPersonNoun, isDictionaryWord, isNoun, isPersonNoun, isPlaceName, isVerb, readsAsName } from "../lexicon/wordnet.js";
import { isGivenName, isListedGivenName, onGivenNameLists } from "../lexicon/given-names.js";
import { pushTo } from "../collections.js";

export type EntityKind = "person" | "organization";

/** A role or description the articles attach to an entity, verbatim, with the sentence that says it. */
export interface Role {
  text: string;
  sentence: number;
}

/** A person or organization found in the corpus. */
export interface Entity {
  id: string;
  kind: EntityKind;
  /** The fullest form of the name the articles use ("Thomas Homan"). */
  name: string;
  /** Forms that refer to it: the name, the surname, an acronym ("Homan", "ICE"). */
  aliases: string[];
  roles: Role[];
  /** Sentence ids that mention it, in corpus order. */
  mentions: number[];
  docs: string[];
}

/** Words that make a capitalized phrase an organization rather than a person. */
const ORG_WORDS = new Set(
  `council department enforcement conference house post news journal express administration agency court courts
office police university college committee party congress senate assembly security service services union
association commission bureau times tribune herald press institute foundation center centre coalition network
board authority customs immigration district church school ministry company corporation group international fund
bank organization organisation society federation alliance tribe club league academy museum hospital laboratory
assn assoc corp inc ltd llc bros dept univ`.split(/\s+/),
);

/**
 * A title and then, set off by a comma, the body it is held at, ending the sentence: "said Sanjiv Bhasin,
 * Director, IIFL Securities." The body is part of the role.
 */
function withEmployer(role: string, rest: string): string {
  const at = rest.indexOf(role);
  const employer = at < 0 ? undefined : EMPLOYER_AFTER.exec(rest.slice(at + role.length))?.[1];
  return employer && !/\b(?:at|of|for|with)\b/.test(role) ? `${role}, ${employer.replace(/\.$/, "")}` : role;
}
const EMPLOYER_AFTER = /^,\s+(\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,4})\s*\.?\s*$/u;

/** A body named right after a person's name by "of": "Khaldun of the Michigan Department of Health and Human Services". */
const OF_BODY = /^\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}.&'’-]*(?:\s+(?:(?:of|and|for|the|on)\s+)*\p{Lu}[\p{L}.&'’-]*)*)/u;

/**
 * Capitalized words that start sentences or name times and places, never a person's name; and courtesy
 * titles as British papers write them, without a full stop ("Mr Mugabe" is Mugabe).
 */
const NOT_NAMES = new Set(
  `the a an and of in on at to for by with from as but or if this that these those it its he she they we i you
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december last next meanwhile however furthermore unfortunately according since
over approximately about so some many most each both there here many photo source posted categories press
city state federal national american americans new north south east west northern southern united
states america latin bay area mr mrs ms mx dr prof sir dame lord lady although though because while whereas
unless until whether despite`.split(/\s+/),
);

/** Titles of courtesy before a name ("Sir William Ramsay", "Dr. Jane Okafor"): a person, but no office. */
const COURTESY_TITLES = new Set(["mr", "mrs", "ms", "mx", "dr", "prof", "sir", "dame", "lord", "lady"]);

/** A past participle, up to four words, then "by" right before a name: that name did it. */
const PASSIVE_BY = /\b\p{Ll}+(?:ed|en|wn)(?:\s+[\p{L}’'-]+){0,4}\s+by\s+$/u;


const SPEECH_VERB = new RegExp(`^\\s*(?:${alternation(SPEECH_VERBS)})\\b`);

interface Token {
  word: string;
  start: number;
  end: number;
}

const TOKEN = /\(?[\p{L}\p{N}][\p{L}\p{N}'’.&-]*\)?/gu;

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) out.push({ word: m[0], start: m.index!, end: m.index! + m[0].length });
  return out;
}

/** The token with trailing possessive and punctuation removed ("Bass’" → "Bass", "U.S." stays). */
function bare(word: string): string {
  return word.replace(/['’]s?$/, "").replace(/^\(|\)$/g, "").replace(/(?<![A-Z])\.$/, "");
}

const isCapitalized = (w: string) => /^\p{Lu}/u.test(w);
const isNameWord = (w: string) =>
  (/^\p{Lu}[\p{Ll}'’-]*\p{Lu}?[\p{Ll}'’-]+$/u.test(w) || PARTICLE_NAME.test(w)) && !NOT_NAMES.has(w.toLowerCase()) && !TITLE_WORDS.has(untitled(w)) && !ORG_WORDS.has(w.toLowerCase()) && !PARTY_STATE.test(w);
/** A title with its "-elect" or "-designate" ("President-elect"), or after "co-", "ex-", "vice-" ("co-CEO"), is the title. */
const untitled = (w: string) => w.toLowerCase().replace(/-(?:elect|designate)$/, "").replace(/^(?:co|ex|vice)-(?=\p{L})/u, "");
/** "R-Wis", "D-Calif": a party and state after a name, not part of it. */
const PARTY_STATE = /^[RDI]-\p{Lu}/u;
/** A surname joined to its particle ("al-Bashir", "bin-Salman", "de-Gaulle" as some papers write it). */
const PARTICLE_NAME = new RegExp(`^(?:${[...NAME_PARTICLES].join("|")}|el|ibn|abu|abd)-\\p{Lu}\\p{Ll}+$`, "u");
/**
 * An office named just after a name, set off by commas or ending the sentence: "Amara Diallo, the
 * company’s chief executive, said", "says Michael Litt, co-founder and CEO of Vidyard.", "Alex Azar,
 * the Health and Human Services secretary,". Titles written in capitals ("CEO") count.
 */
/** Characters an office may run on after its title word: "vice president of electrical engineering and planning for Con Edison". */
const TITLE_TAIL_MAX = 80;
/** A title as papers write it: lower case, capitalized, or in capitals ("CEO"). */
const TITLE_FORMS = alternation([...TITLE_WORDS].flatMap((t) => [t, t[0].toUpperCase() + t.slice(1), t.toUpperCase()]));
const TITLED_AFTER = new RegExp(`^,\\s+((?:(?:\\p{Lu}[\\p{L}.&’'-]*|of|and|for|the)\\s+){0,6}?(?:[\\p{L}.’'-]+\\s+){0,5}?(?:${TITLE_FORMS})\\b[^,;]{0,${TITLE_TAIL_MAX}}?)(?:,|\\.?\\s*$)`, "u");
/**
 * An office named just before a name and set off by a comma: "the priest, Fidelis Mukonori," or
 * "Sudan’s president, Omar Hassan al-Bashir". Only titles count (not "the man, John Smith").
 */
const TITLED_APPOSITIVE = new RegExp(`(?:^|\\s)(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|\\p{Lu}[\\p{L}.-]*['’]s?)\\s+(?:[\\p{L}.-]+\\s+){0,2}?(?:${alternation([...TITLE_WORDS].flatMap((t) => [t, t[0].toUpperCase() + t.slice(1)]))})(?:\\s+of\\s+(?:the\\s+)?\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)*)?\\s*,\\s*$`, "u");
const isTitleWord = (w: string) => TITLE_WORDS.has(untitled(bare(w)).replace(/\.$/, ""));
/** Whether a phrase set beside a name has a title or a noun for a kind of person in it ("the director of …"): a role, not any phrase. */
const namesARole = (phrase: string) => phrase.split(/\s+/).some((w) => TITLE_WORDS.has(w.toLowerCase()) || isRoleNoun(w));
/** Whether a phrase's head (its last word before "of", "at" …) is a title or a noun for a kind of person: "the consumer world" is no role. */
const headNamesARole = (phrase: string) => {
  // "the first president to enjoy an airplane built for his office": an infinitive after the head tells what it did first.
  const head = phrase.split(/\s+(?:of|at|for|with|in|on|to)\s+/)[0].split(/\s+/).pop() ?? "";
  return isTitleWord(head) || isRoleNoun(head.toLowerCase()) || isCapitalizedPersonNoun(head);
};
/** A lower-case noun for a kind of person right before a name ("skipper Wade Bassi", "developer Ammar Askar") says who it is, as a title does. */
const isRoleNoun = (w: string) => /^\p{Ll}[\p{Ll}-]+$/u.test(w) && !STOP_WORDS.has(w) && isPersonNoun(w);
/**
 * A name set off by commas beside a noun for a kind of person, or an age: "the old keeper, Tomas Hale,",
 * "Ned Price, the harbor master,", "Parata, 75,". Such a name is a person's even when no title is known.
 */
const ROLE_BEFORE = /(?:^|\s)(?:[Tt]he|[Aa]nother|[Oo]ne|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|\p{Lu}[\p{L}.-]*['’]s?)\s+(?:[\p{L}\p{N}.-]+\s+){0,3}?(\p{Ll}[\p{Ll}-]+)\s*,\s*$/u;
const ROLE_AFTER = /^,\s+((?:one of\s+)?(?:the|an?|[Hh]is|[Hh]er|[Tt]heir|\p{Lu}[\p{L}&.-]*['’]s)\s+(?:[\p{L}.’'-]+\s+){0,3}?(\p{L}[\p{Ll}-]+)(?:\s+(?:at|of|for|with|in|on)\s+(?:(?!\s(?:which|who|that|whose)\s)[^,;“”"()]){1,70}?)?)\s*(?:,|;|\.?\s*$)/u;
/**
 * `ROLE_AFTER` whose phrase runs on past a comma's reach: cut before where they work or a relative
 * clause ("Ian Hamilton, an expert in drug use and mental health at the Department of … who did not
 * work on the study, told Newsweek").
 */
const ROLE_AFTER_CUT = /^,\s+((?:the|an?|[Hh]is|[Hh]er|[Tt]heir|\p{Lu}[\p{L}&.-]*['’]s)\s+(?:[\p{L}.’'-]+\s+){0,3}?(\p{L}[\p{Ll}-]+)(?:\s+(?:of|for|with|in|on)\s+[^,;“”"()]{1,60}?)?)(?=\s+(?:who|which|that|at|where|since)\s)/u;
/** The role set off after a name (`ROLE_AFTER`), or its first part when it runs on (`ROLE_AFTER_CUT`). */
const roleAfter = (after: string): RegExpExecArray | null => ROLE_AFTER.exec(after) ?? ROLE_AFTER_CUT.exec(after);
/**
 * A role after a name with no article, a noun for a kind of person at its head and where they work
 * after it: "said Aaron Kohli, interest rate strategist at BMO Capital Markets.", "said Juan Perez,
 * senior foreign exchange trader and strategist at Tempus Inc.", or who they work for before it:
 * "Caroline Hawley, BBC diplomatic correspondent".
 */
const BARE_ROLE_AFTER = /^,\s+((?:\p{Lu}[\p{L}&.-]*\s+){0,3}(?:\p{Ll}[\p{Ll}-]*\s+){0,4}?(\p{Ll}[\p{Ll}-]+)(?:\s+and\s+\p{Ll}[\p{Ll}-]+)?(?:\s+(?:at|of|for|with)\s+(?:(?!\s(?:which|who|that|whose)\s)[^,;“”"()]){1,60}?)?)\s*(?:,|;|\.?\s*$)/u;
/** `BARE_ROLE_AFTER` whose words before the head are no function words ("watched by his father" is no role). */
function bareRoleAfter(after: string): RegExpExecArray | null {
  const m = BARE_ROLE_AFTER.exec(after);
  return m && !words(m[1].slice(0, m[1].indexOf(m[2]))).some((w) => STOP_WORDS.has(w)) ? m : null;
}
/**
 * An office after a name whose words run on past where an office is read to (`TITLE_TAIL_MAX`): cut
 * before the place it is at ("president of the National Treasury Employees Union chapter at the
 * department's headquarters building in Washington").
 */
const TITLED_AFTER_CUT = new RegExp(`^,\\s+((?:[\\p{L}.’'-]+\\s+){0,4}?(?:${TITLE_FORMS})\\b(?:(?!\\s(?:which|who|that|whose)\\s)[^,;“”"()]){0,${TITLE_TAIL_MAX}}?)\\s+(?:at|in|on|near|since|where|who)\\s`, "u");
/** The office after a name (`TITLED_AFTER`), or its first part when it runs on (`TITLED_AFTER_CUT`). */
const titledAfter = (after: string): string | null => {
  const office = TITLED_AFTER.exec(after)?.[1] ?? TITLED_AFTER_CUT.exec(after)?.[1] ?? null;
  return office !== null && namesAnotherHolder(office) ? null : office;
};
/**
 * A title before a given name and a surname, after "and", is the office of the next one listed, not of the
 * one named before the list ("Zimmer, King, Zipperman and LAPD Asst. Chief Earl Paysinger"); "adviser to
 * President Barack Obama" stays an office.
 */
const TITLE_THEN_NAME = new RegExp(`\\b(?:${TITLE_FORMS})\\.?\\s+(?=(\\p{Lu}\\p{Ll}+)\\s+\\p{Lu}\\p{Ll}+)`, "gu");
function namesAnotherHolder(office: string): boolean {
  for (const m of office.matchAll(TITLE_THEN_NAME)) if (isListedGivenName(m[1]) && /\band\s/.test(office.slice(0, m.index))) return true;
  return false;
}
/**
 * An office a name is appointed or elected to, right after it: "Chad Wolf has been named new DHS
 * acting secretary", "Jones was elected mayor in 2018". The name is a person's, and the office theirs.
 */
const APPOINTED_AS = new RegExp(
  `^\\s+(?:has been|have been|had been|was|is|were|will be|would be)\\s+(?:(?:formally|officially|later|since)\\s+)?(?:named|appointed|elected|re-elected|reelected|chosen|tapped|picked|promoted|sworn in|confirmed)(?:\\s+(?:as|to be|to))?\\s+((?:(?:the|a|an|its|their|his|her|new)\\s+)?(?:[\\p{L}.’'-]+\\s+){0,5}?(?:${TITLE_FORMS})\\b[^,;]{0,${TITLE_TAIL_MAX}}?)(?=,|;|\\.?\\s*$|\\s+(?:on|in|last|this|after|by|since|to replace|replacing|succeeding)\\s)`,
  "u",
);
/**
 * An office a name is taken on as, after it and perhaps a description set off by commas: "Experience is
 * thrilled to have Junior Gaspard, long time ExpApper, as our new President and CEO", "hired Ann Lee as
 * its chief economist". The name is a person's, and the office theirs. Only an office said as the
 * body's own ("our", "its", "their"): "named Kai Brenner as coach" leaves whose coach to the sentence.
 */
const TAKEN_ON_AS = new RegExp(
  `^(?:,\\s+[^,;“”"()]{1,60},)?\\s+as\\s+((?:its|their|our)\\s+(?:(?:new|interim|acting)\\s+)?(?:[\\p{L}.’'-]+\\s+){0,4}?(?:${TITLE_FORMS})\\b[^,;]{0,${TITLE_TAIL_MAX}}?)(?=,|;|\\.?\\s*$|\\s+(?:on|in|last|this|after|by|since|effective)\\s)`,
  "u",
);
/** "Tara Sinclair has joined the Treasury Department as deputy assistant secretary for macroeconomics": the office joined as. */
const JOINED_AS = new RegExp(
  `^\\s+(?:has\\s+|have\\s+|had\\s+)?(?:re)?joined\\s+(?:the\\s+)?[^,;“”"()]{1,60}?\\s+as\\s+((?:(?:the|a|an|its|their|new)\\s+)?(?:[\\p{L}.’'-]+\\s+){0,5}?(?:${TITLE_FORMS})\\b[^,;]{0,${TITLE_TAIL_MAX}}?)(?=,|;|\\.?\\s*$|\\s+(?:on|in|last|this|after|by|since|effective)\\s)`,
  "u",
);
/**
 * A party and state, or a state, set off by commas or brackets after a politician's name ("Jason
 * Chaffetz, R-Utah,", "Steny H. Hoyer, Md.,", "Brian Babin (R-TX),"): read past, so the role after it is the name's.
 */
const STATE_TAG = /^(?:,\s+(?:\(?[RDI]-\p{Lu}[\p{L}.]*\)?|\p{Lu}\p{Ll}{1,4}\.|\p{Lu}\.\p{Lu}\.)|\s+\([RDI]-\p{Lu}[\p{L}.]*\))(?=,)/u;
const withoutStateTag = (after: string) => after.replace(SUFFIX_AFTER, "").replace(STATE_TAG, "");

/**
 * The state a politician's party-and-state tag gives, right after their name ("Rep. David McKinley,
 * R-W.Va.," → "W.Va.", "Brian Babin (R-TX)," → "TX"); null without one.
 *
 * @example stateTagged(", R-Utah, said") // "Utah"
 */
export function stateTagged(after: string): string | null {
  const tag = STATE_TAG.exec(after.replace(SUFFIX_AFTER, ""))?.[0];
  return tag ? (/[RDI]-(\p{Lu}[\p{L}.]*)/u.exec(tag)?.[1] ?? null) : null;
}
/**
 * Where a person lives or comes from, as news style tags a name at its first mention: an age and "of"
 * a place ("Patrick W. Carlineo Jr., 55, of Addison," → "Addison", "Jonathan P. Blair, 29, of 1909 Jolinda
 * Drive" → "1909 Jolinda Drive"), or a relative clause of living ("Christopher D. Battin, 33, who resides at
 * 2134 Caldwell Place"); null without one.
 *
 * @example hometownTagged(", 32, of Franklin, on several charges") // "Franklin"
 */
export function hometownTagged(after: string): string | null {
  return HOMETOWN.exec(after.replace(SUFFIX_AFTER, ""))?.groups?.place ?? null;
}
/** A place's words: capitalized, or a house number or a numbered road ("1909 Jolinda Drive", "W. County Road 600S"). */
const PLACE_WORDS = String.raw`(?:\d+\s+)?\p{Lu}[\p{L}'’-]*\.?(?:\s+(?:\p{Lu}[\p{L}'’-]*\.?|\d+\p{Lu}*))*`;
const HOMETOWN = new RegExp(String.raw`^(?:,?\s+\d{1,3})?,\s+(?:of|(?:who|that)\s+(?:lives|lived|resides|resided)\s+(?:at|in|on))\s+(?<place>${PLACE_WORDS})(?=[,;.]?(?:\s|$))`, "u");
/** A name's suffix right after it ("Dotson Jr.,"): what follows is read after it. */
const SUFFIX_AFTER = /^,?\s+(?:Jr|Sr|II|III|IV)\.?(?=[,\s]|$)/;
/** A role the sentence says someone is known by, after the name: "Joe Carbone, who works for the Transportation Department, where he is known as the pothole chief." */
const KNOWN_AS = /^,\s+(?:who|where\s+(?:he|she))\s[^.;]{0,80}?\b(?:is|was)\s+known\s+as\s+((?:the|an?)\s+[^,;:“”".]{3,60}?)(?=,|;|\.|$)/u;
/** A relative clause set off by commas after a name, read past to the verb: "Kisha Rivera, who works as a cabin cleaner at O'Hare, said". */
const RELATIVE_CLAUSE = /^,\s+who\s[^,]{1,80},/;
/** What may end a name without being its surname. */
const NAME_SUFFIX = /^(?:Jr|Sr|II|III|IV)$/;
/** An initial in a name: "H." in "Steny H. Hoyer", "J." in "J. David Cox". */
const MIDDLE_INITIAL = /^\p{Lu}\.$/u;
/** An initial inside or opening a whole name: "Steny H. Hoyer", "J. David Cox". */
const INITIAL_IN_NAME = /(?:^|\s)\p{Lu}\.\s/u;
/** A name without its initials: "Steny H. Hoyer" → "Steny Hoyer", "J. David Cox" → "David Cox". */
const withoutInitials = (name: string) => name.replace(/(?:^|\s)\p{Lu}\.(?=\s)/gu, "").trim();
const FIRST_INITIALS = /^(?:\p{Lu}\.)+$/u;
/** The text before a word that opens a clause of its own: after a colon, a semicolon or a dash. */
const OPENS_CLAUSE = /[:;—–]\s*$/;

/** Opening words that are never part of a name; "Will" and "May" are only when more than one name word follows. */
function opensWithNonName(first: string, lastOfRun: number): boolean {
  if (first === "will" || first === "may") return lastOfRun > 1;
  // An imperative opening the sentence ("Ask Damien Chazelle …"): a word only a verb, never a noun or a name.
  const onlyVerb = isVerb(first) && !isNoun(first) && lastOfRun > 1;
  return NOT_NAMES.has(first) || STOP_WORDS.has(first) || NUMBER_WORDS.includes(first) || onlyVerb;
}
/** "Colorado Democrat", "Iowa Republican": a place and a member noun WordNet spells with a capital, no one's name. */
function isMemberOfPlace(name: string): boolean {
  const parts = name.split(" ");
  return parts.length > 1 && isCapitalizedPersonNoun(parts[parts.length - 1]) && isPlaceName(parts.slice(0, -1).join(" "));
}
const AGE_AFTER = /^(?:,\s+\d{1,3}\s*,|\s+\(\d{1,3}\))/;
/** A speech verb right before a name: "said Tom Forte, who follows Amazon". */
const SAID_BEFORE = new RegExp(`\\b(?:${alternation([...SPEECH_VERBS, ...SPEECH_VERBS_BEFORE_NAME])})\\s+$`);

/** Whether only white space separates two tokens (no comma, quote or dash between them). */
const tight = (text: string, a: Token, b: Token) => /^\s+$/.test(text.slice(a.end, b.start));

interface PersonHit {
  name: string;
  start: number;
  end: number;
  tokenIndex: number;
  tokenEnd: number;
}

const NO_SPEAKERS: ReadonlySet<string> = new Set();


/** A single name word as the subject of a speech verb ("“…,” Hamilton said"), or after one ("said Rothman."). */
const SPEAKING_SURNAME = new RegExp(`(?<![\\p{Lu}][\\p{L}'’-]*\\s)(?<!\\b(?:of|and|for|&)\\s)\\b(\\p{Lu}\\p{Ll}+)\\s+(?:${alternation(SPEECH_VERBS)})\\b|\\b(?:${alternation(SPEECH_VERBS)})\\s+(\\p{Lu}\\p{Ll}+)(?![\\p{L}'’-]|\\s+\\p{Lu})`, "gu");

/** A single name word after a courtesy title ("Ms Persson said", "Mr. Brenn"): a surname. */
const COURTESY_SURNAME = /\b(?:Mr|Mrs|Ms|Dr)\.?\s+(\p{Lu}\p{Ll}+)\b(?!\s+\p{Lu})/gu;

/** A single name word set before "who", the relative pronoun for people ("Mourinho, who also managed Porto"). */
const WHO_SURNAME = /(?<![\p{Lu}][\p{L}'’-]*\s)\b(\p{Lu}\p{Ll}+),?\s+who\s/gu;

/** A word before a capitalized title that makes it the office, not a surname: "the President said". */
const OFFICE_BEFORE = /(?:^|\s)(?:the|a|an|his|her|their|its|our|this|that|former|\p{Lu}[\p{L}'’.-]*)\s+$/u;

/**
 * The single name words a corpus uses as people's: as speakers, or before "who"; surnames of people
 * it names in full elsewhere. A title word speaking on its own, with no article before it ("Doctor
 * says", "said King"), is a surname too: it may end a name ("Ken Doctor", "Stephen King").
 */
function personSurnames(sentences: Sentence[]): Set<string> {
  const out = new Set<string>();
  for (const s of sentences) {
    for (const m of s.text.matchAll(COURTESY_SURNAME)) if (isNameWord(m[1])) out.add(m[1]);
    for (const m of [...s.text.matchAll(SPEAKING_SURNAME), ...s.text.matchAll(WHO_SURNAME)]) {
      const w = m[1] ?? m[2];
      if (isNameWord(w)) out.add(w);
      else if (m[1] && TITLE_WORDS.has(w.toLowerCase()) && !OFFICE_BEFORE.test(s.text.slice(Math.max(0, m.index - 40), m.index))) out.add(w);
      else if (m[2] && TITLE_WORDS.has(w.toLowerCase())) out.add(w);
    }
  }
  return out;
}

/** The name words a corpus writes on their own, with no other name word right before or after them ("Hawley said", "that Pine will"). */
function namesWrittenAlone(sentences: Sentence[]): Set<string> {
  const out = new Set<string>();
  for (const s of sentences) {
    const tokens = tokenize(s.text);
    // Any capitalized word joins: "ATP Finals" is no "Finals" alone.
    const capital = (k: number) => k >= 0 && k < tokens.length && /^\p{Lu}/u.test(tokens[k].word);
    for (let k = 0; k < tokens.length; k++) {
      if (!isNameWord(bare(tokens[k].word))) continue;
      const joinedBefore = capital(k - 1) && tight(s.text, tokens[k - 1], tokens[k]);
      const joinedAfter = capital(k + 1) && tight(s.text, tokens[k], tokens[k + 1]) && !/['’]s?$/.test(tokens[k].word);
      if (!joinedBefore && !joinedAfter) out.add(bare(tokens[k].word));
    }
  }
  return out;
}

/** The given names of the lists a corpus also writes in lower case, as words ("bill", "mark", "will"). */
function givenNamesWrittenLower(sentences: Sentence[]): Set<string> {
  const out = new Set<string>();
  for (const s of sentences) for (const w of s.text.match(/(?<![\p{L}'’-])\p{Ll}+(?![\p{L}'’-])/gu) ?? []) if (!out.has(w) && isListedGivenName(w)) out.add(w);
  return out;
}

/**
 * Chinese names spelled as English pronouns: "He" is a common surname ("He Jianxiong, the former executive
 * director", "Vice Premier He Lifeng") and given name ("Liu He"). It opens a name only right before a
 * capitalized word no dictionary has, so "He Said" in a title-case line stays a pronoun.
 */
const SURNAME_PRONOUNS = new Set(["He"]);
function opensAsSurname(text: string, tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  return SURNAME_PRONOUNS.has(tokens[i].word) && next !== undefined && tight(text, tokens[i], next) && isNameWord(bare(next.word)) && !isDictionaryWord(bare(next.word)) && !isGivenName(bare(next.word));
}

/** Names of people in one sentence: runs of capitalized name words (with "de", "van" …) after a title or before a speech verb. */
function isSurnameTitle(text: string, tokens: Token[], j: number): boolean {
  const word = tokens[j + 1].word;
  const after = tokens[j + 2];
  return isGivenName(bare(tokens[j].word)) && /^\p{Lu}\p{Ll}+(?:['’]s?)?$/u.test(word) && TITLE_WORDS.has(bare(word).toLowerCase()) && !(after !== undefined && tight(text, tokens[j + 1], after) && isCapitalized(after.word));
}

function findPeople(text: string, tokens: Token[], speakers: ReadonlySet<string> = NO_SPEAKERS, alone: ReadonlySet<string> = NO_SPEAKERS, wordsToo?: ReadonlySet<string>): PersonHit[] {
  const hits: PersonHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // An abbreviation ("Mr.", "Co.") opens no name; a name's own full stop ends the sentence ("by J.J. Abrams.").
    const surnamePronoun = opensAsSurname(text, tokens, i);
    if ((!isNameWord(bare(tokens[i].word)) && !surnamePronoun) || (tokens[i].word.endsWith(".") && i < tokens.length - 1)) continue;
    let j = i;
    // A bracket ends a name: "Newt Scamander (Eddie Redmayne)" is a part and the actor who plays it.
    while (j + 1 < tokens.length && tight(text, tokens[j], tokens[j + 1]) && !/['’]s?$/.test(tokens[j].word) && !tokens[j + 1].word.startsWith("(") && !tokens[j].word.endsWith(")")) {
      const next = bare(tokens[j + 1].word);
      if (isNameWord(next)) j++;
      // "Liu He": right after a name word, with nothing between, a pronoun could not stand; it is the name's.
      else if (SURNAME_PRONOUNS.has(next)) j++;
      // A title word the corpus uses as a surname ends a name: "Ken Doctor", not "Los Angeles Mayor Karen Bass".
      else if (speakers.has(next) && !(j + 2 < tokens.length && tight(text, tokens[j + 1], tokens[j + 2]) && isNameWord(bare(tokens[j + 2].word)))) j++;
      // A middle initial ("Steny H. Hoyer", "Elijah E. Cummings") is part of the name.
      else if (MIDDLE_INITIAL.test(next) && j + 2 < tokens.length && tight(text, tokens[j + 1], tokens[j + 2]) && isNameWord(bare(tokens[j + 2].word))) j += 2;
      else if (NAME_PARTICLES.has(next) && j + 2 < tokens.length && tight(text, tokens[j + 1], tokens[j + 2]) && isNameWord(bare(tokens[j + 2].word))) j += 2;
      // A title word right after a given name, ending the run, is a surname: titles stand before names
      // ("Michelle King", "Carole King"; not "Michelle King Smith", nor "Gov. Michelle" before anything).
      else if (j === i && isSurnameTitle(text, tokens, j)) j++;
      else break;
    }
    // "Jr." and "Sr." end a name but are no surname ("Albert E. Dotson Jr.").
    const suffixed = j > i + 1 && NAME_SUFFIX.test(bare(tokens[j].word));
    // What follows the name is read after its suffix: "Albert E. Dotson Jr., partner, …".
    const end = tokens[j].end;
    if (suffixed) j--;
    // A capitalized role noun opening the sentence is not part of the name after it ("Keeper Ines Marlow").
    const opensWithRole = i === 0 && j - i >= 2 && /^\p{Lu}\p{Ll}+$/u.test(tokens[0].word) && isRoleNoun(tokens[0].word.toLowerCase());
    if (opensWithRole) i = 1;
    // A sentence's opening word that is no name ("When Margaret Hamilton arrived", "When Putin returned",
    // "Two Clinton donors"); "Will" and "May" open names too often ("Will Hurd said") to be dropped from two.
    // So is a clause's opening word after a colon, a semicolon or a dash ("a reason for this: Although James has").
    if ((i === 0 || OPENS_CLAUSE.test(text.slice(0, tokens[i].start))) && !surnamePronoun && opensWithNonName(tokens[i].word.toLowerCase(), j - i)) i++;
    // A listed given name that is also an English word ("Matt", "Bill") is one where the corpus never writes it as the word.
    const givenWord = (w: string) => isGivenName(w) || (wordsToo !== undefined && isListedGivenName(w) && !wordsToo.has(w.toLowerCase()));
    // Capitalized words of an office before a name ("Director of Public Prosecution Eva-Marie Persson"):
    // English words that are neither given names nor read as names open no name of three words or more.
    // The name left must open with a word that reads as one ("Bill de Blasio" keeps "Bill").
    let office = i;
    while (office < j && !givenWord(bare(tokens[office].word)) && isDictionaryWord(bare(tokens[office].word)) && !readsAsName(bare(tokens[office].word))) office++;
    if (office > i && j - office >= 1 && readsAsName(bare(tokens[office].word)) && !NAME_PARTICLES.has(tokens[office].word.toLowerCase())) i = office;
    // The place an office is of, before the holder's name ("former special envoy to Ukraine Kurt
    // Volker"): a place right before a given name that opens two more name words is no part of the name.
    // Not a given name that is also a place, after the holder's role ("employment attorney Nancy Erika Smith").
    const afterRole = (k: number) => k > 0 && tight(text, tokens[k - 1], tokens[k]) && isRoleNoun(tokens[k - 1].word);
    while (j - i >= 2 && isGivenName(bare(tokens[i + 1].word)) && !isGivenName(bare(tokens[i].word)) && isPlaceName(bare(tokens[i].word)) && !(onGivenNameLists(bare(tokens[i].word)) && afterRole(i))) i++;
    // A first initial is part of the name, or initials run together: "President J. David Cox", "J.J. Abrams".
    if (i > 0 && FIRST_INITIALS.test(tokens[i - 1].word) && tight(text, tokens[i - 1], tokens[i])) i--;
    const count = j - i + 1;
    const next = tokens[j + 1];
    // A word for a body right after the name ("Prospect Airport Services", "George Washington University").
    const bodyWordAfter = () => next !== undefined && tight(text, tokens[j], next) && ORG_WORDS.has(bare(next.word).toLowerCase());
    // "George Washington University", "the Ford Foundation": a name before a capitalized word for a body
    // is that body's, no person's mention.
    const bodyAfter = () => bodyWordAfter() && /^\p{Lu}/u.test(next.word);
    // "New York Fed President": a run that opens inside a place's name ("New York") is no person's.
    const inPlace = () => i > 0 && tight(text, tokens[i - 1], tokens[i]) && isCapitalized(tokens[i - 1].word) && isPlaceName(`${bare(tokens[i - 1].word)} ${bare(tokens[i].word)}`);
    if (count < 2 || count > 5 || bodyAfter() || inPlace()) {
      i = j;
      continue;
    }
    const prev = tokens[i - 1];
    const titled = () =>
      opensWithRole ||
      (prev !== undefined && tight(text, prev, tokens[i]) && (isTitleWord(prev.word) || isRoleNoun(prev.word) || COURTESY_TITLES.has(bare(prev.word).toLowerCase().replace(/\.$/, "")))) ||
      // "sports agent Casey Close": a noun that is a kind of person in another of its commonest senses, before a given name.
      (prev !== undefined && tight(text, prev, tokens[i]) && /^\p{Ll}+$/u.test(prev.word) && givenWord(bare(tokens[i].word)) && hasPersonSense(prev.word, ROLE_SENSES)) ||
      TITLED_APPOSITIVE.test(text.slice(Math.max(0, tokens[i].start - 120), tokens[i].start));
    // The agent of a passive verb is someone: "translated into English by Michael Wells"; not when a
    // word for a body follows the name ("contracted by Prospect Airport Services").
    const agent = () => PASSIVE_BY.test(text.slice(Math.max(0, tokens[i].start - 60), tokens[i].start)) && !bodyWordAfter();
    const apposed = () => {
      const after = withoutStateTag(text.slice(end, end + 120));
      if (AGE_AFTER.test(after)) return true;
      const edited = EDITOR_ROLE_AFTER.exec(after)?.[1];
      if (edited && namesARole(edited)) return true;
      const head = roleAfter(after)?.[2] ?? bareRoleAfter(after)?.[2] ?? ROLE_BEFORE.exec(text.slice(Math.max(0, tokens[i].start - 80), tokens[i].start))?.[1];
      return head !== undefined && isRoleNoun(head);
    };
    const speaks = () => SPEECH_VERB.test(text.slice(end).replace(RELATIVE_CLAUSE, "")) || SAID_BEFORE.test(text.slice(Math.max(0, tokens[i].start - 20), tokens[i].start)) || titledAfter(withoutStateTag(text.slice(end, end + 160))) !== null || APPOINTED_AS.test(text.slice(end, end + 160)) || TAKEN_ON_AS.test(text.slice(end, end + 160));
    // Not the words of an office written in title case after a name ("Tom Krisher, AP Auto Writer").
    const officeAfter = () => next !== undefined && tight(text, tokens[j], next) && /^\p{Lu}\p{Ll}+$/u.test(next.word) && isRoleNoun(next.word.toLowerCase());
    const listed = () => hits.length > 0 && !/['’]s?$/.test(tokens[j].word) && /^\s*,?\s*(?:and\s+)?$/.test(text.slice(hits[hits.length - 1].end, tokens[i].start).replace(/,/g, " ,")) && !officeAfter();
    // "Margaret Hamilton arrived …" where elsewhere "Hamilton said": a full name whose surname speaks.
    const speaksElsewhere = () => speakers.has(bare(tokens[j].word));
    // A given name before one or two more names, the last a name rather than a word ("Kim Kardashian"),
    // or one the articles also write alone, as they write a surname after its first mention ("Taylor
    // Swift …", "Swift got support"); the "Davis Cup Finals" is never the "Finals" alone.
    const given = () => count <= GIVEN_NAME_RUN_MAX && givenWord(bare(tokens[i].word)) && (alone.has(bare(tokens[j].word)) || readsAsName(bare(tokens[j].word)));
    // Cheapest first: the role-noun and place tests read WordNet, the place test only for a name that
    // has some other mark of a person ("Los Angeles", "San Diego said" are places).
    // A word no dictionary has before one read as a name and written alone elsewhere ("Sheldon
    // Richardson" beside "While Richardson wants"): a given name the list lacks, before its surname.
    const unlistedGiven = () => {
      if (count !== 2) return false;
      const [first, last] = [bare(tokens[i].word), bare(tokens[j].word)];
      return /^\p{Lu}\p{Ll}+$/u.test(first) && alone.has(last) && !alone.has(first) && !isDictionaryWord(first) && readsAsName(last);
    };
    // A given name no dictionary has, mid-sentence, before one capitalized word that is an English word
    // ("a ballot for Bernie Sanders"): the word is the surname, though WordNet knows "sanders".
    // Not a name that modifies a noun after it ("its Kora Plus plan"), nor one whose word is an adjective ("Plus").
    const givenBeforeWord = () => {
      if (count !== 2 || i === 0) return false;
      const first = bare(tokens[i].word);
      const last = bare(tokens[j].word);
      const modifies = next !== undefined && tight(text, tokens[j], next) && /^\p{Ll}/u.test(next.word);
      return isGivenName(first) && !isDictionaryWord(first) && !isPlaceName(first) && /^\p{Lu}\p{Ll}+$/u.test(last) && !modifies && !isAdjective(last.toLowerCase());
    };
    if (speaks() || listed() || speaksElsewhere() || titled() || agent() || apposed() || given() || unlistedGiven() || givenBeforeWord()) {
      const name = tokens.slice(i, j + 1).map((t) => bare(t.word)).join(" ");
      // "2134 Caldwell Place": a street's name after a house number is an address.
      const address = prev !== undefined && /^\d+$/.test(prev.word) && STREET_WORDS.has(bare(tokens[j].word).toLowerCase().replace(/\.$/, ""));
      // "Jennifer Aniston’s Beautiful Backyard Wedding": words that are all plain English, none a given name
      // nor read as a name, are a headline's title case, unless an office names them someone's.
      const plainWords = tokens.slice(i, j + 1).every((t) => { const w = bare(t.word); return !givenWord(w) && isDictionaryWord(w) && !readsAsName(w); });
      if (!address && !isPlaceName(name) && !isMemberOfPlace(name) && !(plainWords && !titled())) hits.push({ name, start: tokens[i].start, end: tokens[j].end, tokenIndex: i, tokenEnd: j });
    }
    i = j;
  }
  return hits;
}

/**
 * Whether a two-word "name" seen only at sentences' starts is a word before a surname the corpus gives
 * someone else ("Now Assange faces", "Hosting Cook at Dreamforce", "Australian-born Assange faces" beside
 * "Julian Assange"): its first word is an English word or a compound ("-born"), no given name, so the
 * sentence speaks of that other person, who keeps the surname as an alias.
 */
function opensOnlyBeforeSurname(p: Entity, surnamesGiven: ReadonlyMap<string, number>): boolean {
  const parts = p.name.split(" ");
  if (parts.length !== 2) return false;
  const [first, surname] = parts;
  // How many people's names end in the surname, this one among them.
  if ((surnamesGiven.get(surname) ?? 0) < 2) return false;
  return !isGivenName(first) && (isDictionaryWord(first) || /-\p{Ll}/u.test(first));
}

/** Words a name opened by a given name may run to ("Taylor Swift", "Pierre-Hugues Herbert", "Mary Louise Parker"). */
const GIVEN_NAME_RUN_MAX = 3;
/** How many of a lower-case noun's commonest senses are read for a person's, before a given name ("agent": a cause first, a representative second). */
const ROLE_SENSES = 2;
/** Lower-case words before a title that may be part of it: "opposition leader", "former security chief". */
const TITLE_MODIFIERS_MAX = 2;
/** Times of day a title may follow ("Tuesday night police chief …"): never part of it. */
const TIME_OF_DAY = new Set(["morning", "afternoon", "evening", "night", "day", "week", "month", "year", "today", "yesterday", "tonight"]);

/**
 * A lower-case noun or adjective right before a title is part of it: "Clinton campaign chairman",
 * "opposition leader Morgan Tsvangirai", "former security chief Emmerson Mnangagwa". A verb form
 * ("told", "said") or a time is not.
 */
function modifiesTitle(tokens: Token[], k: number, hasTitle: boolean, modifiers: number): boolean {
  const whole = tokens[k].word;
  if (!hasTitle || modifiers >= TITLE_MODIFIERS_MAX || !/^\p{Ll}+(?:-\p{Ll}+)*$/u.test(whole) || STOP_WORDS.has(whole) || TIME_NAMES.has(whole) || TIME_OF_DAY.has(whole) || SPEECH_VERB.test(whole)) return false;
  // "decided to ban Breitbart star blogger …": after "to", a word is the verb of an infinitive.
  if (k > 0 && tokens[k - 1].word.toLowerCase() === "to") return false;
  // "alt-right leader Richard Spencer": a hyphened modifier is read by its last word.
  const w = whole.slice(whole.lastIndexOf("-") + 1);
  return (isNoun(w) && !/ed$/.test(w)) || (isAdjective(w) && !/(?:ed|ing)$/.test(w));
}

/** The title phrase right before a mention ("ICE Deputy Director", "City Council members"), verbatim. */
function titleBefore(text: string, tokens: Token[], at: number, blocked: Set<number>): string | null {
  // A courtesy title between the office and the name is neither: "the Scottish chemist Sir William Ramsay".
  if (at > 0 && COURTESY_TITLES.has(bare(tokens[at - 1].word).toLowerCase().replace(/\.$/, ""))) at--;
  let k = at - 1;
  let first = at;
  let hasTitle = false;
  let modifiers = 0;
  while (k >= 0 && !blocked.has(k) && tight(text, tokens[k], tokens[k + 1])) {
    const w = bare(tokens[k].word);
    const lower = w.toLowerCase();
    // A capitalized noun for a kind of person after another capitalized word, reading as no name, is one too ("NFL Insider Jason La Canfora").
    if (isTitleWord(tokens[k].word) || isRoleNoun(w) || (isRoleNoun(lower) && (k === 0 || (isCapitalized(tokens[k - 1].word) && tight(text, tokens[k - 1], tokens[k]) && !readsAsName(w))))) hasTitle = true;
    // An office WordNet knows as "X of Y" ("incoming chief of staff Reince Priebus"): its last word too.
    else if (k >= 2 && tokens[k - 1].word.toLowerCase() === "of" && isTitleWord(tokens[k - 2].word) && isNoun(`${bare(tokens[k - 2].word).toLowerCase()}_of_${lower}`)) hasTitle = true;
    else if (modifiesTitle(tokens, k, hasTitle, modifiers)) modifiers++;
    // "Chief Prosecutor of the Northern District": "the" after "of" is part of an office's name.
    // "envoy to Ukraine Kurt Volker": "to" after a role noun joins the office to the place it is to.
    else if (!(lower === "to" && k > 0 && isRoleNoun(bare(tokens[k - 1].word).toLowerCase())) && !(lower === "the" && k > 0 && tokens[k - 1].word === "of") && (!(isCapitalized(w) || /^\(\p{Lu}+\)$/u.test(tokens[k].word) || lower === "and" || lower === "of") || (STOP_WORDS.has(lower) && lower !== "and" && lower !== "of" && w !== w.toUpperCase()))) break;
    if (/['’]s?$/.test(tokens[k].word)) break;
    // "son of former German President Richard …": the office is Richard's; whose son is told, not an office.
    if (lower === "of" && k > 0 && KIN_NOUNS.has(bare(tokens[k - 1].word).toLowerCase())) break;
    // "the account of white supremacist leader …": an office's "of" follows an office word, not any noun.
    if (lower === "of" && k > 0 && /^\p{Ll}/u.test(tokens[k - 1].word) && !isTitleWord(tokens[k - 1].word) && !isRoleNoun(bare(tokens[k - 1].word))) break;
    first = k;
    k--;
  }
  while (first < at && /^(and|of|the)$/i.test(tokens[first].word)) first++;
  // "the acting director of … Security and Alex Azar": an office before "and" is someone else's, named before.
  if (!hasTitle || first >= at || /^and$/i.test(tokens[at - 1].word)) return null;
  return text.slice(tokens[first].start, tokens[at - 1].end).replace(/\s+/g, " ");
}

/** "She's the director of …", "He is a senior fellow at …": a role said of a pronoun at a sentence's start. */
const PRONOUN_ROLE = /(?:^|(?<=[.!?]\s+))(?:She|He)(?:['’]s|\s+is|\s+was)\s+((?:the|an?)\s+[^,;:“”".]{3,160}?)(?=,|;|\.|$|\s—|\s–)/gu;
/** A role in brackets after a name: "Jeremy Corbyn (head of the Labour Party in Britain)". */
const BRACKETED_ROLE_AFTER = /^\s+\(((?:the\s+|an?\s+)?\p{Ll}[\p{L}’'-]*(?:\s+[^()]{1,80})?)\)/u;
/** An editor's words in square brackets after a name in a quote, naming who they are: "Satya Nadella [Microsoft CEO] spends". */
const EDITOR_ROLE_AFTER = /^\s+\[([^[\]]{2,60})\]/u;
/** A role set off by dashes after a name: "John Bolton — Morrison’s supervisor — told him". */
const DASHED_ROLE_AFTER = /^\s+[—–]\s+((?:the\s+|an?\s+|his\s+|her\s+|\p{Lu}[\p{L}.-]*['’]s?\s+)[^—–,;:“”"()]{3,60}?)\s+[—–]/u;
const APPOSITIVE_AFTER = /^,\s+(?:who\s+(?:(?:is|was|has been)(?:\s+(?:then|now|currently|previously|formerly|later))?(?:\s+(?:serving|working)\s+as)?|serves as|works as|worked as)\s+(?=(?:the|an?)\s|[\p{L}]+\s+of\s|\p{Lu}[\p{L}.-]*['’]s\s)|(?=an?\s))((?:the\s+|an?\s+)?[^,;:“”"]{3,120}?)(?=,|;|\.?$|\s—|\s–)/u;
/**
 * A relative clause after a name that tells what the person does for a living by its verb, set off by
 * a comma: "said Ruffin, who owns a diversity and inclusion consulting firm and headed out …". The
 * clause is the role, verb included, up to the next verb joined by "and".
 */
const STATUS_CLAUSE_AFTER = /^,\s+who\s+((?:also\s+)?(?:owns|owned|runs|ran|heads|headed|leads|led|founded|co-founded|chairs|chaired|directs|directed|manages|managed|represents|represented|teaches|taught|coaches|coached)\s+(?:the|an?|his|her|their)\s+[^,;:“”"]{3,80}?)(?=,|;|\.?$|\s—|\s–|\s+and\s+\p{Ll}+ed\b)/u;
/** A role told by "is" right after a name: "Hege is the CEO of DH, the Spokane … firm" (the head must name a role: "Smith is the reason" is none). */
const COPULA_ROLE_AFTER = /^\s+(?:is|was|has been|serves as)\s+((?:the|an?)\s+[^,;:“”"]{3,80}?)(?=,|;|\.?$|\s—|\s–)/u;
const copulaRole = (rest: string): string | undefined => {
  // A relative clause after the role is no part of it: "a marketing and sales expert who has worked with IBM".
  const role = COPULA_ROLE_AFTER.exec(rest)?.[1]?.replace(/\s+(?:who|which|that)\s.*$/su, "");
  return role && headNamesARole(role) ? role : undefined;
};
/**
 * A phrase before a name that ends in when something happened is the clause's adverbial, not an office
 * set beside the name: "In a letter to the president in May, Zippy Duvall, …".
 */
const ENDS_IN_TIME = new RegExp(`\\s(?:in|on|last|this|next|since)\\s+(?:(?:${alternation([...TIME_NAMES])})\\.?|\\d{4}|week|month|year)$`, "i");
/** An office in capitals opening the sentence, set off before the name by a comma: "Senate Leader, Ahmad Lawan raises a motion". */
const TITLE_OPENING = /^((?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*)\s*,\s*$/u;
/** A role whose town is tagged with its state, set before a name: "The Mandan, North Dakota, police chief, ". */
const TOWN_TAGGED_ROLE = /(?:^|\s)[Tt]he\s+(\p{Lu}[\p{L}.]*,\s+(?:\p{Lu}[\p{L}.]*\s+){0,2}\p{Lu}[\p{L}.]*,\s+(?:[\p{L}.]+\s+){0,3}[\p{L}.]+)\s*,\s*$/u;
const APPOSITIVE_BEFORE = /(?:^|\s)(?:(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]he|[Aa]nother|[Oo]ne)\s+((?:[\p{L}\p{N}.]+(?:['’]s)?\s+){0,4}?[\p{L}.-]+)|(\p{Lu}[\p{L}.-]*['’]s?\s+(?:[\p{L}.]+\s+){0,2}?[\p{L}.-]+))\s*,\s*$/u;

/**
 * The role set before a name and a comma: the shortest phrase from a determiner or a possessive whose
 * head names a role ("the prospects of Taiwan’s incumbent president, Tsai Ing-wen": not the prospects),
 * or a title that opens the sentence ("Deputy Director, Jan Ek said"). A town tagged with its state may
 * stand in it ("The Mandan, North Dakota, police chief, Jason Ziegler").
 */
function appositiveBefore(before: string): string | undefined {
  for (let from = 0; from < before.length; ) {
    const lead = APPOSITIVE_BEFORE.exec(before.slice(from));
    if (!lead) break;
    const led = lead[1] ?? lead[2];
    if (headNamesARole(led) && !ENDS_IN_TIME.test(led)) return led;
    from += lead.index + 1;
  }
  const tagged = TOWN_TAGGED_ROLE.exec(before)?.[1];
  if (tagged && headNamesARole(tagged)) return tagged;
  const opening = TITLE_OPENING.exec(before)?.[1];
  return opening && headNamesARole(opening) && !ENDS_IN_TIME.test(opening) ? opening : undefined;
}

/**
 * Finds people (and the organizations named by acronyms) in the corpus, with their roles as the
 * articles state them and every sentence that mentions them.
 *
 * @example findEntities(corpus).find((e) => e.aliases.includes("Homan"))?.roles
 */
export function findEntities(corpus: Corpus): Entity[] {
  const people = new Map<string, Entity>();
  const sentences = corpus.sentences.filter((s) => !s.boilerplate);
  // Tokenized afresh in each pass: keeping a million tokens between passes costs more memory than time.
  const tokensOf = (s: Sentence) => tokenize(s.text);

  const speakers = personSurnames(sentences);
  const alone = namesWrittenAlone(sentences);
  const wordsToo = givenNamesWrittenLower(sentences);
  // Names found somewhere other than a sentence's first word: "Now Assange faces" opens only sentences.
  const namedInside = new Set<string>();
  for (const s of sentences) {
    const tokens = tokensOf(s);
    for (const hit of findPeople(s.text, tokens, speakers, alone, wordsToo)) {
      const key = hit.name.toLowerCase();
      if (hit.tokenIndex > 0) namedInside.add(key);
      if (!people.has(key)) {
        const parts = hit.name.split(" ");
        // A surname takes its particles, capitalized or not: "Van Der Beek", "de Blasio".
        let first = parts.length - 1;
        while (first > 0 && NAME_PARTICLES.has(parts[first - 1].toLowerCase())) first--;
        const surname = parts.slice(first).join(" ");
        people.set(key, { id: `person:${key.replace(/\s+/g, "-")}`, kind: "person", name: hit.name, aliases: [hit.name, surname], roles: [], mentions: [], docs: [] });
      }
    }
  }
  const surnamesGiven = new Map<string, number>();
  for (const p of people.values()) {
    const surname = p.name.slice(p.name.lastIndexOf(" ") + 1);
    surnamesGiven.set(surname, (surnamesGiven.get(surname) ?? 0) + 1);
  }
  for (const [key, p] of people) if (!namedInside.has(key) && opensOnlyBeforeSurname(p, surnamesGiven)) people.delete(key);
  // "Donald J. Trump" (an embedded post's signature) where the articles also write "Donald Trump" is that
  // one person, known by both; two entries would each lose the surname they share.
  for (const [key, p] of people) {
    if (!INITIAL_IN_NAME.test(p.name)) continue;
    const plain = people.get(withoutInitials(p.name).toLowerCase());
    if (!plain || plain === p) continue;
    plain.aliases.push(p.name);
    people.delete(key);
  }
  // A surname shared by two people is no alias of either; a short form of a given name is one person
  // ("Tim Morrison" and "Timothy Morrison", as two papers write him), who keeps it.
  const bySurname = new Map<string, string[]>();
  for (const p of people.values()) pushTo(bySurname, p.aliases[1], p.name.slice(0, p.name.length - p.aliases[1].length).trim().toLowerCase());
  const shared = (surname: string) => {
    const given = [...new Set(bySurname.get(surname) ?? [])];
    return given.length > 1 && !given.every((g) => given.every((h) => shortForm(g, h)));
  };
  // Nor is a pronoun ("Liu He"): each "He" would be him.
  for (const p of people.values()) if (shared(p.aliases[1]) || p.aliases[1] === p.name || SURNAME_PRONOUNS.has(p.aliases[1])) p.aliases.length = 1;
  // "Steny H. Hoyer" is also "Steny Hoyer", "J. David Cox" also "David Cox".
  for (const p of people.values()) if (INITIAL_IN_NAME.test(p.name)) p.aliases.push(withoutInitials(p.name));

  const index = new AliasIndex(people.values());
  // An article that has named someone in full may go on by their given name alone ("Jose is one of the
  // world's most accomplished managers"): one person of the article per given name, ambiguous ones none.
  let article = "";
  const givenInArticle = new Map<string, Entity | null>();
  for (const s of sentences) {
    const tokens = tokensOf(s);
    const spans = index.find(s.text, tokens);
    const blocked = new Set<number>();
    for (const m of spans) for (let k = m.from; k <= m.to; k++) blocked.add(k);
    if (s.doc !== article) {
      article = s.doc;
      givenInArticle.clear();
    }
    for (let k = 0; k < tokens.length; k++) {
      const e = givenInArticle.get(bare(tokens[k].word));
      const joined = k + 1 < tokens.length && tight(s.text, tokens[k], tokens[k + 1]) && isCapitalized(tokens[k + 1].word);
      if (e && !blocked.has(k) && !joined && e.mentions[e.mentions.length - 1] !== s.id) e.mentions.push(s.id);
    }
    for (const m of spans) {
      const given = m.entity.name.split(" ");
      if (given.length < 2 || m.entity.kind !== "person") continue;
      const seen = givenInArticle.get(given[0]);
      givenInArticle.set(given[0], seen === undefined || seen === m.entity ? m.entity : null);
    }
    for (const m of spans) {
      const e = m.entity;
      if (e.mentions[e.mentions.length - 1] !== s.id) e.mentions.push(s.id);
      if (!e.docs.includes(s.doc)) e.docs.push(s.doc);
      const before = titleBefore(s.text, tokens, m.from, blocked);
      const roles: string[] = [];
      if (before) roles.push(before);
      // "McAleenan, who was the acting director of … Security and Alex Azar, the … secretary": a role
      // ends before "and" and the next person named.
      const next = spans.find((n) => n.from > m.to && n.entity !== e);
      const upTo = next ? s.text.slice(tokens[m.to].end, tokens[next.from].start) : "";
      const rest = withoutStateTag(next && /\s(?:and|or)\s+$/.test(upTo) ? upTo.replace(/,?\s+(?:and|or)\s+$/, "") : s.text.slice(tokens[m.to].end));
      const dashed = DASHED_ROLE_AFTER.exec(rest)?.[1];
      const bracketed = BRACKETED_ROLE_AFTER.exec(rest)?.[1];
      const edited = EDITOR_ROLE_AFTER.exec(rest)?.[1];
      // "Zimmer, King, Zipperman and …": a name right after a comma, the list going on after it, is the next
      // one listed, no office, unless it is the one an office is of ("Ann Lee, Tom Ray's lawyer").
      const listedNext = next !== undefined && next.entity.kind === "person" && /^\s*,\s*$/.test(upTo) && !/['’]s?$/.test(tokens[next.to].word) && /^\s*(?:,|and\s|or\s)/.test(s.text.slice(tokens[next.to].end));
      const after = listedNext ? undefined : APPOSITIVE_AFTER.exec(rest)?.[1] ?? titledAfter(rest.slice(0, 160)) ?? APPOINTED_AS.exec(rest.slice(0, 160))?.[1] ?? TAKEN_ON_AS.exec(rest.slice(0, 160))?.[1] ?? JOINED_AS.exec(rest.slice(0, 160))?.[1] ?? KNOWN_AS.exec(rest)?.[1] ?? STATUS_CLAUSE_AFTER.exec(rest)?.[1] ?? copulaRole(rest) ?? (dashed && namesARole(dashed) ? dashed : undefined) ?? (bracketed && namesARole(bracketed) ? bracketed : undefined) ?? (edited && namesARole(edited) ? edited : undefined);
      const apposed = after || listedNext ? null : roleAfter(rest) ?? bareRoleAfter(rest);
      // A relative clause after the role is no part of it ("an expert … who did not work on the study").
      if (after) roles.push(withEmployer(after.replace(/\s+(?:who|which|that)\s.*$/s, "").trim(), rest));
      // Or a title word before a head that is what the office is of ("senior vp partnerships and revenue at Ubisoft").
      else if (apposed && (isRoleNoun(apposed[2]) || isCapitalizedPersonNoun(apposed[2]) || words(apposed[1].slice(0, apposed[1].indexOf(apposed[2]))).some((w) => TITLE_WORDS.has(w)))) roles.push(apposed[1].trim());
      const led = appositiveBefore(s.text.slice(0, tokens[m.from].start));
      if (led) roles.push(led);
      // "Dr. Joneigh Khaldun of the Michigan Department of Health and Human Services says": with no role
      // stated, the body a person speaks for is who they are.
      const body = roles.length ? undefined : OF_BODY.exec(rest)?.[1].replace(/\s+(?:of|and|for|the|on)$/, "");
      // A body's initials ("Robin Biesbroek of the CDF") name one too: a place is never written so.
      // The sentence's full stop after the body's last word is no part of it ("of Washington’s Puyallup Tribe.").
      if (body && (body.split(/\s+/).some((w) => ORG_WORDS.has(w.toLowerCase().replace(/\.$/, ""))) || /^\p{Lu}{2,6}\.?$/u.test(body))) roles.push(body.replace(/\.$/, ""));
      for (const r of roles) if (!e.roles.some((x) => x.text === r && sameDoc(corpus, x.sentence, s.id))) e.roles.push({ text: r, sentence: s.id });
    }
  }
  // "… says Katie Allen. She's the director of the Center for Food and Allergy Research": a role
  // given by a pronoun in the next sentence is the role of the one person the sentence before names.
  // The splitter may leave both in one sentence ("… says Katie Allen, MD, PhD. She's the director …").
  for (const s of sentences) {
    for (const m of s.text.matchAll(PRONOUN_ROLE)) {
      const role = m[1].trim();
      if (!namesARole(role)) continue;
      const prev = corpus.sentences.at(s.id - 1);
      const before = m.index! > 0 ? s.text.slice(0, m.index!) : prev && prev.doc === s.doc && prev.paragraph === s.paragraph ? prev.text : "";
      const named = [...new Set(index.find(before, tokenize(before)).map((x) => x.entity))];
      if (named.length === 1 && !named[0].roles.some((r) => r.text === role)) named[0].roles.push({ text: role, sentence: s.id });
    }
  }
  // A role copied onto each member of a list ("City Council members Rebecca Kaplan, Desley Brooks, and Noel Gallo").
  for (const s of sentences) {
    const tokens = tokensOf(s);
    const hits = findPeople(s.text, tokens);
    for (let h = 1; h < hits.length; h++) {
      const headRole = people.get(hits[0].name.toLowerCase())?.roles.find((r) => r.sentence === s.id);
      const joined = /^[\s,]*(?:and\s+)?$/.test(s.text.slice(hits[h - 1].end, hits[h].start));
      const target = people.get(hits[h].name.toLowerCase());
      if (!headRole || !joined || !target || titleBefore(s.text, tokens, hits[h].tokenIndex, new Set())) continue;
      if (!/s$/.test(headRole.text)) continue;
      if (!target.roles.some((r) => r.text === headRole.text)) target.roles.push({ ...headRole });
    }
  }
  return [...people.values()].filter((e) => e.mentions.length > 0 && !neverBySurname(corpus, e));
}

/** Whether one given name is the other or a short form of it of at least three letters ("Tim": Timothy, "Alex": Alexander). */
function shortForm(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short === long || (short.length >= SHORT_FORM_MIN && !short.includes(" ") && long.startsWith(short));
}
const SHORT_FORM_MIN = 3;

/** Mentions of a "person" always by the full name, never the surname alone, that make it a company's name ("Whole Foods said"). */
const FULL_NAME_ONLY_MENTIONS = 4;

/**
 * Whether a name taken for a person's is one the articles never shorten: people named a few times are
 * called by their surname ("Bassi said"), a company keeps its whole name ("Whole Foods said").
 */
function neverBySurname(corpus: Corpus, e: Entity): boolean {
  if (e.aliases.length < 2 || e.mentions.length < FULL_NAME_ONLY_MENTIONS) return false;
  return e.mentions.every((id) => corpus.sentences.get(id).text.includes(e.name));
}

function sameDoc(corpus: Corpus, a: number, b: number): boolean {
  return corpus.sentences.get(a).doc === corpus.sentences.get(b).doc;
}

interface MentionSpan {
  entity: Entity;
  from: number;
  to: number;
}

/**
 * Finds mentions of many names in tokenized text in one pass: names are grouped by their first word,
 * so each token is checked only against the names that start with it, longest first.
 */
class AliasIndex {
  private readonly byFirst = new Map<string, Array<{ entity: Entity; parts: string[] }>>();

  constructor(entities: Iterable<Entity>) {
    for (const entity of entities) {
      for (const alias of entity.aliases) {
        const parts = alias.split(" ");
        const list = this.byFirst.get(parts[0]) ?? [];
        list.push({ entity, parts });
        this.byFirst.set(parts[0], list);
      }
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.parts.length - a.parts.length);
  }

  find(text: string, tokens: Token[]): MentionSpan[] {
    const out: MentionSpan[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const candidates = this.byFirst.get(bare(tokens[i].word));
      if (!candidates) continue;
      for (const { entity, parts } of candidates) {
        if (i + parts.length > tokens.length) continue;
        let ok = true;
        for (let k = 1; k < parts.length && ok; k++) ok = bare(tokens[i + k].word) === parts[k] && tight(text, tokens[i + k - 1], tokens[i + k]);
        if (!ok) continue;
        // A surname that is a title ("Judge" of Rosa Judge) before another name is the title: "County Judge Amos Webb".
        const next = tokens[i + parts.length];
        if (parts.length === 1 && TITLE_WORDS.has(parts[0].toLowerCase()) && next && tight(text, tokens[i], next) && isNameWord(bare(next.word))) continue;
        out.push({ entity, from: i, to: i + parts.length - 1 });
        i += parts.length - 1;
        break;
      }
    }
    return out;
  }
}

/**
 * Acronyms the articles define or imply, mapped to their long forms: "Immigration and Customs
 * Enforcement (ICE)", "DOE (Department of Energy)", and a capitalized phrase whose initials spell an
 * acronym the same article uses ("LA"), not a person's name.
 */
export function findAcronyms(corpus: Corpus, people: ReadonlySet<string> = new Set()): Map<string, string> {
  const out = new Map<string, string>();
  const text = corpus.sentences.filter((s) => !s.boilerplate).map((s) => s.text).join("\n");
  for (const m of text.matchAll(/((?:[\p{Lu}][\p{L}]+\s+(?:(?:of|and|for|the)\s+)?){1,6})\(([\p{Lu}]{2,6})\)/gu)) {
    const words = m[1].trim().split(/\s+/);
    const acronym = m[2];
    const phrases = words.map((_, k) => words.slice(k));
    const exact = phrases.find((phrase) => spellsAcronym(phrase, acronym));
    // "The New York State Attorney General (NYAG)": a bracketed acronym may leave out one inner word's initial.
    const loose = exact ?? phrases.find((phrase) => acronym.length >= 3 && skipsOneInnerInitial(initialsOf(phrase), acronym));
    if (loose) out.set(acronym, loose.join(" "));
  }
  // "DOE (Department of Energy)": the acronym first, its long form in brackets.
  for (const m of text.matchAll(/\b(\p{Lu}{2,6})\s+\(((?:\p{Lu}\p{L}+|of|and|for|the)(?:\s+(?:\p{Lu}\p{L}+|of|and|for|the)){1,6})\)/gu)) {
    const [, acronym, long] = m;
    const phrase = long.split(/\s+/);
    if (!out.has(acronym) && spellsAcronym(phrase, acronym)) out.set(acronym, long);
  }
  // "dinitrophenol, known as DNP": the words before it whose initials spell it, else the one word before.
  // Found by the marker first, then the words before it: one regex spanning the words would backtrack at every word of the corpus.
  for (const m of text.matchAll(/,?\s+(?:known as|also called)\s+(\p{Lu}{2,6})\b/gu)) {
    const words = text.slice(Math.max(0, m.index! - 80), m.index!).split(/\s+/).filter((w) => /^[\p{L}-]+$/u.test(w)).slice(-6);
    const acronym = m[1];
    if (!words.length) continue;
    if (out.has(acronym)) continue;
    const k = words.findIndex((_, i) => words.slice(i).map((w) => w[0].toUpperCase()).join("") === acronym);
    if (k >= 0) out.set(acronym, words.slice(k).join(" "));
    else if (words[words.length - 1].length > acronym.length) out.set(acronym, words[words.length - 1]);
  }
  // A phrase whose initials spell an acronym the same article uses ("Los Angeles" where it writes "LA",
  // "Centers for Disease Control" where it writes "CDC"):
  // "Vladimir Putin" in one article is no "VP" of another's "VP debate", nor a person's name ("JP Austin") anyone's initials.
  const acronymDocs = new Map<string, Set<string>>();
  const dottedDocs = new Map<string, Set<string>>();
  const phraseDocs = new Map<string, Set<string>>();
  const counts = new Map<string, number>();
  for (const s of corpus.sentences) {
    if (s.boilerplate) continue;
    for (const a of s.text.match(/\b\p{Lu}{2,5}\b/gu) ?? []) addTo(acronymDocs, a, s.doc);
    // "U.N." is the acronym "UN" ("leave the un" asks of the "United Nations"); not "U.S.", whose letters
    // are a stop word. A place's ("L.A.", "S.C.") is left to the place: each long form becomes a body's name.
    for (const a of s.text.match(/\b(?:\p{Lu}\.){2,5}/gu) ?? []) {
      const plain = a.replace(/\./g, "");
      if (!STOP_WORDS.has(plain.toLowerCase())) addTo(dottedDocs, plain, s.doc);
    }
    // A sentence's opening article is no part of the name ("The Centers for Disease Control recommends").
    for (const p of s.text.match(/\b(?!The\s)\p{Lu}\p{Ll}+(?:\s+(?:of\s+|and\s+|for\s+)?\p{Lu}\p{Ll}+){1,4}/gu) ?? []) {
      counts.set(p, (counts.get(p) ?? 0) + 1);
      addTo(phraseDocs, p, s.doc);
    }
  }
  const byFrequency = [...counts].sort((a, b) => b[1] - a[1]);
  for (const [p] of byFrequency) {
    const initials = p.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join("");
    const docs = acronymDocs.get(initials) ?? (isPlaceName(p) ? undefined : dottedDocs.get(initials));
    if (docs && !out.has(initials) && !people.has(p) && [...phraseDocs.get(p)!].some((d) => docs.has(d))) out.set(initials, p);
  }
  return out;
}

/** The initials of a phrase's capitalized words ("Department of Energy": DE). */
function initialsOf(phrase: string[]): string {
  return phrase.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join("");
}

/** Whether an acronym is a phrase's capitalized words' initials, or every word's ("DOE" of "Department of Energy"). */
function spellsAcronym(phrase: string[], acronym: string): boolean {
  return initialsOf(phrase) === acronym || phrase.map((w) => w[0].toUpperCase()).join("") === acronym;
}

/** Whether an acronym is a phrase's initials with one left out, neither the first nor the last ("NYAG" of "NYSAG"). */
function skipsOneInnerInitial(initials: string, acronym: string): boolean {
  if (initials.length !== acronym.length + 1) return false;
  for (let i = 1; i < initials.length - 1; i++) if (initials.slice(0, i) + initials.slice(i + 1) === acronym) return true;
  return false;
}

/**
 * Organizations: capitalized phrases ending in an organization word ("Oakland Police Department",
 * "U.S. Conference of Mayors") and the acronyms defined for them.
 */
export function findOrganizations(corpus: Corpus, acronyms: Map<string, string>): Entity[] {
  const orgs = new Map<string, Entity>();
  const sentences = corpus.sentences.filter((s) => !s.boilerplate);
  const phrase = /\b(?:U\.S\.\s+|The\s+(?=\p{Lu}))?(?:\p{Lu}[\p{L}]*\s+(?:(?:of|and|for)\s+)?){0,5}\p{Lu}[\p{L}]*/gu;
  const ensure = (name: string, aliases: string[]) => {
    const key = name.replace(/^U\.S\.\s+/, "").toLowerCase();
    let e = orgs.get(key);
    if (!e) orgs.set(key, (e = { id: `org:${key.replace(/[^a-z0-9]+/g, "-")}`, kind: "organization", name, aliases: [name, ...aliases], roles: [], mentions: [], docs: [] }));
    return e;
  };
  for (const [acronym, long] of acronyms) ensure(long, [acronym]);
  for (const s of sentences) {
    for (const m of s.text.matchAll(phrase)) {
      const name = m[0].replace(/^The\s+/, "").trim();
      const last = name.split(/\s+/).pop()!.toLowerCase();
      if (name.split(/\s+/).length >= 2 && (ORG_WORDS.has(last) || /^(?:mayors|states)$/.test(last) && /conference|united/i.test(name))) ensure(name, []);
    }
  }
  const names = [...orgs.values()].map((e) => e.name);
  for (const [key, e] of orgs) {
    const partOfLonger = names.some((n) => n !== e.name && n.endsWith(" " + e.name));
    if (partOfLonger && e.aliases.length === 1) orgs.delete(key);
  }
  const index = new AliasIndex(orgs.values());
  for (const s of sentences) {
    for (const { entity: e } of index.find(s.text, tokenize(s.text))) {
      if (e.mentions[e.mentions.length - 1] === s.id) continue;
      e.mentions.push(s.id);
      if (e.docs[e.docs.length - 1] !== s.doc && !e.docs.includes(s.doc)) e.docs.push(s.doc);
    }
  }
  return [...orgs.values()].filter((e) => e.mentions.length > 0);
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
