import { distance } from "fastest-levenshtein";
import { memo, onceFor } from "../collections.js";
import type { Sentence } from "../corpus/load.js";
import type { Knowledge } from "../index/knowledge.js";
import { STOP_WORDS, fold, indexTerm, normalizeWord, termsOf, words } from "../index/terms.js";
import { CALLING_OFF_VERBS, CHANGE_DIRECTION_WORDS, COMPANY_FORMS, NAME_PARTICLES, alternation, INCEPTIVE_VERBS, LEAVING_VERBS, STAYING_VERBS, MODEL_CODE, LIGHT_VERBS, TERMINATIVE_VERBS, MAKING_VERBS, MEASURE_NOUNS, MONEY_NOUNS, MONTHS, PEOPLE_NOUNS, PLACEMENT_VERBS, PRONOUNS, PUBLISHING_VERBS, REASON_GIVEN, SOURCE_VERBS, SPEAKING_VERBS, WRITTEN_WORKS, SPEECH_VERBS, TIME_NAMES, TITLE_WORDS, oppositeDirectionWords, sameDirectionVerbs } from "../lexicon/english.js";
import { inflections, regularForms, tag, wordForms, type Tagged } from "../lexicon/nlp.js";
import { broaderNouns, isAdjective, isKindOf, joinedPhrasalNouns, isCapitalizedPersonNoun, isNoun, isPersonNoun, isPlaceName, isVerb, nounLemma, reverseSynonyms, synonyms, type WordClass } from "../lexicon/wordnet.js";
import type { Understood } from "../questions/understand.js";
import { DATE_TEXT, POST_SIGNATURE, YEAR, docTerms, goesOnAbout, neighbours, sectionHeading } from "./rank.js";
import { nameIndex } from "./resolve.js";
import { statesBeatingByLoss, statesByConverse, statesMeetingByEvent, statesPlayingByGame, verbForms } from "./doer.js";
import { escapeRegExp } from "../entities/extract.js";
import { asksChange, figuresOf, fits, statesMeasure } from "./figures.js";
import { adjectivesPertainingTo, agentNounForms, agentNouns, derivedForms, implyingVerbs, phrasalMeaningsAsked, softOfQuestion, statesByMotion, statesByPhrasal, statesByPlacement, pricesAsked, statesEarningBySum, statesPriceBySum, statesPricePerUnit, usedOnlyInPhrasal } from "./soft.js";
import { WEIGHTS } from "./weights.js";

/** Why a passage may not answer a question: a rule's name and what it found missing. */
export interface Refusal {
  rule: "predicate_absent" | "predicate_of_other" | "answer_elsewhere" | "predicate_planned" | "predicate_prevented" | "relation_absent" | "name_absent" | "answer_unknown";
  missing: string;
}

/**
 * Stage 7 of the answer path: whether a passage may answer, by one rule. It may not when a relation
 * the question asks about (its predicate: "become", "leave", "replace") is absent from the passage and
 * the sentences around it (exactly, in any inflection, or by a WordNet synonym), or a name it gives is
 * absent from the passage's article. A trap (the same people and places, a fact the articles never
 * state) is declined rather than answered with a date or a figure that belongs to something else.
 *
 * @example refusalFor(kb, understandQuestion(corpus, "when did Karen Bass become mayor"), passage) // { rule: "predicate_absent", missing: "become" }
 */
