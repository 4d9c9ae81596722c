import { randomUUID } from "node:crypto";
import { answerQuestion, type Answer } from "./answers/answer.js";
import { loadTemplates, type NoticeName, type Templates, type View } from "./answers/templates.js";
import { reply, type ButtonLabels, type Platform, type Reply, type Request } from "./chat/messages.js";
import { preconditions } from "./chat/preconditions.js";
import { recordQuestion } from "./chat/record.js";
import { answerReply, route, type Handlers } from "./chat/route.js";
import { ShareableAnswers } from "./chat/shared.js";
import { suggestQuestions } from "./chat/suggest.js";
import type { Config } from "./config.js";
import type { CacheUse, CorpusProblem } from "./corpus/load.js";
import { buildDigest, dayIn, type Digest } from "./digest/digest.js";
import { SanctuaryError, messageOf } from "./errors.js";
import { loadKnowledge, type Knowledge } from "./index/knowledge.js";
import { RemoteSearchFailed, withRemoteSearch } from "./index/remote.js";
import { ingesterFor, type Ingester } from "./ingest/ingester.js";
import type { Logger } from "./log.js";
import { addTarget } from "./questions/parse.js";
import { pollsOn } from "./state/polls.js";
import { localState } from "./state/local.js";
import type { LoggedQuestion } from "./state/questions.js";
import type { SharedState } from "./state/shared.js";
import { Metrics } from "./metrics.js";

export type { Action, Audience, ButtonLabels, Platform, Reply, Request } from "./chat/messages.js";

/** The port every chat platform plugs into (after bolt-js's Receiver). */
export interface ChatAdapter {
  readonly name: string;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Posts a reply (the scheduled digest) into a channel, publicly. */
  postToChannel?(channel: string, reply: Reply): Promise<void>;
}

export interface Core {
  /** Answers a chat request: a question, help, a digest, or a moderator's `add URL`. Never throws. */
  handle(request: Request): Promise<Reply>;
  /**
   * What to show at once while a request that takes seconds (fetching an article for `add URL`) is
   * worked on; null for one answered at once. Adapters that must acknowledge within seconds show it,
   * then send what `handle` returns.
   */
  pending(request: Request): Reply | null;
  /**
   * Answers one question (the `ask` command and `ask --json`); `explain` adds every ranking feature of
   * the top passages, `subject` reads a follow-up ("what did he say?") against an earlier answer's subject.
   */
  ask(question: string, options?: { explain?: boolean; subject?: string }): Answer;
  /**
   * Answers one question as chat does: from the shared passage index in PostgreSQL when RETRIEVER is
   * postgres (from the in-memory index, opened then, while the database cannot be reached), else as `ask`.
   */
  answer(question: string, options?: { explain?: boolean; subject?: string }): Promise<Answer>;
  /** Answers a question in a conversation, whose follow-ups are read against its last subject (kept in shared state). */
  converse(question: string, conversation: string): Promise<Answer>;
  /** The digest of a day (default: today in DIGEST_TIMEZONE). */
  digest(date?: string): Promise<Digest>;
  help(): string;
  /** A chat notice from the catalogue (prompts/notices.yml), for what adapters say on their own. */
  notice(name: NoticeName, view?: View): string;
  /**
   * Suggestions for a partly typed question (autocomplete): people and organisations, and answered
   * questions asked in public on the same platform and server (`where`), never from a DM.
   */
  suggest(prefix: string, limit?: number, where?: { platform: Platform; server?: string }): Promise<string[]>;
  /**
   * "Post to channel": the very answer the person was shown, for everyone in its conversation, with
   * who asked. Not a new question (nothing is asked again, counted or rate-limited); a
   * private notice when the answer is no longer held or was shown to someone else.
   */
  share(questionId: string, by: { platform: Platform; userId: string }): Promise<Reply>;
  /** Records a helpful / not helpful vote, one per person per question. */
  feedback(questionId: string, user: string, helpful: boolean): Promise<boolean>;
  /** A logged question, for "post to channel" and feedback. */
  question(questionId: string): Promise<LoggedQuestion | undefined>;
  /** Reads the question log now, before requests arrive, instead of at the first digest, vote or suggestion. */
  readQuestionLog(): Promise<void>;
  /**
   * Whether a chat event is new: false for a platform's redelivery of one already handled, by this
   * replica or another (CONTRACTS.md §5).
   */
  firstDelivery(platform: Platform, eventId: string): Promise<boolean>;
  /** What every replica shares: the question log, digest claims, event ids, rate counts, follow-ups. */
  readonly state: SharedState;
  /** This replica's counters for `GET /metrics`. */
  readonly metrics: Metrics;
  /** For `GET /readyz`: ready when articles are loaded and the shared state answers; else why not. */
  ready(): Promise<{ ready: boolean; reasons: string[]; documents: number; state: SharedState["kind"] }>;
  /**
   * Re-reads the corpus and swaps the new index in; answers go on from the old one meanwhile. With
   * `cachedOnly` (the watcher, after a background build) nothing is built here: when the saved index
   * is not the current corpus's, it throws `index_not_built` and the old index stays.
   */
  reload(options?: CacheUse): { documents: number; problems: CorpusProblem[] };
  readonly knowledge: Knowledge;
  readonly problems: CorpusProblem[];
  /** Fetches articles for `add URL`; the feed schedule polls through it too, so one site's spacing and robots.txt are kept once. */
  readonly ingester: Ingester;
}

