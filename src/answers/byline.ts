import type { Doc, Sentence } from "../corpus/load.js";
import type { Knowledge } from "../index/knowledge.js";
import { termsOf } from "../index/terms.js";
import type { Understood } from "../questions/understand.js";
import { docTerms } from "./rank.js";

/** Words that ask who wrote something. */
const WRITER = /\b(?:wrote|write|writes|written|authored|penned|reported|author|authors|writer|reporter|journalist|byline|reviewed|reviewer|critic)\b/;
/** Words that name the article itself, not something it mentions ("the letter", "the law"). */
const ARTICLE = /\b(?:article|articles|piece|story|report|column|op-?ed|essay|post|review|feature|editorial|analysis|commentary|list|roundup|round-up|recap|explainer|guide)\b/;
/** Words of an article's title a question must give, all of them in that title, to ask of it by title alone. */
const TITLE_WORDS_ASKED = 2;
/** What a review is of: "who reviewed the album" asks who wrote the review. */
const REVIEWED = /\b(?:album|record|film|movie|book|novel|game|show|series|play|concert|restaurant)\b/;

/**
 * The article a "who wrote the article …" question asks about, when it has a byline: the one whose
 * site, title or link has the question's other words ("the salon piece"), else whose text has most of
 * them ("the article about neon"), else the only article. Null when the question asks something else,
 * or no one article is meant, or the article has no byline (the passages may still say who wrote it).
 */
export function bylinedArticle(kb: Knowledge, q: Understood): Doc | null {
  const reviewed = /\b(?:reviewed|reviewer|critic)\b/.test(q.normalized) ? REVIEWED.exec(q.normalized)?.[0] : undefined;
  if (q.intent !== "who" || !WRITER.test(q.normalized)) return null;
  // "who wrote lessons from my mother": an article asked by its title's words.
  if (!ARTICLE.test(q.normalized) && !reviewed) {
    const writer = new Set(termsOf(q.normalized.match(WRITER)![0]));
    const rest = q.terms.filter((t) => !writer.has(t));
    const titled = rest.length >= TITLE_WORDS_ASKED ? kb.corpus.docs.filter((d) => { const title = new Set(termsOf(d.title)); return rest.every((t) => title.has(t)); }) : [];
    return titled.length === 1 && (titled[0].byline || creditedReporters(titled[0])) ? titled[0] : null;
  }
  const kind = q.normalized.match(ARTICLE)?.[0] ?? "review";
  const asking = new Set(termsOf(`${q.normalized.match(WRITER)?.[0]} ${kind} ${reviewed ?? ""}`));
  const rest = [...new Set(q.terms.filter((t) => !asking.has(t)))];
  const meant = rest.length ? bestMatching(kb, rest) : kb.corpus.docs.length === 1 ? kb.corpus.docs[0] : soleOfKind(kb, kind);
  return meant && (meant.byline || creditedReporters(meant)) ? meant : null;
}

/**
 * Who reported an article, by the credit line wire services end a story with: "(Reporting by Will
 * Dunham; Editing by Tom Brown)" names the reporter, where the byline may name only the agency
 * ("Reuters"). Where each reported from is left out ("Reporting by A in London and B in Paris").
 */
export function creditedReporters(doc: Doc): { names: string; line: string } | null {
  const m = CREDIT_LINE.exec(doc.text());
  // A feature without a byline credits its writer among its makers at the top: "Produced by …, Written by Graham Bowley, …".
  const top = doc.byline ? [] : Array.from({ length: CREDITS_SENTENCES }, (_, i) => doc.sentences.at(i)).filter((s) => s !== undefined);
  const opening = top.find((s) => WRITTEN_BY.test(s.text));
  if (!m) return opening ? { names: WRITTEN_BY.exec(opening.text)![1], line: opening.text } : null;
  const names = m[1].replace(/\s+in\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*/gu, "").trim();
  return names ? { names, line: m[0] } : null;
}
const CREDIT_LINE = /\((?:Additional\s+)?[Rr]eporting\s+by\s+([^;)\n]+)[^)\n]*\)/u;
/** "Written by Graham Bowley" in a list of credits. */
const WRITTEN_BY = /\b[Ww]ritten\s+by\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})/u;
/** Sentences at an article's top searched for its credits. */
const CREDITS_SENTENCES = 3;

/**
 * "who wrote this analysis", of several articles: the one article whose byline or title names that kind
 * ("Analysis by Chris Cillizza", "Editorial: …"); none when no article or several do.
 */
function soleOfKind(kb: Knowledge, kind: string): Doc | null {
  const word = new RegExp(`\\b${kind.replace(/s$/, "")}s?\\b`, "i");
  const named = kb.corpus.docs.filter((d) => d.byline && word.test(`${d.byline} ${d.title}`));
  return named.length === 1 ? named[0] : null;
}

/** The article the words name best (by its site, title or link, or by its text), scoring at least a point a word; none on a tie. */
function bestMatching(kb: Knowledge, rest: string[]): Doc | null {
  const scored = kb.corpus.docs.map((doc) => {
    const named = new Set(termsOf(`${doc.source ?? ""} ${doc.title} ${doc.url ?? ""}`.replace(/[./:_-]+/g, " ")));
    const body = docTerms(kb, doc.id);
    // A word naming the article's site or title counts for more than one its text merely uses.
    return { doc, score: rest.reduce((n, t) => n + (named.has(t) ? 2 : body.has(t) ? 1 : 0), 0) };
  });
  scored.sort((a, b) => b.score - a.score);
  const [best, next] = scored;
  if (!best || best.score < rest.length || (next && next.score === best.score)) return null;
  return best.doc;
}

/** Words that ask who took a picture: "who took the photo", "who shot the pictures", "who is the photographer". */
export const PHOTO_ASKED = /\b(?:took|take|taken|shot|shoot|snapped)\b.*\b(?:photos?|pictures?|photographs?|images?|shots?|pics?)\b|\bphotographer\b|\bphoto credit\b/;

/**
 * A picture's credit as captions write it: the photographer, then the agencies after slashes ("(Dustin
 * Franz/AFP/Getty Images)", "[Featured Image by Joe Raedle/Getty Images]", "Photo by Ann Lee/Reuters").
 */
const PHOTO_CREDIT = /(?:^|[([]\s*|\b(?:[Pp]hoto(?:graph)?s?|[Ii]mage|[Pp]icture)\s+(?:by|:)\s+)(\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3})\s*\/\s*\p{Lu}[\p{L}&.-]*(?:[\s/]+\p{Lu}[\p{L}&.-]*)*\s*[)\]]?$/u;

/**
 * Who took the pictures of an article, by their credits: of the article the question's other words name,
 * else of all; none when the articles credit several photographers and none is named.
 */
export function photoCredit(kb: Knowledge, q: Understood): { name: string; sentence: Sentence } | null {
  const asking = new Set(termsOf(q.normalized.match(PHOTO_ASKED)?.[0] ?? ""));
  const rest = [...new Set(q.terms.filter((t) => !asking.has(t)))];
  const meant = rest.length ? bestMatching(kb, rest) : null;
  const credits: Array<{ name: string; sentence: Sentence }> = [];
  for (const s of kb.corpus.sentences) {
    if (meant && s.doc !== meant.id) continue;
    const name = PHOTO_CREDIT.exec(s.text.trim())?.[1];
    if (name) credits.push({ name, sentence: s });
  }
  return new Set(credits.map((c) => c.name)).size === 1 ? credits[0] : null;
}