export function refusalFor(kb: Knowledge, q: Understood, passage: Sentence): Refusal | null {
  const untold = agentUntold(q, passage.text);
  if (untold) return { rule: "answer_unknown", missing: untold };
  // "why did the rocket explode": "investigators seek to determine the cause", with no reason beside it.
  if (q.asksWhy && causeStillSought(passage.text)) return { rule: "answer_unknown", missing: "why" };
  // A model's number after its maker's name is a code too ("Boeing 747"); not a range's first end ("GT 0 to 60").
  const codes = [...words(q.normalized).filter((w) => MODEL_CODE.test(w)), ...[...q.normalized.matchAll(MODEL_NUMBERED)].map((m) => m[1])];
  if (!q.predicate.length && !q.named.length && !q.relationNouns.length && !codes.length && !q.normalized.match(MONTH_ASKED)) return null;
  const window = [passage, ...neighbours(kb, passage)];
  const title = kb.docs.get(passage.doc)?.title ?? "";
  const terms = new Set<string>();
  for (const s of window) for (const t of kb.terms.of(s.id)) terms.add(t);
  for (const t of termsOf(title)) terms.add(t);
  // The window's words as written, split once for every relation word checked against them; and the
  // headline's, as its terms are ("Husband springs for business class flight to India": flying).
  const said = new Set([...window.map((s) => s.text), title].flatMap((t) => t.toLowerCase().match(/\p{L}+/gu) ?? []));
  // A model asked of ("the 777x order") names one thing exactly: a passage of another ("an order of 50 Airbus A350-900 jets") is no answer, whatever its article says elsewhere.
  const otherModel = codes.find((c) => !terms.has(termsOf(c)[0] ?? c));
  if (otherModel) return { rule: "name_absent", missing: otherModel };
  // A title quoted in title case ("“Long Train Running”") names a work: its words state no act.
  const texts = window.map((s) => s.text.replace(QUOTED_TITLE, "“”"));
  const titled = texts.some((t, i) => t !== window[i].text);
  const actTerms = titled ? new Set([...texts, title].flatMap((t) => termsOf(t))) : terms;
  const actSaid = titled ? new Set([...texts, title].flatMap((t) => t.toLowerCase().match(/\p{L}+/gu) ?? [])) : said;
  const inCompounds = compoundOnly(texts);
  const statesAsVerb = (verb: string) => statesVerb(verb, actTerms, actSaid, inCompounds) && statesVerbButAsNoun(verb, texts, actTerms, actSaid, inCompounds);
  for (const verb of q.predicate) {
    // "try to win over a Brexit-weary electorate" states no winning.
    const statedItself = statesAsVerb(verb) && !usedOnlyInPhrasal(verb, texts, q.normalized);
    const meanings = phrasalMeaningsAsked(q.normalized, verb);
    // A light verb's phrasal says more in its further senses ("come out": be issued, so "plans to release
    // … in 2020"), which only the passage itself may state: "contractual issues" beside it is no issuing.
    const further = LIGHT_VERBS.has(verb) ? phrasalMeaningsAsked(q.normalized, verb, WEIGHTS.decide.lightPhrasalSenses).filter((m) => !meanings.includes(m)) : [];
    const saysFurther = (m: string) => {
      const own = new Set(passage.text.toLowerCase().match(/\p{L}+/gu) ?? []);
      return statesVerb(m, new Set(kb.terms.of(passage.id)), own, compoundOnly([passage.text])) || reverseSynonyms(m, "verb", WEIGHTS.decide.lightPhrasalReverseSenses).some((v) => wordForms(v, "verb").some((f) => own.has(f)));
    };
    const stated = statedItself || meanings.some(statesAsVerb) || further.some(saysFurther);
    if (!stated && !STATED_OTHERWISE.some((way) => way(verb, texts, q))) return { rule: "predicate_absent", missing: verb };
    if (ASKS_OF_SOMEONE.has(q.intent) && !CALLING_OFF_VERBS.includes(verb) && toldOnlyAsCalledOff(verb, texts)) return { rule: "predicate_absent", missing: verb };
    // "when did Benioff found Salesforce": "Salesforce founder Marc Benioff" names who did it, not when;
    // "when did she win her Oscar": "Oscar-winning actress" names her by it, and dates nothing.
    const doers = q.intent === "when" ? agentNounForms(verb).flatMap((n) => [n, `${n}s`]).filter((w) => said.has(w)) : [];
    const compounded = q.intent === "when" ? wordForms(verb, "verb").filter((f) => inCompounds.has(indexTerm(f) ?? f)) : [];
    const naming = [...doers, ...compounded];
    if (naming.length && statedItself && !statesVerb(verb, termsBut(terms, naming), withoutAll(said, naming), compounded.length ? new Set() : inCompounds)) return { rule: "predicate_absent", missing: verb };
    // A reason may still be given beside it ("why ships wreck remains unclear, but fog … is thought to contribute").
    // "what caused the explosion": "investigators seek to determine the cause" says the cause is not known.
    if ((ASKS_FACT.has(q.intent) || verb === "cause") && saysUnknown(passage.text, () => [verb, ...phrasalMeaningsAsked(q.normalized, verb), ...synonyms(verb, "verb", 1, 1)])) return { rule: "answer_unknown", missing: verb };
    // A passive question names who it was done to ("was Pence deployed"): someone else before an active
    // verb is its doer, so only the passage's passive uses count ("Pochettino was sacked" is not Mourinho).
    if (ASKS_OF_SOMEONE.has(q.intent) && saidOfSomeoneElse(kb, texts, verb, q.named, PASSIVE_QUESTION.test(q.normalized))) return { rule: "predicate_of_other", missing: verb };
    if (ASKS_OF_SOMEONE.has(q.intent) && !PASSIVE_QUESTION.test(q.normalized) && doneByAnotherName(kb, [passage.text], verb, q.named)) return { rule: "predicate_of_other", missing: verb };
    if (ASKS_OF_SOMEONE.has(q.intent) && !PASSIVE_QUESTION.test(q.normalized) && doneTheOtherWay(kb, q, [passage.text], verb)) return { rule: "predicate_of_other", missing: verb };
  }
  // "what did his mother die of": "of" or "from" left at a question's end (a cause, a material) follows the
  // asked verb in the passage ("died of cancer"); "My mother died a Christian" tells no cause. Other
  // prepositions are too often said otherwise ("looking at": "examining").
  const stranded = (q.intent === "what" || q.intent === "search") && q.predicate.length ? STRANDED_PREPOSITION.exec(q.normalized)?.[1] : undefined;
  if (stranded && !texts.some((t) => new RegExp(`\\b(?:${verbForms(q.predicate)})\\b[^,;.]{0,${STRANDED_REACH}}?\\b${stranded}\\b`, "i").test(t))) return { rule: "predicate_absent", missing: `${q.predicate.at(-1)} ${stranded}` };
  // "how much did sales drop": a passage that itself tells a change the other way ("fleet sales … began
  // trending upwards") is no answer, whatever its neighbour says.
  const turned = q.intent === "howmany" ? q.predicate.find((verb) => changesTheOtherWay(passage.text, verb)) : undefined;
  if (turned) return { rule: "predicate_absent", missing: turned };
  // "how much did reading scores rise": what changed is named where the change is told; a passage that
  // never says "scores" tells another thing's rise ("a 19 percent increase in their student population").
  // The passage itself, where its figure is: a neighbour's "scores" is not what its figure measures.
  // A passage opening on a pronoun ("That's down by 6.6 per cent") tells of what the sentence before named.
  const changed = changedThing(q);
  const figureSaid = changed ? [passage, ...(OPENS_ON_PRONOUN.test(passage.text) ? neighbours(kb, passage).filter((n) => n.id === passage.id - 1) : [])] : [];
  const ownSaid = new Set(figureSaid.flatMap((s) => s.text.toLowerCase().match(/\p{L}+/gu) ?? []));
  if (changed && !states(changed, "noun", new Set(figureSaid.flatMap((s) => kb.terms.of(s.id))), ownSaid, inCompounds) && !thingKinds(nounLemma(changed)).some((b) => ownSaid.has(b))) return { rule: "relation_absent", missing: changed };
  const withheld = undisclosed(q, passage.text);
  if (withheld) return { rule: "answer_unknown", missing: withheld };
  for (const noun of q.relationNouns) {
    // What the noun's commonest sense is a kind of states it too: "Gabor's house" is the home the listing is of.
    const broader = thingKinds(nounLemma(noun)).some((b) => said.has(b));
    // A sum for each unit of a thing is its price ("Spot gold was little changed at $1,173.72 an ounce").
    const perUnit = PRICE_NOUNS.has(noun) && statesPricePerUnit(texts);
    if (!states(noun, "noun", terms, said, inCompounds) && !broader && !perUnit && !texts.some((t) => statesMeasure(noun, t))) return { rule: "relation_absent", missing: noun };
    // "what is Yovanovitch's salary": a sum is asked; "her net worth far exceeded her salary" names it and gives none.
    if (q.intent === "what" && MONEY_NOUNS.includes(noun) && !texts.some((t) => figuresOf(t, "").some((f) => fits(t, f, { kind: "money" })))) return { rule: "answer_elsewhere", missing: noun };
    // So is a measure ("what is Nigeria's population"): "population growth" gives none.
    if (q.intent === "what" && Object.hasOwn(MEASURE_NOUNS, noun) && MEASURE_NOUNS[noun].lead && !texts.some((t) => statesMeasure(noun, t))) return { rule: "answer_elsewhere", missing: noun };
  }
  // "how many votes did Hillary win overall": a passage that scopes its figure to one place ("In Washington,
  // Hillary won 8 electoral votes") tells a part, not the whole asked.
  const scope = ASKS_WHOLE.test(q.normalized) ? SCOPED_TO_PLACE.exec(passage.text)?.[1] : undefined;
  if (scope && !q.named.some((n) => fold(n) === fold(scope))) return { rule: "relation_absent", missing: ASKS_WHOLE.exec(q.normalized)![0] };
  // "which animal hibernates longest": a superlative asked must be in the passage, as written or by a
  // synonym's ("largest" for "biggest"); a passage about hibernating animals tells of no longest.
  const superlative = superlativesAsked(q.normalized).find((base) => !superlativeSaid(base, said));
  if (superlative) return { rule: "relation_absent", missing: superlative };
  // A section's heading names what its paragraphs are about ("Nat Turner’s Bible" over "“It’s been in the family since 1912 …”").
  const heading = sectionHeading(kb, passage);
  // "in Britain" is written "in British elections": a name stated by its adjective is no rival place.
  const pertaining = q.named.flatMap((name) => adjectivesPertainingTo(kb.corpus, name));
  // Names are looked for in the whole article: a report names the museum once, then speaks of "the attack".
  const article = docTerms(kb, passage.doc);
  // A place the article names elsewhere ("fighting in Senkata") is not denied by the sentence before ("protests in Bolivia"): only the passage itself may place it elsewhere.
  const placed = (name: string) => article.has(indexTerm(name) ?? name);
  const rival = rivalName(q.normalized, passage.text) ?? rivalSibling(q.normalized, texts) ?? (ASKS_OF_SOMEONE.has(q.intent) ? phraseWrittenElsewhere(kb, q.normalized, [...texts, title, heading?.text ?? ""], passage.doc) : null) ?? rivalPlace(q.normalized, texts, terms, pertaining, placed, passage.text) ?? rivalYear(q.normalized, texts, kb.docs.get(passage.doc)?.published ?? null) ?? rivalMonth(q.normalized, texts) ?? rivalObject(q, passage.text, kb.acronyms) ?? rivalOrder(q.normalized, passage.text);
  if (rival) return { rule: "name_absent", missing: rival };
  const outOfReach = objectOutOfReach(q, [...window.map((s) => s.text), title].join(" ").toLowerCase());
  if (outOfReach) return { rule: "name_absent", missing: outOfReach };
  const elsewhere = q.intent === "who" ? anotherPlaceTold(q, passage.text, () => kb.docs.get(passage.doc)?.text() ?? "") : null;
  if (elsewhere) return { rule: "name_absent", missing: elsewhere };
  // A passage that names another person and not the one asked tells of that other one, though the one
  // asked is named beside it ("Christopher L. Tays: … no bond." then "Ryan S. Hollman: … $326,000 bond").
  const absentPerson = ASKS_OF_SOMEONE.has(q.intent)
    ? q.named.find((name) => personAbsent(kb, name, [...window, ...goesOnAbout(kb, passage), ...(heading ? [heading] : [])]) || (personAbsent(kb, name, [passage]) && namesSomeoneElse(kb, passage, q.named)))
    : undefined;
  if (absentPerson) return { rule: "name_absent", missing: absentPerson };
  // A figure is stated of its thing: asked how much the Treasury paid Microsoft, a passage whose sentences
  // around never name Microsoft ("… paid at least $1.4 billion in interest to big multinationals") gives
  // another's; unless the article is about it, and may speak of it as "it" or "the company" throughout.
  // So is whom someone did it to: "who did Brittany vote for" is not told by what the APA voted on.
  const ofNamed = q.intent === "howmany" || (q.intent === "who" && WHOM_OF_NAMED.test(q.normalized));
  // The sentences just before, and the one after ("Another 12 printers were hurt in the clashes. Police had blocked the protesters … in Westfield.").
  const beside = ofNamed ? [...Array.from({ length: WEIGHTS.decide.thingNamedBefore }, (_, k) => passage.id - k - 1), passage.id + 1].map((id) => kb.corpus.sentences.at(id)).filter((s): s is Sentence => s?.doc === passage.doc) : [];
  const around = ofNamed ? new Set([...terms, ...[...beside, ...(heading ? [heading] : [])].flatMap((s) => kb.terms.of(s.id))]) : terms;
  // A person asked of is read back through pronouns (`absentPerson`); so is one asked by their given name ("Bill Valdez": "said Valdez").
  const { byAlias, byFirstName, byLastName } = nameIndex(kb);
  // A family by its name is its people ("the Obamas").
  const isPerson = (name: string) => [fold(name), fold(name).replace(/s$/, "")].some((n) => [...(byAlias.get(n) ?? []), ...(byFirstName.get(n) ?? []), ...(byLastName.get(n) ?? [])].some((e) => e.kind === "person"));
  for (const name of q.named) {
    const alternatives = [indexTerm(name), ...termsOf(kb.acronyms.get(name) ?? ""), ...adjectivesPertainingTo(kb.corpus, name)].filter((t): t is string => Boolean(t));
    if (ofNamed && alternatives.length && !alternatives.some((t) => around.has(t)) && !isPlaceName(name) && !isAdjective(name.toLowerCase()) && !isPerson(name) && !articleIsAbout(kb, passage.doc, alternatives)) return { rule: "name_absent", missing: name };
    if (!alternatives.length || alternatives.some((t) => terms.has(t) || article.has(t))) continue;
    // "Libby" is stated where "Schaaf" is: a part of the full name of someone the article mentions.
    const folded = fold(name);
    if (kb.entities.some((e) => e.docs.includes(passage.doc) && fold(e.name).split(" ").includes(folded))) continue;
    return { rule: "name_absent", missing: name };
  }
  const unnamed = ASKS_OF_SOMEONE.has(q.intent) ? thingAbsent(kb, q, article, terms) : null;
  if (unnamed) return { rule: "relation_absent", missing: unnamed };
  const valued = VALUE_WORDS.exec(q.normalized)?.[0].toLowerCase();
  // "… coal trades at about $10 per short ton, … even after transportation costs": a price of the asked
  // thing is its cost, whatever other costs the sentence names.
  const priced = valued === "cost" && pricesAsked(passage.text, (t) => q.terms.includes(t) && !termsOf(valued).includes(t));
  if (valued && !priced && valueOfAnother(q, texts, valued)) return { rule: "predicate_of_other", missing: valued };
  const ofAnother = attributeOfAnother(q, texts.join(" "));
  if (ofAnother) return { rule: "predicate_of_other", missing: ofAnother };
  return null;
}

/** A sentence opening on a pronoun for what the one before named: "That's down by 6.6 per cent", "It rose". */
const OPENS_ON_PRONOUN = /^(?:It|It['’]s|That|That['’]s|This|These|Those|They)\b/;

/** "who did Brittany vote for", "whom did the Wild beat": whom a named subject did something to. */
const WHOM_OF_NAMED = /^(?:who|whom)\s+(?:did|does|do|will|would|has|have|had)\s+\p{Lu}/u;

/** Whether an article is about a thing named by any of `terms`: its headline or lead names it, and a passage may speak of it as "it". */
function articleIsAbout(kb: Knowledge, doc: string, terms: string[]): boolean {
  const d = kb.docs.get(doc);
  if (!d) return false;
  return termsOf(d.title).some((t) => terms.includes(t)) || d.sentences.range(0, Math.min(WEIGHTS.decide.leadSentences, d.sentences.length)).some((s) => kb.terms.of(s.id).some((t) => terms.includes(t)));
}

/** The head noun of what a how-much question asks the change of: "how much did reading scores rise" → "scores"; none for a name ("how much did Coty stock rise": "stock"). */
function changedThing(q: Understood): string | undefined {
  if (q.intent !== "howmany" || !q.predicate.length || !asksChange(q.normalized)) return undefined;
  const m = new RegExp(`^how much\\s+(?:did|does|do|has|have|had|will|would)\\s+(?:the\\s+)?((?:\\p{Ll}+\\s+){0,2}\\p{Ll}+)\\s+(?:${verbForms(q.predicate)})\\b`, "u").exec(q.normalized);
  const head = m?.[1].split(/\s+/).pop();
  return head && !STOP_WORDS.has(head) && !PRONOUNS.includes(head) && isNoun(nounLemma(head)) ? head : undefined;
}

/**
 * "what is Coty's revenue" beside "revenue growth for Ulta": an attribute asked of a name's (its
 * possessive) that the passage gives only as another name's ("for Ulta", "of Ulta", "Ulta's revenue"),
 * the relation noun or the compound it heads, is another's.
 */
