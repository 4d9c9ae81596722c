import { castMember } from "./cast.js";
import * as chrono from "chrono-node";
import { onceFor, pushTo } from "../collections.js";
import { tag, wordForms, type Tagged } from "../lexicon/nlp.js";
import type { Doc, Sentence } from "../corpus/load.js";
import { escapeRegExp, type Entity } from "../entities/extract.js";
import type { Knowledge } from "../index/knowledge.js";
import { fold } from "../index/terms.js";
import { QUESTION_WORDS, STOP_WORDS, indexTerm, normalizeWord, termsOf, words, wordsAt } from "../index/terms.js";
import type { Intent } from "../questions/parse.js";
import { understandQuestion, type Understood } from "../questions/understand.js";
import { GIVES_REASON, describeRefusal, nounSaidOtherwise, refusalFor, statedOtherwise, statesPredicate, verbStated, type Refusal } from "./decide.js";
import { clauseVerbs, nominalGerund, taggedSentence } from "./clauses.js";
import { WEIGHTS } from "./weights.js";
import { surfaceVocabulary } from "../questions/vocabulary.js";
import { PHOTO_ASKED, bylinedArticle, creditedReporters, photoCredit } from "./byline.js";
import { homeOf, originAsked } from "./origin.js";
import { kinAsked, kinToldOtherwise } from "./kin.js";
import { personApposedTo } from "./apposed.js";
import { brandAsked, brandIn, otherNameAsked, otherNameIn, thingNameAsked, thingNamedIn } from "./aliases.js";
import { labelledValue } from "./labels.js";
import { ASKS_SORT, askedKind, askedRelation, equatedName, instancesIn, kindNameIn, sortIn } from "./kinds.js";
import { writtenInTitleCase } from "../corpus/text.js";
import { CURRENCY_AFTER, FIGURE_LIMITS, HALVED_BY, TELLS_TIMES, TIMES_ASKED, asksChange, countsThings, figuresOf, fits, isUnit, mayCount, measureOf, ratedAsAsked, sinceWhen, spanBetween, statesMeasure, type Figure, type Measure } from "./figures.js";
import { AIM_WORDS, CHANGE_VERBS, HOLDING_VERBS, LIGHT_VERBS, COMPANY_FORMS, ROUTE_WORDS, CHANGE_DIRECTION_WORDS, LEAVING_VERBS, MONTHS, SOURCE_VERBS, SPEECH_VERBS, COMPARATIVES, FUTURE_WORDS, DURATION_UNITS, INCEPTIVE_VERBS, MODEL_CODE, PREVENTING_VERBS, NUMBER_WORDS, PEOPLE_NOUNS, PLACE_KINDS, PRONOUNS, RESCHEDULING_VERBS, TIME_NAMES, TIME_LEFT_WORDS, TITLE_WORDS, UNIT_SYMBOLS, alternation, sameDirectionVerbs } from "../lexicon/english.js";
import { CONTINUES, besideInParagraph, describedOpening, goesOnAbout, neighbours, postSignature, rankSentences, sectionHeading, referredBack, THAT_TIME, THERE_WHERE, DATE_TEXT, NUMBER, type Ranked } from "./rank.js";
import { findByRole, isKnownTerm, isRoleDescription, nameIndex, resolveEntity, roleAlternatives } from "./resolve.js";
import type { Templates, View } from "./templates.js";
import { isAdjective, isDictionaryWord, isKindOf, isMannerOf, isNoun, isPersonNoun, isPlaceName, isVerb, nounLemma, pertainyms, synonyms } from "../lexicon/wordnet.js";
import { adjectivesPertainingTo, agentNouns, derivedForms, softOfQuestion } from "./soft.js";
import { antecedentOf, citedSource, converseDoer, describedDoer, controlledDoer, gameResult, meetingPartner, namedDoer, rolePlayer, relativeDoer, objectOfActNoun, objectOfVerb, opponentOf, passiveAgent, possessedActDoer, purposeDoer, verbForms, winnerByLoss } from "./doer.js";

/** A quoted sentence and the article it comes from. `quote` is an exact slice of the article. */
export interface Source {
  doc: string;
  title: string;
  published: string | null;
  url: string | null;
  quote: string;
}

/** What the core answers to a question: plain data, no platform markup. */
export interface Answer {
  question: string;
  answered: boolean;
  intent: Intent;
  /** Plain-text answer lines filled from the intent's template. */
  answer: string;
  /** Best first. When `answered` is false these are only the closest passages, never an answer. */
  sources: Source[];
  /**
   * The numbers (from 1, into `sources`) of the quotes the answer text shows in full, so that a
   * renderer lists only their article and date instead of quoting them twice.
   */
  quoted?: number[];
  /** The person or thing the answer is about, for follow-up questions ("what did he say?"). */
  subject?: string;
  /** When the question was declined by rule: the rule and what was missing ("predicate_absent: become"). */
  declined?: string;
  /** For `--explain`: the top passages with every ranking feature, its weight and the total. */
  explain?: Explained[];
}

/** One passage as `--explain` shows it. */
export interface Explained {
  doc: string;
  quote: string;
  features: Record<string, number>;
  score: number;
  coverage: number;
}

/** Conversation memory a follow-up question may lean on. */
export interface FollowUp {
  subject?: string;
}

const MAX_SOURCES = 3;
const REPORTED_SPEECH = /\b(?:said|says|say|told|tell|tells|statements?|tweet(?:s|ed)?|wrote|writes|called|calls|accused|warn(?:s|ed)|claim(?:s|ed)|argue(?:s|d)|indicat\w*|announc\w*|stated|remarks?|interview|saying|threatened|urged?)\b/i;
const MAX_QUOTE_CHARS = 420;
const MIN_COVERAGE = WEIGHTS.decide.minCoverage;
/** Unknown words a "they never mention" reply lists at most. */
const MAX_UNKNOWN_SHOWN = 5;
const PRONOUN = new RegExp(`^(?:${PRONOUNS.join("|")})$`, "i");

/**
 * Answers one question from the corpus, or says plainly that the corpus does not answer it.
 *
 * @example answerQuestion(kb, templates, "who is Homan").answer
 */
export function answerQuestion(kb: Knowledge, templates: Templates, typed: string, followUp: FollowUp = {}, options: { explain?: boolean } = {}): Answer {
  const q = withFollowUp(kb, understandQuestion(kb.corpus, typed), followUp);
  const noAnswer = (unknown: string[] = [], closest: Ranked[] = [], refusal?: Refusal): Answer => ({
    question: q.text,
    answered: false,
    intent: q.intent,
    answer: templates.render("noanswer", { question: q.text, documents: kb.corpus.docs.length, unknown: unknown.join(", "), reason: unknown.length ? "unknown" : "unmatched" }),
    sources: closest.slice(0, MAX_SOURCES).map((r) => sourceOf(kb, r.sentence)),
    declined: refusal ? `${refusal.rule}: ${refusal.missing} (${describeRefusal(refusal)})` : unknown.length ? `unknown_words: ${unknown.join(", ")}` : "low_coverage: no passage covers the question's words",
  });

  if (q.terms.length === 0) return noAnswer();
  // Who wrote the article is in its byline, in words ("gazette", "author") its text need not use.
  const article = bylinedArticle(kb, q);
  if (article) return answerByline(kb, templates, q, article);
  const credit = q.intent === "who" && PHOTO_ASKED.test(q.normalized) ? photoCredit(kb, q) : null;
  if (credit) return namedFrom(kb, templates, q, credit.name, credit.sentence, [sourceOf(kb, credit.sentence)]);
  // "what did he say?" with no one asked about before: there is no telling who "he" is.
  if (q.subject && PRONOUN.test(q.subject)) return noAnswer();
  const subjectEntity = q.subject ? resolveEntity(kb, q.subject) : null;
  // Telling an unknown word is a scan of the vocabulary: each word is looked up once.
  const knownCache = new Map<string, boolean>();
  const known = (t: string) => knownCache.get(t) ?? knownCache.set(t, isKnownTerm(kb, t)).get(t)!;
  // A place the articles name only by its adjective is known ("Japan": "Japanese Prime Minister Shinzo Abe").
  const unknownNamed = q.named.filter((w) => {
    const t = termsOf(w)[0];
    return t !== undefined && !known(t) && !adjectivesPertainingTo(kb.corpus, w).some(known);
  });
  // "who heads X" asks for "the head of X", which an article may call its leader or chief.
  // A describing word the articles say otherwise is known by that word ("the main entry point": "the primary entry point").
  // A plural is looked up by its lemma, and a synonym known in any of its forms ("kids": children).
  // An adjective of a place is known by the place's name ("norwegian": "Norway's culture minister").
  const saidAs = (w: string, has: (t: string) => boolean = known) =>
    [
      ...synonyms(w, "adj", WEIGHTS.decide.synonymSenses),
      ...synonyms(nounLemma(w.toLowerCase()), "noun", WEIGHTS.decide.synonymSenses).flatMap((x) => wordForms(x, "noun")),
      ...pertainyms(w).filter(isPlaceName).map((p) => p.replace(/_/g, " ")),
      // A word built on it ("budget": "budgetary benchmark").
      ...derivedForms(nounLemma(w.toLowerCase()), "noun"),
      // An adverb built on one of its verb's forms ("mistake": "mistakenly emailed", "repeat": "repeatedly").
      ...wordForms(w.toLowerCase(), "verb").map((f) => `${f}ly`).filter(isDictionaryWord),
    ].some((x) => termsOf(x).every(has));
  // "what is the oxygen bar called": "called" introduces the name asked, a word no passage need write.
  const calling = otherNameAsked(q.normalized) ? CALLING_WORD : null;
  const unknownSubject = q.subject && !subjectEntity && !leadsSomethingUnnamed(q) ? words(q.subject).filter((w) => !calling?.test(w) && roleAlternatives(w).every((x) => termsOf(x).some((t) => !known(t))) && !saidAs(w)) : [];
  // A model or flight number ("MS-05", "F-35") names one thing exactly: one the articles never write is not theirs, however close.
  const unknownCodes = words(q.normalized).filter((w) => MODEL_CODE.test(w) && !known(termsOf(w)[0] ?? ""));
  // A year no article writes nor was published in ("how many women sued in 2017") is a time they do not reach.
  const unknownYears = [...q.normalized.matchAll(ASKED_YEAR)].map((m) => m[0]).filter((y) => !known(y) && ![...kb.docs.values()].some((d) => d.published?.startsWith(y)));
  const unknown = [...new Set([...unknownNamed, ...unknownSubject, ...unknownCodes, ...unknownYears])];
  // A count of an act the articles say only by its noun ("how many died": 779 deaths) is known by that noun; so is who did it ("who died").
  const saidOtherwise = new Set((q.intent === "howmany" || ASKS_BARE_ACT.test(q.normalized) ? q.predicate : []).filter((verb) => derivedForms(verb, "verb").some((w) => termsOf(w).some(known))).flatMap((verb) => wordForms(verb, "verb").flatMap((f) => termsOf(f))));
  const unknownTerms = q.terms.filter((t) => !known(t) && !saidOtherwise.has(t) && !(t === PEOPLE_TERM && q.intent === "howmany"));
  if (unknown.length || unknownTerms.length * 2 > q.terms.length) {
    const named = unknown.length ? unknown : words(q.text).filter((w) => !QUESTION_WORDS.has(w.toLowerCase()) && termsOf(w).some((t) => !known(t)));
    return noAnswer([...new Set(named)].slice(0, MAX_UNKNOWN_SHOWN));
  }
  // "how much ram does it have" where no article says "ram", nor a word for it: what is measured is absent.
  const measure = q.intent === "howmany" ? measureFor(q) : null;
  if (measure?.kind === "count" && measure.noun && isDictionaryWord(measure.noun) && !measure.units.some(known)) return noAnswer([measure.noun]);
  // "how many electric cars" where no article says "electric": what is counted is absent, however many cars were sold.
  // A dictionary word is written as it is meant: "electric" is not the corpus's "elect" mistyped.
  const unknownModifiers = measure?.kind === "count" && measure.noun ? countedModifiers(q.normalized, measure.noun).filter((w) => isDictionaryWord(w) && termsOf(w).some((t) => !kb.vocabulary.has(t)) && !saidAs(w, (t) => kb.vocabulary.has(t))) : [];
  if (unknownModifiers.length) return noAnswer(unknownModifiers);

  const answer = (() => {
    const spelled = spelledOutAcronym(kb, templates, q);
    if (spelled) return spelled;
    const labelled = q.intent === "what" || q.intent === "howmany" || q.intent === "search" ? labelledAnswer(kb, templates, q) : null;
    if (labelled) return labelled;
    const home = homeAnswer(kb, templates, q);
    if (home) return home;
    const renamed = otherNameAnswer(kb, templates, q);
    if (renamed) return renamed;
    const cast = q.intent === "who" ? castMember(q.normalized, bestPassages(kb, q)) : null;
    if (cast) return namedFrom(kb, templates, q, cast.name, cast.sentence, [sourceOf(kb, cast.sentence)]);
    const asksName = q.intent === "who" || q.intent === "search" || q.intent === "what";
    const thing = asksName ? askedKind(q.normalized) : undefined;
    const kind = thing ?? (asksName ? askedRelation(q.normalized) : undefined);
    const named = kind ? answerKind(kb, templates, q, kind) : null;
    if (named) return named;
    // "which banks benefit": a kind that is no person is never answered by a person the passage names.
    if (thing && q.intent === "who" && !isPersonNoun(nounLemma(thing))) return answerFromPassages(kb, templates, { ...q, intent: "search" }, subjectEntity);
    switch (q.intent) {
      case "who":
        return answerWho(kb, templates, q, subjectEntity);
      case "quote":
        return answerQuote(kb, templates, q, subjectEntity);
      default:
        return answerFromPassages(kb, templates, q, subjectEntity);
    }
  })();
  const ranked = options.explain || !("answered" in answer) ? rankedOnce(kb, q) : [];
  const explain = options.explain ? ranked.slice(0, MAX_SOURCES).map((r) => explained(r)) : undefined;
  if (!("answered" in answer)) {
    return { ...noAnswer([], ranked.filter((r) => r.coverage > 0), answer.refusal), ...(explain ? { explain } : {}) };
  }
  return explain ? { ...answer, explain } : answer;
}

/** "what did Miss Peregrine actually make": a value set after a label under the heading that names it ("Actual: $28,500,000"). */
function labelledAnswer(kb: Knowledge, templates: Templates, q: Understood): Answer | null {
  const found = labelledValue(kb, q, bestPassages(kb, q));
  if (!found) return null;
  const view = passageView(kb, q, found.line);
  return {
    question: q.text,
    answered: true,
    intent: q.intent,
    answer: templates.render("which", { ...view, quote: `${cutQuote(found.heading.text)} … ${view.quote}`, name: found.value, kind: "value" }),
    sources: [sourceOf(kb, found.line), sourceOf(kb, found.heading)],
    subject: found.value,
  };
}

/** "what is the Rukban camp also called": the name a passage gives it after "also known as"; "what brand was her jacket": the maker's; through the `which` template. */
function otherNameAnswer(kb: Knowledge, templates: Templates, q: Understood): Answer | null {
  const thing = otherNameAsked(q.normalized);
  const brandOf = thing ? undefined : brandAsked(q.normalized);
  // "what brand was Aniston's jacket": the maker's name a passage writes before the thing ("her Céline jacket").
  // The maker is written where the thing is, which need not be where its owner is named.
  const speakingOf = (noun: string) => rankedOnce(kb, q).filter((r) => kb.terms.of(r.sentence.id).includes(indexTerm(noun) ?? noun)).slice(0, WEIGHTS.decide.tryPassages).map((r) => r.sentence);
  // "what is the name of Rosetta's lander": the name set beside the thing's noun ("the Philae lander"); not a person's (kin is the who stage's).
  const named = thing || brandOf ? undefined : thingNameAsked(q.normalized);
  const ofThing = named && !isPersonNoun(named) ? named : undefined;
  // "what is the Lyft program called": where no other name is given, the name the thing is written with ("its LyftUp Scooter Program").
  const head = thing ? (/(\p{Ll}+)$/u.exec(thing)?.[1] ?? "") : "";
  const found = thing ? (otherNameIn(bestPassages(kb, q), thing) ?? (head ? thingNamedIn(speakingOf(head), head) : null)) : brandOf ? brandIn(speakingOf(brandOf), brandOf) : ofThing ? thingNamedIn(speakingOf(ofThing), ofThing) : null;
  if (!found) return null;
  return {
    question: q.text,
    answered: true,
    intent: "what",
    answer: templates.render("which", { ...passageView(kb, q, found.sentence), name: found.name, kind: "name" }),
    sources: [sourceOf(kb, found.sentence)],
    subject: found.name,
  };
}

/** "where is McKinley from", "where does Battin live": the place a name is tagged with at its first mention ("Rep. David McKinley, R-W.Va.", "Christopher D. Battin, 33, who resides at 2134 Caldwell Place"). */
function homeAnswer(kb: Knowledge, templates: Templates, q: Understood): Answer | null {
  const name = originAsked(q.normalized);
  const person = name ? resolveEntity(kb, name) : null;
  const home = person?.kind === "person" ? homeOf(kb, person) : null;
  if (!home) return null;
  return {
    question: q.text,
    answered: true,
    intent: "where",
    // The template ends the place with its own full stop: an abbreviation's ("W.Va.") is not doubled.
    answer: templates.render("where", { ...passageView(kb, q, home.sentence), place: home.state.replace(/\.$/, "") }),
    sources: [sourceOf(kb, home.sentence)],
  };
}

function explained(r: Ranked): Explained {
  return { doc: r.sentence.doc, quote: cutQuote(r.sentence.text), features: { ...r.features }, score: Number(r.score.toFixed(4)), coverage: Number(r.coverage.toFixed(3)) };
}

/** "what did he say about Oakland?" after a question about Homan is a question about Homan. */
function withFollowUp(kb: Knowledge, q: Understood, followUp: FollowUp): Understood {
  if (!followUp.subject) {
    if (q.intent === "search") {
      const name = q.normalized.replace(/^about\s+/i, "");
      const bare = resolveEntity(kb, name);
      if (bare && q.terms.length <= 3) return { ...q, intent: bare.kind === "person" ? "who" : "what", answerType: bare.kind === "person" ? "person" : "definition", subject: name, predicate: [] };
    }
    return q;
  }
  if (q.subject && PRONOUN.test(q.subject)) return { ...q, subject: followUp.subject, terms: [...new Set([...q.terms, ...termsOf(followUp.subject)])] };
  if (words(q.text).some((w) => PRONOUN.test(w)) && !q.named.length) {
    return { ...q, subject: q.subject ?? (q.intent === "search" ? undefined : followUp.subject), terms: [...new Set([...q.terms, ...termsOf(followUp.subject)])] };
  }
  return withFollowUp(kb, q, {});
}

/** An answer, or why there is none (a refusal when the decide stage turned passages down). */
type Unanswerable = { unanswerable: true; refusal?: Refusal };
type Result = Answer | Unanswerable;
const UNANSWERABLE: Unanswerable = { unanswerable: true };