/** What a core is built with besides its config; each has a default for one process on DATA_DIR. */
export interface CoreOptions {
  clock?: { now(): number };
  /** Shared state (`openState`); default: DATA_DIR and this process's memory. */
  state?: SharedState;
  metrics?: Metrics;
}

/**
 * Loads the corpus and templates, builds (or loads) the index and returns the query core: the
 * preconditions, the router and its handlers, the question log and what is remembered between
 * requests, wired together. Throws a SanctuaryError when the corpus is missing or empty or a template
 * is invalid.
 *
 * @example const core = createCore(loadConfig(), createLogger()); core.ask("who is Homan").answer
 */
export function createCore(config: Config, log: Logger, options: CoreOptions = {}): Core {
  const clock = options.clock ?? Date;
  const state = options.state ?? localState(config.dataDir, log, clock);
  const metrics = options.metrics ?? new Metrics();
  metrics.stateHealthy = () => state.healthy();
  const templates: Templates = loadTemplates(config.promptsDir);
  // With the passage index in PostgreSQL, a replica keeps none in memory unless the database is lost.
  const remote = config.retriever === "postgres" ? state.passages : undefined;
  const passageIndex = remote ? "on demand" : "now";
  const prepare = (k: Knowledge) =>
    void remote?.prepare(k).catch((err: unknown) => log.error({ err: messageOf(err) }, "passages: could not be written to the database; tried again at the next question"));
  let kb = loadKnowledge(config, log, { passageIndex });
  prepare(kb);
  const admit = preconditions(config, templates, log, state);
  const questions = state.questions;
  const shareable = new ShareableAnswers(state, templates, log);
  const ingester = ingesterFor(config, log);
  const labels: ButtonLabels = { post: templates.notice("button_post"), helpful: templates.notice("button_helpful"), notHelpful: templates.notice("button_not_helpful") };

  const answerFrom = (k: Knowledge, text: string, options: { explain?: boolean; subject?: string }) => answerQuestion(k, templates, text, { subject: options.subject }, { explain: options.explain });
  const ask = (text: string, options: { explain?: boolean; subject?: string } = {}): Answer => answerFrom(kb, text, options);
  const respond = async (text: string, options: { explain?: boolean; subject?: string } = {}): Promise<Answer> => {
    if (!remote) return ask(text, options);
    const current = kb;
    const fromMemory = (err: unknown) => {
      log.warn({ err: messageOf(err) }, "passages: the database cannot be searched; answering from the in-memory index");
      return ask(text, options);
    };
    try {
      await remote.prepare(current);
    } catch (err) {
      return fromMemory(err);
    }
    try {
      return await withRemoteSearch(current, remote, (k) => answerFrom(k, text, options));
    } catch (err) {
      if (err instanceof RemoteSearchFailed) return fromMemory(err.reason);
      throw err;
    }
  };
  const converse = async (text: string, conversation: string): Promise<Answer> => {
    const answer = await respond(text, { subject: await state.subject(conversation) });
    if (answer.subject) await state.rememberSubject(conversation, answer.subject);
    return answer;
  };
  const help = () => {
    const people = kb.entities
      .filter((e) => e.kind === "person")
      .sort((a, b) => b.mentions.length - a.mentions.length)
      .slice(0, 5)
      .map((e) => e.name);
    const latest = kb.corpus.docs.map((d) => d.published).filter(Boolean).sort().pop() ?? "";
    return templates.render("help", { documents: kb.corpus.docs.length, latest, people: people.join(", "), examples: "" });
  };
  const digest = async (date?: string) => {
    const day = date ?? dayIn(config.digest.timeZone);
    return buildDigest(kb, templates, day, await questions.day(day), { quoteQuestions: config.digest.quoteQuestions, polls: pollsOn(config.dataDir, day, log) });
  };
  const handlers: Handlers = {
    help,
    digest,
    add: (url, request) => addArticle(ingester, templates, log, url, request),
    async question(text, request) {
      const timer = metrics.answerSeconds.startTimer();
      const answer = request.conversation ? await converse(text, request.conversation) : await respond(text);
      timer();
      metrics.questions.inc({ platform: request.platform, answered: String(answer.answered) });
      if (answer.declined) metrics.declines.inc({ rule: answer.declined.replace(/:.*$/s, "") });
      const id = await recordQuestion(questions, config.digest.timeZone, log, request, answer, randomUUID());
      const shown = answerReply(answer, id, request, config.answerVisibility, templates, labels);
      if (shown.audience === "asker" && shown.actions.includes("post_to_channel")) await shareable.hold(id, shown, { platform: request.platform, userId: request.user.id });
      return shown;
    },
  };

  return {
    get knowledge() {
      return kb;
    },
    get problems() {
      return kb.corpus.problems;
    },
    ingester,
    state,
    ask,
    answer: respond,
    converse,
    help,
    digest,
    notice: (name, view) => templates.notice(name, view),
    suggest: (prefix, limit = 10, where) => suggestQuestions(kb, questions, prefix, limit, where),
    readQuestionLog: () => questions.open(),
    async firstDelivery(platform, eventId) {
      const first = await state.claimOnce(platform, eventId);
      if (!first) metrics.deduplicated.inc({ platform });
      return first;
    },
    metrics,
    async ready() {
      const reachable = await state.ping();
      const searchable = !remote || remote.isPrepared(kb);
      const reasons = [
        ...(kb.corpus.docs.length ? [] : ["no articles loaded"]),
        ...(reachable ? [] : [`shared state (${state.kind}) unreachable`]),
        ...(searchable ? [] : ["passages not yet searchable in the database"]),
      ];
      return { ready: reasons.length === 0, reasons, documents: kb.corpus.docs.length, state: state.kind };
    },
    share: (questionId, by) => shareable.share(questionId, by),
    feedback: (questionId, user, helpful) => questions.vote(questionId, user, helpful),
    question: (questionId) => questions.get(questionId),
    reload(options) {
      kb = loadKnowledge(config, log, { ...options, passageIndex });
      prepare(kb);
      return { documents: kb.corpus.docs.length, problems: kb.corpus.problems };
    },
    pending(request) {
      const url = request.user.moderator ? addTarget(request.text) : null;
      return url ? reply("progress", templates.notice("adding", { url })) : null;
    },
    async handle(request) {
      try {
        return (await admit(request)) ?? (await route(request, handlers, templates));
      } catch (err) {
        const errorId = randomUUID().slice(0, 8);
        log.error({ errorId, platform: request.platform, err }, "request failed");
        metrics.errors.inc({ platform: request.platform });
        return reply("error", templates.notice("error", { errorId }), { errorId });
      }
    },
  };
}

/** A moderator's `add URL`: the article fetched and stored, or why not; others are refused. */
async function addArticle(ingester: Ingester, templates: Templates, log: Logger, url: string, request: Request): Promise<Reply> {
  if (!request.user.moderator) return reply("refusal", templates.notice("add_moderators_only"));
  try {
    const stored = await ingester.ingestUrl(url);
    log.info({ platform: request.platform, url, status: stored.status, doc: stored.doc }, "article added from chat");
    const view = { title: stored.title, published: stored.published ?? "", sentences: stored.sentences, url: stored.url };
    const notice = stored.status === "added" ? "added" : stored.status === "updated" ? "updated" : "already_held";
    return reply("added", templates.notice(notice, view));
  } catch (err) {
    if (!(err instanceof SanctuaryError)) throw err;
    log.warn({ platform: request.platform, url, err }, "article not added");
    return reply("invalid", templates.notice("add_failed", { reason: err.message }));
  }
}