function attributeOfAnother(q: Understood, text: string): string | null {
  const owner = q.subject ? POSSESSIVE_OWNER.exec(q.subject)?.[1] : undefined;
  if (!owner) return null;
  const isOwner = (name: string) => termsOf(name).some((t) => termsOf(owner).includes(t));
  for (const noun of q.relationNouns) {
    const forms = [noun, ...inflections(noun, "noun")].map(escapeRegExp).join("|");
    const uses = [...text.matchAll(new RegExp(`(?:(\\p{Lu}[\\p{L}.&-]*)['’]s?\\s+)?\\b(?:${forms})\\b(?:\\s+\\p{Ll}+)?(?:\\s+(?:for|of|at)\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}.&-]*))?`, "gu"))];
    if (uses.length && uses.every((m) => [m[1], m[2]].some((n) => n !== undefined && !isOwner(n)) && ![m[1], m[2]].some((n) => n !== undefined && isOwner(n)))) return noun;
  }
  return null;
}
/** "Coty's revenue": the name whose attribute is asked. */
const POSSESSIVE_OWNER = /^(?:the\s+)?(\p{Lu}[\p{L}.&\s-]*?)['’]s?\s+\p{Ll}+$/u;

/**
 * A word the question asks a figure, date or place of that the passage's article never uses, nor says
 * otherwise ("how much would the mission cost" beside an article on solar panels, which never speaks of
 * a mission): the figure there is another thing's. Names have their own rules; the asked verb is judged
 * by `statesVerb`; "people" is said as "residents" or "victims".
 */
function thingAbsent(kb: Knowledge, q: Understood, article: Set<string>, window: Set<string>): string | null {
  const asked = new Set([...q.predicate, ...q.named].flatMap((w) => termsOf(w)));
  const nouns = askedNouns(q);
  const soft = softOfQuestion(kb, q);
  const absent = q.terms.find((t) => nouns.has(t) && !FRAME_TERMS.has(t) && !asked.has(t) && kb.vocabulary.has(t) && !article.has(t) && !window.has(t) && !(soft.get(t) ?? []).some((a) => article.has(a)) && !nounSaidOtherwise(q, t, (x) => article.has(x) || window.has(x)));
  return absent ? (words(q.text).find((w) => termsOf(w).includes(absent)) ?? absent) : null;
}

/**
 * Whether a passage dates the thing a making verb is asked of by a date written before its noun:
 * "when was the doctors' letter sent" by "In a Nov. 5 letter, the doctors pleaded …".
 */
function datedThing(q: Understood, verb: string, texts: string[]): boolean {
  if (q.intent !== "when" || !MAKING_VERBS.includes(verb)) return false;
  const nouns = askedNouns(q);
  return texts.some((text) => [...text.matchAll(DATED_NOUN)].some((m) => termsOf(m[1]).some((t) => nouns.has(t))));
}
/**
 * Whether a text states a beginning by the date it runs from: "As of 29 November 2018, thirty artworks
 * will light up the city", "From May 4, the line runs"; asked when something starts or opens.
 */
function startedFromDate(q: Understood, verb: string, texts: string[]): boolean {
  return q.intent === "when" && (INCEPTIVE_VERBS.includes(verb) || verb === "open") && texts.some((t) => RUNS_FROM_DATE.test(t));
}
const RUNS_FROM_DATE = new RegExp(`\\b(?:[Aa]s of|[Ff]rom|[Ss]tarting|[Bb]eginning)\\s+(?:${DATE_TEXT.source})`, "u");

/** A date, perhaps a possessive, then at most one word, then the noun it dates: "a Nov. 5 letter", "Tuesday's phone call". */
const DATED_NOUN = new RegExp(`(?:${DATE_TEXT.source})(?:['’]s)?\\s+(?:\\p{Ll}+\\s+)?(\\p{Ll}+)`, "gu");

/**
 * Whether a noun the question asks by (its term) is said by a synonym of one of its commonest senses,
 * every word of it found: "kids" by "children", "oil" by "crude"; a sense that is one of the synonym's own
 * commonest too ("model" is not "simulation": that is its third sense).
 */
export function nounSaidOtherwise(q: Understood, term: string, has: (t: string) => boolean): boolean {
  const word = words(q.normalized).find((w) => termsOf(w)[0] === term);
  // In any inflection: the index keeps irregular plurals whole ("children" for "child").
  const forms = (x: string) => [x, ...inflections(x, "noun")];
  if (word === undefined) return false;
  // Or by what its commonest sense is a kind of: the "house" asked is the "home" a listing is of.
  const lemma = nounLemma(word.toLowerCase());
  return [...synonyms(lemma, "noun", WEIGHTS.decide.synonymSenses, WEIGHTS.decide.reverseSynonymSenses), ...thingKinds(lemma)].some((x) => forms(x).some((f) => termsOf(f).every(has)));
}

/** What a thing's commonest sense is a kind of ("house": home, dwelling); none for a kind of person, whose kind is anyone ("users": person). */
function thingKinds(lemma: string): string[] {
  return isPersonNoun(lemma) ? [] : broaderNouns(lemma);
}

const nounsByQuestion = new WeakMap<Understood, Set<string>>();

/** The terms of the nouns a question asks about, read once per question: its adjectives and particles frame it ("how big", "come out"). */
function askedNouns(q: Understood): Set<string> {
  return onceFor(nounsByQuestion, q, () => {
    // "where does John Petrides work": the last word after do-support and a name is its verb, however the tagger reads it.
    const verb = VERB_AFTER_NAME.exec(q.normalized)?.[1].toLowerCase();
    return new Set(tag(q.normalized).filter((t) => t.pos === "NOUN" && t.lower !== verb && t.lower.length > 2 && isNoun(nounLemma(t.lower))).flatMap((t) => termsOf(t.text)));
  });
}
const VERB_AFTER_NAME = /\b(?:do|does|did|will|would|can|could)\s+(?:\p{Lu}[\p{L}.'’-]*\s+)+(\p{Ll}+)\??$/u;

/** Nouns of what a thing sells for. */
const PRICE_NOUNS = new Set(["price", "prices", "cost", "value"]);

/** The words a sum is asked by that belong to one thing: its worth, its cost. */
const VALUE_WORDS = /\b(?:worth|cost)\b/i;

/**
 * "how much is Kylie Jenner worth" beside "a deal worth $600 million", "how much will the plan cost"
 * beside "the cost of solar panels": every such word of the passage is another thing's, the word before
 * it (or, for "the cost of", the noun after) neither asked about nor a pronoun or a verb of being for it.
 */
function valueOfAnother(q: Understood, texts: string[], word: string): boolean {
  const forms = word === "cost" ? "costs?|costing" : "worth";
  const owners = texts.flatMap((t) => [
    // An aside set off by a dash is its noun's ("survival kits -- costing roughly $2.40"); a comma may close a
    // relative clause, whose last word owns nothing ("The campaign, which includes … TV ads, cost the state").
    ...[...t.matchAll(new RegExp(`(\\p{L}[\\p{L}’'-]*)(?:\\s*(?:--|—|–))?\\s+(?:${forms})\\b(?!\\s+of\\b)`, "giu"))].map((m) => m[1]),
    ...[...t.matchAll(new RegExp(`\\b(?:${forms})\\s+of\\s+(?:the\\s+|a\\s+|an\\s+|its\\s+|their\\s+)?([\\p{L}’'-]+)(?:\\s+([\\p{L}’'-]+))?`, "giu"))].map((m) => `${m[1]} ${m[2] ?? ""}`),
  ])
    .map((o) => o.toLowerCase().replace(/['’]s\b/g, "").trim())
    // "after cost projections soared": a preposition before the word is no owner, the word a noun's modifier.
    .filter((o) => OWNER_PRONOUNS.test(o) || !STOP_WORDS.has(o));
  const own = (o: string) => OWNER_PRONOUNS.test(o) || o.split(/\s+/).some((w) => termsOf(w).some((t) => q.terms.includes(t) && !termsOf(word).includes(t)));
  return owners.length > 0 && !owners.some(own);
}
const OWNER_PRONOUNS = /^(?:it|its|is|was|are|were|be|been|being|now|estimated|reportedly|roughly|about|collectively|combined|will|would|could|can|may|might|to|that|which|they|he|she|this|these|those)$/;

/** Nouns that frame what a figure is, not the thing it is of: "the final score", "the number of …". */
const FRAME_NOUNS = ["score", "number", "amount", "total", "share", "percentage", "percent", "figure", "rate", "level", "size", "date", "time", "hour", "day", "week", "month", "year", "place"];
/** The terms of every noun that frames a figure or counts people ("people" is said as "residents"): never an absent thing. */
const FRAME_TERMS = new Set([...PEOPLE_NOUNS, ...FRAME_NOUNS, ...MONEY_NOUNS, ...Object.keys(MEASURE_NOUNS)].flatMap((w) => termsOf(w)));

/** A name and the number of one of its models or versions ("Sportback 50", "Galaxy 10"). */
const NUMBERED_NAME = /\p{Lu}[\p{L}-]*\s+\d{1,4}\b(?![.,]\d|\s*%)/gu;
/** A maker's name and a model number of two to four digits, no range's first end: "Boeing 747", not "GT 0 to 60". */
const MODEL_NUMBERED = /\p{Lu}[\p{L}-]*\s+(\d{2,4})\b(?![.,]\d|\s*%|\s*(?:to|-|–)\s*\d)/gu;
/** A name of several capitalized words ("Vision Pro", "Progress MS-04"). */
const MULTIWORD_NAME = /\p{Lu}[\p{L}\d-]*(?:\s+\p{Lu}[\p{L}\d-]*)+/gu;

/**
 * A name the question gives that the passage does not, where the passage names another thing of the
 * same kind by the same last word: asked about the "Vision Pro", a sentence on "the $1,000 Meta Quest
 * Pro" is about something else, however well its other words match.
 */
function rivalName(question: string, text: string): string | null {
  for (const m of question.matchAll(MULTIWORD_NAME)) {
    const name = m[0];
    // Written in other capitals it is the same name ("Oge Group" typed, "OGE Group" written).
    if (text.toLowerCase().includes(name.toLowerCase())) continue;
    const last = name.split(/\s+/).pop()!;
    // "Mayor Schaaf" and "Libby Schaaf" are one person: a title before a name makes no rival of it.
    if (titledOnly(name)) continue;
    // Names typed side by side ("final score lakers thunder") that the passage writes apart are both there.
    if (name.split(/\s+/).every((w) => new RegExp(`(?<![\\p{L}])${escapeRegExp(w)}(?![\\p{L}])`, "u").test(text))) continue;
    const others = [...text.matchAll(MULTIWORD_NAME)].map((o) => o[0]).filter((o) => o.split(/\s+/).pop() === last && !o.endsWith(name) && !titledOnly(o));
    if (others.length) return name;
  }
  // "how many tires does a Boeing 747 have": "A Boeing 777 uses 14 tires" numbers another model of the name.
  for (const m of question.matchAll(MODEL_NUMBERED)) {
    const [word, number] = [m[0].split(/\s+/)[0], m[1]];
    if (text.includes(m[0])) continue;
    if ([...text.matchAll(new RegExp(`(?<![\\p{L}])${escapeRegExp(word)}\\s+(\\d{1,4})\\b`, "gu"))].some((o) => o[1] !== number)) return m[0];
  }
  return null;
}

/**
 * A name of three or more words the question gives that the passage and the sentences around it do
 * not, where they write its first words alone: asked about "Star Trek Beyond", a passage after "the
 * fourth Star Trek movie" is about another of the series, however well its other words match.
 */
function rivalSibling(question: string, texts: string[]): string | null {
  for (const m of question.matchAll(MULTIWORD_NAME)) {
    const parts = m[0].split(/\s+/);
    if (parts.length < 3 || titledOnly(m[0]) || texts.some((t) => t.includes(m[0]))) continue;
    const stem = parts.slice(0, -1).join(" ");
    if (texts.some((t) => t.includes(stem))) return m[0];
  }
  return null;
}

/**
 * A name of several words the question gives ("Blue Moon", "Sportback 50") that the passage's article
 * writes whole elsewhere but the passage and the sentences around it do not: its date, place or figure is another
 * thing's ("a rover NASA plans to fly in 2022 … the south pole of the moon" is no date of Blue Moon's).
 * A person's full name is not asked so: the article goes on by their surname.
 */
function phraseWrittenElsewhere(kb: Knowledge, question: string, texts: string[], doc: string): string | null {
  for (const m of [...question.matchAll(MULTIWORD_NAME), ...question.matchAll(NUMBERED_NAME)]) {
    const name = m[0];
    const lower = name.toLowerCase();
    if (titledOnly(name) || texts.some((t) => t.toLowerCase().includes(lower))) continue;
    // A passage that writes one of its words as a name speaks of it otherwise ("Apple's offering" for Apple
    // Arcade); not a model's name without its number ("the new e-tron Sportback" is no "Sportback 50").
    const numbered = /\d$/.test(name);
    if (!numbered && name.split(/\s+/).some((w) => texts.some((t) => new RegExp(`(?<!\\p{L})${escapeRegExp(w)}(?!\\p{L})`, "u").test(t)))) continue;
    if ((nameIndex(kb).byAlias.get(fold(name)) ?? []).some((e) => e.kind === "person")) continue;
    // Read in place: lower-casing the whole article for each passage tried copied it each time.
    const article = kb.docs.get(doc)?.text();
    if (article && new RegExp(escapeRegExp(name), "iu").test(article)) return name;
  }
  return null;
}

/**
 * A place the question asks of ("who won the Tessin governor race") that the passage does not write,
 * while it names another place its article writes as one ("Ostland Democrats beat incumbent Gov. Rolf
 * Pike", the article having "In Ostland, …"): the passage tells of the other place, whatever the
 * sentence after it says of the one asked.
 */
function anotherPlaceTold(q: Understood, passage: string, articleText: () => string): string | null {
  const absent = q.named.filter((name) => !passage.includes(name));
  if (!absent.length) return null;
  // The article's text is read (perhaps from DATA_DIR) only for a question naming what the passage lacks.
  const article = articleText();
  // A place WordNet knows, or one the article opens a sentence in ("In Ostland, …"); the one asked may
  // be placed anywhere ("their nominee in Tessin"). Not a time ("in October").
  const opened = (name: string) => new RegExp(`(?:^|[.!?]\\s+)In\\s+${escapeRegExp(name)},`, "mu").test(article);
  const placed = (name: string) => !TIME_NAMES.has(name.toLowerCase()) && (isPlaceName(name) || new RegExp(`\\b(?:in|In)\\s+${escapeRegExp(name)}\\b`, "u").test(article));
  // A place's name inside a title's ("The Washington Post") is no place the passage tells of.
  const titled = (w: string) => new RegExp(`\\b[Tt]he\\s+(?:\\p{Lu}[\\p{L}.]*\\s+)*${escapeRegExp(w)}\\s+\\p{Lu}`, "u").test(passage);
  const asked = new Set(q.named.map((n) => n.toLowerCase()));
  const othersTold = () => (passage.match(/\b\p{Lu}\p{Ll}+\b/gu) ?? []).some((w) => !asked.has(w.toLowerCase()) && !STOP_WORDS.has(w.toLowerCase()) && !TIME_NAMES.has(w.toLowerCase()) && (isPlaceName(w) || opened(w)) && !titled(w));
  return absent.find((name) => placed(name) && othersTold()) ?? null;
}

/**
 * "where is Stier based", "where does White teach": a verb of being placed or working somewhere
 * (`PLACEMENT_VERBS`) is stated by a description set beside the name asked that places its holder
 * ("David Stier, a data scientist and business advisor in the Bay Area", "Lawrence White, a professor at
 * New York University's Stern School of Business"), or a company's form and town ("Vizio Inc. of Irvine").
 */
function placedBesideName(verb: string, texts: string[], named: string[]): boolean {
  if (!PLACEMENT_VERBS.includes(verb) || !named.length) return false;
  const name = escapeRegExp(named[named.length - 1]);
  // Or a company's name with its form of incorporation, then "of" its town: "Vizio Inc. of Irvine".
  return texts.some((t) => new RegExp(`\\b${name}(?:,\\s+(?:a|an|the)\\s+[^,;.]*?\\b(?:in|at|of|from)|\\s+(?:${alternation(COMPANY_FORMS)})\\.?,?\\s+of)\\s+(?:the\\s+)?\\p{Lu}`, "u").test(t));
}

/** A preposition that places an event: the name after it says where or on what. */
const PLACING = "on|in|at|for|from|by";

/**
 * A name the question places its event by ("come out on Android") that the passage does not give,
 * where the passage places it by another name after the same preposition ("launch on iPhone and
 * iPad"): the passage tells of the event elsewhere, however well its other words match.
 */
function rivalPlace(question: string, texts: string[], terms: Set<string>, alsoAsked: string[], inArticle: (name: string) => boolean, own: string): string | null {
  const asked = new Set([...termsOf(question), ...alsoAsked]);
  for (const m of question.matchAll(new RegExp(`\\b(${PLACING})\\s+(?:the\\s+)?(${PLACE_NAME})`, "gu"))) {
    const [, preposition, name] = m;
    if (terms.has(indexTerm(name) ?? name)) continue;
    // "who scored for the Penguins": whose side is said beside the act, or the passage tells of another side's.
    if (preposition === "for" && /^who\b/i.test(question)) return name;
    const others = (inArticle(name) ? [own] : texts).flatMap((t) => [...t.matchAll(new RegExp(`\\b${preposition}\\s+(?:the\\s+)?(${PLACE_NAME})`, "gu"))].map((o) => o[1]));
    // "in the US" is the place asked, though "US" is a stop word's term and no index term says so.
    if (others.some((o) => !asked.has(indexTerm(o) ?? o) && normalizeWord(o) !== normalizeWord(name) && !TIME_NAMES.has(o.toLowerCase()))) return name;
  }
  return null;
}

/** A question asking a whole: "overall", "in total", "altogether", "in all", "nationwide". */
const ASKS_WHOLE = /\b(?:overall|in total|altogether|in all|nationwide|nationally)\b/i;
/** A sentence opening by scoping what it tells to one place: "In Washington, …", "Across Texas, …". */
const SCOPED_TO_PLACE = /^(?:In|Across|Throughout)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*),/u;

/** A year as a question or a passage writes it, as the date pattern reads one. */
const YEAR_WRITTEN = new RegExp(`\\b${YEAR}\\d\\b`, "g");

/**
 * A year the question asks about that the passage and the sentences around it never write, where they
 * write another: asked "how much coal did Wyoming produce in 2015", a sentence on 2014's production
 * (or "That year, …" after it) is about another year, however well its other words match.
 */
const SPAN_OF_YEARS = new RegExp(`\\bbetween\\s+${YEAR}\\d\\s+and\\s+${YEAR}\\d\\b|\\bin recent (?:years|decades)\\b|\\bover the (?:centuries|decades|years)\\b|\\bin the (?:past|last) \\w+ (?:years|decades)\\b|\\bfrom\\s+${YEAR}\\d\\s+(?:to|through)\\s+${YEAR}\\d\\b`, "i");

function rivalYear(question: string, window: string[], published: string | null): string | null {
  // "this year" is the article's own year, unless the passage says "this year" too.
  const thisYear = /\bthis year\b/i.test(question) && !window.some((t) => /\bthis year\b/i.test(t));
  // A count over several years ("between 2009 and 2018", "in recent years", "over the centuries") is no count of this one.
  if (thisYear && window.some((t) => SPAN_OF_YEARS.test(t))) return "this year";
  const asked = [...(question.match(YEAR_WRITTEN) ?? []), ...(thisYear && published ? [published.slice(0, 4)] : [])];
  const written = new Set(window.flatMap((t) => t.match(YEAR_WRITTEN) ?? []));
  const missing = asked.find((y) => !written.has(y));
  return missing && written.size > 0 ? missing : null;
}

/** A month the question places its event in: "in September", or naming it ("the December debate"). */
const MONTH_ASKED = new RegExp(`\\b(?:in|during|for|of|since)\\s+(${MONTHS.join("|")})\\b|\\bthe\\s+(${MONTHS.join("|")})\\s+(?=\\p{L})`, "giu");
/** A time a passage places what it tells in: a month, a year, or a span said from now. */
const TIME_WRITTEN = new RegExp(`\\b(?:${MONTHS.join("|")}|(?:last|this|next)\\s+(?:year|month|week))\\b|\\b${YEAR}\\d\\b`, "i");

/**
 * A month the question places its event in that the passage and its neighbours never write, while they
 * place theirs at another time: "Dealers last year sold 303,417" does not say how many were sold in September.
 */
function rivalMonth(question: string, window: string[]): string | null {
  for (const m of question.matchAll(MONTH_ASKED)) {
    const month = m[1] ?? m[2];
    const written = window.some((t) => new RegExp(`\\b${month}\\b`, "i").test(t));
    if (!written && window.some((t) => TIME_WRITTEN.test(t))) return month[0].toUpperCase() + month.slice(1).toLowerCase();
  }
  return null;
}

/**
 * "when is Trump's next physical" beside "In his previous physical conducted in 2018": the question
 * places its thing in time by a word the passage opposes before the same noun; the passage tells of
 * another one of them.
 */
function rivalOrder(question: string, text: string): string | null {
  for (const m of question.matchAll(ORDER_ASKED)) {
    const [asked, noun] = [m[1].toLowerCase(), m[2]];
    // The word right before the noun, or the one before that ("his previous physical", "the next annual physical").
    const before = new RegExp(`\\b(\\p{L}+)\\s+(?:(\\p{L}+)\\s+)?${escapeRegExp(noun)}\\b`, "giu");
    const said = [...text.matchAll(before)].flatMap((b) => [b[1], b[2] ?? ""]).map((w) => w.toLowerCase());
    if (said.includes(asked)) continue;
    if (said.some((w) => OPPOSED_ORDER[asked]?.includes(w))) return asked;
  }
  return null;
}
/** Words that place one of several things in time, and those that place another. */
const OPPOSED_ORDER: Record<string, string[]> = {
  next: ["previous", "last", "prior", "past", "earlier", "recent", "latest", "first"],
  upcoming: ["previous", "last", "prior", "past", "earlier", "recent", "latest"],
  previous: ["next", "upcoming", "coming", "latest", "recent", "current"],
  last: ["next", "upcoming", "coming", "first"],
  first: ["second", "third", "fourth", "latest", "last", "next", "previous", "recent"],
};
const ORDER_ASKED = new RegExp(`\\b(${Object.keys(OPPOSED_ORDER).join("|")})\\s+(\\p{Ll}{3,})\\b`, "giu");

/**
 * A name the question gives as the object of its verb ("join the Lakers") that the passage lacks, where
 * every use of that verb in the passage has another object ("joined the league in 2003"): the passage
 * tells of doing it to something else.
 */
function rivalObject(q: Understood, text: string, acronyms: ReadonlyMap<string, string>): string | null {
  for (const verb of q.predicate) {
    const forms = verbForms([verb]);
    // The name itself, not a name before a noun it modifies ("activated Disney+ accounts", "sells Jenner's products").
    const asked = new RegExp(`\\b(?:${forms})\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*)*)(?=$|\\s+(?:in|on|at|for|from|with|as|when|after|before|by|to)\\b)`, "u").exec(q.normalized)?.[1];
    // Written in full it is there too ("Federal Communications Commission chairman … will leave the agency" for "leave the FCC").
    const long = asked ? acronyms.get(asked) : undefined;
    if (!asked || text.includes(asked) || (long !== undefined && text.includes(long))) continue;
    // A form after a determiner or a name is a noun, a title ("Tidewater coach Jo Marsh"): no use of the verb.
    const objects = [...text.matchAll(new RegExp(`([\\p{L}'’-]+\\s+)?\\b(?:${forms})\\s+(?:(?:the|a|an|his|her|their|its)\\s+)?([\\p{L}'’-]+)`, "giu"))]
      .filter((m) => !m[1] || !(DETERMINER.test(m[1]) || /^\p{Lu}/u.test(m[1])))
      .map((m) => m[2]);
    if (objects.length && objects.every((o) => !STOP_WORDS.has(o.toLowerCase()) && !PRONOUN_OBJECT.test(o))) return asked;
  }
  return thingAskedPersonDone(q, text) ?? askedObjectDoes(q, text);
}

/**
 * "who made the bears": where every use of the asked verb in the passage is a passive with no "by"
 * ("the bears were made for us from Blake's uniforms", "bears made from dad's uniform"), the passage
 * says it was done and not by whom. Light verbs count: "made", "got" are asked as any other.
 */
function agentUntold(q: Understood, text: string): string | null {
  if (q.intent !== "who") return null;
  const written = /^who\s+(\p{Ll}+)\s+(?:the|a|an|his|her|their|its)\b/u.exec(q.normalized)?.[1];
  const verb = written ? (tag(written)[0]?.lemma ?? written) : undefined;
  if (!verb || !isVerb(verb)) return null;
  const uses = [...text.matchAll(new RegExp(`(\\p{L}+\\s+)?\\b(${verbForms([verb])})\\b(\\s+\\p{L}+)?`, "giu"))];
  // Only a participle is passive ("made", "led"): "a polling lead for months", "been training" are not.
  const participle = (form: string) => form.toLowerCase() !== verb && !/(?:ing|s)$/i.test(form);
  const byLater = (m: RegExpMatchArray) => /^[^,.;]*?\bby\b/i.test(text.slice(m.index! + m[0].length - (m[3]?.length ?? 0)));
  // Without an auxiliary, only after a common noun it describes ("bears made from"): "The Times reported on" is active.
  const reduced = (m: RegExpMatchArray) => /^\p{Ll}+$/u.test((m[1] ?? "").trim()) && !PRONOUN_SUBJECT.test((m[1] ?? "").trim()) && AGENTLESS_AFTER.test((m[3] ?? "").trim());
  const passive = (m: RegExpMatchArray) => participle(m[2]) && (PASSIVE_AUXILIARY.test((m[1] ?? "").trim()) || reduced(m)) && !byLater(m);
  return uses.length && uses.every(passive) ? verb : null;
}
/** A preposition right after a participle that is no agent's "by": "made from", "made for us". */
const AGENTLESS_AFTER = /^(?:from|for|of|with|into|out)$/i;
/** A subject pronoun before a participle: "they made for the exit" is active. */
const PRONOUN_SUBJECT = /^(?:i|you|he|she|it|we|they|who|which|that)$/i;

/**
 * "who discovered Abydos": a doer is read from the passage, so the name the act is done to must be in
 * it, the sentences beside it or the headline; the article naming it elsewhere ("Egyptian archaeologists
 * excavated parts of Abydos" two paragraphs up) is no doer of this passage's act.
 */
function objectOutOfReach(q: Understood, said: string): string | null {
  if (q.intent !== "who") return null;
  for (const verb of q.predicate) {
    const asked = new RegExp(`^who\\s+(?:${verbForms([verb])})\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}.&'’-]*(?:\\s+\\p{Lu}[\\p{L}.&'’-]*)*)$`, "u").exec(q.normalized)?.[1];
    if (asked && !said.includes(asked.toLowerCase())) return asked;
  }
  return null;
}

/**
 * "who owns Big Machine", where every use of the verb in the passage has the name asked as its subject
 * ("her former label Big Machine, which owns her masters"): the passage tells what that one does, not who does it to them.
 */
function askedObjectDoes(q: Understood, text: string): string | null {
  for (const verb of q.predicate) {
    const forms = verbForms([verb]);
    const asked = new RegExp(`^who\\s+(?:${forms})\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}.&'’-]*(?:\\s+\\p{Lu}[\\p{L}.&'’-]*)*)$`, "u").exec(q.normalized)?.[1];
    if (!asked) continue;
    // The bare form after a name is as often a noun ("Tidewater coach Jo Marsh"): only inflected uses are read.
    const uses = [...text.matchAll(new RegExp(`\\b(?:${forms})\\b`, "giu"))].filter((m) => m[0].toLowerCase() !== verb);
    const bySubject = new RegExp(`${escapeRegExp(asked)}(?:['’]s)?(?:,\\s*(?:which|who|that)|\\s+(?:which|who|that|also|now|still))?\\s*$`, "u");
    if (uses.length && uses.every((m) => bySubject.test(text.slice(Math.max(0, m.index! - asked.length - 16), m.index!)))) return asked;
  }
  return null;
}

/**
 * A thing the question's verb takes ("leave office"), where every use of the verb in the passage takes
 * a person ("he left her intrigued"): another sense of the verb, done to someone, not to that thing.
 */
function thingAskedPersonDone(q: Understood, text: string): string | null {
  const lower = text.toLowerCase();
  for (const verb of q.predicate) {
    const forms = verbForms([verb]);
    const asked = new RegExp(`\\b(?:${forms})\\s+(?:(?:the|a|an|his|her|their|its)\\s+)?(\\p{Ll}+)\\b`, "u").exec(q.normalized)?.[1];
    if (!asked || STOP_WORDS.has(asked) || !isNoun(asked) || isPersonNoun(asked) || lower.includes(asked)) continue;
    const objects = [...text.matchAll(new RegExp(`\\b(?:${forms})\\s+([\\p{L}'’-]+)`, "giu"))].map((m) => m[1].toLowerCase());
    if (objects.length && objects.every((o) => PERSON_OBJECT.test(o))) return asked;
  }
  return null;
}
const PERSON_OBJECT = /^(?:him|her|me|us)$/;
/** Words in quotation marks, every one capitalized, two or more: a work's title ("“Long Train Running,”"). */
const QUOTED_TITLE = /[“"](?:\p{Lu}[\p{L}'’]*[\s,]+)+\p{Lu}[\p{L}'’]*[,.!?]?[”"]/gu;

const PRONOUN_OBJECT = /^(?:it|them|him|her|us|me|you|up|in|on|out|back|over|down|off)$/i;

/** A name as a preposition's object: capitalized, or a brand with a lower-case first letter ("iPhone"). */
const PLACE_NAME = "(?:\\p{Lu}|\\p{Ll}(?=\\p{Lu}))[\\p{L}\\d-]*";

/** Whether a name's words before its last are titles, courtesy titles or "The" ("Attorney General Sessions", "Mr. Brenn"). */
function titledOnly(name: string): boolean {
  return name
    .split(/\s+/)
    .slice(0, -1)
    .every((w) => TITLE_WORDS.has(w.toLowerCase().replace(/\.$/, "")) || /^(?:the|mr|mrs|ms|dr|sir)\.?$/i.test(w) || isOccupation(w.toLowerCase()));
}

/** A noun for what someone does, capitalized before a surname as a title ("Realtor Ghulam", "Officer Snyder"). */
function isOccupation(word: string): boolean {
  return /^\p{Ll}+$/u.test(word) && isPersonNoun(word) && !PEOPLE_NOUNS.includes(word);
}

/**
 * Ways a passage states a verb other than by its words, their synonyms or derived words, each in its
 * own function: by a phrasal verb ("kicking off"), a description placing a name, a citation, a written
 * work, motion, placing into the same name, a price, a dated thing, a loss, a game or show, a meeting's
 * noun, a converse verb ("selling X to Y" for "buy").
 */
type StatedOtherwise = (verb: string, texts: string[], q: Understood) => boolean;
const byPhrasal: StatedOtherwise = (verb, texts) => statesByPhrasal(verb, texts);
const byPlacement: StatedOtherwise = (verb, texts, q) => statesByPlacement(verb, texts, q.normalized);
const byPrice: StatedOtherwise = (verb, texts) => statesPriceBySum(verb, texts);
const byTakings: StatedOtherwise = (verb, texts, q) => q.intent === "howmany" && statesEarningBySum(verb, texts);
/** "what caused the problems": "demand and a coding glitch led to widespread problems" tells the cause. */
const byCausing: StatedOtherwise = (verb, texts) => verb === "cause" && texts.some((t) => GIVES_REASON.test(t) || CAUSING.test(t));
/** Verbs of causing beyond the reason cues (`GIVES_REASON`: "led to", "due to", "blamed on" …). */
const CAUSING = /\b(?:leads|lead|leading)\s+to\b|\bresult(?:s|ed|ing)?\s+in\b|\btrigger(?:s|ed|ing)?\b|\bspark(?:s|ed|ing)?\b/i;
/**
 * "when did Trump tweet about Boeing": a post is told by its medium and a verb of sharing ("Twitter erupted
 * … when Trump shared his branding expertise"), or by an embedded post's signature ("— Donald J. Trump
 * (@realDonaldTrump) April 15, 2019").
 */
const byMedium: StatedOtherwise = (verb, texts) => Object.hasOwn(POSTED_ON, verb) && texts.some((t) => POST_SIGNATURE.test(t.trim()) || (POSTED_ON[verb].test(t) && SHARING.test(t)));
/** The media a verb of posting names. */
const POSTED_ON: Record<string, RegExp> = { tweet: /\btwitter\b/i, post: /\b(?:twitter|facebook|instagram|tiktok|reddit)\b/i };
/** A verb of sharing words with others. */
const SHARING = /\b(?:shar(?:e|es|ed|ing)|post(?:s|ed|ing)?|publish(?:es|ed|ing)?)\b/i;
/** "how is Felder related to Gibson": "Mr. Felder is Gibson’s second cousin" tells the relation by a kin noun after a possessive. */
const byKinship: StatedOtherwise = (verb, texts) => verb === "relate" && texts.some((t) => [...t.matchAll(KIN_AFTER_POSSESSIVE)].some((m) => isKindOf(m[1].split("-").pop()!, "relative")));
/** A noun after a possessive, perhaps after one word ("Gibson’s second cousin", "Okon’s great-nephew"). */
const KIN_AFTER_POSSESSIVE = /['’]s?\s+(?:[\p{Ll}-]+\s+)?([\p{Ll}-]+)/gu;
/** "what did she die of", "what were they made from": "of" or "from" ending a question, after its verb. */
const STRANDED_PREPOSITION = /^what\b.*\b\p{L}+\s+(of|from)\??$/u;
/** Characters after the asked verb searched for the preposition the question strands. */
const STRANDED_REACH = 60;

/** Of `STATED_OTHERWISE`, those one sentence is read by for a figure or date beside the verb (`statesPredicate`). */
const STATED_OTHERWISE_IN_ONE: StatedOtherwise[] = [byPhrasal, byPlacement, byPrice, byTakings];
const STATED_OTHERWISE: StatedOtherwise[] = [
  ...STATED_OTHERWISE_IN_ONE,
  byCausing,
  byMedium,
  byKinship,
  (verb, texts, q) => placedBesideName(verb, texts, q.named),
  (verb, texts) => statesByCitation(verb, texts),
  (verb, texts) => statesByWrittenWork(verb, texts),
  (verb, texts) => statesByMotion(verb, texts),
  (verb, texts, q) => datedThing(q, verb, texts),
  (verb, texts, q) => startedFromDate(q, verb, texts),
  (verb, texts) => statesBeatingByLoss(verb, texts),
  (verb, texts) => statesPlayingByGame(verb, texts),
  (verb, texts) => statesMeetingByEvent(verb, texts),
  (verb, texts, q) => statesByConverse(verb, texts, q.named),
];

/** Whether one sentence by itself states every verb the question asks about (as `refusalFor` reads a window). */
export function statesPredicate(kb: Knowledge, q: Understood, s: Sentence): boolean {
  const terms = new Set(kb.terms.of(s.id));
  const said = new Set(s.text.toLowerCase().match(/\p{L}+/gu) ?? []);
  const inCompounds = compoundOnly([s.text]);
  return q.predicate.every((verb) => statesVerb(verb, terms, said, inCompounds) || STATED_OTHERWISE_IN_ONE.some((way) => way(verb, [s.text], q)));
}

/** Whether a text states an asked verb other than by its words ("$6.99-a-month" states "cost"; `STATED_OTHERWISE`). */
export function statedOtherwise(q: Understood, verb: string, text: string): boolean {
  return STATED_OTHERWISE.some((way) => way(verb, [text], q));
}

/** Whether one word of a passage, tagged as a verb, states a verb the question asks about (as `refusalFor` reads a passage). */
export function verbStated(verb: string, word: Tagged): boolean {
  return word.pos === "VERB" && statesVerb(verb, new Set([indexTerm(word.text) ?? word.lower]), new Set([word.lower]), new Set());
}

const COMPOUND = /[\p{L}.]+(?:-\p{L}+)+/gu;

/**
 * The terms a text writes only as the later part of a compound ("based" in "Pakistan-based"): the
 * question's own word may be found there ("Saudi-led" states "lead"), a word that only resembles it
 * in meaning may not ("founded" is not stated by "Pakistan-based", though "base" is a sense of "found").
 */
function compoundOnly(texts: string[]): Set<string> {
  const parts = new Set<string>();
  for (const text of texts) {
    if (text.includes("-")) for (const m of text.matchAll(COMPOUND)) for (const part of m[0].split("-").slice(1)) parts.add(indexTerm(part) ?? part);
  }
  // Most passages have no compound: their words are not read again.
  if (parts.size === 0) return parts;
  const alone = new Set(texts.flatMap((text) => termsOf(text.replace(COMPOUND, " "))));
  return new Set([...parts].filter((t) => !alone.has(t)));
}

/**
 * A passage that writes the asked verb itself only as a noun in -ing after a determiner ("raided the
 * building" does not say when it was built) states it only in some other way: a synonym, a derived
 * word. Its own forms are set aside and `statesVerb` asked again. A noun in -ing with "of" after it
 * names the act ("the killing of Trayvon Martin") and states the verb.
 */
function statesVerbButAsNoun(verb: string, texts: string[], terms: Set<string>, said: Set<string>, inCompounds: Set<string>): boolean {
  const forms = wordForms(verb, "verb");
  const uses = texts.flatMap((t) => [...t.matchAll(new RegExp(`(\\p{L}+\\s+)?\\b(${forms.map(escapeRegExp).join("|")})\\b(\\s+of\\b)?`, "giu"))]);
  // "the killing of Trayvon Martin" is the act itself, with its object after "of".
  if (!uses.length || !uses.every((m) => /ing$/i.test(m[2]) && DETERMINER.test(m[1] ?? "") && !m[3])) return true;
  return statesVerb(verb, termsBut(terms, forms), withoutAll(said, forms), inCompounds);
}

const DETERMINER = /^(?:the|a|an|this|that|these|those|its|their|his|her|our|my|your)\s+$/i;

/**
 * "when did they get engaged": a passage that names the act only by its noun, as what was called off
 * ("ended their engagement in July"), dates the ending, not the act. Only where the verb itself is
 * nowhere in the passage: "engaged in 2014, they ended their engagement" tells both.
 */
function toldOnlyAsCalledOff(verb: string, texts: string[]): boolean {
  const text = texts.join(" ");
  if (wordForms(verb, "verb").some((f) => new RegExp(`\\b${escapeRegExp(f)}\\b`, "i").test(text))) return false;
  const nouns = derivedForms(verb, "verb").filter((n) => isNoun(n));
  const uses = nouns.flatMap((n) => [...text.matchAll(new RegExp(`\\b${escapeRegExp(n)}s?\\b`, "gi"))]);
  return uses.length > 0 && uses.every((m) => CALLING_OFF.test(text.slice(Math.max(0, m.index - 40), m.index)));
}
/** A form of a calling-off verb, then at most two words ("their", "the planned") before the noun. */
const CALLING_OFF = new RegExp(`\\b(?:${CALLING_OFF_VERBS.flatMap((v) => { const [head, ...rest] = v.split(" "); return wordForms(head, "verb").map((f) => [f, ...rest].join(" ")); }).map(escapeRegExp).join("|")})\\s+(?:\\S+\\s+){0,2}$`, "i");

/**
 * A verb is stated as any word is (`states`); a beginning also by "since": "Since early June, dozens
 * of raids have been carried out"; speaking by any verb of saying ("where did Mayer speak": "Mayer …
 * said Tuesday at the … conference"); a change by any verb of its direction ("plunged" for "drop").
 */
function statesVerb(verb: string, terms: Set<string>, said: Set<string>, inCompounds: Set<string>): boolean {
  return (
    (INCEPTIVE_VERBS.includes(verb) && (said.has("since") || INCEPTIVE_VERBS.some((v) => wordForms(v, "verb").some((f) => said.has(f))))) ||
    (TERMINATIVE_VERBS.includes(verb) && said.has("until")) ||
    (LEAVING_VERBS.includes(verb) && said.has("until") && STAYING_VERBS.some((v) => wordForms(v, "verb").some((f) => said.has(f)))) ||
    (SPEAKING.has(verb) && (SPEECH_VERBS.some((w) => said.has(w)) || said.has("according"))) ||
    (CHANGE_DIRECTION_WORDS.get(verb)?.some((w) => said.has(w)) ?? false) ||
    sameDirectionVerbs(verb).some((v) => wordForms(v, "verb").some((f) => said.has(f))) ||
    states(verb, "verb", terms, said, inCompounds)
  );
}

const SPEAKING = new Set(SPEAKING_VERBS);

/**
 * Whether a passage's words state a word: itself, a synonym of one of its commonest senses, a verb
 * that causes or entails it ("die": killing), or a word derived from it ("detain": custody), in any
 * inflection. Regular inflections share a stem ("arrests", "arrested"); irregular ones ("left",
 * "became", "born") come from WordNet's exception lists. The passage is never re-tagged: its stems
 * suffice.
 */
function states(word: string, cls: WordClass, terms: Set<string>, said: Set<string>, inCompounds: Set<string>): boolean {
  const forms = statingForms(word, cls);
  for (const t of forms.own) if (terms.has(t)) return true;
  for (const t of forms.related) if (terms.has(t) && !inCompounds.has(t)) return true;
  for (const w of forms.derived) if (said.has(w)) return true;
  return false;
}

/** The words that state a word (`states`): its own terms, which a compound may hold; related terms, which it may not; derived words, whole. */
interface StatingForms {
  own: string[];
  related: string[];
  derived: string[];
}

/**
 * What states a word, worked out once per word and class: WordNet's synonyms, implying verbs and
 * derived words in every inflection are the same for every passage a question reads.
 */
function statingForms(word: string, cls: WordClass): StatingForms {
  return memo(statingCache, `${cls} ${word}`, () => statingFormsOf(word, cls), STATING_CACHE_MAX);
}

function statingFormsOf(word: string, cls: WordClass): StatingForms {
  // Regular endings too: most share the lemma's stem, but not all ("die" → "die", "died" → "di").
  // A light verb says the asked one only when it is the one asked ("come" of "come out"), never as a synonym.
  const termsOfForms = (list: string[]) => [...new Set(list.flatMap((f) => wordForms(f, cls).map((x) => indexTerm(x) ?? x)))];
  const unlight = (list: string[]) => list.filter((f) => !LIGHT_VERBS.has(f));
  // Synonymy read from the passage's side too ("overtake" lists "pass" by its second sense).
  // A noun is asked as written ("kids"); WordNet lists its senses under the singular ("kid": child).
  const lemma = cls === "noun" ? nounLemma(word) : word;
  const related = [...synonyms(lemma, cls, WEIGHTS.decide.synonymSenses, WEIGHTS.decide.reverseSynonymSenses), ...implyingVerbs(lemma, cls), ...(cls === "verb" ? reverseSynonyms(word, cls, WEIGHTS.decide.reverseSynonymSenses) : [])];
  // Derived words are compared whole (with their regular endings: "payments"), not by stem: stems of
  // long derived words collide ("origination" and "originally" share one).
  // So are the nouns for whoever does it ("Chazelle, the director behind La La Land": directed).
  // And a phrasal synonym's noun written as one word ("shutdown" for "close").
  const nouns = cls === "verb" ? [...derivedForms(word, cls), ...agentNouns(word), ...joinedPhrasalNouns(word, WEIGHTS.decide.synonymSenses)] : derivedForms(lemma, cls);
  return { own: termsOfForms([word]), related: termsOfForms(unlight(related)), derived: [...new Set(nouns.flatMap((x) => [x, ...regularForms(x)]))] };
}
const statingCache = new Map<string, StatingForms>();
/** Words whose stating forms are kept: far more than the verbs and nouns a day's questions ask about. */
const STATING_CACHE_MAX = 5000;

/** The forms of "be" and "get" a passive participle follows. */
const PASSIVE_AUXILIARIES = "was|were|is|are|been|being|be|get|got";
/** The auxiliary right before a passive participle ("was sacked", "been arrested"). */
const PASSIVE_AUXILIARY = new RegExp(`^(?:${PASSIVE_AUXILIARIES})$`, "i");
/** "… was Pence deployed", "… were they arrested": a participle after a form of "be" or "get", the subject between. */
const PASSIVE_QUESTION = new RegExp(`\\b(?:${PASSIVE_AUXILIARIES})\\s+(?:[\\p{L}'’.-]+\\s+){0,4}?(?:\\p{L}+ly\\s+)?\\p{L}+(?:ed|en|wn)\\b`, "u");

/** Questions whose answer is a fact about the person named (a date, a place, a figure), not another person. */
const ASKS_OF_SOMEONE = new Set(["when", "where", "howmany"]);

/**
 * Whether a person the question asks a fact of ("how many points did Kuzma score") goes unnamed in the
 * passage and the sentences around it. Unlike a place or an organization, which an article names once
 * and then calls "the museum", a person's figure or date is stated where they are named (or in the
 * sentence after, as "he"): elsewhere in the article it is someone else's ("the Thunder scored nine").
 */
function personAbsent(kb: Knowledge, name: string, window: Sentence[]): boolean {
  const asked = fold(name);
  if (!(nameIndex(kb).byAlias.get(asked) ?? []).some((e) => e.kind === "person")) return false;
  // Another article's spelling of the name is the same person ("Zelensky", "Zelenskiy").
  const spelledAs = (alias: string) => alias.split(" ").some((w) => w === asked || (asked.length >= WEIGHTS.decide.respelledNameLength && distance(w, asked) <= 1));
  return !window.some((s) => (kb.mentions.get(s.id) ?? []).some((e) => e.kind === "person" && e.aliases.some((a) => spelledAs(fold(a)))));
}

/** Whether a passage names a person other than those asked ("when did Carlineo call Omar": Omar is no other). */
function namesSomeoneElse(kb: Knowledge, passage: Sentence, named: string[]): boolean {
  const asked = named.map(fold);
  return (kb.mentions.get(passage.id) ?? []).some((e) => e.kind === "person" && !e.aliases.some((a) => fold(a).split(" ").some((w) => asked.includes(w))));
}

/** How many words before a verb are searched for the name of whoever it is said of. */
const SUBJECT_WINDOW_WORDS = 6;

/**
 * Whether every use of the predicate in the sentence is said of another person: the nearest person's
 * name before the verb, within a few words, is not one the question gave ("as his first wife, Sally,
 * was dying" does not say when Mugabe died). A person is one the corpus knows, or a name set off by
 * commas; a place or an organization before the verb changes nothing.
 */
function saidOfSomeoneElse(kb: Knowledge, texts: string[], verb: string, named: string[], passive: boolean): boolean {
  const people = nameIndex(kb).personWords;
  // Only a question about a person's own act ("when did Mugabe die") is checked; "who did X ask to
  // prosecute" wants the someone else, and "when was the embargo imposed" names nobody.
  if (!named.some((n) => people.has(fold(n)))) return false;
  const forms = new Set(wordForms(verb, "verb").map((f) => indexTerm(f) ?? f));
  const asked = wholeNamesOf(kb, named);
  // Every use in the passage and the sentences around it, since the verb may be stated in either.
  const uses = texts.flatMap((text) => {
    const tokens = [...text.matchAll(/[\p{L}\p{N}'’-]+/gu)];
    return tokens.map((t, i) => (i > 0 && forms.has(indexTerm(t[0]) ?? t[0].toLowerCase()) ? { text, tokens, at: i } : null)).filter((u) => u !== null);
  }).filter((u) => !passive || PASSIVE_AUXILIARY.test(u.tokens[u.at - 1][0]));
  if (!uses.length) return false;
  return uses.every(({ text, tokens, at }) => {
    // The subject of a passive is who it was done to: any name there is another's ("Pochettino was sacked").
    // Not a name closing an aside ("Orm, 44, of Vik, a village north of Bergen, was charged").
    const before = passive && at >= 2 ? tokens[at - 2] : undefined;
    const patient = before && /^\s+$/.test(text.slice(before.index! + before[0].length, tokens[at - 1].index)) ? before[0].replace(/['’]s?$/, "") : "";
    // A demonym is a description, no name ("The 48-year-old Australian was evicted").
    // Nor is a pronoun ("He was convicted"), which may be of the one asked.
    if (/^\p{Lu}\p{Ll}+$/u.test(patient) && !asked.has(fold(patient)) && !SUBJECT_PRONOUNS.has(patient.toLowerCase()) && !TITLE_WORDS.has(patient.toLowerCase()) && !TIME_NAMES.has(patient.toLowerCase()) && !isCapitalizedPersonNoun(patient)) return true;
    for (let k = at - 1; k >= Math.max(0, at - SUBJECT_WINDOW_WORDS); k--) {
      const w = tokens[k][0].replace(/['’]s?$/, "");
      if (asked.has(fold(w))) return false;
      if (!/^\p{Lu}\p{Ll}+$/u.test(w) || TITLE_WORDS.has(w.toLowerCase()) || TIME_NAMES.has(w.toLowerCase())) continue;
      const t = tokens[k];
      // "Xi Jinping’s visit", asked of Xi: the name's other word before it is the one asked.
      let first = k;
      while (first > 0 && /^\p{Lu}/u.test(tokens[first - 1][0]) && /^\s+$/.test(text.slice(tokens[first - 1].index! + tokens[first - 1][0].length, tokens[first].index))) first--;
      if (tokens.slice(first, k).some((x) => asked.has(fold(x[0])))) return false;
      const setOff = /,\s*$/.test(text.slice(0, t.index)) && /^,/.test(text.slice(t.index! + t[0].length));
      if (people.has(fold(w)) || setOff) return true;
    }
    return false;
  });
}

/**
 * The words asked, with the other words of each person's name the articles give whose surname was
 * asked: "when did Swift leave" is answered by "Taylor's decision to leave", Taylor being her given name.
 */
function wholeNamesOf(kb: Knowledge, named: string[]): Set<string> {
  const asked = new Set(named.map((n) => fold(n)));
  // By the surname though several people share it ("Murdoch": "Rupert decided to pay him").
  const { byAlias, byLastName } = nameIndex(kb);
  for (const n of [...asked]) {
    for (const e of [...(byAlias.get(n) ?? []), ...(byLastName.get(n) ?? [])]) {
      const parts = fold(e.name).split(" ");
      if (e.kind === "person" && parts.length > 1 && parts[parts.length - 1] === n) for (const p of parts) asked.add(p);
    }
  }
  return asked;
}

/** Words between a subject and its verb: "has launched", "will also launch". */
const AUXILIARY_WORD = /^(?:is|are|was|were|has|have|had|will|would|can|could|may|might|also|then|just|already|now|first)$/i;
/** A word that makes the next one or two a noun phrase ("its full launch"). */
const DETERMINER_WORD = /^(?:the|a|an|its|his|her|their|our|this|that)$/i;
/** Words after a verb searched for the thing asked about as its object ("Microsoft launched … its Project xCloud"). */
const OBJECT_WINDOW_WORDS = 8;

/**
 * Whether every use of the asked verb in the passage has another name as its subject, the thing asked
 * about named neither before it nor as its object after: "Microsoft launched an early stage of its
 * Project xCloud … earlier this year" does not say when Stadia launched. For things (a product, a
 * company, a mission); people are `saidOfSomeoneElse`'s.
 */
const RELATIVE_ASIDE = /,\s+(?:which|who|that|whose)\b[^,;]*,/gu;
function doneByAnotherName(kb: Knowledge, texts: string[], verb: string, named: string[]): boolean {
  const people = nameIndex(kb).personWords;
  if (!named.length || named.some((n) => people.has(fold(n)))) return false;
  const forms = new Set(wordForms(verb, "verb").map((f) => f.toLowerCase()));
  const asked = new Set(named.map((n) => fold(n)));
  const askedWords = new Set([...asked].flatMap((n) => n.split(" ")).filter((w) => !STOP_WORDS.has(w) && !COMPANY_FORMS.some((f) => fold(f) === w)));
  const uses = texts.flatMap((text) => {
    // A relative clause between the subject and its verb is read past ("Editions, which come with a Chromecast Ultra, launch").
    const tokens = [...text.replace(RELATIVE_ASIDE, " ").matchAll(/[\p{L}\p{N}'’-]+/gu)].map((t) => t[0]);
    // A noun of the same spelling is no use of the verb ("with plans for its full launch").
    const asNoun = (i: number) => tokens.slice(Math.max(0, i - 2), i).some((w) => DETERMINER_WORD.test(w));
    return tokens.map((t, i) => (i > 0 && forms.has(t.toLowerCase()) && !asNoun(i) ? { tokens, at: i } : null)).filter((u) => u !== null);
  });
  if (!uses.length) return false;
  return uses.every(({ tokens, at }) => {
    if (tokens.slice(at + 1, at + 1 + OBJECT_WINDOW_WORDS).some((w) => asked.has(fold(w.replace(/['’]s?$/, ""))))) return false;
    // The subject right before the verb, auxiliaries and adverbs read past ("Microsoft has now launched").
    let k = at - 1;
    while (k > 0 && (AUXILIARY_WORD.test(tokens[k]) || /^\p{Ll}+ly$/u.test(tokens[k]) || SUBJECT_FOCUS_WORD.test(tokens[k]))) k--;
    // The whole name before it, and a ticker after one ("the Dow Jones Industrial Average .DJI fell"): any word of it asked makes it the one asked.
    const name: string[] = [];
    // Names joined by "and" are one subject ("The Google Stadia Founder's and Premiere Editions").
    // The sentence's first word too ("Pfizer Inc. fell"), and a name's particles ("Banca Monte dei Paschi di Siena SpA rose").
    for (let j = k; j >= 0 && (/^\p{Lu}[\p{L}&'’-]*$/u.test(tokens[j]) || (j > 0 && j < k && /^\p{Lu}/u.test(tokens[j - 1]) && (tokens[j] === "and" || NAME_PARTICLES.has(tokens[j])))); j--) if (tokens[j] !== "and" && !NAME_PARTICLES.has(tokens[j])) name.push(tokens[j].replace(/['’]s?$/, ""));
    // A name asked by its short form is the one asked ("the Fed": "The U.S. Federal Reserve raised").
    // A word of a name asked in several words is it ("Credit Suisse" asked: "Credit Suisse Group AG gained").
    if (!name.length || name.some((w) => asked.has(fold(w)) || askedWords.has(fold(w)) || [...asked].some((a) => a.length >= SHORT_FORM_MIN && fold(w).startsWith(a)))) return false;
    return name.some((w) => !STOP_WORDS.has(w.toLowerCase()) && !TITLE_WORDS.has(w.toLowerCase()) && !TIME_NAMES.has(w.toLowerCase()));
  });
}

/** A word between a subject and its verb that only stresses it: "Wyoming alone produced", "Apple itself said". */
const SUBJECT_FOCUS_WORD = /^(?:alone|itself|themselves|himself|herself|still|even|again|too)$/i;

/** The fewest letters of a name's short form ("Fed" for "Federal Reserve"). */
const SHORT_FORM_MIN = 3;

/** "an article to The Washington Post", "an op-ed in the Times": a written work in a paper states its publishing. */
const WORK_IN_PAPER = new RegExp(`\\b(?:${WRITTEN_WORKS.join("|")})\\s+(?:in|to|for)\\s+(?:[Tt]he\\s+)?\\p{Lu}`, "u");
function statesByWrittenWork(verb: string, texts: string[]): boolean {
  return PUBLISHING_VERBS.includes(verb) && texts.some((t) => WORK_IN_PAPER.test(t));
}

/** "according to a 2013 USC study": what a source found, showed or said is stated by citing it. */
function statesByCitation(verb: string, texts: string[]): boolean {
  return SOURCE_VERBS.includes(verb) && texts.some((t) => /\baccording to\b/i.test(t));
}

/** Whether a text tells a change only the other way from the asked verb: a word of the other direction, none of its own. */
function changesTheOtherWay(text: string, verb: string): boolean {
  const opposite = oppositeDirectionWords(verb);
  if (!opposite.length) return false;
  const said = new Set(text.toLowerCase().match(/\p{L}+/gu) ?? []);
  const forms = (words: string[]) => words.flatMap((w) => wordForms(w, "verb"));
  const own = [verb, ...sameDirectionVerbs(verb)];
  // The change's own noun says it too: "growth of just 2.7% next year, down from the 2.9% estimated" is growth revised down.
  const nouns = own.flatMap((v) => derivedForms(v, "verb")).filter((n) => isNoun(n) && !isPersonNoun(n));
  return forms(opposite).concat(opposite).some((w) => said.has(w)) && !forms(own).concat(CHANGE_DIRECTION_WORDS.get(verb) ?? [], nouns).some((w) => said.has(w));
}

/** "Price and gas mileage were not announced": what comes before is not told. */
const NOT_DISCLOSED = /\b(?:was|were|is|are|has|have)\s+(?:not|n['’]t)\s+(?:yet\s+)?(?:been\s+)?(?:announced|disclosed|released|revealed|given|made public|available)\b/i;

/**
 * A word of the question a passage says was not told ("what is the Sentra's gas mileage": "Price and
 * gas mileage were not announced"): its own clause before "not announced" names it.
 */
function undisclosed(q: Understood, text: string): string | null {
  const m = NOT_DISCLOSED.exec(text);
  if (!m) return null;
  const clause = text.slice(0, m.index).split(/[,;:]|\b(?:but|while|although)\b/).pop() ?? "";
  const said = new Set(termsOf(clause));
  const named = new Set(q.named.flatMap((n) => termsOf(n)));
  return words(q.normalized).find((w) => termsOf(w).some((t) => said.has(t) && !named.has(t) && !STOP_WORDS.has(w.toLowerCase()))) ?? null;
}

/** A window's terms without those of some words (each word's index term, or the word itself when it has none). */
function termsBut(terms: Set<string>, drop: string[]): Set<string> {
  if (!drop.length) return terms;
  const dropped = new Set(drop.map((w) => indexTerm(w) ?? w));
  return new Set([...terms].filter((t) => !dropped.has(t)));
}

/** A window's words without some of them. */
function withoutAll(said: Set<string>, drop: string[]): Set<string> {
  return drop.length ? new Set([...said].filter((w) => !drop.includes(w))) : said;
}

/** Words that stand for a subject without naming it. */
const SUBJECT_PRONOUNS = new Set([...PRONOUNS, "i", "we", "you", "who", "which", "that"]);
/** Words after a verb read for its object ("owes Taylor $7.9 million"). */
const REVERSED_OBJECT_WORDS = 3;

/**
 * Whether every use of the asked verb in the passage has the question's object as its subject and the
 * question's subject after it: "Big Machine owes Taylor $7.9 million" tells what Big Machine owes Swift,
 * not "how much does Swift owe Big Machine". Both must be named in the question, one on each side of its verb.
 */
function doneTheOtherWay(kb: Knowledge, q: Understood, texts: string[], verb: string): boolean {
  const forms = wordForms(verb, "verb").map((f) => f.toLowerCase());
  const question = q.normalized.toLowerCase();
  const verbAt = [...question.matchAll(/\p{L}+/gu)].find((m) => forms.includes(m[0]))?.index;
  if (verbAt === undefined) return false;
  const subjects = q.named.filter((n) => { const at = question.indexOf(n.toLowerCase()); return at >= 0 && at < verbAt; });
  const objects = q.named.filter((n) => question.indexOf(n.toLowerCase()) > verbAt);
  if (!subjects.length || !objects.length) return false;
  const subject = wholeNamesOf(kb, subjects);
  const object = new Set(objects.flatMap((n) => fold(n).split(" ")));
  const uses = texts.flatMap((text) => {
    const tokens = [...text.matchAll(/[\p{L}\p{N}'’-]+/gu)].map((t) => fold(t[0].replace(/['’]s?$/, "")));
    return tokens.map((t, i) => (i > 0 && forms.includes(t) ? { tokens, at: i } : null)).filter((u) => u !== null);
  });
  // A pronoun's use ("saying she owes them") says no more whose act it is than the passage does.
  const named = uses.map(({ tokens, at }) => {
    let k = at - 1;
    while (k > 0 && AUXILIARY_WORD.test(tokens[k])) k--;
    return { tokens, at, before: tokens[k] };
  }).filter((u) => !SUBJECT_PRONOUNS.has(u.before));
  return named.length > 0 && named.every(({ tokens, at, before }) => {
    const after = tokens.slice(at + 1, at + 1 + REVERSED_OBJECT_WORDS);
    return object.has(before) && !subject.has(before) && after.some((w) => subject.has(w));
  });
}

/** Questions a date, place, person or count answers: a passage that says it is not known gives none. */
const ASKS_FACT = new Set(["when", "where", "who", "howmany"]);
/** "… is still a question mark", "remains unclear", "when it will arrive, we're not entirely sure": what comes before is not known. */
const UNKNOWN_AFTER = /,?\s*(?:we|i)(?:['’]re|['’]m|\s+are|\s+am)\s+not\s+(?:entirely\s+|quite\s+|yet\s+)?sure\b|\b(?:is|are|remains?|was)\s+(?:still\s+|also\s+)?(?:unclear|unknown|uncertain|undetermined|undecided|not\s+(?:yet\s+)?(?:known|clear|certain|determined)|a\s+question\s+mark|an\s+open\s+question|up\s+in\s+the\s+air|to\s+be\s+(?:determined|decided|announced))\b/gi;
/** "It is unclear when …", "it's not known whether …": what comes after is not known. */
const UNKNOWN_BEFORE = /\b(?:(?:it|that)\s+(?:is|was|remains)|it['’]s)\s+(?:still\s+)?(?:unclear|unknown|uncertain|not\s+(?:yet\s+)?(?:known|clear|certain))\s+(?=when|where|whether|how|who|why|if)/gi;
/** "investigators seek to determine the cause", "are trying to find out what went wrong": what is still being found out is not known. */
const STILL_SOUGHT = /\b(?:seek|seeks|seeking|sought|try|tries|trying|tried|work|works|working|attempt|attempts|attempting|investigat(?:e|es|ed|ing)|prob(?:e|es|ed|ing))\s+(?:to\s+(?:determine|establish|find\s+out|find|identify|pin\s+down|learn|figure\s+out|understand)\s+)?((?:the\s+)?(?:cause|causes|reason|reasons|source|origin|motive|what\s+(?:caused|went\s+wrong|happened))\b[^.;:!?,]{0,40})/gi;
/** Whether a passage says only that a cause is still being found out: no reason cue outside what is sought. */
function causeStillSought(text: string): boolean {
  const sought = [...text.matchAll(STILL_SOUGHT)];
  return sought.length > 0 && !GIVES_REASON.test(text.replace(STILL_SOUGHT, " "));
}
/**
 * A cue that a reason is given ("because", "due to", "led to" …), or a clause ending in "after all", which
 * gives the reason for what was said before it ("These products require rewiring …, after all."): read
 * here and by the extract stage.
 */
export const GIVES_REASON = new RegExp(`\\b(?:${alternation(REASON_GIVEN)})\\b|,\\s+after all[.!]?$`, "i");
/** A clause of a question word and what it asks: "when he'll return". */
const ASKED_CLAUSE = /\b(?:when|where|whether|how|who|why|if)\b[^.;:!?]{0,60}$/i;

/**
 * Whether a passage says that what is asked of the verb (or a word of the same meaning) is not known: "Vernon would come back this
 * week, but when he'll return is still a question mark"; "It is unclear when the plant will reopen".
 * Its date or place is then no answer: the article itself says it does not know.
 */
function saysUnknown(text: string, verbs: () => string[]): boolean {
  // The clauses said to be unknown first: nearly every passage has none, and then no verb is looked up.
  const clauses: string[] = [];
  for (const m of text.matchAll(UNKNOWN_AFTER)) {
    const clause = ASKED_CLAUSE.exec(text.slice(Math.max(0, m.index! - 80), m.index!))?.[0];
    if (clause) clauses.push(clause);
  }
  for (const m of text.matchAll(UNKNOWN_BEFORE)) clauses.push(text.slice(m.index! + m[0].length, m.index! + m[0].length + 80).split(/[.;:!?]/)[0]);
  for (const m of text.matchAll(STILL_SOUGHT)) clauses.push(m[1]);
  if (!clauses.length) return false;
  const form = new RegExp(`\\b(?:${verbs().flatMap((v) => wordForms(v, "verb")).map(escapeRegExp).join("|")})\\b`, "i");
  return clauses.some((c) => form.test(c));
}

/** The refusal worded for a person: what the articles never say. */
export function describeRefusal(r: Refusal): string {
  if (r.rule === "answer_unknown") return `the passage that speaks of "${r.missing}" says it is not yet known`;
  if (r.rule === "name_absent") return `the passages that come closest never mention ${r.missing}`;
  if (r.rule === "predicate_planned") return `the articles say "${r.missing}" only of what is planned or hoped for`;
  if (r.rule === "predicate_prevented") return `the articles say "${r.missing}" only of what was prevented`;
  if (r.rule === "answer_elsewhere") return `the passage that speaks of "${r.missing}" does not give it, and those that do never speak of "${r.missing}"`;
  if (r.rule === "predicate_of_other") return `where the articles say "${r.missing}", they say it of someone else`;
  return `the articles never say "${r.missing}" where they speak of this`;
}

/**
 * The adjective a superlative is of ("longest" → long, "biggest" → big, "largest" → large, "busiest" →
 * busy), or null for a word in "-est" that is a word itself ("honest", "protest", "best").
 */
function superlativeBase(word: string): string | null {
  const w = word.toLowerCase();
  // WordNet lists some superlatives as adverbs ("longest", "earliest"): only a noun, a verb or an adjective of its own is another word.
  if (!/^\p{L}{2,}est$/u.test(w) || isNoun(w) || isVerb(w) || isAdjective(w)) return null;
  const stem = w.slice(0, -3);
  return [stem, `${stem}e`, stem.replace(/(\p{L})\1$/u, "$1"), stem.replace(/i$/, "y")].find((c) => c.length >= 2 && isAdjective(c)) ?? null;
}

/** Superlatives that only ask for the newest ("the latest on the talks") are read as time, not as a relation. */
const RECENCY_SUPERLATIVES = new Set(["late", "new"]);

function superlativesAsked(question: string): string[] {
  return words(question)
    .map(superlativeBase)
    .filter((b): b is string => b !== null && !RECENCY_SUPERLATIVES.has(b));
}

function superlativeSaid(base: string, said: ReadonlySet<string>): boolean {
  const bases = new Set([base, ...synonyms(base, "adj", WEIGHTS.decide.synonymSenses)]);
  for (const w of said) {
    const b = w.endsWith("est") ? superlativeBase(w) : null;
    if (b && bases.has(b)) return true;
  }
  return false;
}