function answerWho(kb: Knowledge, templates: Templates, q: Understood, entity: Entity | null): Result {
  if (entity?.kind === "person") return describePeople(kb, templates, q, [entity]);
  // "who is the NYAG": "the office of the NYAG, Letitia James" sets a person beside a body or office no one holds as a role.
  const matches = q.subject ? findByRole(kb, q.subject, { now: q.now }) : [];
  // A kind of person asked with where ("the actor in the ad") that no passage sets a name equal to.
  let kindUnnamed = false;
  const apposed = q.subject && !q.predicate.length && !matches.length ? personApposedTo(kb, q.subject, bestPassages(kb, q)) : null;
  if (apposed) return namedFrom(kb, templates, q, apposed.name, apposed.sentence, [sourceOf(kb, apposed.sentence)]);
  // "who is the sheriff of Los Angeles" asks for a person holding an office, not what the place is.
  if (entity && !(q.subject && isRoleDescription(q.subject))) return answerFromPassages(kb, templates, { ...q, intent: "what" }, entity);
  if (q.subject) {
    if (matches.length) {
      const top = matches.filter((m) => m.score === matches[0].score).slice(0, WEIGHTS.decide.roleHolders).map((m) => m.entity);
      // "who is the mayor now": of the people who held the office, those the newest article says hold it.
      return describePeople(kb, templates, q, q.now ? newestHolders(kb, top) : top);
    }
    // "who is Prince Andrew's brother", told from the other side ("Prince Andrew, the … brother of …, Charles").
    const kin = kinAsked(q.subject);
    const told = kin ? kinToldOtherwise(bestPassages(kb, q), kin) : null;
    if (told) return namedFrom(kb, templates, q, told.name, told.sentence, [sourceOf(kb, told.sentence)]);
    // "who is the president of Mexico": an office no one in the articles holds is not answered by a passage.
    // "who leads the polls" asks who does it, not who holds an office: a passage may say so.
    if ((isRoleDescription(q.subject) || namesAPost(q.subject) || (namesARelation(q.subject) && !relationApposed(kb, q.subject))) && !leadsSomethingUnnamed(q)) return UNANSWERABLE;
    // "who is Matt Murray", a name the articles write once and give no role: the passages naming it
    // tell who that is; another person they name ("Nelson … fired a shot at Matt Murray") is not.
    // "what is Jared's last name": of someone the articles name by one name only, the rest is not told.
    if (q.asksName && NAME_PART_ASKED.test(q.normalized)) return UNANSWERABLE;
    if (!q.predicate.length && asksOnlyAName(q)) return answerFromPassages(kb, templates, { ...q, intent: "search" }, null);
    // "who was the victim", a kind of person no one holds as an office: only a name a passage sets equal
    // to it answers, not whoever the passage names near the word.
    // So is "who is the actor in the Covid ad": a kind of person, then where, the names all in the where.
    const kindOf = KIND_THEN_WHERE.exec(q.subject);
    const namedOnlyWhere = kindOf !== null && q.named.every((n) => !words(kindOf[1]).includes(n));
    const plainKind = q.predicate.length || q.named.length ? undefined : personKindAsked(q.subject);
    if (plainKind) return answerKind(kb, templates, q, plainKind) ?? UNANSWERABLE;
    // A kind then where ("the billionaire on stage") may also be told by who does it there ("only Steyer will be on stage"), not by passages naming no one.
    const kindThere = q.predicate.length || !namedOnlyWhere ? undefined : personKindAsked(kindOf[1]);
    const byKind = kindThere ? answerKind(kb, templates, q, kindThere) : null;
    if (byKind) return byKind;
    kindUnnamed = kindThere !== undefined;
  }
  // "who was the alert about": only a name the passages write after "about" beside the thing answers, not whoever they name.
  const about = q.predicate.length ? undefined : ASKS_WHO_ABOUT.exec(q.normalized)?.[1];
  if (about) {
    const told = toldAbout(bestPassages(kb, q), about);
    return told ? namedFrom(kb, templates, q, told.name, told.sentence, [sourceOf(kb, told.sentence)]) : UNANSWERABLE;
  }
  // "who did the Nats trade Drew Storen to": the name a passage writes after "to", right after the one asked of.
  // It asks whom, never who did it: with no such name, no answer.
  if (ASKS_WHO_TO.test(q.normalized)) {
    const recipient = toldAsRecipient(kb, q, bestPassages(kb, q));
    return recipient ? namedFrom(kb, templates, q, recipient.name, recipient.sentence, [sourceOf(kb, recipient.sentence)]) : UNANSWERABLE;
  }
  // "who did Suprun vote for": the name a passage writes right after the asked verb and its preposition, in
  // a clause that does not deny it ("who wrote … that he would not vote for Trump, voted for John Kasich");
  // where the passages name only the one asked there ("Another person voted for Ron Paul"), it was done to
  // them, and who they did it for is not told.
  const prepositional = ASKS_WHOM_BY_PREPOSITION.exec(q.normalized);
  if (prepositional && q.predicate.length) {
    const object = objectOfPreposition(kb, q, bestPassages(kb, q), prepositional[1].toLowerCase());
    if (object === "asked") return UNANSWERABLE;
    if (object) return namedFrom(kb, templates, q, object.name, object.sentence, [sourceOf(kb, object.sentence)]);
  }
  const ranked = rankedOnce(kb, q);
  const chosen = choosePassage(kb, q, ranked);
  if ("unanswerable" in chosen) return chosen;
  const best = chosen;
  // The doer named in the chosen passage, as the "who" template tells it with the passage quoted.
  const doerAnswer = (name: string, said: Sentence = best.sentence): Answer =>
    namedFrom(kb, templates, q, name, said, said === best.sentence ? topSources(kb, ranked) : [sourceOf(kb, said), ...topSources(kb, ranked).filter((x) => x.quote !== said.text)].slice(0, MAX_SOURCES));
  // "who prefers riding a bike": "I prefer riding my bike." signed "Faith Read Xenos, co-founding partner, …".
  const signer = firstPersonSigner(kb, best.sentence, q.predicate);
  if (signer) return doerAnswer(signer.name, signer.sentence);
  // "who bought Hipcricket": "selling Hipcricket to Augme Technologies" names the buyer after "to".
  const byConverse = converseDoer(best.sentence.text, q.predicate, q.named);
  if (byConverse) return doerAnswer(byConverse);
  // "who owns Big Machine": "Scooter Braun (which owns her former record label, Big Machine)" names who by the relative clause after.
  // Not asked whom ("who did police work with": "Capitol Police, who worked with the FBI" names the doer, not whom).
  const relative = ASKS_WHOM.test(q.normalized) ? undefined : relativeDoer(best.sentence.text, q.predicate, q.named);
  // A person named so is given by their full name, without the titles before it ("GOP Gov. Matt Bevin, who lost": Matt Bevin).
  const relativePerson = relative ? (kb.mentions.get(best.sentence.id) ?? []).find((e) => e.kind === "person" && e.aliases.some((a) => relative === a || relative.endsWith(` ${a}`))) : undefined;
  if (relative) return doerAnswer(relativePerson?.name ?? relative);
  // "who met Trump": "a news conference between Trump and Chinese vice-premier Liu He" names the other side.
  const partner = meetingPartner(best.sentence.text, q.predicate, q.named);
  if (partner) return doerAnswer(partner);
  // "who played George Kirk": "Chris Hemsworth … to reprise his role as George Kirk".
  const player = rolePlayer(best.sentence.text, q.predicate, q.named);
  if (player) return doerAnswer(player);
  // "who will direct it": "Noah Hawley, best known for …, is in final talks to write and direct it".
  const controlled = controlledDoer(best.sentence.text, q.predicate, q.named);
  if (controlled) return doerAnswer(controlled);
  // "who died": "over the deaths of former Speaker Benjamin Nzeribe and …" names who did it after the act's noun.
  const byActNoun = actNounDoers(kb, best.sentence, q);
  if (byActNoun) return doerAnswer(byActNoun);
  // "who develops Minecraft": "Minecraft developer Mojang" names the doer by the verb's agent noun.
  const byAgentNoun = agentNounName(best.sentence.text, q);
  if (byAgentNoun) return doerAnswer(byAgentNoun);
  // "who hosted Thatcher's speech": "… Thatcher rose to deliver a speech in New York. Her hosts were the
  // English-Speaking Union" names them as what the agent noun of one just named is.
  for (const said of [best.sentence, kb.corpus.sentences.at(best.sentence.id + 1)]) {
    const named = said && said.doc === best.sentence.doc ? agentNounIs(said.text, q) : null;
    if (named) return doerAnswer(named, said);
  }
  // "who did Ruffin support": "A former Beto O'Rourke supporter, she …" names whom by the verb's agent noun.
  // "who did the Bruins beat": "the Bruins beat the Devils" names whom after the verb.
  if (ASKS_WHOM.test(q.normalized)) {
    for (const said of [best.sentence, ...neighbours(kb, best.sentence)]) {
      const whom = objectOfAgentNoun(said.text, q) ?? objectOfVerb(said.text, q.predicate, q.named, q.normalized) ?? objectOfActNoun(said.text, q.predicate.flatMap((v) => derivedForms(v, "verb")), q.named);
      if (whom) return doerAnswer(whom, said);
    }
  }
  // "who stabbed X" where the passage says only that X "was stabbed", by no one named: it tells of no doer.
  if (asksDoer(q) && saysOnlyDone(best.sentence.text, q.predicate)) return UNANSWERABLE;
  // "who won the governor race": "… a turnaround from four years ago, when Republican Phil Bryant won"
  // tells who won another time, not this one, unless the question asks of then.
  if (!ASKS_EARLIER.test(q.normalized) && doneOnlyOnAnEarlierOccasion(best.sentence.text, q.predicate)) return UNANSWERABLE;
  // "who won the Jets Predators game", "who did the Wild beat": the result told by a score line ("Jets 2,
  // Predators 1:") or by one side lifted over the other, in one of the best passages; a game asked of
  // that no passage gives a result of is not answered by someone who scored in another.
  for (const r of [best, ...ranked.slice(0, WEIGHTS.decide.gamePassages)]) {
    const side = gameResult(r.sentence.text, q.predicate, q.named, q.terms, ASKS_WHOM.test(q.normalized));
    if (side) return doerAnswer(side, r.sentence);
  }
  if (ASKS_GAME.test(q.normalized) && q.predicate.some((v) => v === "win" || v === "lose")) return UNANSWERABLE;
  // "who beat the Chargers", told from the loser's side ("the Chargers' loss to the Chiefs"): the winner,
  // whoever else the passage names; no one, asked who beat the winner.
  const winner = winnerByLoss(best.sentence.text, q.predicate, q.named);
  if (winner === null) return UNANSWERABLE;
  if (winner) return doerAnswer(winner);
  // "who did the Browns play": the game's other side, named after "against" or "vs." in one of the best
  // passages that names the team asked about ("the Browns' Week 11 game against the Pittsburgh Steelers").
  if (!ASKS_FUTURE.test(q.normalized)) {
    for (const r of [best, ...ranked.slice(0, WEIGHTS.decide.gamePassages)]) {
      const opponent = opponentOf(r.sentence.text, q.predicate, q.named);
      if (opponent) return doerAnswer(opponent, r.sentence);
    }
  }
  // "who did Patrick visit", where the passage has the act only as a noun ("saw his visit as a pleasant
  // surprise"): whom it was done to is not told, and the people named did something else.
  // A lead tells what its headline does ("Houston hires Major Applewhite as head coach" over "Houston has promoted … Applewhite").
  const headlineTells = best.sentence.index <= WEIGHTS.decide.leadSentences && tag(docOf(kb, best.sentence).title).some((t) => t.pos === "VERB" && q.predicate.includes(t.lemma));
  if (ASKS_WHOM.test(q.normalized) && q.predicate.length && !headlineTells && ![best.sentence, ...neighbours(kb, best.sentence)].some((s) => usesAsVerb(s, q.predicate))) return UNANSWERABLE;
  // "who discovered Titan", told by none of the ways above: a passage none of whose sentences states the
  // act (its article's headline does: "… Titan Just Revealed Some …") names no one who did it.
  if (asksDoer(q) && ![best.sentence, ...neighbours(kb, best.sentence)].some((s) => statesPredicate(kb, q, s))) return UNANSWERABLE;
  // "who founded Instagram": "And I found out …" writes another verb's form ("find"), no founding.
  if (asksDoer(q) && writesOnlyAnotherVerbsForm(best.sentence, q.predicate)) return UNANSWERABLE;
  // The people the question itself names, by name or by office ("the Oakland mayor"), are not its answer.
  const named = new Set(q.named.map(normalizeWord));
  const described = new Set(rolePhrases(q.text).flatMap((p) => findByRole(kb, p).map((m) => m.entity)));
  const mentioned = (kb.mentions.get(best.sentence.id) ?? []).filter(
    (e) => e.kind === "person" && !described.has(e) && !e.aliases.some((a) => words(a).some((w) => named.has(normalizeWord(w)))),
  );
  // "who scored the empty net goal": "Jason Zucker’s empty-net goal" names whose it was.
  const owner = ownerOfAskedObject(best.sentence.text, q, mentioned);
  if (owner) return { ...doerAnswer(owner.name), subject: owner.name };
  // "who reported X": the outlet the passage cites for it ("according to a new report by E! News"), not the people X is about.
  const source = q.predicate.includes("report") ? citedSource(best.sentence.text, q.predicate) : null;
  if (source) return doerAnswer(source);
  // The agent of the asked verb's passive, told of what the question asks about and naming no one the
  // passage names ("South Dakota’s campaign – run by a Minneapolis-based firm"), over anyone else named;
  // not a description of someone named right after it ("founded by her mother, Pauline Venn").
  const agent = passiveAgent(best.sentence.text, q.predicate, q.terms);
  const agentAt = agent ? best.sentence.text.indexOf(agent) : -1;
  const agentOn = agent ? best.sentence.text.slice(agentAt, agentAt + agent.length + PASSIVE_AGENT_CHARS) : "";
  if (agent && !mentioned.some((e) => e.aliases.some((a) => agentOn.includes(a)))) return doerAnswer(agent);
  // "who offered free flu shots": "A group of physicians … is urging … to accept its offer" tells the act by
  // its noun, owned by the sentence's subject.
  const possessor = asksDoer(q) && !usesAsVerb(best.sentence, q.predicate) ? possessedActDoer(best.sentence.text, q.predicate.flatMap((v) => [...wordForms(v, "noun"), ...derivedForms(v, "verb")])) : null;
  if (possessor) return doerAnswer(possessor);
  const candidates = mentioned.filter((e) => !agentOfAnother(best.sentence.text, e, q));
  const people = ofAskedClause(best, agentsIn(kb, best, candidates, q.predicate));
  // "who coached the Sabres" where the passage's coach is the Wild's: it names who does it for another, and no one else doing it.
  if (!people.length && candidates.length < mentioned.length) return UNANSWERABLE;
  // A company or body that does the asked act ("Live Nation is producing the tour") is who did it.
  // Or the agent of the asked verb in the passive, named or not ("was besieged by police").
  // Or a body the sentence describes as the verb's subject ("a jury of experts will pick the design").
  // Or the source the passage cites for it ("according to the Sioux Falls Argus Leader"), asked who reported it.
  const doer = people.length ? null : namedDoer(best.sentence.text, q.predicate, q.named) ?? passiveAgent(best.sentence.text, q.predicate, q.terms) ?? describedDoer(best.sentence.text, q.predicate) ?? citedSource(best.sentence.text, q.predicate) ?? purposeDoer(best.sentence.text, q.predicate, q.named);
  if (doer) return describedName(kb, best.sentence, doer, doerAnswer) ?? doerAnswer(doer);
  if (!people.length) {
    // "who founded X" where the passage names no one but what the question names: nobody to offer.
    if (q.asksName || (q.predicate.length && /^who\b/i.test(q.normalized) && !namesAnyoneElse(best.sentence.text, q))) return UNANSWERABLE;
    // "who designed the Magic Keyboard" where the passage has only "the robust design of the Magic
    // Keyboard": the act's noun tells of no one who did it.
    if (asksDoer(q) && !usesAsVerb(best.sentence, q.predicate)) return UNANSWERABLE;
    // "who invented the qubit" where the passage writes only "invent", of other things: another act, no one to offer.
    const verbTerms = q.predicate.flatMap((v) => termsOf(v));
    if (asksDoer(q) && best.matched.every((t) => verbTerms.includes(t))) return UNANSWERABLE;
    if (kindUnnamed) return UNANSWERABLE;
    return answerFromPassages(kb, templates, { ...q, intent: "search" }, null, ranked);
  }
  return { ...doerAnswer(people.map((p) => p.name).join(", ")), subject: people[0].name };
}

/**
 * Who did the asked act where the passage tells it in the first person ("I prefer riding my bike") and
 * a line after its paragraph signs it: an answer's "Name, role" line or an embedded post's signature.
 */
function firstPersonSigner(kb: Knowledge, sentence: Sentence, predicate: string[]): { name: string; sentence: Sentence } | null {
  if (!predicate.length || !new RegExp(`\\bI\\s+(?:\\p{Ll}+\\s+)?(?:${verbForms(predicate)})\\b`, "u").test(sentence.text)) return null;
  const signature = postSignature(kb, sentence);
  const name = signature ? SIGNER.exec(signature.text.trim())?.[1] : undefined;
  return name && signature ? { name: name.trim(), sentence: signature } : null;
}
/** The name a signature line opens with: before its first comma, or between its dash and the handle. */
const SIGNER = /^(?:[—–]\s*)?([^,(]{3,80}?)\s*(?:,|\(@)/u;

/**
 * A doer the passage gives by a definite description ("the group sent a letter") named by the sentences
 * before it in its article (`antecedentOf`), quoting the one that names it first.
 */
function describedName(kb: Knowledge, sentence: Sentence, description: string, answerWith: (name: string, said: Sentence) => Answer): Answer | null {
  const before: Sentence[] = [];
  for (let id = sentence.id - 1; id >= 0 && before.length < ANTECEDENT_SENTENCES; id--) {
    const s = kb.corpus.sentences.at(id);
    if (!s || s.doc !== sentence.doc) break;
    if (!s.boilerplate) before.push(s);
  }
  const name = antecedentOf(description, before.map((s) => s.text));
  return name ? answerWith(name, before.find((s) => s.text.includes(name))!) : null;
}
/** Sentences before a definite description searched for the name it refers back to. */
const ANTECEDENT_SENTENCES = 2;

/** "who was the alert about", "who is the song about": the thing, its preposition stranded at the end. */
const ASKS_WHO_ABOUT = /^who (?:is|was|are|were) (?:the |a |an |this |that |his |her |their )?(\p{L}+(?:\s+\p{L}+){0,2}) about$/iu;

/** The name a passage writes after "about" in a sentence that has the thing's noun ("an alert … about Ahmad Rahami"). */
function toldAbout(passages: Sentence[], thing: string): { name: string; sentence: Sentence } | null {
  const noun = termsOf(thing).at(-1);
  if (!noun) return null;
  for (const sentence of passages) {
    if (!termsOf(sentence.text).includes(noun)) continue;
    const name = ABOUT_NAME.exec(sentence.text)?.[1];
    if (name) return { name, sentence };
  }
  return null;
}
const ABOUT_NAME = /\babout\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3})/u;

/** "who did X trade Y to", "whom will she sell it to": the one something goes to. */
const ASKS_WHO_TO = /^(?:who|whom) (?:did|does|do|will|would|could|has|have|had) .+ to$/i;
/** "who did Suprun vote for", "who does she work with": whom, by the preposition ending the question. */
const ASKS_WHOM_BY_PREPOSITION = /^(?:who|whom) (?:did|does|do|will|would|could|has|have|had) .+ (for|with|against)$/i;

/** The name right after the asked verb and a preposition in the best passages, in a clause that does not deny it; "asked" when only the asked name is. */
function objectOfPreposition(kb: Knowledge, q: Understood, passages: Sentence[], preposition: string): { name: string; sentence: Sentence } | "asked" | null {
  const pattern = new RegExp(`\\b(?:${verbForms(q.predicate)})\\s+${preposition}\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3})`, "gu");
  const asked = new Set(q.named.map(fold));
  let askedOnly = false;
  for (const sentence of passages) {
    for (const m of sentence.text.matchAll(pattern)) {
      if (NEGATION.test(clauseBefore(sentence.text, m.index!))) continue;
      const name = m[1];
      if (fold(name).split(" ").some((w) => asked.has(w)) || asked.has(fold(name))) {
        askedOnly = true;
        continue;
      }
      // The one asked of does it: named in the sentence, or in the one before when it goes on about them.
      const doer = fold([sentence, ...goesOnAbout(kb, sentence)].map((s) => s.text).join(" ")).split(" ");
      if (q.named.some((n) => fold(n).split(" ").some((w) => doer.includes(w))) && !refusalFor(kb, q, sentence)) return { name, sentence };
    }
  }
  return askedOnly ? "asked" : null;
}

/** The name a passage writes after "to", up to two words after the last name asked ("sent homegrown Drew Storen to the Blue Jays"), in a passage that may answer. */
function toldAsRecipient(kb: Knowledge, q: Understood, passages: Sentence[]): { name: string; sentence: Sentence } | null {
  const object = q.named.at(-1);
  if (!object) return null;
  const pattern = new RegExp(`(?<![\\p{L}])${escapeRegExp(object)}(?:['’]s?)?(?:\\s+[\\p{Ll}-]+){0,2}?\\s+to\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3})`, "u");
  for (const sentence of passages) {
    const name = pattern.exec(sentence.text)?.[1];
    if (name && !refusalFor(kb, q, sentence)) return { name, sentence };
  }
  return null;
}

/** A "who" answer naming someone, with the passage that names them quoted, as the "who" template tells it. */
function namedFrom(kb: Knowledge, templates: Templates, q: Understood, name: string, said: Sentence, sources: Source[]): Answer {
  // The template ends the name with its own full stop: an abbreviation's ("Consumer Electronics Assn.") is not doubled.
  const shown = name.replace(/\.$/, "");
  return { question: q.text, answered: true, intent: "who", answer: templates.render("who", { ...passageView(kb, q, said), name: shown, roles: "" }), sources, subject: name };
}

/** A question that itself asks of another time: a year, "ago", "last", "previous", "first". */
const ASKS_EARLIER = /\b(?:\d{4}|ago|last|previous(?:ly)?|first|once|earlier|before)\b/i;

/** Whether a passage tells the asked act only in a clause set at an earlier time ("four years ago, when Phil Bryant won"). */
function doneOnlyOnAnEarlierOccasion(text: string, predicate: string[]): boolean {
  if (!predicate.length) return false;
  const forms = verbForms(predicate);
  const earlier = new RegExp(`\\b(?:ago|earlier|before|previously)\\s*,?\\s+when\\s+[^,;.—–]{0,${EARLIER_CLAUSE_CHARS}}?\\b(?:${forms})\\b`, "giu");
  const then = [...text.matchAll(earlier)].length;
  return then > 0 && [...text.matchAll(new RegExp(`\\b(?:${forms})\\b`, "giu"))].length === then;
}
/** How long the subject of an earlier occasion's "when" clause may be, in characters ("when Republican Phil Bryant won"). */
const EARLIER_CLAUSE_CHARS = 60;

/**
 * The people named after the noun of an asked act that has no object ("who died": "the deaths of former
 * Speaker Benjamin Nzeribe and member Funke Adedoyin"), in a passage that tells it only by the noun:
 * they are who did it. A question with an object ("who arrested X") is not asked this way: "the arrest
 * of X" names whom it was done to.
 */
function actNounDoers(kb: Knowledge, s: Sentence, q: Understood): string | null {
  if (!ASKS_BARE_ACT.test(q.normalized) || q.predicate.length !== 1 || usesAsVerb(s, q.predicate)) return null;
  const nouns = [...new Set(derivedForms(q.predicate[0], "verb").flatMap((w) => wordForms(w, "noun")))].filter((w) => !/\s/.test(w));
  const of = nouns.length ? new RegExp(`\\b(?:${nouns.map(escapeRegExp).join("|")})\\s+of\\s+(.{1,200})`, "iu").exec(s.text) : null;
  if (!of) return null;
  const span = of[1];
  // Anyone of the article written there, by any of their names ("B. U. Nzeribe" is Benjamin Nzeribe).
  const people = kb.entities.filter((e) => e.kind === "person" && e.docs.includes(s.doc) && e.aliases.some((a) => new RegExp(`\\b${escapeRegExp(a)}\\b`, "u").test(span)));
  return people.length ? people.map((e) => e.name).join(", ") : null;
}

/** "who died", "who resigned in March": a doer asked of an act with no object. */
const ASKS_BARE_ACT = /^who\s+\p{L}+(?:ed|d)?(?:\s+(?:in|on|at|during|after|before|from|last|this)\b.*)?$/iu;

/** The noun of a kind of person a subject is, with at most its modifiers ("the victim", "the stabbing victim"); none for an office. */
function personKindAsked(subject: string): string | undefined {
  const written = words(subject).filter((w) => !/^(?:the|a|an)$/i.test(w));
  const head = written.at(-1)?.toLowerCase();
  if (!head || written.length > PERSON_KIND_WORDS || isRoleDescription(subject) || /^\p{Lu}/u.test(written.at(-1)!)) return undefined;
  return isPersonNoun(nounLemma(head)) ? head : undefined;
}

/** "the actor in the Covid ad": a kind of person, then a preposition and where or what of. */
const KIND_THEN_WHERE = /^((?:the|a|an)\s+\p{Ll}+(?:\s+\p{Ll}+)?)\s+(?:in|of|at|from|on|for)\s+\S/u;

/** Words a kind-of-person subject may have, its noun included ("the 24-year-old stabbing victim"). */
const PERSON_KIND_WORDS = 3;

/** Whether the question's subject is a name and nothing else: every word one the question names ("who is Semyon Varlamov"). */
function asksOnlyAName(q: Understood): boolean {
  const named = new Set(q.named.map(normalizeWord));
  const subject = words(q.subject ?? "");
  return subject.length > 0 && subject.every((w) => named.has(normalizeWord(w)));
}

/** Whether the tagger reads one of the asked verbs in a text as a verb ("Apple designed it"), not only as a noun ("its design"). */
function usesAsVerb(s: Sentence, predicate: string[]): boolean {
  // Through the tag cache the extract stage reads candidates with: the best passage may be tagged already.
  return taggedSentence(s).some((t) => t.pos === "VERB" && predicate.includes(t.lemma));
}

/** Whether a sentence writes the asked verb's forms only as another verb's ("found" of "find", tagged so), never as the verb itself. */
function writesOnlyAnotherVerbsForm(s: Sentence, predicate: string[]): boolean {
  const forms = new Set(predicate.flatMap((v) => wordForms(v, "verb")));
  const uses = taggedSentence(s).filter((t) => forms.has(t.lower));
  return uses.length > 0 && uses.every((t) => t.pos === "VERB" && !predicate.includes(t.lemma));
}

