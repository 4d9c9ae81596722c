import type { Knowledge } from "../index/knowledge.js";
import type { Source } from "../answers/answer.js";
import { sourceOf } from "../answers/answer.js";
import type { Templates } from "../answers/templates.js";
import type { DayPolls } from "../state/polls.js";
import type { DayQuestions } from "../state/questions.js";

/** One day's digest: the articles of that day, who they mention most, and the day's questions. */
export interface Digest {
  date: string;
  documents: Array<{ doc: string; title: string; published: string | null; url: string | null; lead: Source }>;
  mentioned: Array<{ name: string; count: number }>;
  latest: string | null;
  questions: number;
  /** How many of the day's questions went unanswered, wherever asked. */
  unansweredCount: number;
  /** Those quoted: never one asked in a DM, none when DIGEST_QUOTE_QUESTIONS is off; never who asked or where. */
  unanswered: string[];
  helpful: number;
  notHelpful: number;
  /** The day's feed polls added up; null when none ran. */
  polls: DayPolls | null;
  text: string;
}

const MOST_MENTIONED = 5;

/**
 * The digest of a day: documents published that day, or added to the corpus that day (by `ingest`,
 * `poll` or `add`, which write the day into the file; an undated file by its own date), each with its
 * lead sentence; the entities they mention most; the questions asked that day; the day's feed polls.
 *
 * @example buildDigest(kb, templates, "2018-01-18", questionLog.day("2018-01-18")).documents.length
 */
export function buildDigest(kb: Knowledge, templates: Templates, date: string, asked: DayQuestions, options: { quoteQuestions: boolean; polls?: DayPolls | null } = { quoteQuestions: true }): Digest {
  const docs = kb.corpus.docs.filter((d) => d.published === date || ((d.addedStated || !d.published) && d.added === date));
  const polls = options.polls ?? null;
  const ids = new Set(docs.map((d) => d.id));
  const documents = docs.map((d) => {
    const lead = d.sentences.find((s) => !s.boilerplate && s.text.trim() !== d.title.trim() && /[.!?”"’]$/.test(s.text.trim())) ?? d.sentences.find((s) => !s.boilerplate)!;
    return { doc: d.id, title: d.title, published: d.published, url: d.url, lead: sourceOf(kb, lead) };
  });
  const mentioned = kb.entities
    .map((e) => ({ name: e.name, count: e.mentions.filter((m) => ids.has(kb.corpus.sentences.get(m).doc)).length }))
    .filter((e) => e.count > 0)
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
    .slice(0, MOST_MENTIONED);
  const latest = kb.corpus.docs.map((d) => d.published ?? d.added).sort().pop() ?? null;
  const { helpful, notHelpful } = asked;
  const unanswered = options.quoteQuestions ? asked.unanswered : [];
  const unansweredCount = asked.unanswered.length + asked.unansweredInDirect;
  const text = templates.render("digest", {
    date,
    count: documents.length,
    latest,
    documents: documents.map((d) => ({ title: d.title, published: d.published ?? "", url: d.url ?? "", lead: d.lead.quote })),
    mentioned: mentioned.map((m) => `${m.name} (${m.count})`).join(", "),
    questions: asked.questions,
    unanswered_count: unansweredCount,
    unanswered_unquoted: unansweredCount - unanswered.length,
    unanswered: unanswered.map((question) => ({ question })),
    helpful,
    not_helpful: notHelpful,
    polled: polls !== null,
    polls: polls?.polls ?? 0,
    poll_feeds: polls?.feeds ?? 0,
    poll_added: polls?.added ?? 0,
    poll_updated: polls?.updated ?? 0,
    poll_unchanged: polls?.unchanged ?? 0,
    poll_failed: polls?.failed ?? 0,
  });
  return { date, documents, mentioned, latest, questions: asked.questions, unansweredCount, unanswered, helpful, notHelpful, polls, text };
}

/** Today's date, YYYY-MM-DD, in a time zone. */
export function dayIn(timeZone: string, at: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(at);
}