/** Whether a sentence gives words or findings as a subject's: "China said", "said China", "the Tax Foundation projected", "according to China". */
function saidBy(written: string, subject: string): boolean {
  // A possessive typed without its apostrophe, or with another, is the same name ("Peoples Daily", "People’s Daily").
  const text = written.replace(/['’]/g, "");
  const who = escapeRegExp(subject.replace(/['’]/g, ""));
  return new RegExp(`\\b${who}(?:['’]s)?\\b[^.;“”"]{0,${SPEAKER_REACH}}?\\b(?:${SPEECH_VERB_FORMS})\\b|\\b(?:${SPEECH_VERB_FORMS}|according to)\\s+(?:the\\s+)?${who}\\b`, "iu").test(text);
}
/** Verbs that give someone's words or findings: of saying, and of a source's reporting ("projected", "concluded"). */
const SPEECH_VERB_FORMS = alternation([...SPEECH_VERBS, ...SOURCE_VERBS.flatMap((v) => wordForms(v, "verb")), "project", "projects", "projected"]);
/** Characters between a subject and its verb of saying: "China's foreign ministry said", "Prince Andrew, the nearly 60-year-old younger brother of …, Charles, has reportedly told". */
const SPEAKER_REACH = 120;

/** "who stabbed X": a question of who did an act, its verb right after "who" (not "who was stabbed"). */
function asksDoer(q: Understood): boolean {
  return q.predicate.length > 0 && new RegExp(`^who\\s+(?:${verbForms(q.predicate)})\\b`, "iu").test(q.normalized);
}

/** Whether a text writes the asked verb only in the passive ("was stabbed to death"), never as something someone did. */
function saysOnlyDone(text: string, predicate: string[]): boolean {
  const uses = [...text.matchAll(new RegExp(`\\b(?:${verbForms(predicate)})\\b`, "giu"))];
  // A passive whose clause goes on to its doer ("translated into English by Michael Wells") names one.
  const passive = (at: number) => /\b(?:is|are|was|were|be|been|being|get|got|gets)\s+(?:\p{Ll}+ly\s+)?$/iu.test(text.slice(Math.max(0, at - 24), at)) && !/^[^,;:.]*?\bby\s/u.test(text.slice(at));
  // A gerund after a determiner ("The stabbing occurred") names the act, and says no more of who did it.
  const named = (at: number, form: string) => /ing$/i.test(form) && /\b(?:the|a|an|this|that)\s+$/i.test(text.slice(Math.max(0, at - 8), at));
  const acts = uses.filter((m) => !named(m.index!, m[0]));
  // "has been training" is progressive, done by its subject: only a participle after "be" is passive.
  return acts.length > 0 && acts.every((m) => !/ing$/i.test(m[0]) && passive(m.index!));
}

/**
 * The person whose possessive the passage sets before what the question asks was done ("who scored the
 * empty net goal": "winger Jason Zucker’s empty-net goal sealed it"), of the people it names.
 */
function ownerOfAskedObject(text: string, q: Understood, people: Entity[]): Entity | null {
  if (!q.predicate.length) return null;
  const object = new RegExp(`^who\\s+(?:${verbForms(q.predicate)})\\s+(?:the|a|an)\\s+((?:[\\p{L}-]+\\s+){0,3}[\\p{L}-]+)$`, "iu").exec(q.normalized)?.[1];
  if (!object) return null;
  const phrase = object.split(/[\s-]+/).map(escapeRegExp).join("[\\s-]+");
  const owned = new RegExp(`(\\p{Lu}[\\p{L}'’-]+)['’]s?\\s+${phrase}\\b`, "iu").exec(text);
  // "… mistakenly emailed a draft of Halloran’s severance deal": the thing done to, the verb before it, is no
  // act of its owner's; the verb's subject did it.
  const doneTo = owned ? new RegExp(`\\b(?:${verbForms(q.predicate)})\\b([^,;.]{0,${OWNED_OBJECT_REACH}})$`, "iu").exec(text.slice(0, owned.index)) : null;
  // Not where a clause of its own opens between ("had scored first … before winger Sam Orla’s long-range goal sealed it").
  if (!owned || (doneTo && !SUBORDINATOR.test(doneTo[1]))) return null;
  const owner = owned[1];
  return people.find((e) => e.aliases.some((a) => a.split(" ").pop() === owner)) ?? null;
}

/** Characters between the asked verb and a possessive after it that the verb's object may span ("emailed a draft of"). */
const OWNED_OBJECT_REACH = 40;

/** "the warden of the detention center": a noun for a person of some body, a post no role in the articles fills. */
function namesAPost(subject: string): boolean {
  const head = /^(?:the\s+)?(\p{Ll}+)\s+of\s/u.exec(subject)?.[1];
  return head !== undefined && isPersonNoun(head);
}

/** "Trump's physician": a noun for a kind of person, someone's, a post no role in the articles fills. */
function namesARelation(subject: string): boolean {
  const noun = RELATION_ASKED.exec(subject)?.[2];
  return noun !== undefined && isPersonNoun(noun);
}
/** Someone's (1), a full name too, perhaps a word, then the noun of the relation (2): "Trump's physician", "Andy Beshear's father". */
const RELATION_ASKED = /^((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\S+?)['’]s?\s+(?:\p{Ll}+\s+)?(\p{Ll}+)$/u;

/**
 * Whether an article names the person a relation asked of is, set beside it: "Steenburgen’s son,
 * filmmaker Charlie McDowell" for "who is Steenburgen's son". The passages then answer it.
 */
function relationApposed(kb: Knowledge, subject: string): boolean {
  const [, owner, noun] = RELATION_ASKED.exec(subject) ?? [];
  if (!owner || !noun) return false;
  const apposed = new RegExp(`\\b${escapeRegExp(owner)}['’]s?\\s+(?:\\p{Ll}+\\s+)?${escapeRegExp(noun)}s?,?\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,3}$`, "iu");
  const lowerOwner = owner.toLowerCase();
  // The person set beside the relation is someone the articles name; the owner may be named only there.
  return kb.entities.some((e) =>
    e.kind === "person" &&
    e.mentions.some((id) => {
      const text = kb.corpus.sentences.get(id).text;
      return text.toLowerCase().includes(lowerOwner) && e.aliases.some((a) => {
        const at = text.indexOf(a);
        return at > 0 && apposed.test(text.slice(0, at));
      });
    }),
  );
}

/** "who leads the polls (in South Carolina)": a verb of heading whose object is no name, so no body's office. */
function leadsSomethingUnnamed(q: Understood): boolean {
  const object = /^the head of (.+?)(?:\s+(?:in|at|on|for|of|from)\s.*)?$/.exec(q.subject ?? "")?.[1];
  return q.predicate.length > 0 && object !== undefined && !/\p{Lu}/u.test(object);
}

/**
 * Whether a sentence names someone or something the question does not: a capitalized word inside a
 * clause (not opening the sentence or following a colon or quote mark) that is not one of the question's.
 */
function namesAnyoneElse(text: string, q: Understood): boolean {
  const asked = new Set([...q.named.map(fold), ...q.terms]);
  return [...text.matchAll(/(?<=[\p{L}\p{N},;)]\s+)\p{Lu}[\p{L}.&'’-]*/gu)].some((m) => {
    const w = m[0].replace(/['’]s?$/, "");
    return !asked.has(fold(w)) && !termsOf(w).some((t) => asked.has(t)) && !TIME_NAMES.has(w.toLowerCase());
  });
}

const MODIFIER_USE = /^(?:['’]s?(?![\p{L}])|\s+(?:administration|government|campaign|office|era|memo|policy|policies|team|aides?)\b)/iu;

/** A name of up to four capitalized words a doer finder reads; a word may hold "!" ("a new report by E! News"). */
const DOER_NAME = "\\p{Lu}[\\p{L}\\d.&'’!-]*(?:\\s+\\p{Lu}[\\p{L}\\d.&'’!-]*){0,3}";

/**
 * The name a sentence gives right after the agent noun of the question's verb, itself right after the
 * question's object: "Minecraft developer Mojang" for "who develops Minecraft", "Tesla founder Elon
 * Musk" for "who founded Tesla". The agent nouns are WordNet's derived nouns for a person and the
 * verb with -er or -or when WordNet knows that word as a person. Or the name after the act's own noun
 * and "with", "by" or "from": "a lawsuit with ZeniMax Media" for "who is suing Facebook".
 */
function agentNounName(text: string, q: Understood): string | null {
  const derived = q.predicate.flatMap((verb) => derivedForms(verb, "verb"));
  const nouns = askedAgentNouns(q);
  const asked = new Set(q.terms);
  // "a lawsuit with ZeniMax Media" for "who is suing Facebook": the act's own noun, then who brings it;
  // the verb's own spelling too, after an article ("with an assist from Hillary Clinton" for "who assisted").
  const acts = [...new Set(derived.filter((w) => !isPersonNoun(w)))];
  const spelledAsVerb = q.predicate.filter((v) => isNoun(v) && !isPersonNoun(v));
  if (acts.length || spelledAsVerb.length) {
    const nouns = [...(acts.length ? [`(?:${alternation(acts)})`] : []), ...(spelledAsVerb.length ? [`(?<=\\b(?:an?|the|his|her|their|its)\\s+(?:\\p{Ll}+\\s+)?)(?:${alternation(spelledAsVerb)})`] : [])].join("|");
    const brought = new RegExp(`\\b(?:${nouns})s?\\s+(?:with|by|from)\\s+(${DOER_NAME})`, "u").exec(text);
    const name = brought?.[1].replace(/[.,;:]$/, "");
    if (name && !termsOf(name).some((t) => asked.has(t))) return name;
  }
  // "granted a high-profile interview to the BBC" for "who interviewed Prince Andrew": the act given to someone is theirs to do.
  const given = [...acts, ...q.predicate.filter((v) => isNoun(v))];
  if (given.length) {
    const to = new RegExp(`\\b(?:give|gives|gave|given|giving|grant|grants|granted|granting)\\s+(?:an?|the|his|her|their|its)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${alternation(given)})\\s+to\\s+(?:the\\s+)?(${DOER_NAME})`, "u").exec(text)?.[1]?.replace(/[.,;:]$/, "");
    if (to && !termsOf(to).some((t) => asked.has(t))) return to;
  }
  if (!nouns.length) return null;
  // "Developer Valve called 'Half Life: Alyx' …": the agent noun opening the sentence as the name's title.
  const opening = new RegExp(`^(?:[Tt]he\\s+)?(?:${nouns.map((n) => `[${n[0].toUpperCase()}${n[0]}]${escapeRegExp(n.slice(1))}`).join("|")})s?\\s+(\\p{Lu}[\\p{L}\\d.&'’-]*(?:\\s+\\p{Lu}[\\p{L}\\d.&'’-]*){0,3}?)(?=\\s+\\p{Ll}|[,;:.]|$)`, "u").exec(text)?.[1];
  if (opening && !termsOf(opening).some((t) => asked.has(t)) && termsOf(text.slice(opening.length)).some((t) => asked.has(t))) return opening;
  const pattern = new RegExp(`([\\p{L}\\d'’-]+)\\s+(?:${alternation(nouns)})s?\\s+(${DOER_NAME})`, "gu");
  for (const m of text.matchAll(pattern)) {
    const object = termsOf(m[1])[0];
    const name = m[2].replace(/[.,;:]$/, "");
    if (object && asked.has(object) && !termsOf(name).some((t) => asked.has(t))) return name;
    // "in the studio with producer John Shanks …, creating five songs": the agent noun as the name's
    // title, in a passage that tells of what is asked.
    if (STOP_WORDS.has(m[1].toLowerCase()) && !termsOf(name).some((t) => asked.has(t))) return name;
  }
  return null;
}

/** "Her hosts were the English-Speaking Union": the name a possessive's agent noun of the asked verb is. */
function agentNounIs(text: string, q: Understood): string | null {
  const nouns = askedAgentNouns(q);
  if (!nouns.length) return null;
  const m = new RegExp(`\\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\\s+(?:${alternation(nouns)})s?\\s+(?:was|were|is|are)\\s+((?:the\\s+)?\\p{Lu}[\\p{L}\\d.&'’-]*(?:\\s+(?:of\\s+)?\\p{Lu}[\\p{L}\\d.&'’-]*){0,4})`, "u").exec(text);
  return m ? m[1].replace(/[.,;:]$/, "") : null;
}

/** The nouns for whoever does the question's verbs ("coach", "director", "supporter"). */
function askedAgentNouns(q: Understood): string[] {
  return [...new Set(q.predicate.flatMap((verb) => agentNouns(verb)))];
}

/**
 * Whether a sentence names someone by the asked verb's agent noun for another name than the question's:
 * "Wild coach Bruce Boudreau" coaches the Wild, and is no answer to "who coached the Sabres".
 */
function agentOfAnother(text: string, person: Entity, q: Understood): boolean {
  const nouns = askedAgentNouns(q);
  if (!nouns.length) return false;
  const asked = new Set(q.terms);
  const pattern = new RegExp(`(\\p{Lu}[\\p{L}'’.-]*)\\s+(?:${alternation(nouns)})s?\\s+(?:${person.aliases.map(escapeRegExp).join("|")})\\b`, "gu");
  return [...text.matchAll(pattern)].some((m) => !termsOf(m[1]).some((t) => asked.has(t)));
}

/** "who did X support", "who does she back": the one the act is done to is asked, X does it. */
/** "who won the Capitals Rangers game": a game's result asked. */
const ASKS_GAME = /\b(?:game|match|matchup|series)\b/i;
const ASKS_WHOM = /^who(?:m)? (?:did|does|do|will|would|has|have|had) \S/i;

/**
 * The name a sentence writes right before the asked verb's agent noun ("Beto O'Rourke supporter",
 * "a Trump voter"): whom the one so described does it to. Never a name the question gives.
 */
function objectOfAgentNoun(text: string, q: Understood): string | null {
  const nouns = askedAgentNouns(q);
  if (!nouns.length) return null;
  const asked = new Set(q.named.map(fold));
  const pattern = new RegExp(`(\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3})\\s+(?:${alternation(nouns)})s?\\b`, "gu");
  for (const m of text.matchAll(pattern)) {
    const name = m[1].replace(/^(?:A|An|The)\s+/, "");
    if (name && !name.split(/\s+/).some((w) => asked.has(fold(w))) && !/^(?:A|An|The)$/.test(name)) return name;
  }
  return null;
}

/** How far before "by NAME" the asked verb may be ("translated into English by"), in words and characters. */
const PASSIVE_AGENT_WORDS = 6;
const PASSIVE_AGENT_CHARS = 60;
/** "by her mother, ", "by the company's founder, ": a passive's agent described, its name set off after. */
const APPOSED_AGENT = /\bby\s+(?:her|his|their|its|the|a|an)\s+(?:[\p{L}'’-]+\s+){0,2}\p{Ll}[\p{Ll}-]*,\s*$/u;
/** How far before a name its verb is looked for when the subject follows it ("…, reported Alexandra Olgin"). */
const INVERTED_VERB_CHARS = 30;

/**
 * Who did what a sentence says was done: the people it names as actors, not as modifiers ("the Trump
 * administration", "Sessions’ memo"); those right before a word of the question first ("de Blasio
 * called"); else the one person of the article who holds the title the sentence starts with ("The
 * mayor … warned"). The agent of a passive ("translated … by Michael Wells") comes before all, with
 * a subject written after its verb ("…, reported Alexandra Olgin").
 */
function agentsIn(kb: Knowledge, r: Ranked, candidates: Entity[], predicate: string[] = []): Entity[] {
  const text = r.sentence.text;
  const asked = (w: string) => r.matched.includes(termsOf(w)[0] ?? "");
  // Before "by", the asked verb makes its agent ("was founded by"): not another asked word ("Dear Abby is written by").
  const verbs = new Set(predicate.flatMap((v) => wordForms(v, "verb")).flatMap((f) => termsOf(f)));
  const actedBy = (w: string) => (verbs.size ? verbs.has(termsOf(w)[0] ?? "") : asked(w));
  const uses = candidates.map((e) => {
    const found = [...text.matchAll(new RegExp(e.aliases.map(escapeRegExp).join("|"), "g"))];
    const acting = found.map((m) => m.index! + m[0].length).filter((end) => !MODIFIER_USE.test(text.slice(end)));
    const beforeVerb = acting.some((end) => words(text.slice(end, end + 40)).slice(0, 3).some(asked));
    // The agent of a passive: "translated into English by Michael Wells".
    const byAgent = found.some((m) => {
      const before = text.slice(Math.max(0, m.index! - PASSIVE_AGENT_CHARS), m.index!);
      // A descriptor may stand between "by" and the name: "by neighborhood watch volunteer George Zimmerman",
      // "by Kestrel Radio CFO Mark Toller". Not "by the Trump administration": a descriptor has no function
      // words, and a name used as a modifier acts for no one.
      const by = /\bby\s+(?:\p{L}[\p{L}-]*\s+){0,4}$/u.exec(before);
      // Or a description set off before the name: "founded by her mother, Pauline Phillips".
      const apposed = APPOSED_AGENT.exec(before);
      if (apposed) return words(before.slice(0, apposed.index + 3)).slice(-PASSIVE_AGENT_WORDS).some(actedBy);
      if (!by || words(before.slice(by.index + 2)).some((w) => STOP_WORDS.has(w)) || MODIFIER_USE.test(text.slice(m.index! + m[0].length))) return false;
      return words(before.slice(0, by.index + 2)).slice(-PASSIVE_AGENT_WORDS).some(actedBy);
    });
    // The subject after its verb, as reporting is written: "…, reported Alexandra Olgin of South Carolina Public Radio".
    // A title may stand between the verb and the name: "…,” wrote City Council members Rebecca Kaplan, …".
    const inverted = found.some((m) => {
      const verb = /[,”"]\s*(\p{Ll}+)\s+(?:\p{Lu}[\p{L}.-]*\s+(?:\p{Ll}+\s+)?){0,3}$/u.exec(text.slice(Math.max(0, m.index! - INVERTED_VERB_CHARS), m.index!))?.[1];
      return verb !== undefined && asked(verb);
    });
    return { e, found, acting: acting.length > 0, beforeVerb, byAgent: byAgent || inverted };
  });
  const agents = uses.filter((u) => u.byAgent);
  // Those listed with an agent act with them: "wrote … Rebecca Kaplan, Desley Brooks, and Noel Gallo".
  const listedWith = (a: (typeof uses)[number], u: (typeof uses)[number]) => a.found.some((x) => u.found.some((y) => LISTED_BETWEEN.test(between(text, x, y))));
  for (let grew = agents.length > 0; grew; ) {
    const more = uses.filter((u) => !agents.includes(u) && agents.some((a) => listedWith(a, u)));
    agents.push(...more);
    grew = more.length > 0;
  }
  if (agents.length) return uses.filter((u) => agents.includes(u)).map((u) => u.e);
  const actors = uses.filter((u) => u.acting);
  const first = actors.filter((u) => u.beforeVerb);
  if (first.length) return first.map((u) => u.e);
  // "prosecutors released the footage when officers … arrested Webb": a name only after the asked verb,
  // and not its passive's agent, is no one who did it.
  const verbAt = predicate.length ? text.search(new RegExp(`\\b(?:${verbForms(predicate)})\\b`, "iu")) : -1;
  // "Durr explained that the folks flying the plane …": one who reports it is no doer of what is reported.
  const reports = (u: (typeof uses)[number]) => u.found.every((m) => SPEAKS_AFTER.test(text.slice(m.index! + m[0].length)));
  const before = verbAt < 0 ? actors : actors.filter((u) => u.found.some((m) => m.index! < verbAt) && !reports(u));
  // "After news broke … that Kelly had come forward, Ailes’s lawyer Susan Estrich … mistakenly emailed": the
  // name in the verb's own clause, no comma between, over one in a clause set off before it, unless listed with it.
  const inClause = verbAt < 0 ? [] : before.filter((u) => u.found.some((m) => m.index! < verbAt && !/[,;:]/.test(text.slice(m.index! + m[0].length, verbAt))));
  // Only a clause a subordinator opens is set off so ("that Kelly had come forward"); a list before the verb is its subject.
  const subordinate = (u: (typeof uses)[number]) => u.found.every((m) => SUBORDINATOR.test(text.slice(0, m.index!).split(/[,;:]/).pop() ?? ""));
  if (inClause.length && inClause.length < before.length) return before.filter((u) => inClause.includes(u) || !subordinate(u)).map((u) => u.e);
  if (before.length) return before.map((u) => u.e);
  if (actors.length && verbAt < 0) return actors.map((u) => u.e);
  const written = /^(?:[“"]?\s*)?the\s+(\p{L}+)/iu.exec(text)?.[1];
  const title = written?.toLowerCase();
  // "The White House called …": a body's name, no title of anyone's ("White House Press Secretary").
  if (!written || !title || !(TITLE_WORDS.has(title) || (isPersonNoun(title) && /^\p{Ll}/u.test(written)))) return [];
  const holders = kb.entities.filter((e) => e.kind === "person" && e.docs.includes(r.sentence.doc) && e.roles.some((role) => words(role.text).map(normalizeWord).includes(title)));
  return holders.length === 1 ? holders : [];
}

/** The words by which a question asks a thing's name ("what is it called", "… also known as"). */
const CALLING_WORD = /^(?:called|named|dubbed|nicknamed|known)$/i;

/** A part of a person's name asked for: "last name", "full name", "surname". */
const NAME_PART_ASKED = /\b(?:(?:last|full|first|given|family|middle)\s+name|surname)\b/i;

/** A word opening a subordinate clause: who it names does its verb, not the main clause's. */
const SUBORDINATOR = /\b(?:that|after|before|when|while|because|if|since|although|though|until|unless)\b/i;

/** Whether a word is a noun of an act ("attack", "bombing", "raid"), not a dictionary's stray noun ("at"). */
function namesAnAct(word: string): boolean {
  return word.length > 2 && !STOP_WORDS.has(word) && isNoun(word) && isKindOf(word, "act");
}

/** A verb of speech right after a name: what follows is what the name reported. */
const SPEAKS_AFTER = new RegExp(`^\\s+(?:${alternation(SPEECH_VERBS)})\\b`, "i");

/** What joins names in a list: a comma, "and", or both ("Kaplan, Desley Brooks, and Noel Gallo"). */
const LISTED_BETWEEN = /^\s*(?:,\s*(?:and\s+)?|and\s+)$/;

/** The text between two matches of a sentence, in whichever order they come. */
function between(text: string, a: RegExpMatchArray, b: RegExpMatchArray): string {
  const [first, second] = a.index! < b.index! ? [a, b] : [b, a];
  return text.slice(first.index! + first[0].length, second.index);
}

/**
 * Of people named in different independent clauses of one sentence, those of the clause with the
 * most words asked: "Beyond was directed by Justin Lin; Into Darkness was directed by J.J. Abrams"
 * answers "who directed Into Darkness" by the second clause alone.
 */
function ofAskedClause(r: Ranked, people: Entity[]): Entity[] {
  if (people.length < 2 || !r.sentence.text.includes(";")) return people;
  let at = 0;
  const clauses = r.sentence.text.split(";").map((text) => {
    const start = at;
    at += text.length + 1;
    return { start, end: at, asked: new Set(words(text).flatMap(termsOf).filter((t) => r.matched.includes(t))).size };
  });
  const asked = people.map((e) => {
    const found = new RegExp(e.aliases.map(escapeRegExp).join("|")).exec(r.sentence.text);
    return found ? clauses.find((c) => found.index >= c.start && found.index < c.end)?.asked : undefined;
  });
  const most = Math.max(...asked.map((n) => n ?? 0));
  const kept = people.filter((_, i) => asked[i] === most);
  return kept.length ? kept : people;
}

/** "Who is" answers: each person's roles as the articles state them, dated where the dates differ. */
function describePeople(kb: Knowledge, templates: Templates, q: Understood, people: Entity[]): Answer {
  const lines: string[] = [];
  const quoted: Sentence[] = [];
  for (const person of people) {
    const stated = distinctRoles(person.roles.map((r) => ({ text: singularTitle(r.text), sentence: kb.corpus.sentences.get(r.sentence) })));
    // A description where the article goes on about them adds to their roles ("… Deval Patrick … But the black former Massachusetts governor is eager").
    const roles = distinctRoles([...stated, ...describedAfter(kb, person)]);
    const dates = new Set(roles.map((r) => docOf(kb, r.sentence).published));
    const showDates = dates.size > 1;
    const rolesText = roles
      .map((r) => {
        const date = docOf(kb, r.sentence).published;
        return showDates ? `${r.text} (${date ? `as of ${date}` : "undated source"})` : r.text;
      })
      .join("; ")
      // The template ends the line with its own full stop: "Sen." must not read "Sen..".
      .replace(/\.$/, "");
    // With no role to state, the first sentence about them, not the page's headline repeated above the text.
    const mentions = person.mentions.map((id) => kb.corpus.sentences.get(id));
    const first = roles[0]?.sentence ?? mentions.find((s) => !repeatsTitle(kb, s)) ?? mentions[0];
    lines.push(templates.render("who", { ...passageView(kb, q, first), name: person.name, roles: rolesText }));
    quoted.push(...(roles.length ? roles.map((r) => r.sentence) : [first]));
  }
  const sources = byDateThenOrder(kb, unique(quoted)).slice(0, MAX_SOURCES).map((s) => sourceOf(kb, s));
  return { question: q.text, answered: true, intent: "who", answer: lines.join("\n"), sources, subject: people[0].name };
}

/**
 * A person described where a sentence after a mention goes on about them ("Eyamba Sowers didn’t know
 * … The real estate agent said she …"): that description, at its first such mention.
 */
function describedAfter(kb: Knowledge, person: Entity): Array<{ text: string; sentence: Sentence }> {
  for (const id of person.mentions) {
    for (let k = 1; k <= WEIGHTS.decide.describedReach; k++) {
      const next = kb.corpus.sentences.at(id + k);
      const text = next && next.doc === kb.corpus.sentences.get(id).doc ? describedOpening(next.text) : null;
      if (!next || !text) continue;
      // The sentence before is about its subject, the person it names first ("Sowers didn’t know Patrick was coming").
      const before = goesOnAbout(kb, next).find((s) => kb.mentions.get(s.id)?.some((e) => e.kind === "person"));
      const named = (before ? kb.mentions.get(before.id)! : []).filter((e) => e.kind === "person");
      const at = (e: Entity) => Math.min(...e.aliases.map((a) => before!.text.indexOf(a)).filter((i) => i >= 0));
      if (named.length && named.reduce((a, b) => (at(b) < at(a) ? b : a)) === person) return [{ text, sentence: next }];
    }
  }
  return [];
}

function repeatsTitle(kb: Knowledge, s: Sentence): boolean {
  const key = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  return key(s.text) === key(docOf(kb, s).title);
}

/**
 * A role stated for several people at once ("City Council members Kaplan, Brooks and Gallo") said of
 * one: "City Council member". A plural after "of" names the body the one person belongs to ("president
 * of the U.S. Conference of Mayors") and stays.
 */
function singularTitle(role: string): string {
  const m = /^(.*\b)(\p{L}+)s$/u.exec(role);
  return m && TITLE_WORDS.has(m[2].toLowerCase()) && !/\bof\b/i.test(m[1]) ? m[1] + m[2] : role;
}

function distinctRoles(roles: Array<{ text: string; sentence: Sentence }>) {
  return roles.filter(
    (r, i) =>
      !roles.some((o, j) => j !== i && o.text.length > r.text.length && o.text.toLowerCase().includes(r.text.toLowerCase())) &&
      roles.findIndex((o) => o.text.toLowerCase() === r.text.toLowerCase()) === i,
  );
}

function answerQuote(kb: Knowledge, templates: Templates, q: Understood, speakerIn: Entity | null): Result {
  const speaker = speakerIn ?? (q.subject ? findByRole(kb, q.subject)[0]?.entity ?? null : null);
  if (!speaker) {
    // "what did China say about the tariffs", with no one of that name quoted: the best passages must
    // give its words ("China said …"), not another's that mention it ("'The Chinese government pays
    // nothing,' Howard Gleckman … has written").
    const asSearch: Understood = { ...q, intent: "search" };
    const subject = q.subject?.replace(/^the\s+/i, "");
    const names = subject ? [subject, kb.acronyms.get(subject.toUpperCase()) ?? ""].filter(Boolean) : [];
    // The words may be attributed in the sentence before or after ("… ‘Tell them to buy larger tractors.’ … Trump said").
    const attributed = (r: Ranked) => [r.sentence, ...neighbours(kb, r.sentence)].some((s) => names.some((name) => saidBy(s.text, name)));
    if (names.length && !rankedOnce(kb, asSearch).slice(0, WEIGHTS.decide.tryPassages).some(attributed)) return UNANSWERABLE;
    return answerFromPassages(kb, templates, asSearch, null);
  }
  const own = new Set<number>();
  for (const id of nameIndex(kb).quoting.get(speaker.id) ?? []) own.add(id);
  for (const id of reportedSpeechOf(kb, speaker)) own.add(id);
  // "what did X tweet": words said on a medium are quoted only where the passage names that medium.
  const medium = ASKS_MEDIUM.exec(q.normalized)?.[1].toLowerCase();
  if (medium) {
    const named = (id: number) => [kb.corpus.sentences.get(id), ...neighbours(kb, kb.corpus.sentences.get(id))].some((x) => MEDIUM_WORDS[medium].test(x.text));
    for (const id of own) if (!named(id)) own.delete(id);
  }
  const topicTerms = q.topic ? termsOf(q.topic) : [];
  const ranked = rankSentences(kb, q, { terms: topicTerms.length ? topicTerms : q.terms, speaker, within: own });
  if (!ranked.length) return UNANSWERABLE;
  let chosen: Ranked[];
  if (topicTerms.length) {
    // Words said in an article about the topic are about it, though the quote never names it: Warner
    // on "the worst piece of legislation", in an article about the deficit.
    const about = new Map<string, boolean>();
    const isAbout = (doc: string) => about.get(doc) ?? about.set(doc, articleIsAbout(kb, doc, topicTerms)).get(doc)!;
    // A topic of several words is named by its head ("the Oakland police chief": chief); a quote naming only
    // a word before it ("Oakland") is on the topic only in an article about it all.
    const head = topicTerms[topicTerms.length - 1];
    // "what did Patrick say when he walked in": a time told by an event, which the sentence before or
    // after the words may tell ("When Patrick walked into the back of the room … “Don’t mind me!” he told them.").
    const around = (s: Sentence) => (TOPIC_IS_A_TIME.test(q.topic ?? "") ? [s, ...neighbours(kb, s)] : [s]);
    // A person asked of by full name ("Leslie Jones") is named by that person's mention, not by another's
    // of the same surname ("Chuck Jones"); and words an article holds on someone else are not on them.
    // Typed in lower case ("about jared kushner"), a topic is a full name where it is a person's whole name.
    const named = q.topic && words(q.topic).length > 1 ? resolveEntity(kb, q.topic) : null;
    const person = named && (PERSON_TOPIC.test(q.topic!) || fold(named.name) === fold(q.topic!)) ? named : null;
    const namesPerson = (s: Sentence) => (kb.mentions.get(s.id) ?? []).includes(person!) || topicTerms.every((t) => kb.terms.of(s.id).includes(t));
    const namesHead = (r: Ranked) => around(r.sentence).some((s) => (person?.kind === "person" ? namesPerson(s) : kb.terms.of(s.id).includes(head)));
    // Words said at a time are those told beside its event, not any the speaker said that day.
    const onTopic = ranked.some(namesHead) ? (TOPIC_IS_A_TIME.test(q.topic ?? "") || person?.kind === "person" ? ranked.filter(namesHead) : ranked) : person?.kind === "person" ? [] : ranked.filter((r) => isAbout(r.sentence.doc));
    if (!onTopic.length) return UNANSWERABLE;
    chosen = onTopic.slice(0, 2);
  } else {
    const spoken = ranked.filter((r) => kb.speakers.get(r.sentence.id)?.includes(speaker.id));
    chosen = (spoken.length ? spoken : ranked).slice(0, MAX_SOURCES).sort((a, b) => a.sentence.id - b.sentence.id);
  }
  // "And here’s what … Stankey said … about zero rating:" introduces his words in the paragraph after: quote those.
  chosen = chosen.map((r) => ({ ...r, sentence: introducedQuote(kb, r.sentence) ?? r.sentence }));
  return {
    question: q.text,
    answered: true,
    intent: "quote",
    answer: templates.render("quote", { speaker: speaker.name, topic: q.topic ?? "", question: q.text, quotes: chosen.map((r, i) => quoteView(kb, r.sentence, i + 1)) }),
    sources: chosen.map((r) => sourceOf(kb, r.sentence)),
    quoted: chosen.map((_, i) => i + 1),
    subject: speaker.name,
  };
}

/** The first sentence of the quotation a sentence ending in a colon introduces, where the next paragraph opens with it. */
function introducedQuote(kb: Knowledge, s: Sentence): Sentence | null {
  if (!/:\s*$/.test(s.text)) return null;
  const next = kb.corpus.sentences.at(s.id + 1);
  return next && next.doc === s.doc && next.paragraph !== s.paragraph && /^\s*[“"]/.test(next.text) ? next : null;
}

/** A topic that is a full name: two capitalized words or more. */
const PERSON_TOPIC = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)+$/u;

/** A topic that is a time told by an event: "when he walked in", "after the vote". */
const TOPIC_IS_A_TIME = /^(?:when|after|before|while|as|during|once)\b/i;

/** A question for words said on one medium: "what did X tweet", "what did X post". */
const ASKS_MEDIUM = /^what (?:did|does|has|have) .+? (tweet|post)(?:ed|s)?\b/i;
const MEDIUM_WORDS: Record<string, RegExp> = { tweet: /\btweet|\btwitter\b/i, post: /\bpost(?:s|ed|ing)?\b|\btwitter\b|\bfacebook\b|\binstagram\b/i };

/**
 * The sentence that gives the reason for what a passage states, when it follows it closely: the first
 * of the next `WEIGHTS.decide.reasonAfter` sentences of the article with a word that gives a reason
 * ("because the dollar is the world's reserve currency").
 */
function reasonAfter(kb: Knowledge, s: Sentence): Sentence | null {
  for (let d = 1; d <= WEIGHTS.decide.reasonAfter; d++) {
    const next = kb.corpus.sentences.at(s.id + d);
    if (!next || next.doc !== s.doc) return null;
    if (!next.boilerplate && GIVES_REASON.test(next.text)) return next;
  }
  return null;
}

/** Whether every topic word runs through an article: it is in at least `WEIGHTS.decide.topicSentences` of its sentences. */
function articleIsAbout(kb: Knowledge, doc: string, topic: string[]): boolean {
  const sentences = kb.docs.get(doc)?.sentences ?? [];
  return topic.every((t) => sentences.filter((s) => kb.terms.of(s.id).includes(t)).length >= WEIGHTS.decide.topicSentences);
}

/**
 * The decide stage over ranked passages: the best of the first few that covers enough of the question
 * and states its predicate and names; else why none may answer.
 */
function choosePassage(kb: Knowledge, q: Understood, ranked: Ranked[]): Ranked | Unanswerable {
  const tried = ranked.slice(0, WEIGHTS.decide.tryPassages).filter((r) => r.coverage >= MIN_COVERAGE);
  const refusals = new Map<Ranked, Refusal | null>();
  const refused = (r: Ranked) => (refusals.has(r) ? refusals.get(r)! : refusals.set(r, refusalFor(kb, q, r.sentence)).get(r)!);
  // The best passage says what is asked is not known or not told: no other passage knows better.
  const unknown = tried.length ? refused(tried[0]) : null;
  if (unknown?.rule === "answer_unknown") return { unanswerable: true, refusal: unknown };
  const first = tried.find((r) => !refused(r));
  if (!first) return { unanswerable: true, refusal: tried.map(refused).find((why) => why !== null) ?? undefined };
  /** The best passage the decide stage lets answer that also has what `wanted` asks. */
  const acceptedWith = (wanted: (r: Ranked) => boolean) => tried.find((r) => !refused(r) && wanted(r));
  // "how much did the Nasdaq gain": a passage that names what the question names, or whose neighbours
  // do, before one whose article names it only elsewhere ("the STOXX 600 … gained 0.02%"): a figure is
  // stated of its thing (a date or a place may be told of "it", the event, a sentence on).
  if (q.intent === "howmany" && q.named.length) {
    // A name asked by its initials is named by the words they stand for ("MLB": "Major League Baseball reported …").
    const named = q.named.map((n) => [termsOf(n), termsOf(longFormOf(kb, n) ?? "")].filter((t) => t.length)).filter((alts) => alts.length);
    // Or whose section's heading does ("NISSAN SENTRA" over "The new version gets a new 149 horsepower …").
    const naming = acceptedWith((r) => {
      const window = windowTerms(kb, r.sentence);
      return named.every((alts) => alts.some((t) => t.every((x) => window.has(x))));
    });
    // Not over a passage with a figure of the asked unit, for one without ("149 horsepower" over "it two inches").
    const measure = measureFor(q);
    const fitting = (r: Ranked) => measure.kind !== "any" && hasFittingFigure(kb, q, r, measure);
    if (naming && naming !== first && !(fitting(first) && !fitting(naming))) return naming;
  }
  // "when did Amazon buy Twitch": a passage that states the asked verb ("the company purchased … Twitch in
  // 2014") before one that states it only otherwise ("Twitch generated roughly $2 billion in 2016 sales").
  if ((q.intent === "howmany" || q.intent === "when") && q.predicate.length && !statesPredicate(kb, q, first.sentence)) {
    // Not one whose figure is of another unit, for one of the asked unit ("15,000 people registered for the rally" for "several thousand teachers").
    const measure = q.intent === "howmany" ? measureFor(q) : null;
    const fitting = (r: Ranked) => measure !== null && measure.kind !== "any" && hasFittingFigure(kb, q, r, measure);
    const stating = acceptedWith((r) => r.coverage >= first.coverage && statesPredicate(kb, q, r.sentence) && hasShape(kb, q, r) && (!fitting(first) || fitting(r)));
    if (stating) return stating;
  }
  // "how much did oil fall": a passage where the asked subject does the asked verb ("Oil fell 1 percent")
  // before one where something else does it beside the subject's word ("production … fell 1.3 percent,
  // driven by a slide in oil").
  const subject = q.intent === "howmany" && q.predicate.length ? ASKED_SUBJECT.exec(q.normalized)?.[1] : undefined;
  if (subject) {
    const head = escapeRegExp(subject.split(/\s+/).pop()!);
    const does = new RegExp(`\\b${head}\\s+(?:\\p{Ll}+ly\\s+)?(?:${verbForms(q.predicate)})\\b`, "iu");
    const doing = does.test(first.sentence.text) ? undefined : acceptedWith((r) => r.coverage >= first.coverage && does.test(r.sentence.text) && hasShape(kb, q, r));
    if (doing) return doing;
  }
  // "where is Vizio based": a place is told of what the passage names ("Vizio Inc. of Irvine"), not of
  // what its article names elsewhere ("it was based on out-of-date numbers").
  // A person is read back through pronouns by the decide stage ("He is currently being held at …"): only a thing's name is asked of the passage here.
  // Only the subject is asked of so ("where is Vizio based"), not a name inside it ("where did the mayor of Oakland …").
  const subjectName = WHERE_SUBJECT.exec(q.normalized)?.[1];
  if (q.intent === "where" && subjectName && !q.named.some((n) => resolveEntity(kb, n)?.kind === "person")) {
    const named = termsOf(subjectName);
    // A name of initials is named by the words they stand for ("the IMF": "meetings of the International Monetary Fund").
    const spelled = termsOf(longFormOf(kb, subjectName) ?? "");
    // Or the sentences beside it do ("He is currently being held at Crane Hill prison" after "Lindqvist …").
    const names = (r: Ranked) => {
      const window = windowTerms(kb, r.sentence);
      return named.some((x) => window.has(x)) || (spelled.length > 0 && spelled.every((x) => window.has(x)));
    };
    const naming = names(first) ? undefined : acceptedWith((r) => names(r) && hasShape(kb, q, r));
    if (naming) return naming;
  }
  // "what is Medicaid": a passage that says what it is ("Medicaid, the joint state-federal health program …,",
  // "Medicaid is a …") before one that only tells of it ("Medicaid is far from perfect").
  if (q.intent === "what" && q.answerType === "definition" && q.subject && !q.predicate.length && !definesSubject(first.sentence.text, q.subject)) {
    const defining = acceptedWith((r) => definesSubject(r.sentence.text, q.subject!));
    if (defining) return defining;
  }
  // "when is Carlineo's sentencing": of passages dating it, one that tells what is to come ("is scheduled
  // for Feb. 14") before one telling what was done ("during Carlineo's sentencing … posted on Twitter Tuesday").
  if (q.intent === "when" && ASKS_PRESENT.test(q.normalized) && !datedAsComing(first.sentence.text)) {
    const coming = acceptedWith((r) => datedAsComing(r.sentence.text));
    if (coming) return coming;
  }
  // "who will direct the next Star Trek": a passage telling the act as to come ("in final talks to write
  // and direct it") before one telling it done ("was directed by Justin Lin"), among those that cover the
  // question as well ("allowing games to run on Linux" tells nothing of the ad that "will be running in Sydney").
  if (ASKS_TO_COME.test(q.normalized) && q.predicate.length && !toldAsComing(first.sentence.text, q.predicate)) {
    const coming = acceptedWith((r) => r.coverage >= first.coverage && toldAsComing(r.sentence.text, q.predicate));
    if (coming) return coming;
  }
  // "what is the range of the Mavic Mini": the thing asked of is named around a passage, the attribute in
  // it ("With a range of up to 4km …" after "The Mavic Mini is …"); one that never says "range" tells none.
  // So is "what was Lucy in the Sky's budget": the possessive's noun.
  const attribute = q.intent === "what" && q.subject ? (ATTRIBUTE_OWNED.exec(q.subject)?.[1] ?? ATTRIBUTE_OF.exec(q.subject)?.[1]) : undefined;
  const attributeTerm = attribute && isNoun(attribute) && !isPersonNoun(attribute) ? indexTerm(attribute) : undefined;
  if (attributeTerm && !kb.terms.of(first.sentence.id).includes(attributeTerm)) {
    const saying = acceptedWith((r) => kb.terms.of(r.sentence.id).includes(attributeTerm));
    if (saying) return saying;
  }
  // "how much did Coty stock rise this year": a passage that itself says when ("climbing more than 80% so
  // far this year") before one whose neighbour does.
  const times = q.intent === "howmany" ? [...q.normalized.matchAll(EVERY_DATE)].map((m) => m[0].toLowerCase()) : [];
  // Or opens on the time the sentence before gave ("Between 1950 and 2009, … During that time, …").
  const saysWhen = (r: Ranked) => [r.sentence, referredBack(kb, r.sentence, THAT_TIME)].some((s) => s !== undefined && times.some((t) => s.text.toLowerCase().includes(t)));
  if (times.length && !saysWhen(first)) return acceptedWith(saysWhen) ?? first;
  return first;
}

/** "how much did oil fall": the subject between the auxiliary and the asked verb, lower case, up to three words. */
const ASKED_SUBJECT = /^how (?:much|many)(?:\s+\p{Ll}+)?\s+(?:did|does|do|has|have|had|will|would)\s+((?:\p{Ll}+\s+){0,2}\p{Ll}+)\s+\p{Ll}+\s*\??$/u;

/** "where is Vizio based", "where does Acme Corp make its chips": the name right after the verb is the subject asked of. */
const WHERE_SUBJECT = /^where\s+(?:is|was|are|were|does|did|do)\s+(?:the\s+)?(\p{Lu}[\p{L}\d.&'’-]*(?:\s+\p{Lu}[\p{L}\d.&'’-]*)*)/u;

/** "the range of the Mavic Mini", "the price in Europe": an attribute's noun, then what it is of. */
const ATTRIBUTE_OF = /^(?:the\s+)?(\p{Ll}+)\s+(?:of|in|for|on)\s+\S/u;
/** "Lucy in the Sky's budget": the possessive's noun. */
const ATTRIBUTE_OWNED = /['’]s?\s+(\p{Ll}+)$/u;

/** The words a name of initials stands for: spelled out in brackets by the articles, else the capitalized phrase they write with those initials. */
function longFormOf(kb: Knowledge, name: string): string | undefined {
  if (!/^\p{Lu}{2,6}$/u.test(name)) return undefined;
  return kb.acronyms.get(name) ?? surfaceVocabulary(kb.corpus).initialism(name.toLowerCase());
}

/** The terms of a passage, the sentences around it and its section's heading: what it may be read with. */
function windowTerms(kb: Knowledge, s: Sentence): Set<string> {
  const heading = sectionHeading(kb, s);
  return new Set([s, ...neighbours(kb, s), ...(heading ? [heading] : [])].flatMap((x) => kb.terms.of(x.id)));
}

/**
 * The answer-shape rule of the decide stage: the passage that best matches the question gives no
 * date (figure, place), and the one that gives it lacks a word of the question that the best one has.
 * Asked "when did Sudan get independence", the sentence on "newly independent South Sudan" has no
 * date, and "in the mid-1990s, Osama bin Laden lived in Khartoum" says nothing of independence: its
 * date belongs to something else.
 */
function spokenOfElsewhere(kb: Knowledge, q: Understood, all: Ranked[], chosen: Ranked): Refusal | null {
  const top = all[0];
  // A best match in another article tells of another story: it says nothing of what the chosen one lacks.
  if (!top || top === chosen || top.sentence.doc !== chosen.sentence.doc || hasShape(kb, q, top)) return null;
  const window = windowTerms(kb, chosen.sentence);
  const names = new Set(q.named.flatMap((n) => termsOf(n)));
  // Words the best passage writes itself: one it only says otherwise ("lived" for "population") proves nothing missing.
  const own = kb.terms.of(top.sentence.id);
  // A word the chosen passage says by a synonym is not missing from it ("oil": "U.S. crude … fell 3.38%").
  // Nor a measure's noun the chosen passage states by its figure ("score": "over the Herons 4-3").
  const measured = new Set([...words(q.normalized), ...q.relationNouns].filter((w) => statesMeasure(w.toLowerCase(), chosen.sentence.text)).flatMap((w) => termsOf(w)));
  // Nor one it writes in another form whose term differs ("go": "goes", term "goe").
  const inAnotherForm = (t: string) => words(q.normalized).some((w) => termsOf(w).includes(t) && [...wordForms(w.toLowerCase(), "verb"), ...wordForms(w.toLowerCase(), "noun")].some((f) => termsOf(f).some((x) => window.has(x))));
  // Nor a word that only modifies the next one, which the chosen passage has ("the marijuana price data": data from the University of Colorado).
  const modifiers = new Set(compoundModifiersOf(q.normalized, window));
  // Nor an asked verb it states otherwise ("cost": "Disney’s $6.99-a-month service").
  const otherwise = new Set(q.predicate.filter((verb) => statedOtherwise(q, verb, chosen.sentence.text)).flatMap((verb) => termsOf(verb)));
  // Nor a word of the article's headline, which the whole article speaks of ("the man with feather duvet lung").
  const headline = new Set(termsOf(docOf(kb, chosen.sentence).title));
  const missing = top.matched.filter((t) => own.includes(t) && !names.has(t) && !window.has(t) && !headline.has(t) && !measured.has(t) && !otherwise.has(t) && !nounSaidOtherwise(q, t, (x) => window.has(x)) && !inAnotherForm(t) && !modifiers.has(t));
  return missing.length ? { rule: "answer_elsewhere", missing: missing.join(", ") } : null;
}

/** The terms of a question's words that stand right before another content word whose term a passage has: modifiers of a compound the passage names by its head. */
function compoundModifiersOf(question: string, has: Set<string>): string[] {
  const content = words(question).map((w) => (STOP_WORDS.has(w.toLowerCase()) || QUESTION_WORDS.has(w.toLowerCase()) ? null : termsOf(w)[0] ?? null));
  return content.flatMap((t, i) => (t && content[i + 1] && has.has(content[i + 1]!) ? [t] : []));
}

/** Longest long form read from the brackets after an acronym. */
const BRACKETED_LONG_FORM_CHARS = 120;

/** "what does NBT stand for", "what is DNP short for". */
const ASKS_LONG_FORM = /^what (?:does|do|did) (\S+) stand for$|^what (?:is|was) (\S+) short for$|^what does (\S+) mean$/i;

/**
 * "what does NBT stand for": the long form an article spells the acronym out as ("Named Binary Tag
 * (NBT)"), with the sentence that spells it out as the source, through the `which` template.
 */
function spelledOutAcronym(kb: Knowledge, templates: Templates, q: Understood): Answer | null {
  const m = ASKS_LONG_FORM.exec(q.normalized);
  const acronym = (m?.[1] ?? m?.[2] ?? m?.[3])?.toUpperCase();
  if (!acronym) return null;
  const known = kb.acronyms.get(acronym);
  // "CANZUK (Canada, Australia, New Zealand, and the United Kingdom)": a blend of the names in brackets
  // right after it, though its letters are no initials.
  const bracketed = new RegExp(`\\b${escapeRegExp(acronym)}\\s+\\((\\p{Lu}[^()]{2,${BRACKETED_LONG_FORM_CHARS}})\\)`, "u");
  const spelled = known ? undefined : kb.corpus.sentences.find((s) => !s.boilerplate && bracketed.test(s.text));
  const long = known ?? (spelled ? bracketed.exec(spelled.text)![1] : undefined);
  if (!long) return null;
  const at = spelled ?? kb.corpus.sentences.find((s) => !s.boilerplate && s.text.includes(long) && s.text.includes(acronym));
  if (!at) return null;
  return {
    question: q.text,
    answered: true,
    intent: "what",
    answer: templates.render("which", { ...passageView(kb, q, at), name: long, kind: "acronym" }),
    sources: [sourceOf(kb, at)],
    subject: long,
  };
}

/** "who wrote the salon piece": the article's byline, with its opening sentence as the source. */
function answerByline(kb: Knowledge, templates: Templates, q: Understood, doc: Doc): Answer {
  const lead = doc.sentences.find((s) => !s.boilerplate) ?? doc.sentences.get(0);
  // A wire story's credit line names its reporter, quoted as the source, over a byline that may name only the agency.
  const credit = creditedReporters(doc);
  const creditSentence = credit ? doc.sentences.find((s) => s.text.includes(credit.line)) : undefined;
  const byline = credit?.names ?? doc.byline ?? "";
  return {
    question: q.text,
    answered: true,
    intent: "who",
    answer: templates.render("byline", { byline, credited: Boolean(credit), title: doc.title, source: doc.source ?? "", published: doc.published ?? "", question: q.text }),
    sources: [sourceOf(kb, creditSentence ?? lead)],
    subject: byline || undefined,
  };
}

/**
 * "which journal published the findings": of the passages that may answer, the first that names a
 * thing of the asked kind ("the journal Current Biology"), answered with that name. None: the question
 * goes the way of its kind.
 */
function answerKind(kb: Knowledge, templates: Templates, q: Understood, kind: string): Answer | null {
  const ranked = rankedOnce(kb, q);
  const answering = ranked.slice(0, WEIGHTS.decide.tryPassages).filter((r) => r.coverage >= MIN_COVERAGE && !writtenInTitleCase(r.sentence.text) && !refusalFor(kb, q, r.sentence));
  // A passage that writes the kind's noun beside a name says more than one whose name WordNet knows the kind of.
  // "what kind of hinge": the sort a passage gives by the word before the noun comes first.
  const sorted = ASKS_SORT.test(q.normalized) ? [(text: string, noun: string) => sortIn(text, noun)] : [];
  const finders = isPersonNoun(nounLemma(kind)) ? [equatedName] : [...sorted, kindNameIn, instancesIn];
  const found =
    finders.reduce<{ r: Ranked; name: string } | null>(
      (hit, find) => hit ?? answering.map((r) => ({ r, name: find(r.sentence.text, kind, q.normalized) })).find((x): x is { r: Ranked; name: string } => x.name !== null) ?? null,
      null,
    ) ?? namedInTheNext(kb, q, answering, kind);
  if (found) {
    const { r, name } = found;
    return {
      question: q.text,
      answered: true,
      intent: "what",
      answer: templates.render("which", { ...passageView(kb, q, r.sentence), name, kind }),
      sources: topSources(kb, [r, ...ranked.filter((x) => x !== r)]),
      subject: name,
    };
  }
  return null;
}

/**
 * A kind's name given in the sentence after a passage, which takes the kind up again: "… according to a
 * group of employees. The group, WeWorkers Coalition, formed in recent weeks" names the employees' group.
 */
function namedInTheNext(kb: Knowledge, q: Understood, answering: Ranked[], kind: string): { r: Ranked; name: string } | null {
  for (const r of answering) {
    const next = neighbours(kb, r.sentence).find((n) => n.id === r.sentence.id + 1);
    const name = next ? kindNameIn(next.text, kind, q.normalized) : null;
    if (next && name) return { r: { ...r, sentence: next }, name };
  }
  return null;
}

/**
 * Of people who held an office, those whose role the newest article states. Articles without a date
 * cannot tell who came last, so all of their holders stay: naming both is honest, picking one is a guess.
 */
function newestHolders(kb: Knowledge, people: Entity[]): Entity[] {
  const dated = people.map((e) => ({ e, date: e.roles.map((r) => docOf(kb, kb.corpus.sentences.get(r.sentence)).published ?? "").sort().pop() ?? "" }));
  const newest = dated.map((d) => d.date).sort().pop() ?? "";
  return dated.filter((d) => d.date === newest).map((d) => d.e);
}

/** Each question's ranking, made once: its kind, who and passage answers and a decline's closest sources read the same. */
const rankings = new WeakMap<Understood, Ranked[]>();

function rankedOnce(kb: Knowledge, q: Understood): Ranked[] {
  return onceFor(rankings, q, () => rankSentences(kb, q));
}

/** The sentences of the passages the decide stage tries first: where a finder of one shape of answer looks. */
function bestPassages(kb: Knowledge, q: Understood): Sentence[] {
  return rankedOnce(kb, q).slice(0, WEIGHTS.decide.tryPassages).map((r) => r.sentence);
}

function answerFromPassages(kb: Knowledge, templates: Templates, q: Understood, focus: Entity | null, rankedIn?: Ranked[]): Result {
  const all = rankedIn ?? (focus ? rankSentences(kb, q, { focus }) : rankedOnce(kb, q));
  const shaped = preferFittingFigures(kb, q, firstShaped(kb, q, all));
  const chosen = choosePassage(kb, q, shaped);
  if ("unanswerable" in chosen) return chosen;
  const elsewhere = spokenOfElsewhere(kb, q, all, chosen);
  if (elsewhere) return { unanswerable: true, refusal: elsewhere };
  const best = predicateBearer(kb, q, chosen, all);
  if (((q.intent === "when" || q.intent === "howmany") && plannedOnly(kb, q, best)) || nominatedOnly(kb, q, best) || datedAfterArticle(kb, q, best)) return { unanswerable: true, refusal: { rule: "predicate_planned", missing: q.predicate.join(", ") } };
  if (preventedOnly(kb, q, best)) return { unanswerable: true, refusal: { rule: "predicate_prevented", missing: q.predicate.join(", ") } };
  if ((q.intent === "when" || q.intent === "howmany") && shapedBesideTheVerb(kb, q, best)) return { unanswerable: true, refusal: { rule: "predicate_of_other", missing: q.predicate.join(", ") } };
  const ranked = [best, ...shaped.filter((r) => r !== best)];
  const view = passageView(kb, q, best.sentence);
  // "what happened to the Forest Hill sergeant": the sentence after, going on about them by a pronoun
  // ("He was later fired."), is quoted with the passage, as what became of them.
  // A passage that is itself a question ("The headline feature?") is answered by the sentence after it.
  const followUp = q.intent === "what" ? (ASKS_HAPPENED.test(q.normalized) ? goesOnAfter(kb, best.sentence) : null) ?? answeredAfter(kb, best.sentence) : null;
  let text: string;
  switch (followUp ? "search" : q.intent) {
    case "what":
      text = templates.render("what", { ...view, subject: focus?.name ?? q.subject ?? "" });
      break;
    case "when": {
      const date = dateIn(kb, q, best);
      // "In this week’s address": a date told from the article's own day is anchored to it.
      const published = docOf(kb, best.sentence).published;
      text = templates.render("when", { ...view, date, as_of: RELATIVE_DATE.test(date) && published ? dateInWords(published) : "" });
      break;
    }
    case "where": {
      // The place the answer takes from the sentence before is quoted with it.
      const placed = referredBack(kb, best.sentence, THERE_WHERE);
      text = templates.render("where", { ...view, ...(placed ? { quote: `${cutQuote(placed.text)} ${view.quote}` } : {}), place: placeIn(kb, best, q) });
      break;
    }
    case "howmany":
      text = templates.render("howmany", { ...view, figure: figureIn(kb, best, q) });
      break;
    default: {
      // "why …": a passage that only restates what was asked is followed by the sentence that gives the reason.
      const reason = q.asksWhy && !best.features.reason ? reasonAfter(kb, best.sentence) : null;
      // "what did the 55-year-old man eat": a passage that names whom it is about and leaves the act to the
      // next sentence ("He had … killed and eaten a wild rabbit") is quoted with it.
      const stating = reason ?? followUp ?? predicateBeside(kb, q, best.sentence);
      const close = stating
        ? [best.sentence, stating].sort((a, b) => a.id - b.id)
        : ranked.filter((r, i) => i === 0 || (r.coverage >= MIN_COVERAGE && r.score >= best.score * WEIGHTS.decide.closeScore)).slice(0, 2).map((r) => r.sentence);
      const sources = stating ? close.map((x) => sourceOf(kb, x)) : topSources(kb, ranked);
      const numbered = close.map((x) => quoteView(kb, x, sources.findIndex((y) => y.quote === cutQuote(x.text)) + 1));
      return { question: q.text, answered: true, intent: q.intent, answer: templates.render("search", { question: q.text, quotes: numbered }), sources, quoted: numbered.map((v) => v.n as number), subject: focus?.name };
    }
  }
  return { question: q.text, answered: true, intent: q.intent, answer: text, sources: topSources(kb, ranked), subject: focus?.name };
}

const ASKS_HAPPENED = /\bwhat\s+(?:happened|happens|has happened|will happen)\s+(?:to|with)\b|\bwhat\s+became\s+of\b/i;

/** The next sentence of a passage's paragraph when it goes on about the passage's subject by a pronoun ("He was later fired."). */
function goesOnAfter(kb: Knowledge, s: Sentence): Sentence | null {
  const next = besideInParagraph(kb, s, 1);
  return next && CONTINUES.test(next.text) ? next : null;
}

/** The sentence that answers a passage the writer puts as a question ("The headline feature? Real-time earnings for drivers …"); not a quoted one. */
function answeredAfter(kb: Knowledge, s: Sentence): Sentence | null {
  return /\?$/.test(s.text.trim()) && !/^[“"]/.test(s.text) ? besideInParagraph(kb, s, 1) : null;
}


/** The sentence right after, then right before, one that lacks the question's verb, in its paragraph, that states it. */
function predicateBeside(kb: Knowledge, q: Understood, s: Sentence): Sentence | null {
  if (!q.predicate.length || statesPredicate(kb, q, s)) return null;
  for (const d of [1, -1]) {
    const other = besideInParagraph(kb, s, d);
    if (other && statesPredicate(kb, q, other)) return other;
  }
  return null;
}

/**
 * A figure or date is taken from the sentence that states the question's verb: the chosen passage
 * may have the question's other words and leave the verb to the next sentence ("Every year, about 2
 * million people get sick from a superbug. About 23,000 die." for "how many die from superbugs").
 * The sentence right after, then right before, when it is a candidate of the right shape.
 */
function predicateBearer(kb: Knowledge, q: Understood, chosen: Ranked, all: Ranked[]): Ranked {
  if ((q.intent !== "howmany" && q.intent !== "when") || !q.predicate.length || statesPredicate(kb, q, chosen.sentence)) return chosen;
  for (const d of [1, -1]) {
    const other = all.find((r) => r.sentence.id === chosen.sentence.id + d && r.sentence.doc === chosen.sentence.doc);
    // The neighbour must pass the decide stage itself: "in 2014" beside a passage with no year is no answer for 2015.
    if (other && hasShape(kb, q, other) && statesPredicate(kb, q, other.sentence) && !refusalFor(kb, q, other.sentence)) return other;
  }
  return chosen;
}

/**
 * "when did Hamilton leave MIT", where "After leaving Lorenz's group, Hamilton embarked …" has the verb
 * and no date, and the next sentence, "starting in 1965, she headed …", a date and not the verb: the
 * date is of what that sentence tells, not of the leaving. So for a figure: "how many donors attended
 * the party", where "Two Clinton donors tell ABC News …" lacks the verb and "Tim Kaine was in
 * attendance" beside it has no figure. A sentence that goes on by a pronoun at its start ("It closed
 * in 1990") still borrows the verb.
 */
function shapedBesideTheVerb(kb: Knowledge, q: Understood, best: Ranked): boolean {
  if (!q.predicate.length || statesPredicate(kb, q, best.sentence)) return false;
  // A sentence that goes on by a pronoun borrows the verb of the one before it, not of the one after ("It
  // has called a press conference on Wednesday" before "Referring to Modi’s visit to Wuhan …").
  const goesOnFrom = (n: Sentence) => CONTINUES.test(best.sentence.text) && n.id < best.sentence.id;
  const shaped = (text: string) => (q.intent === "when" ? DATE_TEXT.test(text) : NUMBER.test(text) && NUMBER.test(withoutDates(text)));
  // A lede's next paragraph that refers back to it ("The union-organized rally represented …") tells of the lede's own event.
  const ledeGoesOn = (n: Sentence) => n.id > best.sentence.id && n.paragraph !== best.sentence.paragraph;
  // A sentence before that asks the count itself ("… how many streaming services consumers will sign up
  // for.") is answered by the figure after it ("the number will be between four to six services").
  const asksTheCount = (n: Sentence) => q.intent === "howmany" && n.id === best.sentence.id - 1 && ASKS_HOW_MANY.test(n.text);
  return neighbours(kb, best.sentence).some((n) => statesPredicate(kb, q, n) && !shaped(n.text) && !ledeGoesOn(n) && !asksTheCount(n) && !goesOnFrom(n));
}
const ASKS_HOW_MANY = /\bhow (?:many|much)\b/i;

/**
 * For a question that measures something specific (an age, money, a share, a count of a unit), the
 * passages among the top candidates whose figure is of that kind come first; the order is kept
 * otherwise. Only the top candidates are reordered, so a weak passage never jumps a strong one.
 */
function preferFittingFigures(kb: Knowledge, q: Understood, ranked: Ranked[]): Ranked[] {
  if (q.intent !== "howmany") return ranked;
  const measure = measureFor(q);
  if (measure.kind === "any") return ranked;
  const top = ranked.slice(0, WEIGHTS.decide.tryPassages);
  const fit = top.filter((r) => hasFittingFigure(kb, q, r, measure));
  // "how big is Titan": a figure in the scale's own units ("a diameter of 3,200 miles") before one it
  // may also be told as ("14 percent of the surface"); not for a change ("how much did crude fall"),
  // told by a share, a sum or points alike.
  // "how much did Home Depot stock fall": a figure right after the change's verb or direction ("the stock
  // was down 5%") before one that only fits its measure ("reported $2.53 in per-share earnings").
  const own = measure.kind === "count" && measure.alsoAs && measure.change === undefined ? fit.filter((r) => hasFittingFigure(kb, q, r, { ...measure, alsoAs: undefined })) : measure.kind === "count" && measure.change ? fit.filter((r) => changedBy(q, r.sentence.text, countingFigures(kb, q, r))) : [];
  if (!fit.length || (fit.length === top.length && (!own.length || own.length === fit.length))) return ranked;
  return [...own, ...fit.filter((r) => !own.includes(r)), ...top.filter((r) => !fit.includes(r)), ...ranked.slice(top.length)];
}

/** Whether one of a passage's figures comes right after the asked change's verb or direction ("fell 5%", "down 5%", "dropped by 2%"). */
function changedBy(q: Understood, text: string, figures: Figure[]): boolean {
  const said = q.predicate.flatMap((verb) => [verb, ...sameDirectionVerbs(verb)].flatMap((v) => wordForms(v, "verb")).concat(CHANGE_DIRECTION_WORDS.get(verb) ?? []));
  if (!said.length) return false;
  const before = new RegExp(`\\b(?:${alternation(said)})\\s+(?:by\\s+)?(?:about\\s+|nearly\\s+|almost\\s+|more than\\s+|roughly\\s+)?$`, "i");
  return figures.some((f) => before.test(text.slice(Math.max(0, f.at - CHANGE_REACH), f.at)));
}
/** Characters before a figure searched for the change's verb or direction. */
const CHANGE_REACH = 30;

const reportedSpeech = new WeakMap<Entity, number[]>();

/**
 * Beyond quotes attributed to them, the sentences that report what someone said ("statements Homan made
 * to Fox News"): found once per person and version of the corpus (a name mentioned in 1,600 sentences
 * took a third of a question's time, again at each of a PostgreSQL replica's replays).
 */
function reportedSpeechOf(kb: Knowledge, speaker: Entity): number[] {
  return onceFor(reportedSpeech, speaker, () => {
    // A mention by the given name alone ("Claire even claims …") is theirs: the entity stage gave it to them.
    const given = speaker.name.includes(" ") ? [speaker.name.split(" ")[0]] : [];
    const name = new RegExp([...speaker.aliases, ...given].map(escapeRegExp).join("|"), "g");
    return speaker.mentions.filter((id) => reportsSpeech(kb.corpus.sentences.get(id).text, name));
  });
}

const EVERY_REPORTED_SPEECH = new RegExp(REPORTED_SPEECH.source, "gi");

/** Whether a sentence reports someone's words: a speech word within a few words (50 characters) of their name, or anywhere after it when it opens the sentence. */
function reportsSpeech(text: string, name: RegExp): boolean {
  const speech = [...text.matchAll(EVERY_REPORTED_SPEECH)].map((m) => m.index!);
  if (!speech.length) return false;
  // The sentence's subject ("Immigration and Customs Enforcement, which planned …, said") may be far from its verb.
  // A name in the possessive is no speaker ("Yellen said Donald Trump’s election had put …").
  return [...text.matchAll(name)].some((n) => !/^['’]s?\b/.test(text.slice(n.index! + n[0].length)) && speech.some((at) => Math.abs(at - n.index!) <= 50 || (n.index! <= 2 && at > n.index!)));
}

/** Every date of a text, compiled once (a pattern this long compiled per passage was a tenth of a count's answer). */
const EVERY_DATE = new RegExp(DATE_TEXT.source, `${DATE_TEXT.flags}g`);

/** "a full two seconds faster than", "20% more powerful than": a difference from something else, after the figure. */
const DIFFERENCE_WORDS = alternation(COMPARATIVES.filter((w) => w !== "as"));
const DIFFERENCE_AFTER = new RegExp(`^\\s+(?:\\p{L}+\\s+)?(?:${DIFFERENCE_WORDS})\\s+(?:\\p{L}+\\s+)?than\\b`, "iu");
const ASKS_DIFFERENCE = new RegExp(`\\b(?:${DIFFERENCE_WORDS})\\s+than\\b|\\bhow much (?:more|less|faster|slower)\\b`, "i");

/** "how fast does it go 0-60": of "5.8 seconds — a full two seconds faster than the Hybrid", the level, not the difference. */
function withoutDifferences(q: Understood, text: string, figures: Figure[]): Figure[] {
  if (ASKS_DIFFERENCE.test(q.normalized)) return figures;
  // "what percent of Steam users run Linux": of "rose to 0.84%, or a 0.02% increase", the level, not the change, unless a change is asked.
  const changeAsked = asksChange(q.normalized) || words(q.normalized).some((w) => isChangeNoun(/^\p{L}+/u.exec(w)?.[0] ?? ""));
  // A change's noun right after a figure ("a 0.02% increase", "a 5 percent drop").
  const levels = figures.filter((f) => !DIFFERENCE_AFTER.test(text.slice(f.at + f.text.length)) && (changeAsked || !isChangeNoun(/^\s+(\p{L}+)/u.exec(text.slice(f.at + f.text.length))?.[1] ?? "")));
  return levels.length ? levels : figures;
}

/** "attempting to kill three others", "tried to sell 40": an act only tried, its object counted. */
const TRIED_BEFORE = /\b(?:attempt(?:s|ed|ing)?|tr(?:y|ies|ied|ying)|fail(?:s|ed|ing)?|plott?(?:s|ed|ing)?)\s+to\s+\p{L}+\s+$/iu;
const ASKS_TRYING = /\b(?:attempt\w*|tr(?:y|ies|ied|ying)|fail\w*|plot\w*)\b/i;

/**
 * "how many people did Roof kill": of "murdering nine people and attempting to kill three others", the
 * count of the act done, not of one only tried; asked what he tried to do, that one.
 */
function asTriedOrDone(q: Understood, text: string, figures: Figure[]): Figure[] {
  const asked = ASKS_TRYING.test(q.normalized);
  const kept = figures.filter((f) => TRIED_BEFORE.test(text.slice(Math.max(0, f.at - TRIED_REACH), f.at)) === asked);
  return kept.length ? kept : figures;
}
/**
 * "how long did it take": the time written as what "took" took ("It took 15 days to end the mighty
 * 20-year reign"), not another duration of the sentence, which measures a noun.
 */
function timeTaken<T extends { at: number }>(q: Understood, text: string, figures: T[]): T[] {
  if (!ASKS_TIME_TAKEN.test(q.normalized)) return figures;
  const kept = figures.filter((f) => TAKES_BEFORE.test(text.slice(Math.max(0, f.at - TRIED_REACH), f.at)));
  return kept.length ? kept : figures;
}
const ASKS_TIME_TAKEN = /\bhow long\b.*\b(?:take|takes|took|taken|taking)\b/i;
/** A form of "take", perhaps whom it took and a bound, right before a figure: "took him nearly 15 days". */
const TAKES_BEFORE = /\b(?:take|takes|took|taken|taking)\s+(?:(?:me|you|him|her|us|them|it|\p{Lu}\p{Ll}+)\s+)?(?:(?:only|just|about|nearly|almost|roughly|around|over|more than|less than|under|some|at least)\s+)?$/iu;
/** Characters before a figure searched for the verb it follows: of trying and the act after it (`asTriedOrDone`), or "took" (`timeTaken`). */
const TRIED_REACH = 40;

/** The change verbs that are nouns too ("increase", "drop"), and their plurals: read from WordNet on first use, not at start-up. */
let changeNouns: Set<string> | undefined;
function isChangeNoun(word: string): boolean {
  changeNouns ??= new Set(CHANGE_VERBS.filter((v) => !v.includes(" ") && isNoun(v)).flatMap((v) => [v, `${v}s`]));
  return changeNouns.has(word.toLowerCase());
}

/**
 * "how big is the new iPad Pro display": of "a larger 10-inch+ display, … the same size as the existing
 * 9.7-inch iPad Pro", not the figure of the thing told as the old one; nor the new one's, asked of the old.
 */
function ofTheAskedGeneration<T extends { at: number }>(q: Understood, text: string, figures: T[]): T[] {
  const asksNew = ASKS_NEW_THING.test(q.normalized);
  const asksOld = ASKS_OLD_THING.test(q.normalized);
  if (asksNew === asksOld) return figures;
  const other = asksNew ? OLD_BEFORE : NEW_BEFORE;
  const kept = figures.filter((f) => !other.test(text.slice(Math.max(0, f.at - GENERATION_WORD_REACH), f.at)));
  return kept.length ? kept : figures;
}
const ASKS_NEW_THING = /\b(?:new|newer|upcoming|next)\b/i;
const ASKS_OLD_THING = /\b(?:existing|current|old|older|previous|original)\b/i;
const OLD_BEFORE = /\b(?:existing|current|old|older|previous|prior|original)\s+$/i;
const NEW_BEFORE = /\b(?:new|newer|upcoming|next|rumored|planned)\s+$/i;
/** Characters before a figure searched for the word that tells which of a thing it measures. */
const GENERATION_WORD_REACH = 12;

/** "five of the 10 Democrats": a part, then the whole it is of. */
const PART_OF = /^\s+of\s+(?:the|these|those|its|their|his|her|our)\s+$/i;

/** "how many of the Democrats will be jurors": of "five of the 10 Democrats", the part, not the whole. */
function partsAsked(q: Understood, text: string, figures: Figure[]): Figure[] {
  if (!/^how many of\b/i.test(q.normalized)) return figures;
  const wholes = figures.filter((f, i) => i > 0 && PART_OF.test(text.slice(figures[i - 1].at + figures[i - 1].text.length, f.at)));
  return wholes.length && wholes.length < figures.length ? figures.filter((f) => !wholes.includes(f)) : figures;
}

/** A passage's text as its figures are counted in: its dates blanked, unless units of time are counted ("75 days before primary voting begins"). */
function countedText(q: Understood, text: string): string {
  const measure = measureFor(q);
  const noun = measure.kind === "count" ? measure.noun?.toLowerCase() : undefined;
  return noun && DURATION_UNITS.includes(noun) ? text : withoutDates(text);
}

/** A sentence with its dates blanked out: "January 24" is no quantity. */
function withoutDates(text: string): string {
  return text.replace(EVERY_DATE, (d) => " ".repeat(d.length));
}

/** "when will …", "when is the next …": a date to come. */
const ASKS_FUTURE = /^when (?:will|shall|is .+ going to|are .+ going to)\b|^when (?:is|are)\b.*\b(?:next|upcoming)\b/i;
const ASKS_NEXT_PLACE = /^where\b.*\bnext$/i;
const FUTURE = new RegExp(`\\b(?:${alternation(FUTURE_WORDS)})\\b`, "i");
/** A future word that is a noun after its determiner: "shelved its plans for an IPO", "to impose its will" tell of no future. */
const FUTURE_AS_NOUN = /\b(?:its|their|his|her|our|the|a|those|these)\s+(?:plans?\b(?!\s+to\b)|will\b)/gi;

/** Whether a passage tells of what is yet to come: a future word that is no noun, nor a date's month ("May 3"). */
function speaksOfFuture(text: string): boolean {
  return FUTURE.test(withoutDates(text).replace(FUTURE_AS_NOUN, " "));
}

/** A date a word of what is to come leads to: "is scheduled for Feb. 14", "set for March", "due in May". */
const COMING_BEFORE = /\b(?:scheduled|set|slated|due|expected|planned|will\s+\p{L}+)\s+(?:for|on|in|to\s+\p{L}+\s+(?:on|in))\s+$/u;
function datedAsComing(text: string): boolean {
  return [...text.matchAll(EVERY_DATE)].some((m) => COMING_BEFORE.test(text.slice(Math.max(0, m.index! - 40), m.index!)));
}

/** "who will direct …", "what is X going to build": a question about what is to come. */
const ASKS_TO_COME = /\b(?:will|shall|going to)\b/i;

/**
 * Whether a text tells an asked verb as to come: its base form after "to", "will" or "would", perhaps after
 * another verb and "and" ("to write and direct"), or its progressive or passive ("will be running", "will be built").
 */
function toldAsComing(text: string, predicate: string[]): boolean {
  const forms = predicate.flatMap((verb) => wordForms(verb, "verb"));
  return new RegExp(`\\b(?:(?:to|will|would|shall)\\s+(?:\\p{Ll}+\\s+(?:and|or)\\s+)?(?:${alternation(predicate)})|(?:will|would|shall)\\s+be\\s+(?:${alternation(forms)}))\\b`, "iu").test(text);
}

/** "when is …", "when are …": a question about what is now or is to come. */
const ASKS_PRESENT = /^when (?:is|are)\b/i;
/** "when did …", "when was …": a question about what has happened. */
const ASKS_PAST = /^when (?:did|was|were|had)\b/i;
/** A date that opens with a count of units of time ("seven years after"): after "for", a duration. */
const DURATION_SPAN = new RegExp(`^(?:\\d+|${alternation(NUMBER_WORDS)})\\s+(?:years?|months?|weeks?|days?|hours?|decades?)\\b`, "i");
/** Characters before a verb searched for a word that makes it a plan or a hope ("hopes to resume"). */
const INTENT_REACH = 24;
const INTENDS = new RegExp(`\\b(?:${alternation([...FUTURE_WORDS, ...AIM_WORDS])})\\b(?:\\s+(?:to|be))?\\s+(?:\\p{L}+\\s+)?$`, "iu");
/** "how many people were arrested", "how much did it raise": a count of what has happened. */
const ASKS_PAST_COUNT = /^how (?:many|much)\b.*\b(?:did|were|was|had)\b/i;

/**
 * "when did SpaceX resume launches", where the passage and the sentences around it say only that it
 * "hopes to resume launches in December": a plan is no event, and its date no answer to "when did";
 * nor is an aim's figure ("set a goal to arrest 1,500") a count of what was done.
 */
function plannedOnly(kb: Knowledge, q: Understood, best: Ranked): boolean {
  // "when was it supposed to dock" asks for the plan itself.
  if (!(ASKS_PAST.test(q.normalized) || ASKS_PAST_COUNT.test(q.normalized)) || !q.predicate.length || FUTURE.test(withoutDates(q.normalized)) || /\b(?:supposed|meant) to\b/i.test(q.normalized)) return false;
  return statedOnlyAfter(kb, q, best, INTENDS);
}

/**
 * "when did she run for president", where the passage dates the running only in a year after its
 * article's ("likely to run in 2024"): what is asked as done is told as still to come.
 */
function datedAfterArticle(kb: Knowledge, q: Understood, best: Ranked): boolean {
  if (q.intent !== "when" || !ASKS_PAST.test(q.normalized)) return false;
  const year = articleYear(kb, best.sentence);
  const years = datesOf(kb, q, best).map((d) => yearIn(d.text));
  return years.length > 0 && years.every((y) => y > year);
}

/** A year a question asks of: "in 2017", "since 1992". */
const ASKED_YEAR = /\b(?:1[89]|20)\d\d\b(?!s)/g;

/** The year a sentence's article was published, NaN where it is not known. */
function articleYear(kb: Knowledge, s: Sentence): number {
  return Number(docOf(kb, s).published?.slice(0, 4) ?? NaN);
}
/** The year a date writes, NaN where it writes none ("Tuesday"). */
function yearIn(date: string): number {
  return Number(/\b\d{4}\b/.exec(date)?.[0] ?? NaN);
}

/**
 * "when were the Doobies inducted into the Hall of Fame", where the passage says only that they "were
 * finally nominated for induction": an act someone is only a candidate for has not happened. Not when
 * the question asks of the nominating.
 */
function nominatedOnly(kb: Knowledge, q: Understood, best: Ranked): boolean {
  if (!ASKS_PAST.test(q.normalized) || !q.predicate.length || CANDIDATE_FOR_ASKED.test(q.normalized)) return false;
  return statedOnlyAfter(kb, q, best, CANDIDATE_FOR, true);
}
/** Words that make one a candidate for what follows: "nominated for", "eligible for", "in line for". */
const CANDIDATE_FOR = /\b(?:nominated|nominees?|eligible|candidates?|shortlisted|considered|vying|in line|up)\s+for\s+(?:the\s+|an?\s+)?$/i;
const CANDIDATE_FOR_ASKED = /\b(?:nominat\w*|eligib\w*|candidates?|shortlist\w*|considered|vying)\b/i;

/** A preventing verb, then up to three words, right before the act: "prevented the arrest", "stopped them from arresting". */
const PREVENTING = alternation(PREVENTING_VERBS.flatMap((v) => wordForms(v, "verb")));
const PREVENTED = new RegExp(`\\b(?:${PREVENTING})\\b(?:\\s+[\\p{L}’'-]+){0,3}\\s+$`, "iu");
const ASKS_DENIED = /\b(?:can['’]?t|cannot|can not|couldn['’]?t|could not|not allowed|not able|unable)\b/i;
const ASKS_PREVENTED = new RegExp(`\\b(?:${PREVENTING})\\b`, "i");

/**
 * "how many people did ICE arrest in Oakland", where the passage and the sentences around it say only
 * that a warning "prevented the arrest of as many as 800 people": an act stopped did not happen, and
 * its figure, date or place is no answer. Not when the question asks what was prevented.
 */
function preventedOnly(kb: Knowledge, q: Understood, best: Ranked): boolean {
  // "where can't Swift perform her hits" asks where she is kept from it.
  if (!q.predicate.length || ASKS_PREVENTED.test(q.normalized) || ASKS_DENIED.test(q.normalized)) return false;
  return statedOnlyAfter(kb, q, best, PREVENTED);
}

/**
 * Whether the passage and the sentences around it that state the question's verbs state them only right
 * after words that make them no event (a plan: "hopes to resume"; a prevented act: "prevented the arrest").
 */
function statedOnlyAfter(kb: Knowledge, q: Understood, best: Ranked, before: RegExp, byNoun = false): boolean {
  const stating = [best.sentence, ...neighbours(kb, best.sentence)].filter((s) => statesPredicate(kb, q, s)).map((s) => s.text);
  // The headline tells the article's event in the asked verb ("House Hitler was born in will become a police station").
  const title = kb.docs.get(best.sentence.doc)?.title ?? "";
  const headlined = new RegExp(`\\b(?:${verbForms(q.predicate)})\\b`, "iu").test(title) ? [title] : [];
  return stating.length > 0 && [...stating, ...headlined].every((text) => q.predicate.every((verb) => onlyAfter(text, verb, before, byNoun)));
}

/**
 * Whether every use of a verb (or a noun of its spelling) in a sentence comes right after what `before`
 * matches ("hopes to resume", "prevented the arrest"); `byNoun`: its derived nouns are its uses too ("nominated for induction").
 */
function onlyAfter(text: string, verb: string, before: RegExp, byNoun = false): boolean {
  const forms = byNoun ? [...wordForms(verb, "verb"), ...derivedForms(verb, "verb")] : wordForms(verb, "verb");
  const uses = [...text.matchAll(new RegExp(`\\b(?:${forms.map(escapeRegExp).join("|")})\\b`, "giu"))];
  return uses.length > 0 && uses.every((m) => before.test(text.slice(Math.max(0, m.index! - INTENT_REACH), m.index!)));
}

/**
 * The best candidates that have what the question's kind needs, as many as the decide stage tries:
 * telling the shape reads a sentence's figures, dates or places (and may tag it), so the rest of a
 * long candidate list is never read.
 */
function firstShaped(kb: Knowledge, q: Understood, all: Ranked[]): Ranked[] {
  const out: Ranked[] = [];
  for (const r of all) {
    if (!hasShape(kb, q, r)) continue;
    out.push(r);
    if (out.length >= WEIGHTS.decide.tryPassages) break;
  }
  return out;
}

/** Whether a passage has what the question's kind needs: a date for when, a place for where, a figure for how many. */
function hasShape(kb: Knowledge, q: Understood, r: Ranked): boolean {
  switch (q.intent) {
    case "when":
      // "when will X" is not answered by when X once was ("premiered in theaters in the 1970s").
      return datesOf(kb, q, r).length > 0 && (!ASKS_FUTURE.test(q.normalized) || speaksOfFuture(r.sentence.text));
    case "where":
      // "where do the Wild play next" is not answered by where they played.
      return placeIn(kb, r, q) !== "" && (!ASKS_NEXT_PLACE.test(q.normalized) || speaksOfFuture(r.sentence.text));
    case "howmany": {
      // A strict measure (an age, money, a share, a population, a scale) needs a figure of its kind; a count of
      // some unit may find it elided ("two tablets was a lethal dose, and she had taken eight"). "one"
      // is too often a pronoun ("each one of the mayors") to count as a figure.
      const measure = measureFor(q);
      if (measure.kind !== "any" && (measure.kind !== "count" || measure.lead || measure.strict)) return hasFittingFigure(kb, q, r, measure);
      const counted = (NUMBER.test(r.sentence.text) && NUMBER.test(countedText(q, r.sentence.text))) || (TIMES_ASKED.test(q.normalized) && TELLS_TIMES.test(r.sentence.text));
      return counted && countingFigures(kb, q, r).length > 0;
    }
    default:
      return true;
  }
}

function topSources(kb: Knowledge, ranked: Ranked[]): Source[] {
  return ranked
    .filter((r, i) => i === 0 || r.coverage >= MIN_COVERAGE)
    .slice(0, MAX_SOURCES)
    .map((r) => sourceOf(kb, r.sentence));
}



const BASED_IN = /(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*)-based\b/gu;
/** A word of a place's name: capitalized, perhaps with digits ("T3") or capitalized parts joined by hyphens ("Schlosspark-Klinik"). */
const PLACE_WORD = "\\p{Lu}[\\p{L}\\p{N}.]*(?:-\\p{Lu}[\\p{L}\\p{N}.]*)*";
/** A name that is a web address: a dot before a top-level domain, ending the word. */
const WEB_ADDRESS = /\.(?:com|org|net|gov|edu|io|co|uk|tv|info)\.?$/i;
/** A courtesy title before a name: whoever follows is a person. */
const COURTESY_TITLE = /^(?:Mr|Mrs|Ms|Dr)\.?\s/;
/** The second place of "between X and Y". */
const AND_PLACE = /^\s+and\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*/u;
/** The path after a web address's domain ("/VP44"). */
const WEB_PATH = /^\/[\p{L}\p{N}_@./-]*[\p{L}\p{N}_]/u;
/** A social network's handle after a preposition of place ("at @POTUS44"). */
const HANDLE_AFTER = /\b(?:at|on|to|from)\s+(@[\p{L}\p{N}_]+)/gu;
/** A question of something whose place is a web address: a site, a page, a post, an account. */
const ONLINE_THING = /\b(?:web\s?sites?|sites?|web\s?pages?|blogs?|posts?|accounts?|feeds?|archives?)\b/i;

/** The number a road or a terminal is named by, after its word: "on Interstate 10", "at Gate 23". */
const ROUTE_NUMBER = `(?:\\s+\\d{1,3}(?![\\d,.]\\d)(?<=\\b(?:${alternation(ROUTE_WORDS)})\\s+\\d{1,3}))?`;
/**
 * A capitalized name after in/at/to/from/near/on, or after a noun for its kind ("at analyst firm RedMonk",
 * "in the city of Napier"), or after whose it is ("in the country’s southern Zabul province"); its words
 * may be joined by "of" or "of the" ("in the Journal of the Acoustical Society of America") or "&" ("at
 * A.T. & T.’s Bell Labs"), never a month's ("in August of the Star" is when, then where).
 */
const PLACE_AFTER = new RegExp(
  `\\b(?:in|at|to|from|near|on|over|across|into|outside|around|through|throughout|inside|along|between|(?:north|south|east|west|northeast|northwest|southeast|southwest) of)\\s+(?:(?:the\\s+)?\\p{Ll}+['’]s\\s+|the\\s+(?:\\p{Ll}+|\\d{4})\\s+(?=\\p{Lu}\\p{Ll}))?(?:(?:north|south|east|west)(?:ern)?\\s+|central\\s+|downtown\\s+)?(?:(?:[\\p{Ll}-]+\\s+|\\p{Lu}{2,}\\s+){0,3}?(?:${alternation(PLACE_KINDS)})\\s+(?:of\\s+)?|an?\\s+(?=\\p{Lu}))?((?:the\\s+|The\\s+)?${PLACE_WORD}(?:['’]s(?=\\s+\\p{Lu}))?(?:(?<!\\b(?:${alternation(MONTHS)}))\\s+(?:of\\s+(?:the\\s+)?|&\\s+)?${PLACE_WORD}(?:['’]s(?=\\s+\\p{Lu}))?)*${ROUTE_NUMBER})`,
  "gu",
);

/** "southwest of Ithaca", "outside Milan", "near McAllen": where a place is from another, told with it. */
const BEARING = /^(?:(?:north|south|east|west)\p{Ll}* of|outside|near)\s+/u;

/** The noun of a gathering right after its name (" conference", " concert"), or nothing. */
function gatheringAfter(after: string): string {
  const noun = /^\s+(\p{Ll}+)\b/u.exec(after);
  return noun && (isKindOf(noun[1], "gathering") || isKindOf(noun[1], "social_event")) ? noun[0] : "";
}

/** The place a sentence names nearest the words asked about: a name after in/at/to/from/near/on, or after a person's "of". */
function placeIn(kb: Knowledge, r: Ranked, q: Understood): string {
  // "… a three-story building in Reno, Nevada. That’s where its internal investment firm … is housed."
  const before = referredBack(kb, r.sentence, THERE_WHERE);
  if (before) return placeIn(kb, { ...r, sentence: before }, q);
  // A person is no place ("learned from Obama"): names of the people the sentence mentions are skipped.
  const mentioned = (kb.mentions.get(r.sentence.id) ?? []).filter((e) => e.kind === "person");
  const people = new Set(mentioned.flatMap((e) => e.aliases.map(fold)));
  const text = r.sentence.text;
  // A question of something that lives on the web: its place may be a web address or a handle.
  const online = ONLINE_THING.test(q.normalized);
  const places = [...text.matchAll(PLACE_AFTER)]
    // "according to UEFA" names a source, no place; "World Cup-style" a manner; "carried on MSNBC" a channel.
    .filter((m) => !/\baccording\s+$/i.test(text.slice(0, m.index!)) && !/^-(?:style|like|type)\b/.test(text.slice(m.index! + m[0].length)) && !(/^on\s/i.test(m[0]) && /^\p{Lu}{2,}$/u.test(m[1])))
    // Nor a web address ("on sale at LiveNation.com"), a time ("on Sunday."), nor a name that ends in a person's ("spoke to PM Modi").
    // Unless what is asked lives on the web: "where will the website be available" — "at ObamaWhiteHouse.gov".
    .filter((m) => !WEB_ADDRESS.test(m[1]) || online)
    .filter((m) => {
      const last = m[1].split(/\s+/).pop()!.replace(/\.$/, "");
      // "between Mr. Trump and …": a name after a courtesy title is a person's.
      return !TIME_NAMES.has(last.toLowerCase()) && !people.has(fold(m[1])) && !people.has(fold(last)) && !COURTESY_TITLE.test(m[1]);
    })
    // "revolves around Newt Scamander (Eddie Redmayne)": a name with a person's in brackets after it is a part played, no place.
    .filter((m) => !people.has(fold(/^\s*\(([^()]{3,60})\)/.exec(text.slice(m.index! + m[0].length))?.[1] ?? "")))
    // "to Minecraft developer Mojang": a name before a word for a person qualifies that person, and is no place.
    .filter((m) => !isPersonNoun(/^\s+(\p{Ll}+)/u.exec(text.slice(m.index! + m[0].length))?.[1] ?? ""))
    // "into the 2020 Democratic debate": a capitalized adjective before its noun is no place.
    .filter((m) => !(/^(?:the\s+)?\p{Lu}\p{Ll}+$/u.test(m[1]) && isAdjective(m[1].replace(/^the\s+/i, "").toLowerCase()) && !isPlaceName(m[1].replace(/^the\s+/i, "")) && /^\s+\p{Ll}/u.test(text.slice(m.index! + m[0].length))))
    // "in the Berlin attack": a name between "the" and a noun of an act names which attack, no place it was in.
    .filter((m) => !(/^the\s/i.test(m[1]) && namesAnAct(/^\s+(\p{Ll}+)\b/u.exec(text.slice(m.index! + m[0].length))?.[1] ?? "")))
    // "Teachers didn't see Holcomb at the Statehouse": a place its clause denies is where no one was.
    .filter((m) => !NEGATION.test(clauseBefore(text, m.index!)))
    // "a village southwest of Ithaca" is not in Ithaca: the bearing is part of the answer.
    // "at the Vox Media’s Code Media conference": a gathering named by its name and its noun is told whole.
    // A web address goes on through its path: "at Instagram.com/VP44"; "between London and Washington" names both.
    .map((m) => {
      const rest = text.slice(m.index! + m[0].length);
      const more = WEB_ADDRESS.test(m[1]) ? (WEB_PATH.exec(rest)?.[0] ?? "") : /^between\s/i.test(m[0]) ? (AND_PLACE.exec(rest)?.[0] ?? "") : "";
      return { text: `${BEARING.exec(m[0])?.[0] ?? ""}${m[1]}${gatheringAfter(rest)}${more}`, at: m.index! };
    });
  // "@POTUS will be archived at @POTUS44": asked of an account, a handle is where it goes.
  if (online || q.normalized.includes("@")) for (const m of text.matchAll(HANDLE_AFTER)) places.push({ text: m[1], at: m.index! });
  // "Pakistan-based developer Ammar Askar": where someone or something is based.
  for (const m of text.matchAll(BASED_IN)) places.push({ text: m[1], at: m.index! });
  // Where a person (one the question names, or the sentence) is from or works: "Joost van Hoof of the Netherlands’ Fontys University",
  // their age between as papers write it ("Christopher L. Tays, 32, of Franklin"), or a company's form ("Vizio Inc. of Irvine").
  for (const names of [...mentioned.map((e) => e.aliases), q.named].filter((n) => n.length)) {
    const who = names.map(escapeRegExp).join("|");
    const of = new RegExp(`(?:${who})(?:,\\s+\\d{1,3}|\\s+(?:${alternation(COMPANY_FORMS)})\\.?)?,?\\s+(?:of|from)\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}.’']*(?:\\s+(?:of\\s+)?\\p{Lu}[\\p{L}.’']*)*)`, "u").exec(r.sentence.text);
    if (of) places.push({ text: of[1], at: of.index + of[0].length - of[1].length });
    // Or the country in brackets after the name, as a program lists artists: "Pavle Petrović (Serbia)".
    const bracketed = new RegExp(`(?:${who})\\s+\\((\\p{Lu}[\\p{L}.’']*(?:\\s+\\p{Lu}[\\p{L}.’']*)*)\\)`, "u").exec(r.sentence.text);
    if (bracketed) places.push({ text: bracketed[1], at: bracketed.index + bracketed[0].length - bracketed[1].length - 1 });
  }
  // Where the asked verb is done for someone: "where does Clegg work" — "Clegg now works for Facebook".
  for (const m of text.matchAll(/(\p{L}+)\s+for\s+(?:the\s+)?(\p{Lu}[\p{L}.’'&-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}.’'&-]*)*)/gu)) {
    // The word before "for" is the asked verb, when one is asked ("slammed her boss's flirtation with Romney for the State Department" is no place of slamming).
    // With none read, an asked word that is no name ("Romney for the State Department" is whom, not where).
    const asked = q.predicate.length ? new RegExp(`^(?:${verbForms(q.predicate)})$`, "i").test(m[1]) : /^\p{Ll}/u.test(m[1]) && termsOf(m[1]).some((t) => q.terms.includes(t));
    if (asked && !people.has(fold(m[2]))) places.push({ text: m[2], at: m.index! + m[0].length - m[2].length });
  }
  // The place the question gives is not the answer ("where is he going after Kenya").
  const asked = new Set(words(q.normalized).map(fold));
  const unasked = (list: Array<{ text: string; at: number }>) => list.filter((p) => !p.text.replace(BEARING, "").split(/\s+/).filter((w) => !/^the$/i.test(w)).every((w) => asked.has(fold(w))));
  const named = ofPredicate(kb, q, r.sentence, unasked(places));
  // Where no place is named, one told by its kind: "buried in a clothes basket", "at its polar regions".
  // Not the asked thing itself: "at the cryptography workshop" is no place of the workshop asked about.
  const notAsked = (p: { text: string }) => !asked.has(fold(p.text.split(/\s+/).pop()!));
  const fresh = named.length ? named : ofPredicate(kb, q, r.sentence, unasked(commonPlaces(text)).filter(notAsked));
  // The place right after the asked verb is its own ("found in New Mexico after going missing in Oregon":
  // where it went missing is Oregon), however near the other is to the asked words.
  // A date may come between ("kicks off May 4th in Port Vell").
  const governed = q.predicate.length ? new RegExp(`\\b(?:${verbForms(q.predicate)})(?:\\s+\\p{Ll}+){0,2}(?:\\s+\\d{1,2}(?:st|nd|rd|th)?,?)?\\s*$`, "iu") : null;
  // Or the place is where something goes for the asked act: "shipment to the nearby Stennis Space Center for testing".
  const forAct = q.predicate.length ? new RegExp(`^[^,;.]{0,${PLACE_AFTER_VERB_CHARS}}?\\bfor\\s+(?:${verbForms(q.predicate)})\\b`, "iu") : null;
  const own = governed ? fresh.filter((p) => governed.test(text.slice(Math.max(0, p.at - PLACE_AFTER_VERB_CHARS), p.at)) || forAct!.test(text.slice(p.at + p.text.length))) : [];
  if (!own.length) own.push(...strandedPlace(q, text));
  // "a trip from England to New York City": where something goes is its route's end, unless asked where from.
  // A place's `at` is where its preposition is.
  const routeStart = (p: { text: string; at: number }) => !/\bfrom\b/i.test(q.normalized) && /^from\s/i.test(text.slice(p.at)) && /^\s+to\s+(?:the\s+)?\p{Lu}/u.test(text.slice(text.indexOf(p.text, p.at) + p.text.length));
  const candidates = own.length ? own : fresh;
  const nearest = nearestToTerms(kb, q, r, candidates.some((p) => !routeStart(p)) ? candidates.filter((p) => !routeStart(p)) : candidates);
  // The sentence's full stop is not the place's ("West Oakland." → "West Oakland"); an abbreviation's is ("D.C.").
  return (nearest ? withCampus(text, withHostBody(text, withKindAfter(text, nearest))) : "").replace(/(?<!\p{Lu})\.$/u, "");
}

/** Whether a sentence says what a thing is: a noun phrase set off after its name, or "is" a noun phrase. */
function definesSubject(text: string, subject: string): boolean {
  const name = escapeRegExp(subject.replace(/^(?:the|an?)\s+/i, ""));
  return new RegExp(`(?<![\\p{L}])${name}(?:,\\s+(?:the|an?)\\s+[^,;]{3,120},|\\s+(?:is|was|are|were)\\s+(?:the|an?)\\s)`, "iu").test(text);
}

/** A university's campus after a comma is part of its name: "the University of California, Berkeley". */
function withCampus(text: string, place: string): string {
  if (!/\bUniversity of \p{Lu}[\p{L}]+$/u.test(place)) return place;
  const at = text.indexOf(place);
  const campus = at < 0 ? undefined : CAMPUS_AFTER.exec(text.slice(at + place.length))?.[0];
  return campus ? place + campus : place;
}
const CAMPUS_AFTER = /^,\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?(?=[,.;]|\s+\p{Ll})/u;

/**
 * A part of a body is named with the body it is part of: "the Department of Health Sciences at the U.K.'s
 * University of York", not only the department.
 */
function withHostBody(text: string, place: { text: string; at: number }): string {
  const at = text.indexOf(place.text, place.at);
  if (at < 0 || !BODY_PART.test(place.text)) return place.text;
  const host = HOST_AFTER.exec(text.slice(at + place.text.length))?.[0];
  return host ? text.slice(at, at + place.text.length + host.length) : place.text;
}
const BODY_PART = /^(?:the\s+)?(?:Department|School|Faculty|Division|Institute|Center|Centre|Laboratory|Lab|College|Unit|Clinic)\b/u;
const HOST_AFTER = /^,?\s+(?:at|of)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.]*['’]s\s+)?\p{Lu}[\p{L}.&'’-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}.&'’-]*)*/u;

/**
 * "where did snipers shoot from": the preposition a question leaves at its end, after the asked verb in
 * the passage, is followed by the place though it is no name ("shot into crowds of people from rooftops").
 */
function strandedPlace(q: Understood, text: string): Array<{ text: string; at: number }> {
  const preposition = STRANDED.exec(q.normalized)?.[1];
  // "where does the tour kick off": the word ends a phrasal verb, it strands no preposition.
  if (!preposition || !q.predicate.length || q.predicate.some((v) => isVerb(`${v}_${preposition}`))) return [];
  const m = new RegExp(`\\b(?:${verbForms(q.predicate)})\\b[^,;.:]{0,${PLACE_AFTER_VERB_CHARS}}?\\b${preposition}\\s+((?:(?:the|a|an)\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}[\\p{Ll}-]+)`, "iu").exec(text);
  // The phrase is a common noun's, in lower case (the pattern's case-blind flag lets "June" through).
  if (!m || /\p{Lu}/u.test(m[1])) return [];
  const phrase = m[1].split(/\s+/);
  while (phrase.length && STOP_WORDS.has(phrase[phrase.length - 1])) phrase.pop();
  return phrase.length ? [{ text: phrase.join(" "), at: m.index + m[0].length - m[1].length }] : [];
}
const STRANDED = /\b(from|into|to|at|in|on|off)\s*\??$/;

/**
 * Places a sentence tells by a common noun after a preposition of place: lower-case words up to one
 * whose commonest noun sense WordNet files under a kind of place ("in a clothes basket": a container,
 * "at its polar regions": a location, "in federal prison": a structure), the determiner left out.
 */
function commonPlaces(text: string): Array<{ text: string; at: number }> {
  const out: Array<{ text: string; at: number }> = [];
  for (const m of text.matchAll(COMMON_PLACE)) {
    // "divided into two zones" counts parts, it places nothing.
    if (NUMBER_WORDS.includes(m[1].split(/\s+/)[0])) continue;
    const words = placeKindRun(m[1], true);
    if (words) out.push({ text: words, at: m.index! + m[0].length - m[1].length });
  }
  return out;
}

/** The words of a lower-case run up to its last that names a kind of place, through nouns (and adjectives before the first, when `leading`); null without one. */
function placeKindRun(run: string, leading: boolean): string | null {
  const list = run.split(/\s+/);
  const stop = list.findIndex((w) => STOP_WORDS.has(w));
  const phrase = stop < 0 ? list : list.slice(0, stop);
  let head = -1;
  for (let i = 0; i < phrase.length && ((leading && i === 0) || isNoun(nounLemma(phrase[i])) || (leading && isAdjective(phrase[i]))); i++) {
    if (COMMON_PLACE_KINDS.some((k) => isKindOf(phrase[i], k))) head = i;
  }
  return head >= 0 ? phrase.slice(0, head + 1).join(" ") : null;
}

/** A named place with the kind of place after it: "from a Forest Hill hotel room", not only Forest Hill. */
function withKindAfter(text: string, place: { text: string; at: number }): { text: string; at: number } {
  const at = text.indexOf(place.text, place.at);
  const run = at < 0 ? undefined : /^\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)/u.exec(text.slice(at + place.text.length))?.[1];
  const kind = run ? placeKindRun(run, false) : null;
  return kind ? { text: `${place.text} ${kind}`, at: place.at } : place;
}
const COMMON_PLACE = /\b(?:in|at|into|inside|on|near|under|beneath|behind|outside|across|around|through)\s+(?:(?:a|an|the|its|their|his|her|our|this|that)\s+)?((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)/gu;
/** WordNet nouns whose kinds are places something may be in or at (a hotel: a structure; a car: a container). */
const COMMON_PLACE_KINDS = ["location", "structure", "area", "container", "facility"];

/** Characters before a place searched for the asked verb that governs it ("going missing in"). */
const PLACE_AFTER_VERB_CHARS = 40;

const NEGATION = /\b(?:not|never|no longer)\b|n['’]t\b/i;

/** The words of a sentence from the start of the clause a position is in up to it. */
function clauseBefore(text: string, at: number): string {
  const before = text.slice(0, at);
  // A quotation's end is a clause's too: "“We will not accept …,” Esper said in a speech to …" denies nothing of the speech.
  const breaks = [...before.matchAll(/[,;:—–.!?][”"’]?\s|\b(?:and|but|while|because)\s/g)];
  return before.slice(breaks.length ? breaks[breaks.length - 1].index! : 0);
}

/** The date a sentence names nearest the words asked about ("a raid in August", not "passed Tuesday"). */
function dateIn(kb: Knowledge, q: Understood, r: Ranked): string {
  const text = r.sentence.text;
  const chosen = nearestToTerms(kb, q, r, datesOf(kb, q, r));
  // "at 4:30pm on February 26": a time of day is told with the day it is on.
  const dates = chosen ? [...text.matchAll(EVERY_DATE)] : [];
  const day = chosen ? dates.find((m) => /^\s+on\s+$/.test(text.slice(chosen.at + chosen.text.length, m.index))) : undefined;
  // "at 10:01 p.m. on Monday, Dec. 14", the day chosen: so is the time before it.
  const time = chosen && !day ? dates.find((m) => TIME_OF_DAY.test(m[0]) && /^\.?\s+on\s+$/.test(text.slice(m.index + m[0].length, chosen.at))) : undefined;
  if (time) return text.slice(time.index, chosen!.at + chosen!.text.length);
  // "between October 11 and 13": a span of days is told whole.
  const span = chosen ? DAY_SPAN.exec(text.slice(Math.max(0, chosen.at - 8), chosen.at + chosen.text.length + 12)) : null;
  if (span && span[1] === chosen!.text) return span[0];
  // "by 2022 or 2023", "in 1811 and 1812": dates the article gives together are told together; it does not choose.
  const together = (from: number, to: number) => /^,?\s+(?:or|and)\s+$/.test(text.slice(from, to));
  const after = chosen && !day ? dates.find((m) => together(chosen.at + chosen.text.length, m.index)) : undefined;
  if (after) return text.slice(chosen!.at, after.index + after[0].length);
  const before = chosen && !day ? dates.find((m) => together(m.index + m[0].length, chosen.at)) : undefined;
  if (before) return text.slice(before.index, chosen!.at + chosen!.text.length);
  // "less than three months ago": a bound written before a date is part of what it says, as of a figure.
  const bound = chosen ? (BOUND_BEFORE.exec(text.slice(Math.max(0, chosen.at - BOUND_REACH), chosen.at))?.[0] ?? "") : "";
  // "October’s Money 20/20 conference": the month, not its possessive.
  return (bound + ((chosen && day ? `${chosen.text} on ${day[0]}` : chosen?.text) ?? chrono.parse(text)[0]?.text ?? "")).replace(/['’]s$/, "");
}

/** A date told from the day it is written: "this week", "last month", "yesterday", "earlier this year". */
const RELATIVE_DATE = /^(?:(?:earlier|later)\s+)?(?:(?:this|last|next|past)\s+(?:week|weekend|month|year|morning|afternoon|evening|night|spring|summer|fall|autumn|winter)|today|yesterday|tomorrow|tonight)$/i;

/** An ISO date in words: "2016-12-24" → "December 24, 2016"; a year or a month alone as written. */
function dateInWords(iso: string): string {
  const [year, month, day] = iso.split("-").map(Number);
  if (!month) return String(year);
  return day ? `${MONTHS[month - 1]} ${day}, ${year}` : `${MONTHS[month - 1]} ${year}`;
}

/** "By 1969, …", "…, but by 1969, …": "by" opening a clause. */
const FRONTED_BY = /(?:^|[,;:—–]\s*(?:(?:but|and|so|then|yet)\s+)?)[Bb]y\s+$/;

/** A time of day as written: "10:01 p.m.", "4:30pm", "noon". */
const TIME_OF_DAY = /\d:\d\d|\b\d{1,2}\s*[ap]\.?m\b|\b(?:noon|midnight)\b/i;

/** "between October 11 and 13", "from May 4 to 6": a month's day, then another of the same month. */
const DAY_SPAN = new RegExp(`\\b(?:between|from)\\s+((?:${alternation(MONTHS)})\\s+\\d{1,2})\\s+(?:and|to|through)\\s+\\d{1,2}\\b`, "u");

/** "during the Roaring Twenties", "in the Jazz Age": a named period, as WordNet knows it or its last word ("twenties": a decade). */
const ERA_NAMED = /\b(?:during|in|throughout)\s+(the\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2})\b/gu;
function erasIn(text: string): Array<{ 0: string; index: number }> {
  return [...text.matchAll(ERA_NAMED)]
    .filter((m) => {
      const name = words(m[1]).slice(1).map((w) => w.toLowerCase());
      return isKindOf(name.join("_"), "time_period") || (name.length > 1 && isKindOf(name.at(-1)!, "time_period"));
    })
    .map((m) => ({ 0: m[1], index: m.index! + m[0].length - m[1].length }));
}

/** The dates a sentence gives of the question's relation (`ofPredicate`). */
function datesOf(kb: Knowledge, q: Understood, r: Ranked): Array<{ text: string; at: number }> {
  const text = r.sentence.text;
  // "with 3:08 to play": a game's clock counts down what is left, it tells no time of day.
  // "when does the 2020 session start": a date the question names is what it asks about, not its answer.
  const asked = ` ${q.normalized.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ")} `;
  const given = (d: { text: string }) => asked.includes(` ${d.text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim()} `);
  // "the 2019 American Music Awards", asked "when are the American Music Awards": the year names which
  // of them, it dates no event of theirs.
  const named = new Set(q.named.map((n) => n.toLowerCase()));
  const own = [...text.matchAll(EVERY_DATE), ...erasIn(text)].map((m) => ({ text: m[0], at: m.index! }));
  // An embedded post that dates nothing itself was posted on the day its signature gives, as if at its end.
  const signed = own.length ? undefined : postSignature(kb, r.sentence)?.text.match(EVERY_DATE)?.at(-1);
  const found = signed ? [{ text: signed, at: text.length }] : own;
  // So does a year before a noun the question asks of, where the asked verb dates it more closely: "their
  // 2020 session that starts in early January" is which session, asked when it starts ("its planned 2024
  // crewed moon shot" has no other date: the year is when).
  const dateAfterVerb = q.predicate.length ? new RegExp(`\\b(?:${verbForms(q.predicate)})\\s+(?:in|on|at|by)?\\s*$`, "iu") : null;
  const datedByVerb = dateAfterVerb === null ? [] : found.filter((d) => dateAfterVerb.test(text.slice(Math.max(0, d.at - VERB_BEFORE_DATE_CHARS), d.at))).map((d) => d.at);
  // "GQ's January 2017 issue is on newsstands … Dec. 20", asked when the issue is: a date before the
  // noun asked names which one, where the sentence gives another date.
  const naming = (d: { text: string; at: number }) => {
    const next = /^\s+([\p{L}\p{N}'’-]+)/u.exec(text.slice(d.at + d.text.length))?.[1] ?? "";
    const asksNext = /^\p{Ll}/u.test(next) && q.terms.includes(termsOf(next)[0] ?? "");
    // The later date must be a day ("Dec. 20"): "In a Sept. 14 letter, … during the 2020 storm season" dates the letter.
    if (!/^\d{4}$/.test(d.text)) return asksNext && found.some((o) => o.at > d.at + d.text.length && /\b\d{1,2}\b/.test(o.text));
    return named.has(next.toLowerCase()) || (datedByVerb.some((at) => at !== d.at) && asksNext);
  };
  // "… at the American Music Awards ceremony; Britney Spears is … opening in January 2020": a date
  // across a semicolon from every word asked is another clause's.
  const clauses = text.split(";");
  const asksOf = (clause: string) => termsOf(clause).some((t) => q.terms.includes(t));
  const clauseAt = (at: number) => text.slice(0, at).split(";").length - 1;
  const elsewhere = (d: { at: number }) => clauses.length > 1 && !asksOf(clauses[clauseAt(d.at)]);
  // "when is the December debate" is not told by a year alone ("the 2020 conversation"): the question is as close already.
  const vaguer = (d: { text: string }) => /^\d{4}$/.test(d.text) && MONTH_NAMED.test(q.normalized);
  const dates = found.filter((d) => !TIME_LEFT.test(text.slice(d.at + d.text.length)) && !given(d) && !naming(d) && !elsewhere(d) && !vaguer(d));
  // "when was the band formed" is not answered by what comes "next year".
  // Nor "when will he finish" by what was done "last year".
  const past = ASKS_PAST.test(q.normalized);
  const future = ASKS_FUTURE.test(q.normalized);
  const after = (d: { at: number }, word: string) => new RegExp(`\\b${word}\\s+$`, "i").test(text.slice(Math.max(0, d.at - word.length - 1), d.at));
  // "for seven years after seeking refuge": a span of time after "for" is how long, not when.
  const lasts = (d: { text: string; at: number }) => DURATION_SPAN.test(d.text) && after(d, "for");
  // "states where cannabis had been legalized by 2016": a date after "by" bounds a state, it dates no event.
  // Not one fronted before the clause it dates: "but by 1969, Congress stopped appropriating money" (a
  // clause opening with "by" and closing with the date), unlike "banned by 2015, Halvor … among them".
  const fronted = (d: { text: string; at: number }) => FRONTED_BY.test(text.slice(0, d.at)) && /^,/.test(text.slice(d.at + d.text.length));
  const bounds = (d: { text: string; at: number }) => past && after(d, "by") && !fronted(d);
  // "when will the film be released" is not told by a year before the article's own ("greenlit in 2016").
  const year = articleYear(kb, r.sentence);
  const before = (d: { text: string }) => yearIn(d.text) < year;
  // "postponed from Tuesday to Friday": the time it was moved from is no longer when it happens.
  const movedFrom = (d: { text: string; at: number }) => MOVED_FROM.test(text.slice(Math.max(0, d.at - MOVED_REACH), d.at)) && dates.some((o) => o.at > d.at && /\bto\s+(?:the\s+|an?\s+)?$/i.test(text.slice(d.at + d.text.length, o.at)));
  const timed = dates.filter((d) => !lasts(d) && !bounds(d) && !movedFrom(d) && !(past && AHEAD.test(d.text)) && !(future && (BEHIND.test(d.text) || before(d))));
  // "when is the hearing": of "Last month, a judge rejected … the hearing, which is scheduled … in
  // February", a date pointing back tells of something before it, when the sentence has another.
  const present = ASKS_PRESENT.test(q.normalized) && timed.some((d) => !BEHIND.test(d.text)) ? timed.filter((d) => !BEHIND.test(d.text)) : timed;
  // "held since 2016 were released Tuesday": a date after "since" starts a state, no event; it answers
  // only a question of beginning, or when the sentence has no other date.
  const begins = q.predicate.some((verb) => INCEPTIVE_VERBS.includes(verb));
  const since = (d: { at: number }) => /\bsince\s+$/i.test(text.slice(Math.max(0, d.at - 6), d.at));
  // "since when has it been in the family": only the start of a state answers ("since 1912"), no event's date.
  if (/^since when\b/i.test(q.normalized)) return present.filter(since);
  const events = begins ? present : present.filter((d) => !since(d));
  // "joined in 1979 and remained in the lineup until 1986", asked when he left: the staying's end, where the sentence never writes the leaving.
  const leaving = q.predicate.filter((verb) => LEAVING_VERBS.includes(verb));
  if (leaving.length && !new RegExp(`\\b(?:${verbForms(leaving)})\\b`, "i").test(text)) {
    const ends = events.filter((d) => /\buntil\s+$/i.test(text.slice(Math.max(0, d.at - 6), d.at)));
    if (ends.length) return ends;
  }
  const owned = ofPredicate(kb, q, r.sentence, events.length ? events : present);
  // "said Monday, while announcing that investors will now have until Nov. 3 to vote": a date right
  // before "to" and the asked verb is that act's, whatever the sentence's other dates are of.
  const toAct = q.predicate.length ? new RegExp(`^\\s+to\\s+(?:${verbForms(q.predicate)})\\b`, "iu") : null;
  const forAct = toAct ? owned.filter((d) => toAct.test(text.slice(d.at + d.text.length))) : [];
  return forAct.length ? forAct : owned;
}

/** A month the question names ("may" is far more often the verb). */
const MONTH_NAMED = new RegExp(`\\b(?:${MONTHS.filter((m) => m !== "May").join("|")})\\b`, "i");

/** Characters before a date searched for the asked verb that dates it ("starts in early January"). */
const VERB_BEFORE_DATE_CHARS = 24;

/**
 * A rescheduling verb right before "from" and a date: "postponed from", "pushed back from"; what was
 * moved may come between: "move the teams' Week 13 rematch in Pittsburgh from a 4:25 kickoff".
 */
const MOVED_FROM = new RegExp(`\\b(?:${alternation(RESCHEDULING_VERBS.flatMap((v) => wordForms(v, "verb")))})(?:\\s+(?:back|up|forward|out))?(?:\\s+[^\\s,;.]+){0,8}?\\s+from\\s+(?:the\\s+|an?\\s+)?$`, "i");
/** Characters before a date searched for the verb that moved it. */
const MOVED_REACH = 80;

/** A game clock's time that is left, not the time of day: "with 3:08 to play", "1:24 left". */
const TIME_LEFT = new RegExp(`^\\s+(?:${alternation(TIME_LEFT_WORDS)})\\b`);

/** A date that points ahead of the article's own day. */
const AHEAD = /^(?:next|tomorrow)\b/i;
/** A date that points back from the article's own day. */
const BEHIND = /^(?:last|yesterday|earlier)\b|\b(?:ago|before|earlier)$/i;

/**
 * Of a sentence's dates, figures or places, those that belong to the verb the question asks about, where the
 * sentence states that verb as a verb: the span's clause (`clauseVerbs`) has that verb, or no verb at
 * all. "Friday" in "plans to sign on Friday, days before leaving office" is no answer to "when did he
 * leave office", nor "two" in "killing two people and injuring several others" to "how many were
 * injured". A sentence that states the verb otherwise (as a noun, or only in the sentence beside it)
 * keeps them all: the decide stage has judged it.
 */
function ofPredicate<T extends { text: string; at: number }>(kb: Knowledge, q: Understood, s: Sentence, spans: T[]): T[] {
  if ((q.intent !== "when" && q.intent !== "howmany" && q.intent !== "where") || !q.predicate.length || !spans.length || !statesPredicate(kb, q, s)) return spans;
  // A verb of the asked act's manner states it too ("murdering nine people" for "how many did he kill").
  const states = (t: Tagged) => q.predicate.some((verb) => verbStated(verb, t) || (t.pos === "VERB" && isMannerOf(t.lemma, verb)));
  const tags = taggedSentence(s);
  if (!tags.some((t, i) => states(t) && !nominalGerund(tags, i))) return spans;
  // Built only for a span the cheaper tests leave out, once for all of them.
  let relative: RegExp | undefined;
  let stating: Tagged[] | undefined;
  return spans.filter((span) => {
    // A light verb names no act, unless it is the one asked and done by what is asked of: "how much can a
    // programmer make" — "a programmer making up to $70,000", not "an average player making $6 million".
    const verbs = clauseVerbs(s, span, q.predicate).filter((t) => !LIGHT_VERBS.has(t.lemma) || !otherNounBefore(q, tags, t));
    return !verbs.length || verbs.some(states) || relativeClauseStates(q, s.text, span, (stating ??= tags.filter(states))) || (relative ??= relativeOfTheAct(q)).test(s.text.slice(Math.max(0, span.at - RELATIVE_OF_ACT_REACH), span.at));
  });
}

/** Whether the word right before a verb is a noun the question does not ask of: the verb's doer is another. */
function otherNounBefore(q: Understood, tags: Tagged[], verb: Tagged): boolean {
  const before = tags[tags.indexOf(verb) - 1];
  return before?.pos === "NOUN" && !termsOf(before.text).some((t) => q.terms.includes(t));
}

/**
 * The text before a span that puts it in a relative clause after the act's noun: "Xi Jinping’s visit to
 * India, which is expected to take place between October 11 and 13" dates the visit.
 */
function relativeOfTheAct(q: Understood): RegExp {
  return new RegExp(`\\b(?:${verbForms(q.predicate)})\\b[^.;,]{0,${RELATIVE_OF_ACT_CHARS}},?\\s+(?:which|that)\\s+(?:is|was|are|were|will|has|had)\\b[^.;,]*$`, "iu");
}
/** Characters between an act's noun and the relative clause after it ("visit to India, which …"). */
const RELATIVE_OF_ACT_CHARS = 40;
/** Characters before a span searched for the act's noun and its relative clause. */
const RELATIVE_OF_ACT_REACH = 160;

/**
 * "… at MacArthur Park on Monday, when federal agents marched through the park": the date is also the
 * "when" clause's after it, or the "where" clause's ("an event … in March, where it would be shown off");
 * so is a place the "where" clause's ("the ART Reproductive Center in Beverly Hills, Calif. — where the
 * embryos have been frozen").
 */
function relativeClauseStates(q: Understood, text: string, span: { text: string; at: number }, stating: Tagged[]): boolean {
  const end = Math.max(span.at, text.indexOf(span.text, span.at)) + span.text.length;
  const m = (q.intent === "where" ? WHERE_CLAUSE_AFTER : TIME_CLAUSE_AFTER).exec(text.slice(end));
  if (!m) return false;
  // The clause states the act by any word that states it elsewhere: "when Peter Shor … demonstrated", asked when he showed.
  const from = end + m[0].length - m[1].length;
  return stating.some((t) => t.at >= from && t.at < end + m[0].length);
}
/** A "where" clause after a place, past the state its town is tagged with ("Beverly Hills, Calif. — where …"). */
const WHERE_CLAUSE_AFTER = /^(?:,\s+\p{Lu}[\p{L}.]*)?\s*[,—–]?\s*where\s+([^;,—–]+)/iu;
/**
 * A "when" or "where" clause after a date ("on Monday, when federal agents marched …", "in March, where it
 * would be shown off"), through an apposition set off by commas after its subject ("in 1994, when Peter
 * Shor, then at A.T. & T.’s Bell Labs, demonstrated …").
 */
const TIME_CLAUSE_AFTER = /^\s*,?\s+(?:when|where)\s+((?:[^.;,]+,\s+[^;,]{1,80},\s+)?[^.;,]+)/i;

/**
 * Of some spans of a sentence, the one closest (in characters) to the question's words found there,
 * a word the passage says otherwise at its own place ("lose" at "a loss of $304.7 million").
 */
function nearestToTerms<T extends { at: number }>(kb: Knowledge, q: Understood, r: Ranked, spans: T[]): T | undefined {
  if (spans.length <= 1) return spans[0];
  const text = r.sentence.text.slice(0, FIGURE_LIMITS.chars);
  const saidAs = new Map<string, string>();
  for (const [asked, alternatives] of softOfQuestion(kb, q)) if (r.matched.includes(asked)) for (const a of alternatives) saidAs.set(a, asked);
  // Each asked word counts once, by its nearest occurrence: a word the sentence repeats ("criminally
  // convicted, and 25% pending criminal charges") must not pull the span toward its second use.
  const byTerm = new Map<string, number[]>();
  for (const m of wordsAt(text)) {
    const t = termsOf(m[0])[0] ?? "";
    const asked = r.matched.includes(t) ? t : saidAs.get(t);
    if (asked) pushTo(byTerm, asked, m.index!);
  }
  if (!byTerm.size) return spans[0];
  // A span belongs to its own clause: "in May 2015, and a Proton-M rocket … broke up … in May 2014"
  // answers for the rocket with the date after it, though the other is nearer in characters.
  const apart = (p: number, at: number) => Math.abs(p - at) + (CLAUSE_BREAK.test(text.slice(Math.min(p, at), Math.max(p, at) + 1)) ? WEIGHTS.extract.otherClauseChars : 0);
  const cost = (s: T) => [...byTerm.values()].reduce((n, ps) => n + Math.min(...ps.map((p) => apart(p, s.at))), 0);
  // Between asked words, every span of a list is as far from both in all ("of the participants, 77
  // percent were aged 26 or above, 65 percent were white"): the one right beside an asked word wins.
  const closest = (s: T) => Math.min(...[...byTerm.values()].flat().map((p) => apart(p, s.at)));
  return spans.reduce((a, b) => (cost(b) < cost(a) || (cost(b) === cost(a) && closest(b) < closest(a)) ? b : a));
}


/** Characters from a listed clause's name to its own figure ("Airbus' A380 carries 22"). */
const OWN_SPAN_REACH = 40;

/**
 * The spans in the clause of a name the question gives: "Noel … is charged with five counts …; Thomas
 * … is charged with three" gives Thomas's count beside his name, though "counts" is nearer the other.
 */
function ownedByName<T extends { at: number }>(q: Understood, r: Ranked, spans: T[]): T[] {
  const text = r.sentence.text;
  const names = q.named.map((w) => termsOf(w)[0]).filter(Boolean);
  if (!names.length) return [];
  const found = [...wordsAt(text)].filter((m) => names.includes(termsOf(m[0])[0] ?? ""));
  const places = found.map((m) => m.index!);
  const owned = spans.filter((span) => places.some((p) => !CLAUSE_BREAK.test(text.slice(Math.min(p, span.at), Math.max(p, span.at) + 1))));
  // "A Boeing 777 uses 14 tires, Airbus' A380 carries 22": in clauses listed by commas with no conjunction
  // between, the span after the asked name in its own clause, no other name between, is its own.
  const clauseOf = (at: number) => (text.slice(0, at).match(/[,;]/g) ?? []).length;
  const after = owned.filter((span) => found.some((m) => m.index! < span.at && span.at - m.index! <= OWN_SPAN_REACH && clauseOf(m.index!) === clauseOf(span.at) && !/\p{Lu}/u.test(text.slice(m.index! + m[0].length, span.at))));
  // Each other span is the figure of a name of its own clause, written just before it ("A Boeing 777 uses 14").
  const namedJustBefore = (o: { at: number }) => /\p{Lu}/u.test(text.slice(Math.max(0, o.at - OWN_SPAN_REACH), o.at).split(/[,;]/).pop() ?? "");
  const others = owned.filter((o) => !after.includes(o));
  const listed = after.length > 0 && others.length > 0 && others.every((o) => clauseOf(o.at) !== clauseOf(after[0].at) && namedJustBefore(o));
  return listed ? after : owned;
}

/**
 * "slash $1.3 billion from funds for repairing public housing, $300 million from rental assistance
 * payments, and $4 billion in …", asked what is cut from rental assistance: in a list of figures each
 * with its own phrase after a preposition, the one whose phrase has the asked words. The verb before
 * the list is every item's, so nearness to it tells none of them apart.
 */
function listItemAsked<T extends { text: string; at: number }>(q: Understood, text: string, figures: T[]): T[] {
  const listed = figures.filter((f, i) => (i > 0 && listedAfter(text, figures[i - 1], f)) || (i + 1 < figures.length && listedAfter(text, f, figures[i + 1])));
  if (listed.length < 2) return figures;
  const verbs = new Set(q.predicate.flatMap((v) => termsOf(v)));
  const asked = q.terms.filter((t) => !verbs.has(t));
  const own = listed.filter((f) => termsOf(LIST_ITEM_PHRASE.exec(text.slice(f.at + f.text.length))?.[1] ?? "").some((t) => asked.includes(t)));
  return own.length > 0 && own.length < listed.length ? own : figures;
}

/** Whether a figure is the next item of a list after another: each with its own phrase after a preposition, a comma between ("…, $300 million from …"). */
function listedAfter(text: string, before: { text: string; at: number }, f: { text: string; at: number }): boolean {
  const phrase = LIST_ITEM_PHRASE.exec(text.slice(before.at + before.text.length))?.[0];
  return phrase !== undefined && LIST_ITEM_PHRASE.test(text.slice(f.at + f.text.length)) && /^(?:\s*\([^()]*\))?,\s+(?:and\s+)?$/.test(text.slice(before.at + before.text.length + phrase.length, f.at));
}
/** A list item's own phrase after its figure: a preposition, then words up to the next comma, semicolon, bracket or figure. */
const LIST_ITEM_PHRASE = /^\s+((?:from|for|in|on|to)\s+[^,;()$£€¥\d]{1,80})/;

/** "Trump earned 306 electoral votes to Hillary Clinton's 232", asked Clinton's: the figure right after the asked name's possessive. */
function possessedByAsked(q: Understood, text: string, figures: Figure[]): Figure[] {
  const names = new Set(q.named.map((n) => n.toLowerCase()));
  return figures.filter((f) => { const owner = POSSESSOR_BEFORE.exec(text.slice(Math.max(0, f.at - POSSESSOR_REACH), f.at))?.[1]; return owner !== undefined && names.has(owner.toLowerCase()); });
}
const POSSESSOR_BEFORE = /(\p{Lu}[\p{L}-]+)['’]s\s+$/u;
const POSSESSOR_REACH = 40;

/**
 * "received just eight of the state's 12 electoral votes": asked what someone got (an act), the part,
 * not the whole it is of; asked what there is ("how many votes does Washington have"), both stand.
 */
function partNotWhole(q: Understood, text: string, all: Figure[], chosen: Figure[]): Figure[] {
  if (!q.predicate.length && !GETTING.test(q.normalized)) return chosen;
  const partOf = new Map(all.flatMap((f, i) => (i > 0 && PART_OF_WHOLE.test(text.slice(all[i - 1].at + all[i - 1].text.length, f.at)) ? [[f.at, all[i - 1]] as const] : [])));
  if (!partOf.size) return chosen;
  // The whole's place is taken by its part ("eight" for "12 electoral votes").
  return [...new Set(chosen.map((f) => partOf.get(f.at) ?? f))];
}
/** "get" is a light verb, no predicate: asked so, what someone got is still an act's share. */
const GETTING = /\b(?:get|gets|got|gotten|getting)\b/i;
const PART_OF_WHOLE = /^\s+of\s+(?:the|its|their|his|her|\p{L}+['’]s?)\s+(?:\p{L}+['’]s\s+)?$/u;

/** Where one clause of a sentence ends and another begins: ", and", "; ", ", while", and "and the" before another name's ("… to 3,120.18 and the Nasdaq added …"). */
const CLAUSE_BREAK = /[,;]\s+(?:and|but|while|whereas)\s|;\s|\sand\s+the\s+\p{Lu}/u;

/** Office descriptions inside a question ("the Oakland mayor", "the head of ICE"): a determiner, then up to four words ending in, or followed by "of" after, a title. */
function rolePhrases(text: string): string[] {
  const out: string[] = [];
  const tokens = text.split(/\s+/);
  tokens.forEach((t, i) => {
    if (!/^(?:the|a|an|his|her|their)$/i.test(t)) return;
    for (let n = Math.min(4, tokens.length - i - 1); n >= 1; n--) {
      const phrase = tokens.slice(i + 1, i + 1 + n).join(" ").replace(/[?!.,]+$/, "");
      const last = normalizeWord(phrase.split(" ").pop() ?? "");
      if (isRoleDescription(last)) {
        const of = /^of\s+(?:the\s+)?(\S+(?:\s+\p{Lu}\S*)*)/u.exec(tokens.slice(i + 1 + n).join(" "));
        out.push(of ? `${phrase} of ${of[1].replace(/[?!.,]+$/, "")}` : phrase);
        break;
      }
    }
  });
  return out;
}

/**
 * The extract stage for "how many": of the sentence's figures ("$4.8 billion", "47%", "eight"), those
 * of the kind the question measures (an age, money, a share, a count of its unit) when there are any,
 * and of those the one closest to the words the question asked about, with a unit written onto it;
 * never a figure the question gave.
 */
function figureIn(kb: Knowledge, r: Ranked, q: Understood): string {
  const text = countedText(q, r.sentence.text);
  const figures = asTriedOrDone(q, text, countingFigures(kb, q, r));
  const measure = measureFor(q);
  // "selected from eight that submitted proposals": a figure whose own relative clause states the asked
  // verb counts those who did it, its unit left unsaid.
  const doers = figures.filter((f) => doersOfPredicate(q, text, f));
  const measured = figures.filter((f) => fits(text, f, measure, q.normalized));
  // "based on 200,000 children in custody, the three deaths of detained children": for "how many
  // children died", the figure counting the deaths, not the one counting the children.
  const ofAct = measure.kind === "count" && measure.acts ? measured.filter((f) => countsAct(text, f, measure.acts!)) : [];
  const fitting = doers.length ? doers : ofAct.length ? ofAct : measure.kind === "money" ? ratedAsAsked(text, measured, q.normalized) : measured;
  const since = fitting.length ? null : lastedSince(r.sentence.text, measure);
  if (since) return since;
  // A figure in the asked name's own clause answers for it though its unit is left unsaid ("…; Thomas
  // is charged with three"), unless a figure there fits the measure, or the clause holds them all.
  const owned = ownedByName(q, r, figures);
  const ownedOnly = owned.length > 0 && owned.length < figures.length && !fitting.some((f) => owned.includes(f));
  // The asked name's own figure, written after its possessive, whatever its unit ("to Hillary Clinton's 232").
  const possessed = possessedByAsked(q, text, figures);
  const chosenFrom = possessed.length ? possessed : ownedOnly ? owned : fitting.length ? fitting : figures;
  const pool = timeTaken(q, text, ofTheAskedGeneration(q, text, withoutDifferences(q, text, partsAsked(q, text, scoresQualifiedAsAsked(q, text, partNotWhole(q, text, figures, chosenFrom), measure)))));
  const nearest = nearestToTerms(kb, q, r, valueOfAskedNoun(q, text, listItemAsked(q, text, timedAsAsked(q, r.sentence.text, pool))));
  if (!nearest) return "";
  const figure = asksChange(q.normalized) ? nearest : forecastOrNow(q, text, levelReached(text, nearest, figures), figures);
  const range = rangeOf(text, figure, figures);
  if (range) return range;
  const bound = BOUND_BEFORE.exec(text.slice(Math.max(0, figure.at - BOUND_REACH), figure.at))?.[0] ?? "";
  return bound + withUnit(q, text, dashedRange(text, figure, figures), measure);
}

/** Words of a bound written before a figure: "more than 100 cities" is not 100 cities. */
const BOUND_WORDS = "more than|fewer than|less than|at least|at most|as many as|up to|nearly|almost|close to|below|above|under|over";
/** A bound written before a figure is part of what it says. */
const BOUND_BEFORE = new RegExp(`\\b(?:${BOUND_WORDS})\\s+$`, "i");
/** Characters before a figure searched for its bound. */
const BOUND_REACH = 16;
/** A noun whose value the figure after it is: "a mortgage of more than $1 million", "a salary of $200,000". */
const VALUE_OF_NOUN = new RegExp(`\\b(\\p{Ll}+)\\s+of\\s+(?:(?:${BOUND_WORDS}|about|some|roughly|around|over)\\s+)?$`, "u");
/** Characters before a figure searched for the noun it is the value of. */
const VALUE_REACH = 40;

/**
 * "at least $1.5 million in debts, including a mortgage of more than $1 million", asked how big the
 * mortgage is: a figure written as the value of a noun the question asks ("<noun> of <figure>"), though
 * another is nearer the asked name.
 */
function valueOfAskedNoun<T extends { text: string; at: number }>(q: Understood, text: string, figures: T[]): T[] {
  const names = new Set(q.named.flatMap((n) => termsOf(n)));
  const verbs = new Set(q.predicate.flatMap((v) => termsOf(v)));
  const asked = q.terms.filter((t) => !names.has(t) && !verbs.has(t));
  const own = figures.filter((f) => termsOf(VALUE_OF_NOUN.exec(text.slice(Math.max(0, f.at - VALUE_REACH), f.at))?.[1] ?? "").some((t) => asked.includes(t)));
  return own.length > 0 && own.length < figures.length ? own : figures;
}

/** The figure joined to this one by what `between` matches, and which comes first: the next one, else the one before. */
function joinedPair(text: string, figure: Figure, figures: Figure[], between: RegExp): [Figure, Figure] | null {
  const i = figures.indexOf(figure);
  const gap = (a: Figure, b: Figure) => text.slice(a.at + a.text.length, b.at);
  if (figures[i + 1] && between.test(gap(figure, figures[i + 1]))) return [figure, figures[i + 1]];
  if (i > 0 && between.test(gap(figures[i - 1], figure))) return [figures[i - 1], figure];
  return null;
}

/** "10-15 minutes": two figures joined by a dash are one range, its unit after the second. */
function dashedRange(text: string, figure: Figure, figures: Figure[]): Figure {
  const pair = joinedPair(text, figure, figures, /^[-–]$/);
  return pair ? { text: text.slice(pair[0].at, pair[1].at + pair[1].text.length), at: pair[0].at } : figure;
}

/** A figure with the unit written after it, as far as the measure asked tells it. */
function withUnit(q: Understood, text: string, figure: Figure, measure: Measure): string {
  const rest = text.slice(figure.at + figure.text.length);
  // "cut in half" is told with its preposition: "half" alone would read as the amount left.
  const halved = /^half$/i.test(figure.text) ? HALVED_BY.exec(text.slice(Math.max(0, figure.at - 3), figure.at)) : null;
  if (halved) return `${halved[0]}${figure.text}`;
  // An age in months, weeks or days says so: "seven-month-old" is "seven months" old, not seven years.
  const age = measure.kind === "age" ? /^[- ](months?|weeks?|days?)[- ]old/i.exec(rest) : null;
  if (age) return `${figure.text} ${/^(?:1|one|a)$/i.test(figure.text) ? age[1].replace(/s$/, "") : age[1].replace(/s?$/, "s")}`;
  // A unit written onto the figure is part of it: "1.2GHz", "256MB", and for a count "300-pound".
  // A measure left open ("by how much did voters back him") keeps its unit too: "a narrow four-point margin".
  const unit = measure.kind === "count" || measure.kind === "any" ? /^-(?:square|cubic)-\p{L}+|^-?\p{L}+/iu : /^\p{L}+/u;
  const joined = unit.exec(rest)?.[0];
  if (joined) return figure.text + joined;
  // A sum's currency after it: "71,350 euro"; asked how big, "a 15 billion euro ESM loan" is a sum too.
  // Spelled out too: "sixty million dollars".
  const currency = measure.kind !== "percent" ? CURRENCY_AFTER.exec(rest)?.[0] : undefined;
  if (currency) return figure.text + currency.trimEnd();
  // A unit's symbol after a space is part of it too: "30.8 GW", "256 GB".
  const symbol = UNIT_SYMBOL_AFTER.exec(rest)?.[1];
  if (symbol) return `${figure.text} ${symbol}`;
  // A unit of what was asked, measured by it: "one million tons of asphalt" for "how much asphalt".
  const measuring = /^\s+((?:\p{Ll}+\s+)?\p{Ll}+)\s+of\s+(?:the\s+)?([\p{L}-]+)/u.exec(rest);
  if (measuring && termsOf(measuring[2]).some((t) => q.terms.includes(t)) && !termsOf(measuring[1]).some((t) => q.terms.includes(t))) return `${figure.text} ${measuring[1]}`;
  // A unit of the asked scale written after it, with a word between at most: "3,600 kilometers", "2.5 metric tons".
  // "how much horsepower": the noun measured is the unit ("149 horsepower"); "how many years" is told
  // in years ("up to 10 years in prison").
  const units = measure.kind === "count" && (measure.strict || measure.noun) ? measure.units : [];
  const words = units.length ? (/^(?:\s+\p{L}[\p{L}-]*){1,2}/u.exec(rest)?.[0].trim().split(/\s+/) ?? []) : [];
  const through = words.findIndex((w) => isUnit(w, units));
  return figure.text + (through >= 0 ? " " + words.slice(0, through + 1).join(" ") : "");
}

/**
 * "At 4-7, including 2-6 in the AFC and 0-3 in AFC West": a score qualified by what it is "in" is a part
 * of the whole. Asked "the Chargers' AFC record", the one whose qualifier the question names; asked
 * their record, the one with none.
 */
function scoresQualifiedAsAsked<T extends { text: string; at: number }>(q: Understood, text: string, figures: T[], measure: Measure): T[] {
  if (measure.kind !== "score" || figures.length < 2) return figures;
  const qualified = figures.map((f) => ({ f, qualifier: termsOf(/^\s+in\s+(?:the\s+)?([^,;.()]+?)(?=\s+(?:and|but|or)\s|[,;.()]|$)/.exec(text.slice(f.at + f.text.length))?.[1] ?? "") }));
  const asked = qualified.filter((x) => x.qualifier.length > 0 && x.qualifier.every((t) => q.terms.includes(t)));
  const longest = Math.max(0, ...asked.map((x) => x.qualifier.length));
  const best = asked.length ? asked.filter((x) => x.qualifier.length === longest) : qualified.filter((x) => x.qualifier.length === 0);
  return best.length ? best.map((x) => x.f) : figures;
}

/** Whether the words right after a figure (an adjective between at most) name the act counted: "three deaths". */
function countsAct(text: string, f: Figure, acts: string[]): boolean {
  const next = text.slice(f.at + f.text.length).split(/[^\p{L}'-]+/u).filter(Boolean).slice(0, 2);
  return next.some((w) => termsOf(w).some((t) => acts.includes(t)));
}

// A compound unit is the symbol with what the hyphen joins to it: "406 lb-ft".
const UNIT_SYMBOL_AFTER = new RegExp(`^\\s((?:${alternation(UNIT_SYMBOLS)})(?:-\\p{L}+)?)(?![\\p{L}\\d])`, "u");

/** Whether a figure is followed by a relative clause of the question's verb: "eight that submitted", "40 who have left". */
function doersOfPredicate(q: Understood, text: string, f: Figure): boolean {
  // Or its participle right after the figure: "well over the 270 needed".
  const verb = /^\s+(?:(?:that|who|which)\s+(?:(?:have|has|had|were|was)\s+)?)?(\p{L}+)/u.exec(text.slice(f.at + f.text.length))?.[1]?.toLowerCase();
  if (verb === undefined) return false;
  // A verb of holding or needing the question asks ("how many votes are needed"), read as no act but a measure.
  const held = [...HOLDING_VERBS].filter((v) => q.terms.includes(indexTerm(v) ?? v));
  return [...q.predicate, ...held].some((p) => wordForms(p, "verb").includes(verb));
}

/** The words before the counted noun of "how many …" ("electric" of "how many electric cars were sold"). */
function countedModifiers(question: string, noun: string): string[] {
  const after = /\bhow (?:many|much)\s+(.*)$/i.exec(question)?.[1] ?? "";
  const list = words(after).map((w) => w.toLowerCase());
  const head = list.indexOf(noun.toLowerCase());
  return head > 0 ? list.slice(0, head).filter((w) => !STOP_WORDS.has(w)) : [];
}

/**
 * "down by 30 to 126", "added 0.1% to $1,472.19": a change by one figure to another. A question that
 * asks no change ("how many are on order now", "how much is gold") asks the level reached.
 */
function levelReached(text: string, figure: Figure, figures: Figure[]): Figure {
  const between = (a: Figure, b: Figure) => text.slice(a.at + a.text.length, b.at);
  // "fell 102.2 points, or 0.36%, to 27,934.02": the change told twice, then the level.
  let at = figures.indexOf(figure);
  while (figures[at + 1] && /^(?:\s+points?)?,?\s+or\s+$/i.test(between(figures[at], figures[at + 1]))) at++;
  const last = figures[at];
  const next = figures[at + 1];
  const by = /\bby\s+$/i.test(text.slice(Math.max(0, figure.at - 4), figure.at));
  // "added 0.1% to $1,472.19": a share changed by, then the level reached.
  const share = /%|per ?cent$/i.test(last.text) && !/\bfrom\s+$/i.test(text.slice(Math.max(0, last.at - 6), last.at));
  return (by || share) && next && /^,?\s+to\s+$/i.test(between(last, next)) ? next : figure;
}

/** "grow from 16 currently to as many as 80 by 2022": the level now, then the one foreseen. */
const NOW_THEN_TO = /^\s+(?:currently|now|today)\s+to\s+(?:as many as\s+|as much as\s+|about\s+|around\s+|nearly\s+)?$/i;

/** Of a level now and one foreseen, the one the question asks: now when it says so, else the foreseen ("how many are expected by 2022"). */
function forecastOrNow(q: Understood, text: string, figure: Figure, figures: Figure[]): Figure {
  const pair = joinedPair(text, figure, figures, NOW_THEN_TO);
  return pair ? pair[q.now ? 0 : 1] : figure;
}

/** "between 400 and 600", "from 25 to 60": a range is answered whole, whichever end was chosen. */
function rangeOf(text: string, figure: Figure, figures: Figure[]): string | null {
  const i = figures.indexOf(figure);
  for (const [low, high] of [[figures[i - 1], figure], [figure, figures[i + 1]]]) {
    if (!low || !high) continue;
    const lead = /\b(?:between|from)\s+$/i.exec(text.slice(Math.max(0, low.at - 10), low.at));
    const joined = /^\s+(?:and|to)\s+$/i.test(text.slice(low.at + low.text.length, high.at));
    if (lead && joined) return text.slice(low.at - lead[0].length, high.at + high.text.length);
  }
  return null;
}

/**
 * "how much did China grow last year": of figures a sentence dates apart ("3.2% this year, down from
 * 8.1% last year"), those the question's own time follows right after; all of them where none is.
 */
function timedAsAsked<T extends { text: string; at: number }>(q: Understood, text: string, figures: T[]): T[] {
  if (figures.length < 2) return figures;
  // "what tariff rate was imposed on sept 1": of "the 15% tariffs on … goods imposed on Sept. 1, as well as …
  // the 25% tariffs imposed on an earlier list", the figure whose clause gives the day asked, however it is spelled.
  const day = DAY_ASKED.exec(q.normalized);
  if (day) {
    const written = new RegExp(`\\b${day[1].slice(0, 3)}[a-z]*\\.?\\s+${day[2]}\\b`, "i");
    const dated = figures.filter((f) => written.test(text.slice(f.at + f.text.length).split(/[;,]/)[0]));
    if (dated.length) return dated;
  }
  const time = TIME_ASKED.exec(q.normalized)?.[0];
  if (!time) return figures;
  const after = new RegExp(`^\\S*\\s+(?:\\S+\\s+){0,2}?(?:in\\s+)?${escapeRegExp(time)}\\b`, "i");
  const timed = figures.filter((f) => after.test(text.slice(f.at + f.text.length, f.at + f.text.length + TIME_AFTER_FIGURE_CHARS)));
  if (timed.length) return timed;
  // "went from 10% of homes in the US having electricity in 1930 to 60% ten years later": the time
  // written between a figure and the next, in its clause, is that figure's.
  const written = new RegExp(`\\b${escapeRegExp(time)}\\b`, "i");
  const upTo = (i: number) => text.slice(figures[i].at + figures[i].text.length, figures[i + 1]?.at ?? text.length).split(";")[0];
  const between = figures.filter((_, i) => written.test(upTo(i)));
  return between.length === 1 ? between : figures;
}
/** A month's day a question gives, in any spelling: "sept 1", "Sept. 1", "September 1". */
const DAY_ASKED = new RegExp(`\\b(${MONTHS.map((m) => m.slice(0, 3).toLowerCase()).join("|")})[a-z]*\\.?\\s+(\\d{1,2})\\b`, "i");
/** A time a question gives its figure: "last year", "this quarter", "in 2019". */
const TIME_ASKED = /\b(?:last|this|next)\s+(?:year|month|week|quarter|season)\b|\b(?:19|20)\d{2}\b/i;
/** Characters after a figure its time is looked for in ("8.1% last year", "2.7% next year"). */
const TIME_AFTER_FIGURE_CHARS = 30;

/** Whether a sentence has a figure of the kind the question measures. */
function hasFittingFigure(kb: Knowledge, q: Understood, r: Ranked, measure: Measure): boolean {
  const text = countedText(q, r.sentence.text);
  return countingFigures(kb, q, r).some((f) => fits(text, f, measure, q.normalized)) || lastedSince(r.sentence.text, measure) !== null;
}

/** "how long were they held": "held … since 2016", or "from June 2011 until January 2014", when no figure of time tells it. */
function lastedSince(text: string, measure: Measure): string | null {
  return measure.kind === "count" && measure.since ? ((sinceWhen(text) ?? spanBetween(text))?.text ?? null) : null;
}

/**
 * What a how-many question measures (`measureOf`), where a count of people is also told by the noun
 * of the act asked about: "how many people have died" by "779 deaths", "how many were arrested" by
 * "800 arrests".
 */
function measureFor(q: Understood): Measure {
  return onceFor(measures, q, () => measureOfAsked(q));
}
const measures = new WeakMap<Understood, Measure>();

function measureOfAsked(q: Understood): Measure {
  const measure = measureOf(q.normalized);
  const ofPeople = (noun: string) => PEOPLE_NOUNS.includes(noun) || isPersonNoun(nounLemma(noun));
  if (measure.kind !== "count" || !measure.noun || !ofPeople(measure.noun.toLowerCase()) || !q.predicate.length) return measure;
  const acts = q.predicate.flatMap((verb) => derivedForms(verb, "verb")).filter((w) => !isPersonNoun(w)).flatMap((w) => termsOf(w));
  return acts.length ? { ...measure, units: [...new Set([...measure.units, ...acts])], acts } : measure;
}

/** "how many people …" asks a count; "people" need not be a word of the articles ("79 deaths"). */
const PEOPLE_TERM = termsOf("people")[0];

/** A sentence's figures that may answer the question: of its verb (`ofPredicate`) and, for a count, counting that thing (`mayCount`). */
function countingFigures(kb: Knowledge, q: Understood, r: Ranked): Figure[] {
  const bySentence = onceFor(countedFigures, q, () => new Map<number, Figure[]>());
  let figures = bySentence.get(r.sentence.id);
  if (!figures) bySentence.set(r.sentence.id, (figures = countingFiguresOf(kb, q, r)));
  return figures;
}
/** A passage's counting figures, read once per question: telling its shape, preferring fitting figures and extracting all read them. */
const countedFigures = new WeakMap<Understood, Map<number, Figure[]>>();

function countingFiguresOf(kb: Knowledge, q: Understood, r: Ranked): Figure[] {
  const text = countedText(q, r.sentence.text);
  const measure = measureFor(q);
  // "how much does China buy now" is not told by a target ("to achieve the $40-50 billion …").
  const current = (f: Figure) => !q.now || !TARGET_BEFORE.test(text.slice(Math.max(0, f.at - TARGET_REACH), f.at));
  // "how much did Orbit Beyond get" asks an amount: "the first three contracts" counts things, it is no amount.
  const amount = (f: Figure) => measure.kind !== "any" || !/\bhow much\b/i.test(q.normalized) || !countsThings(text, f);
  const rivals = rivalModels(q, text);
  const all = figuresOf(text, q.normalized);
  return withListSiblings(text, ofPredicate(kb, q, r.sentence, all), all).filter((f) => current(f) && amount(f) && !rivals.has(f.at) && mayCount(text, f, measure, q.normalized));
}

/**
 * "slash $1.3 billion from funds for …, $300 million from rental assistance payments (including …), and
 * $4 billion in …": the figures listed after one kept, each with its own phrase after a preposition,
 * are the same verb's, however the clause stage splits the list.
 */
function withListSiblings<T extends { text: string; at: number }>(text: string, kept: T[], all: T[]): T[] {
  const out = [...kept];
  for (const [i, f] of all.entries()) if (i > 0 && !out.includes(f) && out.includes(all[i - 1]) && listedAfter(text, all[i - 1], f)) out.push(f);
  return out.sort((a, b) => a.at - b.at);
}

/**
 * "how big is the 13 inch macbook pro display": a figure that, like the question's own, names which of a
 * thing is meant ("the 16-inch MacBook Pro") tells of another model of it, no size of the one asked.
 */
function rivalModels(q: Understood, text: string): Set<number> {
  const out = new Set<number>();
  for (const asked of q.normalized.matchAll(FIGURE_NAMING_MODEL)) {
    const [unit, thing] = [asked[2].toLowerCase(), asked[3].toLowerCase()];
    for (const m of text.matchAll(FIGURE_NAMING_MODEL)) {
      if (m[1] !== asked[1] && m[2].toLowerCase().replace(/e?s$/, "") === unit.replace(/e?s$/, "") && m[3].toLowerCase() === thing) out.add(m.index!);
    }
  }
  return out;
}
const FIGURE_NAMING_MODEL = /\b(\d+(?:\.\d+)?)[\s-](\p{L}+)\s+(\p{L}+)/gu;

/** Words that make the figure after them a goal rather than a fact: "to achieve the $40-50 billion", "a target of 30 GW". */
const TARGET_BEFORE = /\b(?:to (?:achieve|reach|hit)|targets?|targeted|goal|aims? (?:at|for|to)|touted|promised|pledged)\b[^.;]*$/i;
/** Characters before a figure searched for a word that makes it a goal. */
const TARGET_REACH = 40;

function passageView(kb: Knowledge, q: Understood, s: Sentence): View {
  const doc = docOf(kb, s);
  return { quote: cutQuote(s.text), title: doc.title, published: doc.published ?? "", question: q.text };
}

/** A quote for a template list; `n` is its number among the reply's sources. */
function quoteView(kb: Knowledge, s: Sentence, n: number): View {
  const doc = docOf(kb, s);
  return { n, text: cutQuote(s.text), title: doc.title, published: doc.published ?? "" };
}

export function sourceOf(kb: Knowledge, s: Sentence): Source {
  const doc = docOf(kb, s);
  return { doc: doc.id, title: doc.title, published: doc.published, url: doc.url, quote: cutQuote(s.text) };
}

function docOf(kb: Knowledge, s: Sentence) {
  return kb.docs.get(s.doc)!;
}

/** A long sentence cut at a word boundary and marked with "…": still a verbatim slice. */
export function cutQuote(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= MAX_QUOTE_CHARS) return flat;
  const cut = flat.slice(0, MAX_QUOTE_CHARS);
  return cut.slice(0, cut.lastIndexOf(" ")).replace(/[\s,;:—–-]+$/, "") + "…";
}

function unique(list: Sentence[]): Sentence[] {
  return list.filter((s, i) => list.findIndex((o) => o.id === s.id) === i);
}

/** Newest first when sources carry different dates; otherwise in the order given. */
function byDateThenOrder(kb: Knowledge, list: Sentence[]): Sentence[] {
  return list
    .map((s, i) => ({ s, i, date: docOf(kb, s).published ?? "" }))
    .sort((a, b) => (a.date === b.date ? a.i - b.i : b.date.localeCompare(a.date)))
    .map((x) => x.s);
}
